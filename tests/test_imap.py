"""The IMAP source against a real Dovecot (tests/peers/dovecot.py), end to end: config,
channel, SyncService, desk. Reliability.md ING-01…07, OUT-05, CRED."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import selectors
import socket
import subprocess
import sys
import threading
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

import pytest
from imapclient import DELETED, SEEN

from supportdesk.channels import imap as imap_module
from supportdesk.channels.base import SourceState
from supportdesk.channels.imap import ImapError, ImapSourceChannel
from supportdesk.config import Config, ImapSource, Secret, parse_config
from supportdesk.desk import Desk
from supportdesk.mail.language import detect
from supportdesk.store import open_store
from supportdesk.sync import SourceReport, SyncService
from tests.peers.dovecot import Dovecot


def mail(n: int, body: str = "", extra: str = "", attachment: bytes = b"") -> bytes:
    head = (
        f"From: Customer {n} <c{n}@example.com>\r\nTo: support@acme.test\r\n"
        f"Subject: Question number {n}\r\nDate: Mon, 23 Nov 2026 10:{n % 60:02d}:00 +0000\r\n"
        f"Message-ID: <q{n}@example.com>\r\nMIME-Version: 1.0\r\n{extra}"
    )
    text = body or f"Hello, my order {n} has not arrived yet. Could you check, please?"
    if not attachment:
        return (head + f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n").encode()
    blob = base64.encodebytes(attachment).decode().replace("\n", "\r\n")
    return (
        head + 'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n--XX\r\n'
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n--XX\r\n"
        'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="big.pdf"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{blob}--XX--\r\n"
    ).encode()


@dataclass
class Box:
    """One fresh Dovecot account with a desk to sync it into."""

    server: Dovecot
    user: str
    desk: Desk

    @property
    def password(self) -> str:
        return self.server.users[self.user]

    def config(self, name: str = "inbox", **keys: object) -> Config:
        values: dict[str, object] = {"port": self.server.port, "security": "none"} | keys
        text = (
            f'[[sources]]\nname = "{name}"\nkind = "imap"\nhost = "127.0.0.1"\n'
            f'username = "{self.user}"\npassword = {{ env = "IMAP_PW" }}\n'
            + "".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items())
        )
        return parse_config(text, "config.toml")

    def channel(self, **keys: object) -> ImapSourceChannel:
        source = self.config(**keys).sources[0]
        assert isinstance(source, ImapSource)
        return ImapSourceChannel(source)

    def sync(self, channel: ImapSourceChannel | None = None, **keys: object) -> SourceReport:
        channel = channel or self.channel(**keys)
        service = SyncService(self.desk, [channel])
        try:
            return service.sync_once()[channel.name]
        finally:
            service.close()

    def append(self, folder: str, *raws: bytes, flags: tuple[bytes, ...] = (), when=None):
        return self.server.append(self.user, folder, raws, flags, when)

    def client(self):
        return self.server.client(self.user)

    def flags(self, folder: str = "INBOX") -> dict[bytes, set[bytes]]:
        """Message-ID → flags, as another mail program sees the folder."""
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            data = c.fetch(c.search("ALL"), ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        found = {}
        for d in data.values():
            msgid = d[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].split(b"<")[1].split(b">")[0]
            found[msgid] = set(d[b"FLAGS"]) - {b"\\Recent"}
        return found

    def tickets(self) -> list[str]:
        return sorted(t.subject for t in self.desk.list_tickets("all"))


@pytest.fixture
def box(dovecot: Dovecot, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> Box:
    user = dovecot.add_user()
    monkeypatch.setenv("IMAP_PW", dovecot.users[user])
    return Box(dovecot, user, desk)


# -- what is new is decided by UIDs ---------------------------------------------------------
def test_first_sync_imports_read_and_old_mail_and_resync_imports_nothing(box: Box) -> None:
    """ING-01: another client read #2 first, #3 arrived 30 days ago: still 3 tickets."""
    month_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    box.append("INBOX", mail(1), mail(2))
    box.append("INBOX", mail(3), when=month_ago)
    with box.client() as other:
        other.select_folder("INBOX")
        other.add_flags([2], [SEEN])
    report = box.sync()
    assert (report.result.imported, report.errors) == (3, [])
    assert box.tickets() == [f"Question number {n}" for n in (1, 2, 3)]
    again = box.sync()
    assert (again.result.imported, again.result.duplicates, again.errors) == (0, 0, [])
    assert len(box.tickets()) == 3


