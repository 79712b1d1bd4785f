"""Tone guidance as a keyboard-only agent uses it (issue 8, ux14): the panel readable at
80x24, every finding reachable from the editor, the late reader not moving the list,
jumps that select the right words after edits, the analysis saying why, the review
showing what will be overridden, and untrusted text staying inert."""

from __future__ import annotations

from supportdesk.tui.widgets import tone_panel
from tests.tui.conftest import settle, until
from tests.tui.test_flows import main_of

MANY = (
    "hi brandon, calm down. its not our fault, you should have read the FAQ.\n"
    "Your password is hunter22 and the server is db1.internal.acme.test. TODO check\n"
)


def ready(panel) -> bool:
    return panel.report is not None and panel.display


async def test_the_panel_keeps_rows_for_its_findings_at_80x24(make_app, monkeypatch):
    """At 80x24 the editor, the findings and a line of the conversation all fit while
    the agent writes: the queue gives up its rows (and takes them back on `1`)."""
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        main = main_of(app)
        queue_rows = main.queue.region.height
        await pilot.press("r")
        main.editor.insert(MANY)
        assert await until(pilot, lambda: ready(main.tone_panel))
        await settle(pilot)
        panel = main.tone_panel
        assert len(panel.report.findings) >= 4
        assert panel.region.height >= 5  # borders and at least three findings
        footer = main.query_one("Footer")
        assert panel.region.bottom <= footer.region.y  # on screen, above the footer
        assert main.thread.region.height >= 3  # a line of the customer's words
        assert main.editor.region.height >= 5
        await pilot.press("escape")  # leave the editor: the queue comes back
        await settle(pilot)
        assert main.queue.region.height == queue_rows
