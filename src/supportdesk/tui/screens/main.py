"""The workstation: queue · conversation · reply editor (design.md UI sketch).

This module owns layout, loading and navigation; the verbs (claim, status, send…) live
in `ticket_actions.py`. Every desk call that touches the disk runs in a thread worker
and comes back through `handback.hand_back`, so the event loop only paints. The queue is
re-read every `POLL` seconds (the store reloads only files that changed on disk), which
is how another agent's change shows here within about a second. The same poll feeds
presence ("also here: …") and notifications; sync runs beside it (`live.py`).
"""

from __future__ import annotations

import operator
import time
from collections.abc import Callable
from datetime import UTC, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.screen import Screen
from textual.widgets import Input

from supportdesk.desk import Desk
from supportdesk.models import Direction, Message, Ticket
from supportdesk.tui import keymap
from supportdesk.tui.collision import Opened
from supportdesk.tui.gcquiet import quiet_gc
from supportdesk.tui.handback import hand_back
from supportdesk.tui.monitor_watch import MonitorWatch
from supportdesk.tui.screens.live import Live
from supportdesk.tui.screens.sending import Sending
from supportdesk.tui.screens.template_actions import TemplateActions
from supportdesk.tui.screens.thread_actions import ThreadActions
from supportdesk.tui.screens.ticket_actions import TicketActions
from supportdesk.tui.search import Matcher
from supportdesk.tui.tone_guide import ToneGuidance
from supportdesk.tui.widgets.conversation import ConversationView
from supportdesk.tui.widgets.editor import ReplyEditor
from supportdesk.tui.widgets.footer import DeskFooter
from supportdesk.tui.widgets.header import DeskHeader
from supportdesk.tui.widgets.layout import Overrides
from supportdesk.tui.widgets.monitor_strip import MonitorStrip, OutageBanner
from supportdesk.tui.widgets.presence import PresenceBar
from supportdesk.tui.widgets.queue import QueueView
from supportdesk.tui.widgets.tone_panel import TonePanel

POLL = 1.0
# Views this long are re-sorted only when a ticket changed: desk.list_tickets sorts on
# every call (~100 ms at 100k tickets, holding the GIL the UI needs for typing), while
# the store's unsorted listing (~15 ms) returns the very same objects until a file
# changes, so an identity check says whether sorting could give anything new.
BIG_VIEW = 20_000
# A ticket key pressed while the queue or the ticket is still loading runs once it has
# loaded, if that is within this many seconds (a key from long ago would surprise).
PENDING_FOR = 10.0
VIEWS = ("active", "mine", "unassigned", "open", "pending", "all")


class SearchInput(Input):
    # in the footer while searching: the box's only key (ux18)
    BINDINGS = [Binding("escape", "screen.clear_search", "clear", key_display="esc")]  # noqa: RUF012

    def check_consume_key(self, key: str, character: str | None = None) -> bool:
        """The box types "/" (`keymap.typed_character`): the footer said "/ search"."""
        return super().check_consume_key(key, keymap.typed_character(key, character))

    def _watch_value(self, value: str) -> None:
        # Textual's Input sets `virtual_size` (a layout reactive) to the text's width on
        # every keystroke, and a layout repaints the whole screen: ~15 ms a keystroke at
        # 160x48. This box has a fixed size, so set the same value without the layout;
        # horizontal scrolling reads `virtual_size` and still works.
        self.set_reactive(Input.virtual_size, Size(self.content_width, 1))
        super()._watch_value(value)

    def watch_value(self, value: str) -> None:
        """Filter in the keystroke's own turn of the event loop. `Input.Changed` arrives
        a turn later, after the frame showing the typed letter has been painted, so the
        queue would repaint one frame (~17 ms at 60 fps) later than it needs to."""
        if isinstance(self.screen, MainScreen):
            self.screen.search_for(value)


def _identical(a: list[Ticket], b: list[Ticket] | None) -> bool:
    return a is b or (b is not None and len(a) == len(b) and all(map(operator.is_, a, b)))


def _timezone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


