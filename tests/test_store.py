"""The store on its own: layout, freshness across handles, permissions, bad files."""

from __future__ import annotations

import json
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from supportdesk.errors import Conflict, NotFound, StoreError
from supportdesk.models import Direction, Message, Person, Status, Ticket, utcnow
from supportdesk.store import open_store
from supportdesk.store.tinydesk import TinyDeskStore


def new_ticket(store, subject: str = "Help", status: Status = Status.NEW) -> Ticket:
    with store.transaction() as tx:
        t = tx.new_ticket(
            Ticket(id=0, subject=subject, customer=Person("C", "c@example.com"), status=status)
        )
        tx.add_message(
            Message(
                t.id, Direction.IN, t.customer, subject, "body", utcnow(), message_id=f"{subject}@x"
            )
        )
        t.message_count = 1
        tx.put_ticket(t)
    return t


def test_ids_are_small_unique_integers(data_dir: Path) -> None:
    store = open_store(data_dir)
    assert [new_ticket(store, f"t{i}").id for i in range(5)] == [1, 2, 3, 4, 5]


def test_closed_tickets_move_to_the_archive_and_back(data_dir: Path) -> None:
    store = open_store(data_dir)
    t = new_ticket(store)
    hot, cold = store.ticket_paths(t.id)  # type: ignore[attr-defined]
    with store.transaction() as tx:
        fresh = tx.get_ticket(t.id)
        fresh.status = Status.CLOSED
        tx.put_ticket(fresh)
    assert str(t.id) in json.loads(cold.read_bytes())["tickets"]
    assert str(t.id) not in json.loads(hot.read_bytes())["tickets"]
    assert store.list_tickets([Status.NEW, Status.OPEN]) == []
    assert [x.id for x in store.list_tickets([Status.CLOSED])] == [t.id]
    with store.transaction() as tx:
        fresh = tx.get_ticket(t.id)
        fresh.status = Status.OPEN
        tx.put_ticket(fresh)
    assert [x.id for x in store.list_tickets([Status.OPEN])] == [t.id]
    assert str(t.id) not in json.loads(cold.read_bytes())["tickets"]


def test_old_solved_tickets_are_swept_to_the_archive(data_dir: Path) -> None:
    store = TinyDeskStore(data_dir, archive_after=timedelta(days=14))
    recent = new_ticket(store, "recent", Status.SOLVED)
    old = new_ticket(store, "old", Status.SOLVED)
    with store.transaction() as tx:
        t = tx.get_ticket(old.id)
        t.updated_at = utcnow() - timedelta(days=30)
        tx.put_ticket(t)  # placement is decided at write time: this one goes cold
    assert store.sweep_archive() == 0
    _, cold = store.ticket_paths(old.id)
    assert str(old.id) in json.loads(cold.read_bytes())["tickets"]
    assert {t.id for t in store.list_tickets([Status.SOLVED])} == {recent.id, old.id}


def test_second_handle_sees_changes_without_reopening(data_dir: Path) -> None:
    """Two handles stand for two agents' processes: each reloads only changed files."""
    a, b = open_store(data_dir), open_store(data_dir)
    t = new_ticket(a)
    assert b.get_ticket(t.id).subject == "Help"
    with b.transaction() as tx:
        fresh = tx.get_ticket(t.id)
        fresh.assignee = "mihai"
        tx.put_ticket(fresh)
    assert a.get_ticket(t.id).assignee == "mihai"


def test_claim_decides_on_fresh_data_not_a_stale_view(desk, data_dir: Path, config) -> None:
    """STORE-03: A looked at the ticket, B claimed it, A's claim must see B's."""
    from supportdesk.desk import Desk

    t = new_ticket(desk.store)
    desk.list_tickets()  # A's cached view: unclaimed
    other = Desk(open_store(data_dir), config, "mihai")
    other.claim(t.id)
    with pytest.raises(Conflict, match=r"ticket #1: already claimed by mihai"):
        desk.claim(t.id)
    assert desk.claim(t.id, steal=True).assignee == "ana"
    kinds = [(e.kind, e.agent) for e in desk.store.events()]
    assert ("claim", "mihai") in kinds and ("steal", "ana") in kinds


def test_files_and_dirs_are_for_the_desk_group_only(data_dir: Path) -> None:
    old = os.umask(0o022)  # a typical login umask would drop group write
    try:
        store = open_store(data_dir)
        new_ticket(store)
        store.put_blob(b"raw")
    finally:
        os.umask(old)
    for path in [data_dir, *data_dir.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        if path.is_dir():
            assert mode == 0o2770, path
        else:
            assert mode == 0o660, path


def test_planted_symlink_lock_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "desk"
    store = open_store(root)
    (root / "desk.lock").unlink()
    (root / "desk.lock").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(StoreError, match="symbolic link"), store.transaction():
        pass


def test_corrupt_file_is_named_not_reset(data_dir: Path) -> None:
    store = open_store(data_dir)
    t = new_ticket(store)
    hot, _ = store.ticket_paths(t.id)  # type: ignore[attr-defined]
    hot.write_text('{"tickets": {')
    with pytest.raises(StoreError, match=r"0000\.json: corrupt JSON"):
        open_store(data_dir).list_tickets()


def test_blobs_are_content_addressed(data_dir: Path) -> None:
    store = open_store(data_dir)
    digest = store.put_blob(b"hello")
    assert digest == store.put_blob(b"hello")
    assert store.get_blob(digest) == b"hello"
    with pytest.raises(NotFound):
        store.get_blob("0" * 64)
    with pytest.raises(StoreError):
        store.get_blob("../../etc/passwd")


def test_torn_event_line_is_skipped(data_dir: Path) -> None:
    store = open_store(data_dir)
    new_ticket(store)
    from supportdesk.config import load_config
    from supportdesk.desk import Desk

    Desk(store, load_config(None), "ana").set_status(1, "open")
    log = next((data_dir / "events").glob("*.jsonl"))
    with log.open("ab") as fh:
        fh.write(b'{"kind": "status", "ticket_')  # a crash mid-append
    assert [e.kind for e in store.events()] == ["status"]


def test_unknown_schema_is_refused(data_dir: Path) -> None:
    open_store(data_dir)
    (data_dir / "desk.json").write_text('{"schema": 99}')
    with pytest.raises(StoreError, match="unsupported desk schema 99"):
        open_store(data_dir)
