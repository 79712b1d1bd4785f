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
