"""The report's persisted log summary (metrics/summary.py) is never wrong, only faster.

Every test compares the report built from the summary with the report built by folding
the whole log (`summary=False`) on the same desk: after more events are appended, after
a crash while the summary was being written, with a torn line at the log's end, after
the log was rewritten, and while two processes append concurrently.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from supportdesk.config import Config, parse_config
from supportdesk.metrics.business import BusinessHours
from supportdesk.metrics.period import Period
from supportdesk.metrics.report import KINDS, build_report
from supportdesk.metrics.summary import NAME, summarised_fold
from supportdesk.models import Event
from supportdesk.store import Store, open_store
from tests.metrics_timelines import write

BEGIN = datetime(2026, 2, 20, 8, tzinfo=UTC)
CAL = '[desk]\ntimezone = "Europe/Bucharest"\n[sla]\ncalendar = "mon-fri 09:00-18:00"\n'

# Writes random ticket lives into a desk; run as a script by the concurrency test too.
WRITER = r"""
import random, sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from supportdesk.models import Event
from supportdesk.store import open_store

AGENTS = ["ana", "bob", "cy"]


def lives(rnd, first_id, count, begin):
    '''Steps of `count` tickets: auto-replies, late sends, reopens, escalations,
    reassignments, priority changes, status changes, notes, tone overrides.'''
    steps = []
    for tid in range(first_id, first_id + count):
        t = begin + timedelta(minutes=rnd.randint(0, 60 * 24 * 20))
        def later(most):
            nonlocal t
            t += timedelta(minutes=rnd.randint(1, most))
            return t
        prio = rnd.choice(["low", "normal", "high", "urgent"])
        steps.append(("ticket_created", tid, "", t, {"priority": prio}))
        steps.append(("message_in", tid, "", t, {}))
        for _ in range(rnd.randint(1, 6)):
            agent = rnd.choice(AGENTS)
            kind = rnd.choice(["reply", "reply", "message_in", "auto", "status", "claim",
                               "assign", "note", "escalate", "tone_override", "priority"])
            when = later(600)
            if kind == "reply":
                data = {"template": rnd.choice(["", "ack", "refund"])}
                if rnd.random() < 0.3:
                    data["written_at"] = (when - timedelta(minutes=20)).isoformat()
                if rnd.random() < 0.4:
                    data["status"] = rnd.choice(["solved", "pending", "closed"])
                steps.append(("reply", tid, agent, when, data))
            elif kind == "auto":
                steps.append(("message_in", tid, "", when, {"auto_reply": True}))
            elif kind == "status":
                status = rnd.choice(["solved", "open", "closed", "pending"])
                steps.append(("status", tid, agent, when, {"status": status}))
            elif kind == "assign":
                steps.append(("assign", tid, agent, when, {"assignee": rnd.choice(AGENTS)}))
            elif kind == "priority":
                steps.append(("priority", tid, agent, when, {"priority": "urgent"}))
            else:
                steps.append((kind, tid, "" if kind == "message_in" else agent, when, {}))
    return steps


def write(store, steps, per_tx=7):
    for i in range(0, len(steps), per_tx):
        with store.transaction() as tx:
            for kind, tid, agent, when, data in steps[i : i + per_tx]:
                tx.log(Event(kind, tid, agent, when, data))


if __name__ == "__main__":
    root, seed, first_id = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rnd = random.Random(seed)
    begin = datetime(2026, 2, 20, 8, tzinfo=UTC)
    write(open_store(Path(root)), lives(rnd, first_id, 40, begin), per_tx=3)
"""
_writer: dict[str, object] = {}
exec(compile(WRITER.replace('__name__ == "__main__"', "False"), "writer", "exec"), _writer)


def lives(seed: int, first_id: int, count: int) -> list[tuple]:
    return _writer["lives"](random.Random(seed), first_id, count, BEGIN)  # type: ignore[operator]


# All start in or before the log's first month: a fresh fold of a later period reads
# only the tickets the store holds as active, and these desks hold events only.
PERIODS = [
    Period(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC)),
    Period(datetime(2026, 2, 21, 10, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC)),
    Period(datetime(2026, 2, 25, 13, 7, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC)),
]
NOW = datetime(2026, 4, 1, tzinfo=UTC)  # some deadlines still running: `finish` counts


def assert_same(store: Store, config: Config) -> None:
    """The summary's report equals folding the whole log, for several periods."""
    for period in PERIODS:
        cached = build_report(store, config, period, now=NOW).as_dict()
        scratch = build_report(store, config, period, now=NOW, summary=False).as_dict()
        assert cached == scratch


