"""The report's time window: `--since 7d`, `today`, or `--from … --to …`.

Dates are read in the desk's time zone (a lead in Bucharest means Bucharest's Monday),
and a date-only `--to` includes that whole day. Errors are one line naming the option.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from supportdesk.errors import DeskError


@dataclass(frozen=True, slots=True)
class Period:
    start: datetime  # inclusive, aware
    end: datetime  # exclusive, aware

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise DeskError(
                f"report: the period must end after it starts "
                f"({self.start.isoformat()} → {self.end.isoformat()})"
            )


def _moment(text: str, option: str, tz: tzinfo, *, end: bool) -> datetime:
    value = text.strip()
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            if end:
                day += timedelta(days=1)
            return datetime.combine(day, time(0), tzinfo=tz)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise DeskError(
            f"report {option} {text!r}: expected a date (2026-03-01) or a date and time "
            "(2026-03-01T09:00, optionally with an offset)"
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=tz)


def local_midnight(now: datetime, tz: tzinfo) -> datetime:
    return datetime.combine(now.astimezone(tz).date(), time(0), tzinfo=tz)


def parse_period(
    *,
    since: str | None = None,
    start: str | None = None,
    end: str | None = None,
    now: datetime | None = None,
    tz: tzinfo = UTC,
) -> Period:
    """The period the options describe; the default is the last 7 days up to `now`."""
    from supportdesk.config import parse_duration
    from supportdesk.errors import ConfigError

    now = now or datetime.now(UTC)
    if since is not None and (start is not None or end is not None):
        raise DeskError("report: give either --since or --from/--to, not both")
    if since is not None:
        if since.strip().lower() == "today":
            return Period(local_midnight(now, tz), now)
        try:
            seconds = parse_duration(since, "report --since")
        except ConfigError as exc:
            raise DeskError(str(exc)) from None
        if seconds <= 0:
            raise DeskError(f"report --since {since!r}: expected a duration above zero")
        return Period(now - timedelta(seconds=seconds), now)
    if start is None and end is None:
        return Period(now - timedelta(days=7), now)
    to = _moment(end, "--to", tz, end=True) if end is not None else now
    frm = _moment(start, "--from", tz, end=False) if start is not None else to - timedelta(days=7)
    return Period(frm, to)
