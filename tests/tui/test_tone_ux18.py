"""An agent's and a lead's day in the real TUI at 80x24 and 120x40 (ux18): what the
walk through in tmux found, each pinned by a Pilot test that fails without its fix."""

from __future__ import annotations

import pytest

from supportdesk.tui.widgets import tone_panel
from tests.tui.conftest import settle
from tests.tui.test_tone_use import opened, without_reader
from tests.tui.test_tone_ux15 import written

# Cold replies (R1: no thanks, apology, "please" or acknowledgement anywhere), one per
# language, with an unfilled placeholder (R12: a finding on real words) in the middle.
COLD = {
    "en": "Hello Margaret,\nYour domain expired on Monday. The renewal went through "
    "this morning and the site will be back by [TIME].\nAna\n",
    "ro": "Bună ziua, Gheorghe,\nDomeniul a expirat luni. Reînnoirea a fost făcută azi "
    "dimineață și site-ul va funcționa din nou până la [TIME].\nAna\n",
    "ru": "Здравствуйте, Наталья!\nВаш домен истёк в понедельник. Продление прошло сегодня "
    "утром, сайт снова заработает к [TIME].\nАна\n",
}


async def _step_to(pilot, panel, rule: str):
    """F8 until the panel highlights a finding of `rule`; that finding."""
    for _ in range(len(panel.report.findings)):
        await pilot.press("f8")
        f = panel.report.findings[panel.highlighted]
        if f.rule == rule:
            return f
    raise AssertionError(f"F8 never reached {rule}: {panel.report.findings}")


@pytest.mark.parametrize("lang", sorted(COLD))
async def test_f8_on_a_whole_reply_finding_selects_nothing(make_app, demo_desk, monkeypatch, lang):
    """R1's "no kind word anywhere" is about the whole reply; its span is only the first
    60 characters of the body. F8 selected them, so the kind word the agent then typed
    replaced their sentence. Now the cursor goes to the body's start, nothing selected,
    typing inserts; the next F8 moves on; a placeholder (real words) is still selected."""
    draft = COLD[lang]
    async with written(make_app, demo_desk, monkeypatch, (80, 24), draft) as opened_:
        _app, pilot, main, panel = opened_
        editor = main.editor
        editor.move_cursor((0, 0))
        cold = await _step_to(pilot, panel, "courtesy.none")
        assert editor.selected_text == ""
        at = editor.document.get_index_from_location(editor.cursor_location)
        assert at == cold.start
        # the panel says what it is about instead of quoting words that are not at fault
        line = panel.get_option_at_index(panel.highlighted).prompt.plain
        assert "(whole reply)" in line and draft[cold.start : cold.start + 10] not in line
        await pilot.press("f8")  # on to another finding, not the same one again
        assert panel.report.findings[panel.highlighted].rule != "courtesy.none"
        editor.move_cursor((0, 0))
        todo = await _step_to(pilot, panel, "placeholder")
        assert editor.selected_text == "[TIME]" == draft[todo.start : todo.end]
        editor.move_cursor((0, 0))
        await _step_to(pilot, panel, "courtesy.none")
        await pilot.press(*"Thanks! ")
        assert editor.text == draft[: cold.start] + "Thanks! " + draft[cold.start :]


@pytest.mark.parametrize("lang", sorted(COLD))
async def test_enter_on_a_whole_reply_finding_selects_nothing(
    make_app, demo_desk, monkeypatch, lang
):
    """The same from the panel: enter on the cold-reply finding puts the editor's
    cursor at the body's start with nothing selected."""
    async with written(make_app, demo_desk, monkeypatch, (80, 24), COLD[lang]) as opened_:
        _app, pilot, main, panel = opened_
        panel.focus()
        await settle(pilot)
        index = next(i for i, f in enumerate(panel.report.findings) if f.rule == "courtesy.none")
        panel.highlighted = index
        await pilot.press("enter")
        await settle(pilot)
        assert main.focused is main.editor
        assert main.editor.selected_text == ""
        at = main.editor.document.get_index_from_location(main.editor.cursor_location)
        assert at == panel.report.findings[index].start


