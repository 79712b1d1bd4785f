"""Blobs in append-only packs (store/packs.py) and bundled conversations (bundles.py):
concurrent writers, roll-over, old loose desks, torn tails and damaged records, the
quarantine's raw bytes, and a bulk commit killed at every step."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from supportdesk.errors import NotFound, StoreError
from supportdesk.store import open_store
from supportdesk.store.files import Journal, dump_json, write_atomic
from supportdesk.store.packs import HEADER, PackIndex, index_line
from tests.test_store_processes import finish, spawn


def packs_of(root: Path) -> list[Path]:
    return sorted((root / "blobs" / "packs").glob("*.pack"))


def fresh_index(root: Path) -> PackIndex:
    """Another process's view of the committed locations (nothing cached)."""
    index = PackIndex(root / "blobs" / "index.jsonl")
    index.refresh()
    return index


@pytest.mark.slow
def test_two_processes_write_blobs_into_one_desk_without_interleaving(tmp_path: Path) -> None:
    root = tmp_path / "desk"
    open_store(root)
    procs = [spawn("blobs", str(root), tag, "60") for tag in ("a", "b")]
    written = [json.loads(finish(p)) for p in procs]
    store = open_store(root)
    for tag, digests in zip(("a", "b"), written, strict=True):
        for n, digest in enumerate(digests[::2]):
            assert store.get_blob(digest) == (f"{tag} {n} " * (n * 37 % 900 + 1)).encode()
        for n, digest in enumerate(digests[1::2]):
            assert store.get_blob(digest) == f"shared {n}".encode() * 50
    # Each process (and its child) appended to packs of its own, never one file shared.
    names = [p.name for p in packs_of(root)]
    assert len(names) >= 4 and len({n.rsplit("-", 1)[0] for n in names}) >= 4
    assert not list((root / "blobs").glob("??/*")), "small blobs are packed, not loose"
    index = fresh_index(root)
    assert set(index.located) == {d for ds in written for d in ds}


