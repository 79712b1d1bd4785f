"""Notifications worth interrupting an agent for: a new ticket, a ticket assigned to
you by someone else, a deadline about to pass (issue 6).

They are computed from successive snapshots of the active tickets that the queue's
poll reads anyway (once a second, in a worker), never from repaints, so a notice fires
once per change however often the screen redraws. The store hands out the same ticket
objects while a file is unchanged, so comparing a snapshot with the previous one
only looks closely at the tickets that actually changed.

The first snapshot is the baseline: what was already there when the app started is
not "new". Deadlines are the exception: one about to pass is worth a notice even
right after start. No Textual import here: the screen turns notices into toasts.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from supportdesk.models import Ticket

SOON = timedelta(minutes=15)  # "a deadline is about to pass"
BURST = 3  # more notices of one kind than this in one poll are summed up in one
EXPECT_FOR = 60.0  # seconds an own claim stays "expected" (not announced to oneself)


@dataclass(frozen=True, slots=True)
class Notice:
    kind: str  # "new", "assigned", "due"
    text: str  # contains untrusted subjects: show it through tui/text.py
    ticket_id: int | None = None


class Notifier:
    """Turns snapshots of the active tickets into notices for one agent."""

    def __init__(self, agent: str, soon: timedelta = SOON) -> None:
        self.agent = agent
        self.soon = soon
        self._seen: dict[int, Ticket] | None = None
        self._max_id = 0
        self._due_told: dict[int, datetime] = {}
        self._expected: dict[int, float] = {}
        self._lock = threading.Lock()  # the load and poll workers may overlap

    def expect_assignment(self, ticket_id: int) -> None:
        """This agent is claiming `ticket_id` itself: don't announce it back to them."""
        with self._lock:
            self._expected[ticket_id] = time.monotonic() + EXPECT_FOR

    def update(self, tickets: Iterable[Ticket], now: datetime) -> list[Notice]:
        """Notices for what changed since the previous snapshot."""
        with self._lock:
            return self._update(list(tickets), now)

    def _update(self, tickets: list[Ticket], now: datetime) -> list[Notice]:
        seen, baseline = self._seen or {}, self._seen is None
        expired = time.monotonic()
        self._expected = {k: v for k, v in self._expected.items() if v > expired}
        new: list[Notice] = []
        assigned: list[Notice] = []
        for t in tickets:
            before = seen.get(t.id)
            if before is t:
                continue
            if not baseline and t.id > self._max_id:
                new.append(Notice("new", f"New ticket #{t.id}: {t.subject}", t.id))
            elif (
                before is not None
                and t.assignee == self.agent
                and before.assignee != self.agent
                and self._expected.pop(t.id, None) is None
            ):
                assigned.append(Notice("assigned", f"#{t.id} assigned to you: {t.subject}", t.id))
        self._seen = {t.id: t for t in tickets}
        self._max_id = max([self._max_id, *self._seen])
        return [
            *_summed(new, "{n} new tickets"),
            *_summed(assigned, "{n} tickets assigned to you"),
            *_summed(self._due(tickets, now), f"{{n}} tickets are due within {self._soon_text}"),
        ]

    @property
    def _soon_text(self) -> str:
        return f"{int(self.soon.total_seconds() // 60)} minutes"

    def _due(self, tickets: list[Ticket], now: datetime) -> list[Notice]:
        """Mine or nobody's, due within `soon` and not yet overdue; once per deadline."""
        found = []
        for t in tickets:
            due = t.due_at
            if due is None or t.assignee not in ("", self.agent):
                continue
            if now <= due <= now + self.soon and self._due_told.get(t.id) != due:
                self._due_told[t.id] = due
                minutes = max(1, round((due - now).total_seconds() / 60))
                found.append(Notice("due", f"#{t.id} due in {minutes} min: {t.subject}", t.id))
        return found


def _summed(notices: list[Notice], summary: str) -> list[Notice]:
    if len(notices) <= BURST:
        return notices
    return [Notice(notices[0].kind, summary.format(n=len(notices)))]
