"""Collision detection in words: what changed on a ticket since the agent opened it.

The outbox already refuses a reply when the ticket's `version` moved since the agent
opened it ("the ticket changed since you opened it", `Outbox.queue(seen_version=)`),
which is the guarantee. This module adds the why for the review screen, RT-style:
"mihai replied 2m ago", "a new customer message arrived just now", so the agent can
decide without hunting through the thread. The agent's own actions (a claim, a note)
are theirs, not a collision: `Opened.advance` moves the baseline past them when the
version shows nobody else slipped in between. No Textual import here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from supportdesk.models import Direction, Message, Ticket
from supportdesk.text import ago


@dataclass(slots=True)
class Opened:
    """The ticket as the agent first saw it: the baseline a send is checked against."""

    ticket: Ticket
    message_ids: set[str] = field(default_factory=set)

    @property
    def version(self) -> int:
        return self.ticket.version

    def advance(self, fresh: Ticket, steps: int = 1) -> bool:
        """Accept `fresh` as seen if it is exactly `steps` changes on: the agent's own
        change(s) and nobody else's. Otherwise keep the baseline (safe: the agent will
        be asked at send time) and return False."""
        if fresh.id != self.ticket.id or fresh.version != self.ticket.version + steps:
            return False
        self.ticket = fresh
        return True

    def absorb_own(self, fresh: Ticket, messages: list[Message], agent: str) -> bool:
        """After the agent's own note or reply: accept `fresh` as seen if every message
        added since the baseline is the agent's own and nobody re-assigned the ticket."""
        new = [m for m in messages if m.id not in self.message_ids]
        if fresh.id != self.ticket.id or fresh.assignee != self.ticket.assignee:
            return False
        if any(m.direction is Direction.IN or m.agent != agent for m in new):
            return False
        self.ticket = fresh
        self.message_ids.update(m.id for m in new)
        return True


def changes_since(
    opened: Opened, ticket: Ticket, messages: list[Message], agent: str, now: datetime
) -> list[str]:
    """One line per change since `opened`, most important first; [] if none.

    Lines contain names and subjects from the store: show them through tui/text.py.
    """
    if ticket.version == opened.version:
        return []
    lines: list[str] = []
    for m in messages:
        if m.id in opened.message_ids:
            continue
        when = ago(m.created_at, now)
        if m.direction is Direction.IN:
            who = m.sender.name or m.sender.email or "the customer"
            lines.append(f"a new customer message from {who} arrived {when}")
        elif m.direction is Direction.OUT:
            who = "you (in another session)" if m.agent == agent else m.agent or "another agent"
            lines.append(f"{who} replied {when}")
        elif m.agent != agent:
            lines.append(f"{m.agent or 'another agent'} added an internal note {when}")
    before = opened.ticket
    if ticket.assignee != before.assignee:
        lines.append(
            f"it was assigned to {ticket.assignee or 'nobody'} (was {before.assignee or 'nobody'})"
        )
    if ticket.status != before.status:
        lines.append(f"its status changed to {ticket.status.value}")
    if not lines:
        lines.append("the ticket was changed by someone else")
    return [f"since you opened #{ticket.id}: {line}" for line in lines]
