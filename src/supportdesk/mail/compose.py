"""Outgoing replies as RFC 5322 messages that thread, show a person's name and cannot be
turned into something else by what a customer typed.

Every header value passes through `clean_header` before the `email` package sees it.
That matters because CPython 3.11's email package is vulnerable to header injection
(CVE-2024-6923, gh-121650, reliability.md OUT-02): a value carrying the *encoded*
newline `=?UTF-8?Q?=0A?=` is decoded when the header is set and written out as a real
line break, so `Subject: =?UTF-8?Q?=0A?=Bcc: evil@x` grows a `Bcc:` line that
`send_message()` turns into a recipient. Removing raw CR/LF is not enough; the value is
decoded the way the email package will decode it and cleaned again, until nothing
changes.

Threading follows OUT-01: `In-Reply-To` names the customer's last mail, `References`
keeps the root and the newest ids under ~1000 characters, and the Message-ID is the one
the outbox stored before the first attempt, so a retried send is the same message.
Pure and network-free: transports (`channels.transports`) deliver what `build` returns.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address, AddressHeader, HeaderRegistry, UnstructuredHeader
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import Policy
from email.utils import format_datetime, formataddr, getaddresses
from typing import Any

from supportdesk.errors import DeskError
from supportdesk.models import Person

# C0 (CR, LF, NUL, tab...), DEL, C1 (U+0085 NEL included), line/paragraph separators,
# and lone surrogates (undecodable bytes carried through surrogateescape: they would
# make `as_bytes()` raise instead of sending).
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_SPACES = re.compile(r"\s+")
_DECODE_ROUNDS = 8

# Reply/forward prefixes mail clients pile up: Re:, RE:, Aw:, Fwd:, Fw:, Ref:, Sv:,
# Antw:, Wg:, Odp:, Vs:, Rif:, Отв:, Ответ:, and counted forms Re[2]:, Re(2):, Re^2:.
_PREFIX = re.compile(
    r"^\s*(?:re|aw|fwd?|ref|sv|antw|wg|odp|vs|rif|отв|ответ)"
    r"\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\^\d{1,4})?\s*[:：]\s*",
    re.IGNORECASE,
)
# A message id without its angle brackets: printable ASCII, no space, no brackets.
_MSG_ID = re.compile(r"[!-;=?-~]{1,250}\Z")
_MEDIA_TYPE = re.compile(r"([A-Za-z0-9][\w.+-]{0,63})/([A-Za-z0-9][\w.+-]{0,126})\Z")

REFERENCES_MAX_CHARS = 900  # header line stays under 1000 with its name (OUT-01)
_REGISTRY = HeaderRegistry()


class ComposeError(DeskError):
    """A reply cannot be built: an address or id is unusable. Nothing was sent."""


def _fold(name: str, text: str, policy: Policy) -> str:
    """`name: text`, broken into lines at spaces only (the space is kept, so unfolding
    restores `text` exactly); a token longer than a line stays whole."""
    lines = [f"{name}:"]
    for token in text.split(" "):
        if len(lines[-1]) + 1 + len(token) > policy.max_line_length and lines[-1] != lines[0]:
            lines.append("")
        lines[-1] += f" {token}"
    return policy.linesep.join(lines) + policy.linesep


class _IdsHeader:
    """Message-ID, In-Reply-To and References, folded only between ids.

    The stdlib treats In-Reply-To and References as free text and RFC 2047-encodes an
    id longer than a line (`=?utf-8?q?=3Cid...?=`), which no mail client matches, so
    a reply to an Outlook thread would not thread. Ids are checked ASCII tokens (see
    `message_id_text`), so breaking lines at the spaces between them is always valid.
    """

    max_count = 1

    @classmethod
    def parse(cls, value: str, kwds: dict[str, Any]) -> None:
        kwds["decoded"] = _strip(value)
        kwds["parse_tree"] = UnstructuredHeader.value_parser(kwds["decoded"])

    def fold(self, *, policy: Policy) -> str:
        return _fold(str(getattr(self, "name", "")), str(self), policy)


class _WireAddressHeader(AddressHeader):
    """From and To written exactly as `_wire_address` encoded them.

    The stdlib refolds address headers itself and, for a long display name, drops the
    quotes around it or lets a decoded `(` become a comment (gh-80222): the quoted
    name `"Bcc: evil@x (Acme)"` came out as a group named `Bcc` holding evil@x. The
    value here is already ASCII and safe, so it is only broken at spaces.
    """

    max_count = 1

    @classmethod
    def parse(cls, value: Any, kwds: dict[str, Any]) -> None:
        super().parse(value, kwds)
        kwds["wire"] = value if isinstance(value, str) else ""

    def init(self, *args: Any, **kw: Any) -> None:
        self._wire: str = kw.pop("wire")
        super().init(*args, **kw)

    def fold(self, *, policy: Policy) -> str:
        if not self._wire or not self._wire.isascii():
            return super().fold(policy=policy)  # set by someone else: stdlib folding
        return _fold(self.name, self._wire, policy)


_FOLDING = HeaderRegistry()
for _name in ("message-id", "in-reply-to", "references"):
    _FOLDING.map_to_type(_name, _IdsHeader)
for _name in ("from", "to"):
    _FOLDING.map_to_type(_name, _WireAddressHeader)
# LF line ends: smtplib converts them to CRLF, and a sendmail pipe wants local ones.
_POLICY = policy.default.clone(header_factory=_FOLDING)
_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/^_`{|}~-]+\Z")
_EW_BYTES = 45  # base64 of 45 bytes + "=?utf-8?b??=" = 72: under RFC 2047's 75


def _encoded_words(text: str) -> list[str]:
    """RFC 2047 words for `text`, split between words where possible.

    A space at a split stays inside the earlier word: RFC decoders drop the blank
    between adjacent encoded words (Python's adds one, which costs a double space).
    """
    chunks = [""]
    for word in re.split(r"(?<= )", text):
        if chunks[-1] and len((chunks[-1] + word).encode()) > _EW_BYTES:
            chunks.append("")
        for ch in word:  # a single word longer than an encoded word: split it
            if chunks[-1] and len((chunks[-1] + ch).encode()) > _EW_BYTES:
                chunks.append("")
            chunks[-1] += ch
    return [f"=?utf-8?b?{base64.b64encode(c.encode()).decode()}?=" for c in chunks if c]


def _wire_address(name: str, addr: str) -> str:
    """`name <addr>` in 7-bit ASCII: an atom or quoted-string when the name is ASCII,
    else RFC 2047 words (plain atoms stay readable); `name` must be `clean_header`ed."""
    if not name:
        return addr
    if name.isascii() and "=?" not in name:
        return formataddr((name, addr))
    parts: list[str] = []
    run: list[str] = []
    for word in name.split(" "):
        if _ATOM.match(word) and "=?" not in word:
            if run:
                parts += _encoded_words(" ".join(run))
                run = []
            parts.append(word)
        else:
            run.append(word)
    if run:
        parts += _encoded_words(" ".join(run))
    return " ".join(parts) + f" <{addr}>"


def _strip(value: str) -> str:
    return _SPACES.sub(" ", _CONTROLS.sub(" ", value)).strip()


def clean_header(value: str) -> str:
    """`value` as one safe header line: no control character, whitespace collapsed.

    The text is also decoded the way `email` decodes a header it is given (RFC 2047
    encoded words) and cleaned again until stable, so no encoded CR/LF survives to be
    written out as a real line break by the generator (CVE-2024-6923). A customer's
    literal `=?utf-8?q?…?=` therefore ends up as the text it encodes.
    """
    text = _strip(value)
    for _ in range(_DECODE_ROUNDS):
        decoded = _strip(str(_REGISTRY("subject", text)))
        if decoded == text:
            return text
        text = decoded
    # Nested encodings deeper than any real mail: break every encoded-word opener so
    # nothing left can decode into a control character.
    return text.replace("=?", "= ?")


def reply_subject(original: str, ticket_id: int) -> str:
    """`Re: <original> [#ID]`: one `Re:`, however many prefixes the thread piled up,
    and the ticket tag once. Foreign tags (`[JIRA]`, another desk's `[#7]`) stay."""
    subject = clean_header(original)
    while True:
        stripped = _PREFIX.sub("", subject, count=1)
        if stripped == subject:
            break
        subject = stripped
    tag = f"[#{ticket_id}]"
    if tag not in subject:
        subject = f"{subject} {tag}".strip()
    return f"Re: {subject}"


def _display_name(agent_name: str, desk_name: str) -> str:
    agent, desk = clean_header(agent_name), clean_header(desk_name)
    if agent and desk and agent != desk:
        return f"{agent} ({desk})"
    return agent or desk


def address_spec(value: str, what: str = "address") -> str:
    """`value` checked to be exactly one ASCII `local@domain`, or ComposeError naming
    `what`. An internationalised domain becomes its IDNA (xn--) form; a non-ASCII
    local part would need SMTPUTF8 end to end, so it is refused up front."""
    text = value.strip()
    if not text or _CONTROLS.search(text) or _SPACES.search(text):
        raise ComposeError(f"{what}: {text[:80]!r} is not a single e-mail address")
    local, _, domain = text.rpartition("@")
    if not domain.isascii():
        try:
            text = f"{local}@{domain.encode('idna').decode('ascii')}"
        except UnicodeError:
            raise ComposeError(f"{what}: {value[:80]!r}: invalid domain") from None
    try:
        parsed = Address(addr_spec=text)
    except (ValueError, IndexError, HeaderParseError) as exc:
        raise ComposeError(f"{what}: {text[:80]!r} is not an e-mail address ({exc})") from None
    if parsed.addr_spec != text or not parsed.domain or not parsed.username:
        raise ComposeError(f"{what}: {text[:80]!r} is not a single e-mail address")
    if not text.isascii():
        raise ComposeError(f"{what}: {text[:80]!r}: non-ASCII mailbox names are not supported")
    return text


def from_header(agent_name: str, desk_name: str, address: str) -> str:
    """`"Ana Popescu (Acme Support)" <support@acme.test>`: a person's real name at the
    desk address (R11). 7-bit ASCII: RFC 2047-encoded when the name is not, quoted
    because `(` would otherwise start a comment, so it is safe in any header."""
    addr = address_spec(address, "desk.address")
    return _wire_address(_display_name(agent_name, desk_name), addr)


def message_id_text(value: str, what: str = "message id") -> str:
    """A message id without brackets, checked to be one printable ASCII token."""
    text = value.strip().removeprefix("<").removesuffix(">")
    if not _MSG_ID.match(text) or "=?" in text:  # no encoded word: see clean_header
        raise ComposeError(f"{what}: {value[:80]!r} is not a usable Message-ID")
    return text


def _optional_id(value: str) -> str:
    """A customer's id, or "" when it is unusable: a broken id from a stranger's
    mailer must not block the reply; it only costs the threading hint."""
    try:
        return message_id_text(value) if value.strip() else ""
    except ComposeError:
        return ""


def _references(references: list[str], parent: str) -> list[str]:
    """The thread's ids for `References`: deduplicated, unusable ones dropped rather than
    failing the reply, ending with the parent, trimmed to the root plus the newest."""
    ids: list[str] = []
    for raw in references:
        try:
            ref = message_id_text(raw)
        except ComposeError:
            continue
        if ref not in ids and ref != parent:
            ids.append(ref)
    if parent:
        ids.append(parent)

    def size(chosen: list[str]) -> int:
        return sum(len(r) + 3 for r in chosen)  # "<" + id + "> "

    if size(ids) <= REFERENCES_MAX_CHARS or len(ids) < 2:
        return ids
    tail: list[str] = []
    for ref in reversed(ids[1:]):
        if size([ids[0], ref, *tail]) > REFERENCES_MAX_CHARS:
            break
        tail.insert(0, ref)
    return [ids[0], *tail]


def _filename(name: str) -> str:
    base = clean_header(name).replace("/", "_").replace("\\", "_").lstrip(".")
    return base[:200] or "attachment"


@dataclass(slots=True)
class Reply:
    """Everything a reply message is made of; ids are given without angle brackets.

    `subject` is used as given (normally `reply_subject(...)`). `date` defaults to now;
    the outbox may pin it so a retry is byte-for-byte the same message.
    """

    ticket_id: int
    to: Person
    subject: str
    body: str
    message_id: str
    in_reply_to: str
    references: list[str]
    from_name: str
    desk_name: str
    address: str
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)
    automatic: bool = False
    date: datetime | None = None


def _body_text(body: str) -> str:
    text = body.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text if text.endswith("\n") else text + "\n"


def build(reply: Reply) -> EmailMessage:
    """The reply as a message that parses under `policy.strict` and threads (OUT-01).

    Raises ComposeError for an unusable address or Message-ID: better refused here,
    with the reply kept, than sent somewhere unintended.
    """
    sender = from_header(reply.from_name, reply.desk_name, reply.address)
    to_addr = address_spec(reply.to.email, f"ticket #{reply.ticket_id}: customer address")
    message_id = message_id_text(reply.message_id, f"ticket #{reply.ticket_id}: Message-ID")
    parent = _optional_id(reply.in_reply_to)
    refs = _references(reply.references, parent)

    msg = EmailMessage(policy=_POLICY)
    msg["From"] = sender
    msg["To"] = _wire_address(clean_header(reply.to.name), to_addr)
    msg["Subject"] = clean_header(reply.subject)
    msg["Date"] = format_datetime((reply.date or datetime.now(UTC)).astimezone(UTC))
    msg["Message-ID"] = f"<{message_id}>"
    if parent:
        msg["In-Reply-To"] = f"<{parent}>"
    if refs:
        msg["References"] = " ".join(f"<{r}>" for r in refs)
    if reply.automatic:
        # RFC 3834 marks, so auto-responders do not answer us, and our own intake
        # recognises the mail if it loops back (LOOP-01, LOOP-03, LOOP-05).
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
        msg["X-Loop"] = address_spec(reply.address, "desk.address")

    text = _body_text(reply.body)
    plain_short = text.isascii() and max(len(line) for line in text.split("\n")) <= 78
    cte = "7bit" if plain_short else "quoted-printable"
    msg.set_content(text, subtype="plain", charset="utf-8", cte=cte)
    for filename, content_type, data in reply.attachments:
        match = _MEDIA_TYPE.match(content_type.split(";")[0].strip())
        maintype, subtype = (m.lower() for m in match.groups()) if match else ("", "")
        if not match or maintype in ("multipart", "message"):
            # Raw bytes cannot be re-declared as a container type safely.
            maintype, subtype = "application", "octet-stream"
        msg.add_attachment(
            bytes(data), maintype=maintype, subtype=subtype, filename=_filename(filename)
        )
    _verify(msg, [to_addr])
    return msg


def _verify(msg: EmailMessage, intended: list[str]) -> None:
    """Re-read the serialised headers: each appears as set, recipients as intended.

    A second line of defence behind `clean_header`, for whatever generator quirk a
    future Python brings: a mismatch refuses the reply instead of sending it.
    """
    expected = [name.lower() for name in msg]
    # The generator writes each header as policy.fold_binary does; the body is skipped.
    raw = b"".join(msg.policy.fold_binary(n, v) for n, v in msg.raw_items())
    head = BytesHeaderParser(policy=policy.default).parsebytes(raw)
    if [name.lower() for name in head] != expected or recipients(head) != intended:
        raise ComposeError(
            f"refusing to send: the headers of {msg['Message-ID']} do not survive "
            "serialisation unchanged (header injection?)"
        )


def recipients(msg: EmailMessage) -> list[str]:
    """Envelope recipients from To and Cc (never Bcc or Resent-*), deduplicated.

    Transports hand exactly this list to the server instead of letting smtplib derive
    it, so a header that slipped through could still not add a recipient.
    """
    found: list[str] = []
    for name in ("to", "cc"):
        for addr in _addresses(msg, name):
            if addr and addr not in found:
                found.append(addr)
    return found


def _addresses(msg: EmailMessage, name: str) -> list[str]:
    out: list[str] = []
    for value in msg.get_all(name, []):
        parsed = getattr(value, "addresses", None)  # structured header (policy.default)
        if parsed is not None:
            out += [a.addr_spec for a in parsed if a.username or a.domain]
        else:  # a compat32 message: plain strings
            out += [addr for _, addr in getaddresses([str(value)]) if addr]
    return out


def sender(msg: EmailMessage) -> str:
    """The envelope sender: the From address (our desk address)."""
    return next(iter(_addresses(msg, "from")), "")
