"""Raw bytes to an `Incoming` message or a `Quarantined` item: the parse step of intake.

Parsing is CPU-bound (~2–3 ms a message with `policy.default`), so `convert_all` runs
it in worker processes on every core, keeping the caller's order so that replies are
stored after what they answer. A parser failure of any kind quarantines the message
with its raw bytes and the reason: nothing is dropped (reliability.md ING-10).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from supportdesk.mail.classify import classify
from supportdesk.mail.language import detect, warm_up, warm_up_in_background
from supportdesk.mail.parse import UnparseableMessage, parse_message
from supportdesk.mail.quote import split_quoted
from supportdesk.mail.thread import subject_tag
from supportdesk.mail.wire import pack, unpack
from supportdesk.models import (
    Attachment,
    Channel,
    Direction,
    Incoming,
    Message,
    Quarantined,
    utcnow,
)
from supportdesk.store import BlobWriter

if TYPE_CHECKING:
    from supportdesk.mail.oversized import Oversized

MAX_MESSAGE_BYTES = 40_000_000  # [desk] max_message_bytes: larger mail is kept raw (ING-07)


@dataclass(frozen=True, slots=True)
class IngestOptions:
    source: str = "import"
    max_attachment_bytes: int = 25_000_000
    max_message_bytes: int = MAX_MESSAGE_BYTES
    own_addresses: frozenset[str] = frozenset()
    # When set, raw mail and attachments are stored by the (worker) process that parsed
    # them: the bytes never travel back, and file creation runs on every core.
    blobs: BlobWriter | None = None


def fingerprint(sender: str, date: str, subject: str, text: str) -> str:
    """What makes two copies "the same message" although transport headers differ."""
    h = hashlib.sha256()
    for part in (sender.lower(), date, subject, text):
        h.update(part.encode("utf-8", "replace") + b"\0")
    return h.hexdigest()


def convert(
    raw: bytes, origin: str, opts: IngestOptions, received_at: datetime | None = None
) -> Incoming | Quarantined:
    received_at = received_at or utcnow()
    try:
        return _convert(raw, opts, received_at)
    except UnparseableMessage as exc:
        return Quarantined(raw, str(exc), opts.source, origin)
    except Exception as exc:
        return Quarantined(
            raw, f"parser error: {type(exc).__name__}: {exc}"[:300], opts.source, origin
        )


def _convert(raw: bytes, opts: IngestOptions, received_at: datetime) -> Incoming:
    p = parse_message(raw, received_at=received_at, max_attachment_bytes=opts.max_attachment_bytes)
    c = classify(p, own_addresses=opts.own_addresses)
    new_part, quoted = split_quoted(p.text)
    dated = p.date != received_at  # False: no usable Date header, we used arrival time
    notes = [*c.reasons, *p.problems]
    msg = Message(
        ticket_id=0,
        direction=Direction.IN,
        sender=p.sender,
        subject=p.subject,
        text=p.text,
        created_at=p.date,
        message_id=p.message_id,
        in_reply_to=p.in_reply_to,
        references=list(p.references),
        auto_reply=c.auto_reply,
        bounce=c.bounce,
        bulk=c.bulk,
        attachments=[Attachment(a.filename, a.content_type, a.size) for a in p.attachments],
        quoted_from=len(new_part) if quoted else -1,
        reason="; ".join(notes) + ("; " if notes else ""),
    )
    stored_raw: bytes | None = raw
    data = [a.data for a in p.attachments]
    if opts.blobs is not None:
        msg.raw_blob = opts.blobs.put(raw)
        for att, blob in zip(msg.attachments, data, strict=True):
            att.blob = opts.blobs.put(blob)
        stored_raw, data = None, []
    return Incoming(
        message=msg,
        raw=stored_raw,
        attachment_data=data,
        channel=Channel.EMAIL,
        source=opts.source,
        language=detect(f"{p.subject}\n{new_part}"),
        fingerprint=fingerprint(
            p.sender.email, p.date.isoformat() if dated else "", p.subject, p.text
        ),
        subject_tag=subject_tag(p.subject),
        bounced_ids=list(c.bounced_message_ids),
        bounce_reason=" ".join(x for x in (c.dsn_status, c.dsn_reason) if x),
    )


def convert_item(
    raw: bytes | Oversized, origin: str, opts: IngestOptions
) -> Incoming | Quarantined:
    """`convert`, or for mail over `max_message_bytes`, already stored whole by the
    reader, its placeholder (ING-07)."""
    if isinstance(raw, bytes):
        return convert(raw, origin, opts)
    from supportdesk.mail.oversized import convert_oversized  # (it imports this module)

    return convert_oversized(raw, opts)


Item = tuple["bytes | Oversized", str]  # (raw mail or its placeholder, origin)


def _convert_chunk(chunk: list[Item], opts: IngestOptions) -> bytes | list[Incoming | Quarantined]:
    """A worker's task: the chunk's items, as compact bytes when they can be (wire.py)."""
    return pack([convert_item(raw, origin, opts) for raw, origin in chunk])


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


CHUNK = 16  # messages per worker task: one task per message costs more than it parses


def default_workers() -> int:
    return min(4, os.cpu_count() or 1)


class ParserPool:
    """Worker processes for parsing, kept across batches: starting one costs a fork
    and the language model's load (~0.7 s), far more than a batch of small mail."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers if workers is not None else default_workers()
        self._pool: ProcessPoolExecutor | None = None
        self._warming: threading.Thread | None = None

    def prepare(self) -> None:
        """Start loading the language model in the background, before the first batch
        arrives: a sync calls it before connecting, so the load overlaps the login and
        the first fetch (the load ends before any worker forks, see `executor`)."""
        if self._pool is None and self._warming is None and self.workers > 1:
            self._warming = warm_up_in_background()

    def executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # Load the language model here, once, before the workers fork: they share it
            # instead of each spending ~0.6 s of CPU loading their own copy, a quarter
            # of all the CPU a first sync of 2,000 mails used (bench/sync.py). Forking
            # while the warm-up thread runs could copy a half-held lock: wait for it.
            if self._warming is not None:
                self._warming.join()
            warm_up()
            self._pool = ProcessPoolExecutor(max_workers=self.workers)
        return self._pool

    def start(
        self, items: list[tuple[bytes, str]], opts: IngestOptions, *, inline_below: int = 48
    ) -> Parsing:
        """Submit a whole batch (bounded by the source's batch size) and return at once.
        Fewer than `inline_below` messages (a live mailbox's trickle) are parsed in the
        caller when collected: shipping them to a worker costs more than it saves."""
        if self.workers <= 1 or len(items) < inline_below:
            return Parsing(items, opts)
        executor = self.executor()
        futures = [executor.submit(_convert_chunk, c, opts) for c in _chunks(items, CHUNK)]
        return Parsing(items, opts, futures)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


