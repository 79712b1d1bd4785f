"""Send benchmark: replies per second through the outbox against bare smtplib sends.

    .venv/bin/python bench/send.py [--count 300]

Starts a local aiosmtpd server (tests/peers/smtp.py), seeds a desk with `count`
tickets, then times (a) bare smtplib: the same composed messages sent on one
connection, and (b) supportdesk: queue (commit), send, record (commit) per reply,
through `desk.outbox()`. Prints both rates and their ratio. Figures only.
"""

from __future__ import annotations

import argparse
import shutil
import smtplib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.peers.smtp import SmtpPeer

from supportdesk.config import parse_config
from supportdesk.desk import Desk
from supportdesk.mail.compose import Reply, build, reply_subject
from supportdesk.models import Direction, Incoming, Message, Person, utcnow
from supportdesk.store import open_store

BODY = "Bună ziua! Am verificat plata și o confirmăm azi până la ora 17.\n\nAna\n" * 3


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=300)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sd-send-"))
    try:
        with SmtpPeer() as peer:
            config = parse_config(
                f'[desk]\nname = "Acme"\naddress = "support@acme.test"\n[agent]\nname = "Ana Popescu"\n'
                f'[[transports]]\nname = "smtp"\nkind = "smtp"\nhost = "127.0.0.1"\nport = {peer.port}\n'
                'security = "none"\n',
                "bench.toml",
            )
            desk = Desk(open_store(tmp / "desk"), config, "ana")
            items = [
                Incoming(
                    Message(0, Direction.IN, Person(f"C{i}", f"c{i}@example.com"), f"Question {i}",
                            "Hello, where is my refund?", utcnow(), message_id=f"q{i}@example.com")
                )
                for i in range(args.count)
            ]  # fmt: skip
            ids = desk.import_messages(items).tickets

            msgs = [
                build(Reply(t, Person(f"C{t}", f"c{t}@example.com"), reply_subject(f"Question {t}", t), BODY,
                            f"bare{t}@acme.test", f"q{t}@example.com", [f"q{t}@example.com"],
                            "Ana Popescu", "Acme", "support@acme.test"))
                for t in ids
            ]  # fmt: skip
            start = time.perf_counter()
            with smtplib.SMTP("127.0.0.1", peer.port, timeout=30) as smtp:
                for m in msgs:
                    smtp.send_message(m)
            bare = len(msgs) / (time.perf_counter() - start)

            box = desk.outbox()
            start = time.perf_counter()
            for t in ids:
                outcome = box.queue_and_send(t, BODY)
                assert outcome.sent, outcome.error
            desk.close()
            ours = len(ids) / (time.perf_counter() - start)
            print(f"replies: {len(ids)}; server received {len(peer.received)} messages")
            print(f"  bare smtplib, one connection:          {bare:7.1f} msg/s")
            print(f"  supportdesk outbox (commit, send, record): {ours:7.1f} msg/s")
            print(f"  ratio supportdesk / bare:               {ours / bare:7.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
