"""Durable file primitives: atomic replace, multi-file commits, group-only permissions.

TinyDB's own JSONStorage seeks, writes and truncates in place, so a crash between the
write and the truncate leaves a file nobody can parse (reliability.md STORE-02). Every
file of a desk is instead written to a temporary name, fsynced and renamed over the old
one, so a reader sees the old or the new version and never a torn one. A change that
touches several files goes through a small journal so it is applied completely or,
after a crash, completed by the next writer.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import json
import os
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import orjson

from supportdesk.errors import StoreError

DIR_MODE = 0o2770  # setgid: files inherit the desk's group; no access for others
FILE_MODE = 0o660

CRASH_ENV = "SUPPORTDESK_CRASH_AT"
_crash_hits: dict[str, int] = {}
_crash_lock = threading.Lock()


def crash_point(name: str) -> None:
    """Die here, like a SIGKILL would, when the crash tests ask for it.

    `SUPPORTDESK_CRASH_AT=name` dies at the first pass, `name:3` at the third. The tests
    run a writer with every named point in turn and check the store afterwards, so the
    durability claims are exercised rather than assumed (reliability.md ING-05).
    """
    wanted = os.environ.get(CRASH_ENV)
    if not wanted:
        return
    target, _, nth = wanted.partition(":")
    if target != name:
        return
    with _crash_lock:  # commits rename in threads: count every pass once
        _crash_hits[name] = _crash_hits.get(name, 0) + 1
        if _crash_hits[name] >= int(nth or 1):
            os._exit(137)


def ensure_dir(path: Path) -> None:
    """Create a desk directory readable and writable by the desk's group only."""
    if path.is_dir():
        return
    missing = [path]
    while not missing[-1].parent.exists():
        missing.append(missing[-1].parent)
    try:
        for folder in reversed(missing):
            with contextlib.suppress(FileExistsError):
                folder.mkdir(mode=DIR_MODE)
                # mkdir's mode is filtered by the umask; a shared desk needs group write.
                with contextlib.suppress(PermissionError):
                    folder.chmod(DIR_MODE)
    except OSError as exc:
        raise StoreError(f"{path}: cannot create directory: {exc.strerror}") from exc


# Above this many files or directories to make durable at once, one syncfs(2) replaces
# the fsyncs: on a journaling file system each fsync forces its own journal commit, so
# an import batch touching 300 files waits 300 times; syncfs waits once.
SYNCFS_THRESHOLD = 2


@functools.cache
def _libc_syncfs() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        fn = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int]
    return fn


def sync_paths(files: Iterable[Path], dirs: Iterable[Path], anchor: Path) -> None:
    """Make written `files` and the entries of `dirs` durable (all on `anchor`'s fs)."""
    files, dirs = list(files), set(dirs)
    syncfs = _libc_syncfs()
    if syncfs is not None and len(files) + len(dirs) > SYNCFS_THRESHOLD:
        fd = os.open(anchor, os.O_RDONLY | os.O_DIRECTORY)
        try:
            if syncfs(fd) == 0:
                return
        finally:
            os.close(fd)
    for f in files:
        fd = os.open(f, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    for d in dirs:
        fsync_dir(d)


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable: without it a power loss can undo the rename."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_file(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write a whole file with the desk's permissions, never following a planted symlink."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, FILE_MODE)
    try:
        with contextlib.suppress(PermissionError):
            os.fchmod(fd, FILE_MODE)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)


def _write_temp(path: Path, data: bytes, tag: str, *, durable: bool = True) -> Path:
    tmp = path.with_name(f".{path.name}.{tag}.tmp")
    write_file(tmp, data, durable=durable)
    return tmp


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace `path` with `data` so that any reader sees the old or the new content.

    `durable=False` leaves the data and the rename to a later `sync_paths` by the
    caller, which batches them (an import's blobs are synced once, before the commit
    that references them).
    """
    ensure_dir(path.parent)
    try:
        tmp = _write_temp(path, data, os.urandom(4).hex(), durable=durable)
        crash_point("atomic-temp-written")
        os.replace(tmp, path)
        if durable:
            fsync_dir(path.parent)
    except OSError as exc:
        raise StoreError(f"{path}: cannot write: {exc.strerror}") from exc


def dump_json(data: object) -> bytes:
    """Compact UTF-8 JSON. orjson: a 450 KB shard dumps in ~1 ms against ~10 ms for the
    standard library, and the shard dump is most of a write's cost."""
    try:
        return orjson.dumps(data)
    except TypeError:
        # Lone surrogates (undecodable input carried through surrogateescape) are not
        # valid UTF-8; the raw original is kept as a blob, so replacing them here loses
        # nothing that matters.
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return text.encode("utf-8", "replace")


