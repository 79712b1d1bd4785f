"""Tone guidance as a keyboard-only agent uses it (issue 8, ux14): the panel readable at
80x24, every finding reachable from the editor, the late reader not moving the list,
jumps that select the right words after edits, the analysis saying why, the review
showing what will be overridden, and untrusted text staying inert."""

from __future__ import annotations

import dataclasses
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

import pytest

from supportdesk.desk import Desk
from supportdesk.models import Direction, Message, Person, Status, Ticket
from supportdesk.store import open_store
from supportdesk.tui import tone_guide
from supportdesk.tui.widgets import tone_panel
from supportdesk.tui.widgets.tone_panel import whole_reply
from tests.tui.conftest import NOW, demo_config, settle, until
from tests.tui.test_flows import main_of

MANY = (
    "hi brandon, calm down. its not our fault, you should have read the FAQ.\n"
    "Your password is hunter22 and the server is db1.internal.acme.test. TODO check\n"
)


@asynccontextmanager
async def opened(make_app, size: tuple[int, int], desk: Desk | None = None):
    """The app on the demo desk (or `desk`) at `size`, settled: (app, pilot, screen)."""
    app = make_app(desk)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        yield app, pilot, main_of(app)


def without_reader(desk) -> None:
    """`[ui] tone_reader = false`: only the rules, whose findings arrive at once (the
    tests that count findings must not race the second reader's worker)."""
    ui = dataclasses.replace(desk.config.ui, tone_reader=False)
    desk.config = dataclasses.replace(desk.config, ui=ui)


def open_ticket(main, subject: str) -> None:
    tickets = main.queue.tickets
    main.queue.move_to(next(i for i, t in enumerate(tickets) if subject in t.subject))


def ready(panel) -> bool:
    return panel.report is not None and panel.display


async def test_the_panel_keeps_rows_for_its_findings_at_80x24(make_app, monkeypatch):
    """At 80x24 the editor, the findings and a line of the conversation all fit while
    the agent writes: the queue gives up its rows (and takes them back on `1`)."""
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    async with opened(make_app, (80, 24)) as (_app, pilot, main):
        queue_rows = main.queue.region.height
        await pilot.press("r")
        main.editor.insert(MANY)
        assert await until(pilot, lambda: ready(main.tone_panel))
        await settle(pilot)
        panel = main.tone_panel
        assert len(panel.report.findings) >= 4
        assert panel.region.height >= 6  # borders and four findings, one line each
        rows = [panel.render_line(y).text.strip() for y in range(4)]
        assert all(row[:1] in "⛔⚠·" and row[:1] for row in rows), rows
        await pilot.press("f8")  # the finding under the cursor shows its whole advice
        full = panel.get_option_at_index(panel.highlighted).prompt
        assert full.plain.endswith(panel.report.findings[panel.highlighted].message)
        footer = main.query_one("Footer")
        assert panel.region.bottom <= footer.region.y  # on screen, above the footer
        assert main.thread.region.height >= 3  # a line of the customer's words
        assert main.editor.region.height >= 5
        await pilot.press("escape")  # leave the editor: the queue comes back
        await settle(pilot)
        assert main.queue.region.height == queue_rows


async def test_f8_steps_through_the_findings_from_the_editor(make_app, demo_desk, monkeypatch):
    """F8 selects the next finding's words after the cursor (in the order of the draft,
    wrapping), shift+F8 the previous one, and the panel highlights the same finding;
    focus never leaves the editor, so the agent can type over the selection."""
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    without_reader(demo_desk)
    async with opened(make_app, (120, 40)) as (app, pilot, main):
        await pilot.press("r")
        main.editor.insert(MANY)
        main.editor.move_cursor((0, 0))
        await pilot.press("f8")  # at once: the pending check is done now, not skipped
        panel, editor = main.tone_panel, main.editor
        findings = panel.report.findings

        # a finding on the whole reply (no kind word anywhere, R1) only puts the cursor
        # at its start: typing there must not replace the words of its span (ux18)
        def selection(f) -> tuple[int, int]:
            return (f.start, f.start if whole_reply(f) else f.end)

        order = [selection(f) for f in sorted(findings, key=lambda f: (f.start, f.end))]
        seen = []
        for _ in range(3):
            assert app.focused is editor
            doc, sel = editor.document, editor.selection
            span = (doc.get_index_from_location(sel.start), doc.get_index_from_location(sel.end))
            assert selection(findings[panel.highlighted]) == span
            seen.append(span)
            await pilot.press("f8")
        assert seen == order[:3]  # the draft's order, from the top
        assert editor.selected_text == MANY[order[3][0] : order[3][1]]
        await pilot.press("f20")  # shift+F8 as terminals send it: back to the third one
        assert editor.selected_text == MANY[seen[2][0] : seen[2][1]]
        editor.insert("Please note: ")  # type over the selected words
        assert await until(pilot, lambda: panel.text == editor.text)


