"""ux21: the open points ux20 left and what a keyboard-only walk through the demo in
tmux found, one Pilot test per fix (each fails without it).

The demo desk is seeded at a frozen NOW (tests/tui/conftest.py); its agents are ana
(the app's), mihai and olga.
"""

from __future__ import annotations

from supportdesk.tui.widgets import tone_panel
from tests.tui.conftest import settle, until
from tests.tui.test_flows import main_of
from tests.tui.test_tone_use import opened, ready, without_reader
from tests.tui.test_tone_ux18 import footer
from tests.tui.test_ux20 import gated

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


def _said(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_a_key_pressed_while_the_ticket_loads_acts_once_it_has(
    make_app, demo_desk, monkeypatch
):
    """`r` pressed before the first ticket's messages were read said "Open a ticket
    first." though one was on its way: now it says it is loading and opens the editor
    on that ticket once it is shown."""
    gate = gated(monkeypatch, demo_desk, "conversation")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        main = main_of(app)
        assert await until(pilot, lambda: main.queue.current is not None)
        await pilot.press("r")
        await pilot.pause()
        said = _said(app)
        assert not any("first" in m or "No ticket" in m for m in said), said
        assert any("Loading" in m for m in said), said
        gate.set()
        assert await until(pilot, lambda: main.focused is main.editor)
        assert main.editor.ticket_id == main.queue.current.id


async def test_a_ticket_key_pressed_before_the_queue_loads_acts_on_it(
    make_app, demo_desk, monkeypatch
):
    """`a` (claim) and `N` (next unclaimed) before the queue's first read: "No ticket
    selected." and "Every active ticket is claimed." were said of a queue not read yet.
    Now the claim waits for the queue and claims the ticket under the cursor."""
    gate = gated(monkeypatch, demo_desk, "list_tickets")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        main = main_of(app)
        await pilot.press("N")
        await pilot.press("a")
        await pilot.pause()
        said = _said(app)
        assert not any("No ticket" in m or "claimed." in m for m in said), said
        assert any("Loading the queue" in m for m in said), said
        gate.set()
        assert await until(pilot, lambda: main.queue.current is not None)
        first = main.queue.current.id
        assert await until(pilot, lambda: demo_desk.get_ticket(first).assignee == "ana")
        await settle(pilot)
