"""Conversation verbs beyond reading: pick an attachment, open it, copy a message.

Opening never trusts the attachment (`tui/opener.py`: a private 0600 copy under a
sanitised name, the viewer run as an argv list); with no viewer — the usual case over
SSH — the agent is offered to save it instead. Copying goes through OSC 52
(`App.copy_to_clipboard`, which works across SSH) with escapes and control characters
removed first, so a copied message cannot carry a sequence into another terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.content import Content

from supportdesk.tui.opener import NoOpener, find_opener, open_file, private_copy
from supportdesk.tui.screens.prompts import ChoiceScreen, ConfirmScreen
from supportdesk.tui.text import for_clipboard, plain, safe

if TYPE_CHECKING:
    from datetime import tzinfo

    from supportdesk.desk import Desk
    from supportdesk.models import Attachment, Message, Ticket
    from supportdesk.tui.widgets.conversation import ConversationView

DIRECTION = {"in": "←", "out": "→", "note": "✎"}


class ThreadActions:
    """Mixed into MainScreen (which provides the attributes declared below)."""

    desk: Desk
    ticket: Ticket | None
    messages: list[Message]
    thread: ConversationView
    tz: tzinfo
    app: Any
    notify: Any
    # From TicketActions. Annotations only: a stub method here would shadow the real one
    # depending on the order of MainScreen's bases.
    _desk_call: Callable[..., None]
    _ask_folder: Callable[[Attachment], None]

    def choose_attachment(self, verb: str, then: Callable[[Attachment], None]) -> None:
        """Ask which attachment (when there are several), then call `then` with it."""
        found = [a for m in self.messages for a in m.attachments]
        if not found:
            self.notify("No attachments in this conversation.", markup=False)
            return
        if len(found) == 1:
            then(found[0])
            return
        choices = [(str(i), f"{a.filename} ({a.size:,} bytes)") for i, a in enumerate(found)]
        self.app.push_screen(
            ChoiceScreen(f"{verb} which attachment?", choices),
            lambda i: i is not None and then(found[int(i)]),
        )

    def action_open_attachment(self) -> None:
        self.choose_attachment("Open", self._open_attachment)

    def _open_attachment(self, a: Attachment) -> None:
        try:
            argv = find_opener()
        except NoOpener as exc:
            question = Content.assemble(
                safe(str(exc)), "\nSave ", safe(a.filename), " to a folder instead?"
            )
            self.app.push_screen(ConfirmScreen(question), lambda yes: yes and self._ask_folder(a))
            return
        data_of = self.desk.store.get_blob

        def work() -> str:
            path = private_copy(a.filename, data_of(a.blob))
            open_file(argv, path)
            return path.name

        self._desk_call(work, lambda name: f"opened {plain(name)} with {plain(argv[0])}")

    def action_copy_message(self) -> None:
        """Copy the message in view (asking which, when several are on screen)."""
        shown = self.thread.messages_in_view()
        if not shown:
            self.notify("No message to copy.", markup=False)
            return
        if len(shown) == 1:
            self._copy_message(shown[0])
            return
        choices = [(str(i), self._message_label(self.messages[i])) for i in shown]
        self.app.push_screen(
            ChoiceScreen("Copy which message?", choices, str(shown[-1])),
            lambda i: i is not None and self._copy_message(int(i)),
        )

    def _message_label(self, m: Message) -> str:
        when = m.created_at.astimezone(self.tz)
        return f"{DIRECTION[m.direction.value]} {plain(str(m.sender))}  {when:%Y-%m-%d %H:%M}"

    def _copy_message(self, index: int) -> None:
        m = self.messages[index]
        when = m.created_at.astimezone(self.tz)
        subject = " ".join(m.subject.split())
        head = f"From: {m.sender}\nDate: {when:%Y-%m-%d %H:%M %z}\nSubject: {subject}\n\n"
        text, cut = for_clipboard(head + m.text)
        self.app.copy_to_clipboard(text)
        more = f" (first {len(text):,} characters)" if cut else ""
        self.notify(f"copied {self._message_label(m)}{more}", markup=False)