async def test_enter_after_typing_on_selects_the_same_words(make_app, demo_desk, monkeypatch):
    """The agent types, then goes to the panel before the debounced check has run: enter
    still selects the finding's words where they now are (or says they are gone). The
    panel is focused as a mouse click does it: Tab checks the draft first (ux18)."""
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 30)  # the check never runs by itself
    without_reader(demo_desk)
    async with opened(make_app, (120, 40)) as (app, pilot, main):
        panel, editor = main.tone_panel, main.editor
        await pilot.press("r")
        await pilot.pause()  # the editor takes focus before tab is pressed below
        editor.insert(MANY)
        panel.check_now(editor.text)
        rules = [f.rule for f in panel.report.findings]
        editor.move_cursor((0, 0))
        editor.insert("Dear Brandon, I am so sorry for the wait.\n")  # shifts every span
        panel.focus()
        await pilot.pause()
        assert app.focused is panel
        panel.highlighted = rules.index("confidential.password")
        await pilot.press("enter")
        assert app.focused is editor
        assert editor.selected_text == "hunter22"
        # fixed meanwhile: the words are gone, and the agent is told so
        editor.replace("(sent by SMS)", *_locations(editor, "hunter22"))
        panel.focus()
        await pilot.pause()
        panel.highlighted = [f.rule for f in panel.report.findings].index("confidential.password")
        await pilot.press("enter")
        assert app.focused is panel  # nothing to select: stays, with a notice
        assert any("gone" in str(n.message) for n in app._notifications)
        panel.highlighted = 0
        await pilot.press("j")  # j/k move in the panel
        assert panel.highlighted == 1
        await pilot.press("k")
        assert panel.highlighted == 0
        await pilot.press("escape")
        assert app.focused is editor


def _locations(editor, words: str):
    start = editor.text.index(words)
    doc = editor.document
    return doc.get_location_from_index(start), doc.get_location_from_index(start + len(words))


async def test_help_lists_the_tone_keys(make_app, monkeypatch):
    from supportdesk.tui.screens.help import HelpScreen, help_content

    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    text = str(help_content({}))
    for words in ("Tone panel", "Tone: next finding", "reply.next_finding", "tone.jump"):
        assert words in text
    async with opened(make_app, (120, 40)) as (app, pilot, main):
        await pilot.press("r")
        main.editor.insert(MANY)
        assert await until(pilot, lambda: ready(main.tone_panel))
        main.tone_panel.focus()  # (tab pressed before the editor had focus could land on the queue)
        await pilot.pause()
        await pilot.press("f1")  # F1 in the panel: its own keys
        assert isinstance(app.screen, HelpScreen) and app.screen.pane == "tone"


async def test_late_findings_do_not_move_the_list_or_the_cursor(make_app, demo_desk, monkeypatch):
    """The second reader's findings arrive while the agent is on a finding in the panel:
    the highlight stays on the same finding even though the list grew above it, and
    the editor's cursor does not move."""
    from supportdesk.tone import Finding, Report

    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    without_reader(demo_desk)
    async with opened(make_app, (120, 40)) as (app, pilot, main):
        panel, editor = main.tone_panel, main.editor
        await pilot.press("r")
        editor.insert(MANY)
        assert await until(pilot, lambda: ready(panel))
        rules = [f.rule for f in panel.report.findings]
        panel.focus()  # (tab could land on the queue when pressed before the editor had focus)
        await pilot.pause()
        panel.highlighted = rules.index("en.calm-down")
        cursor = editor.cursor_location
        start = MANY.index("you should have")
        late = Finding("reader.rude", "block", "Reads as rude (R1).", start, start + 15, "R1")
        text = panel.checked
        panel._read_done(text, Report(panel.report.language, [late, *panel.report.findings]))
        await pilot.pause()
        assert panel.report.findings[0] is late  # it arrived, above the highlight
        assert panel.report.findings[panel.highlighted].rule == "en.calm-down"
        assert app.focused is panel and editor.cursor_location == cursor


