"""Site watch (issue 10): know about an outage before the first angry email.

Monitors from `[[monitors]]` are checked over HTTP by one process per desk (the
`monitors` role, run beside sync by the TUI and `supportdesk sync`); the results go to
a JSON-lines log and to `status.json` in the data directory, which every agent's
process reads. While a monitor is down, new tickets are tagged `outage:<name>`.

Pure domain: no Textual or Rich. Layout of the modules:
- `model`: check results and the up/slow/down state machine (hysteresis);
- `check`: one HTTP check with httpx; `runner`: the scheduler and the role;
- `log`: the files; `stats`: uptime and percentiles; `view`: what screens and intake
  read; `report`: figures for the lead's report.
"""

from __future__ import annotations

from supportdesk.monitors.model import DOWN, SLOW, STATES, UNKNOWN, UP, CheckResult, Outage
from supportdesk.monitors.report import summary_for_report
from supportdesk.monitors.view import (
    MonitorView,
    OutageInfo,
    awaiting_resolution,
    current_outages,
    data_dir_of,
    monitors,
    outage_active,
    outage_overview,
    outage_tag,
    outage_tags,
    recently_recovered,
    select_tagged,
    tagged_tickets,
)

__all__ = [
    "DOWN",
    "SLOW",
    "STATES",
    "UNKNOWN",
    "UP",
    "CheckResult",
    "MonitorView",
    "Outage",
    "OutageInfo",
    "awaiting_resolution",
    "current_outages",
    "data_dir_of",
    "monitors",
    "outage_active",
    "outage_overview",
    "outage_tag",
    "outage_tags",
    "recently_recovered",
    "select_tagged",
    "summary_for_report",
    "tagged_tickets",
]
