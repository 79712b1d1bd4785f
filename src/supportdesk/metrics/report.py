"""The response-time report: per agent and for the team, over a period (design.md JSON).

`build_report` reads the event log once (`metrics.fold`) and the active tickets once
(open tickets assigned now), and returns a `Report` the CLI prints as a table, CSV or
JSON and the lead's screen shows. Keys beyond design.md's are extras: business-time
figures, first-contact resolution (R9), replies and customer messages by hour (R10),
templates, daily medians, the first-response distribution, the breached tickets behind
each count (the lead's drill-down), `unassigned` (what no agent answers for: deadlines
that passed while nobody had claimed the ticket and nobody replied late) and an optional
`monitors` section. The team row is everyone's, `unassigned` included, so the lead's
table lists that row too: the team's breaches are the sum of the rows above it (ux19:
6 team breaches under three agent rows of 0 were the unclaimed tickets).
"""

from __future__ import annotations

import gc
import statistics
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from supportdesk.metrics.business import BusinessHours
from supportdesk.metrics.deadlines import business_hours
from supportdesk.metrics.fold import AgentTotals, Fold
from supportdesk.metrics.period import Period
from supportdesk.metrics.stats import Figure, histogram
from supportdesk.metrics.summary import summarised_fold
from supportdesk.models import Status, Ticket

if TYPE_CHECKING:
    from supportdesk.config import Config
    from supportdesk.store import Store

KINDS = (
    "ticket_created",
    "message_in",
    "reply",
    "status",
    "priority",
    "claim",
    "steal",
    "assign",
    "note",
    "escalate",
    "tone_override",
)

# Issue 10 (site monitors) plugs in here: a function of (store, config, period) giving
# uptime per monitor and tickets per outage, shown as the report's `monitors` section.
MonitorSection = Callable[["Store", "Config", Period], object]


@dataclass(slots=True)
class AgentFigures:
    agent: str  # "" for the team
    replies: int = 0
    tickets: int = 0
    first_response: Figure = field(default_factory=Figure)
    next_response: Figure = field(default_factory=Figure)
    resolution: Figure = field(default_factory=Figure)
    sla_breaches: int = 0
    resolved: int = 0  # tickets first resolved in the period (FCR's denominator)
    fcr_rate: float | None = None  # first-contact resolution (R9)
    escalations: int = 0
    notes: int = 0
    tone_overrides: int = 0
    open_assigned: int = 0  # now, not in the period
    by_hour: list[int] = field(default_factory=lambda: [0] * 24)
    breached_tickets: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"agent": self.agent} if self.agent else {}
        out |= {
            "replies": self.replies,
            "tickets": self.tickets,
            "first_response": self.first_response.as_dict(),
            "next_response": self.next_response.as_dict(),
            "resolution": self.resolution.as_dict(),
            "sla_breaches": self.sla_breaches,
            "resolved": self.resolved,
            "fcr_rate": self.fcr_rate,
            "escalations": self.escalations,
            "notes": self.notes,
            "tone_overrides": self.tone_overrides,
            "open_assigned": self.open_assigned,
            "by_hour": list(self.by_hour),
            "breached_tickets": list(self.breached_tickets),
        }
        return out


@dataclass(slots=True)
class Report:
    period: Period
    timezone: str
    calendar: str
    agents: list[AgentFigures]
    team: AgentFigures
    messages_by_hour: list[int]  # customer messages per local hour: the demand (R10)
    templates: list[tuple[str, int]]  # most used first
    daily: dict[str, list[tuple[date, float]]]  # agent ("" team) -> daily median reply time
    first_response_histogram: list[tuple[str, int]]
    customer_messages: int = 0
    automatic_messages: int = 0
    reopens: int = 0
    monitors: object | None = None  # issue 10: uptime per monitor, tickets per outage
    # attributed to nobody (None with an agent filter: those rows are not all listed)
    unassigned: AgentFigures | None = None

    def agent(self, name: str) -> AgentFigures | None:
        return next((a for a in self.agents if a.agent == name), None)

    def rows(self) -> list[AgentFigures]:
        """The table's rows in order: the agents, nobody's when it holds anything, the
        team last. Without an agent filter the team's breaches add up from the rows."""
        nobody = self.unassigned
        shown = nobody is not None and bool(
            nobody.tickets or nobody.sla_breaches or nobody.first_response.count
        )
        return [*self.agents, *([nobody] if shown and nobody else []), self.team]

    def held_by(self) -> dict[int, list[str]]:
        """Breached ticket id → the rows its breaches count against (an agent's name,
        or UNASSIGNED), from the same per-agent lists the table counts: who held the
        ticket when its deadline passed, which is not its assignee now once someone
        claimed it since (ux20: the drill-down showed the current one)."""
        held: dict[int, list[str]] = {}
        for row in self.rows():
            if row is not self.team:
                name = UNASSIGNED if row is self.unassigned else row.agent
                for tid in row.breached_tickets:
                    held.setdefault(tid, []).append(name)
        return held

    def label(self, row: AgentFigures) -> str | None:
        """TEAM or UNASSIGNED for those rows; None for an agent's (its name, from the
        log, is cleaned by whoever shows it)."""
        if row is self.team:
            return TEAM
        return UNASSIGNED if row is self.unassigned else None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()},
            "timezone": self.timezone,
            "calendar": self.calendar,
            "agents": [a.as_dict() for a in self.agents],
            "team": self.team.as_dict(),
            "customer_messages": self.customer_messages,
            "automatic_messages": self.automatic_messages,
            "reopens": self.reopens,
            "messages_by_hour": list(self.messages_by_hour),
            "templates": [{"template": n, "count": c} for n, c in self.templates],
            "daily": [
                {"agent": agent, "date": day.isoformat(), "median_s": round(value, 1)}
                for agent, days in sorted(self.daily.items())
                if agent
                for day, value in days
            ],
            "first_response_histogram": [
                {"bucket": label, "count": n} for label, n in self.first_response_histogram
            ],
        }
        if self.unassigned is not None:
            out["unassigned"] = self.unassigned.as_dict()
        if self.monitors is not None:
            out["monitors"] = self.monitors
        return out