async def test_i_says_why_the_customer_reads_angry_and_how_to_answer(make_app, demo_desk):
    """The header's "en · informal · angry" comes with its reasons and the advice, on a
    key (they were only in a mouse tooltip); the header says which key."""
    from supportdesk.tui.screens.tone_why import ToneWhyScreen

    async with opened(make_app, (120, 40)) as (app, pilot, main):
        open_ticket(main, "WHERE IS MY")
        assert await until(pilot, lambda: "angry" in str(main.thread.border_subtitle))
        assert str(main.thread.border_subtitle).endswith("· i: why")
        await pilot.press("i")
        assert isinstance(app.screen, ToneWhyScreen)
        text = str(app.screen.query_one("Static").render())
        expected = demo_desk.tone_analysis(main.ticket.id, reader=main._reader())
        assert f"mood: {expected.mood}" in text
        assert expected.signals and all(s in text for s in expected.signals)
        assert expected.guidance and all(g in text for g in expected.guidance)
        await pilot.press("escape")
        assert app.screen is main
        await pilot.press("r", "f9")  # the same while writing (where `i` is a letter)
        assert isinstance(app.screen, ToneWhyScreen)
        await pilot.press("escape")
        assert app.focused is main.editor and main.editor.text == ""


async def test_the_armed_review_says_what_a_second_y_overrides(make_app, demo_desk):
    """At 80x24 a dozen findings no longer push the body and the keys off the review;
    after the first y the review itself (not a fading toast) says that y again sends
    anyway, how many blocking findings that overrides and under which rules."""
    from supportdesk.tui.screens.review import ReviewScreen

    without_reader(demo_desk)
    async with opened(make_app, (80, 24)) as (app, pilot, main):
        await pilot.press("r")
        main.editor.insert(MANY)
        await pilot.press("ctrl+r")
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen) and review.blocking
        # at 80x24 the body and the keys stay on screen below the findings
        bottom = app.size.height - 1  # the footer's row
        assert review.query_one("#body").region.height >= 4
        assert review.query_one("#body").region.bottom <= bottom
        assert review.query_one("#hint").region.bottom <= bottom
        await pilot.press("y")
        hint = str(review.query_one("#hint").render())
        assert review.armed and hint.startswith("y again: send anyway")
        assert f"overriding {len(review.blocking)} blocking" in hint
        assert all(f.serves in hint for f in review.blocking)


HOSTILE_IN = (
    "I want a [b]full refund[/b]\x1b[2J or a chargeback!!! WORST [@click=app.quit]x[/] "
    "service [/ ever\x1b]0;pwned\x07"
)
HOSTILE_DRAFT = (
    "Hello,\nYour password is [b]hunter22[/b]\x1b[2J and [@click=app.quit]calm down[/]. "
    "TODO [/\nThanks, Ana\n"
)


@pytest.fixture
def hostile_tone_desk(tmp_path: Path) -> tuple[Desk, int]:
    """A ticket whose customer writes markup and terminal escapes."""
    config = demo_config(tmp_path / "hostile")
    store = open_store(tmp_path / "hostile" / "desk")
    customer = Person("[b]Eve[/b]\x1b[2J", "eve@example.com")
    with store.transaction() as tx:
        t = tx.new_ticket(
            Ticket(0, "[/]refund\x1b[2J", customer, status=Status.OPEN, created_at=NOW,
                   updated_at=NOW)
        )  # fmt: skip
        tx.add_message(
            Message(t.id, Direction.IN, customer, t.subject, HOSTILE_IN,
                    NOW - timedelta(minutes=5), message_id="eve@example.com")
        )  # fmt: skip
        t.message_count = 1
        tx.put_ticket(t)
    return Desk(store, config, "ana"), t.id


def _inert(text: str) -> bool:
    return "\x1b" not in text and "\x07" not in text


