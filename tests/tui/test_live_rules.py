"""The rules behind notifications, collision lines and the sync role, without a UI."""

from __future__ import annotations

import dataclasses
import threading
from datetime import timedelta
from pathlib import Path

from supportdesk.config import load_config
from supportdesk.desk import Desk
from supportdesk.errors import StoreBusy
from supportdesk.models import Direction, Message, Person, Ticket
from supportdesk.store import open_store
from supportdesk.sync import SYNC_LOCK
from supportdesk.tui.collision import Opened, changes_since
from supportdesk.tui.notices import Notifier
from supportdesk.tui.sync_role import SyncRole, poll_interval
from tests.tui.conftest import NOW


def ticket(tid: int, **kw) -> Ticket:
    return Ticket(tid, f"subject {tid}", Person("C", "c@example.com"), **kw)


def test_notifier_baseline_then_new_assigned_and_due_once():
    n = Notifier("ana")
    old = [ticket(1), ticket(2, assignee="olga")]
    assert n.update(old, NOW) == []  # what was there at start is not news
    due = ticket(3, due_at=NOW + timedelta(minutes=10))
    moved = dataclasses.replace(old[1], assignee="ana")
    notices = n.update([old[0], moved, due], NOW)
    assert [x.kind for x in notices] == ["new", "assigned", "due"]
    assert notices[2].text == "#3 due in 10 min: subject 3"
    assert n.update([old[0], moved, dataclasses.replace(due)], NOW) == []  # told once


def test_notifier_skips_own_claims_far_deadlines_and_sums_bursts():
    n = Notifier("ana")
    n.update([ticket(1)], NOW)
    n.expect_assignment(1)
    later = NOW + timedelta(hours=2)
    assert n.update([ticket(1, assignee="ana", due_at=later)], NOW) == []
    burst = [ticket(i) for i in range(2, 8)]
    (summary,) = n.update([ticket(1, assignee="ana"), *burst], NOW)
    assert summary.text == "6 new tickets"


def test_changes_since_names_who_did_what():
    t = ticket(7, assignee="ana")
    seen = Message(7, Direction.IN, t.customer, "s", "hi", NOW, id="7-1")
    opened = Opened(t, {seen.id})
    fresh = dataclasses.replace(t, version=3, assignee="olga")
    new = [
        seen,
        Message(7, Direction.IN, Person("Cus", "c@x"), "s", "?", NOW, id="7-2"),
        Message(7, Direction.OUT, t.customer, "s", "r", NOW - timedelta(minutes=2), id="7-3",
                agent="mihai"),
        Message(7, Direction.NOTE, t.customer, "s", "n", NOW, id="7-4", agent="ana"),
    ]  # fmt: skip
    lines = changes_since(opened, fresh, new, "ana", NOW)
    assert lines == [
        "since you opened #7: a new customer message from Cus arrived just now",
        "since you opened #7: mihai replied 2m ago",
        "since you opened #7: it was assigned to olga (was ana)",
    ]
    assert changes_since(opened, t, new, "ana", NOW) == []  # same version: nothing


def test_opened_advances_only_past_our_own_single_change():
    opened = Opened(ticket(7, version=2))
    assert not opened.advance(ticket(7, version=4))  # someone slipped in between
    assert opened.advance(ticket(7, version=3)) and opened.version == 3


def test_sync_role_reports_the_holder_and_releases_on_stop(tmp_path: Path):
    desk = Desk(open_store(tmp_path / "desk"), load_config(None), "ana")
    assert poll_interval(desk.config) == 60.0
    seen: list[str] = []
    role = SyncRole(desk, lambda s: seen.append(s.text), interval=60, retry=60)
    with desk.store.exclusive(SYNC_LOCK):
        thread = threading.Thread(target=role.run)
        thread.start()
        while not seen:
            thread.join(0.01)
        role.stop()
        thread.join(5)
    assert not thread.is_alive()
    assert seen[0].startswith("sync: by ") and "pid" in seen[0]
    assert StoreBusy("x: sync is already running (ana@h pid 1)").holder == "ana@h pid 1"
    assert StoreBusy("desk locked").holder == "another process"
