"""ux22: what the fourteenth session's walk through the TUI left open, one Pilot test
per fix (each fails without it)."""

from __future__ import annotations

from textual.widgets import Static

from supportdesk.tone import Analysis
from supportdesk.tui.screens.tone_why import ToneWhyScreen
from tests.tui.conftest import settle

LONG = (
    "threat to leave: “I have been a customer for eleven years and I will move every "
    "one of our forty lines to another operator [bold]today[/bold]”"
)


async def test_why_bullets_wrap_under_their_own_words(make_app):
    """`i` (the customer's state): a signal or advice longer than the screen wrapped to
    the margin, under the bullet, so a reader could not tell one bullet's second line
    from the next bullet. Continuation lines now start under the text after "· ", and
    the customer's words stay text (R3/R7: the agent trusts the reading by its reasons)."""
    analysis = Analysis(
        "en", "formal", "angry", signals=[LONG, "shouting in capitals"], guidance=[LONG]
    )
    app = make_app()
    async with app.run_test(size=(60, 30)) as pilot:
        app.push_screen(ToneWhyScreen(analysis, "Ticket 1"))
        await settle(pilot)
        box = app.screen.query_one(Static).region
        painted = [strip.text for strip in app.screen._compositor.render_strips()]
        lines = [line[box.x : box.right].rstrip() for line in painted[box.y : box.bottom]]
        starts = [i for i, line in enumerate(lines) if line.startswith(" · threat")]
        assert len(starts) == 2, lines  # one signal, one piece of advice
        for start in starts:
            rest = lines[start + 1]
            assert rest.startswith("   ") and rest.strip(), lines
            assert not rest.lstrip().startswith("·"), lines
        assert "[bold]" in "\n".join(lines), lines  # never read as markup
        assert " · shouting in capitals" in lines, lines


async def test_the_footer_says_n_steps_through_the_matches(make_app):
    """While a search is on, `n` is "next match" and no longer "note" or "next
    unclaimed" (MainScreen.check_action), but the footer only lost "next": an agent
    could not see what n did now. It shows "n next match" during a search, and
    neither it nor a dead key outside one."""
    from tests.tui.test_tone_ux18 import footer

    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        main = app.screen
        assert "next match" not in footer(app)
        await pilot.press("slash", "o", "r", "enter")
        await settle(pilot)
        assert main.search_text == "or"
        assert "n next match" in footer(app), footer(app)
        row = main.queue.cursor
        await pilot.press("n")
        assert main.queue.cursor == row + 1
        await pilot.press("escape")
        await settle(pilot)
        assert "next match" not in footer(app), footer(app)
