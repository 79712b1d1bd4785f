"""From a ticket and its conversation to what the analysis and the lint need.

Pure functions over the models, so the CLI, the TUI and tests build the same context:
the customer's own words (quoted history cut off), how many of their messages wait for
an answer, and the lint context (their register and technical level, their address and
the addresses of the desk's other customers).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from supportdesk.tone.analyze import Analysis, analyze, unanswered
from supportdesk.tone.lint import Context
from supportdesk.tone.packs import PackSet

if TYPE_CHECKING:
    from supportdesk.models import Message, Ticket

MAX_MESSAGE = 4000  # characters of a message that are analysed
HISTORY_MESSAGES = 6  # earlier customer messages read for register and expertise


def customer_words(messages: Iterable[Message]) -> list[str]:
    """What the customer wrote, message by message, without quoted history."""
    from supportdesk.models import Direction

    out = []
    for m in messages:
        if m.direction is Direction.IN and not m.auto_reply and not m.bounce:
            out.append(m.text[: m.quoted_from] if m.quoted_from >= 0 else m.text)
    return out


def analyze_ticket(
    ticket: Ticket, messages: Sequence[Message], packs: PackSet | None = None
) -> Analysis | None:
    """The analysis of the customer's latest message, with the rest as history."""
    words = customer_words(messages)
    if not words:
        return None
    # The mood is in the first screenful and the register in the last few messages: a
    # 5 MB body or a 10,000-message thread must not hold the worker (and the GIL) long.
    history = "\n\n".join(w[:MAX_MESSAGE] for w in words[-HISTORY_MESSAGES:-1])
    return analyze(
        words[-1][:MAX_MESSAGE],
        language=ticket.language,
        history=history,
        waiting=max(1, unanswered(messages)),
        packs=packs,
    )


def full_names(names: Iterable[str]) -> set[str]:
    """Names of two words or more, lowercased, spaces collapsed: what the lint looks for
    as another customer's name ("Ana" alone is too common a word to block)."""
    out = set()
    for name in names:
        words = name.split()
        if len(words) >= 2 and all(w[:1].isalpha() for w in words):
            out.add(" ".join(words).lower())
    return out


def lint_context(
    ticket: Ticket,
    analysis: Analysis | None,
    *,
    own_addresses: Iterable[str] = (),
    other_customers: Iterable[str] = (),
    other_names: Iterable[str] = (),
    attachments: int = 0,
) -> Context:
    return Context(
        language=ticket.language or (analysis.language if analysis else ""),
        register=analysis.register if analysis else "unknown",
        technical=analysis.technical if analysis else "unknown",
        attachments=attachments,
        customer_email=ticket.customer.email,
        own_addresses=frozenset(a.lower() for a in own_addresses),
        other_customers=frozenset(a.lower() for a in other_customers if a),
        customer_name=ticket.customer.name,
        other_names=frozenset(other_names),
    )
