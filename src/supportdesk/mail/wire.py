"""Parser workers' results as compact JSON bytes instead of pickled objects.

A worker's results travel back to the sync's main process through a pipe. Pickling
`Incoming` objects (slotted dataclasses, a `Message`, `Person`s, enums, datetimes) cost
the worker ~35 µs a message and the receiving thread of the main process ~20–40 µs,
with the GIL held, beside the main thread's fetching and committing. When the worker
stored the bytes itself (`IngestOptions.blobs`), what is left is text and a few fields:
orjson writes them in ~12 µs and reads them back in C.

Only such chunks are packed: a `Quarantined` item or one still carrying raw or
attachment bytes (no blob writer), or text that is not valid UTF-8 (lone surrogates
from undecodable input), leaves the chunk as a list, which the pool pickles as before.
The message goes through the store's own JSON mapping (`codec`), so every field the
desk keeps round-trips (tests/test_wire.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import orjson

from supportdesk.models import Channel, Incoming, Priority, Quarantined
from supportdesk.store import codec

Items = list[Incoming | Quarantined]


def pack(items: Sequence[Incoming | Quarantined]) -> bytes | Items:
    """The items as one JSON document when they all can be, else the list itself."""
    rows: list[list[object]] = []
    for item in items:
        if not isinstance(item, Incoming) or item.raw is not None or item.attachment_data:
            return list(items)
        rows.append(
            [
                codec.message_to_dict(item.message),
                item.channel.value,
                item.source,
                item.language,
                item.priority.value,
                item.fingerprint,
                item.subject_tag,
                item.bounced_ids,
                item.bounce_reason,
            ]
        )
    try:
        return orjson.dumps(rows)
    except TypeError:  # lone surrogates: not valid UTF-8, let pickle carry them
        return list(items)


def unpack(data: bytes | Items) -> Items:
    """What `pack` made, as items again."""
    if not isinstance(data, bytes):
        return data
    found: Items = []
    for message, channel, source, lang, priority, fp, tag, bounced, reason in orjson.loads(data):
        found.append(
            Incoming(
                message=codec.message_from_dict(message),
                channel=Channel(channel),
                source=source,
                language=lang,
                priority=Priority(priority),
                fingerprint=fp,
                subject_tag=tag,
                bounced_ids=bounced,
                bounce_reason=reason,
            )
        )
    return found
