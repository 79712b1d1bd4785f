"""An injectable clock, so countdowns are frozen in snapshot tests and live otherwise."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from supportdesk.models import utcnow

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return utcnow()


def fixed_clock(at: datetime) -> Clock:
    """A clock that always says `at` (tests, snapshots)."""
    return lambda: at
