"""Header values as a person should see them: decoded, unfolded, free of control characters.

The stdlib's `policy.default` header objects raise on some malformed input, refuse unknown
charsets in encoded words, and cost ~100 µs per structured header (ING-08: a 50,000-part
message took 21 s). Headers here are read raw (`Message.raw_items`) and decoded by this
module, whose every function returns a best effort and records what it repaired. The stored
raw bytes keep the original, so nothing decided here loses information.
"""

from __future__ import annotations

import base64
import binascii
import re
from datetime import UTC, datetime, timedelta
from email.utils import getaddresses, parsedate_to_datetime

from supportdesk.mail.charset import decode_bytes
from supportdesk.models import Person

# RFC 2047 encoded word; the charset may carry an RFC 2231 language suffix (utf-8*ro).
# Lenient on purpose: spaces inside the text and over-long words are common in the wild.
_ENCODED_WORD = re.compile(r"=\?([^?\s*]{1,64})(?:\*[^?\s]{0,32})?\?([bBqQ])\?([^?]*)\?=")
_QP_ESCAPE = re.compile(rb"=([0-9A-Fa-f]{2})")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
# C0 (tab, CR and LF included), DEL, C1, and the Unicode line/paragraph separators: none
# belongs in a one-line value, and CR/LF are what header injection is made of (OUT-02).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_ANGLE_ID = re.compile(r"<([^<>\s]{1,995})>")
_BARE_ADDRESS = re.compile(r"[^\s<>()\[\],;:\"@]{1,64}@[^\s<>()\[\],;:\"@]{1,255}")

MAX_REFERENCES = 100
MAX_ADDRESSES = 1000
_MAX_ADDRESS_VALUES = 100
_MAX_VALUE_CHARS = 64 * 1024
_MAX_NOTE_VALUE = 60
_FUTURE_SLACK = timedelta(days=1)


def unfold(value: str) -> str:
    """Join folded continuation lines (RFC 5322 §2.2.3)."""
    return _FOLD.sub("", value)


def clean(value: str) -> str:
    """One line for display and storage: control characters become spaces, ends trimmed."""
    return _CONTROL.sub(" ", value).strip()


def raw_to_text(value: str, *, hint: str | None, label: str, problems: list[str]) -> str:
    """Text of a header fragment that is not an encoded word.

    The bytes parser smuggles 8-bit header bytes through as surrogate escapes; they are
    recovered and decoded (UTF-8 per RFC 6532, else the body's charset, else detection).
    """
    if value.isascii():
        return value
    data = value.encode("utf-8", "surrogateescape")
    decoded = decode_bytes(data, None, hint=hint)
    if decoded.note:
        problems.append(
            f"{label}: 8-bit header bytes, {decoded.note.removeprefix('undeclared charset, ')}"
        )
    return decoded.text


def _word_bytes(kind: str, payload: str) -> bytes | None:
    """The bytes an encoded word carries, or None when its payload is broken."""
    if kind in "bB":
        text = re.sub(r"\s+", "", payload).rstrip("=")
        if len(text) % 4 == 1:
            return None  # 6 stray bits: no padding can make a byte of them
        try:
            return base64.b64decode(text + "=" * (-len(text) % 4))
        except (binascii.Error, ValueError):
            return None
    data = payload.replace("_", " ").encode("utf-8", "surrogateescape")
    return _QP_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), data)


def decode_words(value: str, *, hint: str | None, label: str, problems: list[str]) -> str:
    """Decode RFC 2047 encoded words and raw 8-bit text in a header value; never raises.

    Adjacent words in one charset are joined before decoding, since mailers split
    multi-byte characters across words. A word whose payload is broken is kept as written
    (frappe/suite PR #599): the agent sees something, and the raw bytes stay in the blob.
    """
    # pieces: (charset, bytes) for decoded words, (None, text) for anything else
    pieces: list[tuple[str | None, bytes | str]] = []
    position = 0
    previous_was_word = False
    for match in _ENCODED_WORD.finditer(value):
        between = value[position : match.start()]
        position = match.end()
        charset, kind, payload = match.groups()
        data = _word_bytes(kind, payload)
        if data is None:
            shown = raw_ascii(match.group(0)[:40])
            problems.append(f"{label}: broken encoded word kept as written: {shown}")
            pieces.append((None, between + match.group(0)))
            previous_was_word = False
            continue
        if between and not (previous_was_word and between.isspace()):
            pieces.append((None, between))  # RFC 2047 §6.2: space between words is dropped
        if pieces and pieces[-1][0] is not None and pieces[-1][0].lower() == charset.lower():
            joined = pieces[-1][1]
            assert isinstance(joined, bytes)
            pieces[-1] = (pieces[-1][0], joined + data)
        else:
            pieces.append((charset, data))
        previous_was_word = True
    if position < len(value):
        pieces.append((None, value[position:]))
    out = []
    for charset, chunk in pieces:
        if charset is None:
            assert isinstance(chunk, str)
            out.append(raw_to_text(chunk, hint=hint, label=label, problems=problems))
        else:
            assert isinstance(chunk, bytes)
            decoded = decode_bytes(chunk, charset, hint=hint)
            if decoded.note:
                problems.append(f"{label}: encoded word, {decoded.note}")
            out.append(decoded.text)
    return "".join(out)


