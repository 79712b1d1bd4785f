"""The desk's front door: every incoming item is deduplicated, threaded and stored here.

Sources (IMAP, Maildir, HTTP, `import`) only produce `Incoming` items or `Quarantined`
ones; this module decides, inside a store transaction, what each becomes, and writes
the reason on the message so agents can see why (issue 3: every decision explained).
Nothing that arrives is dropped: a message is stored on a ticket, counted as an exact
duplicate of one already stored, or kept raw in quarantine.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from supportdesk.mail.thread import Candidate, decide, signed_ticket
from supportdesk.metrics.deadlines import due_at
from supportdesk.models import (
    Delivery,
    Direction,
    Event,
    Incoming,
    Quarantined,
    Status,
    Ticket,
    utcnow,
)
from supportdesk.store import Store, Transaction
from supportdesk.store.files import crash_point

if TYPE_CHECKING:
    from supportdesk.metrics.business import BusinessHours

MESSAGE_IDS = "message-ids"  # index: Message-ID → {"ticket", "msg", "fp"}
QUARANTINE = "quarantine"  # index: sha256 of the raw bytes → why it is held
SlaTargets = (
    tuple[Mapping[str, int], Mapping[str, int]]
    | tuple[Mapping[str, int], Mapping[str, int], "BusinessHours | None"]
)
ID_KEY = "message-id-key"  # the desk secret that signs our Message-IDs
OUTBOX = "outbox"  # index: Message-ID of an unsent or failed reply → where it is


@dataclass(slots=True)
class ImportResult:
    imported: int = 0
    threaded: int = 0
    duplicates: int = 0
    auto_replies: int = 0
    bounces: int = 0
    quarantined: int = 0
    tickets: list[int] = field(default_factory=list)

    def add(self, other: ImportResult) -> None:
        for name in (
            "imported",
            "threaded",
            "duplicates",
            "auto_replies",
            "bounces",
            "quarantined",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.tickets += other.tickets

    def as_dict(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "threaded": self.threaded,
            "duplicates": self.duplicates,
            "auto_replies": self.auto_replies,
            "bounces": self.bounces,
            "quarantined": self.quarantined,
            "tickets": sorted(set(self.tickets)),
        }


class Intake:
    """Stores incoming items; `sla` is the (first, next) response targets per priority,
    optionally followed by the business calendar (`metrics.deadlines.sla_of`)."""

    def __init__(self, store: Store, sla: SlaTargets, tags: Sequence[str] = ()) -> None:
        """`tags` go on every new ticket (e.g. `outage:www` while a monitor is down)."""
        self.store = store
        self._sla = sla
        self._tags = list(tags)
        self._key: bytes | None = None

    @property
    def key(self) -> bytes:
        if self._key is None:
            self._key = self.store.secret(ID_KEY)
        return self._key

    def run(self, items: Iterable[Incoming | Quarantined], batch: int = 200) -> ImportResult:
        """Store `items`, committing every `batch` so the lock is never held for long.

        Blobs (raw bytes, attachments) are written before the metadata that names them,
        so a crash leaves at worst an unreferenced blob, never a reference to nothing.
        """
        result = ImportResult()
        pending: list[Incoming | Quarantined] = []
        for item in items:
            self._store_blobs(item)
            pending.append(item)
            if len(pending) >= batch:
                self._commit(pending, result)
                pending = []
        if pending:
            self._commit(pending, result)
        return result

    def _store_blobs(self, item: Incoming | Quarantined) -> None:
        if isinstance(item, Quarantined):
            self.store.put_blob(item.raw)
            crash_point("intake-blob-written")
            return
        msg = item.message
        if item.raw is not None:
            msg.raw_blob = self.store.put_blob(item.raw)
            crash_point("intake-blob-written")
        elif msg.raw_blob:  # stored by the parser worker: settle its durability here
            self.store.adopt_blobs([msg.raw_blob, *(a.blob for a in msg.attachments if a.blob)])
        for att, data in zip(msg.attachments, item.attachment_data, strict=False):
            att.blob = self.store.put_blob(data)
            att.size = len(data)
            crash_point("intake-attachment-written")
        item.attachment_data = []  # stored; do not hold large attachments in memory

    def _commit(self, items: Sequence[Incoming | Quarantined], result: ImportResult) -> None:
        with self.store.transaction() as tx:
            for item in items:
                if isinstance(item, Quarantined):
                    self._quarantine(tx, item, result)
                else:
                    self._store_one(tx, item, result)
        crash_point("intake-batch-committed")

    def retry(self, digest: str, item: Incoming | Quarantined) -> ImportResult:
        """Process a quarantined item again: released onto a ticket, or held with the
        new reason. Either way the decision is logged."""
        result = ImportResult()
        self._store_blobs(item)
        with self.store.transaction() as tx:
            entry = dict(tx.index_get(QUARANTINE, digest) or {})
            if isinstance(item, Quarantined):
                entry.update(reason=item.reason, retried_at=utcnow().isoformat())
                result.quarantined += 1
            else:
                self._store_one(tx, item, result)
                entry.update(
                    state="released", tickets=result.tickets, released_at=utcnow().isoformat()
                )
            tx.index_put(QUARANTINE, digest, entry)
            tx.log(
                Event(
                    "quarantine_retry",
                    None,
                    "",
                    utcnow(),
                    {"blob": digest, "state": entry.get("state")},
                    os.getuid(),
                )
            )
        return result

    # -- quarantine ---------------------------------------------------------------------
    def _quarantine(self, tx: Transaction, item: Quarantined, result: ImportResult) -> None:
        import hashlib

        digest = hashlib.sha256(item.raw).hexdigest()
        held = tx.index_get(QUARANTINE, digest)
        if held and held.get("state") == "held":
            result.duplicates += 1
            return
        tx.index_put(
            QUARANTINE,
            digest,
            {
                "reason": item.reason,
                "source": item.source,
                "origin": item.origin,
                "size": len(item.raw),
                "at": utcnow().isoformat(),
                "state": "held",
            },
        )
        tx.log(
            Event(
                "quarantined",
                None,
                "",
                utcnow(),
                {"blob": digest, "reason": item.reason},
                os.getuid(),
            )
        )
        result.quarantined += 1

    # -- messages -----------------------------------------------------------------------
    def _store_one(self, tx: Transaction, item: Incoming, result: ImportResult) -> None:
        msg = item.message
        known = tx.index_get(MESSAGE_IDS, msg.message_id) if msg.message_id else None
        if known and item.fingerprint in (known.get("fp"), *known.get("also", ())):
            result.duplicates += 1
            return
        if known:
            msg.reason = f"reuses the Message-ID of message {known['msg']} with different content; "
        ticket, related, reason = self._place(tx, item)
        msg.reason += reason
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
                    updated_at=msg.created_at,
                    related_to=related,
                    tags=list(self._tags),
                )
            )
            tx.log(
                Event(
                    "ticket_created",
                    ticket.id,
                    "",
                    msg.created_at,
                    {"source": item.source, "priority": ticket.priority.value},
                    os.getuid(),
                )
            )
        else:
            result.threaded += 1
        msg.ticket_id = ticket.id
        stored = tx.add_message(msg)
        if msg.message_id and not known:
            entry = {"ticket": ticket.id, "msg": stored.id, "fp": item.fingerprint}
            tx.index_put(MESSAGE_IDS, msg.message_id, entry)
        elif known:
            # Threading keeps pointing at the first holder of the id; the fingerprint is
            # remembered so importing the same files again stays idempotent (ING-12).
            also = [*known.get("also", ()), item.fingerprint]
            tx.index_put(MESSAGE_IDS, msg.message_id, {**known, "also": also})
        ticket.message_count += 1
        logged: dict[str, object] = {"message": stored.id}  # the report reads these flags
        if msg.bounce:
            logged["bounce"] = True
            result.bounces += 1
            self._mark_bounced(tx, item)
        elif msg.auto_reply:
            logged["auto_reply"] = True
            result.auto_replies += 1
        else:
            # Only a person writing restarts the clock or reopens the ticket (R2).
            # A message written before our last reply crossed it in the mail: it still
            # needs an answer, so its clock starts when it arrived.
            at = msg.created_at
            if ticket.last_reply_at and at <= ticket.last_reply_at:
                at = utcnow()
                logged["clock_at"] = at.isoformat()
            ticket.last_customer_at = max(ticket.last_customer_at or at, at)
            if ticket.status in (Status.PENDING, Status.SOLVED, Status.CLOSED):
                ticket.status = Status.OPEN if ticket.assignee else Status.NEW
        ticket.updated_at = max(ticket.updated_at, msg.created_at)
        ticket.due_at = due_at(ticket, *self._sla)
        tx.put_ticket(ticket)
        tx.log(Event("message_in", ticket.id, "", msg.created_at, logged, os.getuid()))
        result.imported += 1
        result.tickets.append(ticket.id)

    def _place(self, tx: Transaction, item: Incoming) -> tuple[Ticket | None, int | None, str]:
        """The ticket the message joins (None: a new one), a ticket it only claims, why."""
        msg = item.message
        candidates: list[Candidate] = []
        notes: list[str] = []
        refs = [r for r in [*item.bounced_ids, msg.in_reply_to, *reversed(msg.references)] if r]
        for ref in dict.fromkeys(refs):
            signed = signed_ticket(self.key, ref)
            if signed is False:
                notes.append(f"ignored {ref}: looks like ours but its signature is wrong")
                continue
            if isinstance(signed, int) and self._exists(tx, signed):
                candidates.append(
                    Candidate(signed, f"{ref} is our message on ticket #{signed}", True)
                )
                continue
            known = tx.index_get(MESSAGE_IDS, ref)
            if known:
                tid = int(known["ticket"])
                candidates.append(
                    Candidate(tid, f"refers to {ref}, a message of ticket #{tid}", False)
                )
        if item.subject_tag is not None and self._exists(tx, item.subject_tag):
            tag = item.subject_tag
            candidates.append(Candidate(tag, f"subject carries the tag [#{tag}]", False))
        on_ticket = {
            c.ticket_id: self._sender_on(tx, c.ticket_id, msg.sender.email) for c in candidates
        }
        decision = decide(candidates, on_ticket)
        reason = "; ".join([*notes, decision.reason])
        ticket = tx.get_ticket(decision.ticket_id) if decision.ticket_id is not None else None
        return ticket, decision.related_to, reason

    @staticmethod
    def _exists(tx: Transaction, ticket_id: int) -> bool:
        from supportdesk.errors import NotFound

        try:
            tx.get_ticket(ticket_id)
        except NotFound:
            return False
        return True

    @staticmethod
    def _sender_on(tx: Transaction, ticket_id: int, email: str) -> bool:
        email = email.strip().lower()
        if not email:
            return False
        if tx.get_ticket(ticket_id).customer.email.strip().lower() == email:
            return True
        return any(
            m.direction is Direction.IN and m.sender.email.strip().lower() == email
            for m in tx.messages(ticket_id)
        )

    def _mark_bounced(self, tx: Transaction, item: Incoming) -> None:
        """A delivery report naming one of our replies marks that reply failed (LOOP-02)."""
        for ref in item.bounced_ids:
            known = tx.index_get(MESSAGE_IDS, ref)
            if not known:
                continue
            for m in tx.messages(int(known["ticket"])):
                if m.id == known["msg"] and m.direction is Direction.OUT:
                    m.delivery = Delivery.FAILED
                    m.delivery_error = item.bounce_reason or "bounced"
                    tx.put_message(m)
                    # Failed replies stay visible in the outbox until someone acts.
                    tx.index_put(OUTBOX, m.message_id, {"ticket": m.ticket_id, "msg": m.id})