@pytest.mark.parametrize(
    "typed",
    ["Your site is back online.", "Site-ul funcționează din nou.", "Сайт снова работает."],
)
async def test_tab_right_after_typing_goes_to_the_tone_panel(make_app, demo_desk, typed):
    """The panel is hidden until the draft's first check, DEBOUNCE after the last key:
    Tab pressed sooner skipped it and landed on the queue (in tmux, typing a line and
    Tab), and at 80x24 the editor gave its rows back to the queue."""
    without_reader(demo_desk)
    async with opened(make_app, (80, 24), demo_desk) as (_app, pilot, main):
        await pilot.press("r")
        await settle(pilot)
        assert main.focused is main.editor
        await pilot.press(*typed, "tab")  # no pause: the debounced check is pending
        assert main.focused is main.tone_panel
        assert main.has_class("-composing")
        await pilot.press("escape")
        assert main.focused is main.editor


def footer(app) -> str:
    """The bottom line of the screen as painted; every key shown on it is whole."""
    from textual.widgets._footer import FooterKey

    line = app.screen._compositor.render_strips()[-1].text
    for key in app.screen.query(FooterKey):
        if key.display:
            assert f"{key.key_display} {key.description}" in line, (key.description, line)
    return line


async def test_the_help_key_leads_the_footer_at_80_columns(make_app, demo_desk, monkeypatch):
    """Textual puts the app's keys last and clips what does not fit: at 80 columns the
    main screen's footer showed "?" without "help". The help key now comes first on
    every screen and pane: `?`, or F1 where `?` types (the reply editor, the search
    box); and the palette key is "ctrl+p palette", so the main screen's keys all fit."""
    from supportdesk.tui.screens.lead import LeadScreen

    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    without_reader(demo_desk)
    async with opened(make_app, (80, 24), demo_desk) as (app, pilot, _main):
        seen = {"queue": footer(app)}
        await pilot.press("2")
        seen["thread"] = footer(app)
        await pilot.press("r")
        await settle(pilot)
        seen["editor"] = footer(app)
        await pilot.press(*"Fixed it.", "tab")
        await settle(pilot)
        seen["tone"] = footer(app)
        await pilot.press("escape", "escape", "slash")
        await settle(pilot)
        seen["search"] = footer(app)
        await pilot.press("escape", "L")
        await settle(pilot)
        assert isinstance(app.screen, LeadScreen)
        seen["lead"] = footer(app)
    for where, line in seen.items():
        assert line.startswith("f1 help " if where in ("editor", "search") else "? help "), (
            where,
            line,
        )
        assert line.rstrip().endswith("ctrl+p palette"), (where, line)
    # nothing of the main screen's keys is cut off, the help key is not listed twice
    assert "f view " in seen["queue"] and seen["queue"].count("help") == 1
    assert "/ search" not in seen["search"]  # the box types a slash


async def test_esc_closes_the_search_box_before_anything_is_typed(make_app, demo_desk):
    """`/` opened the box; esc did nothing until a letter was typed (clear_search was
    disabled while the query was empty), so the agent was stuck in the box; and the
    footer said "/ search" there, which types a slash."""
    async with opened(make_app, (80, 24), demo_desk) as (app, pilot, main):
        from supportdesk.tui.screens.main import SearchInput

        box = main.query_one(SearchInput)
        await pilot.press("slash")
        await settle(pilot)
        assert box.display and main.focused is box
        assert "esc clear" in footer(app)
        await pilot.press("slash")  # typed, not a second search
        assert box.value == "/"
        await pilot.press("backspace", "escape")
        await settle(pilot)
        assert not box.display and main.focused is main.queue


@pytest.mark.parametrize("lang", sorted(COLD))
async def test_tab_into_the_panel_lands_on_the_first_finding(
    make_app, demo_desk, monkeypatch, lang
):
    """Focused, the panel highlighted nothing: enter did nothing, and the j an agent
    pressed to reach the second finding highlighted the first, whose words the next
    enter selected and typing replaced (in tmux: "The Thank you… record was wrong")."""
    async with written(make_app, demo_desk, monkeypatch, (80, 24), COLD[lang]) as opened_:
        _app, pilot, main, panel = opened_
        await pilot.press("tab")
        await settle(pilot)
        assert main.focused is panel and panel.highlighted == 0
        await pilot.press("j", "enter")
        await settle(pilot)
        second = panel.report.findings[1]
        at = main.editor.document.get_index_from_location(main.editor.selection.start)
        assert main.focused is main.editor and at == second.start


