"""Blobs in append-only pack files: a first sync writes a few files, not one per blob.

Creating a file costs far more than appending to one (a first IMAP sync of 2,000 mails
created ~2,200 blob files, ~440 µs each in the parser workers, bench/sync.py). So each
writing process appends its blobs to a pack of its own:

    blobs/packs/<token>-<pid>-<random>.pack   records: header (magic, sha256, length) + bytes
    blobs/index.jsonl                          one line per commit: where its blobs are

A pack has exactly one writer (the name is unique, opened O_EXCL), so the writer knows
every record's offset without locking, and concurrent processes never interleave. A
record is *readable* only once a commit has listed its location in `blobs/index.jsonl`
(a journal append tagged with the commit's txid, applied with the commit that names
the blob); the pack bytes are made durable by the same sync as the commit's files,
before its journal exists. A crash before the commit leaves only bytes nobody lists
(harmless: the source state did not advance, so the next run writes them again into a
new pack); a torn record at a pack's end is never listed, and a later writer never
appends after it. A record a commit lists but that is short or damaged is reported
as one error naming the pack, never returned as wrong bytes.

The main process learns where its parser workers put their blobs by reading the
record headers of the packs its own writers made (named by its token), not from the
workers: the Store interface (`BlobWriter.put` returns a digest) stays as it was.
Loose files (`blobs/xx/<sha256>`, older desks and streamed giants, ING-07) still read.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import struct
import threading
from dataclasses import dataclass
from pathlib import Path

import orjson

from supportdesk.errors import StoreError
from supportdesk.store.base import BlobWriter
from supportdesk.store.files import FILE_MODE, crash_point, ensure_dir

MAGIC = b"SDb1"
HEADER = struct.Struct(">4s32sQ")  # magic, raw sha256, data length
PACK_CAP = 256 << 20  # a writer starts a new pack rather than grow one past this
PACKS = "packs"
INDEX = "index.jsonl"

Location = tuple[str, int, int]  # (pack file name, offset of the record's header, data length)


class _Appender:
    """The one open pack of this process for one desk and writer token. Threads share it
    (the TUI's background sync and an agent's reply attachments): a lock keeps each
    record's offset its own."""

    def __init__(self, folder: Path, token: str) -> None:
        self.folder = folder
        self.token = token
        self.lock = threading.Lock()
        self.fd: int | None = None
        self.name = ""
        self.size = 0
        self.written: dict[str, Location] = {}  # every record this process appended

    def _open(self) -> None:
        self.close()
        ensure_dir(self.folder)
        name = f"{self.token}-{os.getpid()}-{os.urandom(3).hex()}.pack"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND | os.O_NOFOLLOW
        try:
            fd = os.open(self.folder / name, flags, FILE_MODE)
            with contextlib.suppress(PermissionError):
                os.fchmod(fd, FILE_MODE)  # the umask must not take the group's access
        except OSError as exc:
            raise StoreError(f"{self.folder / name}: cannot create a pack: {exc.strerror}") from exc
        self.fd, self.name, self.size = fd, name, 0

    def append(self, digest: str, data: bytes, cap: int) -> Location:
        with self.lock:
            return self._append(digest, data, cap)

    def _append(self, digest: str, data: bytes, cap: int) -> Location:
        # A pack stays under `cap` unless one record alone is larger.
        if self.fd is None or (self.size and self.size + HEADER.size + len(data) > cap):
            self._open()
        assert self.fd is not None
        header = HEADER.pack(MAGIC, bytes.fromhex(digest), len(data))
        parts = [memoryview(header), memoryview(data)]
        try:
            while parts:  # writev may write less than asked (signals, huge blobs)
                done = os.writev(self.fd, parts)
                while parts and done >= len(parts[0]):
                    done -= len(parts[0])
                    parts.pop(0)
                if parts:
                    parts[0] = parts[0][done:]
        except OSError as exc:
            # The record may be torn: never append after it (readers stop at a torn one).
            path = self.folder / self.name
            self.close()
            raise StoreError(f"{path}: cannot append a blob: {exc.strerror}") from exc
        location = (self.name, self.size, len(data))
        self.size += HEADER.size + len(data)
        self.written[digest] = location
        crash_point("pack-appended")
        return location

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


_appenders: dict[tuple[Path, str], _Appender] = {}
_indexes: dict[Path, PackIndex] = {}


def _forget_after_fork() -> None:
    """A forked parser worker must not append to its parent's pack: it opens its own.
    Locks another thread of the parent held at the fork would stay held: new ones."""
    for appender in _appenders.values():
        with contextlib.suppress(OSError):
            appender.close()
    _appenders.clear()
    for index in _indexes.values():
        index.lock = threading.Lock()


os.register_at_fork(after_in_child=_forget_after_fork)


def appender(root: Path, token: str) -> _Appender:
    key = (root, token)
    found = _appenders.get(key)
    if found is None:
        found = _appenders[key] = _Appender(root / "blobs" / PACKS, token)
    return found


def release(root: Path, token: str) -> None:
    """Close this process's pack for a store that is gone (its commits are done or will
    never come: the pack's bytes stay, listed or harmlessly unlisted)."""
    found = _appenders.pop((root, token), None)
    if found is not None:
        with found.lock, contextlib.suppress(OSError):
            found.close()


