"""HTTP inbox pages and items: untrusted JSON checked and turned into `Incoming` messages.

No network here, so every rule about bad input can be tested on bytes alone. A page is
checked as a whole first (UTF-8, JSON, nesting, shape): one that fails cannot be trusted
to say where the next page starts, so the caller quarantines the body and keeps the
cursor. Items are then checked one by one: a bad item is quarantined with one line naming
the field, and the rest of the page is still imported (reliability.md HTTP-05).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, unquote

from supportdesk.mail.ingest import fingerprint
from supportdesk.mail.language import detect
from supportdesk.mail.quote import split_quoted
from supportdesk.mail.thread import subject_tag
from supportdesk.models import Channel, Direction, Incoming, Message, Person, Quarantined

RAW_CAP = 1_000_000  # bytes of a bad page or item kept in quarantine
MAX_DEPTH = 32  # a page is objects in a list in an object: anything deeper is abuse
MAX_ID_CHARS = 200
MAX_TIME_CHARS = 64
MAX_CURSOR_CHARS = 2048  # it goes back into a URL and into the desk's state
ID_DOMAIN = "supportdesk.invalid"
_SURROGATE = re.compile("[\ud800-\udfff]")


class MalformedPage(ValueError):
    """The response body is not a page of the protocol; the message says why, in one line."""


class _BadItem(ValueError):
    """One item cannot become a message; the message names the field."""


class _Object(dict[str, Any]):
    """A JSON object that remembers keys given twice (json.loads keeps only the last)."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        obj.duplicates = tuple(k for k, _ in pairs if k in seen or seen.add(k))
    return obj


@dataclass(frozen=True, slots=True)
class Fields:
    """Protocol field names mapped to an existing endpoint's (config `fields`)."""

    mapping: Mapping[str, str]

    def __call__(self, name: str) -> str:
        return self.mapping.get(name, name)

    def show(self, name: str) -> str:
        """The endpoint's name, with the protocol's in brackets when they differ."""
        mapped = self(name)
        return mapped if mapped == name else f"{mapped} ({name})"


@dataclass(frozen=True, slots=True)
class Page:
    items: list[Any]
    next_cursor: str | None
    has_more: bool


def kind_of(value: Any) -> str:
    """A JSON type name for messages; values themselves are never echoed (they are untrusted)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, dict) else type(value).__name__


def _too_deep(value: Any, limit: int) -> bool:
    """Whether `value` nests deeper than `limit`; iterative, so depth itself cannot hurt."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        children = (
            node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        )
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > limit:
                    return True
                stack.append((child, depth + 1))
    return False


