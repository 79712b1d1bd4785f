"""`parsed_ahead`: the sync's fetch/parse/store overlap keeps order and loses nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from supportdesk.channels.base import Batch
from supportdesk.channels.pipeline import parsed_ahead
from supportdesk.mail.ingest import IngestOptions, ParserPool
from supportdesk.models import Incoming


def raw(n: int) -> tuple[bytes, str]:
    return (
        f"From: c{n}@example.com\r\nSubject: Order {n}\r\nMessage-ID: <p{n}@example.com>\r\n"
        f"\r\nWhere is my order {n}?\r\n".encode(),
        f"test:{n}",
    )


def test_groups_keep_fetch_order_and_are_handed_out_one_group_late() -> None:
    """Group k is handed out only after the first batch of group k+1 was fetched (so it
    parses while k is stored); every batch comes out once, in order; groups grow."""
    pulled: list[int] = []

    def source() -> Iterator[Batch]:
        for n in range(7):
            pulled.append(n)
            yield Batch(raws=[raw(n)], on_committed=lambda n=n: acked.append(n))

    acked: list[int] = []
    pool = ParserPool(workers=1)
    seen: list[list[str]] = []
    for group in parsed_ahead(source(), IngestOptions(), pool, messages=4):
        items = group.items()
        assert all(isinstance(i, Incoming) for i in items)
        seen.append([i.message.subject for i in items if isinstance(i, Incoming)])
        if len(pulled) < 7:  # the next group's first batch is already fetched
            assert pulled[-1] >= sum(len(s) for s in seen)
        group.acknowledge()
    pool.close()
    assert [len(s) for s in seen] == [1, 2, 4]  # limits 1, 2, then `messages`
    assert [s for g in seen for s in g] == [f"Order {n}" for n in range(7)]
    assert acked == list(range(7))


def test_batches_fetched_before_a_source_error_are_handed_out_first() -> None:
    def source() -> Iterator[Batch]:
        yield Batch(raws=[raw(1)])
        yield Batch(raws=[raw(2)])
        raise OSError("connection lost")

    pool = ParserPool(workers=1)
    out: list[str] = []
    with pytest.raises(OSError, match="connection lost"):
        for group in parsed_ahead(source(), IngestOptions(), pool):
            out += [i.message.subject for i in group.items() if isinstance(i, Incoming)]
    pool.close()
    assert out == ["Order 1", "Order 2"]
