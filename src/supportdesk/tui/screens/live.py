"""The desk as others change it: background sync, presence and notifications.

Mixed into MainScreen, which calls `start_live()` on mount and `stop_live()` on
unmount (no `on_mount` here: Textual runs the handler of every class in the MRO).

- Sync: a `SyncRole` thread worker takes the desk's sync role when no other process
  holds it and reports through a thread-safe message, so the header shows "synced
  12:04", "sync: by ana@host pid 42" or per-source errors without the event loop
  waiting on any network.
- Presence: a heartbeat every `BEAT` seconds (and at once when the open ticket or the
  writing state changes); who else is on the ticket is read by the queue's poll.
- Notifications: the poll hands each snapshot of the active tickets to a `Notifier`;
  its notices become toasts here, as plain text.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from textual.message import Message
from textual.widgets import TextArea
from textual.worker import get_current_worker

from supportdesk.errors import DeskError
from supportdesk.presence import VIEWING, WRITING, Presence
from supportdesk.tui.notices import Notice, Notifier
from supportdesk.tui.sync_role import RETRY_BUSY, SyncRole, SyncStatus, poll_interval
from supportdesk.tui.text import plain
from supportdesk.tui.widgets.header import DeskHeader
from supportdesk.tui.widgets.presence import PresenceBar

if TYPE_CHECKING:
    from datetime import tzinfo

    from supportdesk.desk import Desk
    from supportdesk.models import Ticket
    from supportdesk.tui.widgets.editor import ReplyEditor

BEAT = 10.0  # seconds between heartbeats; presence.TTL (30 s) forgives two lost ones


class SyncChanged(Message):
    """Posted from the sync thread (post_message is thread-safe and never blocks)."""

    def __init__(self, status: SyncStatus) -> None:
        super().__init__()
        self.status = status


class Live:
    desk: Desk
    ticket: Ticket | None
    editor: ReplyEditor
    tz: tzinfo
    app: Any
    run_worker: Any
    post_message: Any
    set_interval: Any
    query_one: Any

    def reload(self, keep: int | None = None) -> None: ...

    def start_live(self) -> None:
        self.presence = Presence(self.desk.store, self.desk.agent)
        self.notifier = Notifier(self.desk.agent)
        self.sync_role: SyncRole | None = None
        self._sync_errors: set[str] = set()
        self._wanted: tuple[int | None, str] = (None, VIEWING)
        self._written: tuple[int | None, str] | None = None
        self._beat_lock = threading.Lock()
        self.set_interval(BEAT, lambda: self.beat(force=True))
        if self.desk.config.sources:
            self._start_sync()

    def stop_live(self) -> None:
        """Release the sync role and say goodbye (quitting)."""
        if self.sync_role is not None:
            self.sync_role.stop()
        self._wanted = (None, VIEWING)  # a beat worker still running will leave too
        self._write_beat()

    # -- background sync ------------------------------------------------------------------
    def _start_sync(self) -> None:
        app = self.app
        role = SyncRole(
            self.desk,
            lambda status: self.post_message(SyncChanged(status)),
            interval=app.sync_interval or poll_interval(self.desk.config),
            retry=app.sync_retry or RETRY_BUSY,
            clock=app.clock,
            tz=self.tz,
        )
        self.sync_role = role
        self.query_one(DeskHeader).set_sync("sync: starting…")

        def work() -> None:
            worker = get_current_worker()
            role.run(lambda: worker.is_cancelled)

        self.run_worker(work, thread=True, group="sync-role", exit_on_error=False)

    def on_sync_changed(self, event: SyncChanged) -> None:
        status = event.status
        self.query_one(DeskHeader).set_sync(status.text, status.errors)
        # The header has room for a glimpse of each error; a new error gets a toast with
        # its full text once, not every cycle while the source stays down.
        for line in status.errors:
            if line not in self._sync_errors:
                self.app.notify(plain(line), title="sync", severity="error", markup=False)
        self._sync_errors = set(status.errors)
        if status.imported:
            self.reload()

    # -- presence -------------------------------------------------------------------------
    def beat(self, *, force: bool = False) -> None:
        """Write the heartbeat if what it says changed (or `force`: the periodic one)."""
        t = self.ticket
        writing = t is not None and self.editor.ticket_id == t.id and bool(self.editor.text.strip())
        wanted = (t.id if t is not None else None, WRITING if writing else VIEWING)
        if wanted == self._written and (not force or wanted[0] is None):
            return
        self._wanted = wanted
        self.run_worker(self._write_beat, thread=True, group="presence")

    def _write_beat(self) -> None:
        # The latest wish wins whatever order the workers run in.
        with self._beat_lock:
            ticket_id, state = wanted = self._wanted
            try:
                if ticket_id is None:
                    self.presence.leave()
                else:
                    self.presence.beat(ticket_id, state)
            except (DeskError, OSError):
                return  # store busy: the next beat will do
            self._written = wanted

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area is self.editor:
            self.beat()

    def show_presence(self, ticket_id: int, others: list[tuple[str, str]]) -> None:
        if self.ticket is not None and self.ticket.id == ticket_id:
            for bar in self.query(PresenceBar):  # none while (un)mounting
                bar.show(others)

    # -- notifications --------------------------------------------------------------------
    def show_notices(self, notices: list[Notice]) -> None:
        for n in notices:
            self.app.notify(
                plain(n.text),
                title="Deadline" if n.kind == "due" else "",
                severity="warning" if n.kind == "due" else "information",
                markup=False,
                timeout=10,
            )