def test_incremental_sync_fetches_only_new_mail(box: Box) -> None:
    box.append("INBOX", mail(1), mail(2))
    assert box.sync().result.imported == 2
    box.append("INBOX", mail(3), mail(4), mail(5))
    report = box.sync(batch_size=2)
    # duplicates == 0: the two old messages were not even fetched again
    assert (report.result.imported, report.result.duplicates, report.errors) == (3, 0, [])
    state = SourceState(box.desk.store, "inbox").load()["folders"]["INBOX"]
    assert state["last_uid"] == 5 and state["uidvalidity"] > 0


# -- after_import runs after the commit, and only then --------------------------------------
@pytest.mark.parametrize("after", ["seen", "keep", "move:Processed"])
def test_after_import(box: Box, after: str) -> None:
    box.append("INBOX", mail(1), mail(2))
    assert box.sync(after_import=after).result.imported == 2
    if after == "move:Processed":
        assert box.flags("INBOX") == {}
        assert set(box.flags("Processed")) == {b"q1@example.com", b"q2@example.com"}
    else:
        expected = {SEEN} if after == "seen" else set()
        assert box.flags() == {b"q1@example.com": expected, b"q2@example.com": expected}
    assert box.sync(after_import=after).result.imported == 0


@pytest.mark.parametrize("after", ["seen", "move:Processed"])
def test_nothing_is_marked_or_moved_before_the_commit(box: Box, after: str) -> None:
    """ING-02: fetched but never committed (the store crashed): the server is untouched
    and the state has not advanced, so the next sync imports everything once."""
    box.append("INBOX", mail(1), mail(2), mail(3))
    channel = box.channel(after_import=after, batch_size=2)
    state = SourceState(box.desk.store, "inbox")
    batches = list(channel.fetch(state))  # on_committed is never called
    channel.close()
    assert sum(len(b.raws) for b in batches) == 3
    assert box.flags() == {f"q{n}@example.com".encode(): set() for n in (1, 2, 3)}
    assert state.load()["folders"]["INBOX"]["last_uid"] == 0
    report = box.sync(after_import=after)
    assert (report.result.imported, report.result.duplicates) == (3, 0)


def test_move_without_the_move_capability_expunges_only_its_own_uids(
    box: Box, monkeypatch: pytest.MonkeyPatch
) -> None:
    """COPY + \\Deleted + UID EXPUNGE: another client's \\Deleted mail stays (ING-02)."""
    box.append("INBOX", mail(1))
    assert box.sync(after_import="keep").result.imported == 1
    with box.client() as other:  # another client deleted #1 but has not expunged yet
        other.select_folder("INBOX")
        other.add_flags([1], [DELETED])
    box.append("INBOX", mail(2))
    real = imap_module._Client.has_capability
    monkeypatch.setattr(
        imap_module._Client, "has_capability", lambda self, cap: cap != "MOVE" and real(self, cap)
    )
    assert box.sync(after_import="move:Done").result.imported == 1
    assert box.flags("INBOX") == {b"q1@example.com": {DELETED}}
    assert set(box.flags("Done")) == {b"q2@example.com"}


def test_only_uid_commands_touch_messages(box: Box, caplog: pytest.LogCaptureFixture) -> None:
    """ING-03: sequence numbers shift under other clients' expunges; UIDs do not."""
    caplog.set_level(logging.DEBUG, logger="imapclient")
    box.append("INBOX", mail(1), mail(2))
    assert box.sync(after_import="move:Processed").result.imported == 2
    sent = [r.getMessage() for r in caplog.records if r.getMessage().startswith("> ")]
    verbs = ("FETCH", "STORE", "SEARCH", "COPY", "MOVE", "EXPUNGE")
    touching = [line for line in sent if any(f" {v} " in line for v in verbs)]
    assert touching and all(" UID " in line for line in touching), touching


