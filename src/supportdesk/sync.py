"""Bring every source's new mail into the queue: the service `sync` and the TUI share.

One process per desk syncs at a time (a leader lock next to the queue, MULTI-01), so
three agents' TUIs never fetch the same mailbox three times. One failing source never
stops the others: its error is reported on its own line and the next cycle retries.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from supportdesk.channels.base import Source, SourceState
from supportdesk.channels.pipeline import parsed_ahead
from supportdesk.desk import Desk
from supportdesk.errors import DeskError
from supportdesk.intake import ImportResult
from supportdesk.mail.ingest import IngestOptions, ParserPool

SYNC_LOCK = "sync"
# How often the syncing process brings the response-time report's summary up to date
# (issue 9): a lead's report then reads only what was logged since, never the whole log.
REPORT_WARM_SECONDS = 300.0
Progress = Callable[[str, int], None]  # (source name, messages stored so far)


@dataclass(slots=True)
class SourceReport:
    result: ImportResult = field(default_factory=ImportResult)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "UIDVALIDITY changed: rescanned"

    def as_dict(self) -> dict[str, Any]:
        data = self.result.as_dict()
        data.pop("tickets")
        return data | {"errors": list(self.errors), "notes": list(self.notes)}


class SyncService:
    def __init__(
        self, desk: Desk, sources: Iterable[Source], progress: Progress | None = None
    ) -> None:
        self.desk = desk
        self.sources = list(sources)
        self.progress = progress
        self._pool = ParserPool()
        self._report_warmed = -REPORT_WARM_SECONDS  # the first cycle warms it

    def sync_once(self) -> dict[str, SourceReport]:
        return {src.name: self._sync_source(src) for src in self.sources}

    def _sync_source(self, src: Source) -> SourceReport:
        report = SourceReport()
        opts = IngestOptions(
            source=src.name,
            max_attachment_bytes=self.desk.config.desk.attachment_max_bytes,
            max_message_bytes=self.desk.config.desk.max_message_bytes,
            own_addresses=self.desk.own_addresses(),
            blobs=self.desk.store.blob_writer(),
        )
        self._pool.prepare()  # the language model loads while we connect and fetch
        try:
            # Groups of batches: the next is fetched and parsed while one is stored, in
            # one commit, and only then acknowledged at the source (pipeline.py).
            state = SourceState(self.desk.store, src.name, opts.max_message_bytes)
            fetched = src.fetch(state)
            for group in parsed_ahead(fetched, opts, self._pool):
                items = group.items()
                report.result.add(self.desk.import_messages(items, max(len(items), 1)))
                group.acknowledge()
                if self.progress:
                    self.progress(src.name, report.result.imported + report.result.duplicates)
        except DeskError as exc:
            report.errors.append(str(exc))
        except OSError as exc:
            report.errors.append(f"{src.name}: {exc.strerror or exc}")
        except Exception as exc:
            report.errors.append(f"{src.name}: {type(exc).__name__}: {exc}")
        notes = getattr(src, "notes", None)
        if notes:  # the source's remarks on this run move into its report
            report.notes, notes[:] = list(notes), []
        return report

    def run(
        self,
        stop: threading.Event,
        interval: float,
        on_cycle: Callable[[dict[str, SourceReport]], None],
    ) -> None:
        """Sync, retry replies whose backoff elapsed, then wait `interval` seconds or
        until `stop` is set; until stopped."""
        while not stop.is_set():
            reports = self.sync_once()
            outbox = SourceReport()
            for outcome in self.desk.outbox().retry_due():
                if not outcome.sent:
                    outbox.errors.append(f"reply {outcome.message.id}: {outcome.error}")
            if outbox.errors:
                reports["outbox"] = outbox
            on_cycle(reports)
            self.warm_report()
            # One IMAP source can IDLE (sync as mail arrives); the rest are polled at
            # `interval` either way, since the wait never exceeds it.
            idler = next((src for src in self.sources if src.kind == "imap"), None)
            if idler is not None:
                idler.wait(stop, interval)
            else:
                stop.wait(interval)

    def warm_report(self) -> bool:
        """Extend the report's persisted summary with what was logged since, at most every
        REPORT_WARM_SECONDS; True when it ran. A failure here never stops syncing: the
        report folds the log itself when its summary is missing or stale."""
        now = time.monotonic()
        if now - self._report_warmed < REPORT_WARM_SECONDS:
            return False
        self._report_warmed = now
        from supportdesk.metrics.period import Period
        from supportdesk.models import utcnow

        end = utcnow() + timedelta(seconds=1)
        try:
            self.desk.report(Period(end - timedelta(days=1), end))
        except Exception:
            return False
        return True

    def close(self) -> None:
        self._pool.close()
        for src in self.sources:
            src.close()
