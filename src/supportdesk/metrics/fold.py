"""One streaming pass over the event log: per-ticket clocks in, per-agent samples out.

Events are folded in the order they were committed (the log is append-only), which is
the order the desk itself saw them in; each ticket keeps a few fields of state, never
its events, so memory grows with tickets, not with history (100k tickets, 1M events:
see bench/report.py).

What counts (guidance.md R2, R9, R10, R12):
- A customer message (`message_in`) starts a clock unless it is an auto-reply or a
  bounce: those never start or restart one. A message on a solved or closed ticket
  reopens it.
- A reply (`reply`, logged once the reply was really sent; never a note, never an
  automatic message) stops the clock. Its instant is when the agent answered
  (`written_at`, the moment the reply was committed to the outbox), not when the
  transport got round to it: an SMTP outage is not the agent's slowness. Replies that
  were discarded or never sent do not count, and a customer message that arrived after
  the reply was written is still waiting for an answer.
- First response: first customer message → first reply. Next response: first
  unanswered customer message after a reply → the next reply. Both are attributed to
  the agent who replied.
- Resolution: the start of an episode (the ticket's first customer message, or the
  reopen) → the ticket becoming solved or closed, attributed to whoever solved it (the
  last replier when the system did). A reopen starts a new episode: a reopened ticket
  resolves twice, and its first resolution no longer counts as first-contact.
- Deadline: `metrics.deadlines.deadline` from the latest customer message while the
  ticket is new or open, exactly as the queue computes `due_at`; a breach is counted
  in the period its deadline passed in, against the ticket's assignee at that moment
  (else the agent whose late reply stopped the clock).
- First-contact resolution (R9): a ticket first resolved after exactly one reply, never
  escalated and never reopened.

Samples are counted in the period their closing event falls in; events after the
period's end are ignored, events before its start only set up the clocks.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from supportdesk.metrics.business import BusinessHours
from supportdesk.metrics.deadlines import deadline

RESOLVED = frozenset({"solved", "closed"})
CLOCKED = frozenset({"new", "open"})  # the statuses in which a deadline runs
_fromiso = datetime.fromisoformat


class TicketState:
    """What the fold remembers of one ticket."""

    __slots__ = (
        "answered",
        "assignee",
        "breached",
        "due",
        "escalated",
        "first_resolution",
        "last_customer",
        "last_replier",
        "opened",
        "priority",
        "reopened",
        "replies",
        "status",
        "waiting",
    )

    def __init__(self) -> None:
        self.priority = "normal"
        self.status = "new"
        self.assignee = ""
        self.opened: float | None = None  # start of the current episode
        self.waiting: float | None = None  # first unanswered customer message
        self.last_customer: float | None = None  # latest customer message (deadline base)
        self.answered = False  # had a first response
        self.due: float | None = None
        self.breached = False  # the running deadline was already counted
        self.replies = 0  # replies in the current episode
        self.last_replier = ""
        self.escalated = False
        self.reopened = False
        # (time, resolver, replies in the episode, escalated then) of the first resolution
        self.first_resolution: tuple[float, str, int, bool] | None = None


class AgentTotals:
    """Raw samples and counts for one agent (or the team)."""

    __slots__ = (
        "breached",
        "by_hour",
        "escalations",
        "first",
        "first_b",
        "next",
        "next_b",
        "notes",
        "replies",
        "resolution",
        "resolution_b",
        "tickets",
        "tone_overrides",
    )

    def __init__(self) -> None:
        self.replies = 0
        self.tickets: set[int] = set()
        self.first: list[float] = []
        self.first_b: list[float] = []
        self.next: list[float] = []
        self.next_b: list[float] = []
        self.resolution: list[float] = []
        self.resolution_b: list[float] = []
        self.breached: list[int] = []  # ticket ids, one per breach
        self.by_hour = [0] * 24
        self.notes = 0
        self.escalations = 0
        self.tone_overrides = 0


class Fold:
    """Feed raw event dicts (`store.event_dicts()`), then read the totals."""

    def __init__(
        self,
        start: float,
        end: float,
        first_targets: Mapping[str, int],
        next_targets: Mapping[str, int],
        hours: BusinessHours,
        deadline_hours: BusinessHours | None,
    ) -> None:
        self.start, self.end = start, end
        self.first_targets, self.next_targets = first_targets, next_targets
        self.hours = hours  # business time (24/7 when no calendar): the samples' clock
        self.deadline_hours = deadline_hours  # None: wall-clock deadlines (as the queue)
        self.tickets: dict[int, TicketState] = {}
        # per agent; "" holds what no agent is accountable for (team figures only)
        self.agents: defaultdict[str, AgentTotals] = defaultdict(AgentTotals)
        self.messages_by_hour = [0] * 24
        self.customer_messages = 0
        self.automatic_messages = 0  # auto-replies and bounces in the period (never a clock)
        self.reopens = 0
        self.templates: defaultdict[str, int] = defaultdict(int)
        self.daily: defaultdict[tuple[str, int], list[float]] = defaultdict(list)
        self.priority_of: Callable[[int], str] = lambda _tid: "normal"
        self.latest = -math.inf  # the latest instant an event was folded at

    # -- helpers --------------------------------------------------------------------
    def _in(self, t: float) -> bool:
        return self.start <= t < self.end

    def _set_due(self, s: TicketState) -> None:
        """The running deadline, as `deadlines.due_at` would store it on the ticket."""
        s.breached = False
        if s.waiting is None or s.last_customer is None or s.status not in CLOCKED:
            s.due = None
            return
        seconds = (self.next_targets if s.answered else self.first_targets).get(s.priority)
        if seconds is None:
            s.due = None
        elif self.deadline_hours is None:
            s.due = s.last_customer + seconds  # what `deadline` does, without the call
        else:
            s.due = deadline(s.last_customer, seconds, self.deadline_hours)

    def _check_breach(self, tid: int, s: TicketState, t: float, replier: str = "") -> None:
        """Count the running deadline once if it passed before `t` (inside the period)."""
        due = s.due
        if due is None or s.breached or due >= t:
            return
        s.breached = True
        if self._in(due):
            self._count_breach(due, s.assignee or replier, tid)

    # -- what a period counts ---------------------------------------------------------
    # Every figure that depends on the period goes through one of these, each called
    # only for an instant inside it. `metrics.summary.Recorder` keeps the calls as facts
    # instead, so a cached pass can be replayed into any period through the same code.
    def _count_reply(self, t: float, agent: str, tid: int, template: str, hour: int) -> None:
        totals = self.agents[agent]
        totals.replies += 1
        totals.tickets.add(tid)
        totals.by_hour[hour] += 1
        if template:
            self.templates[template] += 1

    def _count_wait(
        self, t: float, agent: str, first: bool, wall: float, business: float, day: int
    ) -> None:
        totals = self.agents[agent]
        if first:
            totals.first.append(wall)
            totals.first_b.append(business)
        else:
            totals.next.append(wall)
            totals.next_b.append(business)
        self.daily[(agent, day)].append(wall)

    def _count_resolution(
        self, t: float, agent: str, tid: int, wall: float, business: float
    ) -> None:
        totals = self.agents[agent]
        totals.resolution.append(wall)
        totals.resolution_b.append(business)
        totals.tickets.add(tid)

    def _count_breach(self, due: float, agent: str, tid: int) -> None:
        self.agents[agent].breached.append(tid)

    def _count_message(self, t: float, hour: int) -> None:
        self.customer_messages += 1
        self.messages_by_hour[hour] += 1

    def _count_reopen(self, t: float) -> None:
        self.reopens += 1

    def _count_automatic(self, t: float) -> None:
        self.automatic_messages += 1

    def _count_note(self, t: float, agent: str) -> None:
        self.agents[agent].notes += 1

    def _count_escalation(self, t: float, agent: str) -> None:
        self.agents[agent].escalations += 1

    def _count_tone_override(self, t: float, agent: str) -> None:
        self.agents[agent].tone_overrides += 1

    # -- the pass -------------------------------------------------------------------
    def feed(self, events: Iterable[dict[str, Any]]) -> None:
        tickets, end = self.tickets, self.end
        handlers = {
            "ticket_created": self._created,
            "message_in": self._message_in,
            "reply": self._reply,
            "status": self._status,
            "priority": self._priority,
            "claim": self._claim,
            "steal": self._claim,
            "assign": self._assign,
            "note": self._note,
            "escalate": self._escalate,
            "tone_override": self._tone_override,
        }
        fromiso = _fromiso
        latest = self.latest
        for ev in events:
            # Zero-cost in 3.11 unless raised: a malformed line is skipped, not fatal.
            try:
                kind = ev["kind"]
                handler = handlers.get(kind)
                tid = ev["ticket_id"]
                if handler is None or tid is None:
                    continue
                t = fromiso(ev["at"]).timestamp()
                if t >= end:
                    continue
                if t > latest:
                    latest = self.latest = t
                s = tickets.get(tid)
                if s is None:
                    s = tickets[tid] = TicketState()
                    if kind != "ticket_created":
                        s.priority = self.priority_of(tid)
                elif s.due is not None and s.due < t and not s.breached and kind != "reply":
                    # a reply checks for itself: it counts from when it was written
                    self._check_breach(tid, s, t)
                handler(tid, s, t, ev["agent"] or "", ev["data"] or {})
            except (KeyError, TypeError, ValueError, AttributeError):
                continue

    def finish(self, now: float) -> None:
        """Deadlines still running at the end of the period (or now) are breaches too."""
        until = min(now, self.end)
        for tid, s in self.tickets.items():
            self._check_breach(tid, s, until)

    # -- event kinds ----------------------------------------------------------------
    def _created(self, tid: int, s: TicketState, t: float, agent: str, data: dict) -> None:
        priority = data.get("priority")
        # Logs written before the priority was recorded at creation: ask the ticket.
        s.priority = priority if isinstance(priority, str) else self.priority_of(tid)

    def _message_in(self, tid: int, s: TicketState, t: float, agent: str, data: dict) -> None:
        if data.get("auto_reply") or data.get("bounce"):
            if self._in(t):
                self._count_automatic(t)
            return
        clock = data.get("clock_at")
        if isinstance(clock, str):
            t = _fromiso(clock).timestamp()
        inside = self._in(t)
        if inside:
            self._count_message(t, int((t + self.hours.offset(t)) // 3600) % 24)
        if s.status in RESOLVED:
            s.reopened = True
            s.opened = t
            s.replies = 0
            s.status = "open" if s.assignee else "new"
            if inside:
                self._count_reopen(t)
        elif s.status == "pending":
            s.status = "open" if s.assignee else "new"
        if s.opened is None:
            s.opened = t
        if s.waiting is None:
            s.waiting = t
        s.last_customer = t if s.last_customer is None else max(s.last_customer, t)
        self._set_due(s)

    def _reply(self, tid: int, s: TicketState, t: float, agent: str, data: dict) -> None:
        if data.get("automatic"):
            return
        written = data.get("written_at")
        if isinstance(written, str):
            t = min(t, _fromiso(written).timestamp())
        if s.due is not None and s.due < t and not s.breached:
            self._check_breach(tid, s, t, agent)
        inside = self._in(t)
        local = 0.0
        if inside:
            local = t + self.hours.offset(t)
            template = data.get("template")
            named = template if isinstance(template, str) else ""
            self._count_reply(t, agent, tid, named, int(local // 3600) % 24)
        if s.waiting is not None and s.waiting <= t:  # (a later message is not answered)
            wall = t - s.waiting
            if inside:
                business = wall if self.hours.always else self.hours.between(s.waiting, t)
                self._count_wait(t, agent, not s.answered, wall, business, int(local // 86400))
            s.waiting = None
            if s.last_customer is not None and s.last_customer > t:
                # the customer wrote again while this reply was on its way: still waiting
                s.waiting = s.last_customer
        s.answered = True
        s.replies += 1
        s.last_replier = agent
        status = data.get("status")
        if isinstance(status, str):
            self._become(tid, s, t, status, agent)
        else:
            self._set_due(s)

    def _status(self, tid: int, s: TicketState, t: float, agent: str, data: dict) -> None:
        status = data.get("status")
        if isinstance(status, str):
            self._become(tid, s, t, status, agent)

    def _become(self, tid: int, s: TicketState, t: float, status: str, agent: str) -> None:
        was = s.status
        s.status = status
        if status in RESOLVED and was not in RESOLVED:
            resolver = agent or s.last_replier or s.assignee
            if s.opened is not None and self._in(t):
                wall = max(0.0, t - s.opened)
                self._count_resolution(t, resolver, tid, wall, self.hours.between(s.opened, t))
            if s.first_resolution is None:
                s.first_resolution = (t, resolver, s.replies, s.escalated)
        elif status not in RESOLVED and was in RESOLVED:
            s.reopened = True
            s.opened = t
            s.replies = 0
            if self._in(t):
                self._count_reopen(t)
        self._set_due(s)

    def _priority(self, tid: int, s: TicketState, t: float, agent: str, data: dict) -> None:
        priority = data.get("priority")
        if isinstance(priority, str):
            s.priority = priority
            if s.due is not None and not s.breached:
                self._set_due(s)

    def _claim(self, tid: int, s: TicketState, t: float, agent: str, data: dict) -> None:
        s.assignee = agent
        if s.status == "new":
            s.status = "open"

    def _assign(self, tid: int, s: TicketState, t: float, agent: str, data: dict) -> None:
        assignee = data.get("assignee")
        s.assignee = assignee if isinstance(assignee, str) else ""
        if s.assignee and s.status == "new":
            s.status = "open"

    def _note(self, tid: int, s: TicketState, t: float, agent: str, data: dict) -> None:
        if self._in(t):
            self._count_note(t, agent)

    def _escalate(self, tid: int, s: TicketState, t: float, agent: str, data: dict) -> None:
        s.escalated = True
        if self._in(t):
            self._count_escalation(t, agent)

    def _tone_override(self, tid: int, s: TicketState, t: float, agent: str, data: dict) -> None:
        if self._in(t):
            self._count_tone_override(t, agent)

    def team(self) -> AgentTotals:
        """Everyone's samples together (merged once, not kept twice during the pass)."""
        team = AgentTotals()
        for a in self.agents.values():
            team.replies += a.replies
            team.tickets |= a.tickets
            for name in ("first", "first_b", "next", "next_b", "resolution", "resolution_b"):
                getattr(team, name).extend(getattr(a, name))
            team.breached += a.breached
            team.by_hour = [x + y for x, y in zip(team.by_hour, a.by_hour, strict=True)]
            team.notes += a.notes
            team.escalations += a.escalations
            team.tone_overrides += a.tone_overrides
        return team

    # -- first-contact resolution -----------------------------------------------------
    def first_contact(self) -> dict[str, tuple[int, int]]:
        """Per agent ("" = team): (tickets first resolved in the period, of which on
        first contact). Decided after the pass: a later reopen revokes it."""
        out: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
        for s in self.tickets.values():
            first = s.first_resolution
            if first is None or not self._in(first[0]):
                continue
            _t, resolver, replies, escalated = first
            fcr = replies == 1 and not escalated and not s.reopened
            for key in {"", resolver}:
                out[key][0] += 1
                out[key][1] += int(fcr)
        return {k: (v[0], v[1]) for k, v in out.items()}