def summarised_desk(root: Path, seed: int, tickets: int) -> tuple[Store, Config]:
    """A desk of random ticket lives (24/7), reported on once: it has a summary."""
    store = open_store(root)
    config = parse_config("", "c.toml")
    write(store, lives(seed, 1, tickets))
    assert_same(store, config)
    return store, config


def summary_used(store: Store, config: Config) -> bool:
    from supportdesk.metrics.report import Fold

    probe = Fold(0.0, PERIODS[0].end.timestamp(), {}, {}, _hours(config), None)
    return summarised_fold(store, config, probe, KINDS) is not None


def _hours(config: Config) -> BusinessHours:
    return BusinessHours(config.sla.schedule, config.desk.tzinfo)


@pytest.mark.parametrize("cfg", ["", CAL], ids=["24/7", "calendar"])
def test_summary_extended_by_appends_equals_a_fresh_fold(tmp_path: Path, cfg: str) -> None:
    store = open_store(tmp_path / "desk")
    config = parse_config(cfg, "c.toml")
    summary = tmp_path / "desk" / "cache" / NAME
    write(store, lives(1, 1, 60))
    assert_same(store, config)
    assert summary.exists() and summary_used(store, config)
    for seed in (2, 3):  # appended to the same month files, and into new ones
        write(store, lives(seed, seed * 100, 30))
        before = summary.stat().st_mtime_ns
        assert_same(store, config)
        assert summary.stat().st_mtime_ns != before  # extended, not left stale
    # another calendar: the same file is not reused for other facts
    other = parse_config("" if cfg else CAL, "c.toml")
    assert_same(store, other)
    assert_same(store, config)


def test_a_torn_last_line_is_folded_but_never_saved(tmp_path: Path) -> None:
    store, config = summarised_desk(tmp_path / "desk", 4, 40)
    log = sorted((tmp_path / "desk" / "events").glob("*.jsonl"))[-1]
    whole = Event("reply", 1, "ana", datetime(2026, 3, 30, tzinfo=UTC), {})
    from supportdesk.store import codec
    from supportdesk.store.files import dump_json

    line = dump_json(codec.event_to_dict(whole))
    # a writer mid-append: a whole event, then its newline; half a line, then the rest;
    # then a crash mid-append, and the next line is glued on
    for chunk in (line, b"\n", line[:30], line[30:] + b"\n", line[:25]):
        with log.open("ab") as fh:
            fh.write(chunk)
        assert_same(store, config)
    write(store, lives(5, 100, 10))
    assert_same(store, config)


def test_a_rewritten_or_earlier_log_file_starts_afresh(tmp_path: Path) -> None:
    from supportdesk.store.files import write_atomic

    store, config = summarised_desk(tmp_path / "desk", 6, 60)
    logs = sorted((tmp_path / "desk" / "events").glob("*.jsonl"))
    assert len(logs) >= 2
    # an event appended to an earlier month: in a fresh fold it comes before later files
    # a customer message for a ticket of the first month answered in the last one
    first = {json.loads(ln)["ticket_id"] for ln in logs[0].read_bytes().splitlines()}
    replies = [json.loads(ln) for ln in logs[-1].read_bytes().splitlines() if b'"reply"' in ln]
    tid = next(e["ticket_id"] for e in replies if e["ticket_id"] in first)
    late = Event("message_in", tid, "", datetime(2026, 2, 27, 23, tzinfo=UTC), {})
    write(store, [(late.kind, late.ticket_id, late.agent, late.at, late.data)])
    assert_same(store, config)
    assert summary_used(store, config)
    # the last file rewritten with a line dropped (same size prefix gone)
    lines = logs[-1].read_bytes().splitlines(keepends=True)
    drop = next(i for i, ln in enumerate(lines) if b'"kind":"reply"' in ln)
    write_atomic(logs[-1], b"".join(lines[:drop] + lines[drop + 1 :]))
    assert_same(store, config)
    assert summary_used(store, config)
    # rewritten in place, same inode and size: the bytes before the offset differ
    data = logs[-1].read_bytes()
    assert b'"agent":"ana"' in data
    with logs[-1].open("r+b") as fh:
        fh.write(data.replace(b'"agent":"ana"', b'"agent":"zed"'))
    assert_same(store, config)
    assert build_report(store, config, PERIODS[0], now=NOW).agent("zed") is not None


