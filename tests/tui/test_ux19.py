"""ux19: what a keyboard-only walk-through of the demo found, one Pilot test per fix.

The demo desk is seeded at a frozen NOW (tests/tui/conftest.py); expected figures come
from the same `Desk.report` the CLI prints.
"""

from __future__ import annotations

import json
from datetime import timedelta

from textual.widgets import DataTable

from supportdesk.metrics.period import Period
from supportdesk.metrics.report import TEAM, UNASSIGNED
from supportdesk.tui.screens.lead import LeadScreen
from supportdesk.tui.screens.prompts import ChoiceScreen
from tests.tui.conftest import NOW, settle
from tests.tui.test_lead import cells
from tests.tui.test_tone_use import opened, without_reader
from tests.tui.test_tone_ux18 import footer


async def _lead(pilot) -> LeadScreen:
    """The lead's screen, as a lead gets there: `L` from the main screen."""
    await settle(pilot)
    await pilot.press("L")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, LeadScreen)
    return screen


async def test_lead_team_breaches_add_up_from_the_rows(make_app, demo_desk):
    """The team row showed 6 breaches under agent rows of 0: they were tickets nobody
    had claimed. An "(unassigned)" row holds them, and its drill-down lists them."""
    report = demo_desk.report(Period(NOW - timedelta(days=7), NOW))
    nobody = report.unassigned
    assert nobody is not None and nobody.sla_breaches > 0
    # the CLI's JSON says the same (design.md's keys unchanged, `unassigned` added)
    as_json = json.loads(json.dumps(report.as_dict()))
    assert as_json["unassigned"]["breached_tickets"] == nobody.breached_tickets
    assert {"period", "agents", "team"} <= as_json.keys()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _lead(pilot)
        rows, brch = cells(app), 8
        assert [r[0] for r in rows[-2:]] == [UNASSIGNED, TEAM]
        assert sum(int(r[brch]) for r in rows[:-1]) == int(rows[-1][brch])
        assert rows[-2][brch] == str(nobody.sla_breaches)
        table = app.screen.query_one(DataTable)
        assert table.region.bottom <= 24  # still all on screen at 80x24
        table.move_cursor(row=table.row_count - 2)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        assert [v for v, _label in app.screen.choices] == [str(t) for t in nobody.breached_tickets]
        assert "nobody" in app.screen.title_text


async def test_each_modal_shows_its_own_keys(make_app, demo_desk, monkeypatch):
    """The review, the template picker, the customer's "why", help and the small
    prompts showed the main screen's footer through their backdrop ("f1 help ctrl+r
    send f8 next finding"), keys that do nothing there; each now has its own."""
    from supportdesk.tui.screens.help import HelpScreen
    from supportdesk.tui.screens.prompts import ChoiceScreen
    from supportdesk.tui.screens.review import ReviewScreen
    from supportdesk.tui.screens.template_picker import TemplatePickerScreen
    from supportdesk.tui.screens.tone_why import ToneWhyScreen
    from supportdesk.tui.widgets import tone_panel

    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    without_reader(demo_desk)

    async def shows(kind, *keys: str) -> None:
        await settle(pilot)
        assert isinstance(app.screen, kind)
        line = footer(app)
        for key in keys:
            assert key in line, (key, line)
        assert "f8" not in line and "ctrl+r send" not in line and "r reply" not in line

    async with opened(make_app, (80, 24), demo_desk) as (app, pilot, main):
        await pilot.press("r")
        main.editor.insert("Hello, we are on it.")
        await pilot.press("ctrl+r")
        await shows(ReviewScreen, "y send", "e edit", "p postpone", "esc back")
        await pilot.press("e")
        await pilot.press("f6")
        await shows(TemplatePickerScreen, "enter insert", "esc cancel")
        await pilot.press("escape", "escape", "i")
        await shows(ToneWhyScreen, "esc close")
        await pilot.press("escape", "question_mark")
        await shows(HelpScreen, "esc close")  # the full list: no "? all keys" (ux20)
        await pilot.press("escape", "s")
        await shows(ChoiceScreen, "enter pick", "esc cancel")
        await pilot.press("escape")


