"""IMAP sync benchmark: a first sync from a local Dovecot, against a bare fetch + parse.

    .venv/bin/python bench/sync.py [--count 5000] [--batch 250] [--after-import seen]

Starts Dovecot (tests/peers/dovecot.py), APPENDs `count` generated messages (the mail of
bench/ingest.py: 2–20 KB in en/ro/ru, threads, 10% attachments) outside the timing, then
prints, in messages per second:
- the floor, measured in the same run: a bare imapclient fetch of every message
  (`BODY.PEEK[]`, batches of UID lists), then a bare single-process `policy.default`
  parse of the same bytes that extracts body and attachments;
- the same floor with imaplib's protocol trace off, as supportdesk's channel runs it
  (imapclient leaves imaplib at debug level 5, which formats every fetched message):
  what part of the sync's lead comes only from that;
- supportdesk's IMAP channel alone (`fetch()` of every batch, `after_import = "keep"`,
  nothing stored): the network share of a sync;
- supportdesk's first sync into an empty desk (`SyncService.sync_once`: fetch, parse,
  classify, thread, dedupe, store, then `after_import` and the UID state);
- CPU seconds of the floor and of the sync (main process plus parser workers): steadier
  than wall time on a machine shared with other work.
Target (issue 4): the sync takes no longer than the floor. Figures only.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from imapclient import IMAPClient  # noqa: E402
from tests.peers.dovecot import Dovecot  # noqa: E402

from ingest import generate  # noqa: E402
from supportdesk.channels.base import SourceState  # noqa: E402
from supportdesk.channels.imap import ImapSourceChannel  # noqa: E402
from supportdesk.config import ImapSource, load_config, parse_config  # noqa: E402
from supportdesk.desk import Desk  # noqa: E402
from supportdesk.store import open_store  # noqa: E402
from supportdesk.sync import SyncService  # noqa: E402


def load(server: Dovecot, user: str, raws: list[bytes]) -> None:
    """MULTIAPPEND in chunks: a few commands instead of one round trip per message."""
    with server.client(user, timeout=120) as c:
        for start in range(0, len(raws), 500):
            c.multiappend("INBOX", raws[start : start + 500])


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (parser workers)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bare_fetch(
    server: Dovecot, user: str, batch: int, trace: bool = True
) -> tuple[list[bytes], float]:
    """`trace=False` turns off imaplib's protocol trace as supportdesk's channel does
    (imapclient leaves it at level 5, which formats every fetched message)."""
    start = time.perf_counter()
    raws: list[bytes] = []
    with IMAPClient("127.0.0.1", server.port, ssl=False, timeout=60) as c:
        if not trace:
            c._imap.debug = 0
        c.login(user, server.users[user])
        c.select_folder("INBOX", readonly=True)
        uids = sorted(c.search(["UID", "1:*"]))
        for i in range(0, len(uids), batch):
            data = c.fetch(uids[i : i + batch], ["BODY.PEEK[]"])
            raws += [data[u][b"BODY[]"] for u in uids[i : i + batch] if u in data]
    return raws, time.perf_counter() - start


def bare_parse(raws: list[bytes]) -> float:
    start = time.perf_counter()
    for raw in raws:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is not None:
            body.get_content()
        for part in msg.iter_attachments():
            part.get_content()
    return time.perf_counter() - start


def source(server: Dovecot, user: str, batch: int, after_import: str) -> ImapSource:
    config = parse_config(
        '[[sources]]\nname = "bench"\nkind = "imap"\nhost = "127.0.0.1"\n'
        f'port = {server.port}\nsecurity = "none"\nusername = "{user}"\n'
        f'password = {{ env = "BENCH_IMAP_PW" }}\nbatch_size = {batch}\n'
        f"after_import = {json.dumps(after_import)}\n",
        "bench.toml",
    )
    found = config.sources[0]
    assert isinstance(found, ImapSource)
    return found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=5000)
    ap.add_argument("--batch", type=int, default=250)
    ap.add_argument("--after-import", default="seen")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="sd-sync-") as tmp, Dovecot.start() as server:
        maildir = Path(tmp) / "Maildir"
        size = generate(maildir, args.count)
        raws = [p.read_bytes() for d in ("new", "cur") for p in sorted((maildir / d).iterdir())]
        user = server.add_user()
        load(server, user, raws)
        print(
            f"{args.count} messages, {size / 1e6:.1f} MB, in a local Dovecot (batch {args.batch})"
        )

        floor_cpu = cpu_seconds()
        fetched, fetch_s = bare_fetch(server, user, args.batch)
        parse_s = bare_parse(fetched)
        floor_cpu = cpu_seconds() - floor_cpu
        n = len(fetched)
        print(
            f"  floor: bare imapclient BODY.PEEK[] fetch   {n / fetch_s:7.0f} msg/s ({fetch_s:.2f} s)"
        )
        print(
            f"  floor: bare policy.default parse+extract   {n / parse_s:7.0f} msg/s ({parse_s:.2f} s)"
        )
        floor = fetch_s + parse_s
        print(
            f"  floor: fetch then parse                    {n / floor:7.0f} msg/s ({floor:.2f} s)"
        )
        # supportdesk turns imaplib's trace off (channels/imap.py); a floor that does the
        # same shows how much of the sync's lead over the floor comes from that alone
        _, quiet_s = bare_fetch(server, user, args.batch, trace=False)
        quiet_floor = quiet_s + parse_s
        print(
            f"  floor, imaplib trace off: fetch            {n / quiet_s:7.0f} msg/s ({quiet_s:.2f} s); "
            f"then parse {quiet_floor:.2f} s"
        )

        os.environ["BENCH_IMAP_PW"] = server.users[user]
        channel = ImapSourceChannel(source(server, user, args.batch, "keep"))
        start = time.perf_counter()
        n = 0
        for batch in channel.fetch(SourceState(open_store(Path(tmp) / "scratch"), "bench")):
            n += len(batch.raws)
            batch.on_committed()
        secs = time.perf_counter() - start
        channel.close()
        print(f"  supportdesk IMAP channel alone, no store   {n / secs:7.0f} msg/s ({secs:.2f} s)")

        desk = Desk(open_store(Path(tmp) / "desk"), load_config(None), "bench")
        channel = ImapSourceChannel(source(server, user, args.batch, args.after_import))
        service = SyncService(desk, [channel])
        cpu = cpu_seconds()
        start = time.perf_counter()
        report = service.sync_once()["bench"]
        secs = time.perf_counter() - start
        service.close()  # joins the parser workers, so their CPU time is counted
        cpu = cpu_seconds() - cpu
        r = report.result
        label = f"supportdesk first sync, stored ({args.after_import})"
        print(
            f"  {label:<42} {args.count / secs:7.0f} msg/s ({secs:.2f} s; imported {r.imported}, threaded "
            f"{r.threaded}, duplicates {r.duplicates}, quarantined {r.quarantined}, "
            f"errors {len(report.errors)}); {secs / floor:.2f}x the floor's time "
            f"({secs / quiet_floor:.2f}x the trace-off floor's)"
        )
        for error in report.errors:
            print(f"    error: {error}")
        # On a shared machine the wall times above move with the neighbours' load; CPU
        # time is steadier. The floor runs in one process, so its CPU time is about its
        # wall time; the sync's is spread over the main process and the parser workers
        # (Dovecot's share is left out of both).
        print(
            f"  CPU seconds: floor {floor_cpu:.2f} s, supportdesk sync {cpu:.2f} s "
            f"(main and parser workers; {cpu / floor_cpu:.2f}x the floor's CPU, "
            f"{os.cpu_count()} cores)"
        )


if __name__ == "__main__":
    main()