async def test_markup_and_escapes_stay_inert_in_header_panel_why_and_review(
    make_app, hostile_tone_desk, monkeypatch
):
    """The customer's words (quoted in the signals) and the draft's (quoted in the
    findings) are shown literally: `[b]` stays text, escapes are dropped, and the
    `[@click=app.quit]` in them runs nothing."""
    from supportdesk.tui.screens.review import ReviewScreen
    from supportdesk.tui.screens.tone_why import ToneWhyScreen

    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    desk, _tid = hostile_tone_desk
    without_reader(desk)
    app = make_app(desk)
    ran: list[str] = []
    app.exit = lambda *a, **k: ran.append("exit")  # type: ignore[method-assign]
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        main = main_of(app)
        assert await until(pilot, lambda: bool(main.thread.border_subtitle))
        assert _inert(str(main.thread.border_subtitle))
        await pilot.press("i")
        assert isinstance(app.screen, ToneWhyScreen)
        why = str(app.screen.query_one("Static").render())
        assert "full refund" in why and _inert(why)
        await pilot.press("escape", "r")
        main.editor.insert(HOSTILE_DRAFT)
        panel = main.tone_panel
        assert await until(pilot, lambda: ready(panel))
        lines = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        assert any("[b]hunter22[/b]" in line for line in lines)  # literal, not bold
        assert all(_inert(line) for line in lines)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        shown = "\n".join(str(w.render()) for w in app.screen.query("Static"))
        assert "[b]hunter22[/b]" in shown and "[@click=app.quit]calm down[/]" in shown
        assert _inert(shown)
        await pilot.press("escape")
    assert ran == []


