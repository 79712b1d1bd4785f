"""The application service: the verbs both the CLI and the TUI call.

Every verb that changes a ticket re-reads it inside a store transaction, decides there,
and records an event, so two agents acting at once are serialised and audited, and no
decision is taken on a stale screen (reliability.md MULTI-02, STORE-03).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from supportdesk.config import Config
from supportdesk.errors import Conflict, DeskError
from supportdesk.metrics.deadlines import due_at
from supportdesk.models import (
    Channel,
    Direction,
    Event,
    Message,
    Person,
    Priority,
    Status,
    Ticket,
    utcnow,
)
from supportdesk.paths import default_data_dir
from supportdesk.store import Store, Transaction, open_store

MESSAGE_IDS = "message-ids"  # index: RFC Message-ID → where we stored it


@dataclass(slots=True)
class Incoming:
    """A message from a source, parsed and ready to store.

    `message.ticket_id` is ignored: the desk decides where the message belongs.
    `attachment_data` holds the bytes of `message.attachments`, in the same order.
    """

    message: Message
    raw: bytes | None = None
    attachment_data: list[bytes] = field(default_factory=list)
    channel: Channel = Channel.EMAIL
    source: str = ""
    language: str = ""
    priority: Priority = Priority.NORMAL


@dataclass(slots=True)
class ImportResult:
    imported: int = 0
    threaded: int = 0
    duplicates: int = 0
    auto_replies: int = 0
    bounces: int = 0
    quarantined: int = 0
    tickets: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "imported": self.imported,
            "threaded": self.threaded,
            "duplicates": self.duplicates,
            "auto_replies": self.auto_replies,
            "bounces": self.bounces,
            "quarantined": self.quarantined,
            "tickets": sorted(set(self.tickets)),
        }


VIEWS = ("active", "all", *(s.value for s in Status))


class Desk:
    """One agent's handle on a shared desk."""

    def __init__(self, store: Store, config: Config, agent: str) -> None:
        self.store = store
        self.config = config
        self.agent = agent

    # -- reading ----------------------------------------------------------------------
    def list_tickets(self, view: str = "active") -> list[Ticket]:
        """The queue for `view` (a status, "active" or "all"), most urgent first (R2).

        Tickets with a running clock come first by deadline, then the rest by latest
        activity, so a ticket nobody answered can never sink below quiet ones.
        """
        if view not in VIEWS:
            raise DeskError(f"status {view!r}: expected one of {', '.join(VIEWS)}")
        if view == "all":
            tickets = self.store.list_tickets()
        elif view == "active":
            tickets = self.store.list_tickets([s for s in Status if s.active])
        else:
            tickets = self.store.list_tickets([Status(view)])
        far = datetime.max.replace(tzinfo=UTC)
        return sorted(
            tickets,
            key=lambda t: (
                t.due_at or far,
                -t.priority.rank,
                -(t.updated_at.timestamp()),
            ),
        )

    def get_ticket(self, ticket_id: int) -> Ticket:
        return self.store.get_ticket(ticket_id)

    def conversation(self, ticket_id: int) -> list[Message]:
        return sorted(self.store.messages(ticket_id), key=lambda m: (m.created_at, m.id))

    # -- changing tickets -------------------------------------------------------------
    def _event(self, tx: Transaction, kind: str, ticket_id: int | None, **data: object) -> None:
        tx.log(Event(kind, ticket_id, self.agent, utcnow(), dict(data), os.getuid()))

    def _touch(self, tx: Transaction, ticket: Ticket) -> None:
        ticket.updated_at = utcnow()
        ticket.due_at = due_at(
            ticket, self.config.sla.first_response, self.config.sla.next_response
        )
        tx.put_ticket(ticket)

    def claim(self, ticket_id: int, *, steal: bool = False) -> Ticket:
        """Take a ticket. Of two agents claiming at once exactly one wins; taking a
        ticket someone else holds needs `steal`, and is logged as such."""
        with self.store.transaction() as tx:
            ticket = tx.get_ticket(ticket_id)
            previous = ticket.assignee
            if previous == self.agent:
                return ticket
            if previous and not steal:
                raise Conflict(f"ticket #{ticket_id}: already claimed by {previous}")
            ticket.assignee = self.agent
            if ticket.status is Status.NEW:
                ticket.status = Status.OPEN
            self._touch(tx, ticket)
            self._event(tx, "steal" if previous else "claim", ticket_id, previous=previous)
            return ticket

    def assign(self, ticket_id: int, agent: str) -> Ticket:
        with self.store.transaction() as tx:
            ticket = tx.get_ticket(ticket_id)
            previous, ticket.assignee = ticket.assignee, agent
            if agent and ticket.status is Status.NEW:
                ticket.status = Status.OPEN
            self._touch(tx, ticket)
            self._event(tx, "assign", ticket_id, previous=previous, assignee=agent)
            return ticket

    def set_status(self, ticket_id: int, status: Status | str) -> Ticket:
        try:
            new = Status(status)
        except ValueError:
            names = ", ".join(s.value for s in Status)
            raise DeskError(f"status {status!r}: expected one of {names}") from None
        with self.store.transaction() as tx:
            ticket = tx.get_ticket(ticket_id)
            previous, ticket.status = ticket.status, new
            self._touch(tx, ticket)
            self._event(tx, "status", ticket_id, previous=previous.value, status=new.value)
            return ticket

    def add_note(self, ticket_id: int, text: str) -> Message:
        """An internal note (R13): visible to agents, never sent to the customer."""
        if not text.strip():
            raise DeskError(f"ticket #{ticket_id}: a note needs some text")
        with self.store.transaction() as tx:
            ticket = tx.get_ticket(ticket_id)
            note = tx.add_message(
                Message(
                    ticket_id=ticket_id,
                    direction=Direction.NOTE,
                    sender=Person(self.config.agent.name or self.agent, ""),
                    subject=ticket.subject,
                    text=text,
                    created_at=utcnow(),
                    agent=self.agent,
                )
            )
            ticket.message_count += 1
            self._touch(tx, ticket)
            self._event(tx, "note", ticket_id, message=note.id)
            return note

    # -- ingestion --------------------------------------------------------------------
    def import_messages(self, items: Iterable[Incoming], batch: int = 200) -> ImportResult:
        """Store incoming messages: new tickets, follow-ups threaded by reference, and
        duplicates (same Message-ID and content) stored once.

        Raw bytes and attachments are written as blobs before the metadata that
        names them, so a crash leaves at worst an unreferenced blob, never a
        reference to nothing. Items are committed in batches to keep the lock short.
        """
        result = ImportResult()
        pending: list[Incoming] = []
        for item in items:
            self._store_blobs(item)
            pending.append(item)
            if len(pending) >= batch:
                self._import_batch(pending, result)
                pending = []
        if pending:
            self._import_batch(pending, result)
        return result

    def _store_blobs(self, item: Incoming) -> None:
        if item.raw is not None:
            item.message.raw_blob = self.store.put_blob(item.raw)
        for att, data in zip(item.message.attachments, item.attachment_data, strict=True):
            att.blob = self.store.put_blob(data)
            att.size = len(data)

    def _import_batch(self, items: Sequence[Incoming], result: ImportResult) -> None:
        with self.store.transaction() as tx:
            for item in items:
                self._import_one(tx, item, result)

    def _import_one(self, tx: Transaction, item: Incoming, result: ImportResult) -> None:
        msg = item.message
        known = tx.index_get(MESSAGE_IDS, msg.message_id) if msg.message_id else None
        if known and known.get("raw") == msg.raw_blob:
            result.duplicates += 1
            return
        ticket = self._thread(tx, msg)
        if ticket is None:
            ticket = tx.new_ticket(
                Ticket(
                    id=0,
                    subject=msg.subject,
                    customer=msg.sender,
                    channel=item.channel,
                    source=item.source,
                    language=item.language,
                    priority=item.priority,
                    created_at=msg.created_at,
                )
            )
            msg.reason = msg.reason or "new ticket: no reference to a known message"
            self._event(tx, "ticket_created", ticket.id, source=item.source)
        else:
            result.threaded += 1
        msg.ticket_id = ticket.id
        stored = tx.add_message(msg)
        if msg.message_id and not known:
            tx.index_put(
                MESSAGE_IDS,
                msg.message_id,
                {"ticket": ticket.id, "msg": stored.id, "raw": msg.raw_blob},
            )
        ticket.message_count += 1
        if msg.auto_reply or msg.bounce:
            result.auto_replies += msg.auto_reply
            result.bounces += msg.bounce
        else:
            ticket.last_customer_at = max(ticket.last_customer_at or msg.created_at, msg.created_at)
            if ticket.status in (Status.PENDING, Status.SOLVED, Status.CLOSED):
                ticket.status = Status.OPEN if ticket.assignee else Status.NEW
        self._touch(tx, ticket)
        self._event(tx, "message_in", ticket.id, message=stored.id)
        result.imported += 1
        result.tickets.append(ticket.id)

    def _thread(self, tx: Transaction, msg: Message) -> Ticket | None:
        for ref in [msg.in_reply_to, *reversed(msg.references)]:
            known = tx.index_get(MESSAGE_IDS, ref) if ref else None
            if known:
                msg.reason = f"threaded: refers to {ref}, a message of ticket #{known['ticket']}"
                return tx.get_ticket(int(known["ticket"]))
        return None


def resolve_data_dir(config: Config, data_dir: Path | None) -> Path:
    """`--data-dir`, else `[desk] data_dir`, else the XDG data dir."""
    return data_dir or config.desk.data_dir or default_data_dir()


def open_desk(config: Config, data_dir: Path | None, agent: str) -> Desk:
    store = open_store(
        resolve_data_dir(config, data_dir),
        archive_after_days=config.desk.archive_after_days,
    )
    return Desk(store, config, agent)
