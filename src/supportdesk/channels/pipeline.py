"""Fetch, parse and store overlapped, with one commit for several source batches.

A sync that takes turns leaves cores idle: the parser workers wait while the main
process commits, and the main process waits while they parse. `parsed_ahead` gathers
the source's batches into groups and hands a group out to be stored only once the next
group has been fetched and given to the parser pool, so on two cores the commit of one
group runs beside the parse of the next (bench/sync.py).

A group is stored in one commit: a commit rewrites every index shard and conversation
file its messages touch, whatever their number, so 1,000 messages in one commit create
about half the files that four commits of 250 do, and creating files is most of what a
commit costs. Groups are bounded in messages and bytes, so memory stays bounded too.

Acknowledging stays strictly after storing: the caller runs the group's `on_committed`
callbacks, in fetch order, once its commit returned; batches fetched but not yet stored
when the source fails are still handed out before the error is raised, so they are
stored and acknowledged like any others (ING-02, ING-05).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from supportdesk.channels.base import Batch
from supportdesk.mail.ingest import IngestOptions, ParserPool, Parsing
from supportdesk.mail.oversized import convert_oversized
from supportdesk.models import Incoming, Quarantined

# Messages per commit at most (a first sync; a live trickle is less). Each commit also
# rewrites the conversations its replies touch (bundles.py) and every index shard, so
# fewer, larger commits write less: 2,000 against 1,000 cut a 5,000-mail first sync's
# main-process CPU by ~15% (bench/sync.py); GROUP_BYTES still bounds the memory.
GROUP_MESSAGES = 2000
GROUP_BYTES = 64 << 20  # raw bytes per group at most: a group of large mail closes early


@dataclass(slots=True)
class Group:
    """Source batches stored together; `acknowledge` runs their callbacks in order."""

    opts: IngestOptions
    batches: list[tuple[Batch, Parsing]] = field(default_factory=list)
    messages: int = 0
    size: int = 0

    def add(self, batch: Batch, parsing: Parsing) -> None:
        self.batches.append((batch, parsing))
        self.messages += len(batch.raws) + len(batch.items) + len(batch.oversized)
        self.size += sum(len(raw) for raw, _ in batch.raws)

    def full(self, messages: int, size: int) -> bool:
        return self.messages >= messages or self.size >= size

    def items(self) -> list[Incoming | Quarantined]:
        """Every converted item in fetch order (waits for the workers); mail over
        `max_message_bytes` becomes its placeholder here (ING-07)."""
        found: list[Incoming | Quarantined] = []
        for batch, parsing in self.batches:
            found += batch.items
            found += (convert_oversized(big, self.opts) for big in batch.oversized)
            found += parsing.results()
        return found

    def acknowledge(self) -> None:
        for batch, _ in self.batches:
            batch.on_committed()


def parsed_ahead(
    batches: Iterable[Batch],
    opts: IngestOptions,
    pool: ParserPool,
    *,
    messages: int = GROUP_MESSAGES,
    size: int = GROUP_BYTES,
) -> Iterator[Group]:
    """Groups of the source's batches, each handed out once the next one is parsing."""
    source = iter(batches)
    ready: Group | None = None  # full, waiting until its successor is submitted
    filling = Group(opts)
    # Groups grow from one batch to `messages`: the first commit cannot overlap any
    # parse, so it starts early; later ones are large and few.
    limit = 1
    while True:
        try:
            batch = next(source)
        except StopIteration:
            break
        except Exception:
            # Fetched before the failure: stored (and acknowledged) first, then the error.
            yield from (g for g in (ready, filling) if g is not None and g.batches)
            raise
        filling.add(batch, pool.start(batch.raws, opts))
        if filling.full(limit, size):
            if ready is not None:
                yield ready
            ready, filling = filling, Group(opts)
            limit = min(messages, max(limit, ready.messages) * 2)
    yield from (g for g in (ready, filling) if g is not None and g.batches)
