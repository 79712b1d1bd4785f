"""The application service: the verbs both the CLI and the TUI call.

Every verb that changes a ticket re-reads it inside a store transaction, decides there,
and records an event, so two agents acting at once are serialised and audited, and no
decision is taken on a stale screen (reliability.md MULTI-02, STORE-03).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from enum import Enum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from supportdesk.config import Config
from supportdesk.errors import Conflict, DeskError
from supportdesk.intake import QUARANTINE, ImportResult, Intake
from supportdesk.metrics.deadlines import due_at, sla_of
from supportdesk.models import (
    Direction,
    Event,
    Incoming,
    Message,
    Person,
    Priority,
    Quarantined,
    Status,
    Ticket,
    utcnow,
)
from supportdesk.outbox import Outbox
from supportdesk.paths import default_data_dir
from supportdesk.store import Store, Transaction, open_store

if TYPE_CHECKING:
    from supportdesk.delivery import Deliverer
    from supportdesk.metrics.period import Period
    from supportdesk.metrics.report import MonitorSection, Report
    from supportdesk.tone import Analysis, PackSet
    from supportdesk.tone import Context as ToneContext
    from supportdesk.tone.reader import Reader

DRAFTS = "drafts"  # index: "agent:ticket" → the agent's unsent reply text
# Events by which an agent holds or works a ticket: their authors are the desk's agents
# (`Desk.agents`); a message_in or ticket_created is logged by no agent.
AGENT_EVENTS = frozenset({"claim", "steal", "assign", "reply", "note", "escalate", "status"})
AGENTS_DAYS = 90  # an agent who did none of those for this long is not offered
VIEWS = ("active", "all", *(s.value for s in Status))

E = TypeVar("E", bound=StrEnum)


def _not_one_of(label: str, value: object, allowed: Iterable[str]) -> DeskError:
    return DeskError(f"{label} {value!r}: expected one of {', '.join(allowed)}")


def _parse(kind: type[E], value: E | str, label: str) -> E:
    """`value` as a member of `kind`, or a DeskError that lists the allowed values."""
    try:
        return kind(value)
    except ValueError:
        raise _not_one_of(label, value, (m.value for m in kind)) from None


def _plain(value: object) -> object:
    """What the event log keeps of a field's value: an enum as its string."""
    return value.value if isinstance(value, Enum) else value