def test_a_corrupt_summary_is_ignored(tmp_path: Path) -> None:
    store, config = summarised_desk(tmp_path / "desk", 7, 40)
    summary = tmp_path / "desk" / "cache" / NAME
    data = bytearray(summary.read_bytes())
    data[-5] ^= 0xFF  # one flipped bit in a column: the checksum catches it
    summary.write_bytes(bytes(data))
    assert_same(store, config)
    summary.write_bytes(bytes(data[: len(data) // 2]))  # torn
    assert_same(store, config)


def test_a_crash_while_writing_the_summary_leaves_reports_right(tmp_path: Path) -> None:
    root = tmp_path / "desk"
    store = open_store(root)
    config = parse_config("", "c.toml")
    write(store, lives(8, 1, 40))
    assert_same(store, config)  # a summary exists
    write(store, lives(9, 100, 20))
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[desk]\ndata_dir = "{root}"\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith("SUPPORTDESK_")}
    env["SUPPORTDESK_CRASH_AT"] = "atomic-temp-written"
    done = subprocess.run(
        [sys.executable, "-m", "supportdesk", "--config", str(cfg), "report", "--json",
         "--from", "2026-01-01", "--to", "2026-05-31"],
        capture_output=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 137  # died with the new summary written but not renamed
    assert list((root / "cache").glob(f".{NAME}.*.tmp"))
    assert_same(store, config)
    assert summary_used(store, config)


def test_two_processes_appending_concurrently(tmp_path: Path) -> None:
    root = tmp_path / "desk"
    store, config = summarised_desk(root, 10, 30)
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SUPPORTDESK_")}
    writers = [
        subprocess.Popen([sys.executable, str(script), str(root), str(seed), str(first)], env=env)
        for seed, first in ((11, 1000), (12, 2000))
    ]
    try:
        for _ in range(200):  # reports (extending the summary) while both append
            build_report(store, config, PERIODS[0], now=NOW)
            if all(w.poll() is not None for w in writers):
                break
    finally:
        codes = [w.wait(timeout=120) for w in writers]
    assert codes == [0, 0]
    assert_same(store, config)
    assert summary_used(store, config)


def test_a_period_ending_before_the_latest_event_folds_the_log(tmp_path: Path) -> None:
    store = open_store(tmp_path / "desk")
    config = parse_config("", "c.toml")
    write(store, lives(13, 1, 40))
    past = Period(datetime(2026, 2, 1, tzinfo=UTC), BEGIN + timedelta(days=9))
    cached = build_report(store, config, past, now=NOW).as_dict()
    assert cached == build_report(store, config, past, now=NOW, summary=False).as_dict()
    probe_end = past.end.timestamp()
    from supportdesk.metrics.report import Fold

    probe = Fold(0.0, probe_end, {}, {}, _hours(config), None)
    assert summarised_fold(store, config, probe, KINDS) is None


def test_an_old_log_without_priorities_is_folded_every_time(tmp_path: Path) -> None:
    """A ticket whose log starts without `ticket_created` takes its current priority,
    which may change later: the summary only records that, and reports fold the log."""
    store, config = summarised_desk(tmp_path / "desk", 14, 20)
    old = datetime(2026, 3, 20, 9, tzinfo=UTC)
    write(store, [("message_in", 999, "", old, {}), ("reply", 999, "ana", old, {})])
    assert_same(store, config)
    assert not summary_used(store, config)
    write(store, lives(15, 100, 10))
    assert_same(store, config)
    assert not summary_used(store, config)
