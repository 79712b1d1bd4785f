"""Report benchmark: the response-time report over 100k tickets and 1M events.

    .venv/bin/python bench/report.py [--tickets 100000] [--events-per-ticket 10] [--keep DIR]

Builds a desk directly through the store API (tickets and events, no messages: the
report reads only the event log and the active tickets), spread over 90 days with 12
agents: per ticket a creation, customer messages (some auto-replies), a claim, replies
with their `reply_queued` lines, a note, escalation or tone override, a resolution.
Then runs, each in a fresh child process: the report over the whole history folding the
log, then building the log's summary (metrics/summary.py), then from the summary over
the last 7 days and the whole history, then after appending a few events (a kept desk
grows by those each run), and `supportdesk report --format json` end to end, printing
wall time, the child's CPU time (wall time is noisy on a shared machine), peak RSS.
Targets (issue 9): <= 2 s and <= 500 MB. Figures, not a test.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from supportdesk.models import Event, Person, Priority, Status, Ticket, utcnow
from supportdesk.store import open_store

AGENTS = [f"agent{i:02d}" for i in range(12)]
PRIORITIES = ["low", "normal", "normal", "normal", "high", "urgent"]
BATCH = 1000  # tickets per transaction


def ticket_events(tid: int, start, rnd: random.Random, per_ticket: int) -> list[Event]:
    """About `per_ticket` events of one ticket's life, in order."""
    agent = rnd.choice(AGENTS)
    priority = rnd.choice(PRIORITIES)
    t = start
    out = [
        Event("ticket_created", tid, "", t, {"source": "inbox", "priority": priority}),
        Event("message_in", tid, "", t, {"message": f"{tid}-1"}),
    ]

    def later(max_minutes: int) -> object:
        nonlocal t
        t = t + timedelta(minutes=rnd.randint(1, max_minutes))
        return t

    out.append(Event("claim", tid, agent, later(30), {"previous": ""}))
    n = 2
    while len(out) < per_ticket - 3:
        written = later(240)
        out.append(Event("reply_queued", tid, agent, written, {"message": f"{tid}-{n}"}))
        data: dict[str, object] = {"message": f"{tid}-{n}", "written_at": written.isoformat()}
        if rnd.random() < 0.3:
            data["template"] = rnd.choice(["acknowledgement", "delay", "resolved", "refund"])
        out.append(Event("reply", tid, agent, later(1), data))
        if rnd.random() < 0.15:
            out.append(Event("message_in", tid, "", later(5), {"auto_reply": True}))
        out.append(Event("message_in", tid, "", later(600), {"message": f"{tid}-{n + 1}"}))
        n += 2
    out = out[: per_ticket - 2]
    while len(out) < per_ticket - 2:
        extra = rnd.choice(["note", "note", "escalate", "tone_override"])
        out.append(Event(extra, tid, agent, later(10), {}))
    out.append(Event("status", tid, agent, later(120), {"status": "solved"}))
    out.append(Event("reply_edited", tid, agent, later(1), {}))  # a kind the report skips
    return out


def build(root: Path, tickets: int, per_ticket: int) -> int:
    store = open_store(root)
    rnd = random.Random(9)
    now = utcnow()
    # The last ticket's life (at most ~31 hours) ends before now, as on a real desk: a
    # report up to now then covers every event and can start from the log's summary.
    first = now - timedelta(days=92)
    step = timedelta(days=90) / tickets
    events = 0
    for lo in range(0, tickets, BATCH):
        with store.transaction() as tx:
            for i in range(lo, min(tickets, lo + BATCH)):
                at = first + step * i
                active = i >= tickets - 2000
                t = tx.new_ticket(
                    Ticket(
                        0,
                        f"Ticket {i}",
                        Person(f"Customer {i}", f"c{i}@example.com"),
                        priority=Priority(rnd.choice(PRIORITIES)),
                        status=Status.OPEN if active else Status.CLOSED,
                        assignee=rnd.choice(AGENTS),
                        created_at=at,
                        updated_at=at,
                    )
                )
                for ev in ticket_events(t.id, at, rnd, per_ticket):
                    tx.log(ev)
                    events += 1
    return events


