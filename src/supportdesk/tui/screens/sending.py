"""Review and send: the editor's ctrl+r/F5 → review screen → outbox (design.md, R5).

Every send passes the review screen. Its checks come from the outbox itself
(`pre_send_checks`); a "yes" there is the confirmation `Outbox.queue` asks for. If the
outbox then raises `NeedsConfirmation` with a check the agent has not seen (another
agent replied, or the customer wrote, since the ticket was opened: `seen_version`),
the review screen comes back with it, so nothing is confirmed unseen. Queueing and
delivery run in a worker; a transport failure leaves the reply queued in the outbox.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from supportdesk.errors import DeskError
from supportdesk.outbox import NeedsConfirmation
from supportdesk.tui.screens.review import ReviewScreen
from supportdesk.tui.widgets.editor import ReplyEditor

if TYPE_CHECKING:
    from supportdesk.desk import Desk
    from supportdesk.models import Message, Ticket


class Sending:
    desk: Desk
    ticket: Ticket | None
    messages: list[Message]
    seen_version: int | None
    editor: ReplyEditor
    app: Any
    run_worker: Any
    notify: Any
    queue: Any

    def reload(self, keep: int | None = None) -> None: ...

    def load_ticket(self, ticket: Ticket | None, *, reset: bool) -> None: ...

    def on_reply_editor_review_requested(self, event: ReplyEditor.ReviewRequested) -> None:
        if self.ticket is None:
            return
        body = self.editor.text
        checks = self.desk.outbox().pre_send_checks(self.ticket, self.messages, body)
        self.review(body, checks)

    def review(self, body: str, checks: list[str]) -> None:
        t = self.ticket
        if t is None:
            return
        self.app.push_screen(
            ReviewScreen(str(t.customer), f"Re: {t.subject}", body, checks),
            lambda choice: self._reviewed(choice, t.id, body, checks),
        )

    def _reviewed(self, choice: str | None, tid: int, body: str, checks: list[str]) -> None:
        if choice == "send":
            self._send(tid, body, checks)
        elif choice == "postpone":
            self.editor.flush()
            self.notify(f"reply to #{tid} kept as a draft", markup=False)
            self.queue.focus()
        else:  # edit, or back
            self.editor.focus()

    def _send(self, tid: int, body: str, seen_checks: list[str]) -> None:
        outbox = self.desk.outbox()
        seen_version = self.seen_version

        def work() -> None:
            try:
                try:
                    msg = outbox.queue(tid, body, seen_version=seen_version)
                except NeedsConfirmation as exc:
                    if not set(exc.checks) <= set(seen_checks):
                        self.app.call_from_thread(self.review, body, exc.checks)
                        return
                    msg = outbox.queue(tid, body, confirmed=True, seen_version=seen_version)
            except DeskError as exc:
                self.app.call_from_thread(self._send_error, f"not sent: {exc}")
                return
            self.desk.save_draft(tid, "")
            self.app.call_from_thread(self._queued, tid)
            try:
                outcome = outbox.send(msg.message_id)
            except Exception as exc:
                text = f"#{tid}: reply queued, delivery failed: {type(exc).__name__}: {exc}"
                self.app.call_from_thread(self._send_error, text)
                return
            if outcome.sent:
                self.app.call_from_thread(self._sent, tid, f"reply to #{tid} sent")
            else:
                text = f"#{tid}: reply queued, not delivered yet: {outcome.error}"
                self.app.call_from_thread(self._send_error, text)

        self.run_worker(work, thread=True, group="send")

    def _queued(self, tid: int) -> None:
        if self.editor.ticket_id == tid:
            self.editor.load(tid, "")
        self.queue.focus()

    def _sent(self, tid: int, text: str) -> None:
        self.notify(text, markup=False)
        self._refresh_after_send()

    def _send_error(self, text: str) -> None:
        self.notify(text, severity="error", markup=False, timeout=10)
        self._refresh_after_send()

    def _refresh_after_send(self) -> None:
        self.reload()
        if self.ticket is not None:
            self.load_ticket(self.ticket, reset=False)
