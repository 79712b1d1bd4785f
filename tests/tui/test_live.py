"""Several agents on one desk: background sync, presence, collisions, notifications.

Changes here come from other processes (played by a second Desk or a second app on
the same data dir) or from background workers, so tests wait with `until` (a bounded
loop of pilot.pause) instead of pressing keys. Never a timing assertion.
"""

from __future__ import annotations

import mailbox
from pathlib import Path

from supportdesk.config import parse_config
from supportdesk.demo.seed import demo_config_toml
from supportdesk.desk import Desk
from supportdesk.models import Direction, Incoming, Message, utcnow
from supportdesk.store import open_store
from supportdesk.tui.app import SupportdeskApp
from supportdesk.tui.clock import fixed_clock
from supportdesk.tui.screens.main import MainScreen
from supportdesk.tui.screens.review import ReviewScreen
from supportdesk.tui.widgets.header import DeskHeader
from supportdesk.tui.widgets.presence import PresenceBar
from tests.tui.conftest import NOW, demo_config, settle, until


def main_of(app) -> MainScreen:
    screen = app.screen_stack[1]
    assert isinstance(screen, MainScreen)
    return screen


def deliver(box: Path, i: int) -> None:
    mailbox.Maildir(box).add(
        f"From: Customer {i} <c{i}@example.com>\r\nTo: support@acme.test\r\n"
        f"Subject: Cannot log in {i}\r\nMessage-ID: <live{i}@example.com>\r\n"
        f"Date: Mon, 02 Mar 2026 09:{i:02d}:00 +0000\r\n\r\nMy account {i} is locked.\r\n".encode()
    )


def maildir_app(root: Path, agent: str) -> SupportdeskApp:
    toml = demo_config_toml(str(root / "desk"), str(root / "outbox"), agent)
    toml += f'\n[[sources]]\nname = "local"\nkind = "maildir"\npath = "{root / "Maildir"}"\n'
    desk = Desk(open_store(root / "desk"), parse_config(toml, "live.toml"), agent)
    return SupportdeskApp(desk, clock=fixed_clock(NOW), sync_interval=0.2, sync_retry=0.2)


async def test_background_sync_imports_mail_and_one_process_holds_the_role(demo_root: Path):
    mailbox.Maildir(demo_root / "Maildir")  # created empty
    one, two = maildir_app(demo_root, "ana"), maildir_app(demo_root, "olga")
    async with one.run_test() as p1:
        header = one.screen.query_one(DeskHeader)
        assert await until(p1, lambda: header.sync.startswith("synced"))
        deliver(demo_root / "Maildir", 1)  # no key pressed from here on
        assert await until(
            p1, lambda: any(t.subject == "Cannot log in 1" for t in main_of(one).queue.tickets)
        )
        assert await until(
            p1, lambda: any("Cannot log in 1" in n.message for n in one._notifications)
        )  # and a "New ticket" notification
        async with two.run_test() as p2:
            other = two.screen.query_one(DeskHeader)
            assert await until(p2, lambda: other.sync.startswith("sync: by "))
            assert "pid" in other.sync
            await p1.press("ctrl+q")  # the leader quits: the role is released...
            assert await until(p2, lambda: other.sync.startswith("synced"))  # ...and taken


async def test_sync_errors_show_per_source_in_the_header(tmp_path: Path):
    app = maildir_app(tmp_path, "ana")  # no Maildir folder at all
    async with app.run_test() as pilot:
        header = app.screen.query_one(DeskHeader)
        assert await until(pilot, lambda: header.sync_error)
        await pilot.pause(0.5)  # a few more cycles fail the same way
        assert header.sync.startswith("synced") and " · local: " in header.sync
        told = [n.message for n in app._notifications if n.title == "sync"]
        assert len(told) == 1 and "not a Maildir" in told[0]  # once, not every cycle