APPEND = 100  # events a bench run appends to a kept desk, to time extending the summary


def append(root: Path) -> None:
    """One more transaction in the log: notes on the newest ticket, logged now."""
    store = open_store(root)
    newest = max(t.id for t in store.list_tickets([Status.OPEN]))
    with store.transaction() as tx:
        for _ in range(APPEND):
            tx.log(Event("note", newest, AGENTS[0], utcnow(), {}))


CHILD = """
import sys, time
from pathlib import Path
from datetime import timedelta
from supportdesk.config import parse_config
from supportdesk.store import open_store
from supportdesk.metrics.period import Period
from supportdesk.metrics.report import build_report
from supportdesk.models import utcnow
now = utcnow()
days, summary = int(sys.argv[2]), sys.argv[3] == "summary"
start = time.perf_counter()
report = build_report(open_store(Path(sys.argv[1])), parse_config("", "bench"),
                      Period(now - timedelta(days=days), now), now=now, summary=summary)
import resource
use = resource.getrusage(resource.RUSAGE_SELF)
print(time.perf_counter() - start, report.team.replies, report.team.first_response.count,
      report.team.sla_breaches, use.ru_maxrss / 1024, use.ru_utime + use.ru_stime)
"""

# The real command in this process, then its own peak RSS (MB) on stderr's last line.
CLI = """
import resource, runpy, sys
sys.argv = ["supportdesk", *sys.argv[1:]]
try:
    runpy.run_module("supportdesk", run_name="__main__")
finally:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, file=sys.stderr)
"""


def child(cmd: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run `cmd` in a fresh process; (wall seconds, the finished process)."""
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, done


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tickets", type=int, default=100_000)
    ap.add_argument("--events-per-ticket", type=int, default=10)
    ap.add_argument("--keep", type=Path, help="build (or reuse) the desk here")
    args = ap.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="sd-report-bench-"))
    try:
        if not (root / "events").is_dir():
            start = time.perf_counter()
            n = build(root, args.tickets, args.events_per_ticket)
            print(
                f"built {args.tickets} tickets, {n} events in {time.perf_counter() - start:.1f} s"
            )
        size = sum(p.stat().st_size for p in (root / "events").glob("*.jsonl")) / 1e6
        print(f"event log: {size:.0f} MB")
        summary = root / "cache" / "report-summary.bin"
        runs = [
            ("all history, folding the whole log (no summary)", 3650, "fold"),
            ("all history, building the summary (first report)", 3650, "summary"),
            ("the last 7 days (summary)", 7, "summary"),
            ("all history (summary)", 3650, "summary"),
            (f"all history (summary extended by {APPEND} new events)", 3650, "summary"),
        ]
        for label, days, mode in runs:
            if "building" in label:
                summary.unlink(missing_ok=True)
            if "extended" in label:
                append(root)
            wall, done = child([sys.executable, "-c", CHILD, str(root), str(days), mode])
            inner, replies, first, breaches, rss, cpu = done.stdout.split()
            print(
                f"report over {label}: "
                f"{float(inner):.2f} s in build_report, {wall:.2f} s whole process "
                f"({float(cpu):.2f} s CPU: the machine is shared), "
                f"peak RSS {float(rss):.0f} MB (replies {replies}, first responses {first}, "
                f"breaches {breaches})"
            )
        args_ = ["--data-dir", str(root), "report", "--since", "3650d", "--format", "json"]
        wall, done = child([sys.executable, "-c", CLI, *args_])
        rss = float(done.stderr.strip().splitlines()[-1])
        print(
            f"`supportdesk report --since 3650d --format json`: {wall:.2f} s, "
            f"peak RSS {rss:.0f} MB, {len(done.stdout) / 1e6:.1f} MB of JSON"
        )
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
