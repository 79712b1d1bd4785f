"""What the desk knows about its monitors, for any process: read from status.json.

Nothing here runs a check. Screens, the CLI, intake and reports call these functions;
the process holding the `monitors` role writes the file they read. A status older than
a few intervals (its checker died and nobody took over yet) is shown as `unknown`
rather than trusted: a stale "down" must not tag tickets forever.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supportdesk.models import Status, Ticket
from supportdesk.monitors import log
from supportdesk.monitors.model import DOWN, UNKNOWN, CheckResult, MonitorState, Outage

if TYPE_CHECKING:
    from supportdesk.config import MonitorConfig
    from supportdesk.store import Store

TAG_PREFIX = "outage:"
STALE_GRACE = 60.0  # seconds beyond three intervals and a timeout before a status is stale


def outage_tag(name: str) -> str:
    return f"{TAG_PREFIX}{name}"


@dataclass(slots=True)
class MonitorView:
    """One monitor as every screen shows it."""

    name: str
    url: str
    state: str
    since: datetime | None
    last: CheckResult | None
    outage: Outage | None
    last_outage: Outage | None
    history: list[Outage]
    day: dict[str, Any] = field(default_factory=dict)  # checks, uptime, p50_ms, p95_ms
    week: dict[str, Any] = field(default_factory=dict)
    spark: list[float] = field(default_factory=list)
    cert_warn_days: int = 14
    stale: bool = False

    def cert_days(self, now: datetime) -> float | None:
        return self.last.cert_days(now) if self.last else None

    def as_json(self, now: datetime) -> dict[str, Any]:
        """The `monitors --json` shape of one monitor."""
        last = self.last
        days = self.cert_days(now)
        return {
            "name": self.name,
            "url": self.url,
            "state": self.state,
            "since": _iso(self.since),
            "last_check": None
            if last is None
            else {
                "at": _iso(last.at),
                "ok": last.ok,
                "status": last.status,
                "ttfb_ms": last.ttfb_ms,
                "total_ms": last.total_ms,
                "error": last.error,
            },
            "uptime_24h": self.day.get("uptime"),
            "uptime_7d": self.week.get("uptime"),
            "p50_ms_24h": self.day.get("p50_ms"),
            "p95_ms_24h": self.day.get("p95_ms"),
            "p50_ms_7d": self.week.get("p50_ms"),
            "p95_ms_7d": self.week.get("p95_ms"),
            "cert_expires": _iso(last.cert_expires) if last else None,
            "cert_days_left": None if days is None else round(days, 1),
            "outage": None
            if self.outage is None
            else {
                "since": _iso(self.outage.start),
                "failed_checks": self.outage.failed_checks,
            },
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def monitors(data_dir: Path, now: datetime | None = None) -> list[MonitorView]:
    """Every monitor in status.json, in config order."""
    now = now or datetime.now(UTC)
    status = log.read_status(data_dir)
    entries = status.get("monitors", {})
    if not isinstance(entries, dict):
        return []
    order = [n for n in status.get("order", []) if n in entries] or list(entries)
    return [_view(name, entries[name], now) for name in order if isinstance(entries[name], dict)]


def _view(name: str, data: dict[str, Any], now: datetime) -> MonitorView:
    st = MonitorState.from_json(name, data)
    try:
        limit = 3 * float(data.get("interval", 60)) + float(data.get("timeout", 10)) + STALE_GRACE
    except (TypeError, ValueError):
        limit = 3 * 60 + STALE_GRACE
    stale = st.last is None or (now - st.last.at).total_seconds() > limit
    state = UNKNOWN if stale else st.state

    def table(key: str) -> dict[str, Any]:
        value = data.get(key)
        return value if isinstance(value, dict) else {}

    spark = data.get("spark")
    return MonitorView(
        name,
        str(data.get("url", "")),
        state,
        st.since,
        st.last,
        st.outage if state == DOWN else None,
        st.last_outage,
        st.history,
        table("day"),
        table("week"),
        [float(v) for v in spark if isinstance(v, int | float)] if isinstance(spark, list) else [],
        int(data.get("cert_warn_days", 14) or 14),
        stale and st.last is not None,
    )


def overview(
    configured: Sequence[MonitorConfig], data_dir: Path, now: datetime | None = None
) -> list[MonitorView]:
    """The configured monitors (in config order) with their state, and uptime and
    latency over 24 h and 7 d recomputed from the log (right even when no checker has
    run for a while)."""
    from supportdesk.monitors.stats import DAY, WEEK, figures

    now = now or datetime.now(UTC)
    known = {m.name: m for m in monitors(data_dir, now)}
    out = []
    for cfg in configured:
        view = known.get(cfg.name) or MonitorView(
            cfg.name, cfg.url, UNKNOWN, None, None, None, None, []
        )
        view.url, view.cert_warn_days = cfg.url, cfg.cert_warn_days
        week = list(log.read(data_dir, cfg.name, now - WEEK, now + timedelta(seconds=1)))
        view.week = figures(week).as_json()
        view.day = figures(r for r in week if r.at >= now - DAY).as_json()
        out.append(view)
    return out


def current_outages(data_dir: Path, now: datetime | None = None) -> list[MonitorView]:
    """Monitors down now (and not stale)."""
    return [m for m in monitors(data_dir, now) if m.state == DOWN and m.outage is not None]


def outage_active(data_dir: Path, now: datetime | None = None) -> bool:
    """Whether any monitor is down now: the template picker puts outage templates first
    (R4: tell people you know and are working on it)."""
    return bool(current_outages(data_dir, now))


def outage_tags(data_dir: Path | None, now: datetime | None = None) -> list[str]:
    """Tags for a ticket created now: `outage:<name>` per monitor that is down."""
    if data_dir is None:
        return []
    return [outage_tag(m.name) for m in current_outages(data_dir, now)]


CLOCK_SLACK = timedelta(minutes=2)  # a mail's Date has whole seconds and the sender's clock


def window(outage: Outage, earlier: Iterable[Outage] = ()) -> tuple[datetime, datetime | None]:
    """When tickets of `outage` were created: from its start (less a little slack for
    mail dates) but never before the end of an `earlier` outage of the same monitor."""
    lo = outage.start - CLOCK_SLACK
    for o in earlier:
        if o is not outage and o.end is not None and o.end <= outage.start:
            lo = max(lo, o.end)
    return lo, (outage.end + CLOCK_SLACK if outage.end is not None else None)


def _of(ticket: Ticket, tag: str, lo: datetime, hi: datetime | None) -> bool:
    return tag in ticket.tags and ticket.created_at >= lo and (hi is None or ticket.created_at < hi)


def tagged_tickets(
    store: Store, name: str, outage: Outage, earlier: Iterable[Outage] = ()
) -> list[Ticket]:
    """Tickets tagged `outage:<name>` during `outage`. Closed tickets live in the
    archive and are left out: an outage's tickets are recent."""
    live = [s for s in Status if s is not Status.CLOSED]
    return select_tagged(store.list_tickets(live), name, outage, earlier)


