"""Walking a parsed MIME tree into body text, HTML and attachments, within fixed bounds.

The walk is iterative with caps on depth and part count (Dovecot's limits after
CVE-2020-12100: 100 levels, 10,000 parts), so a hostile message costs bounded time and
cannot exhaust the stack. Every accessor of the stdlib message is wrapped: one broken part
becomes a note in `problems`, never a lost message. Each part's payload is decoded once;
parts over the size limit are handed back as bytes for the blob store, not decoded as text.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from typing import Any

from supportdesk.mail.charset import decode_bytes
from supportdesk.mail.headers import clean, decode_words, raw_ascii, unfold

MAX_DEPTH = 100
MAX_PARTS = 10_000

_EXTENSIONS = {
    "text/plain": ".txt",
    "text/html": ".html",
    "text/calendar": ".ics",
    "text/csv": ".csv",
    "text/rfc822-headers": ".txt",
    "message/rfc822": ".eml",
    "message/global": ".eml",
    "message/delivery-status": ".txt",
    "message/global-delivery-status": ".txt",
    "message/disposition-notification": ".txt",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "application/pdf": ".pdf",
    "application/zip": ".zip",
    "application/json": ".json",
}
_STATUS_TYPES = frozenset(
    {
        "message/delivery-status",
        "message/global-delivery-status",
        "message/disposition-notification",
    }
)
_MESSAGE_TYPES = frozenset({"message/rfc822", "message/global"})
_GENERATOR_POLICY = compat32.clone(linesep="\r\n")
_MAX_NAME = 200
_OCTETS = "application/octet-stream"
_MIME_TYPE = re.compile(r"[a-z0-9!#$&^_.+-]{1,64}/[a-z0-9!#$&^_.+-]{1,128}")


@dataclass(slots=True)
class ParsedAttachment:
    """One attachment, inline image, forwarded message or report part, with its bytes."""

    filename: str
    content_type: str
    size: int
    data: bytes = field(repr=False)
    inline: bool = False
    content_id: str = ""  # without angle brackets; what an HTML body's cid: URLs name
    oversized: bool = False  # over the size limit: store it, but it was not decoded as text


@dataclass(slots=True)
class Extracted:
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[ParsedAttachment] = field(default_factory=list)
    charset: str | None = None  # first declared body charset: a hint for 8-bit headers
    guessed_charset: str | None = None  # first detected one: a weaker hint


def _safe(call: Callable[[], Any], default: Any) -> Any:
    """`call()`, or `default` when the stdlib trips over a malformed part."""
    try:
        return call()
    except Exception:
        return default


def content_type(part: Message) -> str:
    """The part's type, or application/octet-stream when it is not a plain ASCII token."""
    value = _safe(part.get_content_type, "")
    return value if isinstance(value, str) and _MIME_TYPE.fullmatch(value) else _OCTETS


def param(part: Message, name: str, header: str = "content-type") -> str | None:
    value = _safe(lambda: part.get_param(name, header=header), None)
    if isinstance(value, tuple):  # RFC 2231 triple that the stdlib did not collapse
        value = value[2] if len(value) == 3 else None
    return unfold(value).strip() if isinstance(value, str) else None


def _raw(part: Message, name: str) -> str:
    for key, value in _safe(part.raw_items, ()):
        if key.lower() == name:
            return value if isinstance(value, str) else ""
    return ""


