"""ux21: the open points ux20 left and what a keyboard-only walk through the demo in
tmux found, one Pilot test per fix (each fails without it).

The demo desk is seeded at a frozen NOW (tests/tui/conftest.py); its agents are ana
(the app's), mihai and olga.
"""

from __future__ import annotations

from supportdesk.tui.widgets import tone_panel
from tests.tui.conftest import settle, until
from tests.tui.test_tone_use import opened, ready, without_reader
from tests.tui.test_tone_ux18 import footer

RUDE = "Hi, you obviously did not read the manual. Your password is hunter22."


async def test_the_tone_panel_footer_lists_the_panel_keys(make_app, demo_desk, monkeypatch):
    """With the tone panel focused the footer listed the main screen's keys ("q quit
    r reply a claim s st…"), cut at 80 columns, where the panel's own keys are what
    the agent needs: now it lists help, enter (the finding's words) and esc (back to
    the editor), and the palette."""
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    without_reader(demo_desk)
    async with opened(make_app, (80, 24)) as (app, pilot, main):
        await pilot.press("r")
        main.editor.insert(RUDE)
        assert await until(pilot, lambda: ready(main.tone_panel))
        await pilot.press("tab")
        assert main.focused is main.tone_panel
        await settle(pilot)
        line = footer(app)
        assert "select words" in line and "esc editor" in line, line
        for other in ("claim", "status", "reply", "quit", "search"):
            assert other not in line, line
        await pilot.press("escape")  # back in the editor: its own footer again
        await settle(pilot)
        assert main.focused is main.editor
        assert "send" in footer(app)
