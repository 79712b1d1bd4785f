"""TUI benchmark: launch → first painted queue at 1k, 10k, 100k tickets; search keystroke
→ repainted queue at 100k; peak memory. Figures only, not a test.

    .venv/bin/python bench/tui.py [--sizes 1000,10000,100000] [--dir DIR [--keep]]

Desks are built with bench/store.py's `build` (5 messages per ticket; the newest 2,000
active, older ones closed and archived). Each size runs in a fresh process, headless
(no terminal I/O, which over SSH adds the link's latency). "first paint" is measured
from process start (imports included) to the first frame holding queue rows, for the
default view (active tickets) and for the "all" view; search is the time from setting
the search box's text to the repainted queue, over the "all" view, and "filter" the
part of it spent filtering (the search handler on the event loop). Peak memory is the
child's own high-water mark (VmHWM): `ru_maxrss` after fork+exec also counts the
parent's pages, which made every figure ~970 MB while the parent held a 100k desk it
had just built. `--keep` leaves the desks in `--dir` and reuses them next time (a 100k
desk takes minutes to build). Targets (issue 6): first paint <= 1 s at 100k, search
<= 50 ms at 100k, memory <= 400 MB at 100k.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

START = time.perf_counter()
sys.path.insert(0, str(Path(__file__).resolve().parent))

CHILD = "child"


def peak_rss_mb() -> float:
    """This process's peak resident memory (Linux VmHWM; ru_maxrss elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def gc_pauses() -> dict[str, float]:
    """Start timing the cyclic GC; the dict fills in as collections happen: the longest
    pause, the total, and how many full (generation 2) collections ran."""
    import gc

    stats = {"gc_max_ms": 0.0, "gc_total_ms": 0.0, "gc_full": 0}
    began: list[float] = []

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began.append(time.perf_counter())
            return
        ms = (time.perf_counter() - began.pop()) * 1000 if began else 0.0
        stats["gc_max_ms"] = max(stats["gc_max_ms"], ms)
        stats["gc_total_ms"] += ms
        stats["gc_full"] += info.get("generation") == 2

    gc.callbacks.append(callback)
    return stats


def child(root: Path, view: str) -> None:
    import asyncio

    pauses = gc_pauses()

    from supportdesk.config import load_config
    from supportdesk.desk import Desk
    from supportdesk.store import open_store
    from supportdesk.tui.app import SupportdeskApp
    from supportdesk.tui.screens.main import MainScreen
    from supportdesk.tui.widgets.queue import QueueView

    result: dict[str, object] = {}
    painted = asyncio.Event()
    original = QueueView.set_tickets

    def set_tickets(self: QueueView, tickets: list, keep: int | None = None) -> None:
        original(self, tickets, keep)
        if tickets and "first_paint_s" not in result:

            def mark() -> None:
                result["first_paint_s"] = time.perf_counter() - START
                result["rows"] = len(tickets)
                painted.set()

            self.call_after_refresh(mark)

    QueueView.set_tickets = set_tickets  # type: ignore[method-assign]
    render = QueueView.render_line
    rendered: dict[str, object] = {}

    def render_line(self: QueueView, y: int) -> object:
        rendered["at"], rendered["rows"] = time.perf_counter(), self.tickets
        return render(self, y)

    QueueView.render_line = render_line  # type: ignore[method-assign]
    apply_search = MainScreen._apply_search
    filtering: list[float] = []

    def timed_apply(self: MainScreen, keep: int | None = None) -> None:
        start = time.perf_counter()
        apply_search(self, keep)
        filtering.append(time.perf_counter() - start)

    MainScreen._apply_search = timed_apply  # type: ignore[method-assign]
    desk = Desk(open_store(root), load_config(None), "bench")

    async def run() -> None:
        app = SupportdeskApp(desk)
        async with app.run_test(size=(160, 48), notifications=False) as pilot:
            await asyncio.wait_for(painted.wait(), 120)
            main = app.screen
            if view == "all":
                main.set_view("all")
                await app.workers.wait_for_complete()
                await pilot.pause()
                box = main.query_one("#search")
                samples, direct = [], []
                for query in ("t", "ti", "tic", "ticket 9", "ticket 99", "customer 12", ""):
                    await asyncio.sleep(0.5)  # let the previous body-text worker start
                    rendered.clear()
                    filtering.clear()
                    before = main.queue.tickets
                    start = time.perf_counter()
                    box.value = query  # Input.Changed → filter → queue repaint
                    while not (
                        rendered.get("rows") is main.queue.tickets
                        and main.queue.tickets is not before
                    ):
                        await asyncio.sleep(0.0005)
                    samples.append((float(rendered["at"]) - start) * 1000)
                    direct.append(filtering[0] * 1000)  # filter + set rows, on the loop
                result["search_ms_median"] = statistics.median(samples)
                result["search_ms_max"] = max(samples)
                result["filter_ms_median"] = statistics.median(direct)
                result["all_rows"] = len(main.base)
        result["peak_rss_mb"] = peak_rss_mb()
        result.update(pauses)

    asyncio.run(run())
    print(json.dumps(result))


def parent() -> None:
    from store import build

    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--dir", type=Path, help="where to build the desks (default: $TMPDIR)")
    ap.add_argument("--keep", action="store_true", help="keep the desks in --dir and reuse them")
    args = ap.parse_args()
    if args.keep and not args.dir:
        ap.error("--keep needs --dir")
    base = args.dir if args.keep else Path(tempfile.mkdtemp(dir=args.dir, prefix="bench-tui-"))
    try:
        for n in (int(s) for s in args.sizes.split(",")):
            root = base / f"desk-{n}"
            done = base / f"desk-{n}.built"
            if done.exists():
                print(f"{n:>7} tickets: reusing {root}", flush=True)
            else:
                shutil.rmtree(root, ignore_errors=True)
                t = time.perf_counter()
                build(root, n)
                done.touch()
                print(f"{n:>7} tickets: desk built in {time.perf_counter() - t:.1f} s", flush=True)
            for view in ("active", "all"):
                out = subprocess.run(
                    [sys.executable, __file__, CHILD, str(root), view],
                    capture_output=True, text=True, check=True,
                )  # fmt: skip
                r = json.loads(out.stdout.strip().splitlines()[-1])
                line = (
                    f"{n:>7} tickets, view {view:<6}: first paint {r['first_paint_s']:.2f} s "
                    f"({r['rows']} rows), peak RSS {r['peak_rss_mb']:.0f} MB, "
                    f"GC pauses: longest {r['gc_max_ms']:.0f} ms, total {r['gc_total_ms']:.0f} ms, "
                    f"{r['gc_full']} full"
                )
                if "search_ms_median" in r:
                    line += (
                        f"; search over {r['all_rows']} rows: median "
                        f"{r['search_ms_median']:.1f} ms, max {r['search_ms_max']:.1f} ms "
                        f"(keystroke to repainted frame; filter alone {r['filter_ms_median']:.1f} ms)"
                    )
                print(line, flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == CHILD:
        child(Path(sys.argv[2]), sys.argv[3])
    else:
        parent()
