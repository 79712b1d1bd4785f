"""`supportdesk report`: response times, deadlines and first-contact resolution per agent.

    supportdesk report [--since 7d | --from DATE --to DATE] [--agent A]
                       [--format table|csv|json]

Dates are read in `[desk] timezone`; a date-only `--to` includes that day. The JSON
is design.md's shape plus extra keys (see `metrics.report`). Agent names come from the
event log, so they are cleaned of control characters before a table shows them.
"""

from __future__ import annotations

import argparse
import csv
import sys
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from supportdesk.cli.context import desk_of
from supportdesk.cli.output import print_json

if TYPE_CHECKING:
    from supportdesk.metrics.report import Report


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="response times per agent (R9, R10, R12)")
    when = p.add_mutually_exclusive_group()
    when.add_argument(
        "--since", metavar="AGE", help='a duration back from now ("7d", "24h") or "today"'
    )
    when.add_argument("--from", dest="start", metavar="WHEN", help="start date (2026-03-01)")
    p.add_argument("--to", dest="end", metavar="WHEN", help="end date, inclusive (with --from)")
    p.add_argument("--agent", dest="only_agent", metavar="A", help="only this agent's row")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--json", action="store_true", help="same as --format json")
    p.set_defaults(handler=report)


def report(args: argparse.Namespace) -> int:
    from supportdesk.metrics.period import parse_period

    desk = desk_of(args)
    if args.end is not None and args.since is not None:
        raise SystemExit(_usage("--to goes with --from, not with --since"))
    period = parse_period(
        since=args.since, start=args.start, end=args.end, tz=desk.config.desk.tzinfo
    )
    result = desk.report(period, agent=args.only_agent)
    fmt = "json" if args.json else args.format
    if fmt == "json":
        print_json(result.as_dict())
    elif fmt == "csv":
        _csv(result)
    else:
        _table(result)
    return 0


def _usage(message: str) -> int:
    print(f"supportdesk report: error: {message}", file=sys.stderr)
    return 2


def _csv(result: Report) -> None:
    from supportdesk.metrics.report import CSV_HEADER, csv_row

    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(CSV_HEADER)
    for a in result.rows():
        out.writerow(_blank(csv_row(a, result.label(a) or a.agent)))


def _blank(row: list[object]) -> list[object]:
    return ["" if v is None else v for v in row]


def _aligned(cells: Sequence[str], widths: Sequence[int]) -> str:
    """The first column left-aligned (names), the figures right-aligned."""
    return "  ".join(
        c.ljust(w) if i == 0 else c.rjust(w)
        for i, (c, w) in enumerate(zip(cells, widths, strict=True))
    )


def _table(result: Report) -> None:
    from supportdesk.metrics.report import HEADER, LEGEND, table_row
    from supportdesk.text import clean, span, truncate

    p = result.period
    print(
        f"{p.start.isoformat(timespec='minutes')} → {p.end.isoformat(timespec='minutes')}"
        f"  ({result.timezone}, calendar {result.calendar})"
    )
    rows = [
        table_row(a, result.label(a) or truncate(clean(a.agent, single_line=True), 16))
        for a in result.rows()
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(HEADER)]
    print(_aligned(HEADER, widths))
    for r in rows:
        print(_aligned(r, widths))
    print(textwrap.fill(LEGEND, 80))
    team = result.team
    if result.calendar.strip().lower() != "24/7":
        print(
            f"business time: first {span(team.first_response.business_median_s)} median, "
            f"next {span(team.next_response.business_median_s)} median"
        )
    if result.templates:
        top = ", ".join(f"{clean(n, single_line=True)} ({c})" for n, c in result.templates[:5])
        print(f"templates: {top}")
    busiest = max(range(24), key=lambda h: team.by_hour[h])
    if team.replies:
        print(f"busiest reply hour: {busiest:02d}:00 ({team.by_hour[busiest]} replies)")
    if isinstance(result.monitors, dict):
        _monitor_lines(result.monitors)


def _monitor_lines(section: dict[str, Any]) -> None:
    """Uptime per monitor and tickets per outage (issue 10), one line per monitor."""
    from supportdesk.text import clean

    for m in section.get("monitors", []):
        uptime = "no checks" if m["uptime"] is None else f"{m['uptime']:.2f}% up"
        outages = m["outages"]
        tickets = sum(o["tickets"] for o in outages)
        name = clean(str(m["name"]), single_line=True)
        print(f"monitor {name}: {uptime}, {len(outages)} outages, {tickets} tickets during them")
