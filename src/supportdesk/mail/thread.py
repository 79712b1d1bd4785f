"""Which ticket a message belongs to, and how we know (reliability.md ING-13, ING-14).

A follow-up joins its ticket when it references a message of that ticket or carries
the ticket's `[#ID]` tag. Both can be forged: anyone can type `[#123]`, and a customer's
Message-ID is visible to everyone they wrote to. So our own outgoing Message-IDs carry
a keyed hash of the ticket id (as FreeScout does): a reference to one of them is proof
the writer saw our mail. A match by a tag or by a guessable reference from an address
that is not on the ticket is not merged silently; it opens a new ticket pointing at the
one it claims.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass

_OUR_ID = re.compile(r"^sd\.(\d+)\.([0-9a-f]{8,32})\.([0-9a-f]{16})@", re.IGNORECASE)
_TAG = re.compile(r"\[#(\d{1,12})\]")


def _mac(key: bytes, ticket_id: int, nonce: str) -> str:
    return hmac.new(key, f"{ticket_id}.{nonce}".encode(), hashlib.sha256).hexdigest()[:16]


def new_message_id(key: bytes, ticket_id: int, domain: str) -> str:
    """A fresh Message-ID for a reply on `ticket_id`, signed with the desk's key."""
    nonce = os.urandom(8).hex()
    return f"sd.{ticket_id}.{nonce}.{_mac(key, ticket_id, nonce)}@{domain or 'supportdesk.invalid'}"


def signed_ticket(key: bytes, message_id: str) -> int | bool | None:
    """The ticket a reference signs for; None if it is not one of ours; False if forged."""
    m = _OUR_ID.match(message_id)
    if not m:
        return None
    ticket_id, nonce, mac = int(m.group(1)), m.group(2).lower(), m.group(3).lower()
    return ticket_id if hmac.compare_digest(mac, _mac(key, ticket_id, nonce)) else False


def subject_tag(subject: str) -> int | None:
    """The `[#ID]` ticket tag in a subject (the last one, as replies prepend)."""
    found = _TAG.findall(subject)
    return int(found[-1]) if found else None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A ticket a message may belong to, and what points there."""

    ticket_id: int
    evidence: str  # human-readable: "In-Reply-To <x> is our reply on #12"
    strong: bool  # proof the writer saw our mail (a signed reference)


@dataclass(frozen=True, slots=True)
class Decision:
    ticket_id: int | None  # where to thread; None opens a new ticket
    related_to: int | None  # a ticket the message claims but was not merged into
    reason: str


def decide(candidates: list[Candidate], sender_on_ticket: dict[int, bool]) -> Decision:
    """Thread on a strong match, or a weak one from someone already on the ticket;
    anything else opens a new ticket that records what it claimed."""
    for c in candidates:
        if c.strong:
            return Decision(c.ticket_id, None, f"threaded: {c.evidence}")
    for c in candidates:
        if sender_on_ticket.get(c.ticket_id):
            return Decision(c.ticket_id, None, f"threaded: {c.evidence}, sender is on the ticket")
    if candidates:
        c = candidates[0]
        return Decision(
            None,
            c.ticket_id,
            f"new ticket: {c.evidence}, but the sender is not on ticket #{c.ticket_id} "
            "(possible thread hijack; not merged)",
        )
    return Decision(None, None, "new ticket: no reference to a known message or ticket")
