"""Synthetic desks for the report tests: events written through the real store.

`week()` is a week of five tickets worked by ana and bob (UTC, 24/7, default targets:
normal 8h first / 24h next, urgent 1h first), with exact figures worked out by hand in
tests/test_metrics.py: auto-replies and a bounce in a thread, a reply whose send was late
(`written_at` counts), a reopen, an escalation, a breach, a ticket answered in the period
but opened before it, and a ticket still waiting at the end.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from supportdesk.models import Event, Person, Status, Ticket
from supportdesk.store import Store

Step = tuple[str, int, str, datetime, dict[str, object]]


def at(day: int, hour: int, minute: int = 0, *, month: int = 3, tz: object = None) -> datetime:
    from datetime import UTC

    return datetime(2026, month, day, hour, minute, tzinfo=tz or UTC)  # type: ignore[arg-type]


def opened(tid: int, when: datetime, priority: str = "normal") -> list[Step]:
    return [
        ("ticket_created", tid, "", when, {"source": "inbox", "priority": priority}),
        ("message_in", tid, "", when, {"message": f"{tid}-1"}),
    ]


def write(store: Store, steps: list[Step]) -> None:
    with store.transaction() as tx:
        for kind, tid, agent, when, data in steps:
            tx.log(Event(kind, tid, agent, when, data))


def week() -> list[Step]:
    mon = 2  # Monday 2 March 2026
    steps: list[Step] = [
        # before the period: opened Sunday evening, answered Monday 01:00 (5h)
        *opened(6, at(1, 20)),
        ("reply", 6, "ana", at(mon, 1), {"message": "6-2"}),
        # ticket 1: ana; an auto-reply in the thread; a late send counts when written
        *opened(1, at(mon, 9)),
        ("message_in", 1, "", at(mon, 9, 10), {"message": "1-2", "auto_reply": True}),
        ("reply", 1, "ana", at(mon, 9, 30), {"template": "ack", "status": "pending"}),
        ("message_in", 1, "", at(mon, 10), {"message": "1-4"}),
        ("message_in", 1, "", at(mon, 10, 5), {"message": "1-5"}),
        (
            "reply",
            1,
            "ana",
            at(mon, 11),
            {"written_at": at(mon, 10, 45).isoformat(), "status": "solved"},
        ),
        # ticket 2: bob solves it with one reply (a bounce in between), it reopens,
        # ana solves it again
        *opened(2, at(mon, 12)),
        ("message_in", 2, "", at(mon, 12, 20), {"message": "2-2", "bounce": True}),
        ("reply", 2, "bob", at(mon, 13), {"template": "ack", "status": "solved"}),
        ("message_in", 2, "", at(mon + 1, 9), {"message": "2-4"}),
        ("reply", 2, "ana", at(mon + 1, 10), {"status": "solved"}),
        # ticket 3: urgent, claimed by bob, answered after its 1h deadline
        *opened(3, at(mon + 2, 8), "urgent"),
        ("claim", 3, "bob", at(mon + 2, 8, 30), {"previous": ""}),
        ("reply", 3, "bob", at(mon + 2, 10), {"status": "solved"}),
        # ticket 4: ana escalates, notes, overrides the tone check, solves
        *opened(4, at(mon + 3, 9)),
        ("note", 4, "ana", at(mon + 3, 9, 10), {"message": "4-2"}),
        ("escalate", 4, "ana", at(mon + 3, 9, 20), {"reason": "billing"}),
        ("tone_override", 4, "ana", at(mon + 3, 9, 35), {"findings": ["R1"]}),
        ("reply", 4, "ana", at(mon + 3, 9, 40), {}),
        ("status", 4, "ana", at(mon + 3, 9, 40), {"previous": "pending", "status": "solved"}),
        # ticket 5: nobody answers; its 8h deadline passes on Friday at 20:00
        *opened(5, at(mon + 4, 12)),
        # after the period
        *opened(7, at(mon + 7, 5)),
    ]
    return steps


def open_ticket_for(store: Store, agent: str) -> None:
    """One open ticket assigned to `agent` now (the report's open_assigned)."""
    with store.transaction() as tx:
        t = tx.new_ticket(Ticket(0, "Still open", Person("C", "c@example.com")))
        t.assignee, t.status = agent, Status.OPEN
        tx.put_ticket(t)


def period_end() -> datetime:
    return at(2, 0) + timedelta(days=7)