async def test_the_conversation_shows_a_replys_tone_override(make_app, demo_desk):
    """A reply sent over blocking findings said so in `tickets show` only; the
    conversation now shows it on that reply: the rules and who confirmed them, from the
    audit log, cleaned (never markup, no control characters)."""
    from supportdesk.desk import Desk
    from supportdesk.models import Direction

    replied = next(
        t
        for t in demo_desk.store.list_tickets()
        if any(m.direction is Direction.OUT for m in demo_desk.conversation(t.id))
    )
    out = [m for m in demo_desk.conversation(replied.id) if m.direction is Direction.OUT]
    evil = Desk(demo_desk.store, demo_desk.config, "mallory[/b]\x1b[31m")
    evil.record_tone_override(
        replied.id, ["confidential.password", "[@click=app.quit]x[/]"], out[-1].id
    )
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = app.screen
        main.queue.move_to(next(i for i, t in enumerate(main.queue.tickets) if t.id == replied.id))
        await settle(pilot)
        lines = main.thread.result.lines
        at = [i for i, (text, _k) in enumerate(lines) if text.startswith("[TONE OVERRIDE]")]
        assert len(at) == 1, lines
        shown = ""  # the line and its wrapped rest
        for text, kind in lines[at[0] :]:
            if kind != "badge":
                break
            shown += " " + text
        assert "confidential.password" in shown and "[@click=app.quit]x[/]" in shown
        assert "confirmed by mallory[/b]" in shown and "\x1b" not in shown
        # under the reply it belongs to: its head is the last one above the badge
        heads = main.thread.result.starts
        reply_head = max(h for h in heads if h < at[0])
        assert lines[reply_head][0].startswith("→")


COLD = (
    "Calm down. Your refund was processed on Monday and it will reach your bank account "
    "within five business days from now."
)


async def test_the_tone_panel_and_the_review_count_the_same_findings(
    make_app, demo_desk, monkeypatch
):
    """The panel's title counted every finding ("4 findings"), the review only the
    block and warn ones it lists ("1 finding"): both now say "N to fix" for those and
    count the infos apart."""
    from supportdesk.tui.screens.review import ReviewScreen
    from tests.tui.conftest import until
    from tests.tui.test_tone_ux15 import written

    async with written(make_app, demo_desk, monkeypatch, (120, 40), COLD) as opened_:
        app, pilot, _main, panel = opened_
        severities = [f.severity for f in panel.report.findings]
        fix, infos = sum(s != "info" for s in severities), severities.count("info")
        assert fix >= 1 and infos >= 1
        title = str(panel.border_title)
        assert f"· {fix} to fix · {infos} info" in title, title
        await pilot.press("ctrl+r")
        assert await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        await settle(pilot)
        head = str(app.screen.query_one("#tone-findings").render()).split("\n")[0]
        assert head.startswith(f"Tone check: {fix} to fix · {infos} info not listed here"), head


async def test_whole_reply_is_declared_on_the_finding(make_app, demo_desk, monkeypatch):
    """Which findings are about the whole reply was a list of rule names in the TUI
    (`tone_panel.WHOLE_REPLY`); the lint declares it on the Finding now, and the panel
    only reads it: a team pack's whole-reply rule needs no TUI change."""
    from supportdesk.tone import Finding
    from supportdesk.tui.widgets.tone_panel import finding_line
    from tests.tui.test_tone_ux15 import written

    async with written(make_app, demo_desk, monkeypatch, (120, 40), COLD) as opened_:
        _app, _pilot, _main, panel = opened_
        cold = [f for f in panel.report.findings if f.rule == "courtesy.none"]
        assert cold and cold[0].whole
        assert all(not f.whole for f in panel.report.findings if f.rule == "en.calm-down")
        line = panel.full[panel.report.findings.index(cold[0])].plain
        assert "(whole reply)" in line and COLD[:10] not in line
    team = Finding("team.cold", "info", "Say hello.", 0, 5, "R1", whole=True)
    assert "(whole reply)" in finding_line(team, "Hello there").plain


