"""The main screen's template verbs: `t` / F6 opens the picker, `;shortcut` + Tab expands.

Mixed into MainScreen like `TicketActions`. The library is read in a worker before the
picker opens (team templates may have changed since the last look); Tab expansion uses
the cached copy so the keystroke never waits on more than one first read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from supportdesk.templates import Library, Rendered
from supportdesk.tui.handback import hand_back
from supportdesk.tui.templating import Templates, expand_shortcut, insert_rendered
from supportdesk.tui.text import plain

if TYPE_CHECKING:
    from supportdesk.desk import Desk
    from supportdesk.models import Message, Ticket
    from supportdesk.tui.widgets.editor import ReplyEditor


class TemplateActions:
    """Mixed into MainScreen (which provides the attributes declared below)."""

    desk: Desk
    ticket: Ticket | None
    messages: list[Message]
    editor: ReplyEditor
    app: Any
    run_worker: Any
    notify: Any

    # Tags whose templates the picker ranks first; the site monitor sets {"outage"}
    # while a watched site is down and clears it when the site is back.
    template_boost: frozenset[str] = frozenset()
    _templates: Templates | None = None

    def when_loaded(self, action: Any, *, opened: bool) -> bool: ...  # main.py

    tone_register: Any  # ToneGuidance's (a stub here would shadow it in MainScreen)

    @property
    def templates(self) -> Templates:
        if self._templates is None:
            self._templates = Templates(self.desk, register_of=self.tone_register)
        return self._templates

    def action_template(self) -> None:
        """Open the picker for the open ticket; the choice lands in its reply editor."""
        if self.ticket is None:
            if not self.when_loaded(self.action_template, opened=True):
                self.notify("No ticket selected.", severity="warning", markup=False)
            return
        ticket, messages, source = self.ticket, list(self.messages), self.templates

        def work() -> None:
            library = source.load()
            hand_back(self, self._open_picker, ticket, messages, library)

        self.run_worker(work, thread=True, exclusive=True, group="templates")

    def _open_picker(self, ticket: Ticket, messages: list[Message], library: Library) -> None:
        from supportdesk.tui.screens.template_picker import TemplatePickerScreen

        if self.ticket is None or self.ticket.id != ticket.id:
            return  # the agent moved on while the library was read
        for problem in library.problems[:3]:
            self.notify(f"template skipped: {plain(problem)}", severity="warning", markup=False)
        context = self.templates.context(ticket, messages, self.app.clock())
        picker = TemplatePickerScreen(
            library,
            context,
            boost_tags=self.template_boost,
            usage=self.templates.usage,
            title=f"Templates for #{ticket.id}",
        )
        self.app.push_screen(picker, lambda done: self._insert_template(ticket.id, done))

    def _insert_template(self, ticket_id: int, done: Rendered | None) -> None:
        editor = self.editor
        if done is not None and editor.ticket_id == ticket_id:
            insert_rendered(editor, done)
        editor.focus()

    def expand_shortcut(self, editor: ReplyEditor) -> bool:
        """Called by the editor on Tab: True when a shortcut before the caret expanded."""
        if self.ticket is None or editor.ticket_id != self.ticket.id:
            return False
        return expand_shortcut(editor, self.templates, self.ticket, self.messages, self.app.clock())