def load_json(body: bytes) -> Any:
    """Parse a response body, turning every way JSON can hurt into `MalformedPage`.

    `json.loads("[" * 200000)` raises RecursionError, a 5,000-digit number ValueError,
    and a document that parses but nests 900 levels deep would raise later in whatever
    walks it, so depth is bounded here once (HTTP-05).
    """
    if not body.strip():
        raise MalformedPage("empty body")
    if body.startswith(codecs.BOM_UTF8):
        raise MalformedPage("starts with a byte-order mark, which JSON does not allow")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedPage(f"not UTF-8 (invalid byte at offset {exc.start})") from None
    try:
        data = json.loads(text, object_pairs_hook=_object)
    except RecursionError:
        raise MalformedPage("JSON nested too deeply to parse") from None
    except json.JSONDecodeError as exc:
        looks = (
            " (looks like an HTML page: a login or error page?)" if text.lstrip()[:1] == "<" else ""
        )
        raise MalformedPage(
            f"not JSON{looks}: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except ValueError as exc:  # e.g. an integer beyond Python's digit limit
        raise MalformedPage(f"unusable JSON: {str(exc).splitlines()[0][:120]}") from None
    if _too_deep(data, MAX_DEPTH):
        raise MalformedPage(f"JSON nested deeper than {MAX_DEPTH} levels")
    return data


def parse_page(body: bytes, fields: Fields) -> Page:
    """The page in `body`, or `MalformedPage` if any part of its frame is wrong."""
    data = load_json(body)
    if not isinstance(data, dict):
        raise MalformedPage(f"expected a JSON object, got {kind_of(data)}")
    if isinstance(data, _Object) and data.duplicates:
        raise MalformedPage(f"key {data.duplicates[0]!r} given twice")
    items = data.get(fields("items"))
    if not isinstance(items, list):
        got = "missing" if fields("items") not in data else kind_of(items)
        raise MalformedPage(f"{fields.show('items')}: expected a list, got {got}")
    has_more = data.get(fields("has_more"), False)
    if not isinstance(has_more, bool):
        raise MalformedPage(
            f"{fields.show('has_more')}: expected true or false, got {kind_of(has_more)}"
        )
    cursor = data.get(fields("next_cursor"))
    if cursor is not None and (isinstance(cursor, bool) or not isinstance(cursor, str | int)):
        raise MalformedPage(
            f"{fields.show('next_cursor')}: expected a string, got {kind_of(cursor)}"
        )
    next_cursor = None if cursor is None or cursor == "" else str(cursor)
    if next_cursor is not None and len(next_cursor) > MAX_CURSOR_CHARS:
        raise MalformedPage(
            f"{fields.show('next_cursor')}: longer than {MAX_CURSOR_CHARS} characters"
        )
    if has_more and next_cursor is None:
        raise MalformedPage(
            f"{fields.show('has_more')} is true but {fields.show('next_cursor')} is missing"
        )
    return Page(items, next_cursor, has_more)


def message_id(source: str, item_id: str) -> str:
    """The stable Message-ID of an item: the same item delivered again is a duplicate."""
    return f"http.{source}.{quote(item_id, safe='-._~')}@{ID_DOMAIN}"


def item_id_of(source: str, msgid: str) -> str | None:
    """The endpoint's id of the item behind `msgid` (for `POST {url}/{id}/replies`), or
    None if `msgid` is not one of `source`'s items."""
    prefix, suffix = f"http.{source}.", f"@{ID_DOMAIN}"
    if not (msgid.startswith(prefix) and msgid.endswith(suffix)):
        return None
    return unquote(msgid[len(prefix) : -len(suffix)]) or None


def raw_json(value: Any, cap: int | None = None) -> bytes:
    """`value` as JSON bytes for the blob store (readable UTF-8 unless it holds lone
    surrogates, which UTF-8 cannot encode), cut at `cap` bytes when given."""
    try:
        raw = json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raw = json.dumps(value).encode("ascii")
    return raw if cap is None else raw[:cap]


def _text(value: str) -> str:
    """Lone surrogates (legal in JSON escapes, not in UTF-8) become U+FFFD, so the store's
    encoder never fails on a customer's broken emoji. json.loads joins valid pairs, so any
    surrogate left in a string is a lone one."""
    return _SURROGATE.sub("\ufffd", value)


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 time as an aware datetime (naive means UTC), or None if it is not one."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TIME_CHARS:
        return None
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class ItemContext:
    """What converting an item needs to know besides the item."""

    source: str
    where: str  # the endpoint's URL without query or credentials, for `origin`
    fields: Fields
    received_at: datetime


def convert_item(item: Any, index: int, ctx: ItemContext) -> Incoming | Quarantined:
    """An `Incoming` message, or the item quarantined with one line naming the bad field."""
    try:
        return _convert(item, ctx)
    except _BadItem as exc:
        label = _label(item, index, ctx.fields)
        return Quarantined(
            raw=raw_json(item, RAW_CAP),
            reason=f"item {label}: {exc}",
            source=ctx.source,
            origin=f"{ctx.where} item {label}",
        )


def _label(item: Any, index: int, fields: Fields) -> str:
    """The item's id when it has a usable one, else its position on the page."""
    if isinstance(item, dict):
        value = item.get(fields("id"))
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, str) and value.isprintable() and 0 < len(value) <= MAX_ID_CHARS:
            return value
    return f"#{index}"