def pasted(size: int, leak_at: int) -> str:
    """A long polite draft with a password far beyond the panel's live range."""
    sentence = "We have checked the tracking with the carrier and the desk is on its way. "
    text = "Hello Brandon,\n" + sentence * (size // len(sentence))
    return text[:leak_at] + " Your password is Hunter22! " + text[leak_at:size] + "\nAna\n"


async def test_a_huge_paste_says_what_the_panel_checked_and_the_review_checks_all(
    make_app, demo_desk, monkeypatch
):
    """200,000 pasted characters: the live panel checks the first 20,000 and says so;
    the review before sending checks the whole draft, so a leak at 150,000 blocks."""
    from supportdesk.tui.screens.review import ReviewScreen

    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    without_reader(demo_desk)
    async with opened(make_app, (120, 40)) as (app, pilot, main):
        await pilot.press("r")
        main.editor.insert(pasted(200_000, 150_000))
        panel = main.tone_panel
        assert await until(pilot, lambda: ready(panel))
        assert f"first 20,000 of {len(main.editor.text):,} characters" in str(panel.border_subtitle)
        assert "confidential.password" not in [f.rule for f in panel.report.findings]
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert "confidential.password" in [f.rule for f in app.screen.blocking]


async def test_the_language_model_loads_off_the_event_loop(make_app):
    """The first check of a draft must not load py3langid's model on the event loop
    (a ~0.2 s freeze at the first pause in typing): opening a ticket loads it in the
    tone worker, once the analysis is shown."""
    from supportdesk.mail import language

    language._identifier.cache_clear()
    async with opened(make_app, (120, 40)) as (_app, pilot, main):
        assert await until(pilot, lambda: bool(main.thread.border_subtitle))
        assert await until(pilot, lambda: language._identifier.cache_info().currsize == 1)


async def test_late_findings_do_not_move_the_editor(make_app, demo_desk, monkeypatch):
    """The panel keeps its height while it shows: the reader's late findings (or the
    next pause's) do not push the editor the agent is typing in up the screen."""
    from supportdesk.tone import Finding, Report

    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    without_reader(demo_desk)
    async with opened(make_app, (120, 40)) as (_app, pilot, main):
        panel, editor = main.tone_panel, main.editor
        await pilot.press("r")
        editor.insert("Hello Brandon,\nYour desk ships today.\nAna\n")
        assert await until(pilot, lambda: ready(panel))
        await settle(pilot)
        before = editor.region
        late = [
            Finding("reader.rude", "warn", f"Reads as rude ({i}).", 15, 20, "R1") for i in range(5)
        ]
        panel._read_done(panel.checked, Report(panel.report.language, late))
        await settle(pilot)
        assert panel.option_count == 5
        assert editor.region == before


async def test_the_review_never_cuts_the_findings_silently(make_app, demo_desk):
    """The review lists the findings (blocking first) and counts those beyond its list."""
    from supportdesk.tui.screens import review as review_module
    from supportdesk.tui.screens.review import ReviewScreen

    without_reader(demo_desk)
    async with opened(make_app, (120, 40)) as (app, pilot, main):
        open_ticket(main, "WHERE IS MY ORDER")  # an English customer
        assert await until(pilot, lambda: "WHERE" in main.ticket.subject)
        await pilot.press("r")
        main.editor.insert("Hello Brandon,\n" + "Calm down. " * 60 + "\nAna\n")
        await pilot.press("ctrl+r")
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        listed = str(review.query_one("#tone-findings").render())
        more = len(review.tone) - review_module.SHOWN
        assert more > 0 and f"… and {more} more" in listed


async def test_the_review_reads_a_long_paste_once(make_app, monkeypatch):
    """ctrl+r right after pasting a long draft: the reader reads its sentences once
    (the panel's pass, which the review waits for) instead of twice side by side, and
    the editor says at once that the checks are running."""
    from supportdesk.tui.screens.review import ReviewScreen

    monkeypatch.syspath_prepend(Path(__file__).resolve().parents[2] / "bench")
    from tone_typing import draft

    async with opened(make_app, (120, 40)) as (app, pilot, main):
        reader = main._reader()
        if reader is None:
            pytest.skip("the second reader is not installed")
        encoded: list[str] = []
        embed = reader.encoder.embed

        def counting(texts, query=True):
            encoded.extend(texts)
            return embed(texts, query)

        monkeypatch.setattr(reader.encoder, "embed", counting)
        reader._cache.clear()
        await pilot.press("r")
        main.editor.insert(draft(3000))
        main.prepare_review(main.ticket.id, main.editor.text)
        assert main.editor.border_subtitle == "checking before sending…"
        assert await until(pilot, lambda: isinstance(app.screen, ReviewScreen), timeout=60)
        assert encoded and len(encoded) == len(set(encoded))
        assert main.editor.border_subtitle == "draft saved"


async def test_a_failing_reader_leaves_the_rules_and_the_app(make_app, monkeypatch):
    """The second reader raising (a broken engine, no memory) must not end the program
    in the middle of a reply: the panel keeps the rules' findings and says the reader
    failed, and the review still opens with the rules' findings."""
    from supportdesk.tui.screens.review import ReviewScreen

    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    async with opened(make_app, (120, 40)) as (app, pilot, main):
        reader = main._reader()
        if reader is None:
            pytest.skip("the second reader is not installed")

        def broken(texts, query=True):
            raise RuntimeError("engine failed")

        monkeypatch.setattr(reader.encoder, "embed", broken)
        reader._cache.clear()
        await pilot.press("r")
        main.editor.insert("Hello Brandon,\nCharges like that sort themselves out.\n" + MANY)
        panel = main.tone_panel
        assert await until(pilot, lambda: "reader failed" in str(panel.border_subtitle))
        assert app.is_running and "confidential.password" in [f.rule for f in panel.report.findings]
        await pilot.press("ctrl+r")
        assert await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        assert "confidential.password" in [f.rule for f in app.screen.blocking]


async def test_a_failing_check_is_said_and_typing_goes_on(make_app, demo_desk, monkeypatch):
    """A rule tripping on some draft must not end the program while the agent types,
    nor when they send."""
    from supportdesk.tui.screens.review import ReviewScreen

    def broken(*args, **kw):
        raise ValueError("a rule tripped")

    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    monkeypatch.setattr(tone_panel, "lint", broken)
    monkeypatch.setattr(tone_guide, "lint", broken)  # the review's and the warm-up's
    without_reader(demo_desk)
    async with opened(make_app, (120, 40)) as (app, pilot, main):
        await pilot.press("r", "H", "i")
        panel = main.tone_panel
        assert await until(pilot, lambda: panel.display and panel.option_count == 1)
        assert "tone check failed" in str(panel.get_option_at_index(0).prompt)
        await pilot.press("f8", "!")
        assert app.is_running and main.editor.text.endswith("!")
        assert any("check failed" in str(n.message) for n in app._notifications)
        await pilot.press("ctrl+r")  # and the review still opens, saying it
        assert await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        assert any("no tone findings listed" in str(n.message) for n in app._notifications)


async def test_loading_a_draft_is_no_edit(make_app):
    """Opening a ticket with a saved draft must not say "editing…" nor save it again
    (the load's change event arrives after the load)."""
    async with opened(make_app, (120, 40)) as (_app, pilot, main):
        main.editor.load(main.ticket.id, "Hello Ana,\n\nThe refund left today.\n")
        await settle(pilot)
        assert main.editor.border_subtitle == "draft"
        assert main.editor._timer is None
        main.editor.insert("Thanks!")
        await settle(pilot)
        assert main.editor.border_subtitle in ("editing…", "draft saved")
