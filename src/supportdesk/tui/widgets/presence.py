"""The line above the conversation: "also here: mihai (writing), olga (viewing)".

Hidden while nobody else has the ticket open, so the common case costs no screen row.
A writer is shown in the warning colour: that is the moment two replies could cross.
Logins come from the shared store, so they go through tui/text.py like any other
untrusted string.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from supportdesk.presence import WRITING
from supportdesk.tui.text import plain


class PresenceBar(Static):
    DEFAULT_CSS = """
    PresenceBar { height: 1; padding: 0 1; color: $text-muted; display: none; }
    PresenceBar.-writing { color: $warning; text-style: bold; }
    """

    def __init__(self, **kw: object) -> None:
        super().__init__("", markup=False, **kw)  # type: ignore[arg-type]
        self.others: list[tuple[str, str]] = []
        self.line = ""  # the line as shown (tests)

    def show(self, others: list[tuple[str, str]]) -> None:
        """Show who else is on the ticket; repaint only when that changed."""
        if others == self.others:
            return
        self.others = list(others)
        self.display = bool(others)
        self.set_class(any(state == WRITING for _, state in others), "-writing")
        names = ", ".join(f"{plain(agent, width=40)} ({state})" for agent, state in others)
        self.line = f"also here: {names}" if others else ""
        self.update(Content(self.line))