def _identifier(obj: Mapping[str, Any], name: str, fields: Fields, *, required: bool) -> str | None:
    key = fields(name)
    if key not in obj:
        if required:
            raise _BadItem(f"{fields.show(name)}: missing")
        return None
    value = obj[key]
    if value is None:
        if required:
            raise _BadItem(f"{fields.show(name)}: null")
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise _BadItem(
            f"{fields.show(name)}: expected a string or an integer, got {kind_of(value)}"
        )
    if not value or len(value) > MAX_ID_CHARS:
        raise _BadItem(f"{fields.show(name)}: expected 1 to {MAX_ID_CHARS} characters")
    if not value.isprintable() or _text(value) != value:
        raise _BadItem(f"{fields.show(name)}: contains control or invalid characters")
    return value


def _string(
    obj: Mapping[str, Any], name: str, fields: Fields, *, required: bool = False, within: str = ""
) -> str:
    """A text field; `within` names the enclosing object in messages (`from.email`)."""
    key = fields(name)
    label = f"{within}.{fields.show(name)}" if within else fields.show(name)
    value = obj.get(key)
    if value is None:
        if required:
            raise _BadItem(f"{label}: {'null' if key in obj else 'missing'}")
        return ""
    if not isinstance(value, str):
        raise _BadItem(f"{label}: expected a string, got {kind_of(value)}")
    return _text(value)


def _sender(obj: Mapping[str, Any], fields: Fields) -> Person:
    value = obj.get(fields("from"))
    if value is None:
        return Person()
    if not isinstance(value, dict):
        raise _BadItem(f"{fields.show('from')}: expected an object, got {kind_of(value)}")
    if isinstance(value, _Object) and value.duplicates:
        raise _BadItem(f"{fields.show('from')}: key {value.duplicates[0]!r} given twice")
    within = fields.show("from")
    name = _string(value, "name", fields, within=within)
    email = _string(value, "email", fields, within=within)
    return Person(name.strip(), email.strip())


def _convert(item: Any, ctx: ItemContext) -> Incoming:
    fields = ctx.fields
    if not isinstance(item, dict):
        raise _BadItem(f"expected a JSON object, got {kind_of(item)}")
    if isinstance(item, _Object) and item.duplicates:
        raise _BadItem(f"key {item.duplicates[0]!r} given twice")
    item_id = _identifier(item, "id", fields, required=True)
    assert item_id is not None
    body = _string(item, "body", fields, required=True)
    subject = _string(item, "subject", fields)
    sender = _sender(item, fields)
    thread = _identifier(item, "thread", fields, required=False)
    notes: list[str] = []
    stamp = item.get(fields("created_at"))
    created_at = parse_time(stamp)
    if created_at is None:
        created_at = ctx.received_at
        problem = "missing" if stamp is None else "not an ISO 8601 time"
        notes.append(f"{fields.show('created_at')} {problem}: used the time it was fetched")
    reply_to = message_id(ctx.source, thread) if thread and thread != item_id else ""
    text = body.replace("\r\n", "\n")
    new_part, quoted = split_quoted(text)
    message = Message(
        ticket_id=0,
        direction=Direction.IN,
        sender=sender,
        subject=subject,
        text=text,
        created_at=created_at,
        message_id=message_id(ctx.source, item_id),
        in_reply_to=reply_to,
        references=[reply_to] if reply_to else [],
        quoted_from=len(new_part) if quoted else -1,
        reason="; ".join(notes) + ("; " if notes else ""),
    )
    return Incoming(
        message=message,
        raw=raw_json(item),
        channel=Channel.HTTP,
        source=ctx.source,
        language=detect(f"{subject}\n{new_part}"),
        fingerprint=fingerprint(
            sender.email, stamp if isinstance(stamp, str) else "", subject, body
        ),
        subject_tag=subject_tag(subject),
    )
