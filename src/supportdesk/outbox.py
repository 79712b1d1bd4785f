"""Replies out: committed before any network call, sent at least once, never twice blindly.

A reply is stored as `queued` with its Message-ID before the transport is touched, and
marked `in_doubt` while a send is under way. Success makes it `sent`; a refusal makes
it `failed` (permanent) or leaves it `queued` for a retry with backoff (temporary). A
crash, or a connection dropped after the server may have accepted the message, leaves
it `in_doubt`: recovery never resends it without a person confirming (reliability.md
OUT-03). The Message-ID never changes between attempts, so the customer's mail client
would thread even a duplicate correctly.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from supportdesk.config import Config
from supportdesk.errors import Conflict, DeskError, NotFound
from supportdesk.intake import ID_KEY, MESSAGE_IDS, OUTBOX
from supportdesk.mail.thread import new_message_id
from supportdesk.metrics.deadlines import due_at, sla_of
from supportdesk.models import (
    Attachment,
    Delivery,
    Direction,
    Event,
    Message,
    Person,
    Status,
    Ticket,
    utcnow,
)
from supportdesk.store import Store, Transaction
from supportdesk.store.files import crash_point

MAX_BACKOFF = timedelta(hours=1)


class NeedsConfirmation(DeskError):
    """A pre-send check wants a person's yes; `checks` names each one."""

    def __init__(self, ticket_id: int, checks: list[str]) -> None:
        super().__init__(f"ticket #{ticket_id}: not sent, confirm first: " + "; ".join(checks))
        self.checks = checks


@dataclass(slots=True)
class SendOutcome:
    message: Message
    sent: bool
    error: str = ""
    checks: list[str] = field(default_factory=list)


# (message, ticket) -> receipt; raises DeskError subclasses (see channels.transports)
Sender = Callable[[Message, Ticket], str]


def backoff(attempts: int) -> timedelta:
    """Next retry after 1, 2, 4 … minutes, at most an hour (Postfix-like doubling)."""
    return min(MAX_BACKOFF, timedelta(minutes=2 ** max(0, attempts - 1)))