class MainScreen(
    Live,
    MonitorWatch,
    Sending,
    TicketActions,
    ThreadActions,
    TemplateActions,
    ToneGuidance,
    Screen,
):
    BINDINGS = keymap.bindings("main")
    AUTO_FOCUS = "QueueView"  # never the (hidden) search box
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012
    VERTICAL_BREAKPOINTS = [(0, "-short"), (40, "-tall")]  # noqa: RUF012  (app.tcss)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.view = "active"
        self.search_text = ""
        self.matcher = Matcher()
        self.base: list[Ticket] = []  # the view, before search
        self.ticket: Ticket | None = None  # shown in the conversation pane
        self.messages: list[Message] = []
        self.opened: Opened | None = None  # the open ticket as first seen (collisions)
        self.tz = _timezone(desk.config.desk.timezone)
        self._view_cache: tuple[str, list[Ticket] | None, list[Ticket]] | None = None
        self._polling = False
        self._skip = 0
        self._queue_loaded = False  # the first read of the queue is on screen
        self._pending: tuple[Callable[[], None], float] | None = None  # see when_loaded
        self._said_loading = False

    # -- layout -------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        app = self.app
        with Horizontal(id="header-row"):
            yield DeskHeader(self.desk.config.desk.name or "supportdesk", self.desk.agent)
            yield MonitorStrip(id="monitor-strip")
        banner = OutageBanner(self.tz, id="outage-banner")
        spec = keymap.BY_ID["monitors.reply_resolved"]
        keys = keymap.effective(spec, getattr(self.app, "keys", {}))
        banner.reply_key = keymap.display_keys(keys)
        yield banner
        with Horizontal(id="body"):
            with Vertical(id="queue-pane"):
                # hidden from the start, not from on_mount: Textual focused it first
                # (the screen's first focusable widget), so a key typed as the app
                # opened went into a search box nobody could see ("search: r") (ux21)
                search = SearchInput(placeholder="search subject, customer, text", id="search")
                search.display = False
                yield search
                yield QueueView(clock=app.clock, agent=self.desk.agent, id="queue")
            with Vertical(id="right"):
                yield PresenceBar(id="presence")
                yield ConversationView(clock=app.clock, tz=self.tz, id="thread")
                yield ReplyEditor(id="editor")
                yield TonePanel(id="tone")
        yield DeskFooter(compact=True)

    def on_mount(self) -> None:
        queue = self.query_one(QueueView)
        queue.border_title = "1 Queue"
        self.query_one(ConversationView).border_title = "2 Conversation"
        self.query_one(ReplyEditor).border_title = "3 Reply"
        queue.focus()
        self.start_live()  # before the first load: the poll feeds presence and notices
        self.start_monitors()
        self.reload()
        self.set_interval(POLL, self._poll)
        self.set_interval(30, queue.tick)

    def on_unmount(self) -> None:
        self.stop_live()
        self.stop_monitors()

    @property
    def queue(self) -> QueueView:
        return self.query_one(QueueView)

    @property
    def thread(self) -> ConversationView:
        return self.query_one(ConversationView)

    @property
    def editor(self) -> ReplyEditor:
        return self.query_one(ReplyEditor)

    # -- loading ------------------------------------------------------------------------
    def _read_view(self) -> list[Ticket]:
        """The tickets of `self.view`, in the desk's order (R2: by due time)."""
        view, cached = self.view, self._view_cache
        raw = None
        if view == "all" or (cached is not None and cached[0] == view):
            raw = self.desk.store.list_tickets()  # read BEFORE the view: never newer
            if cached is not None and cached[0] == view and _identical(raw, cached[1]):
                return cached[2]
        if view in ("mine", "unassigned"):
            active = self.desk.list_tickets("active")
            want = self.desk.agent if view == "mine" else ""
            tickets = [t for t in active if t.assignee == want]
        else:
            tickets = self.desk.list_tickets(view)
        self._view_cache = (view, raw, tickets) if len(tickets) >= BIG_VIEW else None
        return tickets

    def reload(self, keep: int | None = None) -> None:
        """Re-read the queue now (after an action, a view change)."""
        self.run_worker(lambda: self._load(keep, force=True), thread=True, group="load")

    def _poll(self) -> None:
        if self._polling:
            return
        if self._skip > 0:  # huge views: poll less often so the UI keeps the CPU
            self._skip -= 1
            return
        self._polling = True
        self.run_worker(lambda: self._load(None, force=False), thread=True, group="poll")

    def _load(self, keep: int | None, *, force: bool) -> None:
        start = time.perf_counter()
        try:
            with quiet_gc():  # 100k tickets: no GC pauses while loading (gcquiet.py)
                tickets = self._read_view()
                self.matcher.index(tickets)  # fold subjects here, not on the first keystroke
            current = self.ticket.id if self.ticket else None
            fresh = self.desk.get_ticket(current) if current is not None else None
            others = self.presence.others(current) if current is not None else []
            active = tickets if self.view == "active" else self.desk.list_tickets("active")
            notices = self.notifier.update(active, self.app.clock())
        except Exception as exc:  # a store error must not kill the poller
            hand_back(self, self.notify, f"queue: {exc}", severity="error", markup=False)
            return
        finally:
            self._polling = False
            cost = time.perf_counter() - start
            self._skip = int(cost * 5 / POLL)
        if force or not _identical(tickets, self.base):
            hand_back(self, self._show_tickets, tickets, keep)
        if fresh is not None and fresh is not self.ticket and fresh.id == current:
            hand_back(self, self.load_ticket, fresh, reset=False)
        if current is not None:
            hand_back(self, self.show_presence, current, others)
        if notices:
            hand_back(self, self.show_notices, notices)

    def _show_tickets(self, tickets: list[Ticket], keep: int | None) -> None:
        self.base = tickets
        self._apply_search(keep)
        self._queue_loaded = True
        self._run_pending()

    # -- keys pressed before the first load ----------------------------------------------
    def when_loaded(self, action: Callable[[], None], *, opened: bool) -> bool:
        """A ticket key pressed while the queue is still loading (`opened`: or the
        ticket under its cursor, whose messages a reply or a template needs): `action`
        runs once it has, and the agent is told it is loading. It said "Open a ticket
        first." though the agent did nothing wrong (ux21). False when nothing is
        loading: the view is empty, which the caller says."""
        current = self.queue.current
        loading = not self._queue_loaded or (
            opened and current is not None and (self.ticket is None or self.ticket.id != current.id)
        )
        if not loading:
            return False
        self._pending = (action, time.monotonic())  # the latest key wins
        if not self._said_loading:
            self._said_loading = True
            what = "the queue" if not self._queue_loaded else f"#{current.id if current else ''}"
            self.notify(f"Loading {what}…", markup=False, timeout=2)
        return True

    def _run_pending(self) -> None:
        """The key `when_loaded` kept, now that the queue or a ticket is on screen (it
        waits again, silently, if what it needs is still on its way)."""
        pending, self._pending = self._pending, None
        if pending is not None and time.monotonic() - pending[1] <= PENDING_FOR:
            pending[0]()
        if self._pending is None:
            self._said_loading = False

    def _apply_search(self, keep: int | None = None) -> None:
        shown = self.matcher.filter(self.base, self.search_text)
        self.queue.set_tickets(shown, keep)
        # The counts follow one frame later: Textual repaints the box around all dirty
        # regions, and the full-width header plus the queue would make that the whole
        # screen (~10 ms more per keystroke) where the queue column alone will do.
        counts = (self.view, len(shown), len(self.base), self.search_text)
        self.call_after_refresh(self.query_one(DeskHeader).set_counts, *counts)

    def load_ticket(self, ticket: Ticket | None, *, reset: bool) -> None:
        """Fetch `ticket`'s messages (and draft, for a newly opened one) in a worker."""
        if ticket is None:
            self.ticket, self.messages, self.opened = None, [], None
            self.thread.show(None, [], reset=True)
            self.editor.load(None, "")
            for bar in self.query(PresenceBar):  # none while (un)mounting
                bar.show([])
            self.beat()
            return

        def work() -> None:
            try:
                fresh = self.desk.get_ticket(ticket.id)
                messages = self.desk.conversation(ticket.id)
                draft = self.desk.draft(ticket.id) if reset else None
                # only the log since the first reply: an override comes after its reply
                replies = [m.created_at for m in messages if m.direction is Direction.OUT]
                overrides = self.desk.tone_overrides(ticket.id, min(replies)) if replies else {}
            except Exception as exc:  # archived or removed meanwhile
                hand_back(self, self.notify, str(exc), severity="error", markup=False)
                return
            hand_back(self, self._show_ticket, fresh, messages, draft, reset, overrides)

        self.run_worker(work, thread=True, exclusive=True, group="ticket")

    def _show_ticket(
        self,
        ticket: Ticket,
        messages: list[Message],
        draft: str | None,
        reset: bool,
        overrides: Overrides | None = None,
    ) -> None:
        if not reset and (self.ticket is None or self.ticket.id != ticket.id):
            return  # the agent moved on meanwhile
        self.ticket, self.messages = ticket, messages
        if reset:
            self.opened = Opened(ticket, {m.id for m in messages})
            for bar in self.query(PresenceBar):  # none while (un)mounting
                bar.show([])
        self.thread.show(ticket, messages, reset=reset, overrides=overrides)
        if draft is not None:
            self.editor.load(ticket.id, draft)
        self.editor.set_heading(f"3 Reply to #{ticket.id}")
        self.tone_ticket_loaded(ticket, messages)
        if reset:
            self.beat()
            self._run_pending()

    # -- events -------------------------------------------------------------------------
    def on_queue_view_highlighted(self, event: QueueView.Highlighted) -> None:
        t = event.ticket
        if t is None or self.ticket is None or t.id != self.ticket.id:
            self.load_ticket(t, reset=True)

    def on_queue_view_opened(self, event: QueueView.Opened) -> None:
        if self.ticket is None or self.ticket.id != event.ticket.id:
            self.load_ticket(event.ticket, reset=True)
        self.thread.focus()

    def on_reply_editor_draft_changed(self, event: ReplyEditor.DraftChanged) -> None:
        tid, text = event.ticket_id, event.text
        self.run_worker(lambda: self.desk.save_draft(tid, text), thread=True, group="draft")

    def on_reply_editor_left(self) -> None:
        self.queue.focus()

    def search_for(self, value: str) -> None:
        """Show the tickets matching `value` now; scan message bodies in the background."""
        if value == self.search_text:
            return
        # Stop the previous body scan first: a thread scanning conversations shares the
        # GIL with this keystroke's filter and repaint, and would double them.
        self.workers.cancel_group(self, "text-search")
        if bool(value) != bool(self.search_text):  # n/N change meaning (check_action)
            self.refresh_bindings()
        self.search_text = value
        self._apply_search()
        self.matcher.search_text(self, self.base, value)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "search":
            self.search_for(event.value)  # already done by SearchInput.watch_value

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            self.queue.focus()

    # -- navigation actions -------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`n`/`N` mean next/previous match while a search is active, else note/next;
        esc closes the search box even before anything is typed in it (it did nothing
        there: the agent was left in the box, ux18)."""
        if action == "clear_search":
            return bool(self.search_text) or any(b.display for b in self.query(SearchInput))
        if action == "search_step":
            return bool(self.search_text)
        if action in ("note", "next_unclaimed"):
            return not self.search_text
        return True

    def action_focus_pane(self, pane: str) -> None:
        {"queue": self.queue, "thread": self.thread, "editor": self.editor}[pane].focus()

    def action_toggle_maximize(self) -> None:
        if self.maximized is not None:
            self.minimize()
        else:
            self.maximize(self.focused or self.queue)

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = True
        box.focus()

    def action_search_step(self, delta: int) -> None:
        self.queue.move_to(self.queue.cursor + delta)

    def action_clear_search(self) -> None:
        box = self.query_one("#search", Input)
        box.value = ""
        box.display = False
        self.search_text = ""
        self.refresh_bindings()  # n/N: note and next unclaimed again (check_action)
        self._apply_search()
        self.queue.focus()

    def action_step(self, delta: int) -> None:
        self.queue.move_to(self.queue.cursor + delta)

    def action_cycle_view(self) -> None:
        self.set_view(VIEWS[(VIEWS.index(self.view) + 1) % len(VIEWS)])

    def action_pick_view(self) -> None:
        from supportdesk.tui.screens.prompts import ChoiceScreen

        choices = [(v, v) for v in VIEWS]
        self.app.push_screen(
            ChoiceScreen("View", choices, self.view), lambda v: v and self.set_view(v)
        )

    def set_view(self, view: str) -> None:
        self.view = view
        self.reload()

    def action_toggle_quotes(self) -> None:
        self.thread.toggle_quotes()

    def action_show_all(self) -> None:
        self.thread.expand()