def header_text(raw: str, *, hint: str | None, label: str, problems: list[str]) -> str:
    """A free-text header (Subject, a name) ready to show: unfolded, decoded, one line.

    Values are cut at 64 KiB: nobody reads more in a subject, and the raw message keeps it.
    """
    value = unfold(raw)
    if len(value) > _MAX_VALUE_CHARS:
        problems.append(f"{label}: {len(value):,} characters long, cut to {_MAX_VALUE_CHARS:,}")
        value = value[:_MAX_VALUE_CHARS]
    return clean(decode_words(value, hint=hint, label=label, problems=problems))


def message_ids(raw: str) -> list[str]:
    """Every <id> in a Message-ID/In-Reply-To/References value, brackets stripped."""
    return [clean(i) for i in _ANGLE_ID.findall(raw_ascii(unfold(raw)))]


def message_id(raw: str) -> str:
    """The Message-ID, tolerating a missing pair of brackets; "" when there is none."""
    ids = message_ids(raw)
    if ids:
        return ids[0]
    token = clean(raw_ascii(unfold(raw))).split()
    return token[0].strip("<>")[:995] if token and "@" in token[0] else ""


def raw_ascii(value: str) -> str:
    """A structured value with 8-bit bytes made visible rather than guessed."""
    if value.isascii():
        return value
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def limit_references(ids: list[str], problems: list[str]) -> list[str]:
    """Keep the root and the most recent ids; long chains add nothing to threading."""
    if len(ids) <= MAX_REFERENCES:
        return ids
    problems.append(f"References: {len(ids)} ids, kept the first and the last {MAX_REFERENCES - 1}")
    return [ids[0], *ids[-(MAX_REFERENCES - 1) :]]


def addresses(
    values: list[str], *, hint: str | None, label: str, problems: list[str]
) -> list[Person]:
    """People named in address headers; garbage yields what can be salvaged, never raises.

    Addresses are split before encoded words are decoded: a decoded name may contain
    commas or angle brackets that would otherwise split or hijack the list.
    """
    if len(values) > _MAX_ADDRESS_VALUES:
        problems.append(
            f"{label}: {len(values)} header lines, read the first {_MAX_ADDRESS_VALUES}"
        )
        values = values[:_MAX_ADDRESS_VALUES]
    unfolded = [unfold(v)[:_MAX_VALUE_CHARS] for v in values]
    try:
        pairs = getaddresses(unfolded)
    except Exception:  # the compat32 address parser has had crash bugs on hostile input
        pairs = []
    people = []
    for name, address in pairs:
        email = clean(raw_ascii(address)).replace(" ", "")
        shown = header_text(name, hint=hint, label=label, problems=problems) if name else ""
        if email or shown:
            people.append(Person(shown, email))
    if not any(p.email for p in people):
        # Unparseable syntax: a bare address somewhere in the value still says who it is.
        for value in unfolded:
            found = _BARE_ADDRESS.search(raw_ascii(value))
            if found:
                problems.append(f"{label}: unparseable address list, took {found.group(0)[:80]}")
                return [Person("", clean(found.group(0)))]
    if len(people) > MAX_ADDRESSES:
        problems.append(f"{label}: {len(people)} addresses, kept the first {MAX_ADDRESSES}")
        people = people[:MAX_ADDRESSES]
    return people


def date(raw: str | None, *, received_at: datetime, problems: list[str]) -> datetime:
    """The Date header as an aware datetime, or the time the message was received.

    A date more than a day after receipt is treated as garbage too: it would otherwise
    sort a message above everything else and corrupt response-time clocks.
    """
    if raw is None or not raw.strip():
        problems.append("missing Date header, used the time it was received")
        return received_at
    shown = clean(raw_ascii(unfold(raw)))[:_MAX_NOTE_VALUE]
    try:
        parsed = parsedate_to_datetime(clean(raw_ascii(unfold(raw)))[:200])
    except Exception:
        parsed = None
    if parsed is None:
        problems.append(f"bad Date header {shown!r}, used the time it was received")
        return received_at
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)  # RFC 5322 "-0000": UTC, origin zone unknown
    if parsed > received_at + _FUTURE_SLACK:
        problems.append(f"Date header {shown!r} is in the future, used the time it was received")
        return received_at
    return parsed
