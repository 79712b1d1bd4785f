"""Any sequence of store operations round-trips through the disk (hypothesis)."""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from supportdesk.models import (
    Attachment,
    Direction,
    Message,
    Person,
    Priority,
    Status,
    Ticket,
)
from supportdesk.store import open_store
from supportdesk.store.codec import message_to_dict, ticket_to_dict

text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)
times = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)
people = st.builds(Person, text, text)
attachments = st.lists(
    st.builds(Attachment, text, text, st.integers(0, 10**9), st.just("")), max_size=2
)


class StoreMachine(RuleBasedStateMachine):
    """A model of the desk (dicts) beside the real store; after every step a fresh
    handle on the same directory must read back exactly the model."""

    @initialize()
    def open(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="sd-prop-"))
        self.store = open_store(self.dir / "desk")
        self.tickets: dict[int, dict] = {}
        self.messages: dict[int, list[dict]] = {}

    def teardown(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)

    @rule(subject=text, customer=people, priority=st.sampled_from(Priority), at=times)
    def create(self, subject: str, customer: Person, priority: Priority, at: datetime) -> None:
        with self.store.transaction() as tx:
            t = tx.new_ticket(
                Ticket(0, subject, customer, priority=priority, created_at=at, updated_at=at)
            )
        assert t.id not in self.tickets
        self.tickets[t.id] = ticket_to_dict(t)
        self.messages[t.id] = []

    @precondition(lambda self: self.tickets)
    @rule(
        data=st.data(),
        status=st.sampled_from(Status),
        assignee=text,
        tags=st.lists(text, max_size=3),
        updated=times,
    )
    def update(
        self, data, status: Status, assignee: str, tags: list[str], updated: datetime
    ) -> None:
        tid = data.draw(st.sampled_from(sorted(self.tickets)))
        with self.store.transaction() as tx:
            t = tx.get_ticket(tid)
            t.status, t.assignee, t.tags, t.updated_at = status, assignee, tags, updated
            t.due_at = updated + timedelta(hours=1)
            tx.put_ticket(t)
        self.tickets[tid] = ticket_to_dict(t)

    @precondition(lambda self: self.tickets)
    @rule(
        data=st.data(),
        direction=st.sampled_from(Direction),
        sender=people,
        body=text,
        at=times,
        files=attachments,
        flags=st.tuples(st.booleans(), st.booleans()),
    )
    def add_message(self, data, direction, sender, body, at, files, flags) -> None:
        tid = data.draw(st.sampled_from(sorted(self.tickets)))
        with self.store.transaction() as tx:
            m = tx.add_message(
                Message(
                    tid,
                    direction,
                    sender,
                    "s",
                    body,
                    at,
                    attachments=files,
                    auto_reply=flags[0],
                    bounce=flags[1],
                    references=["<a@b>"],
                )
            )
        self.messages[tid].append(message_to_dict(m))

    @precondition(lambda self: any(self.messages.values()))
    @rule(data=st.data(), error=text)
    def change_message(self, data, error: str) -> None:
        tid = data.draw(st.sampled_from(sorted(t for t, ms in self.messages.items() if ms)))
        n = data.draw(st.integers(0, len(self.messages[tid]) - 1))
        with self.store.transaction() as tx:
            m = tx.messages(tid)[n]
            m.delivery_error = error
            tx.put_message(m)
        self.messages[tid][n] = message_to_dict(m)

    @invariant()
    def disk_matches_model(self) -> None:
        if not hasattr(self, "store"):
            return
        fresh = open_store(self.dir / "desk")
        got = {t.id: ticket_to_dict(t) for t in fresh.list_tickets()}
        assert got == self.tickets
        for tid, msgs in self.messages.items():
            assert [message_to_dict(m) for m in fresh.messages(tid)] == msgs
        # The long-lived handle, which reloads only changed files, agrees too.
        assert {t.id: ticket_to_dict(t) for t in self.store.list_tickets()} == got


StoreMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=15, deadline=None)
test_store_round_trips = StoreMachine.TestCase
