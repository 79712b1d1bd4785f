"""The store interface: what everything above `store/` may ask of a desk's storage.

The embedded TinyDB desk is the default; a PostgreSQL backend is planned behind the same
interface (design.md), so callers never see paths, files or locks, only tickets,
messages, events, blobs and transactions.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Container, Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import Any

from supportdesk.models import Event, Message, Status, Ticket


class BlobWriter(ABC):
    """Stores blobs from another process; durability is settled by `Store.adopt_blobs`."""

    @abstractmethod
    def put(self, data: bytes) -> str:
        """Store `data` by content (not yet durable); returns its sha256."""


class Transaction(ABC):
    """A unit of change applied all-or-nothing, serialised with every other writer.

    Everything read through a transaction is the latest committed state (re-read under
    the lock), so a decision such as "is this ticket still unclaimed?" cannot act on a
    stale view (reliability.md STORE-03).
    """

    @abstractmethod
    def get_ticket(self, ticket_id: int) -> Ticket: ...

    @abstractmethod
    def new_ticket(self, ticket: Ticket) -> Ticket:
        """Store a new ticket under a fresh id, unique across all processes."""

    @abstractmethod
    def put_ticket(self, ticket: Ticket) -> None:
        """Save a changed ticket (its version is bumped)."""

    @abstractmethod
    def messages(self, ticket_id: int) -> list[Message]: ...

    @abstractmethod
    def add_message(self, message: Message) -> Message:
        """Append a message to its ticket; assigns `message.id`."""

    @abstractmethod
    def put_message(self, message: Message) -> None:
        """Save a changed message (e.g. its delivery state)."""

    @abstractmethod
    def index_get(self, index: str, key: str) -> Any: ...

    @abstractmethod
    def index_put(self, index: str, key: str, value: Any) -> None:
        """Set a key in a named lookup index (Message-ID → ticket, source cursors...);
        None removes it."""

    @abstractmethod
    def log(self, event: Event) -> None:
        """Append to the audit log, committed together with the changes."""


class Store(ABC):
    @abstractmethod
    def transaction(self) -> AbstractContextManager[Transaction]: ...

    @abstractmethod
    def list_tickets(self, statuses: Iterable[Status] | None = None) -> list[Ticket]:
        """Tickets with one of `statuses` (all when None), in id order.

        The returned objects are a shared read-only view: change tickets only through
        a transaction.
        """

    @abstractmethod
    def get_ticket(self, ticket_id: int) -> Ticket: ...

    @abstractmethod
    def messages(self, ticket_id: int) -> list[Message]: ...

    @abstractmethod
    def index_get(self, index: str, key: str) -> Any: ...

    @abstractmethod
    def index_items(self, index: str) -> dict[str, Any]:
        """Every key of a named index (for listings such as the quarantine)."""

    @abstractmethod
    def events(self, since: datetime | None = None) -> Iterator[Event]: ...

    def event_dicts(
        self,
        kinds: Collection[str] | None = None,
        tickets: Container[int] | None = None,
        since: datetime | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Every event (only `kinds` and only about `tickets`, if given) in its JSON form
        (`codec.event_to_dict`), in commit order. For bulk readers such as the report,
        which would otherwise spend most of their time building Event objects; backends
        override it. `since` lets a backend skip what was logged before it (it may still
        yield some older events: a filter on the files read, not on each event)."""
        from supportdesk.store import codec

        for event in self.events(since):
            if (kinds is None or event.kind in kinds) and (
                tickets is None or event.ticket_id in tickets
            ):
                yield codec.event_to_dict(event)

    def event_segments(self) -> list[Path] | None:
        """The event log's append-only files in commit order, for readers that keep a
        summary of the log by byte offset (`metrics.summary`); None when the backend
        has no such files (then they read the whole log every time)."""
        return None

    def summary_path(self, name: str) -> Path | None:
        """Where a derived, rebuildable summary named `name` may be kept (None: nowhere)."""
        return None

    def segment_dicts(
        self, data: bytes, kinds: Collection[str] | None = None
    ) -> Iterator[dict[str, Any]]:
        """`event_dicts` over a byte range of one of `event_segments()`."""
        raise NotImplementedError

    def tickets_with_events(self, since: datetime) -> set[int] | None:
        """The tickets with an event logged at or after `since`, possibly a few more
        (a backend may answer by coarser time slices), or None for "all of them": what
        a report over a recent period must read the whole history of."""
        return {e.ticket_id for e in self.events(since) if e.ticket_id is not None}

    @abstractmethod
    def secret(self, name: str) -> bytes:
        """A random per-desk key, created on first use (e.g. to sign Message-IDs)."""

    @abstractmethod
    def exclusive(self, name: str) -> AbstractContextManager[None]:
        """Hold a named desk-wide role (e.g. "sync") or raise StoreBusy naming the holder."""

    @abstractmethod
    def put_blob(self, data: bytes) -> str:
        """Store bytes by content; returns their sha256. Idempotent."""

    def put_blob_stream(self, chunks: Iterable[bytes]) -> str:
        """Store bytes that arrive in pieces (a mail too large to hold in memory, ING-07);
        durable, like `adopt_blobs`, before the next commit. Backends override this to
        write piece by piece; this fallback joins them."""
        return self.put_blob(b"".join(chunks))

    @abstractmethod
    def get_blob(self, digest: str) -> bytes: ...

    @abstractmethod
    def blob_writer(self) -> BlobWriter:
        """A picklable writer other processes (the parser workers) can store blobs with."""

    @abstractmethod
    def adopt_blobs(self, digests: list[str]) -> None:
        """Blobs a `blob_writer` stored elsewhere: made durable before the next commit."""

    @abstractmethod
    def has_blob(self, digest: str) -> bool: ...
