"""Parser workers' results as compact bytes (mail/wire.py): every field comes back."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from supportdesk.mail.ingest import IngestOptions, ParserPool, _convert_chunk, convert
from supportdesk.mail.wire import pack, unpack
from supportdesk.models import (
    Attachment,
    Channel,
    Delivery,
    Direction,
    Incoming,
    Message,
    Person,
    Priority,
    Quarantined,
)
from supportdesk.store import open_store


def _everything_set() -> Incoming:
    """An item whose every field differs from its default (checked below), so a field
    the wire format forgot cannot come back equal by chance."""
    at = datetime(2026, 11, 23, 9, 15, 42, 123456, tzinfo=timezone(timedelta(hours=2)))
    message = Message(
        ticket_id=7,
        direction=Direction.OUT,
        sender=Person("Ана Попова", "ana@example.com"),
        subject="Счёт №5 / factura",
        text="Здравствуйте!\n\n> quoted\n-- \nsig",
        created_at=at,
        id="7-3",
        quoted_from=14,
        message_id="m1@example.com",
        in_reply_to="m0@example.com",
        references=["r1@example.com", "m0@example.com"],
        agent="maria",
        auto_reply=True,
        bounce=True,
        bulk=True,
        attachments=[Attachment("a.pdf", "application/pdf", 12, "ab" * 32)],
        delivery=Delivery.FAILED,
        delivery_error="550 no such user",
        attempts=2,
        in_doubt=True,
        next_attempt_at=datetime(2026, 11, 24, 0, 0, tzinfo=UTC),
        raw_blob="cd" * 32,
        reason="refers to <m0@example.com>; ",
    )
    item = Incoming(
        message=message,
        channel=Channel.HTTP,
        source="imap-main",
        language="ru",
        priority=Priority.HIGH,
        fingerprint="ef" * 32,
        subject_tag=42,
        bounced_ids=["ours@desk.example"],
        bounce_reason="5.1.1 user unknown",
    )
    for obj in (item, message):
        for f in dataclasses.fields(obj):
            if f.name in ("raw", "attachment_data"):  # the bytes stay with the worker
                continue
            default = (
                f.default_factory()  # type: ignore[misc]
                if f.default_factory is not dataclasses.MISSING
                else f.default
            )
            assert getattr(obj, f.name) != default, f.name
    return item


def test_every_field_round_trips() -> None:
    item = _everything_set()
    data = pack([item, item])
    assert isinstance(data, bytes)
    back = unpack(data)
    assert back == [item, item]
    assert back[0].message.created_at.utcoffset() == timedelta(hours=2)


def test_items_with_bytes_or_undecodable_text_stay_objects() -> None:
    """Quarantined input and items still holding raw or attachment bytes travel pickled,
    and so does text with lone surrogates (not valid UTF-8)."""
    plain = _everything_set()
    held = Quarantined(b"\x00garbage", "not a mail message", "imap", "uid 1")
    with_raw = dataclasses.replace(plain, raw=b"From: x\r\n\r\nhi")
    with_data = dataclasses.replace(plain, attachment_data=[b"%PDF"])
    surrogate = dataclasses.replace(
        plain, message=dataclasses.replace(plain.message, text="caf\udce9")
    )
    for odd in (held, with_raw, with_data, surrogate):
        chunk = [plain, odd]
        assert pack(chunk) == chunk
        assert unpack(pack(chunk)) == chunk


def test_worker_results_equal_the_same_conversion_in_process(tmp_path: Path) -> None:
    """Through real worker processes (bytes on the wire) the items are those a
    conversion in this process gives, apart from the blob writer's shared state."""
    raws = [
        (
            f"From: Ion <ion{n}@example.com>\r\nSubject: Comanda {n}\r\n"
            f"Message-ID: <w{n}@example.com>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0200\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            f"Bună ziua, comanda {n} nu a ajuns încă și vă rog să verificați.\r\n".encode(),
            f"test:{n}",
        )
        for n in range(64)
    ]
    store = open_store(tmp_path / "desk")
    opts = IngestOptions(source="t", blobs=store.blob_writer())
    assert isinstance(_convert_chunk(raws[:2], opts), bytes)  # what a worker sends
    pool = ParserPool(workers=2)
    try:
        got = pool.start(raws, opts).results()
    finally:
        pool.close()
    here = [convert(raw, origin, opts) for raw, origin in raws]
    assert len(got) == 64
    for a, b in zip(got, here, strict=True):
        assert isinstance(a, Incoming) and isinstance(b, Incoming)
        assert a.language == "ro"
        assert a == b