# -- UIDVALIDITY, folders, big mail ---------------------------------------------------------
def test_uidvalidity_change_rescans_without_duplicate_tickets(box: Box) -> None:
    """ING-04: the folder is recreated (new UIDVALIDITY, same mail): nothing twice."""
    raws = [mail(1), mail(2), mail(3)]
    box.append("Support", *raws)
    channel = box.channel(folder="Support")
    assert box.sync(channel).result.imported == 3
    before = SourceState(box.desk.store, "inbox").load()["folders"]["Support"]["uidvalidity"]
    with box.client() as other:
        other.delete_folder("Support")
    time.sleep(1.1)  # Dovecot's UIDVALIDITY is a timestamp
    box.append("Support", *raws, mail(4))
    report = box.sync(channel)
    assert (report.result.imported, report.result.duplicates, report.errors) == (1, 3, [])
    assert len(box.tickets()) == 4
    assert any("UIDVALIDITY changed" in note for note in report.notes)  # shown by sync
    after = SourceState(box.desk.store, "inbox").load()["folders"]["Support"]
    assert after["uidvalidity"] != before and after["last_uid"] == 4


def test_two_folders_and_two_mailboxes_keep_their_own_state(box: Box, dovecot: Dovecot) -> None:
    box.append("INBOX", mail(1))
    box.append("Billing", mail(2), mail(3))
    report = box.sync(folders=["Billing"])
    assert (report.result.imported, report.errors) == (3, [])
    folders = SourceState(box.desk.store, "inbox").load()["folders"]
    assert (folders["INBOX"]["last_uid"], folders["Billing"]["last_uid"]) == (1, 2)
    second = dovecot.add_user(password=box.password)  # same env secret, another mailbox
    dovecot.append(second, "INBOX", [mail(7)])
    other_source = Box(dovecot, second, box.desk).config(name="sales").sources[0]
    assert isinstance(other_source, ImapSource)
    channels = [box.channel(folders=["Billing"]), ImapSourceChannel(other_source)]
    service = SyncService(box.desk, channels)
    reports = service.sync_once()
    service.close()
    assert (reports["inbox"].result.imported, reports["sales"].result.imported) == (0, 1)
    assert SourceState(box.desk.store, "sales").load()["folders"]["INBOX"]["last_uid"] == 1


def test_ten_megabyte_attachment(box: Box) -> None:
    box.append("INBOX", mail(1, attachment=bytes(range(256)) * 40960))
    report = box.sync()
    assert (report.result.imported, report.errors) == (1, [])
    [ticket] = box.desk.list_tickets("all")
    [message] = box.desk.conversation(ticket.id)
    assert [(a.filename, a.size) for a in message.attachments] == [("big.pdf", 10 * 1024 * 1024)]


def test_fifty_megabyte_mail_becomes_a_placeholder_with_its_original_kept(box: Box) -> None:
    """ING-07: over `max_message_bytes` (default 40 MB) a mail is streamed into a blob in
    pieces, never held whole, and becomes a ticket naming it; the next mail goes on."""
    huge = mail(1, attachment=bytes(range(256)) * 150_000)  # 38.4 MB, ~52 MB as base64
    assert len(huge) > 50_000_000
    box.append("INBOX", huge, mail(2))
    digest, size = hashlib.sha256(huge).hexdigest(), len(huge)
    del huge
    detect("the language model takes ~80 MB once per process: not what is measured")
    tracemalloc.start()
    try:
        report = box.sync()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (report.result.imported, report.errors) == (2, [])
    assert peak < 25_000_000, peak  # pieces of 4 MB, not the 52 MB message
    big = next(t for t in box.desk.list_tickets("all") if t.subject == "Question number 1")
    [message] = box.desk.conversation(big.id)
    assert message.sender.email == "c1@example.com" and message.message_id == "q1@example.com"
    assert "max_message_bytes" in message.text and "too large" in message.reason
    assert [(a.filename, a.size, a.blob) for a in message.attachments] == [
        ("message.eml", size, digest)
    ]
    assert message.raw_blob == digest and box.desk.store.has_blob(digest)
    assert box.flags()[b"q1@example.com"] == {SEEN}  # acknowledged after the commit
    # Fetched again (state lost, or a UIDVALIDITY re-scan): a duplicate, not a second ticket.
    SourceState(box.desk.store, "inbox").save({})
    again = box.sync()
    assert (again.result.imported, again.result.duplicates, again.errors) == (0, 2, [])


