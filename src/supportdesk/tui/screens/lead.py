"""The team lead's screen: response times, deadlines and breaches per agent (issue 9).

`L` on the main screen (or "Lead: …" in the palette). A period (today, 7 days, 30 days,
custom), the per-agent table with a team row, and charts: daily median reply times per
agent, the distribution of first response times, replies and customer messages by hour
of day (R10: plan shifts where the demand is), most-used templates. Enter on a row lists
that agent's breached tickets (the team row: all of them; "(unassigned)": those nobody
had claimed at the deadline, the row that makes the team's count add up); picking one
goes back to the main screen on that ticket.

The report reads the whole event log (about a second per million events), so it is
computed in a thread worker and the screen says so meanwhile; the event loop only
paints. Agent and template names come from the log and are shown through tui/text.py.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Static, TabbedContent, TabPane

from supportdesk.desk import Desk
from supportdesk.errors import DeskError
from supportdesk.metrics.period import Period, parse_period
from supportdesk.metrics.report import HEADER, TEAM, UNASSIGNED, AgentFigures, Report, table_row
from supportdesk.models import Ticket
from supportdesk.text import span
from supportdesk.tui import keymap
from supportdesk.tui.handback import hand_back
from supportdesk.tui.text import plain, safe_text
from supportdesk.tui.widgets.charts import bars, columns, hour_axis, spark
from supportdesk.tui.widgets.footer import DeskFooter

PERIODS = {"today": "today", "7d": "7 days", "30d": "30 days"}
CHARTS = ("daily", "first", "hours", "templates", "sites")
DRILL_LIMIT = 200  # breached tickets listed in the drill-down


class AgentTable(DataTable):
    """The agents table; enter (its own, handled in order after the keys before it, and
    shown in the footer) lists the row's breached tickets through `RowSelected`."""

    BINDINGS = [Binding("enter", "select_cursor", "breaches", key_display="enter")]  # noqa: RUF012


