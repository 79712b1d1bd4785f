"""`add_message` appends to a conversation without TinyDB and writes what TinyDB's
insert wrote: the same document, ids and order (store/tinydesk.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tinydb import TinyDB
from tinydb.storages import MemoryStorage

from supportdesk.models import Direction, Message, Person, Ticket, utcnow
from supportdesk.store import codec, open_store


def _message(ticket_id: int, n: int) -> Message:
    return Message(
        ticket_id=ticket_id,
        direction=Direction.IN,
        sender=Person("Ion", "ion@example.com"),
        subject=f"Re: order {n}",
        text=f"message {n}",
        created_at=utcnow(),
        message_id=f"m{n}@example.com",
    )


@pytest.mark.parametrize("tickets", [1, 6])  # an own conversation file, and a bundle
def test_conversation_is_the_document_tinydb_insert_wrote(tmp_path: Path, tickets: int) -> None:
    store = open_store(tmp_path / "desk")
    with store.transaction() as tx:
        ids = [
            tx.new_ticket(Ticket(id=0, subject="Order", customer=Person("", "ion@example.com"))).id
            for _ in range(tickets)
        ]
        for n in range(3):
            for ticket_id in ids:
                tx.add_message(_message(ticket_id, n))
    with store.transaction() as tx:  # a later commit appends to what is on disk
        assert tx.add_message(_message(ids[0], 3)).id == f"{ids[0]}-4"

    reference = TinyDB(storage=MemoryStorage)
    table = reference.table("messages")
    stored = store.messages(ids[0])
    for m in stored:
        seq = int(m.id.rpartition("-")[2])
        table.insert(table.document_class(codec.message_to_dict(m), doc_id=seq))
    assert [m.id for m in stored] == [f"{ids[0]}-{n}" for n in (1, 2, 3, 4)]
    assert [m.text for m in stored] == [f"message {n}" for n in range(4)]
    assert store.conversation(ids[0]) == reference.storage.read()


def test_a_taken_sequence_number_is_refused_as_tinydb_did(tmp_path: Path) -> None:
    """Messages are never deleted, so ids are 1..n; a gap would make the next id one that
    is taken: refused, never overwritten."""
    store = open_store(tmp_path / "desk")
    with store.transaction() as tx:
        ticket = tx.new_ticket(Ticket(id=0, subject="Order", customer=Person("", "a@b.c")))
        path = tx.conversation(ticket.id)
        tx.stage(path, {"messages": {"2": codec.message_to_dict(_message(ticket.id, 0))}})
        with pytest.raises(ValueError, match="already exists"):
            tx.add_message(_message(ticket.id, 1))