def index_of(root: Path) -> PackIndex:
    """This process's view of a desk's committed blob locations (shared by its writers)."""
    found = _indexes.get(root)
    if found is None:
        found = _indexes[root] = PackIndex(root / "blobs" / INDEX)
    return found


class PackIndex:
    """The committed locations, read from `blobs/index.jsonl` incrementally by offset."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.Lock()  # threads share it: each line is read once
        self._pos = 0
        self.located: dict[str, Location] = {}

    def get(self, digest: str) -> Location | None:
        """Where a committed blob is; re-reads the index's new lines on a miss."""
        found = self.located.get(digest)
        if found is None and self.refresh():
            found = self.located.get(digest)
        return found

    def refresh(self) -> bool:
        """Read lines appended since the last call; True when there were any."""
        with self.lock:
            return self._refresh()

    def _refresh(self) -> bool:
        try:
            with open(self.path, "rb") as fh:
                if os.fstat(fh.fileno()).st_size <= self._pos:
                    return False
                fh.seek(self._pos)
                data = fh.read()
        except FileNotFoundError:
            return False
        end = data.rfind(b"\n") + 1  # a line still being written is read next time
        for line in data[:end].splitlines():
            try:
                packs = orjson.loads(line)["b"]
                for name, records in packs.items():
                    for digest, offset, length in records:
                        self.located[digest] = (name, offset, length)
            except (ValueError, KeyError, TypeError, AttributeError):
                continue  # a line torn by a crash mid-append, finished on a later line
        self._pos += end
        return end > 0


def index_line(txid: str, locations: dict[str, Location]) -> bytes:
    """The commit's line of `blobs/index.jsonl`; its txid comes last, so the journal's
    replay check (`"tx":"…"}` at a line's end) only matches a line written whole."""
    packs: dict[str, list[list[object]]] = {}
    for digest, (name, offset, length) in locations.items():
        packs.setdefault(name, []).append([digest, offset, length])
    return orjson.dumps({"b": packs, "tx": txid}) + b"\n"


def read_record(folder: Path, digest: str, location: Location) -> bytes:
    """A listed blob's bytes, checked against its header and digest."""
    name, offset, length = location
    path = folder / name
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except FileNotFoundError:
        raise StoreError(f"{path}: missing pack (it holds blob {digest})") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read: {exc.strerror}") from exc
    try:
        want = HEADER.size + length
        chunks: list[bytes] = []
        got = 0
        while got < want:
            chunk = os.pread(fd, min(want - got, 1 << 30), offset + got)
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    if len(raw) < want:
        raise StoreError(
            f"{path}: truncated: blob {digest} at offset {offset} needs {want} bytes, "
            f"the pack ends after {len(raw)}"
        )
    magic, raw_digest, stored_length = HEADER.unpack_from(raw)
    data = raw[HEADER.size :]
    if (
        magic != MAGIC
        or raw_digest.hex() != digest
        or stored_length != length
        or hashlib.sha256(data).hexdigest() != digest
    ):
        raise StoreError(f"{path}: corrupt: blob {digest} at offset {offset} does not match")
    return data


class PackScanner:
    """Finds the records that other processes (parser workers) appended to packs named
    by one token, by reading record headers from where the last scan stopped."""

    def __init__(self, folder: Path, token: str) -> None:
        self.folder = folder
        self.prefix = f"{token}-"
        self._pos: dict[str, int] = {}
        self.found: dict[str, Location] = {}

    def scan(self) -> None:
        try:
            names = [
                e.name
                for e in os.scandir(self.folder)
                if e.name.startswith(self.prefix) and e.name.endswith(".pack")
            ]
        except FileNotFoundError:
            return
        for name in names:
            self._scan(name)

    def _scan(self, name: str) -> None:
        pos = self._pos.get(name, 0)
        try:
            fd = os.open(self.folder / name, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            return
        try:
            size = os.fstat(fd).st_size
            while pos + HEADER.size <= size:
                magic, raw_digest, length = HEADER.unpack(os.pread(fd, HEADER.size, pos))
                if magic != MAGIC or pos + HEADER.size + length > size:
                    break  # torn (its writer died) or still being written: stop here
                self.found[raw_digest.hex()] = (name, pos, length)
                pos += HEADER.size + length
        finally:
            os.close(fd)
        self._pos[name] = pos


@dataclass(frozen=True, slots=True)
class PackBlobWriter(BlobWriter):
    """Appends blobs to this process's own pack; picklable, so parser workers store raw
    mail and attachments themselves instead of shipping the bytes back. A blob already
    committed (in a pack or as a loose file) or already written here is not written
    again. `cap`: the size at which a writer starts a new pack."""

    root: Path
    token: str
    cap: int = PACK_CAP

    def put(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        mine = appender(self.root, self.token)
        if digest in mine.written or index_of(self.root).get(digest) is not None:
            return digest
        if (self.root / "blobs" / digest[:2] / digest).exists():  # an older desk's file
            return digest
        mine.append(digest, data, self.cap)
        return digest
