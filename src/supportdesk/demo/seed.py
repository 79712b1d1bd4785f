"""Seed a desk with the sample tickets of `tickets.json`.

Times in the data are minutes before now, so the demo always shows live deadlines:
some just arrived, some long overdue (R2). The seeded history goes through the same
store transactions and records the same events as real work, so every later feature
(threads, attachments, response-time report) has something real to show.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import resources
from typing import Any

from supportdesk.config import Config
from supportdesk.intake import ID_KEY, MESSAGE_IDS
from supportdesk.mail.thread import new_message_id
from supportdesk.metrics.deadlines import due_at, sla_of
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
    utcnow,
)
from supportdesk.store import Store, Transaction

DEMO_AGENT = "ana"


@dataclass(slots=True)
class _Agent:
    login: str
    name: str


def load_data() -> dict[str, Any]:
    return json.loads(resources.files("supportdesk.demo").joinpath("tickets.json").read_text())


def demo_config_toml(data_dir: str, outbox: str, agent: str = DEMO_AGENT) -> str:
    """The demo desk's configuration: no server, replies written to a folder."""
    names = {a["login"]: a["name"] for a in load_data()["agents"]}
    name = names.get(agent, agent)
    return f"""\
# Demo desk made by `supportdesk demo`: replies are written to the outbox folder.
[desk]
name = "Acme Support (demo)"
address = "support@acme.test"
data_dir = {json.dumps(data_dir)}
timezone = "Europe/Bucharest"
transport = "outbox"

[agent]
name = {json.dumps(name)}
signature = {json.dumps(name + chr(10) + "Acme Support")}

[[transports]]
name = "outbox"
kind = "file"
path = {json.dumps(outbox)}
"""


def seed(store: Store, config: Config, now: datetime | None = None) -> list[int]:
    """Write every sample ticket into `store`; returns the new ticket ids."""
    now = now or utcnow()
    data = load_data()
    agents = {a["login"]: _Agent(a["login"], a["name"]) for a in data["agents"]}
    key = store.secret(ID_KEY)
    ids: list[int] = []
    with store.transaction() as tx:
        for spec in data["tickets"]:
            ids.append(_seed_ticket(tx, store, config, spec, agents, now, key))
    return ids


def _seed_ticket(
    tx: Transaction,
    store: Store,
    config: Config,
    spec: dict[str, Any],
    agents: dict[str, _Agent],
    now: datetime,
    key: bytes,
) -> int:
    customer = Person(spec["customer"]["name"], spec["customer"]["email"])
    msgs = spec["messages"]
    first_at = now - timedelta(minutes=msgs[0]["ago_minutes"])
    ticket = tx.new_ticket(
        Ticket(
            id=0,
            subject=spec["subject"],
            customer=customer,
            priority=Priority(spec["priority"]),
            channel=Channel(spec["channel"]),
            source=spec["source"],
            language=spec["language"],
            tags=list(spec.get("tags", [])),
            created_at=first_at,
            updated_at=first_at,
        )
    )
    uid = os.getuid()
    created = {"source": spec["source"], "priority": spec["priority"]}
    tx.log(Event("ticket_created", ticket.id, "", first_at, created, uid))
    desk_address = config.desk.address or "support@acme.test"
    for n, m in enumerate(msgs):
        at = now - timedelta(minutes=m["ago_minutes"])
        direction = Direction(m["direction"])
        agent = agents.get(m.get("agent", ""))
        if direction is Direction.IN:
            sender = customer
        else:
            assert agent is not None, f"{spec['subject']}: message {n} needs an agent"
            sender = Person(agent.name, desk_address if direction is Direction.OUT else "")
        attachments = [
            Attachment(
                a["filename"],
                a["content_type"],
                len(a["text"].encode()),
                store.put_blob(a["text"].encode()),
            )
            for a in m.get("attachments", [])
        ]
        subject = (
            spec["subject"] if n == 0 or direction is Direction.NOTE else f"Re: {spec['subject']}"
        )
        stored = tx.add_message(
            Message(
                ticket_id=ticket.id,
                direction=direction,
                sender=sender,
                subject=subject,
                text=m["text"],
                created_at=at,
                message_id=(
                    new_message_id(key, ticket.id, desk_address.partition("@")[2])
                    if direction is Direction.OUT
                    else f"demo-{ticket.id}-{n}@{customer.email.partition('@')[2]}"
                ),
                agent=agent.login if agent else "",
                auto_reply=bool(m.get("auto_reply", False)),
                attachments=attachments,
                delivery=Delivery.SENT if direction is Direction.OUT else None,
                reason="demo data",
            )
        )
        tx.index_put(
            MESSAGE_IDS, stored.message_id, {"ticket": ticket.id, "msg": stored.id, "fp": ""}
        )
        ticket.message_count += 1
        ticket.updated_at = at
        login = agent.login if agent else ""
        if direction is Direction.IN:
            if not stored.auto_reply:
                ticket.last_customer_at = at
            logged: dict[str, object] = {"message": stored.id}
            if stored.auto_reply:
                logged["auto_reply"] = True  # never a clock (the report reads this)
            tx.log(Event("message_in", ticket.id, "", at, logged, uid))
        elif direction is Direction.OUT:
            first = ticket.first_response_at is None
            ticket.first_response_at = ticket.first_response_at or at
            ticket.last_reply_at = at
            tx.log(
                Event("reply", ticket.id, login, at, {"message": stored.id, "first": first}, uid)
            )
        else:
            tx.log(Event("note", ticket.id, login, at, {"message": stored.id}, uid))
    ticket.status = Status(spec["status"])
    ticket.assignee = spec.get("assignee", "")
    if ticket.assignee:
        tx.log(Event("claim", ticket.id, ticket.assignee, first_at, {"previous": ""}, uid))
    if ticket.status in (Status.SOLVED, Status.CLOSED):  # resolution times for the report
        change = {"previous": "open", "status": ticket.status.value}
        tx.log(Event("status", ticket.id, ticket.assignee, ticket.updated_at, change, uid))
    ticket.due_at = due_at(ticket, *sla_of(config))
    tx.put_ticket(ticket)
    return ticket.id