class Outbox:
    def __init__(
        self,
        store: Store,
        config: Config,
        agent: str,
        sender: Sender,
        probe: Callable[[Message, Ticket], bool | None] | None = None,
    ) -> None:
        self.store = store
        self.config = config
        self.agent = agent
        self._send = sender
        self._probe = probe  # did an interrupted send happen after all? (Sent folder)

    # -- checks -------------------------------------------------------------------------
    def pre_send_checks(self, ticket: Ticket, messages: list[Message], body: str) -> list[str]:
        """What a careful agent would want to be asked about before a reply leaves."""
        checks = []
        if not body.strip():
            checks.append("the reply is empty")
        incoming = [m for m in messages if m.direction is Direction.IN]
        if incoming and (incoming[-1].auto_reply or incoming[-1].bounce or incoming[-1].bulk):
            kind = "a bounce" if incoming[-1].bounce else "an automatic message"
            checks.append(f"the latest incoming message is {kind}")
        to = ticket.customer.email.strip().lower()
        if not to:
            checks.append("the ticket has no customer address")
        elif incoming and to not in {m.sender.email.strip().lower() for m in incoming}:
            checks.append(f"the recipient {to} is not part of this thread")
        return checks

    # -- queueing -------------------------------------------------------------------------
    def queue(
        self,
        ticket_id: int,
        body: str,
        *,
        confirmed: bool = False,
        seen_version: int | None = None,
        sending: bool = False,
        attachments: Sequence[tuple[str, str, bytes]] = (),
        template: str = "",
    ) -> Message:
        """Commit a reply as `queued`; raises NeedsConfirmation unless `confirmed`.

        `sending` also records the first attempt as begun (see `queue_and_send`).
        `attachments` are (filename, content type, bytes), stored as blobs first.
        `template` names the canned response it started from: it rides in the outbox
        entry until the send, whose `reply` event carries it (most-used templates)."""
        files = [Attachment(n, t, len(b), self.store.put_blob(b)) for n, t, b in attachments]
        with self.store.transaction() as tx:
            ticket = tx.get_ticket(ticket_id)
            messages = tx.messages(ticket_id)
            checks = self.pre_send_checks(ticket, messages, body)
            if seen_version is not None and ticket.version != seen_version:
                checks.append("the ticket changed since you opened it (another reply or message)")
            if checks and not confirmed:
                raise NeedsConfirmation(ticket_id, checks)
            last_in = next((m for m in reversed(messages) if m.direction is Direction.IN), None)
            domain = (self.config.desk.address.partition("@")[2]) or "supportdesk.invalid"
            # The thread's root first, then the chain the customer's client sent (OUT-01).
            root = next((m.message_id for m in messages if m.message_id), "")
            chain = (
                [*last_in.references, last_in.message_id] if last_in and last_in.message_id else []
            )
            refs = list(dict.fromkeys(r for r in [root, *chain] if r))
            msg = tx.add_message(
                Message(
                    ticket_id=ticket_id,
                    direction=Direction.OUT,
                    sender=Person(self.config.agent.name or self.agent, self.config.desk.address),
                    subject=ticket.subject,
                    text=body,
                    created_at=utcnow(),
                    message_id=new_message_id(self.store.secret(ID_KEY), ticket_id, domain),
                    in_reply_to=last_in.message_id if last_in else "",
                    references=refs,
                    agent=self.agent,
                    delivery=Delivery.QUEUED,
                    attempts=1 if sending else 0,
                    in_doubt=sending,
                    attachments=files,
                )
            )
            tx.index_put(
                MESSAGE_IDS, msg.message_id, {"ticket": ticket_id, "msg": msg.id, "fp": ""}
            )
            entry: dict[str, object] = {"ticket": ticket_id, "msg": msg.id}
            if template:
                entry["template"] = template
            tx.index_put(OUTBOX, msg.message_id, entry)
            ticket.message_count += 1
            ticket.updated_at = utcnow()
            if self.config.desk.claim_on_reply and not ticket.assignee:
                # Answering an unclaimed ticket takes it ([desk] claim_on_reply): its next
                # deadline is then this agent's, not "(unassigned)". Never someone else's.
                ticket.take(self.agent)
                self._event(tx, "claim", ticket_id, previous="", by_reply=True)
            tx.put_ticket(ticket)
            extra = {"template": template} if template else {}
            self._event(tx, "reply_queued", ticket_id, message=msg.id, confirmed=checks, **extra)
            return msg

    # -- sending --------------------------------------------------------------------------
    def send(
        self, message_id: str, *, status: Status | None = Status.PENDING, force: bool = False
    ) -> SendOutcome:
        """Try to deliver one queued reply. `force` resends one that is in doubt."""
        with self.store.transaction() as tx:
            msg, ticket = self._find(tx, message_id)
        if msg.in_doubt and not force and msg.delivery is not Delivery.SENT:
            # Ask the Sent folder first (outside the lock: it is a network call).
            if self._probe is not None and self._probe(msg, ticket):
                return self._record_sent(message_id, status, "found in the Sent folder")
            raise Conflict(
                f"reply {msg.id}: a send was interrupted and it may have been delivered; "
                "check the Sent folder, then retry with --yes to send it again"
            )
        with self.store.transaction() as tx:
            msg, ticket = self._find(tx, message_id)
            if msg.delivery is Delivery.SENT:
                return SendOutcome(msg, True)
            self._begin_attempt(tx, msg)
        return self._deliver(msg, ticket, status)

    def queue_and_send(
        self,
        ticket_id: int,
        body: str,
        *,
        status: Status | None = Status.PENDING,
        confirmed: bool = False,
        seen_version: int | None = None,
        attachments: Sequence[tuple[str, str, bytes]] = (),
        template: str = "",
    ) -> SendOutcome:
        """`queue` and `send` with one commit fewer: the reply is stored, already marked
        as being sent, before the transport is touched."""
        msg = self.queue(
            ticket_id,
            body,
            confirmed=confirmed,
            seen_version=seen_version,
            sending=True,
            attachments=attachments,
            template=template,
        )
        return self._deliver(msg, self.store.get_ticket(ticket_id), status)

    @staticmethod
    def _begin_attempt(tx: Transaction, msg: Message) -> None:
        msg.attempts += 1
        msg.in_doubt = True  # from here on, a crash leaves it for a person to decide
        msg.delivery = Delivery.QUEUED
        tx.put_message(msg)

    def _deliver(self, msg: Message, ticket: Ticket, status: Status | None) -> SendOutcome:
        message_id = msg.message_id
        crash_point("outbox-before-send")
        try:
            receipt = self._send(msg, ticket)
        except DeskError as exc:
            return self._failed(msg, exc)
        crash_point("outbox-sent-before-record")
        return self._record_sent(message_id, status, receipt)

    def _record_sent(self, message_id: str, status: Status | None, receipt: str) -> SendOutcome:
        """Mark a reply sent and log the `reply` event the report counts.

        The reply answered the customer when the agent committed it (`msg.created_at`),
        so that is the ticket's response time and the event's `written_at`, however long
        the transport took; the event is logged only now, so a reply that never left
        never counts. It is attributed to its author, not to whoever retried the send.
        """
        with self.store.transaction() as tx:
            msg, ticket = self._find(tx, message_id)
            msg.delivery, msg.in_doubt, msg.delivery_error = Delivery.SENT, False, ""
            tx.put_message(msg)
            entry = tx.index_get(OUTBOX, msg.message_id) or {}
            tx.index_put(OUTBOX, msg.message_id, None)
            first = ticket.first_response_at is None
            now = utcnow()
            answered = min(msg.created_at, now)
            ticket.first_response_at = ticket.first_response_at or answered
            ticket.last_reply_at = max(ticket.last_reply_at or answered, answered)
            data: dict[str, object] = {
                "message": msg.id,
                "first": first,
                "receipt": receipt[:200],
                "written_at": answered.isoformat(),
            }
            if entry.get("template"):
                data["template"] = entry["template"]
            if status is not None and status is not ticket.status:
                data["status"] = status.value  # the reply also changed the status
                data["previous"] = ticket.status.value
                ticket.status = status
            if msg.agent and msg.agent != self.agent:
                data["sent_by"] = self.agent
            ticket.due_at = due_at(ticket, *sla_of(self.config))
            ticket.updated_at = now
            tx.put_ticket(ticket)
            tx.log(Event("reply", ticket.id, msg.agent or self.agent, now, data, os.getuid()))
        return SendOutcome(msg, True)

    def _failed(self, msg: Message, exc: DeskError) -> SendOutcome:
        permanent = bool(getattr(exc, "permanent", False))
        unknown = bool(getattr(exc, "accepted_unknown", False))
        with self.store.transaction() as tx:
            msg, ticket = self._find(tx, msg.message_id)
            msg.delivery_error = str(exc)
            msg.in_doubt = unknown
            msg.delivery = Delivery.FAILED if permanent else Delivery.QUEUED
            msg.next_attempt_at = None if permanent or unknown else utcnow() + backoff(msg.attempts)
            tx.put_message(msg)
            self._event(
                tx,
                "reply_failed",
                ticket.id,
                message=msg.id,
                error=str(exc)[:300],
                permanent=permanent,
            )
        return SendOutcome(msg, False, str(exc))

    def due_for_retry(self, now: datetime | None = None) -> list[Message]:
        now = now or utcnow()
        return [
            m for m in self.pending()
            if m.delivery is Delivery.QUEUED and not m.in_doubt and (m.next_attempt_at is None or m.next_attempt_at <= now)
        ]  # fmt: skip

    def retry_due(self) -> list[SendOutcome]:
        """Send every queued reply whose backoff has elapsed (the sync loop calls this)."""
        return [self.send(m.message_id, status=None) for m in self.due_for_retry()]

    def pending(self) -> list[Message]:
        """Every reply not yet sent: queued, failed or in doubt, oldest first."""
        found = []
        for entry in self.store.index_items(OUTBOX).values():
            found += [m for m in self.store.messages(int(entry["ticket"])) if m.id == entry["msg"]]
        return sorted(found, key=lambda m: m.created_at)

    def edit(self, message_id: str, body: str) -> Message:
        """Change the text of an unsent reply (e.g. after a permanent failure) before it
        is retried; one whose send may have happened must be settled first."""
        if not body.strip():
            raise DeskError(f"reply {message_id}: the new text is empty")
        with self.store.transaction() as tx:
            msg, ticket = self._find(tx, message_id)
            if msg.delivery is Delivery.SENT:
                raise Conflict(f"reply {msg.id}: already sent; it cannot be edited")
            if msg.in_doubt:
                raise Conflict(
                    f"reply {msg.id}: may have been delivered; settle it with retry first"
                )
            msg.text = body
            msg.next_attempt_at = None
            tx.put_message(msg)
            self._event(tx, "reply_edited", ticket.id, message=msg.id)
            return msg

    def discard(self, message_id: str) -> Message:
        with self.store.transaction() as tx:
            msg, ticket = self._find(tx, message_id)
            if msg.delivery is Delivery.SENT:
                raise Conflict(f"reply {msg.id}: already sent; it cannot be discarded")
            msg.direction, msg.delivery, msg.in_doubt = Direction.NOTE, None, False
            msg.text = f"[discarded reply, never sent]\n{msg.text}"
            tx.put_message(msg)
            tx.index_put(OUTBOX, msg.message_id, None)
            self._event(tx, "reply_discarded", ticket.id, message=msg.id)
            return msg

    # -- helpers --------------------------------------------------------------------------
    def find(self, key: str) -> Message:
        """A reply by its desk id (`12-3`) or Message-ID."""
        for m in self.pending():
            if key in (m.id, m.message_id):
                return m
        raise NotFound(f"outbox {key}: no unsent reply with that id")

    def _find(self, tx: Transaction, message_id: str) -> tuple[Message, Ticket]:
        known = tx.index_get(MESSAGE_IDS, message_id)
        if not known:
            raise NotFound(f"reply {message_id}: unknown")
        ticket = tx.get_ticket(int(known["ticket"]))
        for m in tx.messages(ticket.id):
            if m.id == known["msg"]:
                return m, ticket
        raise NotFound(f"reply {message_id}: missing from ticket #{ticket.id}")

    def _event(self, tx: Transaction, kind: str, ticket_id: int, **data: object) -> None:
        tx.log(Event(kind, ticket_id, self.agent, utcnow(), dict(data), os.getuid()))
