"""The checking loop: due checks run concurrently (bounded), one process per desk.

`Scheduler` owns the state machines and the in-memory history; after each round it
appends the results to the log and rewrites `status.json`, which every agent's screen
and `intake` read. `MonitorRole` is the background service around it: the same shape
as the TUI's sync role (tui/sync_role.py), it takes the desk-wide `monitors` role
(`Store.exclusive`) when no other process holds it, runs the scheduler's asyncio loop
in its own thread, and retries every `retry` seconds while another process checks, so
when that process quits or dies another one takes over. The TUI and `supportdesk sync`
both run it; `supportdesk monitors check` runs a round directly.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supportdesk.config import MonitorConfig
from supportdesk.errors import DeskError, StoreBusy
from supportdesk.monitors import log
from supportdesk.monitors.check import Checker
from supportdesk.monitors.model import CheckResult, MonitorState
from supportdesk.monitors.stats import DAY, WEEK, History

if TYPE_CHECKING:
    from supportdesk.store import Store

MONITOR_LOCK = "monitors"
CONCURRENCY = 10  # checks in flight at once
RETRY_BUSY = 30.0
SLICE = 0.2  # longest a stop request waits to be noticed
STATUS_VERSION = 1


def _now() -> datetime:
    return datetime.now(UTC)


class Scheduler:
    """Runs due checks of `monitors` and records what they found in `data_dir`."""

    def __init__(
        self,
        monitors: Sequence[MonitorConfig],
        data_dir: Path,
        *,
        concurrency: int = CONCURRENCY,
        checker: Checker | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self.monitors = list(monitors)
        self.data_dir = Path(data_dir)
        self.clock = clock
        self.checker = checker or Checker(clock=clock)
        self.concurrency = max(1, concurrency)
        self.index = {m.name: i for i, m in enumerate(self.monitors)}
        now = clock()
        saved = log.read_status(self.data_dir).get("monitors", {})
        self.states = {
            m.name: MonitorState.from_json(m.name, saved.get(m.name) or {"state": "unknown"})
            for m in self.monitors
        }
        self.history = {
            m.name: History(log.read(self.data_dir, m.name, now - WEEK, now)) for m in self.monitors
        }
        self.figures: dict[str, dict[str, Any]] = {}
        # Continue the rhythm of a previous checker: due one interval after its last check.
        self.due = {
            m.name: (st.last.at.timestamp() + m.interval if st.last else 0.0)
            for m, st in zip(self.monitors, self.states.values(), strict=True)
        }
        self._pruned = ""
        for m in self.monitors:
            self._refigure(m.name, now)

    # -- one round ------------------------------------------------------------------------
    def next_due(self) -> float:
        """Wall-clock time (epoch seconds) of the next due check."""
        return min(self.due.values(), default=time.time() + 3600)

    async def run_due(self) -> list[CheckResult]:
        """Check every monitor whose time has come; record and return the results."""
        now = self.clock().timestamp()
        due = [m for m in self.monitors if self.due[m.name] <= now]
        for m in due:
            # From the planned time, not from now, so checks do not drift; but never
            # in a burst to catch up after a pause (a suspended laptop).
            planned = self.due[m.name] + m.interval
            self.due[m.name] = planned if planned > now else now + m.interval
        return await self.check(due) if due else []

    async def check(self, monitors: Sequence[MonitorConfig]) -> list[CheckResult]:
        """Check `monitors` now, at most `concurrency` at a time, and record the results."""
        gate = asyncio.Semaphore(self.concurrency)

        async def one(m: MonitorConfig) -> CheckResult:
            async with gate:
                return await self.checker.check(m, self.index.get(m.name, 0))

        results = list(await asyncio.gather(*(one(m) for m in monitors)))
        self.record(results)
        return results

    def record(self, results: Sequence[CheckResult]) -> None:
        now = self.clock()
        by_name = {m.name: m for m in self.monitors}
        for r in results:
            cfg = by_name[r.monitor]
            self.states[r.monitor].advance(
                r, failures=cfg.failures, successes=cfg.successes, slow_ms=cfg.slow_ms
            )
            self.history[r.monitor].add(r)
            self._refigure(r.monitor, now)
        log.append(self.data_dir, results)
        log.write_status(self.data_dir, self.status(now))
        today = now.date().isoformat()
        if today != self._pruned:  # once a day per process is plenty
            self._pruned = today
            log.prune(self.data_dir, now.date())

    def _refigure(self, name: str, now: datetime) -> None:
        h = self.history[name]
        h.trim(now)
        self.figures[name] = {
            "day": h.figures(now, DAY).as_json(),
            "week": h.figures(now, WEEK).as_json(),
            "spark": h.spark(),
        }

    def status(self, now: datetime) -> dict[str, Any]:
        """What status.json says: enough for every screen without reading the log."""
        monitors = {}
        for m in self.monitors:
            monitors[m.name] = {
                **self.states[m.name].as_json(),
                **self.figures[m.name],
                "url": m.url,
                "interval": m.interval,
                "timeout": m.timeout,
                "cert_warn_days": m.cert_warn_days,
            }
        return {
            "version": STATUS_VERSION,
            "updated": round(now.timestamp(), 3),
            "order": [m.name for m in self.monitors],
            "monitors": monitors,
        }

    # -- the loop -------------------------------------------------------------------------
    async def run(self, stopped: Callable[[], bool]) -> None:
        """Check whatever is due until `stopped()`; sleeps in slices of at most SLICE."""
        try:
            while not stopped():
                # A round runs as a task so that a stop request (quitting the TUI)
                # cancels checks in flight instead of waiting out their timeouts.
                round_ = asyncio.ensure_future(self.run_due())
                while not round_.done():
                    await asyncio.wait({round_}, timeout=SLICE)
                    if stopped():
                        round_.cancel()
                        with contextlib.suppress(asyncio.CancelledError):
                            await round_
                        return
                round_.result()
                while not stopped():
                    left = self.next_due() - self.clock().timestamp()
                    if left <= 0:
                        break
                    await asyncio.sleep(min(SLICE, left))
        finally:
            await self.checker.aclose()


@dataclass(frozen=True, slots=True)
class RoleStatus:
    """What the checking service reports: "checking", "by ana@host pid 4", an error."""

    text: str
    held: bool = False
    error: str = ""


class MonitorRole:
    """Take the desk's `monitors` role when free; while held, run the checks."""

    def __init__(
        self,
        store: Store,
        monitors: Sequence[MonitorConfig],
        data_dir: Path,
        report: Callable[[RoleStatus], None] = lambda _s: None,
        *,
        retry: float = RETRY_BUSY,
        concurrency: int = CONCURRENCY,
    ) -> None:
        self.store = store
        self.monitors = list(monitors)
        self.data_dir = Path(data_dir)
        self.report = report
        self.retry = retry
        self.concurrency = concurrency
        self.held = False
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def run(self, cancelled: Callable[[], bool] = lambda: False) -> None:
        """A thread's body: returns only when stopped or cancelled. The role is taken
        and released in this thread (the desk lock is per thread)."""

        def stopped() -> bool:
            return self._stop.is_set() or cancelled()

        while not stopped():
            try:
                with self.store.exclusive(MONITOR_LOCK):
                    self.held = True
                    self.report(RoleStatus("monitors: checking", held=True))
                    try:
                        scheduler = Scheduler(
                            self.monitors, self.data_dir, concurrency=self.concurrency
                        )
                        asyncio.run(scheduler.run(stopped))
                    finally:
                        self.held = False
                return
            except StoreBusy as exc:
                self.report(RoleStatus(f"monitors: by {exc.holder}"))
            except (DeskError, OSError) as exc:
                self.report(RoleStatus("monitors: failed", error=str(exc)))
            deadline = time.monotonic() + self.retry
            while not stopped() and time.monotonic() < deadline:
                self._stop.wait(min(SLICE, max(0.0, deadline - time.monotonic())))

    def start_thread(self) -> threading.Thread:
        """Run in a daemon thread (for `supportdesk sync`); stop() ends it."""
        thread = threading.Thread(target=self.run, name="monitors", daemon=True)
        thread.start()
        return thread