async def test_j_and_k_move_in_the_lead_table_and_in_a_choice(make_app):
    """j/k move in the queue, but did nothing in the lead's table or in a list to pick
    from (the drill-down's breached tickets, status, view): only the arrows did."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        lead = await _lead(pilot)
        table = lead.query_one(DataTable)
        assert table.cursor_row == 0
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("escape", "s")  # status: a choice
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        options = app.screen.query_one("OptionList")
        before = options.highlighted
        await pilot.press("j")
        assert options.highlighted == before + 1
        await pilot.press("k")
        assert options.highlighted == before


async def test_the_conversation_opens_and_stays_at_its_newest_message(make_app, demo_desk):
    """At 80x24 the first ticket opened on its oldest lines (the pane had no scrollbar
    yet when it was laid out, so the scroll was dropped) while the next ones opened on
    the newest message's last lines, its signature; after a send the pane stayed put
    with the reply below its edge. A thread now opens on its newest message, from its
    head when it is taller than the pane, and a reply written here is shown."""
    from supportdesk.models import Direction
    from supportdesk.tui.screens.review import ReviewScreen
    from tests.tui.conftest import until

    def newest(thread) -> int:
        return min(thread.max_scroll_y, thread.result.starts[-1])

    async with opened(make_app, (80, 24), demo_desk) as (app, pilot, main):
        thread = main.thread
        assert thread.max_scroll_y > thread.result.starts[-1] > 0  # taller than the pane
        assert thread.scroll_y == thread.result.starts[-1]
        await pilot.press("j")  # the next ticket, too
        await settle(pilot)
        assert thread.scroll_y == newest(thread) > 0
        tid = main.ticket.id
        await pilot.press("2", "k")  # read a line up: the agent's place, until they send
        assert thread.scroll_y == newest(thread) - 1
        await pilot.press("r")
        main.editor.insert("Thank you, we are looking into it now.")
        await pilot.press("ctrl+r")
        assert await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        await pilot.press("y")
        await settle(pilot)
        if isinstance(app.screen, ReviewScreen):  # an outbox check came back: confirm it
            await pilot.press("y", "y")
            await settle(pilot)
        assert await until(pilot, lambda: any(m.direction is Direction.OUT for m in main.messages))
        await settle(pilot)
        assert main.ticket.id == tid
        assert thread.scroll_y == thread.max_scroll_y  # the short reply, whole, at the end
        head = thread.result.lines[thread.result.starts[-1]][0]
        assert head.startswith("→") and thread.result.starts[-1] >= thread.scroll_y


def _burst(app, *keys: str) -> None:
    """Keys arriving in one read, as over SSH or from a paste: queued at once, none
    handled before the next arrives (Pilot's press waits between keys)."""
    from textual import events

    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


async def test_enter_right_after_typing_acts_on_what_was_typed(make_app):
    """The modals' enter was made a priority binding so the footer could show it; a
    priority binding runs before the keys typed just ahead of it reach the widget, so
    "3d⏎" in one burst submitted an empty period and "j⏎" picked the row above."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        lead = await _lead(pilot)
        await pilot.press("c")
        await settle(pilot)
        _burst(app, "3", "d", "enter")
        await settle(pilot)
        assert app.screen is lead and lead.period_key == "custom"
        assert lead.period is not None and (lead.period.end - lead.period.start).days == 3
        await pilot.press("escape", "s")  # status: a choice
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        choice = app.screen
        options = choice.query_one("OptionList")
        expected = choice.choices[options.highlighted + 1][0]
        picked: list[str | None] = []
        choice.dismiss = lambda value=None: picked.append(value)  # type: ignore[method-assign]
        _burst(app, "j", "enter")
        await settle(pilot)
        assert picked == [expected]


async def test_j_then_enter_in_one_burst_drills_the_row_below(make_app):
    """lead.drill was a priority binding (for the footer, ux18): "j⏎" arriving at once
    listed the breaches of the row above the one j moved to."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        lead = await _lead(pilot)
        table = lead.query_one(DataTable)
        assert lead.report is not None
        table.move_cursor(row=len(lead.report.agents) - 1)  # the last agent: no breaches
        await settle(pilot)
        assert "enter breaches" in footer(app)
        _burst(app, "j", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen) and "nobody" in app.screen.title_text


async def test_why_before_the_analysis_says_it_is_still_reading(make_app, demo_desk):
    """`i` pressed before the customer's analysis arrived (the packs load once, slowly
    on a busy server) said "no customer message to read yet" over a ticket whose
    customer message was on the screen."""
    async with opened(make_app, (80, 24), demo_desk) as (app, pilot, main):
        assert main._tone_for == main.ticket.id  # arrived: `i` opens the screen
        main._tone_for = None  # as before it arrives
        await pilot.press("i")
        await settle(pilot)
        said = [n.message for n in app._notifications]
        # ux21: it says the analysis is being read and opens the why screen when it arrives
        assert said and "reading" in said[-1] and "no customer message" not in said[-1]
