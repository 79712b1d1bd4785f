"""The embedded desk: TinyDB documents in sharded JSON files under one data directory.

Layout (every file replaced atomically, every change under `desk.lock`):

    desk.json                   schema version and the next ticket id
    tickets/hot/NNNN.json       active and recently solved tickets, 1,000 ids per shard
    tickets/cold/NNNN.json      closed and long-solved tickets (the archive)
    messages/NNNN/<id>.json     one ticket's conversation
    messages/NNNN/bundle-*.jsonl  conversations of tickets created together (bundles.py)
    messages/NNNN/bundled.json  which bundle and byte range holds such a conversation
    index/<name>/<xx>.json      lookup indexes, sharded by key hash
    events/YYYY-MM.jsonl        the append-only audit log
    blobs/packs/<name>.pack     raw messages and attachments, appended by content (packs.py)
    blobs/index.jsonl           where each committed blob is in the packs
    blobs/<xx>/<sha256>         loose blobs: older desks and streamed giants (ING-07)
    cache/report-summary.bin    derived from the event log, rebuilt at will (metrics.summary)

TinyDB rewrites a whole file per write, so no file holds all history: a write costs
the size of one shard, the same at 100 tickets as at 100,000 (design.md).
"""

from __future__ import annotations

import contextlib
import os
import re
import weakref
import zlib
from collections.abc import Collection, Container, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from tinydb.storages import Storage

from supportdesk.errors import NotFound, StoreBusy, StoreError
from supportdesk.models import Event, Message, Status, Ticket, utcnow
from supportdesk.store import codec
from supportdesk.store.base import BlobWriter, Store, Transaction
from supportdesk.store.bundles import BUNDLE_FROM, MAP, BundleReader, bundle
from supportdesk.store.cache import FileCache
from supportdesk.store.files import (
    FILE_MODE,
    Journal,
    crash_point,
    dump_json,
    ensure_dir,
    write_atomic,
)
from supportdesk.store.lock import DeskLock
from supportdesk.store.packs import (
    PACK_CAP,
    Location,
    PackBlobWriter,
    PackIndex,
    PackScanner,
    appender,
    index_line,
    index_of,
    read_record,
    release,
)

if TYPE_CHECKING:
    from tinydb.table import Table

SCHEMA = 1
SHARD = 1000
_DIGEST = re.compile(r"[0-9a-f]{64}")  # a blob's name: a sha256 in lowercase hex
_ACTIVE = frozenset({Status.NEW, Status.OPEN, Status.PENDING})


def _shard(ticket_id: int) -> str:
    return f"{ticket_id // SHARD:04d}"


class _StagedStorage(Storage):
    """TinyDB storage over one file's content held by a transaction.

    `read` hands TinyDB a shallow copy so the cached, committed content is never
    changed in place; `write` stages the new content for the transaction's commit.
    """

    def __init__(self, tx: _Tx, path: Path) -> None:
        self._tx = tx
        self._path = path

    def read(self) -> dict[str, Any]:
        return dict(self._tx.doc(self._path))

    def write(self, data: dict[str, Any]) -> None:
        self._tx.stage(self._path, data)


