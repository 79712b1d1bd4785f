"""A per-process view of desk files that reloads a file only when it changed on disk.

Agents' TUIs poll the store about once a second; re-parsing every shard each time would
cost more than the change it looks for. Files are only ever replaced by rename, so a
changed inode, size or mtime is a reliable sign of a new version.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from supportdesk.store.files import read_json

Signature = tuple[int, int, int]
_DROPPED: Any = object()  # data let go after deriving (see `derived`); read again on demand


def signature(path: Path) -> Signature | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


@dataclass(slots=True)
class _Entry:
    sig: Signature | None
    data: Any
    derived: dict[str, Any]


class FileCache:
    """Parsed JSON files keyed by path, plus values derived from them (decoded objects)."""

    def __init__(self) -> None:
        self._entries: dict[Path, _Entry] = {}

    def load(self, path: Path, empty: Callable[[], Any] = dict) -> Any:
        """The file's current content (as parsed JSON), re-read only if it changed."""
        entry = self._entry(path, empty)
        data = entry.data  # once: another thread may drop it meanwhile (`derived`)
        return self._restore(path, entry, empty) if data is _DROPPED else data

    def derived(
        self, path: Path, key: str, build: Callable[[Any], Any], *, keep_data: bool = True
    ) -> Any:
        """A value computed from the file's content, recomputed only when the file changes.

        `keep_data=False` lets the parsed JSON go once the value is built: archive shards
        at 100k tickets held ~120 MB of JSON beside ~65 MB of decoded tickets
        (bench/tui.py). `load` reads such a file again when a transaction needs it.
        """
        entry = self._entry(path, dict)
        if key in entry.derived:
            return entry.derived[key]
        data = entry.data
        if data is _DROPPED:
            data = self._restore(path, entry, dict)
            entry = self._entries.get(path, entry)
        value = entry.derived[key] = build(data)
        if not keep_data and entry.sig is not None:
            entry.data = _DROPPED
        return value

    def _restore(self, path: Path, entry: _Entry, empty: Callable[[], Any]) -> Any:
        """The JSON of an entry whose data was dropped, read again. The same version keeps
        its derived values (the same objects: views see no change); a newer one starts a
        fresh entry."""
        try:
            data = read_json(path)
        except FileNotFoundError:
            data = None
        if data is not None and signature(path) == entry.sig:
            entry.data = data
            return data
        self._entries.pop(path, None)
        fresh = self._entry(path, empty).data
        return read_json(path) if fresh is _DROPPED else fresh

    def _entry(self, path: Path, empty: Callable[[], Any]) -> _Entry:
        sig = signature(path)
        entry = self._entries.get(path)
        if entry is not None and entry.sig == sig:
            return entry
        if sig is None:
            data = empty()
        else:
            try:
                data = read_json(path)
            except FileNotFoundError:  # replaced between stat and open: take the next one
                return self._entry(path, empty)
            if signature(path) != sig:
                sig = None  # replaced while we read: unsure which version we got, re-read next time
        entry = _Entry(sig, data, {})
        self._entries[path] = entry
        return entry

    def remember(self, path: Path, data: Any) -> None:
        """Record content this process just committed, sparing a re-read of its own write."""
        self._entries[path] = _Entry(signature(path), data, {})

    def forget(self, path: Path) -> None:
        self._entries.pop(path, None)
