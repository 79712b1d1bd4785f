"""Mapping between the models and the JSON the desk files (and `--json` output) hold.

Key names are design.md's JSON shapes; internal-only fields are written too so that a
round trip through the disk is lossless (the property tests check it).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from supportdesk.models import (
    Attachment,
    Channel,
    Delivery,
    Direction,
    Event,
    Message,
    Person,
    Priority,
    Status,
    Ticket,
)


def iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt is not None else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def person_to_dict(p: Person) -> dict[str, str]:
    return {"name": p.name, "email": p.email}


def person_from_dict(d: dict[str, Any] | None) -> Person:
    d = d or {}
    return Person(str(d.get("name", "")), str(d.get("email", "")))


def ticket_to_dict(t: Ticket) -> dict[str, Any]:
    return {
        "id": t.id,
        "subject": t.subject,
        "status": t.status.value,
        "priority": t.priority.value,
        "channel": t.channel.value,
        "source": t.source,
        "customer": person_to_dict(t.customer),
        "assignee": t.assignee,
        "language": t.language,
        "tags": list(t.tags),
        "created_at": iso(t.created_at),
        "updated_at": iso(t.updated_at),
        "due_at": iso(t.due_at),
        "message_count": t.message_count,
        "last_customer_at": iso(t.last_customer_at),
        "first_response_at": iso(t.first_response_at),
        "last_reply_at": iso(t.last_reply_at),
        "escalation": t.escalation,
        "related_to": t.related_to,
        "version": t.version,
    }


def ticket_from_dict(d: dict[str, Any]) -> Ticket:
    return Ticket(
        id=int(d["id"]),
        subject=d.get("subject", ""),
        customer=person_from_dict(d.get("customer")),
        status=Status(d.get("status", "new")),
        priority=Priority(d.get("priority", "normal")),
        channel=Channel(d.get("channel", "email")),
        source=d.get("source", ""),
        assignee=d.get("assignee", ""),
        language=d.get("language", ""),
        tags=list(d.get("tags", [])),
        created_at=_dt(d["created_at"]),  # type: ignore[arg-type]
        updated_at=_dt(d["updated_at"]),  # type: ignore[arg-type]
        due_at=_dt(d.get("due_at")),
        message_count=int(d.get("message_count", 0)),
        last_customer_at=_dt(d.get("last_customer_at")),
        first_response_at=_dt(d.get("first_response_at")),
        last_reply_at=_dt(d.get("last_reply_at")),
        escalation=d.get("escalation", ""),
        related_to=d.get("related_to"),
        version=int(d.get("version", 0)),
    )


def attachment_to_dict(a: Attachment) -> dict[str, Any]:
    return {"filename": a.filename, "content_type": a.content_type, "size": a.size, "blob": a.blob}


def message_to_dict(m: Message) -> dict[str, Any]:
    return {
        "id": m.id,
        "ticket_id": m.ticket_id,
        "direction": m.direction.value,
        "from": person_to_dict(m.sender),
        "subject": m.subject,
        "text": m.text,
        "created_at": iso(m.created_at),
        "auto_reply": m.auto_reply,
        "bounce": m.bounce,
        "bulk": m.bulk,
        "quoted_from": m.quoted_from,
        "attachments": [attachment_to_dict(a) for a in m.attachments],
        "delivery": m.delivery.value if m.delivery else None,
        "delivery_error": m.delivery_error,
        "attempts": m.attempts,
        "in_doubt": m.in_doubt,
        "next_attempt_at": iso(m.next_attempt_at),
        "message_id": m.message_id,
        "in_reply_to": m.in_reply_to,
        "references": list(m.references),
        "agent": m.agent,
        "raw_blob": m.raw_blob,
        "reason": m.reason,
    }


def message_from_dict(d: dict[str, Any]) -> Message:
    return Message(
        id=d.get("id", ""),
        ticket_id=int(d["ticket_id"]),
        direction=Direction(d["direction"]),
        sender=person_from_dict(d.get("from")),
        subject=d.get("subject", ""),
        text=d.get("text", ""),
        created_at=_dt(d["created_at"]),  # type: ignore[arg-type]
        auto_reply=bool(d.get("auto_reply", False)),
        bounce=bool(d.get("bounce", False)),
        bulk=bool(d.get("bulk", False)),
        quoted_from=int(d.get("quoted_from", -1)),
        attachments=[
            Attachment(a["filename"], a["content_type"], int(a["size"]), a.get("blob", ""))
            for a in d.get("attachments", [])
        ],
        delivery=Delivery(d["delivery"]) if d.get("delivery") else None,
        delivery_error=d.get("delivery_error", ""),
        attempts=int(d.get("attempts", 0)),
        in_doubt=bool(d.get("in_doubt", False)),
        next_attempt_at=_dt(d.get("next_attempt_at")),
        message_id=d.get("message_id", ""),
        in_reply_to=d.get("in_reply_to", ""),
        references=list(d.get("references", [])),
        agent=d.get("agent", ""),
        raw_blob=d.get("raw_blob", ""),
        reason=d.get("reason", ""),
    )


def event_to_dict(e: Event) -> dict[str, Any]:
    return {
        "kind": e.kind,
        "ticket_id": e.ticket_id,
        "agent": e.agent,
        "at": iso(e.at),
        "uid": e.uid,
        "data": e.data,
    }


def event_from_dict(d: dict[str, Any]) -> Event:
    return Event(
        kind=d["kind"],
        ticket_id=d.get("ticket_id"),
        agent=d.get("agent", ""),
        at=_dt(d["at"]),  # type: ignore[arg-type]
        data=dict(d.get("data", {})),
        uid=int(d.get("uid", -1)),
    )