class _Tx(Transaction):
    def __init__(self, store: TinyDeskStore) -> None:
        self._s = store
        self._docs: dict[Path, dict[str, Any]] = {}
        self._dirty: set[Path] = set()
        self._events: list[Event] = []
        self._puts: dict[Path, dict[int, dict[str, Any]]] = {}  # shard → id → ticket
        self._gone: dict[Path, set[int]] = {}  # shard → ids moved to the other shard
        self._conversations: dict[Path, int] = {}  # conversation path → its ticket id
        self._created: set[int] = set()  # tickets new in this transaction
        self._bundled: set[int] = set()  # tickets whose conversation was read from a bundle

    # -- raw documents -------------------------------------------------------------
    def doc(self, path: Path) -> dict[str, Any]:
        if path not in self._docs:
            self._docs[path] = self._s.cache.load(path)
        return self._docs[path]

    def conversation(self, ticket_id: int) -> Path:
        """Load a ticket's conversation (its own file, else its bundle record); its path."""
        path = self._s.messages_path(ticket_id)
        if path not in self._docs:
            doc: dict[str, Any] = {}  # a ticket created here has none yet
            if ticket_id not in self._created:
                doc = self._s.cache.load(path)
                bundled = None if doc else self._s.bundled_conversation(ticket_id)
                if bundled:
                    doc = bundled
                    self._bundled.add(ticket_id)
            self._docs[path] = doc
            self._conversations[path] = ticket_id
        return path

    def stage(self, path: Path, data: dict[str, Any]) -> None:
        self._docs[path] = data
        self._dirty.add(path)

    def _table(self, path: Path, name: str) -> Table:
        from tinydb import TinyDB  # writers only: keeps read-only CLI start-up lean

        return TinyDB(self, path, storage=_StagedStorage).table(name, cache_size=0)

    # -- tickets --------------------------------------------------------------------
    # Ticket writes are collected per shard and applied in one TinyDB operation at
    # commit: TinyDB rebuilds the whole table on every insert or remove, so an import
    # batch touching 200 tickets of one shard would otherwise rebuild it 400 times.
    def locate(self, ticket_id: int) -> Path | None:
        paths = self._s.ticket_paths(ticket_id)
        for path in paths:
            if ticket_id in self._puts.get(path, {}):
                return path
        for path in paths:
            if ticket_id not in self._gone.get(path, ()) and str(ticket_id) in self.doc(path).get(
                "tickets", {}
            ):
                return path
        return None

    def get_ticket(self, ticket_id: int) -> Ticket:
        path = self.locate(ticket_id)
        if path is None:
            raise NotFound(f"ticket #{ticket_id}: no such ticket")
        pending = self._puts.get(path, {}).get(ticket_id)
        return codec.ticket_from_dict(pending or self.doc(path)["tickets"][str(ticket_id)])

    def new_ticket(self, ticket: Ticket) -> Ticket:
        meta = dict(self.doc(self._s.meta_path))
        ticket.id = int(meta.get("next_ticket_id", 1))
        meta["next_ticket_id"] = ticket.id + 1
        meta.setdefault("schema", SCHEMA)
        self.stage(self._s.meta_path, meta)
        ticket.version = -1  # put_ticket makes it 0
        self.put_ticket(ticket)
        self._created.add(ticket.id)
        return ticket

    def put_ticket(self, ticket: Ticket) -> None:
        ticket.version += 1
        self.place(ticket)

    def place(self, ticket: Ticket) -> None:
        """Put the ticket into the shard its status calls for, leaving the other one."""
        target = self._s.placement(ticket)
        current = self.locate(ticket.id)
        if current is not None and current != target:
            self._puts.get(current, {}).pop(ticket.id, None)
            self._gone.setdefault(current, set()).add(ticket.id)
        self._gone.get(target, set()).discard(ticket.id)
        self._puts.setdefault(target, {})[ticket.id] = codec.ticket_to_dict(ticket)

    def _flush_tickets(self) -> None:
        for path in set(self._puts) | set(self._gone):
            puts = self._puts.get(path, {})
            stored = self.doc(path).get("tickets", {})
            table = self._table(path, "tickets")
            drop = [i for i in {*puts, *self._gone.get(path, ())} if str(i) in stored]
            if drop:
                table.remove(doc_ids=drop)
            if puts:
                table.insert_multiple(table.document_class(d, doc_id=i) for i, d in puts.items())
        self._puts.clear()
        self._gone.clear()

    # -- messages -------------------------------------------------------------------
    def messages(self, ticket_id: int) -> list[Message]:
        raw = self.doc(self.conversation(ticket_id)).get("messages", {})
        return [codec.message_from_dict(raw[k]) for k in sorted(raw, key=int)]

    def add_message(self, message: Message) -> Message:
        """Append to the conversation document as TinyDB's insert would (the same
        "messages" table, keyed by the 1-based sequence as a string), without it: its
        insert rebuilt the table twice and set up a database per call, a third of
        storing a message in a first sync (bench/sync.py)."""
        path = self.conversation(message.ticket_id)
        doc = self.doc(path)
        messages = dict(doc.get("messages", {}))  # the committed one is shared: copy
        seq = len(messages) + 1
        if str(seq) in messages:  # (TinyDB's check, kept)
            raise ValueError(f"Document with ID {seq} already exists")
        message.id = f"{message.ticket_id}-{seq}"
        messages[str(seq)] = codec.message_to_dict(message)
        self.stage(path, {**doc, "messages": messages})
        return message

    def put_message(self, message: Message) -> None:
        table = self._table(self.conversation(message.ticket_id), "messages")
        seq = int(message.id.rpartition("-")[2])
        if not table.contains(doc_id=seq):
            raise NotFound(f"message {message.id}: no such message")
        table.remove(doc_ids=[seq])
        table.insert(table.document_class(codec.message_to_dict(message), doc_id=seq))

    # -- indexes and events ---------------------------------------------------------
    def index_get(self, index: str, key: str) -> Any:
        return self.doc(self._s.index_path(index, key)).get(key)

    def index_put(self, index: str, key: str, value: Any) -> None:
        path = self._s.index_path(index, key)
        data = dict(self.doc(path))
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
        self.stage(path, data)

    def log(self, event: Event) -> None:
        self._events.append(event)

    # -- commit ---------------------------------------------------------------------
    def commit(
        self, written: list[Path] | None = None, located: dict[str, Location] | None = None
    ) -> None:
        """Apply the changes; `written` (blob files and packs) become durable with them,
        before any file that names them is in place, and the `located` blobs' places in
        their packs are listed by the same commit (so readable exactly when it is)."""
        self._flush_tickets()
        txid = os.urandom(8).hex()
        files = {p: dump_json(self._docs[p]) for p in sorted(self._dirty)}
        bundled = self._bundle_conversations(txid, files)
        appends: dict[Path, list[bytes]] = {}
        if located:  # first: `journal-appended:1` is the point after the index line
            appends[self._s.blob_index.path] = [index_line(txid, located)]
        for ev in self._events:
            line = codec.event_to_dict(ev)
            line["tx"] = txid
            appends.setdefault(self._s.events_path(ev.at), []).append(dump_json(line) + b"\n")
        crash_point("tx-before-commit")
        self._s.journal.commit(txid, files, appends, written or ())
        for path in self._dirty:
            if path in files:  # not a conversation moved into a bundle: no such file
                self._s.cache.remember(path, self._docs[path])
        self._dirty.clear()
        for folder, tickets in bundled.items():
            shard_map = self.doc(folder / MAP)
            for ticket_id in tickets:  # spares reading back what was just written
                path = self._s.messages_path(ticket_id)
                self._s.bundle_reader.remember(folder, shard_map[str(ticket_id)], self._docs[path])
            self._s.drop_unlisted_bundles(folder, shard_map)

    def _bundle_conversations(self, txid: str, files: dict[Path, bytes]) -> dict[Path, list[int]]:
        """Write the conversations of tickets created here, and of tickets still in a
        bundle, into one new bundle per shard when a shard has at least BUNDLE_FROM of
        them (bundles.py); `files` is changed. A ticket with a file of its own keeps it.
        Returns the shard folders that got a bundle, with the tickets it holds."""
        movable: dict[Path, dict[int, Path]] = {}  # shard folder → ticket id → own path
        for path, ticket_id in self._conversations.items():
            if path in files and (ticket_id in self._created or ticket_id in self._bundled):
                movable.setdefault(path.parent, {})[ticket_id] = path
        done: dict[Path, list[int]] = {}
        for folder, paths in movable.items():
            if len(paths) < BUNDLE_FROM:
                continue
            map_path = folder / MAP
            docs = {ticket_id: files.pop(path) for ticket_id, path in paths.items()}
            bundle_path, data, shard_map = bundle(txid, folder, self.doc(map_path), docs)
            files[bundle_path] = data
            self.stage(map_path, shard_map)
            files[map_path] = dump_json(shard_map)
            done[folder] = list(paths)
        return done


