"""When a ticket must be answered by (R2: never ignore a message; R12: be fast).

Targets per priority from `[sla]` count business time when `[sla] calendar` names
working hours (in `[desk] timezone`), wall-clock time otherwise. The queue's countdown
(`due_at`, stored on the ticket) and the report's breaches (`metrics.report`) both
come from `deadline` below, so a ticket the queue showed overdue is a breach in the
report and nothing else is.

The deadline runs from the customer's latest message (a follow-up restarts the target,
as it always did on the queue); the report still measures a response from the first
unanswered message, which is the customer's real wait.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from supportdesk.models import Status, Ticket

if TYPE_CHECKING:
    from supportdesk.config import Config
    from supportdesk.metrics.business import BusinessHours


def awaiting_agent(ticket: Ticket) -> bool:
    """A customer spoke last and nobody has answered yet: the clock is running."""
    if ticket.status not in (Status.NEW, Status.OPEN) or ticket.last_customer_at is None:
        return False
    return ticket.last_reply_at is None or ticket.last_reply_at < ticket.last_customer_at


def deadline(start: float, seconds: float, hours: BusinessHours | None) -> float:
    """`start` plus a target, both as timestamps; business time when `hours` is given."""
    return hours.add(start, seconds) if hours is not None else start + seconds


def due_at(
    ticket: Ticket,
    first_response: Mapping[str, int],
    next_response: Mapping[str, int],
    hours: BusinessHours | None = None,
) -> datetime | None:
    """The deadline for the next reply, or None when the ball is in the customer's court."""
    if not awaiting_agent(ticket):
        return None
    assert ticket.last_customer_at is not None
    targets = first_response if ticket.first_response_at is None else next_response
    seconds = targets.get(ticket.priority.value)
    if seconds is None:
        return None
    if hours is None or hours.always:
        return ticket.last_customer_at + timedelta(seconds=seconds)
    due = deadline(ticket.last_customer_at.timestamp(), seconds, hours)
    return datetime.fromtimestamp(due, UTC)


def business_hours(config: Config) -> BusinessHours | None:
    """The desk's calendar in its time zone, or None for 24/7 (plain arithmetic)."""
    schedule = config.sla.schedule
    if schedule.always:
        return None
    return _hours(schedule.text, config.desk.timezone)


_CACHE: dict[tuple[str, str], BusinessHours] = {}


def _hours(calendar: str, timezone: str) -> BusinessHours:
    """One BusinessHours per (calendar, zone) per process: its caches are worth keeping."""
    from supportdesk.configcheck import calendar as parse
    from supportdesk.metrics.business import BusinessHours

    key = (calendar, timezone)
    found = _CACHE.get(key)
    if found is None:
        import zoneinfo

        tz = UTC if timezone == "UTC" else zoneinfo.ZoneInfo(timezone)
        found = _CACHE[key] = BusinessHours(parse(calendar), tz)
    return found


def sla_of(config: Config) -> tuple[Mapping[str, int], Mapping[str, int], BusinessHours | None]:
    """(first response targets, next response targets, calendar): `due_at`'s arguments."""
    return config.sla.first_response, config.sla.next_response, business_hours(config)
