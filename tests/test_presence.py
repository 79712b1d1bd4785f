"""Presence heartbeats (MULTI-02), without Textual: who else has a ticket open."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from supportdesk.errors import DeskError
from supportdesk.presence import PRESENCE, TTL, Presence
from supportdesk.store import open_store

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def agents(tmp_path: Path, clock: Clock) -> dict[str, Presence]:
    # Each agent opens the data dir on its own, as separate processes would.
    return {a: Presence(open_store(tmp_path / "desk"), a, clock) for a in ("ana", "mihai", "olga")}


def test_others_on_the_ticket_are_listed_writers_first_never_yourself(agents):
    agents["olga"].beat(7)
    agents["mihai"].beat(7, "writing")
    agents["ana"].beat(7)
    assert agents["ana"].others(7) == [("mihai", "writing"), ("olga", "viewing")]
    assert agents["ana"].others(8) == []


def test_one_entry_per_agent_follows_the_latest_ticket(agents):
    agents["mihai"].beat(7, "writing")
    agents["mihai"].beat(9)
    assert agents["ana"].others(7) == []
    assert agents["ana"].others(9) == [("mihai", "viewing")]
    assert set(agents["ana"].store.index_items(PRESENCE)) == {"mihai"}


def test_stale_heartbeats_are_ignored(agents, clock):
    agents["mihai"].beat(7)
    clock.now = T0 + TTL - timedelta(seconds=1)
    assert agents["ana"].others(7) == [("mihai", "viewing")]
    clock.now = T0 + TTL + timedelta(seconds=1)
    assert agents["ana"].others(7) == []
    assert agents["ana"].others(7, ttl=timedelta(minutes=5)) == [("mihai", "viewing")]


def test_leave_removes_the_entry(agents):
    agents["mihai"].beat(7)
    agents["mihai"].leave()
    assert agents["ana"].others(7) == []
    agents["mihai"].leave()  # leaving twice is harmless


def test_a_bad_state_is_refused_and_a_malformed_entry_ignored(agents):
    with pytest.raises(DeskError, match="presence state"):
        agents["ana"].beat(7, "typing")
    store = agents["ana"].store
    with store.transaction() as tx:
        tx.index_put(PRESENCE, "bob", {"ticket": "x", "state": "viewing", "at": "now"})
        tx.index_put(PRESENCE, "eve", ["not", "a", "dict"])
        tx.index_put(PRESENCE, "joe", {"ticket": 7, "state": "dancing", "at": T0.isoformat()})
    assert agents["ana"].others(7) == []


def test_presence_imports_without_textual_or_rich():
    code = (
        "import sys, supportdesk.presence; "
        "bad = [m for m in ('textual', 'rich') if m in sys.modules]; "
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
