"""Tone guidance as a demanding agent met it in the demo (ux16), through the real TUI."""

from __future__ import annotations

from tests.tui.conftest import settle, until
from tests.tui.test_tone_ux15 import written

# three warnings on an English draft (the first ticket's customer is Russian: the
# language warning makes four)
THREE = (
    "Hello Natalia,\n\nAs I already said, read the manual. Calm down. "
    "You should have checked the settings.\n\nThanks,\nAna\n"
)


async def test_at_80x24_the_review_says_how_many_findings_and_scrolls_to_all(
    make_app, demo_desk, monkeypatch
):
    """The review's tone box shows two or three findings at 80x24 and scrolls: the third
    warning was below its edge and nothing said it was there. The heading counts them
    and says how to scroll; ↓ (end) brings the last one into view."""
    from supportdesk.tui.screens.review import ReviewScreen

    async with written(make_app, demo_desk, monkeypatch, (80, 24), THREE) as opened_:
        app, pilot, _main, panel = opened_
        warns = [f for f in panel.report.findings if f.severity != "info"]
        assert len(warns) >= 3
        await pilot.press("ctrl+r")
        assert await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        await settle(pilot)
        review = app.screen
        listed = str(review.query_one("#tone-findings").render())
        assert listed.startswith(f"Tone check: {len(warns)} to fix")
        assert listed.split("\n")[0].endswith("(↓ to scroll)")
        box = review.query_one("#tone-box")
        assert box.max_scroll_y > 0  # more than fits: the count is what tells
        assert app.focused is box  # the review opens on the findings
        await pilot.press("end")
        assert await until(pilot, lambda: box.scroll_y == box.max_scroll_y)
