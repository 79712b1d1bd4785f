"""Review and send: the editor's ctrl+r/F5 → review screen → outbox (design.md, R5).

Every send passes the review screen. Before it opens, the ticket is re-read in a worker
and the screen lists the outbox's own checks (`pre_send_checks`) plus, in words, what
changed since the agent opened the ticket ("mihai replied 2m ago", "a new customer
message arrived just now": collision.py). A "yes" there confirms exactly the version
that was reviewed: it is what goes to `Outbox.queue(seen_version=)`, so anything that
lands between the review and the send raises `NeedsConfirmation` in the outbox and
the review comes back with the reasons; nothing is ever confirmed unseen. Queueing
and delivery run in a worker; a transport failure leaves the reply in the outbox.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from supportdesk.errors import DeskError
from supportdesk.mail.compose import reply_subject
from supportdesk.models import Status
from supportdesk.outbox import NeedsConfirmation
from supportdesk.templates.macros import after_send
from supportdesk.templates.pick import unfilled
from supportdesk.tui.collision import Opened, changes_since
from supportdesk.tui.handback import hand_back
from supportdesk.tui.screens.review import ReviewScreen
from supportdesk.tui.widgets.editor import ReplyEditor

if TYPE_CHECKING:
    from supportdesk.desk import Desk
    from supportdesk.models import Message, Ticket
    from supportdesk.tone import Finding
    from supportdesk.tui.templating import TemplateUse


class Sending:
    desk: Desk
    ticket: Ticket | None
    messages: list[Message]
    opened: Opened | None
    editor: ReplyEditor
    app: Any
    run_worker: Any
    notify: Any
    queue: Any
    tone_review: Any  # ToneGuidance (tone_guide.py): the findings the review lists
    tone_prepare: Any

    def reload(self, keep: int | None = None) -> None: ...

    def load_ticket(self, ticket: Ticket | None, *, reset: bool) -> None: ...

    def on_reply_editor_review_requested(self, event: ReplyEditor.ReviewRequested) -> None:
        if self.ticket is not None:
            self.prepare_review(self.ticket.id, self.editor.text)

    def prepare_review(self, tid: int, body: str) -> None:
        """Re-read ticket `tid` off the event loop, then open the review with every check."""
        desk, opened, now = self.desk, self.opened, self.app.clock()
        use = self.editor.used.get(tid)  # the template the draft came from, if any
        # the checks take seconds on a long draft (the tone reader): say so at once
        self.editor.border_subtitle = "checking before sending…"
        self.tone_prepare(body)

        def work() -> None:
            try:
                fresh = desk.get_ticket(tid)
                messages = desk.conversation(tid)
                checks = desk.outbox().pre_send_checks(fresh, messages, body)
                checks += unfilled(body, use.fields) if use is not None else []
                tone = self.tone_review(tid, body)
            except DeskError as exc:
                hand_back(self, self._send_error, f"not sent: {exc}")
                return
            if opened is not None and opened.ticket.id == tid:
                checks += changes_since(opened, fresh, messages, desk.agent, now)
            hand_back(self, self.review, fresh, messages, body, checks, tone)

        self.run_worker(work, thread=True, exclusive=True, group="review")

    def review(
        self,
        ticket: Ticket,
        messages: list[Message],
        body: str,
        checks: list[str],
        tone: list[Finding] | None = None,
    ) -> None:
        self._checked()
        if self.ticket is None or self.ticket.id != ticket.id:
            self.notify(f"reply to #{ticket.id} not sent: another ticket is open; "
                        "it is kept as a draft", severity="warning", markup=False)  # fmt: skip
            return
        reviewed = Opened(ticket, {m.id for m in messages})
        self.app.push_screen(
            ReviewScreen(
                str(ticket.customer), reply_subject(ticket.subject, ticket.id), body, checks, tone
            ),
            lambda choice: self._reviewed(choice, body, checks, reviewed, tone or []),
        )

    def _reviewed(
        self,
        choice: str | None,
        body: str,
        checks: list[str],
        reviewed: Opened,
        tone: list[Finding] | None = None,
    ) -> None:
        tid = reviewed.ticket.id
        if choice == "send":
            # the review only returns "send" with blocking tone findings after the
            # agent confirmed them: that override is logged (issue 8)
            overridden = sorted({f.rule for f in tone or [] if f.severity == "block"})
            self._send(body, checks, reviewed, overridden)
        elif choice == "postpone":
            self.editor.flush()
            self.notify(f"reply to #{tid} kept as a draft", markup=False)
            self.queue.focus()
        else:  # edit, or back
            self.editor.focus()

    def _send(
        self,
        body: str,
        seen_checks: list[str],
        reviewed: Opened,
        overridden: list[str] | None = None,
    ) -> None:
        """Queue and deliver, confirming exactly the version the review showed."""
        desk = self.desk
        outbox = desk.outbox()
        tid, version = reviewed.ticket.id, reviewed.version
        use = self.editor.used.get(tid)
        # A template's macros (issue 7) count only once the reply is delivered.
        status = Status(use.template.status_after or "pending") if use else Status.PENDING
        template = use.template.name if use else ""  # the lead's most-used templates (issue 9)

        def work() -> None:
            try:
                try:
                    msg = outbox.queue(tid, body, seen_version=version, template=template)
                except NeedsConfirmation as exc:
                    if not set(exc.checks) <= set(seen_checks):
                        # Something changed after the review: show it, ask again.
                        hand_back(self, self.prepare_review, tid, body)
                        return
                    msg = outbox.queue(
                        tid, body, confirmed=True, seen_version=version, template=template
                    )
            except DeskError as exc:
                hand_back(self, self._send_error, f"not sent: {exc}")
                return
            desk.save_draft(tid, "")
            if overridden:
                desk.record_tone_override(tid, overridden, msg.id)
            hand_back(self, self._queued, reviewed)
            try:
                outcome = outbox.send(msg.message_id, status=status)
            except Exception as exc:
                text = f"#{tid}: reply queued, delivery failed: {type(exc).__name__}: {exc}"
                hand_back(self, self._send_error, text)
                return
            finally:
                self._absorb_own(tid)
            if outcome.sent:
                self._macros(tid, use)
                hand_back(self, self._sent, tid, f"reply to #{tid} sent{self._taken(reviewed)}")
            else:
                text = f"#{tid}: reply queued, not delivered yet: {outcome.error}"
                hand_back(self, self._send_error, text)

        self.run_worker(work, thread=True, group="send")

    def _taken(self, reviewed: Opened) -> str:
        """(worker) Say so when the reply claimed the ticket ([desk] claim_on_reply): the
        agent did not press `a`, and the ticket is now off everyone else's `N`."""
        if reviewed.ticket.assignee == self.desk.agent:
            return ""
        try:
            now = self.desk.get_ticket(reviewed.ticket.id).assignee
        except DeskError:
            return ""
        return "; the ticket is now yours" if now == self.desk.agent else ""

    def _macros(self, tid: int, use: TemplateUse | None) -> None:
        """(worker) The template's tags and usage count, now that the reply is out."""
        if use is None:
            return
        try:
            after_send(self.desk, tid, use.template)
        except DeskError as exc:
            text = f"#{tid}: sent, but template {use.template.name} tags not applied: {exc}"
            hand_back(self, self.notify, text, severity="warning", markup=False)

    def _absorb_own(self, tid: int) -> None:
        """(worker) Our own reply is not a collision for the next one on this ticket."""
        try:
            fresh, messages = self.desk.get_ticket(tid), self.desk.conversation(tid)
        except DeskError:
            return
        opened = self.opened
        if opened is not None and opened.ticket.id == tid:
            hand_back(self, opened.absorb_own, fresh, messages, self.desk.agent)

    def _queued(self, reviewed: Opened) -> None:
        tid = reviewed.ticket.id
        if self.opened is not None and self.opened.ticket.id == tid:
            self.opened = reviewed  # what the agent confirmed is now what they have seen
        self.editor.used.pop(tid, None)
        if self.editor.ticket_id == tid:
            self.editor.load(tid, "")
        self.queue.focus()

    def _sent(self, tid: int, text: str) -> None:
        self.notify(text, markup=False)
        self._refresh_after_send()

    def _checked(self) -> None:
        """The "checking before sending…" of `prepare_review` is over."""
        self.editor.border_subtitle = "draft saved" if self.editor.text else ""

    def _send_error(self, text: str) -> None:
        self._checked()
        self.notify(text, severity="error", markup=False, timeout=10)
        self._refresh_after_send()

    def _refresh_after_send(self) -> None:
        self.reload()
        if self.ticket is not None:
            self.load_ticket(self.ticket, reset=False)