def _figures(name: str, totals: AgentTotals, fcr: tuple[int, int] | None) -> AgentFigures:
    resolved, first_contact = fcr or (0, 0)
    return AgentFigures(
        agent=name,
        replies=totals.replies,
        tickets=len(totals.tickets),
        first_response=Figure.of(totals.first, totals.first_b),
        next_response=Figure.of(totals.next, totals.next_b),
        resolution=Figure.of(totals.resolution, totals.resolution_b),
        sla_breaches=len(totals.breached),
        resolved=resolved,
        fcr_rate=round(first_contact / resolved, 4) if resolved else None,
        escalations=totals.escalations,
        notes=totals.notes,
        tone_overrides=totals.tone_overrides,
        by_hour=list(totals.by_hour),
        breached_tickets=sorted(set(totals.breached)),
    )


def _priority_lookup(store: Store) -> Callable[[int], str]:
    """Current priorities, read once and only if an old log lacks them."""
    known: dict[int, str] = {}

    def priority_of(ticket_id: int) -> str:
        if not known:
            known.update({t.id: t.priority.value for t in store.list_tickets()})
            known.setdefault(-1, "normal")  # read once even on an empty desk
        return known.get(ticket_id, "normal")

    return priority_of


def _fold_log(store: Store, fold: Fold, period: Period, active: list[Ticket]) -> None:
    """Fold the log itself (no summary, or a period ending before its latest event).

    Only tickets that can change the period's figures are read: those with an event
    since the period began, and those still open (a deadline may pass in the period
    with nothing logged). Any other ticket settled before the period began.
    """
    recent = store.tickets_with_events(period.start)
    interest = None if recent is None else recent | {t.id for t in active}
    fold.feed(store.event_dicts(KINDS, interest))


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """The pass allocates a dict per event and keeps 100k small objects alive (and the
    summary a million facts): the cyclic collector would rescan those again and again
    for garbage that is never cyclic (a quarter of the time at 1M events). Reference
    counting frees the dicts."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def build_report(
    store: Store,
    config: Config,
    period: Period,
    *,
    now: datetime | None = None,
    agent: str | None = None,
    monitors: MonitorSection | None = None,
    summary: bool = True,
) -> Report:
    """The report for `period`; `agent` limits the agent rows (the team row stays
    everyone's). One pass over the log; see `metrics.fold` for what counts. The pass
    starts from the log's persisted summary (`metrics.summary`) unless `summary` is
    False (then the whole log is folded: what the summary's tests compare with)."""
    import zoneinfo

    now = now or datetime.now(UTC)
    tzname = config.desk.timezone
    tz = UTC if tzname == "UTC" else zoneinfo.ZoneInfo(tzname)
    hours = BusinessHours(config.sla.schedule, tz)  # its own caches: built per report
    fold = Fold(
        period.start.timestamp(),
        period.end.timestamp(),
        config.sla.first_response,
        config.sla.next_response,
        hours,
        business_hours(config),
    )
    fold.priority_of = _priority_lookup(store)
    active = store.list_tickets([s for s in Status if s.active])
    with _no_cyclic_gc():
        if not summary or summarised_fold(store, config, fold, KINDS) is None:
            _fold_log(store, fold, period, active)
    fold.finish(now.timestamp())

    fcr = fold.first_contact()
    team_totals = fold.team()
    team = _figures("", team_totals, fcr.get(""))
    rows = {name: _figures(name, t, fcr.get(name)) for name, t in fold.agents.items() if name}
    for ticket in active:
        if ticket.assignee:
            row = rows.get(ticket.assignee)
            if row is None:
                row = rows[ticket.assignee] = AgentFigures(ticket.assignee)
            row.open_assigned += 1
            team.open_assigned += 1
    for name, (resolved, _n) in fcr.items():
        if name and name not in rows and resolved:
            rows[name] = _figures(name, AgentTotals(), fcr.get(name))
    agents = sorted(rows.values(), key=lambda a: a.agent)
    nobody: AgentFigures | None = None
    if agent is None:
        # FCR by nobody is not kept apart from the team's ("" in `fcr`): left out here
        nobody = _figures("", fold.agents[""], None) if "" in fold.agents else AgentFigures("")
    else:
        agents = [a for a in agents if a.agent == agent] or [AgentFigures(agent)]

    daily: dict[str, list[tuple[date, float]]] = {}
    per_day: dict[tuple[str, int], list[float]] = dict(fold.daily)
    team_days: dict[int, list[float]] = {}
    for (name, day), values in per_day.items():
        team_days.setdefault(day, []).extend(values)
        if name:
            daily.setdefault(name, []).append((hours.day_date(day), statistics.median(values)))
    daily[""] = [(hours.day_date(d), statistics.median(v)) for d, v in team_days.items()]
    for days in daily.values():
        days.sort()

    return Report(
        period=period,
        timezone=tzname,
        calendar=config.sla.calendar,
        agents=agents,
        team=team,
        messages_by_hour=fold.messages_by_hour,
        templates=sorted(fold.templates.items(), key=lambda kv: (-kv[1], kv[0])),
        daily=daily,
        first_response_histogram=histogram(team_totals.first),
        customer_messages=fold.customer_messages,
        automatic_messages=fold.automatic_messages,
        reopens=fold.reopens,
        monitors=monitors(store, config, period) if monitors is not None else None,
        unassigned=nobody,
    )


# -- the table both the CLI and the lead's screen show ---------------------------------

TEAM = "(team)"
UNASSIGNED = "(unassigned)"  # nobody's: breaches of tickets nobody had claimed

# Fits 80 columns: medians unless marked P90; RESOL the resolution median; BRCH the
# deadline breaches (R2); FCR first-contact resolution (R9); OPEN assigned open now.
HEADER = ("AGENT", "REPL", "TKTS", "FIRST", "F-P90", "NEXT", "N-P90", "RESOL", "BRCH", "FCR",
          "OPEN")  # fmt: skip
LEGEND = (
    "FIRST/NEXT/RESOL: median first response, next response, resolution; F-P90/N-P90: "
    "90th percentiles; BRCH: deadline breaches, counted against the assignee at the "
    "deadline ((unassigned): nobody had claimed the ticket); FCR: first-contact "
    "resolution (R9); OPEN: open tickets assigned now"
)


def percent(rate: float | None) -> str:
    return "-" if rate is None else f"{round(rate * 100)}%"


def table_row(a: AgentFigures, label: str | None = None, *, business: bool = False) -> list[str]:
    """One row of `HEADER` as text (business-time medians when `business`)."""
    from supportdesk.text import span

    def med(f: Figure) -> str:
        return span(f.business_median_s if business else f.median_s)

    def p9(f: Figure) -> str:
        return span(f.business_p90_s if business else f.p90_s)

    return [
        label if label is not None else a.agent,
        str(a.replies),
        str(a.tickets),
        med(a.first_response),
        p9(a.first_response),
        med(a.next_response),
        p9(a.next_response),
        med(a.resolution),
        str(a.sla_breaches),
        percent(a.fcr_rate),
        "-" if label == UNASSIGNED else str(a.open_assigned),  # not "0 open" (ux19)
    ]


CSV_HEADER = (
    "agent",
    "replies",
    "tickets",
    *(
        f"{measure}_{stat}"
        for measure in ("first_response", "next_response", "resolution")
        for stat in ("count", "median_s", "p90_s", "business_median_s", "business_p90_s")
    ),
    "sla_breaches",
    "resolved",
    "fcr_rate",
    "escalations",
    "notes",
    "tone_overrides",
    "open_assigned",
)


def csv_row(a: AgentFigures, label: str) -> list[object]:
    """One CSV row of `CSV_HEADER`: raw numbers, empty where there is no value."""
    figures: list[object] = []
    for f in (a.first_response, a.next_response, a.resolution):
        figures += [f.count, f.median_s, f.p90_s, f.business_median_s, f.business_p90_s]
    return [
        label,
        a.replies,
        a.tickets,
        *figures,
        a.sla_breaches,
        a.resolved,
        a.fcr_rate,
        a.escalations,
        a.notes,
        a.tone_overrides,
        a.open_assigned,
    ]
