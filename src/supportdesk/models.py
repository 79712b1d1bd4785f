"""The desk's vocabulary: tickets, their messages, attachments and the event log.

Plain dataclasses with no I/O: the store (de)serialises them, the CLI and TUI show them.
Field names follow the JSON shapes of design.md so that one mapping serves the disk,
`--json` output and scripts alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


class Status(StrEnum):
    NEW = "new"
    OPEN = "open"
    PENDING = "pending"  # waiting on the customer
    SOLVED = "solved"
    CLOSED = "closed"

    @property
    def active(self) -> bool:
        """Whether the ticket still needs someone: the queue's default view (R2)."""
        return self in (Status.NEW, Status.OPEN, Status.PENDING)


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"

    @property
    def rank(self) -> int:
        return _PRIORITY_RANK[self]


_PRIORITY_RANK = {Priority.LOW: 0, Priority.NORMAL: 1, Priority.HIGH: 2, Priority.URGENT: 3}


class Direction(StrEnum):
    IN = "in"  # from the customer
    OUT = "out"  # a reply to the customer
    NOTE = "note"  # internal, never sent


class Channel(StrEnum):
    EMAIL = "email"
    HTTP = "http"


class Delivery(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"


def utcnow() -> datetime:
    """Aware UTC now; every stored time is aware so ISO output carries an offset."""
    return datetime.now(UTC)


@dataclass(slots=True)
class Person:
    name: str = ""
    email: str = ""

    def __str__(self) -> str:
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.name or self.email


@dataclass(slots=True)
class Attachment:
    filename: str
    content_type: str
    size: int
    blob: str = ""  # sha256 of the content in the blob store


@dataclass(slots=True)
class Message:
    """One item of a conversation: a customer message, a reply or an internal note."""

    ticket_id: int
    direction: Direction
    sender: Person
    subject: str
    text: str
    created_at: datetime
    id: str = ""
    quoted_from: int = -1  # offset in `text` where quoted history/signature starts  # desk-local id, assigned by the store
    message_id: str = ""  # RFC 5322 Message-ID (or the HTTP item id)
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    agent: str = ""  # who wrote an out/note
    auto_reply: bool = False
    bounce: bool = False
    bulk: bool = False  # list or bulk mail (Precedence, List-Id)
    attachments: list[Attachment] = field(default_factory=list)
    delivery: Delivery | None = None  # only for direction OUT
    delivery_error: str = ""
    attempts: int = 0  # send attempts so far
    in_doubt: bool = False  # a send began and its outcome is unknown: ask before resending
    next_attempt_at: datetime | None = None
    raw_blob: str = ""  # sha256 of the original bytes, kept before anything else
    reason: str = ""  # why it was threaded or classified as it was


@dataclass(slots=True)
class Ticket:
    id: int
    subject: str
    customer: Person
    status: Status = Status.NEW
    priority: Priority = Priority.NORMAL
    channel: Channel = Channel.EMAIL
    source: str = ""
    assignee: str = ""
    language: str = ""
    tags: list[str] = field(default_factory=list)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)
    due_at: datetime | None = None
    message_count: int = 0
    last_customer_at: datetime | None = None
    first_response_at: datetime | None = None
    last_reply_at: datetime | None = None  # latest reply to the customer
    escalation: str = ""  # reason of the latest escalation (R9)
    related_to: int | None = None  # ticket this one claims to belong to (hijack guard)
    version: int = 0  # bumped on every change: lets a sender notice a colliding reply

    def take(self, agent: str) -> None:
        """Give the ticket to `agent` ("" = nobody). A new ticket somebody now answers
        for is open: claiming, assigning and answering an unclaimed ticket all mean that,
        and the report's fold (metrics.fold `_claim`/`_assign`) replays the same step."""
        self.assignee = agent
        if agent and self.status is Status.NEW:
            self.status = Status.OPEN


@dataclass(slots=True)
class Event:
    """One line of the append-only audit log: what happened, who did it, when."""

    kind: str
    ticket_id: int | None
    agent: str
    at: datetime = field(default_factory=utcnow)
    data: dict[str, object] = field(default_factory=dict)
    uid: int = -1  # OS user id of the process: attribution a config file cannot fake


@dataclass(slots=True)
class Incoming:
    """A message from a source, parsed and ready to store.

    `message.ticket_id` is ignored: the desk decides where the message belongs.
    `attachment_data` holds the bytes of `message.attachments`, in the same order.
    `bounced_ids` are our Message-IDs a delivery report says could not be delivered.
    """

    message: Message
    raw: bytes | None = None
    attachment_data: list[bytes] = field(default_factory=list)
    channel: Channel = Channel.EMAIL
    source: str = ""
    language: str = ""
    priority: Priority = Priority.NORMAL
    fingerprint: str = ""  # same Message-ID and same fingerprint: the same message again
    subject_tag: int | None = None  # the [#ID] in the subject, if any
    bounced_ids: list[str] = field(default_factory=list)
    bounce_reason: str = ""


@dataclass(slots=True)
class Quarantined:
    """Input that could not be turned into a message: kept raw, listed, retried later."""

    raw: bytes
    reason: str
    source: str = ""
    origin: str = ""  # file path, IMAP UID, HTTP item id: where it came from
