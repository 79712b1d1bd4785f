"""After an outage: reply "resolved" to the tickets it brought, one review at a time.

Never a mass send (R4 says tell them; R1/R5 say look before sending): each ticket gets
the `outage-resolved` template rendered in its language and register, and goes through
the same review screen as any reply (y send, e edit, p postpone, esc stop). "Send"
confirms exactly the version reviewed; "edit" leaves the text as the ticket's draft
and opens it in the editor, ending the run; "postpone" keeps it as a draft and moves
on; esc stops, leaving the rest for later (the banner keeps offering them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from supportdesk.errors import DeskError
from supportdesk.mail.compose import reply_subject
from supportdesk.models import Status
from supportdesk.outbox import NeedsConfirmation
from supportdesk.tui.handback import hand_back
from supportdesk.tui.screens.review import ReviewScreen
from supportdesk.tui.widgets.monitor_strip import hhmm

if TYPE_CHECKING:
    from supportdesk.desk import Desk
    from supportdesk.models import Message, Ticket
    from supportdesk.monitors import MonitorView
    from supportdesk.templates import Template

TEMPLATE = "outage-resolved"


class ResolvedReplies:
    """One run over `tickets`; `screen` is the main screen (workers, notify, editor)."""

    def __init__(self, screen: Any, view: MonitorView, tickets: list[Ticket]) -> None:
        self.screen = screen
        self.desk: Desk = screen.desk
        self.app = screen.app
        self.view = view
        self.todo = [t.id for t in tickets]
        self.total = len(self.todo)
        self.sent = 0
        self.kept = 0
        end = view.last_outage.end if view.last_outage else None
        self.restored_at = hhmm(end, screen.tz)

    def start(self) -> None:
        self._next()

    def _next(self) -> None:
        if not self.todo:
            self._finish("done")
            return
        tid = self.todo.pop(0)
        desk, restored = self.desk, self.restored_at

        def work() -> None:
            try:
                ticket, messages, body, template = _prepare(desk, tid, restored)
                checks = desk.outbox().pre_send_checks(ticket, messages, body)
            except DeskError as exc:
                hand_back(self.screen, self._skip, tid, str(exc))
                return
            hand_back(self.screen, self._review, ticket, body, checks, template)

        self.screen.run_worker(work, thread=True, exclusive=True, group="outage-reply")

    def _skip(self, tid: int, why: str) -> None:
        self.screen.notify(f"#{tid}: skipped: {why}", severity="warning", markup=False)
        self._next()

    def _review(self, ticket: Ticket, body: str, checks: list[str], template: Template) -> None:
        n = self.total - len(self.todo)
        subject = reply_subject(ticket.subject, ticket.id)
        screen = ReviewScreen(str(ticket.customer), subject, body, checks)
        screen.sub_title = f"outage replies: {n} of {self.total}"
        self.app.push_screen(
            screen, lambda choice: self._chosen(choice, ticket, body, checks, template)
        )

    def _chosen(
        self,
        choice: str | None,
        ticket: Ticket,
        body: str,
        checks: list[str],
        template: Template,
    ) -> None:
        if choice == "send":
            self._send(ticket, body, checks, template)
        elif choice == "postpone":
            self.kept += 1
            self.screen.run_worker(
                lambda: self.desk.save_draft(ticket.id, body), thread=True, group="draft"
            )
            self._next()
        elif choice == "edit":
            self.kept += 1
            desk, screen = self.desk, self.screen

            def work() -> None:
                desk.save_draft(ticket.id, body)
                hand_back(self.screen, screen.reload, ticket.id)

            screen.run_worker(work, thread=True, group="draft")
            self._finish("stopped to edit")
        else:
            self.todo.insert(0, ticket.id)
            self._finish("stopped")

    def _send(self, ticket: Ticket, body: str, seen: list[str], template: Template) -> None:
        desk = self.desk
        status = Status(template.status_after) if template.status_after else Status.PENDING

        def work() -> None:
            outbox = desk.outbox()
            try:
                try:
                    msg = outbox.queue(ticket.id, body, seen_version=ticket.version)
                except NeedsConfirmation as exc:
                    if not set(exc.checks) <= set(seen):
                        # Changed after the review (a new customer message): ask again.
                        hand_back(self.screen, self._again, ticket.id)
                        return
                    msg = outbox.queue(ticket.id, body, confirmed=True, seen_version=ticket.version)
                outcome = outbox.send(msg.message_id, status=status)
            except DeskError as exc:
                hand_back(self.screen, self._failed, ticket.id, str(exc))
                return
            if outcome.sent:
                from supportdesk.templates.macros import after_send

                after_send(desk, ticket.id, template)
                hand_back(self.screen, self._sent, ticket.id)
            else:
                hand_back(
                    self.screen,
                    self._failed,
                    ticket.id,
                    f"queued, not delivered yet: {outcome.error}",
                )

        self.screen.run_worker(work, thread=True, group="send")

    def _again(self, tid: int) -> None:
        self.todo.insert(0, tid)
        self._next()

    def _sent(self, tid: int) -> None:
        self.sent += 1
        self.screen.notify(f"reply to #{tid} sent", markup=False)
        self._next()

    def _failed(self, tid: int, why: str) -> None:
        self.screen.notify(f"#{tid}: {why}", severity="error", markup=False, timeout=10)
        self._next()

    def _finish(self, how: str) -> None:
        left = len(self.todo)
        text = f"outage replies {how}: {self.sent} sent, {self.kept} kept as drafts"
        if left:
            text += f", {left} left (the banner offers them again)"
        self.screen.notify(text, markup=False)
        self.screen.reload()
        self.screen.poll_monitors()


def _prepare(desk: Desk, tid: int, restored_at: str) -> tuple[Ticket, list[Message], str, Template]:
    """(worker) The fresh ticket, its messages, and the template filled in for it."""
    from supportdesk.monitors import data_dir_of
    from supportdesk.templates import load_library, render, ticket_context

    ticket = desk.get_ticket(tid)
    messages = desk.conversation(tid)
    library = load_library(data_dir_of(desk.store))
    ctx = ticket_context(ticket, desk.config, desk.agent, messages)
    template = library.choose(TEMPLATE, ctx.language, ctx.register)
    done = render(template, ctx, library, {"restored_at": restored_at})
    return ticket, messages, done.text, done.template
