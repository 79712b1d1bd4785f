"""Folding quoted earlier messages and signatures, so an agent reads what is new first.

mail-parser-reply (MIT) knows the reply headers of 13 languages' mail clients but neither
Romanian nor Russian, and its signature rules treat any line starting with "Thanks," as
the end of the message, which would hide customer text. So it is used for one thing, its
per-language header patterns; the desk's own rules add ro/ru/generic headers, Outlook
header blocks, trailing ">" blocks and RFC 3676 signatures. Only display is affected: the
caller keeps the full text, and when unsure nothing is folded (hiding a customer's words
is worse than showing an old quote).

All matching runs on bounded input with no nested quantifiers of our own: the library's
patterns are quadratic per line (a 5,000-character "On ..." line took 3 s), so it only
sees short lines of the first screens of text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mailparser_reply.constants import MAIL_LANGUAGES
from mailparser_reply.parser import EmailMessage

_MAX_LINES = 5000  # lines examined at all
_MAX_LINE = 300  # longer lines are never reply headers
_LIBRARY_LINES = 400  # lines shown to the library's per-line-quadratic patterns
_LIBRARY_LINE = 200
_MAX_SIGNATURE_LINES = 30

_RO_WROTE = re.compile(r"\ba\s+scris\s*:$", re.IGNORECASE)
_RU_WROTE = re.compile(r"(?:написал|написала|написал\(а\)|пишет|писал\(а\))\s*:$", re.IGNORECASE)
_ADDRESS_COLON = re.compile(r"<[^<>\s]{1,200}@[^<>\s]{1,200}>\s*:$")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_OPENERS = ("on ", "în ", "in ", "pe ", "la ")
_SEPARATOR = re.compile(
    r"-{2,}\s*(?:original message|mesaj(?:ul)? original|исходное сообщение"
    r"|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale)\s*-{2,}",
    re.IGNORECASE,
)
_FROM_LINE = re.compile(r"\*?(?:from|de la|de|от|від)\s*:\*?\s*\S", re.IGNORECASE)
_OTHER_HEADER_LINE = re.compile(
    r"\*?(?:sent|date|to|subject|cc|trimis|data|către|catre|subiect|отправлено|дата|кому|тема"
    r"|копия)\s*:",
    re.IGNORECASE,
)
_RULE = re.compile(r"[_\-=]{10,}")
_FORWARD_MARKER = re.compile(
    r"forwarded message|begin forwarded message|mesaj redirecționat|mesaj redirectionat"
    r"|mesaj transmis|пересылаемое сообщение|переадресованного сообщения|weitergeleitete",
    re.IGNORECASE,
)
_MOBILE = re.compile(
    r"(?:sent from my|sent from outlook|get outlook for|sent from mail for|sent from yahoo"
    r"|trimis de pe|trimis din|отправлено с|отправлено из|envoyé de mon|enviado desde mi)\b",
    re.IGNORECASE,
)


def split_quoted(text: str, language_hint: str = "") -> tuple[str, str]:
    """(new part, folded part): the folded part is the quote and/or signature, "" if none.

    `language_hint` (e.g. the ticket's language) adds that language's library patterns to
    English ones; the desk's own en/ro/ru patterns always apply, because customers often
    write in one language from a mail client set to another. The new part is a prefix of
    `text` whenever its lines end in "\n" (as `ParsedMail.text`'s do), so callers may keep
    just its length.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    scan = _scan(lines[:_MAX_LINES])
    # Every reply header, ours or the library's, needs a colon or a dash somewhere: most
    # new mail has neither, and then no line needs looking at for one (bench/sync.py).
    colon = ":" in text or "：" in text
    headers = _own_header(scan) if colon or "-" in text else None
    own = [
        c
        for c in (headers, _trailing_quote(scan, complete=len(lines) <= _MAX_LINES))
        if c is not None
    ]
    cut = min(own) if own else len(lines)
    # The library can only move the cut earlier: it never needs to read past ours.
    library = _library_header(scan[:cut], language_hint) if colon or "-----" in text else None
    if library is not None:
        cut = min(cut, library)
    start = _signature(lines, scan, cut)
    if start is None:
        start = cut
    if start >= len(lines):
        return text, ""  # nothing to fold (known before joining the lines again)
    new = "\n".join(lines[:start]).rstrip()
    if not new.strip():
        return text, ""  # it would fold everything: show it all
    return new, "\n".join(lines[start:]).strip("\n")


def _scan(lines: list[str]) -> list[str]:
    """The lines stripped, "" for a line too long to be a header (per line in C: the
    comprehension this replaces was half the cost of folding a long message)."""
    scan = list(map(str.strip, lines))
    if max(map(len, lines), default=0) > _MAX_LINE:
        scan = [s if len(line) <= _MAX_LINE else "" for s, line in zip(scan, lines, strict=True)]
    return scan


def _previous(scan: list[str], index: int) -> int | None:
    """Index of the nearest non-blank line before `index`."""
    for i in range(index - 1, -1, -1):
        if scan[i]:
            return i
    return None


def _forwarded(scan: list[str], index: int) -> bool:
    """Forwarded content is what the customer wants us to read: never fold it."""
    before = _previous(scan, index)
    return before is not None and bool(_FORWARD_MARKER.search(scan[before]))


def _wrote_line(line: str) -> bool:
    if not line.endswith(":") or len(line) < 8:
        return False
    lower = line.lower()
    if lower.startswith("on ") and lower.endswith("wrote:"):
        return True  # Gmail, Apple Mail, Thunderbird (en)
    if lower.startswith(_OPENERS[1:]) and _RO_WROTE.search(line):
        return True  # "În data de 3 mar. 2025, Ion <ion@…> a scris:"
    if _RU_WROTE.search(line):
        return True  # "3 марта 2025 г., в 10:00, Иван <…> написал(а):", "… пишет:"
    # Gmail ru, mail.ru, Yandex: a date and an address, then a bare colon.
    return line.endswith(">:") and bool(_TIME.search(line)) and bool(_ADDRESS_COLON.search(line))


def _interleaved(scan: list[str], header: int) -> bool:
    """A ">" block with answers between its lines: folding would hide the answers."""
    seen_quote = False
    for line in scan[header + 1 :]:
        if not line:
            continue
        if line.startswith(">"):
            seen_quote = True
        else:
            # Unquoted text after the quote is an answer; right after the header it is an
            # Outlook-like unquoted original, which is folded.
            return seen_quote
    return False


def _own_header(scan: list[str]) -> int | None:
    for i in _candidates(scan):
        line = scan[i]
        if not line:
            continue
        if line[0] == "-" and _SEPARATOR.fullmatch(line) and not _forwarded(scan, i):
            return i
        if _attribution(scan, i):
            return i
        if _FROM_LINE.match(line) and _header_block_follows(scan, i) and not _forwarded(scan, i):
            before = _previous(scan, i)
            return before if before is not None and _RULE.fullmatch(scan[before]) else i
    return None


def _candidates(scan: list[str]) -> list[int]:
    """Indexes of the lines that may start a reply header, in order: every pattern of
    `_own_header` needs a colon on the line or within the next two (an attribution
    wrapped over three lines), or a leading "-" (a separator). Most lines of a message
    have neither, and skipping them in one comprehension instead of testing each in
    Python halves the cost of folding (bench/sync.py)."""
    colons = [i for i, line in enumerate(scan) if ":" in line]
    near = {j for i in colons for j in (i - 2, i - 1, i) if j >= 0}
    near.update(i for i, line in enumerate(scan) if line[:1] == "-")
    return sorted(near)


def _attribution(scan: list[str], index: int) -> bool:
    """Whether an "… wrote:" line, possibly wrapped over three lines, starts at `index`."""
    if not any(line.endswith(":") for line in scan[index : index + 3]):
        return False  # cheap exit for nearly every line: attributions end with a colon
    for width in _widths(scan, index):
        joined = " ".join(scan[index : index + width])
        if (
            _wrote_line(joined)
            and not _forwarded(scan, index)
            and not _interleaved(scan, index + width - 1)
        ):
            return True
    return False


def _widths(scan: list[str], index: int) -> tuple[int, ...]:
    """How many lines an attribution starting at `index` may span: Gmail wraps long ones,
    but only a line that opens like one ("On …", or a time) continues on the next."""
    line = scan[index]
    if line.startswith(">") or line.endswith(":"):
        return (1,)
    if not (line.lower().startswith(_OPENERS) or _TIME.search(line)):
        return (1,)
    following = [x for x in scan[index + 1 : index + 3] if x and not x.startswith(">")]
    return (1, *range(2, 2 + len(following)))


def _header_block_follows(scan: list[str], index: int) -> bool:
    """An Outlook-style "From:" line is one of a block: Sent/To/Subject… follow closely."""
    return any(_OTHER_HEADER_LINE.match(line) for line in scan[index + 1 : index + 7] if line)


@lru_cache(maxsize=32)
def _library_pattern(language: str) -> re.Pattern[str] | None:
    languages = [language] if language in MAIL_LANGUAGES else []
    try:
        return EmailMessage(text="", languages=languages).HEADER_REGEX
    except Exception:  # a library change must degrade folding, not ingestion
        return None


def _library_header(scan: list[str], language_hint: str) -> int | None:
    pattern = _library_pattern(language_hint.lower().strip()[:8])
    if pattern is None:
        return None
    shown = [line if len(line) <= _LIBRARY_LINE else "" for line in scan[:_LIBRARY_LINES]]
    if not any(":" in line or "：" in line or line.startswith("-----") for line in shown):
        return None  # every pattern of the library needs one of these: skip its slow regex
    joined = "\n".join(shown)
    try:
        for match in pattern.finditer(joined):
            position = match.start()
            while position < len(joined) and joined[position] == "\n":
                position += 1
            index = joined.count("\n", 0, position)
            if index < len(scan) and not _forwarded(scan, index):
                return index
    except Exception:
        return None
    return None


def _trailing_quote(scan: list[str], *, complete: bool) -> int | None:
    """Start of a ">" block that runs to the end (bottom-posted quote), with its attribution."""
    if not complete:
        return None  # cannot tell whether the quote runs to the end
    start = None
    for i in range(len(scan) - 1, -1, -1):
        line = scan[i]
        if not line:
            continue
        if not line.startswith(">"):
            break
        start = i
    if start is None:
        return None
    before = _previous(scan, start)
    if before is not None and scan[before].endswith(":") and len(scan[before]) <= 200:
        return before  # "Ion Popescu wrote:" in a language no pattern knows
    return start


def _signature(lines: list[str], scan: list[str], cut: int) -> int | None:
    """Start of a signature in the new part: RFC 3676 "-- " or a mobile-client footer."""
    limit = min(cut, len(scan))
    for i in range(limit - 1, max(-1, limit - 1 - _MAX_SIGNATURE_LINES), -1):
        if lines[i] == "-- " or (scan[i] == "--" and i > 0):
            return i if i > 0 else None
    last = _previous(scan, limit)
    if last is not None and last > 0 and _MOBILE.match(scan[last]):
        return last
    return None
