"""Monitor figures for the lead's report (issue 9): uptime per monitor, tickets per outage."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supportdesk.monitors import log
from supportdesk.monitors.stats import figures
from supportdesk.monitors.view import monitors, tagged_tickets

if TYPE_CHECKING:
    from supportdesk.store import Store


def summary_for_report(
    data_dir: Path, start: datetime, end: datetime, store: Store | None = None
) -> dict[str, Any]:
    """`{"period", "monitors": [{name, checks, uptime, p50_ms, p95_ms, outages: [{start,
    end, failed_checks, tickets}]}]}` for [start, end). Uptime comes from the check
    log; outages from the state the checker kept; tickets are those tagged
    `outage:<name>` while it lasted (needs the desk's store: opened from `data_dir` if
    not given)."""
    if store is None:
        from supportdesk.store import open_store

        store = open_store(data_dir)
    out = []
    for m in monitors(Path(data_dir), end):
        fig = figures(log.read(data_dir, m.name, start, end))
        outages = []
        spans = [*m.history]
        if m.outage is not None:
            spans.append(m.outage)
        for o in spans:
            o_end = o.end or end
            if o.start >= end or o_end < start:
                continue
            tickets = tagged_tickets(store, m.name, o, spans)
            outages.append(
                {
                    "start": o.start.isoformat(),
                    "end": o.end.isoformat() if o.end else None,
                    "duration_s": round((o_end - o.start).total_seconds()),
                    "failed_checks": o.failed_checks,
                    "tickets": len(tickets),
                    "ticket_ids": sorted(t.id for t in tickets),
                }
            )
        out.append({"name": m.name, "url": m.url, **fig.as_json(), "outages": outages})
    return {"period": {"from": start.isoformat(), "to": end.isoformat()}, "monitors": out}
