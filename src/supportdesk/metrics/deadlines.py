"""When a ticket must be answered by (R2: never ignore a message; R12: be fast).

Wall-clock targets per priority from `[sla]`; business-hours calendars come with the
response-time report (issue 9) and plug in here, so the queue and the report agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from supportdesk.models import Status, Ticket


def awaiting_agent(ticket: Ticket) -> bool:
    """A customer spoke last and nobody has answered yet: the clock is running."""
    if ticket.status not in (Status.NEW, Status.OPEN) or ticket.last_customer_at is None:
        return False
    return ticket.last_reply_at is None or ticket.last_reply_at < ticket.last_customer_at


def due_at(
    ticket: Ticket, first_response: Mapping[str, int], next_response: Mapping[str, int]
) -> datetime | None:
    """The deadline for the next reply, or None when the ball is in the customer's court."""
    if not awaiting_agent(ticket):
        return None
    assert ticket.last_customer_at is not None
    targets = first_response if ticket.first_response_at is None else next_response
    seconds = targets.get(ticket.priority.value)
    if seconds is None:
        return None
    return ticket.last_customer_at + timedelta(seconds=seconds)