async def test_no_line_of_a_conversation_is_cut_at_80_columns(make_app, demo_desk):
    """The message head ("← Наталья Орлова <n.orlova@orlova-trade.example.ru>  2026-11-30
    00:47 (1d ago)") was one line, cut by the pane at 80 columns to "(1d ag"; the
    customer, tags and badge lines were not wrapped either. Every line of every demo
    ticket now fits, and each head's time is whole."""
    from rich.cells import cell_len

    async with opened(make_app, (80, 24), demo_desk) as (_app, pilot, main):
        thread, cut, stamps = main.thread, [], 0
        for index in range(len(main.queue.tickets)):
            main.queue.move_to(index)
            await settle(pilot)
            lines = thread.result.lines
            cut += [text for text, _ in lines if cell_len(" " + text) > thread.size.width]
            stamps += sum(text.rstrip().endswith(" ago)") for text, _ in lines)
        assert not cut, cut
        assert stamps >= len(main.queue.tickets)


async def test_help_on_the_lead_screen_starts_with_its_keys(make_app, demo_desk):
    """`?` on the lead's screen listed the main screen's keys first and the lead's own
    (t/w/m/c, enter, n, b) last, below ~80 lines that do not apply there; F1 listed
    every key. Now `?` starts with them and F1 shows only them."""
    from textual.widgets import Static

    from supportdesk.tui.screens.help import HelpScreen
    from supportdesk.tui.screens.lead import LeadScreen

    async with opened(make_app, (80, 24), demo_desk) as (app, pilot, _main):
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, LeadScreen)
        for key, only in (("question_mark", False), ("f1", True)):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, HelpScreen)
            text = str(app.screen.query_one(Static).render())
            assert text.lstrip().startswith("Lead screen (response times)"), text[:200]
            assert "lead.custom" in text and ("main.quit" in text) is not only, key
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, LeadScreen)


async def test_the_conversation_header_leaves_out_a_register_it_cannot_tell(make_app, demo_desk):
    """Margaret writes neither formally nor casually: the header said "en · unknown ·
    neutral", which reads as an unknown language (with the reader; the rules alone read
    her as upset). A known register is still shown."""
    from tests.tui.test_tone_use import open_ticket

    without_reader(demo_desk)
    async with opened(make_app, (80, 24), demo_desk) as (_app, pilot, main):
        labels = {}
        for subject in ("my website has disappeared", "Письма с нашего домена"):
            open_ticket(main, subject)
            await settle(pilot)
            labels[subject] = str(main.thread.border_subtitle)
        assert labels["my website has disappeared"].startswith("en · "), labels
        assert labels["Письма с нашего домена"].startswith("ru · formal · "), labels
        assert not any("unknown" in label for label in labels.values()), labels


async def test_ctrl_home_and_ctrl_end_go_to_the_draft_start_and_end(make_app, demo_desk):
    """TextArea binds neither: ctrl+end did nothing, and the password pasted "at the
    end" of a template reply landed in its middle."""
    async with opened(make_app, (80, 24), demo_desk) as (_app, pilot, main):
        await pilot.press("r")
        await settle(pilot)
        main.editor.insert("Hello Ion,\nYour order ships today.\nAna")
        main.editor.move_cursor((1, 4))
        await pilot.press("ctrl+end", *"!")
        assert main.editor.text.endswith("Ana!")
        await pilot.press("ctrl+home", *"> ")
        assert main.editor.text.startswith("> Hello Ion,")


async def test_the_lead_screen_footer_shows_enter_for_the_breaches(make_app, demo_desk):
    """The agents table's own enter (shown nowhere) shadowed the screen's, so the footer
    never said that enter lists an agent's breached tickets; enter still does."""
    from supportdesk.tui.screens.lead import LeadScreen
    from supportdesk.tui.screens.prompts import ChoiceScreen

    async with opened(make_app, (80, 24), demo_desk) as (app, pilot, _main):
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, LeadScreen)
        assert "enter breaches" in footer(app)
        table = app.screen.query_one("#lead-agents")
        table.move_cursor(row=table.row_count - 1)  # the team: the demo has breaches
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)


async def test_every_pane_title_keeps_its_number(make_app, demo_desk):
    """1 Queue, 2 …, 3 Reply to #12: the conversation's "2" went once a ticket was open
    ("#12 Письма с нашего домена…"), and 2 is the key that jumps there."""
    async with opened(make_app, (80, 24), demo_desk) as (_app, _pilot, main):
        assert main.ticket is not None
        titles = [str(main.queue.border_title), str(main.thread.border_title)]
        titles.append(str(main.editor.border_title))
        assert [t[:2] for t in titles] == ["1 ", "2 ", "3 "], titles
        assert titles[1].startswith(f"2 #{main.ticket.id} ")