def test_threads_of_one_process_share_its_pack_without_mixing_records(data_dir: Path) -> None:
    """The TUI's background sync and an agent's reply attachments write from two threads."""
    from concurrent.futures import ThreadPoolExecutor

    store = open_store(data_dir)
    blobs = [bytes([n % 251]) * (1000 + n * 97) for n in range(200)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        digests = list(pool.map(store.put_blob, blobs))
    with store.transaction():
        pass
    reopened = open_store(data_dir)
    assert [reopened.get_blob(d) for d in digests] == blobs
    (pack,) = packs_of(data_dir)
    assert pack.stat().st_size == sum(HEADER.size + len(b) for b in blobs)


def test_pack_rolls_over_at_its_cap(data_dir: Path) -> None:
    store = open_store(data_dir)
    store.pack_cap = 300  # type: ignore[attr-defined]
    blobs = [bytes([n]) * 200 for n in range(5)]
    with store.transaction():
        digests = [store.put_blob(b) for b in blobs]
    packs = packs_of(data_dir)
    assert len(packs) == 5, "a record over the cap closes its pack"
    for pack in packs:
        assert pack.stat().st_size == HEADER.size + 200
        assert stat.S_IMODE(pack.stat().st_mode) & 0o007 == 0, "no access for others"
    index = fresh_index(data_dir)
    assert {index.located[d][0] for d in digests} == {p.name for p in packs}
    reopened = open_store(data_dir)
    assert [reopened.get_blob(d) for d in digests] == blobs


def test_a_loose_blob_of_an_older_desk_still_reads_and_deduplicates(data_dir: Path) -> None:
    open_store(data_dir)
    data = b"From: old@example.com\r\n\r\nkept by an older supportdesk\r\n"
    digest = hashlib.sha256(data).hexdigest()
    loose = data_dir / "blobs" / digest[:2] / digest
    loose.parent.mkdir(parents=True)
    loose.write_bytes(data)
    store = open_store(data_dir)
    assert store.has_blob(digest) and store.get_blob(digest) == data
    with store.transaction():
        assert store.put_blob(data) == digest
    assert packs_of(data_dir) == [], "the same bytes are not stored twice"
    assert not store.has_blob(hashlib.sha256(b"never stored").hexdigest())
    with pytest.raises(NotFound):
        store.get_blob(hashlib.sha256(b"never stored").hexdigest())


def test_a_blob_is_readable_by_others_only_once_committed(data_dir: Path) -> None:
    store = open_store(data_dir)
    digest = store.put_blob(b"pending")
    assert store.get_blob(digest) == b"pending"  # the writer reads its own write
    assert digest not in fresh_index(data_dir).located
    with store.transaction():
        pass
    assert fresh_index(data_dir).located[digest][2] == len(b"pending")


def test_torn_pack_tail_is_ignored_and_a_damaged_listed_record_is_named(
    data_dir: Path,
) -> None:
    store = open_store(data_dir)
    with store.transaction():
        first, second = store.put_blob(b"first" * 100), store.put_blob(b"second" * 100)
    (pack,) = packs_of(data_dir)
    # A torn append after a crash: half a header and a few bytes nobody lists.
    with pack.open("ab") as fh:
        fh.write(HEADER.pack(b"SDb1", b"\0" * 32, 1000)[:20])
    torn_size = pack.stat().st_size
    reopened = open_store(data_dir)
    assert reopened.get_blob(first) == b"first" * 100
    with reopened.transaction():
        third = reopened.put_blob(b"third")
    assert len(packs_of(data_dir)) == 2, "a new writer appends to a pack of its own"
    assert pack.stat().st_size == torn_size, "nothing is appended after a torn record"
    assert open_store(data_dir).get_blob(third) == b"third"

    # A listed record cut short (the pack lost its end): one error naming the pack.
    data = pack.read_bytes()
    pack.write_bytes(data[: HEADER.size * 2 + 500 + 300])
    with pytest.raises(StoreError, match=rf"{pack.name}: truncated: blob {second}"):
        open_store(data_dir).get_blob(second)
    # A flipped byte inside a listed record: named too, never wrong bytes returned.
    damaged = bytearray(data)
    damaged[HEADER.size + 10] ^= 0xFF
    pack.write_bytes(bytes(damaged))
    with pytest.raises(StoreError, match=rf"{pack.name}: corrupt: blob {first}"):
        open_store(data_dir).get_blob(first)
    assert open_store(data_dir).get_blob(second) == b"second" * 100


def test_replay_after_a_torn_index_line_writes_the_line_whole(data_dir: Path) -> None:
    """A crash mid-append leaves half of the commit's index line; the journal's replay
    must not take the txid inside it for a finished line."""
    store = open_store(data_dir)
    digest = store.blob_writer().put(b"replayed")
    (pack,) = packs_of(data_dir)
    log = data_dir / "blobs" / "index.jsonl"
    line = index_line("t1", {digest: (pack.name, 0, len(b"replayed"))})
    log.write_bytes(line[:-3])  # torn just after the txid
    journal = Journal(data_dir / "journal.json")
    write_atomic(
        journal.path,
        dump_json({"txid": "t1", "renames": [], "appends": [[str(log), [line.decode()]]]}),
    )
    assert journal.recover()
    assert log.read_bytes() == line[:-3] + b"\n" + line
    assert open_store(data_dir).get_blob(digest) == b"replayed"


def test_quarantined_raw_bytes_are_kept_in_a_pack(tmp_path: Path) -> None:
    junk = b"\x00\x01 not a mail at all \xff" * 3
    eml = tmp_path / "junk.eml"
    eml.write_bytes(junk)
    desk_dir = tmp_path / "desk"
    env = {k: v for k, v in os.environ.items() if k != "SUPPORTDESK_CRASH_AT"}
    cli = [sys.executable, "-m", "supportdesk", "--data-dir", str(desk_dir)]
    done = subprocess.run([*cli, "import", str(eml)], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(
        [*cli, "quarantine", "list", "--json"], capture_output=True, text=True, env=env
    )
    (held,) = json.loads(listed.stdout)
    assert packs_of(desk_dir) and not list((desk_dir / "blobs").glob("??/*"))
    assert open_store(desk_dir).get_blob(held["sha256"]) == junk
    retried = subprocess.run(
        [*cli, "quarantine", "retry", held["id"]], capture_output=True, text=True, env=env
    )
    assert retried.returncode == 1 and "quarantined: 1" in retried.stderr  # read, still junk


# -- conversations of tickets created together (store/bundles.py) -------------------------
def conversations(root: Path) -> list[tuple[str, list[str]]]:
    store = open_store(root)
    return sorted((t.subject, [m.text for m in store.messages(t.id)]) for t in store.list_tickets())


def test_new_tickets_of_one_commit_share_a_bundle_and_an_update_writes_its_own_file(
    tmp_path: Path,
) -> None:
    root = tmp_path / "desk"
    finish(spawn("bulk", str(root), "b", "6"))
    shard = root / "messages" / "0000"
    (bundle,) = shard.glob("bundle-*.jsonl")
    assert sorted(p.name for p in shard.glob("*.json")) == ["1.json", "bundled.json"]
    before = bundle.read_bytes()
    got = conversations(root)
    assert got[0] == ("b #0", ["message 0 from writer b", "message 0 from writer b"])
    assert [texts for _, texts in got[1:]] == [[f"message {n} from writer b"] for n in range(1, 6)]

    # A later change to one bundled conversation: its own file, the bundle untouched.
    from supportdesk.config import load_config
    from supportdesk.desk import Desk

    Desk(open_store(root), load_config(None), "ana").add_note(3, "called the customer")
    assert bundle.read_bytes() == before and (shard / "3.json").exists()
    assert [m.text for m in open_store(root).messages(3)][-1] == "called the customer"
    assert conversations(root)[1:] == [
        (s, [*t, "called the customer"] if s == "b #2" else t) for s, t in got[1:]
    ]


def test_a_damaged_bundle_is_named(tmp_path: Path) -> None:
    root = tmp_path / "desk"
    finish(spawn("bulk", str(root), "d", "5"))
    (bundle,) = (root / "messages" / "0000").glob("bundle-*.jsonl")
    bundle.write_bytes(bundle.read_bytes()[:-40])
    with pytest.raises(StoreError, match=rf"{bundle.name}: truncated: ticket #5"):
        open_store(root).messages(5)
    assert len(open_store(root).messages(4)) == 1


BULK_CRASHES = [
    ("pack-appended", 3),
    ("blobs-located", 1),
    ("tx-before-commit", 1),
    ("journal-temps-written", 1),
    ("journal-written", 1),
    ("journal-renamed", 1),
    ("journal-renamed", 3),
    ("journal-appended", 1),
    ("journal-appended", 2),
    ("blobs-located", 2),
    ("journal-renamed", 6),
]


@pytest.mark.slow
def test_a_bulk_commit_killed_at_every_step_keeps_a_whole_state_and_converges(
    tmp_path: Path,
) -> None:
    """Packs and bundles in one commit: a crash at any step leaves either no ticket of
    it or every ticket with its whole conversation, and a re-run ends where a clean run
    does."""
    finish(spawn("bulk", str(tmp_path / "clean"), "k", "8"))
    golden = conversations(tmp_path / "clean")
    assert len(golden) == 8
    for point, nth in BULK_CRASHES:
        root = tmp_path / f"crash-{point}-{nth}"
        proc = spawn("bulk", str(root), "k", "8", env={"SUPPORTDESK_CRASH_AT": f"{point}:{nth}"})
        proc.communicate(timeout=60)
        assert proc.returncode == 137, f"crash point {point}:{nth} was never reached"
        store = open_store(root)
        for t in store.list_tickets():
            assert len(store.messages(t.id)) == t.message_count >= 1, f"{point}:{nth}"
            for m in store.messages(t.id):
                store.get_blob(m.raw_blob)
        assert len(store.list_tickets()) in (0, 8), f"{point}:{nth}: a torn commit"
        finish(spawn("bulk", str(root), "k", "8"))
        assert conversations(root) == golden, f"state after a crash at {point}:{nth} differs"


def test_replies_to_bundled_tickets_move_them_to_a_new_bundle_and_the_old_one_goes(
    data_dir: Path,
) -> None:
    """A first sync's later groups answer tickets of the earlier ones: written together
    into the commit's bundle, not one file each; a bundle nobody lists is deleted."""
    from supportdesk.config import load_config
    from supportdesk.desk import Desk
    from tests.workers import incoming

    def reply(n: int, k: int) -> object:
        item = incoming("r", n)
        item.message.message_id = f"r-{n}-reply{k}@example.com"
        item.message.in_reply_to = f"r-{n}@example.com"
        item.message.text = f"reply {k} to {n}"
        return item

    desk = Desk(open_store(data_dir), load_config(None), "ana")
    shard = data_dir / "messages" / "0000"
    desk.import_messages([incoming("r", n) for n in range(6)])
    (first,) = shard.glob("bundle-*.jsonl")
    desk.import_messages([reply(n, 1) for n in range(4)])
    assert len(list(shard.glob("bundle-*.jsonl"))) == 2 and first.exists()  # 5, 6 still there
    desk.import_messages([reply(4, 1), reply(5, 1), incoming("r", 6), incoming("r", 7)])
    assert not first.exists(), "every record superseded: the bundle is deleted"
    assert sorted(p.name for p in shard.glob("*.json")) == ["bundled.json"]
    desk.import_messages([reply(0, 2)])  # one conversation: its own file, bundles untouched
    assert sorted(p.name for p in shard.glob("*.json")) == ["1.json", "bundled.json"]

    store = open_store(data_dir)
    texts = {t.subject: [m.text for m in store.messages(t.id)] for t in store.list_tickets()}
    assert texts["r #0"] == ["message 0 from writer r", "reply 1 to 0", "reply 2 to 0"]
    for n in range(1, 6):
        assert texts[f"r #{n}"] == [f"message {n} from writer r", f"reply 1 to {n}"]
    assert texts["r #7"] == ["message 7 from writer r"]


def test_a_store_that_is_gone_closes_its_pack(data_dir: Path) -> None:
    """A long-lived process (the TUI, a test run) opens many stores: none keeps a pack
    descriptor after it is gone."""
    import gc

    before = len(os.listdir("/proc/self/fd"))
    for n in range(20):
        store = open_store(data_dir)
        with store.transaction():
            store.put_blob(f"blob {n}".encode())
        del store
    gc.collect()
    assert len(os.listdir("/proc/self/fd")) <= before + 1
    assert [
        open_store(data_dir).get_blob(hashlib.sha256(f"blob {n}".encode()).hexdigest())
        for n in range(20)
    ] == [f"blob {n}".encode() for n in range(20)]