def select_tagged(
    tickets: Iterable[Ticket], name: str, outage: Outage, earlier: Iterable[Outage] = ()
) -> list[Ticket]:
    tag, (lo, hi) = outage_tag(name), window(outage, list(earlier))
    return [t for t in tickets if _of(t, tag, lo, hi)]


def data_dir_of(store: Store) -> Path | None:
    """The data directory of an embedded desk (None for a backend without one)."""
    root = getattr(store, "root", None)
    return Path(root) if root is not None else None


def recently_recovered(
    data_dir: Path, within: timedelta, now: datetime | None = None
) -> list[MonitorView]:
    """Monitors up again whose last outage ended less than `within` ago."""
    now = now or datetime.now(UTC)
    return [
        m
        for m in monitors(data_dir, now)
        if m.state != DOWN
        and m.last_outage is not None
        and m.last_outage.end is not None
        and now - m.last_outage.end <= within
    ]


def awaiting_resolution(store: Store, view: MonitorView) -> list[Ticket]:
    """Tickets the last outage of `view` brought that nobody has answered since it
    ended: tagged during it, still active, no reply after the recovery (R4: when a
    problem is solved, tell them)."""
    o = view.last_outage
    if o is None or o.end is None:
        return []
    end = o.end
    return [
        t
        for t in tagged_tickets(store, view.name, o, view.history)
        if t.status.active and (t.last_reply_at is None or t.last_reply_at < end)
    ]


RECOVERY_OFFER = timedelta(hours=24)  # how long after a recovery its tickets are offered


@dataclass(frozen=True, slots=True)
class OutageInfo:
    """An ongoing outage with the tickets tagged since it began, or a recent recovery
    with the tagged tickets still awaiting the "resolved" reply."""

    view: MonitorView
    tickets: list[Ticket]
    recovered: bool = False


def outage_overview(
    data_dir: Path,
    store: Store,
    now: datetime | None = None,
    within: timedelta = RECOVERY_OFFER,
) -> list[OutageInfo]:
    """What the outage banner says, for any front end: each monitor down now (with the
    tickets tagged since it began), then each recovered less than `within` ago that
    still has tagged tickets nobody answered. Reads tickets only when there is one."""
    now = now or datetime.now(UTC)
    views = monitors(data_dir, now)
    recovered = {v.name for v in recently_recovered(data_dir, within, now)}
    if not any(v.state == DOWN for v in views) and not recovered:
        return []
    live = store.list_tickets([s for s in Status if s is not Status.CLOSED])
    out = []
    for v in views:
        if v.state == DOWN and v.outage is not None:
            out.append(OutageInfo(v, select_tagged(live, v.name, v.outage, v.history)))
        elif v.name in recovered:
            waiting = awaiting_resolution(store, v)
            if waiting:
                out.append(OutageInfo(v, waiting, recovered=True))
    return out
