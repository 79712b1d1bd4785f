"""What every source gives the sync service, and what it gets back.

A source yields batches of raw mail (or, for the HTTP inbox, ready `Incoming` items)
with an `on_committed` callback. The sync service stores a batch and only then calls
the callback, which is where a source marks mail `\\Seen`, moves it, or advances its
cursor: nothing is acknowledged upstream before it is durable here (ING-02, HTTP-04).
State a source must remember between runs (UIDVALIDITY and last UID, an HTTP cursor)
lives in the desk's store through `SourceState`, so every agent's process sees it.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from supportdesk.mail.ingest import MAX_MESSAGE_BYTES
from supportdesk.mail.oversized import Oversized
from supportdesk.models import Incoming, Quarantined
from supportdesk.store import Store

SOURCE_STATE = "source-state"  # store index: source name → its sync state


class SourceState:
    """A source's persistent state: one JSON object per source in the desk's store.

    It also carries what a source needs from the desk while fetching: the size above
    which a message is kept raw behind a placeholder instead of being read whole
    (ING-07), and a way to store such a message's bytes piece by piece."""

    def __init__(self, store: Store, name: str, max_message_bytes: int = MAX_MESSAGE_BYTES) -> None:
        self._store = store
        self.name = name
        self.max_message_bytes = max_message_bytes

    def put_blob_stream(self, chunks: Iterable[bytes]) -> str:
        """Store a message arriving in pieces without holding it whole; its sha256.
        Durable with the commit of the batch that names it."""
        return self._store.put_blob_stream(chunks)

    def load(self) -> dict[str, Any]:
        return dict(self._store.index_get(SOURCE_STATE, self.name) or {})

    def save(self, state: dict[str, Any]) -> None:
        with self._store.transaction() as tx:
            tx.index_put(SOURCE_STATE, self.name, state)


@dataclass(slots=True)
class Batch:
    """Messages fetched together; `on_committed` runs once they are stored."""

    raws: list[tuple[bytes, str]] = field(default_factory=list)  # (raw mail, origin)
    items: list[Incoming | Quarantined] = field(default_factory=list)  # already converted
    oversized: list[Oversized] = field(default_factory=list)  # kept raw, not parsed (ING-07)
    on_committed: Callable[[], None] = lambda: None


@dataclass(frozen=True, slots=True)
class Check:
    """One line of `doctor`: what was checked, whether it held, and the detail."""

    what: str
    ok: bool
    detail: str


class Source(ABC):
    name: str
    kind: str

    @abstractmethod
    def fetch(self, state: SourceState) -> Iterator[Batch]:
        """New messages since the last run, in batches; must be bounded in time."""

    @abstractmethod
    def check(self) -> list[Check]:
        """Connection, login and folder checks for `doctor`, one line each."""

    def wait(self, stop: threading.Event, seconds: float) -> bool:
        """Wait for new mail or `seconds`, whichever comes first; True if mail came.
        Polling sources just sleep; IMAP overrides this with IDLE."""
        stop.wait(seconds)
        return False

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections; called when the sync service stops."""
