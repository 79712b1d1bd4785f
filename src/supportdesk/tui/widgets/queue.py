"""The queue: a virtual list on Textual's Line API.

`DataTable` took ~3 s to first paint 10k rows here and ~25 s at 100k; this view keeps
the tickets in a plain list and renders only the rows on screen, so 100k rows cost the
same to paint as 20. Rows are built from cleaned strings (tui/text.py) as segments,
which are never parsed as markup.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from supportdesk.models import Ticket
from supportdesk.text import PRIORITY_MARK, countdown
from supportdesk.tui import keymap
from supportdesk.tui.clock import Clock, system_clock
from supportdesk.tui.text import plain

SOON = timedelta(hours=1)  # display band only: deadlines within the hour are yellow


def fit(text: str, width: int) -> str:
    """Exactly `width` cells: padded, or cut with an ellipsis (wide characters aware)."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text + " " * (width - cell_len(text))
    return set_cell_size(text, width - 1) + "…"


class QueueView(ScrollView, can_focus=True):
    """Tickets, most urgent first; the cursor row is the ticket shown beside it."""

    HELP = "Queue: j/k move, g/G top/bottom, enter open, / search, f view, N next unclaimed."
    BINDINGS = keymap.bindings("queue")
    COMPONENT_CLASSES = {  # noqa: RUF012
        "queue--header",
        "queue--cursor",
        "queue--overdue",
        "queue--soon",
        "queue--ok",
        "queue--urgent",
        "queue--high",
        "queue--low",
        "queue--mine",
    }

    class Highlighted(Message):
        """The cursor moved to `ticket` (None: the queue is empty)."""

        def __init__(self, ticket: Ticket | None) -> None:
            super().__init__()
            self.ticket = ticket

    class Opened(Message):
        def __init__(self, ticket: Ticket) -> None:
            super().__init__()
            self.ticket = ticket

    def __init__(self, *, clock: Clock = system_clock, agent: str = "", **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.tickets: list[Ticket] = []
        self.cursor = 0
        self.clock = clock
        self.agent = agent
        self._now: datetime = clock()
        self._base_style: Style | None = None

    # -- data ---------------------------------------------------------------------------
    @property
    def current(self) -> Ticket | None:
        return self.tickets[self.cursor] if 0 <= self.cursor < len(self.tickets) else None

    def set_tickets(self, tickets: list[Ticket], keep: int | None = None) -> None:
        """Show `tickets`; the cursor stays on ticket id `keep` (or the current one)."""
        keep = keep if keep is not None else (self.current.id if self.current else None)
        before = self.current
        self.tickets = tickets
        index = next((i for i, t in enumerate(tickets) if t.id == keep), None)
        self.cursor = min(index if index is not None else self.cursor, max(0, len(tickets) - 1))
        self._set_rows(len(tickets) + 1)
        self._now = self.clock()
        self.refresh()
        self._follow()
        after = self.current
        if after is not before:  # a new object means the ticket (or the choice) changed
            self.post_message(self.Highlighted(after))

    def _set_rows(self, rows: int) -> None:
        """Set the scrollable height without re-laying out the screen when possible.

        `virtual_size` is a layout reactive: changing it reflows the whole screen, which
        took 20-30 ms of every search keystroke at 160x48. When the vertical scrollbar
        neither appears nor disappears, nothing outside this widget moves, so only its
        scroll range and scrollbar are updated (what the layout would end with anyway).
        """
        new, old = Size(0, rows), self.virtual_size
        if new == old:
            return
        height = self.container_size.height
        if self.is_mounted and height and (old.height > height) == (new.height > height):
            self.set_reactive(QueueView.virtual_size, new)
            self._scroll_update(new)
            self.refresh()
        else:
            self.virtual_size = new

    def tick(self) -> None:
        """Countdowns move on: repaint (only visible rows are rendered)."""
        self._now = self.clock()
        self.refresh()

    # -- movement -----------------------------------------------------------------------
    def move_to(self, index: int) -> None:
        if not self.tickets:
            return
        index = max(0, min(len(self.tickets) - 1, index))
        if index == self.cursor:
            return
        self.cursor = index
        self.refresh()
        self._follow()
        self.post_message(self.Highlighted(self.current))

    def _follow(self) -> None:
        """Scroll so the cursor row is visible (row 0 of the widget is the header)."""
        rows = max(1, self.size.height - 1)
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + rows:
            self.scroll_to(y=self.cursor - rows + 1, animate=False)

    def action_cursor(self, delta: int) -> None:
        self.move_to(self.cursor + delta)

    def action_jump(self, where: str) -> None:
        self.move_to(0 if where == "top" else len(self.tickets) - 1)

    def action_page(self, direction: int) -> None:
        self.move_to(self.cursor + direction * max(1, self.size.height - 2))

    def action_open(self) -> None:
        if self.current is not None:
            self.post_message(self.Opened(self.current))

    def on_resize(self) -> None:
        self.virtual_size = Size(0, len(self.tickets) + 1)
        self._follow()

    # -- painting -----------------------------------------------------------------------
    def _columns(self, width: int) -> tuple[int, ...]:
        """due, priority, customer, subject, status, assignee, language."""
        if width < 70:
            fixed = (6, 2, 10, 0, 0, 0, 0)
        elif width < 100:
            fixed = (6, 2, 12, 0, 7, 6, 2)
        else:
            fixed = (7, 2, 18, 0, 7, 10, 3)
        gaps = sum(1 for w in fixed if w) + 1
        subject = max(8, width - sum(fixed) - gaps)
        return (*fixed[:3], subject, *fixed[4:])

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y == 0:
            return self._header(width)
        index = int(self.scroll_y) + y - 1
        if index >= len(self.tickets):
            return Strip.blank(width, self._base)
        return self._row(self.tickets[index], width, index == self.cursor)

    def _header(self, width: int) -> Strip:
        style = self.get_component_rich_style("queue--header")
        names = (
            "DUE",
            "P",
            "CUSTOMER",
            "SUBJECT",
            "STATUS",
            "WHO",
            "LANG"[: self._columns(width)[6]],
        )
        cells = [fit(n, w) for n, w in zip(names, self._columns(width), strict=True) if w]
        return Strip([Segment(fit(" ".join(cells), width), style)], width)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._base_style = None  # theme or focus changed: recompute on the next row

    @property
    def _base(self) -> Style:
        """`rich_style` walks every ancestor on each call; rows need it ~50 times a frame."""
        if self._base_style is None:
            self._base_style = self.rich_style
        return self._base_style

    def _row(self, t: Ticket, width: int, selected: bool) -> Strip:
        base = self._base
        due, pri, who, subject, status, assignee, lang = self._columns(width)
        left = (t.due_at - self._now) if t.due_at else None
        band = (
            "ok" if left is None or left > SOON else ("soon" if left >= timedelta() else "overdue")
        )
        due_style = self.get_component_rich_style(f"queue--{band}") if t.due_at else base
        pri_style = {
            "urgent": self.get_component_rich_style("queue--urgent"),
            "high": self.get_component_rich_style("queue--high"),
            "low": self.get_component_rich_style("queue--low"),
        }.get(t.priority.value, base)
        cells: list[tuple[str, Style]] = [
            (fit(countdown(t.due_at, self._now).rjust(due), due), due_style),
            (fit(PRIORITY_MARK[t.priority.value].rjust(pri), pri), pri_style),
            (fit(plain(t.customer.name or t.customer.email), who), base),
            (fit(plain(t.subject), subject), base),
        ]
        if status:
            cells.append((fit(t.status.value, status), base))
        if assignee:
            mine = t.assignee == self.agent and self.agent
            style = self.get_component_rich_style("queue--mine") if mine else base
            cells.append((fit(plain(t.assignee) or "-", assignee), style))
        if lang:
            cells.append((fit(plain(t.language), lang), base))
        # Adjacent cells of one style become one segment: the compositor's cost per line
        # grows with the number of segments (Strip.divide), and most cells are plain.
        segments: list[Segment] = []
        text_run, run_style = "", base
        for text, style in cells:
            if style != run_style:
                if text_run:
                    segments.append(Segment(text_run, run_style))
                text_run, run_style = "", style
            text_run += text
            if run_style == base:
                text_run += " "
            else:
                segments.append(Segment(text_run, run_style))
                text_run, run_style = " ", base
        if text_run:
            segments.append(Segment(text_run, run_style))
        strip = Strip(segments).adjust_cell_length(width, base)
        if selected:
            cursor = self.get_component_rich_style("queue--cursor")
            strip = strip.apply_style(cursor)
        return strip