def walk(root: Message, *, max_bytes: int, problems: list[str]) -> Extracted:
    """Body text, HTML and attachments of `root`, in document order."""
    out = Extracted()
    stack: list[tuple[Message, int]] = [(root, 0)]
    count = 0
    deep_noted = False
    while stack:
        part, depth = stack.pop()
        count += 1
        if count > MAX_PARTS:
            problems.append(f"more than {MAX_PARTS:,} MIME parts: the rest were not examined")
            break
        ctype = content_type(part)
        # Only a container's payload is needed here (a list of parts). A leaf's text is
        # read once, decoded, by `_bytes`: asking for it undecoded too made the stdlib
        # re-encode and decode an 8-bit body (~20 µs for 14 KB of Cyrillic) for nothing.
        payload = _safe(part.get_payload, None) if _safe(part.is_multipart, False) else None
        if ctype.startswith("multipart/") and isinstance(payload, list):
            if depth >= MAX_DEPTH:
                if not deep_noted:
                    problems.append(
                        f"MIME nesting deeper than {MAX_DEPTH} levels: deeper "
                        "parts were not examined"
                    )
                    deep_noted = True
                continue
            stack.extend(
                (child, depth + 1) for child in reversed(payload) if isinstance(child, Message)
            )
            continue
        try:
            _leaf(
                part,
                ctype,
                payload,
                root=part is root,
                max_bytes=max_bytes,
                out=out,
                problems=problems,
            )
        except Exception as exc:  # one broken part must not lose the others
            problems.append(f"part {count} ({ctype}) could not be read: {type(exc).__name__}")
    return out


def _leaf(
    part: Message,
    ctype: str,
    payload: object,
    *,
    root: bool,
    max_bytes: int,
    out: Extracted,
    problems: list[str],
) -> None:
    """File one non-container part as body text, HTML or an attachment."""
    if ctype in _MESSAGE_TYPES or (isinstance(payload, list) and ctype not in _STATUS_TYPES):
        inner = payload[0] if isinstance(payload, list) and payload else None
        attachment = _forwarded(part, inner, len(out.attachments) + 1, out.charset, problems)
    elif ctype in _STATUS_TYPES:
        data = _status_text(payload) if isinstance(payload, list) else _bytes(part)
        stem = "disposition-notification" if "disposition" in ctype else "delivery-status"
        attachment = _attachment(part, f"{stem}.txt", ctype, data)
    else:
        attachment = _content(
            part, ctype, root=root, max_bytes=max_bytes, out=out, problems=problems
        )
    if attachment is not None:
        if attachment.size > max_bytes:
            attachment.oversized = True
            problems.append(
                f"attachment {attachment.filename!r} is {attachment.size:,} bytes, over the "
                f"{max_bytes:,}-byte limit: kept as a blob only"
            )
        out.attachments.append(attachment)


def _forwarded(
    part: Message, inner: object, number: int, hint: str | None, problems: list[str]
) -> ParsedAttachment:
    """A message/rfc822 part as an .eml attachment named after its subject."""
    if not isinstance(inner, Message):
        name = _filename(part, hint, problems) or f"forwarded-message-{number}.eml"
        return _attachment(part, name, "message/rfc822", _bytes(part))
    subject = clean(
        decode_words(
            _raw(inner, "subject"), hint=hint, label="forwarded Subject", problems=problems
        )
    )
    name = (
        _filename(part, hint, problems)
        or _safe_name(subject, ".eml")
        or f"forwarded-message-{number}.eml"
    )
    return _attachment(part, name, content_type(part), _serialise(inner, problems))


