"""Figures over a window of checks: uptime and latency percentiles (p50, p95).

`History` keeps one monitor's last `WINDOW` of checks in compact arrays (8 bytes per
number rather than a float object each), so the checking process can update the
figures after every check without re-reading its log: 50 monitors checked every minute
hold ~10k checks each for a week, about 1 MB in all.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from supportdesk.monitors.model import CheckResult

DAY = timedelta(days=1)
WEEK = timedelta(days=7)
WINDOW = WEEK
SPARK = 60  # latest latencies kept for sparklines


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile of already sorted `values` (None when empty)."""
    if not values:
        return None
    rank = max(1, math.ceil(q / 100 * len(values)))
    return values[rank - 1]


@dataclass(frozen=True, slots=True)
class Figures:
    checks: int
    uptime: float | None  # percent of checks that passed
    p50_ms: float | None
    p95_ms: float | None

    def as_json(self) -> dict[str, Any]:
        return {
            "checks": self.checks,
            "uptime": None if self.uptime is None else round(self.uptime, 3),
            "p50_ms": None if self.p50_ms is None else round(self.p50_ms, 1),
            "p95_ms": None if self.p95_ms is None else round(self.p95_ms, 1),
        }


def figures(results: Iterable[CheckResult]) -> Figures:
    """Uptime and latency of good checks (a failed check has no meaningful latency)."""
    total = ok = 0
    latencies: list[float] = []
    for r in results:
        total += 1
        if r.ok:
            ok += 1
            if r.total_ms is not None:
                latencies.append(r.total_ms)
    return _figures(total, ok, sorted(latencies))


def _figures(total: int, ok: int, latencies: Sequence[float]) -> Figures:
    return Figures(
        total,
        100.0 * ok / total if total else None,
        percentile(latencies, 50),
        percentile(latencies, 95),
    )


class History:
    """One monitor's checks over the last `WINDOW`, oldest first."""

    def __init__(self, results: Iterable[CheckResult] = ()) -> None:
        self.times = array("d")
        self.ms = array("d")  # NaN: a failed check
        self._head = 0
        for r in results:
            self.add(r)

    def add(self, r: CheckResult) -> None:
        self.times.append(r.at.timestamp())
        self.ms.append(r.total_ms if r.ok and r.total_ms is not None else math.nan)

    def trim(self, now: datetime) -> None:
        """Forget checks older than the window (compacting now and then, not per add)."""
        self._head = bisect_left(self.times, (now - WINDOW).timestamp(), self._head)
        if self._head > 4096 and self._head > len(self.times) // 2:
            del self.times[: self._head]
            del self.ms[: self._head]
            self._head = 0

    def figures(self, now: datetime, span: timedelta) -> Figures:
        lo = bisect_left(self.times, (now - span).timestamp(), self._head)
        window = self.ms[lo:]
        good = sorted(v for v in window if v == v)  # NaN != NaN: failed checks drop out
        return _figures(len(window), len(good), good)

    def spark(self, n: int = SPARK) -> list[float]:
        """The latest `n` latencies (0 for a failed check), for a sparkline."""
        tail = self.ms[max(self._head, len(self.ms) - n) :]
        return [0.0 if v != v else round(v, 1) for v in tail]
