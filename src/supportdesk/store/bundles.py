"""Conversations written by one commit in one file: a first sync creates a few files
instead of one per ticket.

A commit of a first sync's group creates hundreds of tickets and adds replies to those
of the previous groups; each conversation in a file of its own cost one file creation
and rename (~0.8 ms of a commit's wall time on a busy file system, bench/sync.py), two
thirds of all the files a commit wrote. When a commit writes at least BUNDLE_FROM
conversations of one id shard that have no file of their own (tickets it creates, and
tickets whose conversation is still in a bundle), they go into one immutable file,
each at a byte range recorded in the shard's map:

    messages/NNNN/bundle-<txid>.jsonl   one conversation document per line
    messages/NNNN/bundled.json          ticket id → [bundle name, offset, length]

Both are written by the commit's journal like every other file, so a conversation is
visible exactly when its ticket is. Opening a ticket reads its own byte range, never the
whole bundle. A ticket's own file (`messages/NNNN/<id>.json`) always wins, and a commit
with fewer such conversations (an agent's reply, a live trickle of mail) writes own
files as before: an update never rewrites other tickets' conversations. A bundle whose
every record a newer bundle superseded is deleted after the commit whose map stopped
naming it; a reader that raced the deletion reads the map again.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

import orjson

from supportdesk.errors import StoreError

BUNDLE_FROM = 4  # new tickets of one shard in one commit from which they are bundled
MAP = "bundled.json"
_KEEP = 2048  # bundled conversations kept parsed per process (bundles never change)


class BundleReader:
    """Reads one conversation out of a bundle by its byte range, with a small cache."""

    def __init__(self) -> None:
        self._docs: OrderedDict[tuple[Path, int], dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()  # the TUI reads while its background sync writes

    def remember(self, folder: Path, where: list[Any], doc: dict[str, Any]) -> None:
        """Keep a conversation this process just wrote into a bundle (a first sync's
        next group answers many of them), so it is not read back and parsed."""
        with self._lock:
            self._keep((folder / where[0], where[1]), doc)

    def _keep(self, key: tuple[Path, int], doc: dict[str, Any]) -> None:
        self._docs[key] = doc
        if len(self._docs) > _KEEP:
            self._docs.popitem(last=False)

    def read(self, folder: Path, ticket_id: int, where: list[Any]) -> dict[str, Any] | None:
        """The conversation at `where` ([bundle name, offset, length]); None when that
        bundle is not (or no longer) there."""
        name, offset, length = where
        path = folder / name
        key = (path, offset)
        with self._lock:
            found = self._docs.get(key)
            if found is not None:
                self._docs.move_to_end(key)
                return found
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        except FileNotFoundError:
            return None  # superseded and deleted, or its commit is renaming it in place
        except OSError as exc:
            raise StoreError(f"{path}: cannot read: {exc.strerror}") from exc
        try:
            data = os.pread(fd, length, offset)
        finally:
            os.close(fd)
        if len(data) < length:
            raise StoreError(f"{path}: truncated: ticket #{ticket_id}'s conversation is cut off")
        try:
            doc = orjson.loads(data)
        except ValueError as exc:
            raise StoreError(
                f"{path}: corrupt JSON in ticket #{ticket_id}'s conversation ({exc})"
            ) from exc
        with self._lock:
            self._keep(key, doc)
        return doc


def bundle(
    txid: str, shard_dir: Path, shard_map: dict[str, Any], docs: dict[int, bytes]
) -> tuple[Path, bytes, dict[str, Any]]:
    """One commit's new conversations of a shard (dumped JSON by ticket id) as a bundle
    file's path and content, and the shard's updated map."""
    name = f"bundle-{txid}.jsonl"
    parts: list[bytes] = []
    updated = dict(shard_map)
    offset = 0
    for ticket_id, data in sorted(docs.items()):
        updated[str(ticket_id)] = [name, offset, len(data)]
        parts += [data, b"\n"]
        offset += len(data) + 1
    return shard_dir / name, b"".join(parts), updated
