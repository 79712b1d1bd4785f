"""Code run in child processes by the multi-process and crash tests.

Invoked as `python -m tests.workers VERB DATA_DIR ARGS...` from the repository root so
each writer is a real, separate interpreter with its own caches.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from supportdesk.config import load_config
from supportdesk.desk import Desk
from supportdesk.errors import Conflict
from supportdesk.models import Direction, Incoming, Message, Person, utcnow
from supportdesk.store import open_store


def incoming(tag: str, n: int) -> Incoming:
    sender = Person(f"Customer {tag}", f"{tag}@example.com")
    return Incoming(
        Message(
            ticket_id=0,
            direction=Direction.IN,
            sender=sender,
            subject=f"{tag} #{n}",
            text=f"message {n} from writer {tag}",
            created_at=utcnow(),
            message_id=f"{tag}-{n}@example.com",
        ),
        raw=f"raw {tag} {n}".encode(),
        source="test",
    )


def desk(root: str, agent: str) -> Desk:
    return Desk(open_store(Path(root), lock_timeout=60), load_config(None), agent)


def create(root: str, tag: str, count: str) -> None:
    """Create tickets, then change each one: status, note, claim."""
    d = desk(root, tag)
    ids = []
    for n in range(int(count)):
        ids += d.import_messages([incoming(tag, n)]).tickets
    for tid in ids:
        d.set_status(tid, "pending")
        d.add_note(tid, f"note by {tag}")
    print(json.dumps(ids))


def claim(root: str, agent: str, start_at: str, ids: str) -> None:
    """Race for the given tickets from a common start time; print the ones won."""
    d = desk(root, agent)
    while time.time() < float(start_at):
        time.sleep(0.001)
    won = []
    for tid in json.loads(ids):
        try:
            d.claim(tid)
            won.append(tid)
        except Conflict:
            pass
    print(json.dumps(won))


def forever(root: str, tag: str) -> None:
    """Write until killed (the SIGKILL test)."""
    d = desk(root, tag)
    n = 0
    while True:
        ids = d.import_messages([incoming(tag, n)]).tickets
        d.set_status(ids[0], "open")
        n += 1
        print(n, flush=True)


def read_check(root: str, seconds: str) -> None:
    """Parse every desk file over and over while writers run; report any failure."""
    deadline = time.time() + float(seconds)
    checks = 0
    while time.time() < deadline:
        for path in Path(root).rglob("*.json"):
            if path.name.startswith("."):
                continue  # temp files of an ongoing write
            try:
                json.loads(path.read_bytes())
            except FileNotFoundError:
                continue
            except ValueError as exc:
                print(json.dumps({"torn": str(path), "error": str(exc)}))
                sys.exit(1)
            checks += 1
    print(json.dumps({"checks": checks}))


def bulk(root: str, tag: str, count: str) -> None:
    """One import of `count` new tickets (one commit: their conversations are bundled),
    then a reply to the first; idempotent, so a re-run after a crash converges."""
    d = desk(root, tag)
    d.import_messages([incoming(tag, n) for n in range(int(count))], batch=1000)
    reply = incoming(tag, 0)
    reply.message.message_id = f"{tag}-reply@example.com"
    reply.message.in_reply_to = f"{tag}-0@example.com"
    reply.raw = b"the reply"
    d.import_messages([reply])
    print(json.dumps(len(d.list_tickets("all"))))


def _put_in_child(writer: object, data: bytes) -> str:
    return writer.put(data)  # type: ignore[attr-defined]


def blobs(root: str, tag: str, count: str) -> None:
    """Store blobs of many sizes, half from a forked child (a parser worker's path),
    some shared with the other writer, committing every ten; print every digest."""
    from concurrent.futures import ProcessPoolExecutor

    store = open_store(Path(root), lock_timeout=60)
    writer = store.blob_writer()
    digests: list[str] = []
    with ProcessPoolExecutor(max_workers=1) as child:
        for n in range(int(count)):
            mine = (f"{tag} {n} " * (n * 37 % 900 + 1)).encode()
            if n % 2:
                digest = child.submit(_put_in_child, writer, mine).result()
                store.adopt_blobs([digest])
            else:
                digest = store.put_blob(mine)
            digests += [digest, store.put_blob(f"shared {n}".encode() * 50)]
            if n % 10 == 9:
                with store.transaction() as tx:
                    tx.index_put("blobtest", f"{tag}-{n}", n)
    with store.transaction():
        pass
    print(json.dumps(digests))


if __name__ == "__main__":
    globals()[sys.argv[1]](*sys.argv[2:])
