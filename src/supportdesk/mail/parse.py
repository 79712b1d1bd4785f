"""Raw mail bytes to a `ParsedMail`: the one place where whatever arrived becomes data.

This is the part of a help desk that real mail breaks most often, so it never raises for
anything that looks like mail: every repair (charset guessed, Date replaced, part skipped)
is written to `ParsedMail.problems` instead, and the caller keeps the raw bytes (by
`raw_sha256`), so nothing decided here can lose information. Input that is not mail at all
raises `UnparseableMessage`, which the caller quarantines (ING-10).

The stdlib parser runs with `policy.default`, except that the MIME structure headers are
handed to it unparsed: the feed parser consults them ~5 times per part, and the policy's
header registry costs ~100 µs a time (a 50,000-part message took 21 s; now 1.6 s). Every
other header is read raw and decoded by `headers`, which tolerates what the registry
refuses (unknown charsets, broken encoded words, 8-bit bytes).
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from functools import lru_cache
from typing import Any, AnyStr

from supportdesk.errors import DeskError
from supportdesk.mail import headers as hdr
from supportdesk.mail.charset import resolve
from supportdesk.mail.html import html_to_text
from supportdesk.mail.mime import Extracted, ParsedAttachment, content_type, param, walk
from supportdesk.models import Person

__all__ = [
    "CLASSIFY_HEADERS",
    "INTERNAL_ERROR",
    "ParsedAttachment",
    "ParsedMail",
    "UnparseableMessage",
    "parse_message",
    "synthetic_message_id",
]

# Headers classification (auto-reply, list, bounce) decides on, decoded and kept.
CLASSIFY_HEADERS = (
    "auto-submitted",
    "x-autoreply",
    "x-autorespond",
    "precedence",
    "list-id",
    "x-auto-response-suppress",
    "return-path",
    "x-loop",
    "content-type",
    "x-failed-recipients",
)
# At least one of these must be present for the input to count as mail.
_MAIL_HEADERS = frozenset(
    {
        "from",
        "sender",
        "to",
        "cc",
        "bcc",
        "subject",
        "date",
        "message-id",
        "received",
        "return-path",
        "mime-version",
        "content-type",
        "reply-to",
        "in-reply-to",
        "references",
        "delivered-to",
    }
)
_RAW_FETCH = frozenset(
    {"content-type", "content-disposition", "content-transfer-encoding", "content-id"}
)
# First line of a header block: a field name (printable ASCII but ":") or an mbox From_.
_HEADER_LINE = re.compile(rb"(?:>?From |[!-9;-~]{1,200}[ \t]*:)")
_LEADING_SPACE = b" \t\r\n"
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_OBSOLETE_COLON = re.compile(rb"(?m)^([!-9;-~]{1,200})[ \t]+:")
_WORD_CHARSET = re.compile(r"=\?([^?\s*]{1,64})[*?]")
MAX_PROBLEMS = 50
_MAX_STRUCTURAL = 16 * 1024
_MAX_PARAMETERS = 64
INTERNAL_ERROR = "internal parser error"


class UnparseableMessage(DeskError):
    """The input is not mail at all (empty, binary, no header block): quarantine it."""


class _IngestPolicy(EmailPolicy):
    """`policy.default`, with the MIME structure headers fetched as plain unfolded strings.

    `Message.get_content_type`, `get_param` and `get_filename` only need the string, and
    this skips the header registry where the parser itself calls it for every part.
    """

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if name.lower() in _RAW_FETCH:
            return _structural(value)
        return super().header_fetch_parse(name, value)


@lru_cache(maxsize=1024)
def _structural(value: str) -> str:
    """A MIME structure header, unfolded and bounded for the stdlib's parameter parser.

    `email.message._parseparam` is quadratic in the number of semicolons (CPython
    gh-136063; 20,000 took 5 s here): no real header has more than a few dozen parameters.
    The feed parser asks for the same value ~5 times per part, hence the cache.
    """
    value = hdr.unfold(value[:_MAX_STRUCTURAL]).replace("\r", " ").replace("\n", " ")
    if value.count(";") > _MAX_PARAMETERS:
        cut = -1
        for _ in range(_MAX_PARAMETERS + 1):
            cut = value.find(";", cut + 1)
        value = value[:cut]
    return value


_POLICY = _IngestPolicy()


@dataclass(slots=True)
class ParsedMail:
    """What a ticket needs from one message; header values are one-line, display-ready."""

    message_id: str  # without angle brackets
    synthetic_id: bool  # True when the message had no usable Message-ID
    in_reply_to: str
    references: list[str]
    sender: Person
    reply_to: Person | None
    to: list[Person]
    cc: list[Person]
    subject: str
    date: datetime  # aware; the receive time when Date was missing or garbage
    text: str  # text/plain body, or the HTML body converted to text
    html: str  # the HTML source when there is one, else ""
    attachments: list[ParsedAttachment]
    headers: dict[str, str]  # lower-cased CLASSIFY_HEADERS that are present, decoded
    problems: list[str]  # human-readable notes on what was repaired or skipped
    raw_sha256: str
    content_type: str = "text/plain"  # of the whole message
    report_type: str = ""  # multipart/report's report-type (delivery-status, ...)


def synthetic_message_id(raw: bytes) -> str:
    """A stable id for mail without one: the same bytes always get the same id (ING-11)."""
    return f"sd-{hashlib.sha256(raw).hexdigest()[:32]}@synthetic.invalid"


def parse_message(
    raw: bytes, *, received_at: datetime, max_attachment_bytes: int = 25_000_000
) -> ParsedMail:
    """Parse raw RFC 5322 bytes; raises only `UnparseableMessage`, for input that is not mail.

    `received_at` stands in for a missing or garbage Date. Parts larger than
    `max_attachment_bytes` are returned as attachment bytes (for the blob store) and flagged
    in `problems`, never decoded as text.
    """
    try:
        return _parse_message(bytes(raw), received_at, max_attachment_bytes)
    except UnparseableMessage:
        raise
    except Exception as exc:
        # A bug of ours or the stdlib's: the message goes to quarantine with the reason, and
        # intake goes on. Tests treat this text as a failure, so bugs still surface.
        raise UnparseableMessage(f"{INTERNAL_ERROR}: {type(exc).__name__}: {exc}"[:300]) from exc


def _parse_message(raw: bytes, received_at: datetime, max_attachment_bytes: int) -> ParsedMail:
    received = received_at if received_at.tzinfo else received_at.replace(tzinfo=UTC)
    problems: list[str] = []
    data = _header_block(raw, problems)
    message, structured = _parse(data, problems)
    fields: dict[str, list[str]] = {}
    for name, value in _items(message):
        fields.setdefault(name.strip().lower(), []).append(value)
    if not fields.keys() & _MAIL_HEADERS:
        raise UnparseableMessage(
            "not a mail message: no From, To, Subject, Date or other mail header found"
        )
    if structured:
        extracted = walk(message, max_bytes=max_attachment_bytes, problems=problems)
    else:
        extracted = _unstructured(data, max_attachment_bytes, problems)
    hint = extracted.charset or _word_charset(fields) or extracted.guessed_charset

    def first(name: str) -> str | None:
        values = fields.get(name)
        return values[0] if values else None

    def text_of(name: str) -> str:
        value = first(name)
        label = name.title()
        return hdr.header_text(value, hint=hint, label=label, problems=problems) if value else ""

    message_id = hdr.message_id(first("message-id") or "")
    if not message_id:
        why = "missing" if first("message-id") is None else "unusable"
        problems.append(f"{why} Message-ID, used a synthetic id from the content hash")
    in_reply_to = hdr.message_ids(first("in-reply-to") or "")
    references = hdr.limit_references(
        hdr.message_ids(" ".join(fields.get("references", [])[:10])), problems
    )
    sender = _sender(fields, hint, problems)
    reply_to = hdr.addresses(
        fields.get("reply-to", [])[:1], hint=hint, label="Reply-To", problems=problems
    )
    text = "\n\n".join(p.strip("\n") for p in extracted.plain if p.strip())
    html = "\n".join(extracted.html)
    if not text and html.strip():
        text, note = html_to_text(html)
        if note:
            problems.append(note)
    return ParsedMail(
        message_id=message_id or synthetic_message_id(raw),
        synthetic_id=not message_id,
        in_reply_to=in_reply_to[0] if in_reply_to else "",
        references=references,
        sender=sender,
        reply_to=next((p for p in reply_to if p.email), None),
        to=hdr.addresses(fields.get("to", []), hint=hint, label="To", problems=problems),
        cc=hdr.addresses(fields.get("cc", []), hint=hint, label="Cc", problems=problems),
        subject=text_of("subject"),
        date=hdr.date(first("date"), received_at=received, problems=problems),
        text=text,
        html=html,
        attachments=extracted.attachments,
        headers={name: text_of(name) for name in CLASSIFY_HEADERS if name in fields},
        problems=_tidy(problems),
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        content_type=content_type(message),
        report_type=hdr.raw_ascii(param(message, "report-type") or "").lower()[:64],
    )


def _header_block(raw: bytes, problems: list[str]) -> bytes:
    """The input from its first header line; refuses input with no header block at all.

    Obsolete RFC 822 syntax with space before the colon ("Subject  :") is normalised, or
    the stdlib would read the whole header block as body.
    """
    data = raw.lstrip(_LEADING_SPACE)
    if not data:
        raise UnparseableMessage("not a mail message: the input is empty")
    if not _HEADER_LINE.match(data[:256]):
        raise UnparseableMessage(f"not a mail message: no header block (starts with {data[:16]!r})")
    if len(data) != len(raw):
        problems.append("blank lines before the headers were ignored")
    blank = _BLANK_LINE.search(data)
    end = blank.start() if blank else len(data)
    head = data[:end]
    if _OBSOLETE_COLON.search(head):
        problems.append("header names with space before the colon (obsolete syntax) normalised")
        data = _OBSOLETE_COLON.sub(rb"\1:", head) + data[end:]
    return data


def _word_charset(fields: dict[str, list[str]]) -> str | None:
    """The charset of the first encoded word in From/Subject/To: the sender's mailer's
    charset, the best guess for raw 8-bit bytes elsewhere in the headers."""
    for name in ("from", "subject", "to"):
        for value in fields.get(name, [])[:1]:
            match = _WORD_CHARSET.search(value[:4096])
            if match and resolve(match.group(1)):
                return match.group(1)
    return None


def _parse(data: bytes, problems: list[str]) -> tuple[Message, bool]:
    """The parsed message and whether its MIME structure could be parsed too."""
    try:
        fast = _fast_parse(data)
        if fast is not None:
            return fast, True
        return BytesParser(policy=_POLICY).parsebytes(data), True
    except RecursionError:
        problems.append(
            "MIME structure nested too deeply to parse: the body is kept unparsed as an attachment"
        )
    except Exception as exc:  # a stdlib parser bug must not lose the message
        problems.append(
            f"MIME structure could not be parsed ({type(exc).__name__}): the body "
            "is kept unparsed as an attachment"
        )
    try:
        return BytesParser(policy=_POLICY).parsebytes(data, headersonly=True), False
    except Exception as exc:
        raise UnparseableMessage(f"not parseable as mail: {type(exc).__name__}") from exc


def _fast_parse(data: bytes, depth: int = 0) -> Message | None:
    """The message the feed parser would build, without feeding its body through it.

    The feed parser handles bodies line by line (5 MB of empty lines: 2.7 s; a 60 KB
    base64 attachment: ~1 ms) only to join the lines again. A single part's payload is
    exactly the bytes after its header block; a multipart's parts are the bytes between
    its boundary lines, each parsed the same way, with the feed parser's rules for the
    line ending before a boundary, the preamble and the epilogue. None when the shape is
    irregular (no blank line after the headers, a missing boundary, a lone CR, a
    message/* or digest part, deep nesting): the caller runs the feed parser then.
    `depth` > 0: `data` is a part, up to the line ending that belongs to the boundary
    after it (RFC 2046), which is left out of the payload (or of the epilogue).
    """
    blank = _BLANK_LINE.search(data)
    if blank is None or data[:1] in (b"\r", b"\n"):
        return None
    message = BytesParser(policy=_POLICY).parsebytes(data[: blank.end()], headersonly=True)
    try:
        leftover = message.get_payload()  # raises on 8-bit text with a garbage charset
        maintype = message.get_content_maintype()
    except Exception:
        return None
    if leftover or maintype == "message":
        return None
    body = data[blank.end() :]
    if maintype != "multipart":
        if depth:
            body = _without_line_end(body)
        message.set_payload(body.decode("ascii", "surrogateescape"))
        return message
    cut = _cut_parts(message, body, depth)
    if cut is None:
        return None
    preamble, children, epilogue = cut
    message.set_payload(children)
    message.preamble = preamble
    if depth:
        message.epilogue = None if epilogue == "" else _without_line_end(epilogue)
    else:
        message.epilogue = epilogue
    return message


_FAST_DEPTH = 8  # deeper multiparts are left to the feed parser
# More parts than real mail has: the feed parser is quicker with thousands of tiny ones.
_FAST_PARTS = 1000


def _without_line_end(data: AnyStr) -> AnyStr:
    """`data` without one trailing CRLF, LF or CR (the feed parser's `NLCRE_eol`)."""
    for end in ("\r\n", "\n", "\r") if isinstance(data, str) else (b"\r\n", b"\n", b"\r"):
        if data.endswith(end):  # type: ignore[arg-type]
            return data[: -len(end)]
    return data


def _cut_parts(
    message: Message, body: bytes, depth: int
) -> tuple[str | None, list[Message], str] | None:
    """(preamble, parts, epilogue) of a multipart body, as the feed parser sets them."""
    try:
        boundary = message.get_boundary()
        subtype = message.get_content_subtype()
    except Exception:
        return None
    if (
        not boundary
        or not boundary.isascii()
        or subtype == "digest"  # its parts default to message/rfc822
        or depth >= _FAST_DEPTH
        or body.count(b"\r") != body.count(b"\r\n")  # the feed parser breaks lines at a lone CR
    ):
        return None
    lines = _boundary_lines(body, b"--" + boundary.encode())
    if lines is None or len(lines) > _FAST_PARTS:
        return None
    children: list[Message] = []
    for (_, opening), (closing, _) in itertools.pairwise(lines):
        child = _fast_parse(body[opening:closing], depth + 1)
        if child is None:
            return None
        children.append(child)
    head = body[: lines[0][0]].decode("ascii", "surrogateescape")
    preamble = _without_line_end(head) if head else None
    return preamble, children, body[lines[-1][1] :].decode("ascii", "surrogateescape")


def _boundary_lines(body: bytes, separator: bytes) -> list[tuple[int, int]] | None:
    """(start, end) of each boundary line up to the closing one: a line that is the
    separator, then "--" on the closing one, spaces or tabs, and its line ending (the
    feed parser's `boundaryre`). None without an opening and a closing line."""
    found: list[tuple[int, int]] = []
    at = body.find(separator)
    while at >= 0:
        if at == 0 or body[at - 1] == 10:  # at the start of a line
            end = at + len(separator)
            closing = body.startswith(b"--", end)
            end += 2 if closing else 0
            while body[end : end + 1] in (b" ", b"\t"):
                end += 1
            if body.startswith(b"\r\n", end) or body.startswith(b"\n", end) or end == len(body):
                end += 2 if body.startswith(b"\r\n", end) else (1 if end < len(body) else 0)
                if not found and end == len(body):
                    return None  # an opening line with nothing after it
                found.append((at, end))
                if closing:
                    return found if len(found) > 1 else None
        at = body.find(separator, at + 1)
    return None  # no closing line: the feed parser notes a defect


def _items(message: Message) -> list[tuple[str, str]]:
    try:
        return [(k, v) for k, v in message.raw_items() if isinstance(k, str) and isinstance(v, str)]
    except Exception:
        return []


def _unstructured(data: bytes, max_bytes: int, problems: list[str]) -> Extracted:
    """Everything after the header block as one attachment, when the MIME structure
    defeated the parser (taken from the bytes: the stdlib's payload accessors can raise)."""
    blank = _BLANK_LINE.search(data)
    body = data[blank.end() :] if blank else b""
    out = Extracted()
    attachment = ParsedAttachment("unparsed-body.txt", "text/plain", len(body), body)
    if len(body) > max_bytes:
        attachment.oversized = True
        problems.append(f"unparsed body is {len(body):,} bytes, over the {max_bytes:,}-byte limit")
    out.attachments.append(attachment)
    return out


def _sender(fields: dict[str, list[str]], hint: str | None, problems: list[str]) -> Person:
    """From, else Sender, else a non-null Return-Path: who the customer is, as best we know."""
    for name, label in (("from", "From"), ("sender", "Sender"), ("return-path", "Return-Path")):
        people = hdr.addresses(fields.get(name, [])[:1], hint=hint, label=label, problems=problems)
        person = next((p for p in people if p.email), None)
        if person is not None:
            if name != "from":
                problems.append(f"no usable From header, sender taken from {label}")
            return person
    problems.append("no sender address found")
    return Person()


def _tidy(problems: list[str]) -> list[str]:
    unique = list(dict.fromkeys(problems))
    if len(unique) > MAX_PROBLEMS:
        rest = len(unique) - MAX_PROBLEMS
        unique = [*unique[:MAX_PROBLEMS], f"... and {rest} more problems"]
    return unique
