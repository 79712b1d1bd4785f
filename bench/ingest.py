"""Ingest benchmark: importing a Maildir of generated mail, against a bare parse.

    .venv/bin/python bench/ingest.py [--count 10000] [--workers N]

Generates a Maildir of `count` messages (2–20 KB bodies in en/ro/ru, a third of them
replies in threads, 10% with an attachment), then prints:
- the floor: a bare single-process `email` parse with `policy.default` that extracts
  the body and attachments of the same files, messages per second;
- supportdesk's import of the same Maildir into an empty desk (parse, classify,
  language, thread, dedupe, blobs, tickets, index, events), messages per second;
- peak memory (VmHWM) of the importing process.
Target (issue 3): >= 400 messages/s, faster than the bare parse. Figures only.
"""

from __future__ import annotations

import argparse
import base64
import email
import email.policy
import mailbox
import random
import shutil
import tempfile
import time
from pathlib import Path

from supportdesk.channels.files import read_paths
from supportdesk.config import load_config
from supportdesk.desk import Desk
from supportdesk.mail.ingest import IngestOptions, convert_all
from supportdesk.store import open_store

WORDS = {
    "en": [
        "payment",
        "invoice",
        "account",
        "refund",
        "please",
        "order",
        "delivery",
        "website",
        "error",
        "login",
        "password",
        "thanks",
        "support",
        "service",
        "help",
        "still",
        "waiting",
        "yesterday",
        "today",
    ],
    "ro": [
        "plata",
        "factura",
        "contul",
        "rambursare",
        "vă",
        "rog",
        "comanda",
        "livrare",
        "site",
        "eroare",
        "parola",
        "mulțumesc",
        "suport",
        "ajutor",
        "încă",
        "aștept",
        "ieri",
        "astăzi",
    ],
    "ru": [
        "оплата",
        "счёт",
        "аккаунт",
        "возврат",
        "пожалуйста",
        "заказ",
        "доставка",
        "сайт",
        "ошибка",
        "пароль",
        "спасибо",
        "поддержка",
        "помощь",
        "всё",
        "ещё",
        "жду",
        "вчера",
        "сегодня",
    ],
}


def generate(folder: Path, count: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    box = mailbox.Maildir(folder, create=True)
    total = 0
    last: dict[int, int] = {}  # customer -> their latest message, for replies in threads
    for i in range(count):
        lang = rng.choice(list(WORDS))
        size = rng.randint(2_000, 20_000)
        words: list[str] = []
        length = 0
        while length < size:
            words.append(rng.choice(WORDS[lang]))
            length += len(words[-1]) + 1
        body = "\n".join(" ".join(words[k : k + 12]) for k in range(0, len(words), 12))
        customer = rng.randint(0, count // 3)
        earlier = last.get(customer)
        reply = earlier is not None and rng.random() < 0.9
        head = (
            f"From: Customer {customer} <c{customer}@example.com>\r\nTo: support@acme.test\r\n"
            f"Subject: {'Re: ' if reply else ''}Question {customer}\r\n"
            f"Date: Mon, 23 Nov 2026 {i % 24:02d}:{i % 60:02d}:00 +0000\r\n"
            f"Message-ID: <bench{i}@example.com>\r\n"
            + (f"In-Reply-To: <bench{earlier}@example.com>\r\n" if reply else "")
            + "MIME-Version: 1.0\r\n"
        )
        if rng.random() < 0.10:
            blob = base64.encodebytes(rng.randbytes(rng.randint(5_000, 60_000))).decode()
            raw = (
                head + 'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n--XX\r\n'
                "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                f'{body}\r\n--XX\r\nContent-Type: application/pdf; name="doc{i}.pdf"\r\n'
                f'Content-Disposition: attachment; filename="doc{i}.pdf"\r\n'
                f"Content-Transfer-Encoding: base64\r\n\r\n{blob}\r\n--XX--\r\n"
            )
        else:
            raw = (
                head
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + body
            )
        last[customer] = i
        data = raw.encode()
        total += len(data)
        box.add(data)
    return total


def bare_parse(folder: Path) -> tuple[int, float]:
    """The floor: one process, `policy.default`, body and attachments extracted."""
    start = time.perf_counter()
    n = 0
    for item in read_paths([folder], []):
        msg = email.message_from_bytes(item.raw, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is not None:
            body.get_content()
        for part in msg.iter_attachments():
            part.get_content()
        n += 1
    return n, time.perf_counter() - start


def vm_hwm_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=None)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sd-ingest-"))
    try:
        maildir = tmp / "Maildir"
        size = generate(maildir, args.count)
        print(f"generated {args.count} messages, {size / 1e6:.1f} MB, in {maildir}")
        n, secs = bare_parse(maildir)
        print(
            f"  bare policy.default parse+extract, 1 process: {n / secs:7.0f} msg/s ({secs:.1f} s)"
        )
        desk = Desk(open_store(tmp / "desk"), load_config(None), "bench")
        start = time.perf_counter()
        raws = ((i.raw, i.origin) for i in read_paths([maildir], []))
        result = desk.import_messages(
            convert_all(
                raws, IngestOptions(source="bench", blobs=desk.store.blob_writer()), args.workers
            )
        )
        secs = time.perf_counter() - start
        print(
            f"  supportdesk import (stored, threaded, indexed): {args.count / secs:7.0f} msg/s "
            f"({secs:.1f} s; imported {result.imported}, threaded {result.threaded}, "
            f"duplicates {result.duplicates}, quarantined {result.quarantined})"
        )
        print(f"  peak memory of the importing process (VmHWM): {vm_hwm_mb():.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
