"""Desk verbs: each change is re-read under the lock, applied and logged."""

from __future__ import annotations

import pytest

from supportdesk.desk import Desk
from supportdesk.errors import DeskError
from supportdesk.models import Direction, Incoming, Message, Person, Priority, utcnow


def new_ticket(desk: Desk) -> int:
    msg = Message(
        0,
        Direction.IN,
        Person("Ion", "ion@example.ro"),
        "Plata",
        "Nu merge plata.",
        utcnow(),
        message_id="p1@x",
    )
    return desk.import_messages([Incoming(msg)]).tickets[0]


def test_priority_moves_the_deadline(desk: Desk) -> None:
    tid = new_ticket(desk)
    normal_due = desk.get_ticket(tid).due_at
    urgent = desk.set_priority(tid, "urgent")
    assert urgent.priority is Priority.URGENT and urgent.due_at < normal_due
    with pytest.raises(
        DeskError, match="priority 'asap': expected one of low, normal, high, urgent"
    ):
        desk.set_priority(tid, "asap")


def test_tags_are_trimmed_and_deduplicated(desk: Desk) -> None:
    tid = new_ticket(desk)
    assert desk.set_tags(tid, [" billing", "billing", "", "vip "]).tags == ["billing", "vip"]


def test_escalation_needs_a_reason_and_is_recorded(desk: Desk) -> None:
    """R9: escalation is an explicit action with a reason."""
    tid = new_ticket(desk)
    with pytest.raises(DeskError, match="needs a reason"):
        desk.escalate(tid, "  ")
    t = desk.escalate(tid, "Gateway refund needs finance access")
    assert t.escalation == "Gateway refund needs finance access" and "escalated" in t.tags
    assert desk.conversation(tid)[-1].text == "Escalated: Gateway refund needs finance access"
    [event] = [e for e in desk.store.events() if e.kind == "escalate"]
    assert event.agent == "ana" and event.data["reason"].startswith("Gateway")


def test_every_change_is_in_the_audit_log(desk: Desk) -> None:
    tid = new_ticket(desk)
    desk.claim(tid)
    desk.set_status(tid, "pending")
    desk.set_priority(tid, "high")
    desk.set_tags(tid, ["x"])
    desk.add_note(tid, "checked the logs")
    kinds = [e.kind for e in desk.store.events() if e.ticket_id == tid]
    assert kinds == ["ticket_created", "message_in", "claim", "status", "priority", "tags", "note"]


def test_customer_addresses_keep_new_and_closed_customers(desk: Desk) -> None:
    """R5: the lint's list of the desk's customers is read whole once, then grows with
    each new active ticket; a customer whose ticket closes meanwhile stays in it."""
    first = new_ticket(desk)
    assert desk.customer_addresses() == {"ion@example.ro"}
    desk.set_status(first, "closed")
    msg = Message(
        0, Direction.IN, Person("Ana", "Ana@Example.RO"), "Cont", "Nu pot intra.", utcnow(),
        message_id="p2@x",
    )  # fmt: skip
    second = desk.import_messages([Incoming(msg)]).tickets[0]
    assert desk.customer_addresses() == {"ion@example.ro", "ana@example.ro"}
    context = desk.tone_context(second)
    assert context.other_customers == {"ion@example.ro", "ana@example.ro"}
    assert context.customer_email.lower() == "ana@example.ro"


def test_customer_full_names_reach_the_lint_context(desk: Desk) -> None:
    """R5: the desk's customers' full names (two words or more) are gathered with their
    addresses, once per Desk, and a reply naming another customer is blocked."""
    msg = Message(
        0, Direction.IN, Person("Maria Lopez", "maria@example.ro"), "Cont", "Nu pot intra.",
        utcnow(), message_id="n1@x",
    )  # fmt: skip
    desk.import_messages([Incoming(msg)])
    new_ticket(desk)  # "Ion": one word, not a name the lint looks for
    assert desk.customer_names() == {"maria lopez"}
    ion = next(t for t in desk.list_tickets("all") if t.customer.email == "ion@example.ro")
    context = desk.tone_context(ion.id)
    assert context.other_names == {"maria lopez"}
    from supportdesk.tone import lint

    found = lint("Bună ziua,\n\nși Maria Lopez a avut problema asta.", context, language="ro")
    assert "confidential.other-customer" in {f.rule for f in found.findings}