class Desk:
    """One agent's handle on a shared desk."""

    def __init__(self, store: Store, config: Config, agent: str) -> None:
        self.store = store
        self.config = config
        self.agent = agent
        self._deliverer: Deliverer | None = None
        self._customers: set[str] | None = None  # see customer_addresses
        self._customers_frozen: frozenset[str] = frozenset()
        self._customer_names: set[str] = set()  # full names, lowercased (R5)
        self._customer_names_frozen: frozenset[str] = frozenset()
        self._customers_lock = threading.Lock()

    # -- reading ----------------------------------------------------------------------
    def list_tickets(self, view: str = "active") -> list[Ticket]:
        """The queue for `view` (a status, "active" or "all"), most urgent first (R2).

        Tickets with a running clock come first by deadline, then the rest by latest
        activity, so a ticket nobody answered can never sink below quiet ones.
        """
        if view not in VIEWS:
            raise _not_one_of("status", view, VIEWS)
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

    def agents(self, days: int = AGENTS_DAYS, present: Iterable[str] = ()) -> list[str]:
        """The logins of the desk's agents, for the assign prompt to offer and check
        against (ux21: any typed name was taken, a typo included, and the ticket then
        sat with nobody). The config lists no agents: a desk's agents are whoever works
        it, so these are this session's, those with a session open now (`present`, from
        presence.Presence.logins: presence sits above the desk), those holding an active
        ticket, and those who claimed, assigned, answered, annotated or changed one in the
        last `days` (an assignee named then, too)."""
        found = {self.agent, *present}
        found.update(t.assignee for t in self.store.list_tickets([s for s in Status if s.active]))
        since = utcnow() - timedelta(days=days)
        for e in self.store.event_dicts(AGENT_EVENTS, since=since):
            found.add(e.get("agent") or "")
            data = e.get("data")
            if e.get("kind") == "assign" and isinstance(data, dict):
                found.add(data.get("assignee") or "")
        return sorted((a for a in found if isinstance(a, str) and a.strip()), key=str.casefold)

    def conversation(self, ticket_id: int) -> list[Message]:
        return sorted(self.store.messages(ticket_id), key=lambda m: (m.created_at, m.id))

    # -- changing tickets -------------------------------------------------------------
    def _event(self, tx: Transaction, kind: str, ticket_id: int | None, **data: object) -> None:
        tx.log(Event(kind, ticket_id, self.agent, utcnow(), dict(data), os.getuid()))

    def _touch(self, tx: Transaction, ticket: Ticket) -> None:
        ticket.updated_at = utcnow()
        ticket.due_at = due_at(ticket, *sla_of(self.config))
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
            ticket.take(self.agent)
            self._touch(tx, ticket)
            self._event(tx, "steal" if previous else "claim", ticket_id, previous=previous)
            return ticket

    def assign(self, ticket_id: int, agent: str) -> Ticket:
        with self.store.transaction() as tx:
            ticket = tx.get_ticket(ticket_id)
            previous = ticket.assignee
            ticket.take(agent)
            self._touch(tx, ticket)
            self._event(tx, "assign", ticket_id, previous=previous, assignee=agent)
            return ticket

    def _set_field(self, ticket_id: int, field: str, value: Any) -> Ticket:
        """Re-read the ticket, set one field, touch it (the deadline follows status and
        priority) and log the change as an event named after the field."""
        with self.store.transaction() as tx:
            ticket = tx.get_ticket(ticket_id)
            previous = getattr(ticket, field)
            setattr(ticket, field, value)
            self._touch(tx, ticket)
            self._event(tx, field, ticket_id, previous=_plain(previous), **{field: _plain(value)})
            return ticket

    def set_status(self, ticket_id: int, status: Status | str) -> Ticket:
        return self._set_field(ticket_id, "status", _parse(Status, status, "status"))

    def set_priority(self, ticket_id: int, priority: Priority | str) -> Ticket:
        return self._set_field(ticket_id, "priority", _parse(Priority, priority, "priority"))

    def set_tags(self, ticket_id: int, tags: list[str]) -> Ticket:
        clean = list(dict.fromkeys(t.strip() for t in tags if t.strip()))
        return self._set_field(ticket_id, "tags", clean)

    def _add_note(self, tx: Transaction, ticket: Ticket, text: str) -> Message:
        """An internal note on `ticket` in this transaction, by this agent."""
        note = tx.add_message(
            Message(
                ticket_id=ticket.id,
                direction=Direction.NOTE,
                sender=Person(self.config.agent.name or self.agent, ""),
                subject=ticket.subject,
                text=text,
                created_at=utcnow(),
                agent=self.agent,
            )
        )
        ticket.message_count += 1
        return note

    def escalate(self, ticket_id: int, reason: str) -> Ticket:
        """Hand a ticket up with a reason (R9: escalate only when sure the first line
        cannot solve it). The reason is kept on the ticket, in a note and in the log,
        so the report can count escalations per agent."""
        if not reason.strip():
            raise DeskError(f"ticket #{ticket_id}: an escalation needs a reason")
        with self.store.transaction() as tx:
            ticket = tx.get_ticket(ticket_id)
            ticket.escalation = reason.strip()
            if "escalated" not in ticket.tags:
                ticket.tags = [*ticket.tags, "escalated"]
            note = self._add_note(tx, ticket, f"Escalated: {reason.strip()}")
            self._touch(tx, ticket)
            self._event(tx, "escalate", ticket_id, reason=reason.strip(), message=note.id)
            return ticket

    def add_note(self, ticket_id: int, text: str) -> Message:
        """An internal note (R13): visible to agents, never sent to the customer."""
        if not text.strip():
            raise DeskError(f"ticket #{ticket_id}: a note needs some text")
        with self.store.transaction() as tx:
            ticket = tx.get_ticket(ticket_id)
            note = self._add_note(tx, ticket, text)
            self._touch(tx, ticket)
            self._event(tx, "note", ticket_id, message=note.id)
            return note

    # -- ingestion --------------------------------------------------------------------
    def import_messages(
        self, items: Iterable[Incoming | Quarantined], batch: int = 200
    ) -> ImportResult:
        """Store incoming items: new tickets, threaded follow-ups, duplicates counted,
        unparseable input quarantined (see `intake`)."""
        sla = sla_of(self.config)
        return Intake(self.store, sla, self.outage_tags()).run(items, batch)

    def outage_tags(self) -> list[str]:
        """`outage:<name>` for each monitor down now: new tickets carry them (issue 10)."""
        from supportdesk.monitors import data_dir_of, outage_tags

        return outage_tags(data_dir_of(self.store))

    def quarantined(self) -> dict[str, dict[str, object]]:
        """Input held because it could not be parsed, by the sha256 of its raw bytes."""
        return self.store.index_items(QUARANTINE)

    def retry_quarantined(self, digest: str, item: Incoming | Quarantined) -> ImportResult:
        """Store a re-parsed quarantined item; it stays held if it still fails."""
        sla = sla_of(self.config)
        return Intake(self.store, sla).retry(digest, item)

    def outbox(self) -> Outbox:
        """Replies: queue, send, retry, discard (see `outbox`)."""
        if self._deliverer is None:
            from supportdesk.delivery import Deliverer

            self._deliverer = Deliverer(self.config, self.store)
        d = self._deliverer
        return Outbox(self.store, self.config, self.agent, d, d.already_sent)

    def close(self) -> None:
        """Release open connections (transports); the desk stays usable."""
        if self._deliverer is not None:
            self._deliverer.close()
            self._deliverer = None

    def report(
        self, period: Period, agent: str | None = None, monitors: MonitorSection | None = None
    ) -> Report:
        """Response times, deadlines and R9/R10 figures per agent over `period` (issue 9;
        see `metrics.fold` for what counts). Reads the whole event log: call it from a
        worker thread, never on a UI's event loop. `monitors` (issue 10) fills the
        report's optional `monitors` section: uptime per monitor, tickets per outage."""
        from supportdesk.metrics.report import build_report

        if monitors is None and self.config.monitors:
            monitors = _monitor_section
        return build_report(self.store, self.config, period, agent=agent, monitors=monitors)

    def save_draft(self, ticket_id: int, text: str) -> None:
        """Keep an unfinished reply so a dropped SSH session loses nothing."""
        self.store.get_ticket(ticket_id)
        with self.store.transaction() as tx:
            tx.index_put(
                DRAFTS,
                f"{self.agent}:{ticket_id}",
                {"text": text, "at": utcnow().isoformat()} if text else None,
            )

    def draft(self, ticket_id: int) -> str:
        entry = self.store.index_get(DRAFTS, f"{self.agent}:{ticket_id}")
        return str(entry["text"]) if entry else ""

    # -- tone guidance (issue 8) -------------------------------------------------------
    def tone_analysis(
        self, ticket_id: int, packs: PackSet | None = None, reader: Reader | None = None
    ) -> Analysis | None:
        """The customer's latest message on the ticket, analysed with its history;
        `reader` (tone/reader.py) reads its mood too."""
        from supportdesk.tone import analyze_ticket

        return analyze_ticket(
            self.get_ticket(ticket_id), self.conversation(ticket_id), packs, reader
        )

    def tone_context(
        self,
        ticket_id: int,
        packs: PackSet | None = None,
        attachments: int = 0,
        analysis: Analysis | None = None,
    ) -> ToneContext:
        """What the draft lint needs to know about the ticket answered: the customer's
        register and technical level, their address, and the addresses of the desk's
        other customers, which must never appear in this reply (R5). `analysis`: the
        ticket's `tone_analysis` when the caller already has it."""
        from supportdesk.tone import analyze_ticket, customer_words, lint_context

        ticket = self.get_ticket(ticket_id)
        messages = self.conversation(ticket_id)  # one read for the analysis and R5
        addresses, names = self._customers_known()  # one read of the active tickets
        return lint_context(
            ticket,
            analysis if analysis is not None else analyze_ticket(ticket, messages, packs),
            own_addresses=self.own_addresses(),
            other_customers=addresses,
            other_names=names,
            attachments=attachments,
            customer_texts=customer_words(messages)[-6:],
        )

    def customer_addresses(self) -> frozenset[str]:
        """Every customer address on the desk, lowercased (R5: the lint blocks another
        customer's address in a reply). The whole desk, archive included, is read once
        per Desk; after that only the active tickets, since a new customer always
        arrives as an active ticket — the set only grows, so nobody drops out of it."""
        return self._customers_known()[0]

    def _customers_known(self) -> tuple[frozenset[str], frozenset[str]]:
        """The customers' addresses and full names, from one read of the tickets."""
        with self._customers_lock:
            if self._customers is None:
                found = self.store.list_tickets()
                self._customers = set()
            else:
                found = self.store.list_tickets([s for s in Status if s.active])
            before = len(self._customers)
            self._customers.update(t.customer.email.lower() for t in found if t.customer.email)
            if len(self._customers) != before or not self._customers_frozen:
                self._customers_frozen = frozenset(self._customers)
            from supportdesk.tone.context import full_names

            names = len(self._customer_names)
            self._customer_names.update(full_names(t.customer.name for t in found))
            if len(self._customer_names) != names:
                self._customer_names_frozen = frozenset(self._customer_names)
            return self._customers_frozen, self._customer_names_frozen

    def customer_names(self) -> frozenset[str]:
        """The full names ("Ana Pop", two words or more) of the desk's customers,
        lowercased, gathered with `customer_addresses` (R5: another customer named in a
        reply is blocked, with or without their address)."""
        return self._customers_known()[1]

    def record_tone_override(self, ticket_id: int, rules: list[str], message: str) -> None:
        """The agent sent a reply despite `block` findings: logged, so the report can
        count overrides per agent."""
        with self.store.transaction() as tx:
            self._event(tx, "tone_override", ticket_id, rules=sorted(set(rules)), message=message)

    def tone_overrides(
        self, ticket_id: int, since: datetime | None = None
    ) -> dict[str, dict[str, object]]:
        """The replies of `ticket_id` sent despite `block` findings, by message id:
        {"rules", "agent", "at"} from the audit log, for `tickets show` and the
        conversation pane (ux17, ux19: the override was logged but nothing that shows a
        ticket said so). `since` (the first reply's time: an override is logged after
        its reply) spares the months before it, as a TUI opening a ticket wants."""
        out: dict[str, dict[str, object]] = {}
        events = self.store.event_dicts({"tone_override"}, {ticket_id}, since)
        for e in events:
            data = e.get("data") or {}
            message = data.get("message") if isinstance(data, dict) else None
            if isinstance(message, str) and message:
                rules = data.get("rules") or data.get("findings") or []
                out[message] = {
                    "rules": list(rules),
                    "agent": e.get("agent", ""),
                    "at": e.get("at"),
                }
        return out

    def own_addresses(self) -> frozenset[str]:
        """Addresses that are us: mail from them is our own, never a customer's (LOOP-03)."""
        found = {self.config.desk.address}
        for t in self.config.transports:
            found.add(getattr(t, "username", ""))
        return frozenset(a.strip().lower() for a in found if a and "@" in a)


def resolve_data_dir(config: Config, data_dir: Path | None) -> Path:
    """`--data-dir`, else `[desk] data_dir`, else the XDG data dir."""
    return data_dir or config.desk.data_dir or default_data_dir()


def open_desk(config: Config, data_dir: Path | None, agent: str) -> Desk:
    store = open_store(
        resolve_data_dir(config, data_dir),
        archive_after_days=config.desk.archive_after_days,
    )
    return Desk(store, config, agent)


def _monitor_section(store: Store, config: Config, period: Period) -> object | None:
    """The report's `monitors` section (issue 10): uptime per monitor, tickets per outage."""
    from supportdesk.monitors import data_dir_of, summary_for_report

    data_dir = data_dir_of(store)
    if data_dir is None:
        return None
    return summary_for_report(data_dir, period.start, period.end, store)
