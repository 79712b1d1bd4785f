"""Summaries of response-time samples: count, median, 90th percentile, histogram.

The median is the usual one (mean of the two middle values for an even count); the 90th
percentile is the nearest-rank value (the smallest sample with at least 90% of samples
at or below it), so it is always a time that really happened: a lead can find the
ticket behind it.
"""

from __future__ import annotations

import math
import statistics
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# First-response distribution buckets (upper bounds, seconds); the last is open-ended.
BUCKETS: tuple[tuple[str, float], ...] = (
    ("<15m", 900),
    ("<30m", 1800),
    ("<1h", 3600),
    ("<2h", 7200),
    ("<4h", 14400),
    ("<8h", 28800),
    ("<24h", 86400),
    ("≥24h", math.inf),
)
_UPPERS = [upper for _label, upper in BUCKETS[:-1]]  # the last bucket takes the rest


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def p90(values: Sequence[float], *, ordered: bool = False) -> float | None:
    if not values:
        return None
    ordered_values = values if ordered else sorted(values)
    return ordered_values[max(0, math.ceil(0.9 * len(ordered_values)) - 1)]


def _seconds(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


@dataclass(slots=True)
class Figure:
    """One duration measure: wall-clock and business-time (calendar) summaries."""

    count: int = 0
    median_s: float | None = None
    p90_s: float | None = None
    business_median_s: float | None = None
    business_p90_s: float | None = None

    @classmethod
    def of(cls, wall: Sequence[float], business: Sequence[float]) -> Figure:
        w, b = sorted(wall), sorted(business)  # once each: the team has 100k samples
        return cls(
            len(w),
            _seconds(median(w)),
            _seconds(p90(w, ordered=True)),
            _seconds(median(b)),
            _seconds(p90(b, ordered=True)),
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "median_s": self.median_s,
            "p90_s": self.p90_s,
            "business_median_s": self.business_median_s,
            "business_p90_s": self.business_p90_s,
        }


def histogram(values: Sequence[float]) -> list[tuple[str, int]]:
    """How many samples fall in each of `BUCKETS` (label, count)."""
    counts = [0] * len(BUCKETS)
    for v in values:
        counts[bisect_right(_UPPERS, v)] += 1  # the first bucket whose bound is above v
    return [(label, n) for (label, _upper), n in zip(BUCKETS, counts, strict=True)]
