"""The reply editor: a TextArea whose text is saved as a draft while you type.

Saving is debounced (`AUTOSAVE` seconds after the last keystroke) and done by the
screen in a worker, so a dropped SSH session loses at most a second of typing and the
editor never waits on the disk.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.content import Content
from textual.message import Message
from textual.timer import Timer
from textual.widgets import TextArea
from textual.widgets.text_area import Edit, EditResult

from supportdesk.tui import keymap
from supportdesk.tui.text import editable, safe

if TYPE_CHECKING:
    from supportdesk.tui.templating import TemplateUse

AUTOSAVE = 0.8
# TextArea re-wraps and re-renders a whole soft-wrapped line on every keystroke: one line
# of 200,000 characters (a pasted log) cost ~340 ms a key. While a line is longer than
# this, wrapping is off (~30 ms a key; the line scrolls sideways) (ux15).
LONG_LINE = 10_000


class ReplyEditor(TextArea):
    HELP = (
        "Reply editor: ctrl+r/F5 review and send, F6 insert a template, ;shortcut then "
        "Tab expands one in place (;ack), ctrl+e/F4 $EDITOR, esc leave. Tone: F8 / "
        "shift+F8 select the next / previous finding's words; Tab goes to the tone panel; F9 "
        "the customer's mood, why, and how to answer."
    )
    BINDINGS = keymap.bindings("editor")

    def check_consume_key(self, key: str, character: str | None = None) -> bool:
        """The editor types "/" (ux17; `keymap.typed_character`)."""
        return super().check_consume_key(key, keymap.typed_character(key, character))

    class DraftChanged(Message):
        def __init__(self, ticket_id: int, text: str) -> None:
            super().__init__()
            self.ticket_id = ticket_id
            self.text = text

    class ReviewRequested(Message):
        pass

    class Left(Message):
        pass

    def __init__(self, **kw: object) -> None:
        super().__init__(
            soft_wrap=True,
            tab_behavior="focus",
            placeholder=Content("r: write a reply here · t / F6: template · ctrl+r / F5: send"),
            **kw,  # type: ignore[arg-type]
        )
        self.ticket_id: int | None = None
        self._timer: Timer | None = None
        self._saved = ""  # the draft as loaded or last saved: no change to save
        self.used: dict[int, TemplateUse] = {}  # ticket id → template its draft came from
        self.heading = "3 Reply"

    def load(self, ticket_id: int | None, text: str) -> None:
        """Show ticket `ticket_id`'s draft without counting it as an edit."""
        self.flush()
        self.ticket_id = ticket_id
        self._saved = text = editable(text)
        self.load_text(text)
        self.border_subtitle = "draft" if text else ""

    # Every way text gets in (typing, paste, templates, $EDITOR, a saved draft) passes
    # one of these two: no escape sequence or control character is drawn or sent.
    def edit(self, edit: Edit) -> EditResult:
        edit.text = editable(edit.text)
        return super().edit(edit)

    def load_text(self, text: str) -> None:
        super().load_text(editable(text))

    def _fit_wrap(self) -> None:
        """Wrapping off while a line is longer than `LONG_LINE`, back on once none is
        (said when it goes off: the line then scrolls sideways). After every change,
        undo and redo included: the longest of 20,000 lines is found in ~0.7 ms."""
        long = max(map(len, self.document.lines), default=0) > LONG_LINE
        if long and self.soft_wrap:
            self.soft_wrap = False
            self.notify(
                f"A line of over {LONG_LINE:,} characters: wrapping is off while it is in "
                "the draft (it slowed every key); it scrolls sideways.",
                markup=False,
            )
        elif not long and not self.soft_wrap:
            self.soft_wrap = True

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        # load_text's Changed arrives after load() has returned: text equal to what was
        # loaded or saved is no edit (it said "editing…" and saved the draft again)
        self._fit_wrap()
        if self.ticket_id is None or (self._timer is None and self.text == self._saved):
            return
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(AUTOSAVE, self.flush)
        self.border_subtitle = "editing…"

    def flush(self) -> None:
        """Save now if there is an unsaved change (leaving, switching ticket, quitting)."""
        if self._timer is None:
            return
        self._timer.stop()
        self._timer = None
        if self.ticket_id is not None:
            self._saved = self.text
            self.post_message(self.DraftChanged(self.ticket_id, self.text))
            self.border_subtitle = "draft saved" if self.text else ""

    def action_review(self) -> None:
        self.flush()
        self.post_message(self.ReviewRequested())

    def action_leave(self) -> None:
        self.flush()
        self.post_message(self.Left())

    def action_edge(self, end: bool) -> None:
        """ctrl+home / ctrl+end: the draft's first or last character, as in other
        editors (TextArea binds neither: a power user's ctrl+end did nothing)."""
        self.move_cursor(self.document.end if end else (0, 0))

    def action_external(self) -> None:
        """Edit the reply in $EDITOR (VISUAL first), the app suspended meanwhile."""
        command = shlex.split(os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi")
        fd, name = tempfile.mkstemp(prefix="supportdesk-reply-", suffix=".txt")
        path = Path(name)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(self.text)
            try:
                with self.app.suspend():
                    subprocess.run([*command, str(path)], check=False)
            except Exception as exc:  # no terminal to hand over (e.g. headless tests)
                self.notify(f"$EDITOR: {exc}", severity="error", markup=False)
                return
            self.load_text(path.read_text(encoding="utf-8", errors="replace"))
        finally:
            path.unlink(missing_ok=True)

    # -- canned responses (issue 7; the logic is in tui/templating.py) ----------------
    def set_heading(self, heading: str) -> None:
        """The border title, e.g. "3 Reply to #12", with "template: NAME (lang)" after it."""
        self.heading = heading
        self.show_heading()

    def show_heading(self) -> None:
        use = self.used.get(self.ticket_id) if self.ticket_id is not None else None
        self.border_title = safe(f"{self.heading} · {use.label}" if use else self.heading)

    async def _on_key(self, event: events.Key) -> None:
        """Tab right after a shortcut (`;ack`) expands it; otherwise Tab goes to the tone
        panel (`tone_focus`), else moves focus as usual. TextArea's own `_on_key` runs
        after this one unless the key is consumed."""
        if event.key != "tab":
            return
        expand = getattr(self.screen, "expand_shortcut", None)
        to_tone = getattr(self.screen, "tone_focus", None)
        if (expand is not None and expand(self)) or (to_tone is not None and to_tone()):
            event.stop()
            event.prevent_default()