class Parsing:
    """One batch's conversion, started by `ParserPool.start` and collected by `results`.

    Between the two the caller is free: the sync service stores the previous batch and
    fetches the next one while the workers parse this one (fetch, parse and store
    overlap on every core instead of taking turns)."""

    def __init__(
        self,
        items: list[tuple[bytes, str]],
        opts: IngestOptions,
        futures: list[Future[bytes | list[Incoming | Quarantined]]] | None = None,
    ) -> None:
        self._items = items
        self._opts = opts
        self._futures = futures

    def results(self) -> list[Incoming | Quarantined]:
        """The converted items in the batch's order (waits for the workers)."""
        if self._futures is None:  # parsed here, the caller stores the bytes
            inline = replace(self._opts, blobs=None)
            return [convert(raw, origin, inline) for raw, origin in self._items]
        return [item for future in self._futures for item in unpack(future.result())]


def convert_all(
    items: Iterable[Item],
    opts: IngestOptions,
    workers: int | None = None,
    pool: ParserPool | None = None,
) -> Iterator[Incoming | Quarantined]:
    """Convert `(raw, origin)` pairs in order, in parallel when there are cores to use
    (`raw` may be an `Oversized` placeholder's source, see `convert_item`).

        Work goes to the processes in chunks (one task per message costs more in
        scheduling and pickling than a small message takes to parse), and at most a few
        chunks are in flight, so a large mailbox is never held in memory at once. Pass a
        long-lived `pool` to reuse its processes; otherwise one is made for this call.
    """
    workers = (
        pool.workers
        if pool is not None
        else (workers if workers is not None else default_workers())
    )
    if workers <= 1:
        inline = replace(opts, blobs=None)  # in one process the caller stores the bytes
        for raw, origin in items:
            yield convert_item(raw, origin, inline)
        return
    own = pool is None
    pool = pool or ParserPool(workers)
    try:
        executor = pool.executor()
        window: deque[Future[bytes | list[Incoming | Quarantined]]] = deque()
        for chunk in _chunks(items, CHUNK):
            window.append(executor.submit(_convert_chunk, chunk, opts))
            if len(window) >= workers * 3:
                yield from unpack(window.popleft().result())
        while window:
            yield from unpack(window.popleft().result())
    finally:
        if own:
            pool.close()
