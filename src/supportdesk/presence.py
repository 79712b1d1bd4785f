"""Who else has a ticket open, and who is writing a reply to it (reliability.md MULTI-02).

Two agents answering the same customer at once is the collision a helpdesk exists to
prevent; FreeScout shows "X is replying" and Zammad shows viewers for that reason. Each
agent's session writes a heartbeat into the store's `presence` index every few seconds:
which ticket it has open and whether a reply is being typed. There is one entry per
agent, keyed by login, so an agent is on one ticket at a time and the index stays as
small as the team. Nobody cleans up after a crash or a dropped SSH link: an entry older
than the TTL is simply ignored, so a dead session disappears by itself.

Heartbeats use the wall clock, not a display clock, because they are compared across
processes. This module is part of the desk layer: no Textual or Rich here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from supportdesk.errors import DeskError
from supportdesk.models import utcnow
from supportdesk.store import Store

PRESENCE = "presence"  # index: agent login -> {"ticket", "state", "at"}
VIEWING = "viewing"
WRITING = "writing"
STATES = (VIEWING, WRITING)
TTL = timedelta(seconds=30)  # three missed heartbeats of a 10 s beat


class Presence:
    """One agent's heartbeat, and what the other agents' heartbeats say."""

    def __init__(self, store: Store, agent: str, clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.agent = agent
        self.clock = clock

    def beat(self, ticket_id: int, state: str = VIEWING) -> None:
        """Say "I have `ticket_id` open" (and am `writing` a reply, or just `viewing`)."""
        if state not in STATES:
            raise DeskError(f"presence state {state!r}: expected one of {', '.join(STATES)}")
        entry = {"ticket": int(ticket_id), "state": state, "at": self.clock().isoformat()}
        with self.store.transaction() as tx:
            tx.index_put(PRESENCE, self.agent, entry)

    def leave(self) -> None:
        """Say "I have no ticket open" (closing the app, or no ticket selected)."""
        with self.store.transaction() as tx:
            tx.index_put(PRESENCE, self.agent, None)

    def logins(self) -> set[str]:
        """Every agent with a presence entry, stale ones too: the assign prompt offers
        whoever has had a session on this desk (Desk.agents)."""
        return set(self.store.index_items(PRESENCE))

    def others(self, ticket_id: int, ttl: timedelta = TTL) -> list[tuple[str, str]]:
        """Other agents with a fresh heartbeat on `ticket_id`: (login, state), writers
        first, then by login, so the most important name is the one always shown."""
        now = self.clock()
        found = []
        for agent, entry in self.store.index_items(PRESENCE).items():
            if agent == self.agent:
                continue
            parsed = _parse(entry)
            if parsed is None:
                continue  # written by a newer or broken client: ignore, never crash
            ticket, state, at = parsed
            if ticket == ticket_id and abs(now - at) <= ttl:
                found.append((agent, state))
        return sorted(found, key=lambda a: (a[1] != WRITING, a[0]))


def _parse(entry: Any) -> tuple[int, str, datetime] | None:
    """(ticket, state, time) of one index entry, or None if it is not well-formed."""
    if not isinstance(entry, dict):
        return None
    try:
        ticket = int(entry["ticket"])
        state = str(entry["state"])
        at = datetime.fromisoformat(str(entry["at"]))
    except (KeyError, TypeError, ValueError):
        return None
    if state not in STATES:
        return None
    return ticket, state, at if at.tzinfo else at.replace(tzinfo=UTC)
