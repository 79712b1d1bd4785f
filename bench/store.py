"""Store benchmark: write and list latency at 1k, 10k and 100k tickets (5 messages each).

    .venv/bin/python bench/store.py [--sizes 1000,10000,100000] [--ops 200]

Prints, per desk size: median (and p90) latency of one status change, of one new ticket
with its message, of listing open tickets in a warm process (the TUI's case) and of the
first listing in a fresh process (the CLI's case), plus resident memory. The desk is
shaped like a real one: the newest 2,000 tickets are active or recently solved, older
ones closed and archived. Targets (issue 2): write <= 20 ms median and list <= 50 ms at
100k, write latency at 100k within 2x of 1k. Not a test: figures only.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from supportdesk.config import load_config
from supportdesk.desk import Desk
from supportdesk.models import Direction, Incoming, Message, Person, Status, Ticket, utcnow
from supportdesk.store import open_store

RECENT = 2000
TEXT = "Hello, my payment did not arrive and the dashboard shows an error. " * 6


def build(root: Path, n: int) -> None:
    """Create n tickets with 5 messages each, 500 tickets per transaction."""
    store = open_store(root)
    now = utcnow()
    statuses = [Status.OPEN, Status.OPEN, Status.NEW, Status.PENDING, Status.SOLVED]
    done = 0
    while done < n:
        with store.transaction() as tx:
            for i in range(done, min(n, done + 500)):
                at = now - timedelta(minutes=n - i)
                recent = i >= n - RECENT
                t = tx.new_ticket(
                    Ticket(
                        0,
                        f"Ticket {i}",
                        Person(f"Customer {i}", f"c{i}@example.com"),
                        created_at=at,
                        updated_at=at,
                    )
                )
                for k in range(5):
                    d = Direction.IN if k % 2 == 0 else Direction.OUT
                    tx.add_message(
                        Message(
                            t.id, d, t.customer, t.subject, TEXT, at, message_id=f"{i}.{k}@bench"
                        )
                    )
                t.message_count = 5
                t.status = statuses[i % 5] if recent else Status.CLOSED
                tx.put_ticket(t)
        done = min(n, done + 500)


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def fmt(samples: list[float]) -> str:
    p90 = statistics.quantiles(samples, n=10)[-1] if len(samples) >= 10 else max(samples)
    return f"{statistics.median(samples):7.2f} ms (p90 {p90:6.2f})"


COLD_LIST = """
import sys, time
t0 = time.perf_counter()
from supportdesk.store import open_store
from supportdesk.models import Status
s = open_store(sys.argv[1])
n = len(s.list_tickets(None if sys.argv[2] == "all" else [Status.OPEN]))
ms = (time.perf_counter() - t0) * 1000
# VmHWM, not ru_maxrss: Linux carries the parent's peak into ru_maxrss across exec.
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(ms, hwm / 1024)
"""


def fresh_process(root: Path, which: str) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", COLD_LIST, str(root), which],
        capture_output=True,
        text=True,
        check=True,
    )
    ms, rss = out.stdout.split()
    return float(ms), float(rss)


def measure(n: int, ops: int, keep: Path | None) -> dict[str, str]:
    tmp = Path(tempfile.mkdtemp(prefix=f"sd-bench-{n}-", dir=keep))
    root = tmp / "desk"
    t0 = time.perf_counter()
    build(root, n)
    build_s = time.perf_counter() - t0
    desk = Desk(open_store(root), load_config(None), "bench")
    active = [t.id for t in desk.list_tickets("active")]
    rng = random.Random(1)
    cycle = iter(range(10**9))

    def status_change() -> None:
        desk.set_status(rng.choice(active), rng.choice(["open", "pending"]))

    def new_ticket() -> None:
        k = next(cycle)
        desk.import_messages(
            [
                Incoming(
                    Message(
                        0,
                        Direction.IN,
                        Person("New", "new@example.com"),
                        f"new {k}",
                        TEXT,
                        utcnow(),
                        message_id=f"new{k}@b",
                    )
                )
            ]
        )

    def list_open() -> None:
        desk.list_tickets("open")

    write = timed(status_change, ops)
    create = timed(new_ticket, ops)
    listing = timed(list_open, ops)
    desk.store.list_tickets()  # warm the archive too, for the memory figure
    everything = timed(lambda: desk.list_tickets("all"), 5)
    cold = [fresh_process(root, "open") for _ in range(5)]
    cold_all = fresh_process(root, "all")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    shutil.rmtree(tmp, ignore_errors=True)
    return {
        "tickets": f"{n:,}",
        "build": f"{build_s:.1f} s",
        "status change": fmt(write),
        "new ticket+message": fmt(create),
        "list open (warm)": fmt(listing),
        "list open (new process)": fmt([ms for ms, _ in cold]),
        "list all incl. archive (warm)": fmt(everything),
        "RSS, process that listed open": f"{cold[0][1]:.0f} MB",
        "RSS, process that listed all": f"{cold_all[1]:.0f} MB ({cold_all[0]:.0f} ms)",
        "peak RSS of the benchmark": f"{rss:.0f} MB (includes building the desk)",
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--ops", type=int, default=200)
    ap.add_argument("--dir", type=Path, help="where to build the desks (default: $TMPDIR)")
    args = ap.parse_args()
    for n in (int(s) for s in args.sizes.split(",")):
        # One process per size, so RSS and caches of one size do not leak into the next.
        if len(args.sizes.split(",")) > 1:
            cmd = [sys.executable, __file__, "--sizes", str(n), "--ops", str(args.ops)]
            if args.dir:
                cmd += ["--dir", str(args.dir)]
            subprocess.run(cmd, check=True)
            continue
        res = measure(n, args.ops, args.dir)
        print(f"== {res.pop('tickets')} tickets, 5 messages each")
        for k, v in res.items():
            print(f"  {k:32s} {v}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
