"""The verbs of the main screen: ask in a prompt, then call the desk in a worker.

No rule lives here: who may claim, what a status means, which checks a reply needs are
all the desk's (and its outbox's) decisions; this layer only asks the agent and shows
the outcome. Desk errors come back as one-line notifications, never as a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.content import Content

from supportdesk.errors import Conflict, DeskError
from supportdesk.models import Priority, Status, Ticket
from supportdesk.presence import Presence
from supportdesk.tui.attachments import save_attachment
from supportdesk.tui.handback import hand_back
from supportdesk.tui.screens.prompts import (
    AssignScreen,
    ChoiceScreen,
    ConfirmScreen,
    NoteScreen,
    TextPromptScreen,
)
from supportdesk.tui.text import for_clipboard, plain, safe

if TYPE_CHECKING:
    from supportdesk.desk import Desk
    from supportdesk.models import Attachment, Message
    from supportdesk.tui.collision import Opened
    from supportdesk.tui.notices import Notifier
    from supportdesk.tui.widgets.conversation import ConversationView
    from supportdesk.tui.widgets.editor import ReplyEditor
    from supportdesk.tui.widgets.queue import QueueView


class TicketActions:
    """Mixed into MainScreen (which provides the attributes declared below)."""

    desk: Desk
    ticket: Ticket | None
    messages: list[Message]
    opened: Opened | None
    notifier: Notifier
    queue: QueueView
    thread: ConversationView
    editor: ReplyEditor
    app: Any
    run_worker: Any
    notify: Any
    choose_attachment: Callable[[str, Callable[[Attachment], None]], None]  # ThreadActions

    def reload(self, keep: int | None = None) -> None: ...

    def load_ticket(self, ticket: Ticket | None, *, reset: bool) -> None: ...

    def when_loaded(self, action: Callable[[], None], *, opened: bool) -> bool: ...

    # -- plumbing -----------------------------------------------------------------------
    def _target(self, again: Callable[[], None]) -> Ticket | None:
        """The ticket under the queue's cursor. None while the queue is still loading
        (`again` then runs once it has: the key was not wrong, ux21) or when the view
        is empty (said)."""
        t = self.queue.current
        if t is None and not self.when_loaded(again, opened=False):
            self.notify("No ticket selected.", severity="warning", markup=False)
        return t

    def _desk_call(
        self,
        fn: Callable[[], Any],
        done: str | Callable[[Any], str] = "",
        *,
        on_conflict: Callable[[Conflict], None] | None = None,
    ) -> None:
        """Run a desk verb in a worker; notify its outcome; refresh queue and ticket."""

        def work() -> None:
            try:
                result = fn()
            except Conflict as exc:
                if on_conflict is not None:
                    hand_back(self, on_conflict, exc)
                else:
                    hand_back(self, self._error, exc)
                return
            except (DeskError, OSError) as exc:
                hand_back(self, self._error, exc)
                return
            message = done(result) if callable(done) else done
            hand_back(self, self._after, message, result)

        self.run_worker(work, thread=True, group="desk")

    def _error(self, exc: BaseException) -> None:
        self.notify(str(exc), severity="error", markup=False, timeout=8)

    def _after(self, message: str, result: object) -> None:
        if message:
            self.notify(message, markup=False)
        if isinstance(result, Ticket) and self.opened is not None:
            self.opened.advance(result)  # our own change is not a collision
        self.reload()
        if self.ticket is not None:
            fresh = self.ticket
            self.load_ticket(fresh, reset=False)

    # -- verbs --------------------------------------------------------------------------
    def action_claim(self) -> None:
        t = self._target(self.action_claim)
        if t is None:
            return
        tid = t.id
        self.notifier.expect_assignment(tid)  # no "assigned to you" toast for our own claim

        def steal(exc: Conflict) -> None:
            question = Content.assemble(safe(str(exc)), "\nTake it over?")
            self.app.push_screen(
                ConfirmScreen(question),
                lambda yes: (
                    yes
                    and self._desk_call(
                        lambda: self.desk.claim(tid, steal=True), f"#{tid} taken over"
                    )
                ),
            )

        self._desk_call(lambda: self.desk.claim(tid), f"#{tid} claimed", on_conflict=steal)

    def action_assign(self) -> None:
        """Assign to one of the desk's agents (`Desk.agents`, read in a worker): a
        picker with completion that refuses an unknown name unless confirmed (ux21)."""
        t = self._target(self.action_assign)
        if t is None:
            return
        tid, current = t.id, t.assignee

        def answer(agent: str | None) -> None:
            if agent is None:
                return
            who = agent.strip()
            if who == self.desk.agent:
                self.notifier.expect_assignment(tid)
            self._desk_call(
                lambda: self.desk.assign(tid, who),
                f"#{tid} assigned to {plain(who)}" if who else f"#{tid} unassigned",
            )

        prompt = AssignScreen(f"Assign #{tid} to", None, current, self.desk.agent)
        self.app.push_screen(prompt, answer)

        def work() -> None:
            try:
                present = Presence(self.desk.store, self.desk.agent).logins()
                agents = self.desk.agents(present=present)
            except (DeskError, OSError) as exc:
                hand_back(self, self._error, exc)
                agents = [self.desk.agent]  # this session's login at least
            hand_back(self, prompt.set_agents, agents)

        self.run_worker(work, thread=True, group="desk")

    def action_status(self) -> None:
        t = self._target(self.action_status)
        if t is None:
            return
        tid = t.id
        choices = [(s.value, s.value) for s in Status]
        self.app.push_screen(
            ChoiceScreen(f"Status of #{tid}", choices, t.status.value),
            lambda s: (
                s and self._desk_call(lambda: self.desk.set_status(tid, s), f"#{tid} is now {s}")
            ),
        )

    def action_priority(self) -> None:
        t = self._target(self.action_priority)
        if t is None:
            return
        setter = self.desk.set_priority
        tid = t.id
        choices = [(p.value, p.value) for p in Priority]
        self.app.push_screen(
            ChoiceScreen(f"Priority of #{tid}", choices, t.priority.value),
            lambda p: p and self._desk_call(lambda: setter(tid, p), f"#{tid} priority {p}"),
        )

    def action_tags(self) -> None:
        t = self._target(self.action_tags)
        if t is None:
            return
        setter = self.desk.set_tags
        tid = t.id

        def answer(text: str | None) -> None:
            if text is not None:
                tags = [x.strip() for x in text.split(",") if x.strip()]
                self._desk_call(lambda: setter(tid, tags), f"#{tid} tags updated")

        self.app.push_screen(
            TextPromptScreen(f"Tags of #{tid} (comma-separated)", ", ".join(t.tags),
                             allow_empty=True),
            answer,
        )  # fmt: skip

    def action_escalate(self) -> None:
        """Escalation with a reason (R9), recorded by the desk."""
        t = self._target(self.action_escalate)
        if t is None:
            return
        tid = t.id
        self.app.push_screen(
            TextPromptScreen(f"Escalate #{tid}: why can't the first line solve it?"),
            lambda r: (
                r and self._desk_call(lambda: self.desk.escalate(tid, r), f"#{tid} escalated")
            ),
        )

    def action_note(self) -> None:
        t = self._target(self.action_note)
        if t is None:
            return
        tid = t.id
        desk = self.desk

        def add(text: str) -> Ticket:
            desk.add_note(tid, text)
            return desk.get_ticket(tid)  # for `_after`: our note is not a collision

        self.app.push_screen(
            NoteScreen(f"Internal note on #{tid} (never sent to the customer)"),
            lambda text: text and self._desk_call(lambda: add(text), f"note added to #{tid}"),
        )

    def action_reply(self) -> None:
        if self.ticket is None:
            if not self.when_loaded(self.action_reply, opened=True):
                self.notify("No ticket selected.", severity="warning", markup=False)
            return
        self.editor.focus()

    def action_next_unclaimed(self) -> None:
        """The most urgent ticket nobody has claimed: the first unassigned one in the
        desk's own order (by due time)."""
        if self.when_loaded(self.action_next_unclaimed, opened=False):
            return  # "every active ticket is claimed" was said of a queue not read yet
        target = next((t for t in self.queue.tickets if not t.assignee), None)
        if target is None:
            active = self.desk.list_tickets("active")
            target = next((t for t in active if not t.assignee), None)
            if target is None:
                self.notify("Every active ticket is claimed.", markup=False)
                return
            self.view = "active"
            self.reload(keep=target.id)
            return
        self.queue.move_to(self.queue.tickets.index(target))

    def action_copy_link(self) -> None:
        t = self._target(self.action_copy_link)
        if t is not None:
            self.app.copy_to_clipboard(for_clipboard(f"#{t.id} {' '.join(t.subject.split())}")[0])
            self.notify(f"copied #{t.id}", markup=False)

    def action_save_attachment(self) -> None:
        self.choose_attachment("Save", self._ask_folder)

    def _ask_folder(self, a: Attachment) -> None:
        downloads = Path.home() / "Downloads"
        default = str(downloads if downloads.is_dir() else Path.cwd())

        def save(folder: str | None) -> None:
            if not folder:
                return
            data_of = self.desk.store.get_blob
            self._desk_call(
                lambda: save_attachment(Path(folder).expanduser(), a.filename, data_of(a.blob)),
                lambda path: f"saved {plain(str(path))}",
            )

        self.app.push_screen(
            TextPromptScreen(f"Save {plain(a.filename)} into folder", default), save
        )
