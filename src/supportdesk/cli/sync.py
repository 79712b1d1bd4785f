"""`supportdesk sync [--once] [--source NAME] [--json]`."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any

from supportdesk.cli.context import desk_of
from supportdesk.cli.output import print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="pull every source into the queue")
    p.add_argument(
        "--once", action="store_true", help="one pass, then exit (default: keep running)"
    )
    p.add_argument(
        "--watch",
        action="store_true",
        help="keep running, checking [[monitors]] too (the default without --once)",
    )
    p.add_argument("--source", metavar="NAME", help="only this source")
    p.add_argument("--json", action="store_true", help="per-source summary as JSON")
    p.set_defaults(handler=sync)


def _print(reports: dict[str, Any], as_json: bool) -> None:
    data = {name: r.as_dict() for name, r in reports.items()}
    if as_json:
        print_json(data)
        return
    for name, r in data.items():
        quiet = ("errors", "notes")
        counts = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in r.items() if k not in quiet)
        print(f"{name}: {counts}", file=sys.stderr)
        for note in r["notes"]:
            print(f"{name}: note: {note}", file=sys.stderr)
        for err in r["errors"]:
            print(f"{name}: error: {err}", file=sys.stderr)


@contextlib.contextmanager
def _monitors(desk: Any, data_dir: Any) -> Iterator[None]:
    """Run the desk's monitors in a background thread while the block runs (one process
    per desk checks: the `monitors` role)."""
    if not desk.config.monitors:
        yield
        return
    from supportdesk.desk import resolve_data_dir
    from supportdesk.monitors.runner import MonitorRole

    def report(status: Any) -> None:
        print(status.text + (f": {status.error}" if status.error else ""), file=sys.stderr)

    role = MonitorRole(
        desk.store, desk.config.monitors, resolve_data_dir(desk.config, data_dir), report
    )
    thread = role.start_thread()
    try:
        yield
    finally:
        role.stop()
        thread.join(10)


def sync(args: argparse.Namespace) -> int:
    from supportdesk.channels.registry import open_sources
    from supportdesk.errors import DeskError
    from supportdesk.sync import SYNC_LOCK, SyncService

    desk = desk_of(args)
    sources = open_sources(desk.config, args.source)
    if not sources and not (desk.config.monitors and not args.once):
        raise DeskError("no [[sources]] in the config: nothing to sync")

    def progress(name: str, n: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{name}: {n} messages", end="", file=sys.stderr, flush=True)

    service = SyncService(desk, sources, progress)
    failed = False
    with desk.store.exclusive(SYNC_LOCK):
        try:
            if args.once:
                reports = service.sync_once()
                service.warm_report()  # the lead's report reads only what is new (issue 9)
                _print(reports, args.json)
                failed = any(r.errors for r in reports.values())
            else:
                stop = threading.Event()
                for sig in (signal.SIGINT, signal.SIGTERM):
                    signal.signal(sig, lambda *_: stop.set())
                polls = [getattr(cfg, "poll_seconds", 60) for cfg in desk.config.sources]
                with _monitors(desk, args.data_dir):  # site watch runs beside sync (issue 10)
                    service.run(stop, float(min(polls or [60])), lambda r: _print(r, args.json))
        finally:
            service.close()
    return 1 if failed else 0
