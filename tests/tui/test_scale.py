"""Huge content stays responsive (TUI-05), and other agents' changes show up (MULTI)."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from supportdesk.desk import Desk
from supportdesk.models import Direction, Message, Person, Status, Ticket
from supportdesk.store import open_store
from supportdesk.tui.app import SupportdeskApp
from supportdesk.tui.clock import fixed_clock
from supportdesk.tui.screens.main import MainScreen
from supportdesk.tui.widgets.layout import RECENT, Options, layout
from tests.tui.conftest import NOW, demo_config, settle

FIVE_MB = "x" * (5 * 1024 * 1024)


def test_layout_of_a_5mb_line_is_bounded_and_fast():
    t = Ticket(1, "big", Person("a", "a@e"))
    m = Message(1, Direction.IN, t.customer, "big", FIVE_MB, NOW)
    out = layout(t, [m], Options(width=100))
    assert out.truncated and len(out.lines) < 200
    assert any("press m to show all" in text for text, _ in out.lines)
    full = layout(t, [m], Options(width=100, show_all=True))
    assert len(full.lines) > 50_000


def _big_desk(root: Path) -> tuple[Desk, int]:
    store = open_store(root / "desk")
    with store.transaction() as tx:
        big = tx.new_ticket(Ticket(0, "five megabytes", Person("Big", "big@e.com"),
                                   status=Status.OPEN, created_at=NOW, updated_at=NOW))  # fmt: skip
        tx.add_message(Message(big.id, Direction.IN, big.customer, "x", FIVE_MB, NOW))
        big.message_count = 1
        tx.put_ticket(big)
    return Desk(store, demo_config(root), "ana"), big.id


async def test_5mb_body_does_not_freeze(tmp_path: Path):
    desk, big = _big_desk(tmp_path)
    app = SupportdeskApp(desk, clock=fixed_clock(NOW))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = app.screen
        assert isinstance(main, MainScreen)
        assert main.ticket is not None and main.ticket.id == big
        assert main.thread.result.truncated
        await pilot.press("2", "m")
        await settle(pilot)
        assert len(main.thread.result.lines) > 40_000
        await pilot.press("G", "k")


async def test_10k_message_thread_is_virtual(make_app):
    """The view gets 10,000 messages directly (speed is measured in bench/tui.py, never
    asserted here): it keeps a bounded window until asked to show all."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = app.screen
        ticket = main.queue.current
        messages = [
            Message(ticket.id, Direction.IN if i % 2 else Direction.OUT, ticket.customer, "x",
                    f"message {i}\nsecond line", NOW - timedelta(minutes=10_000 - i))
            for i in range(10_000)
        ]  # fmt: skip
        main.ticket = ticket
        main.thread.show(ticket, messages, reset=True)
        await settle(pilot)
        assert main.thread.result.truncated and len(main.thread.result.lines) < RECENT * 6
        main.thread.expand()
        await settle(pilot)
        assert len(main.thread.result.lines) > 10_000 * 3
        await pilot.press("2", "g", "G")


async def test_two_instances_see_each_others_changes(demo_root: Path):
    config = demo_config(demo_root)
    one = SupportdeskApp(
        Desk(open_store(demo_root / "desk"), config, "ana"), clock=fixed_clock(NOW)
    )
    two = SupportdeskApp(
        Desk(open_store(demo_root / "desk"), config, "olga"), clock=fixed_clock(NOW)
    )
    async with one.run_test() as p1, two.run_test() as p2:
        await settle(p1)
        await settle(p2)
        tid = one.screen.queue.current.id
        assert not one.screen.queue.current.assignee
        await p1.press("a")
        await settle(p1)
        deadline = time.monotonic() + 4
        seen = ""
        while time.monotonic() < deadline and seen != "ana":
            await p2.pause(0.2)
            seen = next((t.assignee for t in two.screen.queue.tickets if t.id == tid), "")
        assert seen == "ana"
