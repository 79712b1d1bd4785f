"""Pilot tests of the lead's screen (issue 9): figures, periods, drill-down, safety.

The demo desk is seeded at a frozen NOW, so the report over "7 days" is the same every
run; expected figures come from the same `Desk.report` the CLI uses.
"""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import DataTable, Static

from supportdesk.metrics.period import Period
from supportdesk.models import Event
from supportdesk.tui.screens.lead import TEAM, LeadScreen
from supportdesk.tui.screens.main import MainScreen
from supportdesk.tui.screens.prompts import ChoiceScreen
from tests.tui.conftest import NOW, settle


def cells(app) -> list[list[str]]:
    table = app.screen.query_one(DataTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def test_lead_screen_shows_agents_team_and_charts_at_80x24(make_app, demo_desk):
    expected = demo_desk.report(Period(NOW - timedelta(days=7), NOW))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, LeadScreen)
        rows = cells(app)
        assert [r[0] for r in rows] == [expected.label(a) or a.agent for a in expected.rows()]
        assert rows[-1][0] == TEAM
        team = rows[-1]
        assert team[1] == str(expected.team.replies)
        assert team[8] == str(expected.team.sla_breaches) and expected.team.sla_breaches > 0
        period = str(app.screen.query_one("#lead-period", Static).render())
        assert "7 days" in period and "2026-02-23" in period
        # at 80x24 the whole table, team row included, is on screen
        table = app.screen.query_one(DataTable)
        assert table.region.bottom <= 24 and table.size.height >= len(rows) + 1
        hours = str(app.screen.query_one("#hours-body", Static).render())
        assert "replies by hour" in hours and "customer messages by hour" in hours
        sites = str(app.screen.query_one("#sites-body", Static).render())
        assert "no site monitors configured" in sites  # issue 10's tab, empty here
        await pilot.press("t")
        await settle(pilot)
        assert "today" in str(app.screen.query_one("#lead-period", Static).render())
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_drill_down_opens_a_breached_ticket_on_the_main_screen(make_app, demo_desk):
    expected = demo_desk.report(Period(NOW - timedelta(days=7), NOW))
    breached = expected.team.breached_tickets
    assert breached
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.action_lead()  # the palette's way in
        await settle(pilot)
        lead = app.screen
        assert isinstance(lead, LeadScreen)
        table = lead.query_one(DataTable)
        table.move_cursor(row=table.row_count - 1)  # the team row
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        assert [v for v, _label in app.screen.choices] == [str(t) for t in breached]
        await pilot.press("enter")
        await settle(pilot)
        main = app.screen
        assert isinstance(main, MainScreen)
        assert main.ticket is not None and main.ticket.id == breached[0]


async def test_palette_lists_the_lead_screen(make_app):
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Lead: response times and deadlines" in titles


async def test_agent_names_are_never_markup(make_app, demo_desk):
    """Agent names come from the event log: shown verbatim, never as markup (TUI-01)."""
    tid = demo_desk.list_tickets("all")[0].id
    evil = "[/evil][@click=app.quit]x\x1b[31m"
    with demo_desk.store.transaction() as tx:
        tx.log(Event("tone_override", tid, evil, NOW - timedelta(hours=1), {}))
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        names = [r[0] for r in cells(app)]
        assert names[0] == "[/evil][@…"  # verbatim (cut to the column), no escape
        assert not any("\x1b" in n for n in names)
        assert app.is_running and isinstance(app.screen, LeadScreen)


async def test_custom_period_and_business_time(make_app):
    from textual.widgets import Input

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        box = app.screen.query_one(Input)
        box.value = "2026-02-25..2026-03-01"
        await pilot.press("enter")
        await settle(pilot)
        lead = app.screen
        assert isinstance(lead, LeadScreen)
        label = str(lead.query_one("#lead-period", Static).render())
        assert "custom: 2026-02-25 00:00 → 2026-03-02 00:00" in label  # --to is inclusive
        assert lead.report is not None and lead.report.period == lead.period
        await pilot.press("b")
        assert "business time" in str(lead.query_one("#lead-period", Static).render())
