"""`i`: the customer's state, and why (issue 8, R3/R7/R8/R14).

The conversation header says "en · informal · angry"; an agent trusts that only with
its reasons ("threat to leave…: “chargeback”", "shouting in capitals") and wants the
advice that follows from it before writing. Both were only in a mouse tooltip, so this
screen shows them from the keyboard. Signals quote the customer's own words: every line
goes through tui/text.py and is never parsed as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from supportdesk.tui.hanging import Hanging, Item, marker_indent
from supportdesk.tui.text import safe
from supportdesk.tui.widgets.footer import DeskFooter

if TYPE_CHECKING:
    from supportdesk.tone import Analysis

NAMES = {"en": "English", "ro": "Romanian", "ru": "Russian"}
BULLET = "· "


def why_content(a: Analysis) -> Hanging:
    """The analysis as text: our own headings, the analysis' strings cleaned. A signal or
    advice that wraps goes on under its own words, not at the margin, so where one
    bullet ends and the next begins stays plain (hanging.py)."""
    head = (
        f"Writes in {NAMES.get(a.language, a.language or 'an unknown language')}, "
        f"{a.register} register, mood: {a.mood}, technical level: {a.technical}"
        + (f", {a.unanswered} messages unanswered" if a.unanswered >= 2 else "")
        + "."
    )
    parts: list[Item] = [Item(safe(head, style="bold"), 0, 0), Item(Content(""), 0, 0)]
    for title, lines in (("Why (signals)", a.signals), ("How to answer", a.guidance)):
        parts.append(Item(Content.styled(title, "underline"), 0, 0))
        bullets = [Content.assemble(BULLET, safe(line)) for line in lines]
        parts += [Item(b, 1, marker_indent(BULLET.strip(), 1)) for b in bullets] or [
            Item(Content("none"), 1, 1)
        ]
        parts.append(Item(Content(""), 0, 0))
    parts.append(Item(Content.styled("esc / q / i closes.", "dim"), 0, 0))
    return Hanging(parts)


class ToneWhyScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,i", "app.pop_screen", "close")]  # noqa: RUF012
    DEFAULT_CSS = """
    ToneWhyScreen { align: center middle; }
    ToneWhyScreen > VerticalScroll {
        width: 90; max-width: 100%; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, analysis: Analysis, title: str = "") -> None:
        super().__init__()
        self.analysis = analysis
        self.title_text = title

    def compose(self) -> ComposeResult:
        with VerticalScroll() as box:
            box.border_title = safe(self.title_text or "The customer")
            yield Static(why_content(self.analysis), markup=False)
        yield DeskFooter(compact=True)