def _content(
    part: Message, ctype: str, *, root: bool, max_bytes: int, out: Extracted, problems: list[str]
) -> ParsedAttachment | None:
    """Body text or HTML (appended to `out`), else the part as an attachment."""
    data = _bytes(part)
    disposition = _safe(part.get_content_disposition, None)
    filename = _filename(part, out.charset, problems)
    if ctype.startswith("multipart/"):
        problems.append(f"{ctype} part without a usable boundary, read as text")
        ctype = "text/plain"
    # A text part the sender named or attached is a file, except a single-part message.
    body = ctype in ("text/plain", "text/html") and disposition != "attachment"
    body = body and (root or not filename)
    if body and len(data) > max_bytes:
        problems.append(
            f"{ctype} body of {len(data):,} bytes is over the {max_bytes:,}-byte "
            "limit: kept as an attachment, not decoded"
        )
        body = False
    if not body:
        name = filename or _default_name(ctype, len(out.attachments) + 1)
        if ctype == "text/rfc822-headers" and not filename:
            name = "returned-headers.txt"
        return _attachment(part, name, ctype, data)
    charset = param(part, "charset")
    if charset and out.charset is None:
        out.charset = charset
    if ctype == "text/html" and not charset:
        charset = _meta_charset(data)
    decoded = decode_bytes(data, charset or None)
    if decoded.note:
        problems.append(f"{ctype} body: {decoded.note}")
    if out.guessed_charset is None and decoded.charset not in ("", "ascii"):
        out.guessed_charset = decoded.charset
    text = decoded.text
    if "\x00" in text:
        problems.append(f"{ctype} body: NUL characters removed")
        text = text.replace("\x00", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    (out.html if ctype == "text/html" else out.plain).append(text)
    return None


def _bytes(part: Message) -> bytes:
    data = _safe(lambda: part.get_payload(decode=True), None)
    if isinstance(data, bytes):
        return data
    raw = _safe(lambda: part.get_payload(), "")
    return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""


def _serialise(inner: Message, problems: list[str]) -> bytes:
    """The forwarded message's bytes, re-generated from its parse (the stdlib keeps no
    offsets into the original); 8-bit bytes round-trip through surrogate escapes."""
    buffer = io.BytesIO()
    try:
        BytesGenerator(buffer, mangle_from_=False, policy=_GENERATOR_POLICY).flatten(inner)
    except Exception as exc:  # e.g. RecursionError on a deeply nested forward
        problems.append(
            f"forwarded message could not be re-serialised ({type(exc).__name__});"
            " it stays in the raw message"
        )
        return b""
    return buffer.getvalue()


def _status_text(blocks: list[object]) -> bytes:
    """message/delivery-status is parsed by the stdlib into header blocks: re-join them."""
    texts = []
    for block in blocks:
        if isinstance(block, Message):
            items = _safe(block.raw_items, ())
            texts.append("\n".join(f"{k}: {unfold(v)}" for k, v in items if isinstance(v, str)))
    return "\n\n".join(texts).encode("utf-8", "surrogateescape")


def _attachment(part: Message, name: str, ctype: str, data: bytes) -> ParsedAttachment:
    disposition = _safe(part.get_content_disposition, None)
    content_id = clean(raw_ascii(unfold(_raw(part, "content-id")))).strip("<>")[:_MAX_NAME]
    inline = disposition == "inline" or (disposition is None and bool(content_id))
    return ParsedAttachment(name, ctype, len(data), data, inline, content_id)


def _filename(part: Message, hint: str | None, problems: list[str]) -> str:
    """Decoded filename (RFC 2231 by the stdlib, RFC 2047 and raw 8-bit by us)."""
    raw = _safe(part.get_filename, None)
    if not isinstance(raw, str):
        return ""
    return clean(
        decode_words(unfold(raw), hint=hint, label="attachment filename", problems=problems)
    )[:_MAX_NAME]


def _safe_name(stem: str, extension: str) -> str:
    stem = "".join("_" if c in '/\\:*?"<>|' else c for c in stem).strip(" .")[:120]
    return stem + extension if stem else ""


def _default_name(ctype: str, number: int) -> str:
    prefix = "image" if ctype.startswith("image/") else "attachment"
    return f"{prefix}-{number}{_EXTENSIONS.get(ctype, '.bin')}"


def _meta_charset(data: bytes) -> str | None:
    """An HTML part's own <meta charset>, when MIME declared none."""
    head = data[:4096].lower()
    at = head.find(b"charset=")
    if at < 0:
        return None
    value = head[at + 8 : at + 48].lstrip(b"\"' ")
    end = 0
    while end < len(value) and (chr(value[end]).isalnum() or value[end] in b"-_:."):
        end += 1
    return value[:end].decode("ascii", "replace") or None