class TinyDeskStore(Store):
    """A desk in a data directory, shared by any number of processes."""

    def __init__(
        self,
        root: Path,
        *,
        lock_timeout: float = 10.0,
        archive_after: timedelta = timedelta(days=14),
    ) -> None:
        self.root = Path(root)
        self._adopted: list[str] = []  # blobs to settle (locate, make durable) at the commit
        self._located: dict[str, Location] = {}  # settled, listed by the next commit
        self._unsynced: list[Path] = []  # blob files and packs to make durable with it
        self._token = os.urandom(6).hex()  # names the packs this store's writers append to
        weakref.finalize(self, release, self.root, self._token)  # its pack's descriptor
        self.pack_cap = PACK_CAP
        self._scanner = PackScanner(self.root / "blobs" / "packs", self._token)
        self.bundle_reader = BundleReader()
        self.archive_after = archive_after
        self.cache = FileCache()
        ensure_dir(self.root)
        self.meta_path = self.root / "desk.json"
        self.journal = Journal(self.root / "journal.json")
        self.lock = DeskLock(self.root / "desk.lock", timeout=lock_timeout)
        self._check_schema()

    def _check_schema(self) -> None:
        if not self.meta_path.exists():
            with self.lock:
                if not self.meta_path.exists():
                    write_atomic(self.meta_path, dump_json({"schema": SCHEMA, "next_ticket_id": 1}))
        schema = self.cache.load(self.meta_path).get("schema")
        if schema != SCHEMA:
            raise StoreError(f"{self.meta_path}: unsupported desk schema {schema!r}")
        if self.journal.path.exists():
            # A writer died mid-commit; finish it now rather than at the next write, so
            # even a read-only session sees a complete state.
            with self.lock:
                self.journal.recover()

    # -- paths ----------------------------------------------------------------------
    def ticket_paths(self, ticket_id: int) -> tuple[Path, Path]:
        return self._ticket_shards(ticket_id // SHARD)

    @cache  # noqa: B019 - one store per data dir lives as long as the process
    def _ticket_shards(self, shard: int) -> tuple[Path, Path]:
        name = f"{shard:04d}.json"
        return self.root / "tickets" / "hot" / name, self.root / "tickets" / "cold" / name

    def placement(self, ticket: Ticket) -> Path:
        """Hot unless closed or solved long ago: the active queue never reads the archive."""
        hot, cold = self.ticket_paths(ticket.id)
        if ticket.status is Status.CLOSED:
            return cold
        if ticket.status is Status.SOLVED and utcnow() - ticket.updated_at > self.archive_after:
            return cold
        return hot

    def conversation(self, ticket_id: int) -> dict[str, Any]:
        """A ticket's conversation document: its own file, else its bundle's record."""
        doc = self.cache.load(self.messages_path(ticket_id))
        return doc or self.bundled_conversation(ticket_id) or doc

    def bundled_conversation(self, ticket_id: int) -> dict[str, Any] | None:
        """The conversation's record in a bundle; None when the shard's map has none."""
        folder, map_path = self._bundle_paths(ticket_id // SHARD)
        for _ in range(2):
            where = self.cache.load(map_path).get(str(ticket_id))
            if where is None:
                return None
            doc = self.bundle_reader.read(folder, ticket_id, where)
            if doc is not None:
                return doc
            # The bundle went away since the map was read: a newer map names another.
        return None

    @cache  # noqa: B019 - bounded: one entry per id shard
    def _bundle_paths(self, shard: int) -> tuple[Path, Path]:
        folder = self.root / "messages" / f"{shard:04d}"
        return folder, folder / MAP

    def drop_unlisted_bundles(self, folder: Path, shard_map: dict[str, Any]) -> None:
        """Delete the bundles of a shard whose every record a newer one superseded, after
        the commit whose map no longer names them (a crash before: a stray file)."""
        listed = {where[0] for where in shard_map.values()}
        for path in folder.glob("bundle-*.jsonl"):
            if path.name not in listed:
                path.unlink(missing_ok=True)

    @lru_cache(maxsize=4096)  # noqa: B019 - hot in imports; bounded
    def messages_path(self, ticket_id: int) -> Path:
        return self.root / "messages" / _shard(ticket_id) / f"{ticket_id}.json"

    def index_path(self, index: str, key: str) -> Path:
        return self._index_shard(index, zlib.crc32(key.encode()) & 0xFF)

    @cache  # noqa: B019 - bounded: 256 buckets per index
    def _index_shard(self, index: str, bucket: int) -> Path:
        return self.root / "index" / index / f"{bucket:02x}.json"

    def events_path(self, at: datetime) -> Path:
        return self._events_file(at.year, at.month)

    @cache  # noqa: B019 - bounded: one entry per month logged to
    def _events_file(self, year: int, month: int) -> Path:
        # (a commit logs two events a message: building the path each time was ~5% of
        # an import's commit, bench/sync.py)
        return self.root / "events" / f"{year:04d}-{month:02d}.jsonl"

    def blob_path(self, digest: str) -> Path:
        if not _DIGEST.fullmatch(digest):  # (a regex: the per-character test cost ~10 us)
            raise StoreError(f"blob {digest!r}: not a sha256 digest")
        return self.root / "blobs" / digest[:2] / digest

    # -- writes ---------------------------------------------------------------------
    def transaction(self) -> AbstractContextManager[Transaction]:
        return self._transaction()

    @contextmanager
    def _transaction(self) -> Iterator[_Tx]:
        with self.lock:
            self.journal.recover()
            tx = _Tx(self)
            yield tx
            # One sync for the blobs and the commit's files: blobs are durable before
            # the journal that names them, one file-system flush instead of two.
            self._settle_blobs()
            tx.commit(self._unsynced, self._located)
            self._unsynced, self._located = [], {}

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        if not name.isidentifier():
            raise StoreError(f"lock {name!r}: not a valid role name")
        lock = DeskLock(self.root / f"{name}.lock", timeout=0)
        try:
            with lock:
                yield
        except StoreBusy:
            who = lock.holder() or "another process"
            raise StoreBusy(f"{self.root}: {name} is already running ({who})") from None

    def sweep_archive(self) -> int:
        """Move tickets solved longer ago than `archive_after` into the archive.

        Only the file changes, not the ticket: its version stays, so nobody's
        collision check fires for a move.
        """
        moved = 0
        with self._transaction() as tx:
            for t in self.list_tickets([Status.SOLVED]):
                fresh = tx.get_ticket(t.id)
                if tx.locate(t.id) != self.placement(fresh):
                    tx.place(fresh)
                    moved += 1
        return moved

    # -- reads ----------------------------------------------------------------------
    def _decoded(self, path: Path) -> dict[int, Ticket]:
        # Archive shards keep only their decoded tickets: they hold nearly all of a big
        # desk and are rarely written (hot shards are read by every transaction).
        cold = path.parent.name == "cold"
        return self.cache.derived(path, "tickets", _decode_tickets, keep_data=not cold)

    def _shards(self, kind: str) -> list[Path]:
        folder = self.root / "tickets" / kind
        try:
            return sorted(folder / e.name for e in os.scandir(folder) if e.name.endswith(".json"))
        except FileNotFoundError:
            return []

    def list_tickets(self, statuses: Iterable[Status] | None = None) -> list[Ticket]:
        wanted = frozenset(statuses) if statuses is not None else None
        kinds = ["hot"] if wanted is not None and wanted <= _ACTIVE else ["hot", "cold"]
        found: list[Ticket] = []
        for kind in kinds:
            for path in self._shards(kind):
                tickets = self._decoded(path).values()
                found.extend(t for t in tickets if wanted is None or t.status in wanted)
        found.sort(key=lambda t: t.id)
        return found

    def get_ticket(self, ticket_id: int) -> Ticket:
        for path in self.ticket_paths(ticket_id):
            ticket = self._decoded(path).get(ticket_id)
            if ticket is not None:
                return ticket
        raise NotFound(f"ticket #{ticket_id}: no such ticket")

    def messages(self, ticket_id: int) -> list[Message]:
        self.get_ticket(ticket_id)
        raw = self.conversation(ticket_id).get("messages", {})
        return [codec.message_from_dict(raw[k]) for k in sorted(raw, key=int)]

    def index_get(self, index: str, key: str) -> Any:
        return self.cache.load(self.index_path(index, key)).get(key)

    def index_items(self, index: str) -> dict[str, Any]:
        items: dict[str, Any] = {}
        folder = self.root / "index" / index
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                items.update(self.cache.load(path))
        return items

    def secret(self, name: str) -> bytes:
        path = self.root / "secrets" / name
        try:
            return path.read_bytes()
        except FileNotFoundError:
            pass
        with self.lock:
            if not path.exists():
                write_atomic(path, os.urandom(32))
        return path.read_bytes()

    def events(self, since: datetime | None = None) -> Iterator[Event]:
        folder = self.root / "events"
        if not folder.is_dir():
            return
        first = f"{since.year:04d}-{since.month:02d}.jsonl" if since else ""
        for path in sorted(folder.glob("*.jsonl")):
            if path.name < first:
                continue
            with path.open("rb") as fh:
                for line in fh:
                    try:
                        event = codec.event_from_dict(_loads(line))
                    except (ValueError, KeyError, TypeError):
                        continue  # a line torn by a crash mid-append; the rest stands
                    if since is None or event.at >= since:
                        yield event

    def event_dicts(
        self,
        kinds: Collection[str] | None = None,
        tickets: Container[int] | None = None,
        since: datetime | None = None,
    ) -> Iterator[dict[str, Any]]:
        """The log's lines as dicts. A line of an unwanted kind or ticket is skipped by
        its first bytes (`{"kind":"…","ticket_id":N,`, as `dump_json` writes an event)
        without being parsed; a line in any other shape is parsed, then filtered.
        `since` skips the months logged before it."""
        for path in self._event_files(since):
            with path.open("rb") as fh:
                yield from _dicts_of(fh, kinds, tickets)

    def event_segments(self) -> list[Path]:
        return self._event_files(None)

    def summary_path(self, name: str) -> Path:
        return self.root / "cache" / name

    def segment_dicts(
        self, data: bytes, kinds: Collection[str] | None = None
    ) -> Iterator[dict[str, Any]]:
        import io  # (here, not at the top: keeps merges with the blob work trivial)

        # BytesIO splits lines exactly as iterating the file does (on b"\n" only)
        return _dicts_of(io.BytesIO(data), kinds, None)

    def tickets_with_events(self, since: datetime) -> set[int] | None:
        """Answered by month file: every ticket with an event in `since`'s month or later;
        None when that is the whole log."""
        files = self._event_files(since)
        if files == self._event_files(None):
            return None
        found: set[int] = set()
        for path in files:
            with path.open("rb") as fh:
                for line in fh:
                    try:
                        if line[:9] == b'{"kind":"':
                            tid = _ticket_of(line, line.find(b'"', 9))
                        else:
                            tid = _loads(line).get("ticket_id")
                    except (ValueError, TypeError):
                        continue
                    if isinstance(tid, int):
                        found.add(tid)
        return found

    def _event_files(self, since: datetime | None) -> list[Path]:
        folder = self.root / "events"
        if not folder.is_dir():
            return []
        first = f"{since.year:04d}-{since.month:02d}.jsonl" if since else ""
        return [p for p in sorted(folder.glob("*.jsonl")) if p.name >= first]

    # -- blobs ----------------------------------------------------------------------
    @property
    def blob_index(self) -> PackIndex:
        """Committed blob locations, shared by this process's writers for one desk."""
        return index_of(self.root)

    def put_blob(self, data: bytes) -> str:
        digest = self.blob_writer().put(data)
        self.adopt_blobs([digest])
        return digest

    def put_blob_stream(self, chunks: Iterable[bytes]) -> str:
        """Write the pieces to a temporary file while hashing them, then rename it to its
        digest: memory holds one piece, whatever the size (ING-07). Such giants stay
        loose files: a pack would gain nothing from one more large record."""
        import hashlib

        folder = self.root / "blobs"
        ensure_dir(folder)
        tmp = folder / f".stream.{os.urandom(6).hex()}.tmp"
        h = hashlib.sha256()
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, FILE_MODE)
            try:
                with contextlib.suppress(PermissionError):
                    os.fchmod(fd, FILE_MODE)  # the umask must not take the group's access
                for chunk in chunks:
                    h.update(chunk)
                    view = memoryview(chunk)
                    while view:
                        view = view[os.write(fd, view) :]
            finally:
                os.close(fd)
            path = self.blob_path(h.hexdigest())
            ensure_dir(path.parent)
            os.replace(tmp, path)
        except OSError as exc:
            raise StoreError(f"{folder}: cannot write a blob: {exc.strerror}") from exc
        finally:
            tmp.unlink(missing_ok=True)  # a source failing mid-message leaves nothing behind
        self.adopt_blobs([h.hexdigest()])
        return h.hexdigest()

    def blob_writer(self) -> BlobWriter:
        return PackBlobWriter(self.root, self._token, self.pack_cap)

    def adopt_blobs(self, digests: list[str]) -> None:
        for digest in digests:
            self.blob_path(digest)  # a bad digest fails here, not in the commit
        self._adopted.extend(digests)

    def _settle_blobs(self) -> None:
        """Find where each adopted blob is (a pack record this store's writers appended,
        a loose file) and what must be synced for it; a blob already committed needs
        nothing. One that is nowhere fails the commit: never a reference to nothing."""
        mine = appender(self.root, self._token)
        committed = self.blob_index
        committed.refresh()  # once: what other processes committed meanwhile
        scanned = False
        packs: set[str] = set()
        for digest in self._adopted:
            if digest in self._located or digest in committed.located:
                continue
            found = mine.written.get(digest) or self._scanner.found.get(digest)
            if found is None and not scanned:
                self._scanner.scan()  # the parser workers' records
                scanned = True
                found = self._scanner.found.get(digest)
            if found is not None:
                self._located[digest] = found
                packs.add(found[0])
                continue
            loose = self.blob_path(digest)
            if not loose.exists():
                raise StoreError(
                    f"blob {digest}: written by no pack or file in {loose.parent.parent}"
                )
            self._unsynced.append(loose)
        self._adopted = []
        self._unsynced += [self.root / "blobs" / "packs" / name for name in sorted(packs)]
        crash_point("blobs-located")

    def get_blob(self, digest: str) -> bytes:
        """A committed blob (or one this process wrote and is about to commit)."""
        loose = self.blob_path(digest)
        found = self.blob_index.get(digest) or appender(self.root, self._token).written.get(digest)
        if found is not None:
            return read_record(self.root / "blobs" / "packs", digest, found)
        try:
            return loose.read_bytes()
        except FileNotFoundError:
            raise NotFound(f"blob {digest}: missing from {self.root / 'blobs'}") from None

    def has_blob(self, digest: str) -> bool:
        loose = self.blob_path(digest)
        return (
            self.blob_index.get(digest) is not None
            or digest in appender(self.root, self._token).written
            or loose.exists()
        )


def _dicts_of(
    lines: Iterable[bytes], kinds: Collection[str] | None, tickets: Container[int] | None
) -> Iterator[dict[str, Any]]:
    """Event lines as dicts; see `TinyDeskStore.event_dicts`."""
    wanted = {k.encode() for k in kinds} if kinds is not None else None
    names = set(kinds) if kinds is not None else set()
    loads = orjson.loads
    for line in lines:
        try:
            if line[:9] == b'{"kind":"' and line[line.find(b'"', 9) + 1] == 44:
                end = line.find(b'"', 9)  # 44 is the comma after the kind
                if wanted is not None and line[9:end] not in wanted:
                    continue  # not wanted: skipped without parsing
                if tickets is not None and _ticket_or_parse(line, end) not in tickets:
                    continue
                value = loads(line)
            else:
                value = loads(line)
                if (wanted is not None and value.get("kind") not in names) or (
                    tickets is not None and value.get("ticket_id") not in tickets
                ):
                    continue
        except (ValueError, AttributeError, TypeError):
            continue  # torn by a crash mid-append
        if isinstance(value, dict):
            yield value


def _decode_tickets(data: dict[str, Any]) -> dict[int, Ticket]:
    return {int(k): codec.ticket_from_dict(v) for k, v in data.get("tickets", {}).items()}


def _ticket_of(line: bytes, kind_end: int) -> int | None:
    """The ticket id of an event line as `dump_json` writes it, read from its bytes:
    `{"kind":"…","ticket_id":123,…` (ValueError for any other shape)."""
    start = kind_end + 14  # past `","ticket_id":`
    if line[kind_end:start] != b'","ticket_id":':
        raise ValueError("not an event line")
    value = line[start : line.find(b",", start)]
    return None if value == b"null" else int(value)  # ValueError: not a number


def _ticket_or_parse(line: bytes, kind_end: int) -> object:
    try:
        return _ticket_of(line, kind_end)
    except ValueError:
        return _loads(line).get("ticket_id")  # another key order: parse to know


def _loads(line: bytes) -> dict[str, Any]:
    value = orjson.loads(line)
    if not isinstance(value, dict):
        raise ValueError("not an object")
    return value