class LeadScreen(Screen):
    BINDINGS = keymap.bindings("lead")
    HELP_SCOPE = "lead"  # `?` lists these keys first, F1 only these (screens/help.py)
    DEFAULT_CSS = """
    LeadScreen { layout: vertical; }
    LeadScreen #lead-period { height: 1; padding: 0 1; background: $boost; }
    LeadScreen #lead-agents { height: auto; max-height: 50%; }
    /* reverse video, as the queue's cursor: the team row is bold already (NO_COLOR) */
    LeadScreen #lead-agents > .datatable--cursor { text-style: bold reverse; }
    LeadScreen TabbedContent { height: 1fr; }
    LeadScreen TabPane { padding: 0 1; }
    """

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.period_key = "7d"
        self.period: Period | None = None
        self.report: Report | None = None
        self.business = False
        self.rows: list[AgentFigures] = []  # table rows in order, the team last
        self._generation = 0  # of the latest computation asked for

    def compose(self) -> ComposeResult:
        yield Static("", id="lead-period", markup=False)
        yield AgentTable(id="lead-agents", cursor_type="row", zebra_stripes=True)
        with TabbedContent(id="lead-charts", initial="chart-daily"):
            for name, title in zip(
                CHARTS,
                ("Daily medians", "First response", "By hour", "Templates", "Sites"),
                strict=True,
            ):
                with TabPane(title, id=f"chart-{name}"), VerticalScroll():
                    yield Static("", id=f"{name}-body", markup=False)
        yield DeskFooter(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for label in HEADER:
            table.add_column(label, key=label)
        table.focus()
        self.compute()

    # -- computing ----------------------------------------------------------------------
    def _now(self) -> datetime:
        return self.app.clock()  # type: ignore[attr-defined]

    def compute(self, period: Period | None = None) -> None:
        """Recompute for the current period key (or `period`) in a worker."""
        try:
            self.period = period or parse_period(
                since=self.period_key, now=self._now(), tz=self.desk.config.desk.tzinfo
            )
        except DeskError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self._status("computing…")
        desk, chosen = self.desk, self.period
        self._generation += 1
        generation = self._generation

        def work() -> None:
            try:
                report = desk.report(chosen)
            except Exception as exc:  # a store error must not kill the screen
                text = f"report: {exc}"
                hand_back(self, self.notify, text, severity="error", markup=False)
                return
            # A thread cannot be cancelled: a slower, older computation must not
            # overwrite the period the lead picked since.
            if generation == self._generation:
                hand_back(self, self.show_report, report)

        self.run_worker(work, thread=True, exclusive=True, group="lead-report")

    def _status(self, note: str = "") -> None:
        p = self.period
        label = PERIODS.get(self.period_key, "custom")
        when = ""
        if p is not None:
            tz = self.desk.config.desk.tzinfo
            start, end = p.start.astimezone(tz), p.end.astimezone(tz)
            when = f"{start:%Y-%m-%d %H:%M} → {end:%Y-%m-%d %H:%M}"
        clock = "business time" if self.business else "wall-clock"
        text = f"{label}: {when} · {clock} · {self.desk.config.sla.calendar}"
        self.query_one("#lead-period", Static).update(
            plain(f"{text}  {note}" if note else text, width=400)
        )

    # -- showing ----------------------------------------------------------------------
    def show_report(self, report: Report) -> None:
        self.report = report
        self._status()
        table = self.query_one(DataTable)
        keep = table.cursor_row
        table.clear()
        self.rows = report.rows()
        for a in self.rows:
            label = report.label(a) or plain(a.agent, width=10)
            cells = table_row(a, label, business=self.business)
            styled = [safe_text(c) for c in cells]
            if a.sla_breaches:
                styled[HEADER.index("BRCH")].stylize("bold reverse")
            if a is report.team:
                for cell in styled:
                    cell.stylize("bold")
            table.add_row(*styled)
        if self.rows:
            table.move_cursor(row=min(keep, len(self.rows) - 1))
        self._draw_charts(self.selected())

    def selected(self) -> AgentFigures | None:
        row = self.query_one(DataTable).cursor_row
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if self.report is not None:
            self._draw_charts(self.selected())

    def _width(self) -> int:
        return max(40, self.size.width - 4)

    def _draw_charts(self, who: AgentFigures | None) -> None:
        report = self.report
        if report is None:
            return
        self.query_one("#daily-body", Static).update(self._daily(report))
        self.query_one("#first-body", Static).update(self._first(report))
        self.query_one("#hours-body", Static).update(self._hours(report, who))
        self.query_one("#templates-body", Static).update(self._templates(report))
        self.query_one("#sites-body", Static).update(self._sites(report))

    def _daily(self, report: Report) -> Text:
        """One sparkline per agent: the median reply time of each day (shared scale)."""
        tz = self.desk.config.desk.tzinfo
        first = report.period.start.astimezone(tz).date()
        last = (report.period.end - timedelta(microseconds=1)).astimezone(tz).date()
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        days = days[-max(7, self._width() - 32) :]
        top = max((v for series in report.daily.values() for _d, v in series), default=0)
        out = Text(f"median reply time per day, {days[0]} → {days[-1]}; · = no reply\n", end="")
        for name in [a.agent for a in report.agents] + [""]:
            by_day = dict(report.daily.get(name, []))
            values = [by_day.get(d) for d in days]
            present = [v for v in values if v is not None]
            label = TEAM if not name else plain(name, width=14)
            out.append(f"{label:<14} ", style="bold" if not name else "")
            out.append(spark(values, top))
            if present:
                out.append(f"  {span(min(present))}–{span(max(present))}")
            out.append("\n")
        return out

    def _first(self, report: Report) -> Text:
        rows = [(label, float(n), str(n)) for label, n in report.first_response_histogram]
        head = Text(f"first response times, team ({report.team.first_response.count})\n", end="")
        return head + bars(rows, self._width(), label_width=6)

    def _hours(self, report: Report, who: AgentFigures | None) -> Text:
        """R10: replies by hour next to customer messages by hour (desk time zone)."""
        who = who or report.team
        name = report.label(who) or plain(who.agent, width=20)
        replies = who.by_hour
        out = Text(f"replies by hour: {name} ({sum(replies)})\n", end="")
        out.append("\n".join(columns([float(v) for v in replies], 3)) + "\n")
        out.append(hour_axis() + "\n")
        out.append(f"customer messages by hour ({sum(report.messages_by_hour)})\n")
        out.append("\n".join(columns([float(v) for v in report.messages_by_hour], 3)) + "\n")
        out.append(hour_axis())
        return out

    def _templates(self, report: Report) -> Text:
        if not report.templates:
            return Text("no replies from templates in this period", end="")
        rows = [(n, float(c), str(c)) for n, c in report.templates[:12]]
        return Text("most-used templates\n", end="") + bars(rows, self._width(), 24)

    def _local(self, iso: str) -> str:
        at = datetime.fromisoformat(iso).astimezone(self.desk.config.desk.tzinfo)
        return at.strftime("%Y-%m-%d %H:%M")

    def _sites(self, report: Report) -> Text:
        """Issue 10: uptime per monitor and the tickets each outage brought in."""
        section = report.monitors if isinstance(report.monitors, dict) else {}
        sites = section.get("monitors", [])
        if not sites:
            return Text("no site monitors configured ([[monitors]] in the config)", end="")
        rows = [
            (plain(str(m["name"]), width=20), float(m["uptime"] or 0), _uptime(m["uptime"]))
            for m in sites
        ]
        out = Text("uptime in this period\n", end="") + bars(rows, self._width(), 20)
        for m in sites:
            for o in m["outages"]:
                lasted = span(o["duration_s"]) + ("" if o["end"] else ", still down")
                out.append(
                    f"\n{plain(str(m['name']), width=20)}: down {self._local(o['start'])} for {lasted}, "
                    f"{o['failed_checks']} failed checks, {o['tickets']} tickets"
                )
        return out

    # -- actions ------------------------------------------------------------------------
    def action_back(self) -> None:
        self.app.pop_screen()

    def action_period(self, key: str) -> None:
        self.period_key = key
        self.compute()

    def action_refresh_report(self) -> None:
        self.compute(None if self.period_key in PERIODS else self.period)

    def action_toggle_business(self) -> None:
        self.business = not self.business
        if self.report is not None:
            self.show_report(self.report)

    def action_row(self, delta: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + delta)))

    def action_row_edge(self, last: bool) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=table.row_count - 1 if last else 0)

    def action_next_chart(self) -> None:
        tabs = self.query_one(TabbedContent)
        current = (tabs.active or "chart-daily").removeprefix("chart-")
        tabs.active = f"chart-{CHARTS[(CHARTS.index(current) + 1) % len(CHARTS)]}"

    def action_custom_period(self) -> None:
        from supportdesk.tui.screens.prompts import TextPromptScreen

        prompt = TextPromptScreen(
            "Period: FROM..TO (dates in the desk's time zone, TO included) or a duration",
            placeholder="2026-03-01..2026-03-07  or  14d",
        )
        self.app.push_screen(prompt, self._custom)

    def _custom(self, text: str | None) -> None:
        if not text:
            return
        tz, now = self.desk.config.desk.tzinfo, self._now()
        try:
            if ".." in text:
                start, _sep, end = text.partition("..")
                period = parse_period(start=start, end=end or None, now=now, tz=tz)
            else:
                period = parse_period(since=text, now=now, tz=tz)
        except DeskError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.period_key = "custom"
        self.compute(period)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_drill()

    def action_drill(self) -> None:
        """The selected agent's breached tickets, to open one on the main screen."""
        who = self.selected()
        if who is None or self.report is None:
            return
        label = self.report.label(who)
        name = {
            TEAM: "the team, each beside who had it at the deadline",
            UNASSIGNED: "nobody (unclaimed at the deadline)",
        }.get(label or "", plain(who.agent, width=30))
        ids = who.breached_tickets[:DRILL_LIMIT]
        if not ids:
            self.notify(f"no deadline breaches for {plain(name)} in this period", markup=False)
            return
        # the row counts breaches, the list tickets: one ticket can miss two deadlines
        count = who.sla_breaches
        if count != len(who.breached_tickets):
            name += f": {count} breaches on {len(who.breached_tickets)} tickets"
        desk, held = self.desk, self.report.held_by()

        def work() -> None:
            found: list[Ticket] = []
            for tid in ids:
                try:
                    found.append(desk.get_ticket(tid))
                except DeskError:
                    continue  # removed since
            hand_back(self, self._pick_breached, name, found, held)

        self.run_worker(work, thread=True, exclusive=True, group="lead-drill")

    def _pick_breached(self, name: str, tickets: list[Ticket], held: dict[int, list[str]]) -> None:
        """Each ticket with whom its breach counts against (`Report.held_by`, as the
        table counts it), not its assignee now: a ticket claimed after its deadline
        read as that agent's breach on a row of nobody's (ux20)."""
        from supportdesk.tui.screens.prompts import ChoiceScreen

        def holder(t: Ticket) -> str:
            who = ", ".join("nobody" if h == UNASSIGNED else h for h in held.get(t.id, []))
            return plain(who or "-", width=12)

        choices = [
            (str(t.id), f"#{t.id}  {t.status.value:<7} {holder(t):<12} "
                        f"{plain(t.subject, width=50)}")
            for t in tickets
        ]  # fmt: skip
        by_id = {str(t.id): t for t in tickets}
        self.app.push_screen(
            ChoiceScreen(f"Deadline breaches: {plain(name, width=80)}", choices),
            lambda picked: picked and self.open_on_main(by_id[picked]),
        )

    def open_on_main(self, ticket: Ticket) -> None:
        """Back to the main screen with `ticket` open (its queue row, when it is in the
        current view; otherwise just its conversation)."""
        from supportdesk.tui.screens.main import MainScreen

        app = self.app
        main = next((s for s in app.screen_stack if isinstance(s, MainScreen)), None)
        if main is None:
            return
        while app.screen is not main:
            app.pop_screen()
        queue = main.queue
        index = next((i for i, t in enumerate(queue.tickets) if t.id == ticket.id), None)
        if index is not None:
            queue.move_to(index)
        if main.ticket is None or main.ticket.id != ticket.id:
            main.load_ticket(ticket, reset=True)
        main.thread.focus()


def _uptime(value: float | None) -> str:
    return "no checks" if value is None else f"{value:.2f}%"