def test_uidvalidity_that_keeps_changing_stops_after_n_runs(box: Box) -> None:
    """ING-04 flapping: each change re-scans with deduplication, up to
    `max_uidvalidity_changes` runs in a row; then the folder stops with one error line
    while the other folders go on, and it syncs again once the value holds."""
    raws = [mail(1), mail(2)]
    box.append("Support", *raws)
    channel = box.channel(folders=["Support"], max_uidvalidity_changes=2)
    assert box.sync(channel).result.imported == 2

    def recreate() -> None:
        with box.client() as other:
            other.delete_folder("Support")
        time.sleep(1.1)  # Dovecot's UIDVALIDITY is a timestamp
        box.append("Support", *raws)

    for _ in range(2):
        recreate()
        report = box.sync(channel)
        assert (report.result.imported, report.result.duplicates, report.errors) == (0, 2, [])
    recreate()
    box.append("INBOX", mail(3))
    report = box.sync(channel)
    assert (report.result.imported, report.result.duplicates) == (1, 0)  # INBOX went on
    [error] = report.errors
    assert "Support: UIDVALIDITY changed on 3 runs in a row" in error and "\n" not in error
    assert box.sync(channel).result.duplicates == 2  # held for a run: re-scanned once
    assert len(box.tickets()) == 3
    assert box.sync(channel).result.as_dict()["duplicates"] == 0


def test_poison_message_is_quarantined_and_the_mailbox_moves_past_it(box: Box) -> None:
    """ING-10: [good, poison, good] → two tickets, one quarantined with its raw bytes, the
    last UID past all three, nothing fetched twice on the next run."""
    binary = bytes(b for b in range(256) if b not in b"\r\n")  # Dovecot would add CRs
    poison = b"X-Not-Mail: \x00\xff\r\n\r\n" + binary * 4
    box.append("INBOX", mail(1), poison, mail(2))
    report = box.sync()
    assert (report.result.imported, report.result.quarantined, report.errors) == (2, 1, [])
    [held] = box.desk.quarantined().values()
    assert held["size"] == len(poison) and "not a mail message" in str(held["reason"])
    assert SourceState(box.desk.store, "inbox").load()["folders"]["INBOX"]["last_uid"] == 3
    again = box.sync()
    assert (again.result.imported, again.result.quarantined, again.result.duplicates) == (0, 0, 0)


# -- killed at every step (ING-02, ING-05) -------------------------------------------------
SYNC_CRASHES = [  # (point, nth pass) in a sync of 3 batches stored in 2 commits
    ("intake-blob-written", 3),
    ("tx-before-commit", 2),
    ("tx-before-commit", 4),
    ("atomic-temp-written", 5),
    ("journal-temps-written", 2),
    ("journal-written", 2),
    ("journal-renamed", 9),
    ("journal-appended", 2),
    ("intake-batch-committed", 1),
    ("intake-batch-committed", 2),
    ("imap-acknowledged", 1),
    ("imap-acknowledged", 3),
    # Blob packs: after a record's append, before and after the commit's index line.
    ("pack-appended", 4),
    ("blobs-located", 2),
    ("journal-appended", 3),
]


