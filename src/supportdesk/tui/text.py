"""The ONE way untrusted strings reach the screen (reliability.md TUI-01…TUI-04).

Subjects, names, bodies, filenames and tags come from strangers. Textual parses markup
in many string sinks (`[@click=…]` runs actions, `[/` crashes, `[link=…]` hides a
target) and passes most terminal escapes through, and `textual.markup.escape` is not
enough on 8.x. So nothing from the desk is ever formatted into markup: it is cleaned
of control sequences and bidi tricks by `supportdesk.text.clean`, then wrapped in a
`Content` (Textual widgets), a `rich.text.Text` (Rich renderables) or returned as
plain text for Line-API segments, none of which are parsed as markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from supportdesk.text import clean, strip_controls, truncate, without_controls

# Cells beyond these are never useful in one line and cost layout time (TUI-05).
MAX_LINE = 400
# OSC 52 payloads beyond this are dropped by many terminals and by tmux (base64 grows
# the text by a third), so the clipboard gets at most this many characters.
CLIPBOARD_MAX = 60_000


def plain(text: str | None, *, single_line: bool = True, width: int | None = None) -> str:
    """Cleaned text for Line-API segments (never parsed as markup), cut to `width`."""
    out = clean(text or "", single_line=single_line)
    if single_line and len(out) > MAX_LINE:
        out = out[:MAX_LINE]
    return truncate(out, width) if width is not None else out


def safe(text: str | None, *, single_line: bool = True, style: str = "") -> Content:
    """A `Content` holding `text` verbatim (after cleaning): markup characters stay text."""
    return (
        Content.styled(plain(text, single_line=single_line), style)
        if style
        else Content(plain(text, single_line=single_line))
    )


def safe_text(text: str | None, *, single_line: bool = True, style: str = "") -> Text:
    """The same for Rich renderables (`Text` is never parsed as markup)."""
    return Text(plain(text, single_line=single_line), style=style, end="")


def labelled(label: str, value: str | None, *, style: str = "bold") -> Content:
    """`label` (our own constant text) styled, followed by untrusted `value` as plain text."""
    return Content.assemble((label, style), safe(value))


def for_clipboard(text: str | None) -> tuple[str, bool]:
    """Text fit for an OSC 52 copy: no escapes or control characters (a copied message
    must not smuggle a sequence into the next terminal it is pasted into), cut to
    `CLIPBOARD_MAX`. Returns (text, whether it was cut)."""
    out = strip_controls(text or "")
    return out[:CLIPBOARD_MAX], len(out) > CLIPBOARD_MAX


def editable(text: str) -> str:
    """Text fit for the reply editor: escape sequences and control characters dropped
    (line breaks and tabs kept). TextArea draws what it holds as it is, so `TODO\x1b[31m`
    pasted from a terminal turned the screen red, and the escape would have gone out in
    the reply; the agent now sees and sends what a terminal showed them (ux15)."""
    return without_controls(text)[0]
