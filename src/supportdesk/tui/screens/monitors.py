"""The monitors screen: every monitor with its state, latency sparkline and figures.

Read from the data directory like the header strip (whichever process checks), every
`POLL` seconds; reading is a stat plus, when the file changed, a small JSON parse, so it
runs on the event loop. Esc or q goes back.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Label, Sparkline

from supportdesk.monitors import MonitorView, monitors
from supportdesk.tui.text import plain
from supportdesk.tui.widgets.footer import DeskFooter
from supportdesk.tui.widgets.monitor_strip import GLYPHS, STYLES, hhmm

POLL = 2.0


def _ms(value: object) -> str:
    return f"{value:.0f} ms" if isinstance(value, int | float) else "-"


def _pct(value: object) -> str:
    return f"{value:.2f}%" if isinstance(value, int | float) else "-"


def summary(v: MonitorView, tz: tzinfo, now: datetime) -> Content:
    """Two lines of one monitor: who/state/since, then figures (all our own words but
    the name and URL, which go in as plain text)."""
    since = f" since {hhmm(v.since, tz)}" if v.since else ""
    head = Content.assemble(
        (GLYPHS[v.state], STYLES[v.state]),
        " ",
        (plain(v.name, width=30), "bold"),
        f"  {v.state}{since}  ",
        (plain(v.url, width=60), "dim"),
    )
    last = v.last
    parts = [f"last {_ms(last.total_ms if last else None)}"]
    if last is not None and last.ttfb_ms is not None:
        parts[-1] += f" (first byte {_ms(last.ttfb_ms)})"
    parts.append(f"uptime 24h {_pct(v.day.get('uptime'))} · 7d {_pct(v.week.get('uptime'))}")
    parts.append(f"p50/p95 24h {_ms(v.day.get('p50_ms'))}/{_ms(v.day.get('p95_ms'))}")
    parts.append(f"7d {_ms(v.week.get('p50_ms'))}/{_ms(v.week.get('p95_ms'))}")
    days = v.cert_days(now)
    if days is not None:
        warn = " ⚠" if days < v.cert_warn_days else ""
        parts.append(f"certificate {days:.0f} days{warn}")
    lines = [head, Content("  " + " · ".join(parts))]
    if last is not None and last.error:
        lines.append(Content.assemble("  last check: ", (plain(last.error, width=100), "$error")))
    if v.outage is not None:
        n = v.outage.failed_checks
        since = hhmm(v.outage.start, tz)
        lines.append(Content(f"  down since {since}, {n} failed check{'s' if n != 1 else ''}"))
    return Content("\n").join(lines)


class MonitorCard(Vertical):
    DEFAULT_CSS = """
    MonitorCard { height: auto; border-bottom: solid $panel; padding: 0 1; }
    MonitorCard Sparkline { height: 2; margin: 0 2; }
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        self.monitor = name

    def compose(self) -> ComposeResult:
        yield Label("", markup=False, classes="summary")
        yield Sparkline([], summary_function=max)

    def show(self, v: MonitorView, tz: tzinfo, now: datetime) -> None:
        self.query_one(".summary", Label).update(summary(v, tz, now))
        self.query_one(Sparkline).data = v.spark or [0.0]


class MonitorsScreen(Screen[None]):
    BINDINGS = [  # noqa: RUF012
        Binding("escape,q", "app.pop_screen", "back", id="monitors.back"),  # as elsewhere
    ]
    DEFAULT_CSS = "MonitorsScreen #empty { padding: 1 2; color: $text-muted; }"

    def __init__(self, data_dir: Path, tz: tzinfo) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.tz = tz

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="monitors") as box:
            box.border_title = "Monitors"
            yield Label(
                "No monitors yet: add [[monitors]] to the config.", id="empty", markup=False
            )
        yield DeskFooter(compact=True)

    def on_mount(self) -> None:
        self.title = "Monitors"
        self.refresh_cards()
        self.set_interval(POLL, self.refresh_cards)

    def refresh_cards(self) -> None:
        now = datetime.now(UTC)
        views = monitors(self.data_dir, now)
        box = self.query_one("#monitors", VerticalScroll)
        self.query_one("#empty").display = not views
        cards = {c.monitor: c for c in self.query(MonitorCard)}
        for v in views:
            card = cards.get(v.name)
            if card is None:
                card = MonitorCard(v.name)
                box.mount(card)
                self.call_after_refresh(card.show, v, self.tz, now)
            else:
                card.show(v, self.tz, now)
