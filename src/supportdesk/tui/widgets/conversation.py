"""The conversation pane: a Line-API view over lines from `layout.py`.

Only visible lines are rendered, so a 10,000-message thread or a 5 MB body scrolls as
fast as a short one. Layout of big threads runs in a worker thread; small ones are laid
out at once so the pane never flickers through a "loading" state.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import tzinfo

from rich.segment import Segment
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.worker import get_current_worker

from supportdesk.models import Direction, Message, Ticket
from supportdesk.tui import keymap
from supportdesk.tui.clock import Clock, system_clock
from supportdesk.tui.handback import hand_back
from supportdesk.tui.text import safe
from supportdesk.tui.widgets.layout import Layout, Options, Overrides, layout

BIG = 200_000  # characters in a thread beyond which layout runs in a worker


class ConversationView(ScrollView, can_focus=True):
    """Messages with author, time and direction; notes and badges styled apart."""

    HELP = (
        "Conversation: j/k scroll, F fold quotes, m show all, o save an attachment, "
        "O open one (private copy), Y copy a message (OSC 52), y copy the ticket reference, "
        "i the customer's mood: why, and how to answer."
    )
    BINDINGS = keymap.bindings("thread")
    COMPONENT_CLASSES = {  # noqa: RUF012
        "thread--customer",
        "thread--meta",
        "thread--head",
        "thread--note-head",
        "thread--body",
        "thread--note",
        "thread--quote",
        "thread--fold",
        "thread--badge",
        "thread--attachment",
    }

    def __init__(
        self, *, clock: Clock = system_clock, tz: tzinfo | None = None, **kw: object
    ) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.clock = clock
        self.tz = tz
        self.ticket: Ticket | None = None
        self.messages: list[Message] = []
        self.overrides: Overrides = {}  # replies sent over blocking tone findings
        self.analysis = Content("")  # the customer's state (tone_guide.py), under the pane
        self._note = ""  # the pane's own: "more: m", "laying out…"
        self.folded = True
        self.show_all = False
        self.result = Layout()
        self._width = 0

    def show(
        self,
        ticket: Ticket | None,
        messages: list[Message],
        *,
        reset: bool,
        overrides: Overrides | None = None,
    ) -> None:
        """Display `ticket`; `reset` (another ticket) folds quotes and scrolls to the newest
        message (`_newest`).
        `overrides`: its replies sent over blocking tone findings, by message id."""
        same = ticket is not None and self.ticket is not None and ticket.id == self.ticket.id
        new = messages[len(self.messages) :] if same and not reset else []
        # a reply or note written here goes to the end, where it now is: after a send
        # the pane stayed where it was, the reply below its edge (ux19); a customer's
        # new message does not pull an agent away from what they are reading
        written = any(m.direction is not Direction.IN for m in new)
        if not same:  # the last ticket's customer is not this one's
            self.analysis = Content("")
        self.ticket, self.messages = ticket, messages
        self.overrides = overrides or {}
        if reset:
            self.folded, self.show_all = True, False
        # the pane's number stays, as "1 Queue" and "3 Reply to #12" keep theirs: it is
        # the key that jumps here (ux18: it went once a ticket was open)
        self.border_title = safe(f"2 #{ticket.id} {ticket.subject}" if ticket else "2 Conversation")
        self.relayout(scroll_end=reset or written)

    def toggle_quotes(self) -> None:
        self.folded = not self.folded
        self.relayout()

    def expand(self) -> None:
        self.show_all = True
        self.relayout()

    def relayout(self, *, scroll_end: bool = False) -> None:
        width = self.size.width or 80
        self._width = width
        if self.ticket is None:
            self._apply(Layout(lines=[("No ticket selected.", "meta")]), False)
            return
        opt = Options(width, self.folded, self.show_all, self.clock(), self.tz)
        size = sum(len(m.text) for m in self.messages)
        if size > BIG or len(self.messages) > 1000:
            self._subtitle("laying out…")
            self._layout_worker(self.ticket, list(self.messages), opt, scroll_end)
        else:
            self._apply(layout(self.ticket, self.messages, opt, self.overrides), scroll_end)

    def _layout_worker(
        self, ticket: Ticket, messages: list[Message], opt: Options, scroll_end: bool
    ) -> None:
        overrides = self.overrides

        def work() -> None:
            result = layout(ticket, messages, opt, overrides)
            if not get_current_worker().is_cancelled:
                hand_back(self, self._apply, result, scroll_end)

        self.run_worker(work, thread=True, exclusive=True, group="thread-layout")

    def _apply(self, result: Layout, scroll_end: bool) -> None:
        self.result = result
        self._subtitle("more: m" if result.truncated else "")
        self.virtual_size = Size(0, len(result.lines))
        if scroll_end:
            self.scroll_to(y=self._newest(), animate=False)
            # a pane that had no scrollbar yet (the first ticket, right after start-up)
            # ignores the scroll until the next layout gives it one: the agent saw the
            # thread's oldest lines at 80x24 (ux19)
            self.call_after_refresh(lambda: self.scroll_to(y=self._newest(), animate=False))
        self.refresh()

    def set_analysis(self, label: Content) -> None:
        """The customer's language, register and mood ("ru · formal · upset · i: why")."""
        self.analysis = label
        self._subtitle(self._note)

    def _subtitle(self, note: str) -> None:
        """The analysis and the pane's own note share the bottom border: every layout
        (a resize, F, m, a reply sent) wrote its note over the analysis, which was gone
        until the next ticket (ux20, found in tmux at 120x40)."""
        self._note = note
        parts = [p for p in (self.analysis, Content(note)) if p.plain]
        self.border_subtitle = Content(" · ").join(parts)

    def _newest(self) -> int:
        """The end of the thread, or the newest message's head when that message is
        taller than the pane: its first lines, not its signature (ux19)."""
        end = max(0, len(self.result.lines) - self.scrollable_content_region.height)
        starts = self.result.starts
        return min(end, starts[-1]) if starts else end

    def on_resize(self) -> None:
        if self.size.width != self._width:
            self.relayout()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        index = int(self.scroll_y) + y
        lines = self.result.lines
        if index >= len(lines):
            return Strip.blank(width, self.rich_style)
        text, kind = lines[index]
        style = self.get_component_rich_style(f"thread--{kind}")
        strip = Strip([Segment(" " + text, style)])
        return strip.crop(0, width).adjust_cell_length(width, style)

    def messages_in_view(self) -> list[int]:
        """Indexes in `messages` of the messages on screen now, oldest first (the one the
        top line belongs to, then every one whose head is visible): what `Y` offers."""
        starts, first = self.result.starts, self.result.first
        if not starts:
            return []
        top = int(self.scroll_y)
        lo = max(bisect_right(starts, top) - 1, 0)
        hi = bisect_left(starts, top + max(self.size.height, 1))
        return [first + k for k in range(lo, max(hi, lo + 1))]
