"""The lead's screen stays readable without colour (NO_COLOR) and on 16 colours.

app.tcss: meaning never rests on colour alone. Here: the row under the cursor, the
breach count and the charts must still stand out once colours are gone, and on the
high-contrast theme (the 16 basic ANSI hues) no text may share its background's
colour once downgraded to a 16-colour terminal.
"""

from __future__ import annotations

from rich.color import ColorSystem
from rich.segment import Segment
from textual.widgets import DataTable, Static

from supportdesk.metrics.report import HEADER
from supportdesk.tui.screens.lead import LeadScreen
from supportdesk.tui.widgets.charts import BLOCKS
from tests.tui.conftest import settle


async def open_lead(app, pilot) -> LeadScreen:
    await settle(pilot)
    await pilot.press("L")
    await settle(pilot)
    assert isinstance(app.screen, LeadScreen)
    return app.screen


def row_segments(table: DataTable, row: int) -> list[Segment]:
    y = row + 1 - int(table.scroll_y)  # the header takes the first line
    return [s for s in table.render_line(y) if s.text.strip()]


async def test_lead_screen_without_colour(make_app, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        lead = await open_lead(app, pilot)
        assert app.no_color
        table = lead.query_one(DataTable)
        team = table.row_count - 1
        for row in (0, team):  # an agent's row, and the team's (bold already)
            table.move_cursor(row=row)
            await pilot.pause()
            under = row_segments(table, row)
            assert under and all(s.style is not None and s.style.reverse for s in under)
            other = row_segments(table, 1 if row == 0 else 0)
            assert not any(s.style is not None and s.style.reverse for s in other[:1])
        # a breach count is marked by more than colour (the team had breaches)
        table.move_cursor(row=0)
        await pilot.pause()
        cells = row_segments(table, team)
        breaches = str(table.get_row_at(team)[HEADER.index("BRCH")])
        assert breaches != "0"
        marked = [s for s in cells if s.text.strip() == breaches and s.style.reverse]
        assert marked
        # the charts are drawn in characters, not colours
        first = str(lead.query_one("#first-body", Static).render())
        assert "█" in first


def unreadable(segments: list[Segment], system: ColorSystem) -> list[str]:
    """Texts (letters, digits, chart blocks; not rules and borders, which decorate)
    whose foreground and background are the same colour on `system`."""
    bad: list[str] = []
    for seg in segments:
        style = seg.style
        meaningful = any(ch.isalnum() or ch in BLOCKS[1:] or ch == "·" for ch in seg.text)
        if style is None or not meaningful or style.color is None or style.bgcolor is None:
            continue
        # the palette entry each maps to (reverse swaps both: equal stays equal)
        if style.color.downgrade(system).number == style.bgcolor.downgrade(system).number:
            bad.append(seg.text)
    return bad


async def test_lead_screen_on_sixteen_colours(make_app):
    app = make_app(theme="supportdesk-high-contrast")
    async with app.run_test(size=(80, 24)) as pilot:
        lead = await open_lead(app, pilot)
        assert app.theme == "supportdesk-high-contrast"
        table = lead.query_one(DataTable)
        for row in (0, table.row_count - 1):
            table.move_cursor(row=row)
            await pilot.pause()
            lines = app.screen._compositor.render_strips()  # the whole screen, as painted
            assert len(lines) == 24
            checked = 0
            for y, strip in enumerate(lines):
                assert not unreadable(list(strip), ColorSystem.STANDARD), (row, y)
                checked += sum(ch.isalnum() for seg in strip for ch in seg.text)
            assert checked > 300  # the table and a chart really were on screen