@pytest.mark.slow
def test_sync_killed_at_every_step_never_flags_without_a_ticket_nor_imports_twice(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    """A `sync --once` process dies (os._exit) at each named point of a 3-batch sync;
    then: no mail is \\Seen without its ticket, and the next run ends with the same
    tickets as a run never interrupted, each message once."""
    raws = [mail(n) for n in range(1, 6)] + [
        mail(1, body="Any news?", extra="In-Reply-To: <q1@example.com>\r\n").replace(
            b"Message-ID: <q1@", b"Message-ID: <r1@"
        )  # the customer's follow-up: threads onto the first ticket
    ]

    def run(desk_dir: Path, user: str, crash: str = "") -> subprocess.CompletedProcess[str]:
        cfg = tmp_path / f"{desk_dir.name}.toml"
        cfg.write_text(
            f'[desk]\ndata_dir = "{desk_dir}"\n\n[[sources]]\nname = "inbox"\nkind = "imap"\n'
            f'host = "127.0.0.1"\nport = {dovecot.port}\nsecurity = "none"\n'
            f'username = "{user}"\npassword = {{ env = "IMAP_PW" }}\nbatch_size = 2\n'
        )
        env = {k: v for k, v in os.environ.items() if k != "SUPPORTDESK_CRASH_AT"}
        env |= {"IMAP_PW": dovecot.users[user]} | ({"SUPPORTDESK_CRASH_AT": crash} if crash else {})
        return subprocess.run(
            [sys.executable, "-m", "supportdesk", "--config", str(cfg), "sync", "--once"],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip

    def tickets(desk_dir: Path) -> list[tuple[str, int]]:
        store = open_store(desk_dir)
        return sorted((t.subject, t.message_count) for t in store.list_tickets())

    def seen_without_ticket(user: str, desk_dir: Path) -> set[bytes]:
        box = Box(dovecot, user, Desk(open_store(desk_dir), Config(), "t"))
        stored = {m.message_id.encode() for t in box.desk.list_tickets("all")
                  for m in box.desk.conversation(t.id)}  # fmt: skip
        return {mid for mid, flags in box.flags().items() if SEEN in flags} - stored

    clean_user = dovecot.add_user()
    dovecot.append(clean_user, "INBOX", raws)
    assert run(tmp_path / "clean", clean_user).returncode == 0
    golden = tickets(tmp_path / "clean")
    assert len(golden) == 6 - 1 and sum(n for _, n in golden) == 6
    exercised = 0
    for point, nth in SYNC_CRASHES:
        user = dovecot.add_user()
        dovecot.append(user, "INBOX", raws)
        desk_dir = tmp_path / f"crash-{point}-{nth}"
        crashed = run(desk_dir, user, f"{point}:{nth}")
        assert crashed.returncode == 137, f"{point}:{nth} never reached: {crashed.stderr}"
        exercised += 1
        assert seen_without_ticket(user, desk_dir) == set(), f"{point}:{nth}"
        again = run(desk_dir, user)
        assert again.returncode == 0, again.stderr
        assert tickets(desk_dir) == golden, f"state after a crash at {point}:{nth} differs"
        assert all(SEEN in f for f in Box(dovecot, user, None).flags().values())  # type: ignore[arg-type]
    assert exercised == len(SYNC_CRASHES)


# -- cut connections, silent and dripping servers -------------------------------------------
class CuttingProxy:
    """Forwards to Dovecot; once the client asked for bodies (`BODY.PEEK`), it cuts both
    sides after `cut_after` bytes of the answer, inside a message literal."""

    def __init__(self, target: int, cut_after: int) -> None:
        self.target, self.cut_after, self.cuts = target, cut_after, 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)
        self.port = self.listener.getsockname()[1]
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        with self.listener:
            while not self.stop.is_set():
                try:
                    conn, _ = self.listener.accept()
                except TimeoutError:
                    continue
                with conn, socket.create_connection(("127.0.0.1", self.target)) as up:
                    self._pump(conn, up)

    def _pump(self, conn: socket.socket, up: socket.socket) -> None:
        sent, fetching = 0, False
        with selectors.DefaultSelector() as sel:
            sel.register(conn, selectors.EVENT_READ)
            sel.register(up, selectors.EVENT_READ)
            while not self.stop.is_set():
                for key, _ in sel.select(0.05):
                    data = key.fileobj.recv(65536)  # type: ignore[union-attr]
                    if not data:
                        return
                    if key.fileobj is conn:
                        fetching = fetching or b"BODY.PEEK" in data
                        up.sendall(data)
                    elif fetching and sent + len(data) > self.cut_after:
                        conn.sendall(data[: self.cut_after - sent])
                        self.cuts += 1
                        return
                    else:
                        sent += len(data) if fetching else 0
                        conn.sendall(data)

    def close(self) -> None:
        self.stop.set()
        self.thread.join()


def test_connection_cut_mid_fetch_resumes_without_loss_or_duplicates(box: Box) -> None:
    """ING-05/06: the first run dies inside a literal of its second batch: the first batch
    is kept, the error is one line, and the next run imports the rest exactly once."""
    box.append("INBOX", *[mail(n, body="word " * 400) for n in range(1, 7)])
    proxy = CuttingProxy(box.server.port, cut_after=6000)  # ~3 messages of ~2.1 KB
    try:
        cut = box.sync(port=proxy.port, batch_size=2)
    finally:
        proxy.close()
    assert proxy.cuts == 1
    [error] = cut.errors
    assert "source inbox: 127.0.0.1:" in error and "connection lost" in error
    assert cut.result.imported == 2
    assert box.flags()[b"q3@example.com"] == set()  # the cut batch was not acknowledged
    report = box.sync(batch_size=2)
    assert (report.result.imported, report.result.duplicates, report.errors) == (4, 0, [])
    assert box.tickets() == [f"Question number {n}" for n in range(1, 7)]


def test_message_shorter_than_its_size_ends_the_batch(
    box: Box, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A literal that arrives short of RFC822.SIZE (twice, differently) is never stored as
    complete: the batch ends before it and the next run fetches it again."""
    box.append("INBOX", mail(1), mail(2), mail(3))
    real = imap_module._Client.fetch
    cuts: list[int] = []

    def short(self, uids, items, modifiers=None):
        data = real(self, uids, items, modifiers)
        if "BODY.PEEK[]" in items and 2 in data and len(cuts) < 2:
            cuts.append(50 + 10 * len(cuts))
            data[2][b"BODY[]"] = data[2][b"BODY[]"][: cuts[-1]]
        return data

    monkeypatch.setattr(imap_module._Client, "fetch", short)
    first = box.sync()
    assert first.result.imported == 1 and "UID 2 came incomplete" in first.errors[0]
    assert box.flags()[b"q2@example.com"] == set()
    second = box.sync()
    assert (second.result.imported, second.result.duplicates, second.errors) == (2, 0, [])


def test_wrong_size_that_repeats_is_believed_with_a_note(
    box: Box, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server whose RFC822.SIZE is just wrong must not block that message for ever."""
    box.append("INBOX", mail(1))
    real = imap_module._Client.fetch

    def lying(self, uids, items, modifiers=None):
        data = real(self, uids, items, modifiers)
        for item in data.values():
            if b"RFC822.SIZE" in item:
                item[b"RFC822.SIZE"] += 7
        return data

    monkeypatch.setattr(imap_module._Client, "fetch", lying)
    channel = box.channel()
    report = box.sync(channel)
    assert report.result.imported == 1
    assert any("identical on a second fetch" in note for note in report.notes)


def _silent_server():
    server = socket.create_server(("127.0.0.1", 0))  # accepts (backlog), never answers
    return server, server.getsockname()[1]


def test_silent_server_fails_within_the_timeout(box: Box) -> None:
    server, port = _silent_server()
    with server:
        start = time.monotonic()
        report = box.sync(port=port, timeout_seconds=2)
        elapsed = time.monotonic() - start
    [error] = report.errors
    assert "timed out" in error and f"127.0.0.1:{port}: connect" in error
    assert elapsed < 4


def test_dripping_server_fails_within_the_deadline(box: Box) -> None:
    """A byte every 0.3 s never trips a 2 s read timeout; the watchdog cuts it."""
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def drip() -> None:
        with server:
            conn, _ = server.accept()
            with conn:
                for byte in b"* OK " + b"x" * 1000:
                    if stop.wait(0.3):
                        return
                    try:
                        conn.sendall(bytes([byte]))
                    except OSError:
                        return

    thread = threading.Thread(target=drip, daemon=True)
    thread.start()
    start = time.monotonic()
    report = box.sync(port=server.getsockname()[1], timeout_seconds=2)
    elapsed = time.monotonic() - start
    stop.set()
    thread.join()
    assert "timed out" in report.errors[0] and elapsed < 4


# -- TLS and secrets ------------------------------------------------------------------------
@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_unknown_ca_refused_unless_named(box: Box, security: str) -> None:
    """OUT-05: verification is on; ca_cert trusts exactly the CA that signed the certificate."""
    box.append("INBOX", mail(1))
    port = box.server.tls_port if security == "tls" else box.server.port
    refused = box.sync(port=port, security=security)
    [error] = refused.errors
    assert "certificate verify failed" in error and "source inbox" in error
    accepted = box.sync(port=port, security=security, ca_cert=str(box.server.ca))
    assert (accepted.result.imported, accepted.errors) == (1, [])


def test_plaintext_is_refused_for_a_remote_host() -> None:
    source = ImapSource(name="inbox", host="imap.example.com", security="none", port=143)
    with pytest.raises(ImapError, match="loopback"):
        next(ImapSourceChannel(source).fetch(None))  # type: ignore[arg-type]


def test_bad_password_is_one_line_without_the_password(
    box: Box, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMAP_PW", "hunter2-wrong")
    [error] = box.sync().errors
    assert error.startswith("source inbox: 127.0.0.1:") and "login failed" in error
    assert "\n" not in error and "hunter2" not in error


@pytest.mark.parametrize("auth", ["password", "xoauth2"])
def test_secrets_never_reach_logs_or_output(
    box: Box,
    auth: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """CRED/HTTP-07: DEBUG everywhere, a good login, a failing one, a failing command."""
    caplog.set_level(logging.DEBUG)
    box.append("INBOX", mail(1))
    secrets = [box.password]
    if auth == "xoauth2":  # Dovecot checks the bearer token like a password here
        (tmp_path / "token").write_text(box.password + "\n")
        source = box.config(auth="xoauth2").sources[0]
        source = dataclasses.replace(source, password=Secret("command", f"cat {tmp_path}/token"))
        channel = ImapSourceChannel(source)
        sasl = f"user={box.user}\1auth=Bearer {box.password}\1\1"
        secrets.append(base64.b64encode(sasl.encode()).decode())
        assert box.sync(channel).result.imported == 1
    else:
        assert box.sync().result.imported == 1
    monkeypatch.setenv("IMAP_PW", "wrong-" + box.password)
    assert box.sync().errors
    secrets.append("wrong-" + box.password)
    out, err = capsys.readouterr()
    logged = caplog.text + out + err
    assert "LOGIN" in logged or "AUTHENTICATE" in logged  # logging was really on
    for secret in secrets:
        assert secret not in logged


def test_doctor_checks(box: Box) -> None:
    box.append("INBOX", mail(1), mail(2))
    checks = box.channel(folders=["Missing"], after_import="move:Processed").check()
    lines = [(c.what, c.ok, c.detail) for c in checks]
    assert lines[0] == ("source inbox secret", True, "found via env IMAP_PW")
    assert lines[1][:2] == ("source inbox connect", True)
    assert lines[2][:2] == ("source inbox login", True)
    assert lines[3] == ("source inbox folder INBOX", True, "2 messages")
    assert lines[4] == ("source inbox folder Missing", False, "does not exist")
    assert lines[5] == ("source inbox folder Processed", True, "absent; created on first move")
    assert box.password not in repr(lines)


def test_doctor_reports_a_refused_connection_without_raising(box: Box) -> None:
    server, port = _silent_server()
    server.close()  # nothing listens there now
    checks = box.channel(port=port).check()
    assert [(c.what, c.ok) for c in checks] == [
        ("source inbox secret", True),
        ("source inbox connect", False),
    ]
    assert "connection refused" in checks[1].detail


def test_running_sync_idles_and_takes_new_mail_as_it_arrives(box: Box) -> None:
    """Issue 4: without --once, IMAP IDLE brings new mail in at once, not at the next
    poll (the poll interval here is a minute; the test waits a few seconds at most)."""
    import threading
    import time as clock

    box.append("INBOX", mail(1))
    channel = box.channel()
    service = SyncService(box.desk, [channel])
    stop = threading.Event()
    cycles: list[dict] = []
    runner = threading.Thread(target=service.run, args=(stop, 60.0, cycles.append), daemon=True)
    runner.start()
    try:
        deadline = clock.monotonic() + 20
        while clock.monotonic() < deadline and len(box.tickets()) < 1:
            clock.sleep(0.1)
        assert len(box.tickets()) == 1
        clock.sleep(0.5)  # let it enter IDLE
        box.append("INBOX", mail(2))
        while clock.monotonic() < deadline and len(box.tickets()) < 2:
            clock.sleep(0.1)
        assert len(box.tickets()) == 2, "new mail waited for the next poll"
        # The cycle is reported after its commit, acknowledgement and outbox retry: the
        # ticket can be visible a moment before (seen failing under a loaded full run).
        while clock.monotonic() < deadline and len(cycles) < 2:
            clock.sleep(0.1)
        assert len(cycles) >= 2
    finally:
        stop.set()
        runner.join(timeout=15)
        service.close()
    assert not runner.is_alive()
