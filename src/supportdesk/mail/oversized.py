"""Mail too large to parse becomes a placeholder ticket, its original kept whole (ING-07).

A 50 MB or 500 MB message must not take every poll down with it (Zammad keeps such mail
in `oversized_mail`, mbsync writes placeholders above `MaxSize`). Above `[desk]
max_message_bytes` a source never reads the message into memory: it stores the raw
bytes piece by piece as a blob and hands over only the beginning (`Oversized`). Here
that becomes a message on a ticket like any other, so nobody misses it: the header
gives sender, subject, date and threading, the text says why the body is not shown,
and the original is attached as `message.eml` for an agent to save. Nothing is
dropped, and the same mail fetched again is a duplicate like any other.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import BinaryIO

from supportdesk.mail.classify import classify
from supportdesk.mail.ingest import IngestOptions, fingerprint
from supportdesk.mail.parse import UnparseableMessage, parse_message, synthetic_message_id
from supportdesk.mail.thread import subject_tag
from supportdesk.models import Attachment, Channel, Direction, Incoming, Message, utcnow

HEAD_BYTES = 256 << 10  # what is read of an oversized message to name it: its header
STREAM_CHUNK = 4 << 20  # bytes read at a time from a message over max_message_bytes


@dataclass(frozen=True, slots=True)
class Oversized:
    """A message over `max_message_bytes` (ING-07): a source stored its raw bytes piece by
    piece as blob `blob` and read only its beginning (`head`, up to HEAD_BYTES)."""

    head: bytes
    size: int
    blob: str
    origin: str


def read_or_stream(
    fh: BinaryIO,
    origin: str,
    max_bytes: int,
    put_stream: Callable[[Iterable[bytes]], str],
) -> bytes | Oversized:
    """A message on disk (a Maildir or `.eml` file, one message of an mbox): its bytes,
    or, over `max_bytes`, an `Oversized` whose whole original `put_stream` stored a
    piece at a time, having read only its header (ING-07). `fh` is at the start."""
    start = fh.tell()
    fh.seek(0, os.SEEK_END)
    size = fh.tell() - start
    fh.seek(start)
    if size <= max_bytes:
        return fh.read()
    head = fh.read(HEAD_BYTES)
    fh.seek(start)
    blob = put_stream(iter(lambda: fh.read(STREAM_CHUNK), b""))
    return Oversized(head, size, blob, origin)


def convert_oversized(big: Oversized, opts: IngestOptions) -> Incoming:
    """A placeholder message for mail too large to parse or show: its header (sender,
    subject, date, threading, auto-reply signs) and a note, with the whole original
    attached as `message.eml`. It is never dropped and never loaded whole: a 500 MB
    mail costs HEAD_BYTES of memory, and the agent can still save the original."""
    end = min(
        (i for i in (big.head.find(b"\r\n\r\n"), big.head.find(b"\n\n")) if i >= 0), default=-1
    )
    header = big.head[:end] if end >= 0 else big.head[: big.head.rfind(b"\n") + 1]
    received = utcnow()
    note = (
        f"too large: {big.size:,} bytes, over max_message_bytes ({opts.max_message_bytes:,}); "
        "kept whole as message.eml, not parsed; "
    )
    text = (
        f"[This message is {big.size / 1e6:.1f} MB, over the desk's limit of "
        f"{opts.max_message_bytes / 1e6:.1f} MB (max_message_bytes), so it is not shown here. "
        "The original is kept whole: save the attachment message.eml to read it.]\n"
    )
    parsed = header + b"\r\n\r\n"
    try:
        p = parse_message(parsed, received_at=received, max_attachment_bytes=0)
    except UnparseableMessage as exc:
        note += f"header unreadable ({exc}); "
        parsed = b"Subject: \r\n\r\n"  # still a ticket: named by the note and the original
        p = parse_message(parsed, received_at=received, max_attachment_bytes=0)
    c = classify(p, own_addresses=opts.own_addresses)
    msg = Message(
        ticket_id=0,
        direction=Direction.IN,
        sender=p.sender,
        subject=p.subject,
        text=text,
        created_at=p.date,
        # Without a Message-ID: the id the whole mail would get (sha256 of the raw bytes).
        message_id=p.message_id
        if p.message_id != synthetic_message_id(parsed)
        else f"sd-{big.blob[:32]}@synthetic.invalid",
        in_reply_to=p.in_reply_to,
        references=list(p.references),
        auto_reply=c.auto_reply,
        bounce=c.bounce,
        bulk=c.bulk,
        attachments=[Attachment("message.eml", "message/rfc822", big.size, big.blob)],
        reason=note,
        raw_blob=big.blob,
    )
    dated = p.date != received
    return Incoming(
        message=msg,
        channel=Channel.EMAIL,
        source=opts.source,
        fingerprint=fingerprint(
            p.sender.email, p.date.isoformat() if dated else "", p.subject, big.blob
        ),
        subject_tag=subject_tag(p.subject),
    )
