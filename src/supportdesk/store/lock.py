"""The desk's inter-process write lock.

TinyDB has no locking at all; three concurrent writers lose most writes
(reliability.md STORE-01). Every write to a desk happens under this one lock, so
writes are serialised across agents' processes, while reads stay lock-free because
files are replaced atomically. The holder writes who it is next to the lock so a
process kept waiting can say who is in the way.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import socket
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from supportdesk.errors import StoreBusy, StoreError
from supportdesk.store.files import FILE_MODE, write_file

if TYPE_CHECKING:
    from filelock import FileLock


class DeskLock:
    def __init__(self, path: Path, timeout: float = 10.0) -> None:
        self.path = path
        self.timeout = timeout
        self._lock: FileLock | None = None
        self._holder = path.with_name(path.name + ".holder")
        # A file lock is re-entrant within one process, so two threads of one process
        # (the TUI's event loop and its workers) would both get in: serialise them here.
        self._threads = threading.RLock()

    def __enter__(self) -> DeskLock:
        if not self._threads.acquire(timeout=self.timeout if self.timeout >= 0 else -1):
            raise StoreBusy(
                f"{self.path}: queue busy in this process for more than {self.timeout:g}s"
            )
        try:
            return self._enter()
        except BaseException:
            self._threads.release()
            raise

    def _enter(self) -> DeskLock:
        from filelock import FileLock, Timeout  # only writers pay for the import (~35 ms)

        if self.path.is_symlink():
            raise StoreError(f"{self.path}: is a symbolic link; refusing to lock through it")
        if self._lock is None:
            self._lock = FileLock(
                self.path, timeout=self.timeout, mode=FILE_MODE, thread_local=False
            )
        try:
            self._lock.acquire()
        except Timeout:
            raise StoreBusy(
                f"{self.path}: queue busy, held by {self.holder() or 'another process'} "
                f"for more than {self.timeout:g}s"
            ) from None
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot lock: {exc.strerror}") from exc
        if self._lock.lock_counter == 1:
            who = f"{getpass.getuser()}@{socket.gethostname()} pid {os.getpid()}"
            # Only a diagnostic aid: no fsync, and a failure to write it is ignored.
            with contextlib.suppress(OSError):
                write_file(self._holder, who.encode(), durable=False)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._lock is not None
        try:
            self._lock.release()
        finally:
            self._threads.release()

    def holder(self) -> str:
        try:
            return self._holder.read_text().strip()
        except OSError:
            return ""

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.is_locked
