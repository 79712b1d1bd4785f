"""Background sync from inside the TUI: at most one process per desk pulls mail (MULTI-01).

Every agent's TUI offers to sync, but only the one holding the desk-wide `sync` role
(`Store.exclusive(SYNC_LOCK)`, the same role `supportdesk sync` takes) does; the others
show who holds it and try again every `RETRY_BUSY` seconds, so when the leader quits
or crashes (the lock dies with its process) another TUI takes over within one retry.
Three agents therefore never fetch the same mailbox three times.

`SyncRole.run` is the body of one long-lived thread worker. The role's lock must be
released by the thread that took it, so taking, syncing and releasing all happen in
that one thread; it waits in short slices so that quitting (the worker is cancelled,
or `stop()` is called) releases the role within a fraction of a second. It reports
through a callback, never by touching widgets. No Textual import here, and the sync
machinery (mail parsing: ~80 ms of imports) loads in the worker, not before the first
paint.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from supportdesk.errors import DeskError, StoreBusy
from supportdesk.models import utcnow

if TYPE_CHECKING:
    from supportdesk.config import Config
    from supportdesk.desk import Desk
    from supportdesk.sync import SourceReport, SyncService

RETRY_BUSY = 30.0  # seconds between attempts to take the role from another process
DEFAULT_POLL = 60.0
SLICE = 0.2  # longest a stop request waits to be noticed


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the header shows: a short state, one line per failing source."""

    text: str
    errors: list[str] = field(default_factory=list)
    imported: int = 0  # new messages in this cycle: the queue should reload now


def poll_interval(config: Config) -> float:
    """Seconds between cycles: the shortest `poll_seconds` of the sources (IMAP and
    Maildir sources have none: `DEFAULT_POLL`), as `supportdesk sync` does."""
    polls = [float(getattr(s, "poll_seconds", DEFAULT_POLL)) for s in config.sources]
    return max(1.0, min(polls or [DEFAULT_POLL]))


def error_lines(reports: dict[str, SourceReport]) -> list[str]:
    """One line per error, each naming its source."""
    lines = []
    for name, report in reports.items():
        for err in report.errors:
            lines.append(err if err.startswith(f"{name}:") else f"{name}: {err}")
    return lines


class SyncRole:
    """Take the desk's sync role when free; while held, sync every `interval` seconds."""

    def __init__(
        self,
        desk: Desk,
        report: Callable[[SyncStatus], None],
        *,
        interval: float,
        retry: float = RETRY_BUSY,
        clock: Callable[[], datetime] = utcnow,
        tz: tzinfo = UTC,
    ) -> None:
        self.desk = desk
        self.report = report
        self.interval = interval
        self.retry = retry
        self.clock = clock
        self.tz = tz
        self.held = False
        self._stop = threading.Event()

    def stop(self) -> None:
        """Ask the loop to release the role and return (safe from any thread)."""
        self._stop.set()

    def run(self, cancelled: Callable[[], bool] = lambda: False) -> None:
        """The worker's body: returns only when stopped or cancelled."""
        from supportdesk.sync import SYNC_LOCK

        while not self._stopped(cancelled):
            try:
                with self.desk.store.exclusive(SYNC_LOCK):
                    self.held = True
                    try:
                        self._lead(cancelled)
                    finally:
                        self.held = False
                return
            except StoreBusy as exc:
                self.report(SyncStatus(f"sync: by {exc.holder}"))
            except DeskError as exc:  # e.g. a source's credentials cannot be resolved
                self.report(SyncStatus("sync: failed", [str(exc)]))
            self._wait(self.retry, cancelled)

    def _lead(self, cancelled: Callable[[], bool]) -> None:
        from supportdesk.channels.registry import open_sources
        from supportdesk.sync import SyncService

        self.report(SyncStatus("sync: running…"))
        service = SyncService(self.desk, open_sources(self.desk.config))
        try:
            while not self._stopped(cancelled):
                self.report(self.cycle(service))
                self._wait(self.interval, cancelled)
        finally:
            service.close()

    def cycle(self, service: SyncService) -> SyncStatus:
        """One pass: every source, then the replies whose retry time has come."""
        reports = service.sync_once()
        errors = error_lines(reports)
        try:
            for outcome in self.desk.outbox().retry_due():
                if not outcome.sent:
                    errors.append(f"outbox: reply {outcome.message.id}: {outcome.error}")
        except Exception as exc:  # the outbox must not stop the sources from syncing
            errors.append(f"outbox: {type(exc).__name__}: {exc}")
        service.warm_report()
        imported = sum(r.result.imported for r in reports.values())
        at = self.clock().astimezone(self.tz).strftime("%H:%M")
        return SyncStatus(f"synced {at}", errors, imported)

    def _stopped(self, cancelled: Callable[[], bool]) -> bool:
        return self._stop.is_set() or cancelled()

    def _wait(self, seconds: float, cancelled: Callable[[], bool]) -> None:
        deadline = time.monotonic() + seconds
        while not self._stopped(cancelled):
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self._stop.wait(min(SLICE, left))
