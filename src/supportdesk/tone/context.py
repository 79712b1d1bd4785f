"""From a ticket and its conversation to what the analysis and the lint need.

Pure functions over the models, so the CLI, the TUI and tests build the same context:
the customer's own words (quoted history cut off), how many of their messages wait for
an answer, and the lint context (their register and technical level, their address and
the addresses of the desk's other customers).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from supportdesk.tone.analyze import Analysis, analyze, unanswered
from supportdesk.tone.leakvalues import own_values
from supportdesk.tone.lint import Context
from supportdesk.tone.packs import PackSet

if TYPE_CHECKING:
    from supportdesk.models import Message, Ticket
    from supportdesk.tone.reader import Reader

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
    ticket: Ticket,
    messages: Sequence[Message],
    packs: PackSet | None = None,
    reader: Reader | None = None,
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
        reader=reader,
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
    customer_texts: Iterable[str] = (),
) -> Context:
    """The lint context of a reply to `ticket`. `customer_texts`: what the customer
    wrote on it (`customer_words`); the e-mails, IBANs and phone numbers in it are
    theirs, so a reply may repeat them (R5)."""
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
        customer_data=own_values(
            [ticket.customer.email, *(t[:MAX_MESSAGE] for t in customer_texts)]
        ),
    )


def _check_type(key: str, value: object, known: set[str]) -> None:
    """A `Context` field of the wrong type ("customer_name": 5) would fail deep inside the
    lint: say which key is wrong instead."""
    if key not in known:
        return
    default = getattr(Context(), key)
    if isinstance(default, frozenset):
        ok = all(isinstance(v, str) for v in _leaves(value))
        want = "a list of strings"
    elif isinstance(default, int):
        ok, want = isinstance(value, int) and not isinstance(value, bool), "an integer"
    else:
        ok, want = isinstance(value, str), "a string"
    if not ok:
        raise ValueError(f"{key}: expected {want}, got {type(value).__name__} {value!r:.40}")


def _leaves(value: object) -> Iterator[object]:
    """The leaves of a loose JSON value: nested lists and objects flattened."""
    if isinstance(value, str) or not isinstance(value, Iterable):
        yield value
        return
    for v in value.values() if isinstance(value, Mapping) else value:
        yield from _leaves(v)


def context_from(fields: Mapping[str, object]) -> Context:
    """A lint context from loose fields (a labelled case's "context", a script's JSON):
    the `Context` fields by name (lists become sets), and any other text about the
    customer ("customer_iban", "customer_phone", a nested "customer" record) read as
    the customer's own data, so it is never blocked in a reply to them (R5). Unknown
    keys are never an error: a case written for another version still runs; a known key
    of the wrong type is a ValueError naming it."""
    known = {f.name for f in dataclasses.fields(Context)}
    kwargs: dict[str, Any] = {}
    own: list[str] = []

    def texts(value: object) -> Iterator[str]:
        return (v for v in _leaves(value) if isinstance(v, str))

    for key, value in fields.items():
        _check_type(key, value, known)
        if key in ("own_addresses", "other_customers", "other_names"):
            kwargs[key] = frozenset(v.lower() for v in texts(value))
        elif key in known and key != "customer_data":
            kwargs[key] = value
        elif key not in known and ("other" in key or "third" in key):
            continue  # "other_customer_phone": somebody else's, never the customer's
        if key in ("customer_email", "customer_name", "customer_data") or key not in known:
            own.extend(texts(value))
    customer = fields.get("customer")
    if isinstance(customer, Mapping):  # {"name": …, "email": …}
        kwargs.setdefault("customer_name", str(customer.get("name", "")))
        kwargs.setdefault("customer_email", str(customer.get("email", "")))
    kwargs["customer_data"] = own_values(own)
    if "other_names" in kwargs:
        kwargs["other_names"] = frozenset(full_names(kwargs["other_names"]))
    return Context(**kwargs)
