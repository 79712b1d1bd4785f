"""Monitor loop benchmark: 50 monitors against a local site, beside a busy event loop.

    .venv/bin/python bench/monitors.py [--monitors 50] [--interval 5] [--seconds 30] [--tui]

The watched site runs in a child process, so this process's CPU time is the checker
alone (plus the probe). The checker is the real `MonitorRole` in a thread, as in the
TUI and `supportdesk sync`; beside it an asyncio loop (or, with --tui, the real
Textual app on the same desk, headless) wakes every 10 ms and records how late each
wake-up is: that lateness is what an agent would feel as UI delay.

Prints, for an idle baseline (probe only) and with the monitors running:
- CPU use as % of one core (process CPU time / wall time);
- event-loop lag p50 / p99 / max in ms;
- checks done, CPU per check, and the CPU % extrapolated to the default 60 s interval.
Target (issue 10): < 2% of one core at 50 monitors, no UI delay. Figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import statistics
import tempfile
import threading
import time
from pathlib import Path

PROBE = 0.010  # seconds between probe wake-ups


def serve(conn) -> None:  # the site, in a child process
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.peers.site import Site

    with Site() as site:
        conn.send(site.url)
        conn.recv()  # until the parent says stop


async def probe(seconds: float) -> list[float]:
    """Lateness of each 10 ms sleep, in ms."""
    lags = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        t = time.perf_counter()
        await asyncio.sleep(PROBE)
        lags.append((time.perf_counter() - t - PROBE) * 1000)
    return lags


def measure(run) -> tuple[float, list[float], float]:
    """(cpu % of one core, lags, wall seconds) of `run()`, which returns lags."""
    wall0, cpu0 = time.perf_counter(), time.process_time()
    lags = run()
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return 100 * cpu / wall, lags, wall


def describe(name: str, cpu: float, lags: list[float]) -> str:
    q = statistics.quantiles(lags, n=100) if len(lags) >= 2 else [0.0] * 99
    return (
        f"{name:<22} CPU {cpu:5.2f}% of one core   loop lag p50 {q[49]:5.2f} ms  "
        f"p99 {q[98]:5.2f} ms  max {max(lags):6.2f} ms"
    )


def config_text(url: str, data_dir: Path, n: int, interval: float) -> str:
    from supportdesk.demo.seed import demo_config_toml

    text = demo_config_toml(str(data_dir), str(data_dir.parent / "outbox"))
    for i in range(n):
        text += (
            f'\n[[monitors]]\nname = "site{i:02d}"\nurl = "{url}?m={i}"\n'
            f'interval = {interval}\ntimeout = 5\nexpect_text = "operational"\n'
        )
    return text


def count_checks(data_dir: Path) -> int:
    return sum(
        p.read_bytes().count(b"\n") for p in (data_dir / "monitors" / "log").rglob("*.jsonl")
    )


def run_asyncio(desk, args) -> tuple[float, list[float], float]:
    from supportdesk.monitors.runner import MonitorRole

    role = MonitorRole(desk.store, desk.config.monitors, desk.store.root)  # type: ignore[attr-defined]

    def run() -> list[float]:
        thread = role.start_thread()
        try:
            return asyncio.run(probe(args.seconds))
        finally:
            role.stop()
            thread.join(10)

    return measure(run)


def run_tui(desk, args) -> tuple[float, list[float], float]:
    """The real app, headless, with its own background checker; the probe is a
    Textual timer on the app's event loop."""
    from supportdesk.tui.app import SupportdeskApp

    app = SupportdeskApp(desk)
    lags: list[float] = []

    async def drive() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause(1.0)  # first paint and the first queue load
            lags.extend(await probe(args.seconds))

    def run() -> list[float]:
        asyncio.run(drive())
        return lags

    return measure(run)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--monitors", type=int, default=50)
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between checks")
    parser.add_argument("--seconds", type=float, default=30.0, help="measuring time")
    parser.add_argument("--tui", action="store_true", help="inside the real TUI (headless)")
    args = parser.parse_args()

    from supportdesk.config import parse_config
    from supportdesk.demo.seed import seed
    from supportdesk.desk import Desk
    from supportdesk.store import open_store

    parent, child = mp.Pipe()
    server = mp.Process(target=serve, args=(child,), daemon=True)
    server.start()
    url = parent.recv()
    root = Path(tempfile.mkdtemp(prefix="bench-monitors-"))
    data_dir = root / "desk"
    config = parse_config(config_text(url, data_dir, args.monitors, args.interval), "bench.toml")
    store = open_store(data_dir)
    seed(store, config)
    desk = Desk(store, config, "ana")
    idle_desk = Desk(store, parse_config(config_text(url, data_dir, 0, 60), "idle.toml"), "ana")
    try:
        where = "TUI (headless)" if args.tui else "asyncio loop"
        runner = run_tui if args.tui else run_asyncio
        print(
            f"{args.monitors} monitors, interval {args.interval:g}s, {args.seconds:g}s "
            f"measured, beside: {where}; threads at start: {threading.active_count()}"
        )
        if args.tui:
            cpu0, lags0, _ = run_tui(idle_desk, args)
        else:
            cpu0, lags0, _ = measure(lambda: asyncio.run(probe(args.seconds)))
        print(describe("idle (probe only)", cpu0, lags0))
        before = count_checks(data_dir)
        cpu, lags, wall = runner(desk, args)
        checks = count_checks(data_dir) - before
        print(describe("with monitors", cpu, lags))
        extra = max(0.0, cpu - cpu0) / 100 * wall  # CPU seconds the monitors cost
        per_check = extra / checks if checks else float("nan")
        at_60 = per_check * args.monitors / 60 * 100
        print(
            f"checks done: {checks} ({checks / wall:.1f}/s); monitors' CPU {extra * 1000:.0f} ms "
            f"= {per_check * 1000:.2f} ms per check"
        )
        print(
            f"at the default 60 s interval, {args.monitors} monitors would use "
            f"{at_60:.2f}% of one core (target < 2%)"
        )
    finally:
        parent.send("stop")
        server.join(5)


if __name__ == "__main__":
    main()
