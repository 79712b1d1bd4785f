"""Make untrusted text safe to show in a terminal.

Subjects, names, bodies and filenames come from strangers. Terminal escape sequences in
them can set the clipboard (OSC 52), retitle the window, hide links (OSC 8) or clear the
screen, and bidi overrides can make text read differently from what it is
(reliability.md TUI-03, TUI-04). Everything shown to a person goes through `clean()`;
stored data keeps the original bytes.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

# ESC-introduced sequences, including unterminated ones: CSI, OSC/DCS/APC/PM/SOS
# strings (ended by BEL or ST, or by the end of the text), and two-byte escapes.
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?                      # CSI ... final byte (may be cut off)
  | \x1b[\]P^_X][^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x1b\\|\x9c)  # OSC/DCS/PM/APC/SOS, ended
  | \x9b[0-?]*[ -/]*[@-~]?                        # 8-bit CSI
  | [\x90\x9d\x9e\x9f][^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x1b\\|\x9c)  # 8-bit forms, ended
  | \x1b[ -/]*[0-~]?                              # other ESC sequences, or a lone ESC
    """,
    re.VERBOSE,
)
# An OSC or DCS string that is never terminated loses only its introducer: the ESC
# goes, and the rest stays visible as the plain text it now is.

# Bidi controls and invisible characters, shown as visible placeholders.
_INVISIBLE = {
    **{chr(c): f"<U+{c:04X}>" for c in range(0x202A, 0x202F)},
    **{chr(c): f"<U+{c:04X}>" for c in range(0x2066, 0x206A)},
    **{chr(c): f"<U+{c:04X}>" for c in range(0x200B, 0x2010)},
    "\u2060": "<U+2060>",
    "\ufeff": "<U+FEFF>",
    "\u00ad": "<U+00AD>",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_INVISIBLE_RE = re.compile("[" + "".join(_INVISIBLE) + "]")
_LINE_BREAKS = re.compile(r"[\r\n\u0085\u2028\u2029]+")

ESC_MARK = "␛"


def clean(text: str, *, single_line: bool = False) -> str:
    """`text` with escape sequences shown as ␛, other controls and invisibles made visible.

    `single_line` folds every line break into a space, for table cells and headers.
    """
    text = _LINE_BREAKS.sub(" ", text) if single_line else text.replace("\r\n", "\n")
    text = _ESCAPES.sub(ESC_MARK, text)
    text = _CONTROL.sub(lambda m: f"<{ord(m.group()):02X}>" if m.group() != "\t" else " ", text)
    return _INVISIBLE_RE.sub(lambda m: _INVISIBLE[m.group()], text)


def strip_controls(text: str) -> str:
    """`text` with escape sequences, control characters (but line breaks and tabs) and
    bidi/invisible characters removed, not made visible: for text handed on to another
    program (the clipboard), where the marks `clean()` adds would only be noise."""
    text = _ESCAPES.sub("", text.replace("\r\n", "\n"))
    return _INVISIBLE_RE.sub("", _CONTROL.sub("", text))


def without_controls(text: str) -> tuple[str, list[int] | None]:
    """`text` as a terminal shows it: escape sequences and control characters gone (a
    lone CR, an old Mac's line end, kept as a line break), with where each character
    came from (None when nothing went: the usual draft). For reading a draft (tone):
    `TODO\x1b[31m` pasted from a terminal is the placeholder TODO, not a password of
    mixed symbols, and `Hun\x1b[1mter22` is still the password Hunter22 (ux15)."""
    if not _CONTROL.search(text):
        return text, None
    kept: list[str] = []
    where: list[int] = []
    at = 0
    for m in _ESCAPES.finditer(text):
        _keep(text, at, m.start(), kept, where)
        at = m.end()
    _keep(text, at, len(text), kept, where)
    where.append(len(text))
    return "".join(kept), where


def _keep(text: str, start: int, end: int, kept: list[str], where: list[int]) -> None:
    """The characters of text[start:end] that are no control, with their positions."""
    for i in range(start, end):
        c = text[i]
        if c == "\r" and text[i + 1 : i + 2] != "\n":
            c = "\n"
        elif _CONTROL.match(c):
            continue
        kept.append(c)
        where.append(i)


def span_back(where: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """The span of the original text that [start, end) of `without_controls`'s text
    came from (an escape inside the span stays inside it)."""
    if where is None:
        return start, end
    return where[start], (where[end - 1] + 1 if end > start else where[start])


def truncate(text: str, width: int) -> str:
    """Cut to `width` characters with an ellipsis, so tables keep their shape."""
    if width <= 0:
        return ""
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def countdown(due: datetime | None, now: datetime | None = None) -> str:
    """`0:42` left, `-1:10` overdue, `2d` for far deadlines, blank when no clock runs."""
    if due is None:
        return ""
    seconds = int((due - (now or datetime.now(UTC))).total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    if seconds >= 2 * 86400:
        return f"{sign}{seconds // 86400}d"
    return f"{sign}{seconds // 3600}:{seconds % 3600 // 60:02d}"


def ago(at: datetime, now: datetime) -> str:
    """`just now`, `5m ago`, `3h ago`, `2d ago`: how long since `at`, for people."""
    seconds = int((now - at).total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit} ago"
    return "just now"


def span(seconds: float | None) -> str:
    """A duration for tables: `45s`, `12m`, `1h05m`, `2d03h`; `-` when there is none."""
    if seconds is None:
        return "-"
    s = round(seconds)
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m"
    if s < 86400:
        return f"{s // 3600}h{s % 3600 // 60:02d}m"
    return f"{s // 86400}d{s % 86400 // 3600:02d}h"


PRIORITY_MARK = {"urgent": "!!", "high": "!", "normal": "", "low": "↓"}