async def test_presence_shows_the_other_agent_writing(demo_root: Path):
    config = demo_config(demo_root)
    ana = SupportdeskApp(
        Desk(open_store(demo_root / "desk"), config, "ana"), clock=fixed_clock(NOW)
    )
    mihai = SupportdeskApp(
        Desk(open_store(demo_root / "desk"), config, "mihai"), clock=fixed_clock(NOW)
    )
    async with ana.run_test() as p1, mihai.run_test() as p2:
        await settle(p1)
        await settle(p2)
        a, m = main_of(ana), main_of(mihai)
        assert a.ticket is not None and m.ticket is not None and a.ticket.id == m.ticket.id
        bar = a.query_one(PresenceBar)
        assert await until(p1, lambda: bar.line == "also here: mihai (viewing)")
        m.editor.insert("Hi, I am looking into it")
        assert await until(p1, lambda: bar.line == "also here: mihai (writing)")
        assert bar.display and not m.query_one(PresenceBar).line.startswith("also here: mihai")
        await p2.press("j")  # mihai moves on: ana is alone again
        assert await until(p1, lambda: not bar.display)


async def _open_and_write(pilot, app, text: str) -> int:
    await settle(pilot)
    main = main_of(app)
    tid = main.ticket.id
    await pilot.press("r")
    main.editor.insert(text)
    return tid


async def test_a_note_by_another_agent_is_named_before_sending(make_app, demo_root, demo_desk):
    app = make_app()
    async with app.run_test() as pilot:
        tid = await _open_and_write(pilot, app, "We are on it.")
        mihai = Desk(open_store(demo_root / "desk"), demo_config(demo_root), "mihai")
        mihai.add_note(tid, "I called them, it is the card issuer")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert any("mihai added an internal note" in c for c in app.screen.checks)
        await pilot.press("y")  # confirms exactly what was shown: no second review
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        out = [m for m in demo_desk.conversation(tid) if m.direction is Direction.OUT]
        assert out[-1].text == "We are on it."


async def test_a_customer_message_during_review_asks_again(make_app, demo_root, demo_desk):
    app = make_app()
    async with app.run_test() as pilot:
        tid = await _open_and_write(pilot, app, "Refund is on its way.")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert not any("since you opened" in c for c in app.screen.checks)
        ticket = demo_desk.get_ticket(tid)
        ref = next(m.message_id for m in demo_desk.conversation(tid) if m.message_id)
        customer = Desk(open_store(demo_root / "desk"), demo_config(demo_root), "intake")
        customer.import_messages([Incoming(Message(
            tid, Direction.IN, ticket.customer, f"Re: {ticket.subject}", "Any news??",
            utcnow(), message_id="<news@example.com>", in_reply_to=ref,
        ))])  # fmt: skip
        assert demo_desk.get_ticket(tid).version != ticket.version
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen), "the outbox refused: asked again"
        assert any("new customer message" in c for c in app.screen.checks)
        assert not [m for m in demo_desk.conversation(tid) if m.direction is Direction.OUT
                    and m.text == "Refund is on its way."]  # fmt: skip
        await pilot.press("y")
        await settle(pilot)
        out = [m for m in demo_desk.conversation(tid) if m.direction is Direction.OUT]
        assert out[-1].text == "Refund is on its way."


async def test_own_note_is_not_a_collision(make_app, demo_desk):
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        main = main_of(app)
        tid = main.ticket.id
        await pilot.press("n")
        app.screen.query_one("TextArea").insert("checked the logs")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert main.opened is not None and main.opened.version == demo_desk.get_ticket(tid).version


async def test_assignment_by_someone_else_is_notified(make_app, demo_root):
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        main = main_of(app)
        target = next(t for t in main.queue.tickets if not t.assignee)
        olga = Desk(open_store(demo_root / "desk"), demo_config(demo_root), "olga")
        olga.assign(target.id, "ana")

        def told() -> bool:
            return any(f"#{target.id} assigned to you" in n.message for n in app._notifications)

        assert await until(pilot, told)
        tickets = main.queue.tickets
        other = next(t for t in tickets if not t.assignee and t.id != target.id)
        main.queue.move_to(tickets.index(other))
        await pilot.press("a")  # claiming one ourselves is not announced to ourselves
        await settle(pilot)
        assert olga.get_ticket(other.id).assignee == "ana"
        mine = [n for n in app._notifications if "assigned to you" in n.message]
        assert len(mine) == 1
