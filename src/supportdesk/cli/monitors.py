"""`supportdesk monitors [--json]` and `supportdesk monitors check [NAME] [--json]`.

The listing reads what the desk's checker recorded (any process may be running it);
`check` runs one check of each monitor (or NAME) now. When no other process holds the
monitors role, the check is recorded like any other (log, state, banner); when one
does, the result is only printed, so two writers never race on the state file.
Exit 1 from `check` if any monitor's check failed (the site is down now).
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from supportdesk.cli.context import config_of
from supportdesk.cli.output import print_json
from supportdesk.text import clean

if TYPE_CHECKING:
    from supportdesk.config import Config
    from supportdesk.monitors import CheckResult, MonitorView


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("monitors", help="site monitors: state, uptime, latency, certificates")
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    p.set_defaults(handler=list_monitors)
    inner = p.add_subparsers(dest="monitors_command", metavar="COMMAND")
    c = inner.add_parser("check", help="check now (every monitor, or NAME); exit 1 if one is down")
    c.add_argument("name", nargs="?", metavar="NAME", help="only this monitor")
    c.add_argument("--json", action="store_true", help="one JSON document on stdout")
    c.set_defaults(handler=check_monitors)


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}%"


def _when(value: datetime | None, now: datetime) -> str:
    if value is None:
        return "-"
    local = value.astimezone()
    return local.strftime("%H:%M") if (now - value).days < 1 else local.strftime("%Y-%m-%d")


def _cert(view: MonitorView, now: datetime) -> str:
    days = view.cert_days(now)
    if days is None:
        return "-"
    mark = " !" if days < view.cert_warn_days else ""
    return f"{days:.0f} d{mark}"


def table(views: list[MonitorView], now: datetime) -> str:
    head = (
        "NAME",
        "STATE",
        "SINCE",
        "LAST MS",
        "UP 24H",
        "UP 7D",
        "P50/P95 24H",
        "P50/P95 7D",
        "CERT",
    )
    rows = []
    for v in views:
        last = v.last
        rows.append(
            (
                clean(v.name, single_line=True),
                v.state,
                _when(v.since, now),
                _ms(last.total_ms if last else None),
                _pct(v.day.get("uptime")),
                _pct(v.week.get("uptime")),
                f"{_ms(v.day.get('p50_ms'))}/{_ms(v.day.get('p95_ms'))}",
                f"{_ms(v.week.get('p50_ms'))}/{_ms(v.week.get('p95_ms'))}",
                _cert(v, now),
            )
        )
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(head, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    for v in views:
        if v.last is not None and v.last.error:
            lines.append(
                f"{clean(v.name, single_line=True)}: last check: {clean(v.last.error, single_line=True)}"
            )
    return "\n".join(lines)


def list_monitors(args: argparse.Namespace) -> int:
    from supportdesk.desk import resolve_data_dir
    from supportdesk.monitors.view import overview

    config = config_of(args)
    now = datetime.now(UTC)
    views = overview(config.monitors, resolve_data_dir(config, args.data_dir), now)
    if args.json:
        print_json({"monitors": [v.as_json(now) for v in views]})
    elif not views:
        print("no [[monitors]] in the config", file=sys.stderr)
    else:
        print(table(views, now))
    return 0


def _result_json(r: CheckResult, state: str | None, now: datetime) -> dict[str, Any]:
    days = r.cert_days(now)
    return {
        "name": r.monitor,
        "ok": r.ok,
        "status": r.status,
        "ttfb_ms": None if r.ttfb_ms is None else round(r.ttfb_ms, 1),
        "total_ms": None if r.total_ms is None else round(r.total_ms, 1),
        "error": r.error,
        "cert_expires": r.cert_expires.isoformat() if r.cert_expires else None,
        "cert_days_left": None if days is None else round(days, 1),
        "state": state,
    }


def _result_line(r: CheckResult, state: str | None, now: datetime) -> str:
    name = clean(r.monitor, single_line=True)
    if not r.ok:
        text = f"{name}: DOWN: {clean(r.error, single_line=True)}"
    else:
        text = f"{name}: ok {r.status} in {_ms(r.total_ms)} ms (first byte {_ms(r.ttfb_ms)} ms)"
    days = r.cert_days(now)
    if days is not None:
        text += f", certificate expires in {days:.0f} days"
    if state is not None:
        text += f" [state: {state}]"
    return text


def check_monitors(args: argparse.Namespace) -> int:
    import asyncio

    from supportdesk.desk import resolve_data_dir
    from supportdesk.errors import StoreBusy
    from supportdesk.monitors.check import Checker
    from supportdesk.monitors.runner import MONITOR_LOCK, Scheduler
    from supportdesk.store import open_store

    config = config_of(args)
    if args.name is not None:
        chosen = [config.monitor(args.name)]  # NotFound: one line naming the monitor
    elif not config.monitors:
        from supportdesk.errors import DeskError

        raise DeskError("no [[monitors]] in the config: nothing to check")
    else:
        chosen = list(config.monitors)
    data_dir = resolve_data_dir(config, args.data_dir)
    store = open_store(data_dir)
    states: dict[str, str] = {}
    recorded = True
    try:
        with store.exclusive(MONITOR_LOCK):
            scheduler = Scheduler(config.monitors, data_dir)

            async def run() -> list[CheckResult]:
                try:
                    return await scheduler.check(chosen)
                finally:
                    await scheduler.checker.aclose()

            results = asyncio.run(run())
            states = {name: st.state for name, st in scheduler.states.items()}
    except StoreBusy:
        recorded = False  # another process checks this desk: print, do not record

        async def once() -> list[CheckResult]:
            checker = Checker()
            index = {m.name: i for i, m in enumerate(config.monitors)}
            try:
                return list(
                    await asyncio.gather(*(checker.check(m, index[m.name]) for m in chosen))
                )
            finally:
                await checker.aclose()

        results = asyncio.run(once())
    now = datetime.now(UTC)
    if args.json:
        print_json(
            {
                "recorded": recorded,
                "results": [_result_json(r, states.get(r.monitor), now) for r in results],
            }
        )
    else:
        for r in results:
            print(_result_line(r, states.get(r.monitor), now))
        if not recorded:
            print(
                "note: another process checks this desk; this result was not recorded",
                file=sys.stderr,
            )
    return 1 if any(not r.ok for r in results) else 0


def doctor_lines(config: Config) -> list[tuple[bool, str, str]]:
    """`doctor`: one check of each monitor now (ok, "monitor NAME", detail); not recorded."""
    if not config.monitors:
        return []
    import asyncio

    from supportdesk.monitors.check import Checker

    async def run() -> list[CheckResult]:
        checker = Checker()
        try:
            return list(
                await asyncio.gather(*(checker.check(m, i) for i, m in enumerate(config.monitors)))
            )
        finally:
            await checker.aclose()

    now = datetime.now(UTC)
    lines = []
    for r in asyncio.run(run()):
        text = _result_line(r, None, now).split(": ", 1)[1]
        lines.append((r.ok, f"monitor {clean(r.monitor, single_line=True)}", text))
    return lines