def read_json(path: Path) -> object:
    """Parse a desk file; a corrupt one is an error naming it, never a silent reset."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise StoreError(f"{path}: cannot read: {exc.strerror}") from exc
    try:
        return orjson.loads(raw)
    except ValueError as exc:
        raise StoreError(f"{path}: corrupt JSON ({exc})") from exc


def append_line(path: Path, line: bytes) -> None:
    """Append one JSON line durably; a single write() keeps concurrent lines whole."""
    ensure_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW, FILE_MODE)
    try:
        if os.fstat(fd).st_size == 0:
            with contextlib.suppress(PermissionError):
                os.fchmod(fd, FILE_MODE)
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def _ends_torn(path: Path) -> bool:
    """Whether `path` ends inside a line (an append torn by a crash)."""
    try:
        with path.open("rb") as fh:
            fh.seek(0, os.SEEK_END)
            if fh.tell() == 0:
                return False
            fh.seek(-1, os.SEEK_END)
            return fh.read(1) != b"\n"
    except FileNotFoundError:
        return False


def tail_contains(path: Path, needle: bytes, window: int = 1 << 16) -> bool:
    """Whether the last `window` bytes of `path` contain `needle` (journal replay check)."""
    try:
        with path.open("rb") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - window))
            return needle in fh.read()
    except FileNotFoundError:
        return False


# Creating or replacing a file costs ~50 µs of CPU, but on a busy journaling file system
# (or one mounted with `discard`, where freeing the replaced file's blocks waits) it can
# wait 0.5–3 ms. A commit of an import group creates and renames hundreds of files;
# in a few threads the waits overlap (measured here: 2–3 ms → ~0.2 ms a file when the
# file system is busy). Order does not matter for safety: every temp is durable before
# the journal names it, and the journal is replayed whole after a crash.
THREADS = 4
_THREADS_FROM = 16  # fewer files: threads cost more than they save


@functools.cache
def _threads() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=THREADS, thread_name_prefix="store-files")


# A forked child (a parser worker) inherits the pool object but not its threads.
os.register_at_fork(after_in_child=_threads.cache_clear)


def _each(fn: Callable[..., Any], *columns: Iterable[Any]) -> list[Any]:
    """`fn` over the argument columns, in order; in threads when there are many."""
    rows = list(zip(*columns, strict=True))
    if len(rows) < _THREADS_FROM:
        return [fn(*row) for row in rows]
    return list(_threads().map(fn, *zip(*rows, strict=True)))


def _rename(tmp: str, final: str) -> Path | None:
    """One rename of a commit; None when a replay finds it already done."""
    try:
        os.replace(tmp, final)
    except FileNotFoundError:
        return None  # renamed before a crash (the temp sits next to its final name)
    crash_point("journal-renamed")
    return Path(final).parent


class Journal:
    """All-or-nothing commit of several files plus appends to JSON-lines logs.

    Protocol: every new file is written under a temporary name and made durable; then a
    journal listing the renames and appends is written atomically; then the renames
    and appends are applied and the journal removed. A crash before the journal exists
    leaves only stray temp files (the old state stands); a crash after it is finished by
    `recover()`, which the next writer runs under the lock. Appends carry the commit id
    so a replay never writes a line twice.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def commit(
        self,
        txid: str,
        files: Mapping[Path, bytes],
        appends: Mapping[Path, list[bytes]],
        written: Iterable[Path] = (),
    ) -> None:
        """Apply `files` (whole new contents) and `appends` (lines tagged with `txid`).

        `written`: files already in place (blobs) that the commit refers to; they are
        made durable in the same sync as the temporaries, before the journal exists."""
        written = list(written)
        if len(files) + len(appends) <= 1:
            if written:
                sync_paths(written, {w.parent for w in written}, self.path.parent)
            for path, data in files.items():
                write_atomic(path, data)
            for path, lines in appends.items():
                append_line(path, b"".join(lines))
            return
        try:
            for folder in {path.parent for path in files}:  # one check per folder
                ensure_dir(folder)
            write = functools.partial(_write_temp, tag=txid, durable=False)
            temps = _each(write, files.keys(), files.values())
            renames = [(str(t), str(p)) for t, p in zip(temps, files, strict=True)]
            sync_paths([*temps, *written], {w.parent for w in written}, self.path.parent)
            crash_point("journal-temps-written")
            plan = {
                "txid": txid,
                "renames": renames,
                "appends": [
                    [str(p), [ln.decode() for ln in lines]] for p, lines in appends.items()
                ],
            }
            write_atomic(self.path, dump_json(plan))
            crash_point("journal-written")
            self._apply(plan)
        except OSError as exc:
            raise StoreError(f"{self.path.parent}: cannot commit: {exc.strerror}") from exc

    def _apply(self, plan: dict) -> None:
        renamed = _each(_rename, *zip(*plan["renames"], strict=True)) if plan["renames"] else []
        sync_paths([], {d for d in renamed if d is not None}, self.path.parent)
        # A line counts as written only whole: its txid is its last key, so the marker
        # includes the line's end (a torn line holding the txid is not a written one).
        marker = f'"tx":"{plan["txid"]}"}}\n'.encode()
        for path, lines in plan["appends"]:
            target = Path(path)
            if not tail_contains(target, marker):
                block = "".join(lines).encode()
                # After a torn line, start a new one: the torn bytes stay an unreadable
                # line of their own (readers skip it) instead of spoiling this one.
                append_line(target, b"\n" + block if _ends_torn(target) else block)
            crash_point("journal-appended")
        # No fsync: if the unlink is lost, the replay finds every rename and append
        # already done and changes nothing.
        self.path.unlink()

    def recover(self) -> bool:
        """Finish a commit a crashed writer left half-done; call only under the lock."""
        try:
            plan = read_json(self.path)
        except FileNotFoundError:
            return False
        except StoreError:
            # A torn journal cannot exist (it is written atomically); an unreadable one
            # means the temp files may be incomplete, so the old state is kept.
            self.path.unlink()
            return False
        assert isinstance(plan, dict)
        self._apply(plan)
        return True
