"""Mail already on disk: `.eml` files, mbox files and Maildir folders (`supportdesk import`).

Reading never changes the files: `import` is safe to point at a live mailbox and to run
twice (the second run finds only duplicates). Given a `Limit`, a message over `[desk]
max_message_bytes` is never read whole, as in the synced sources: it is stored a piece
at a time and becomes a placeholder (`Oversized`, ING-07).
"""

from __future__ import annotations

import contextlib
import mailbox
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from supportdesk.mail.oversized import Oversized, read_or_stream


@dataclass(frozen=True, slots=True)
class RawItem:
    raw: bytes | Oversized  # Oversized only when read with a `Limit`
    origin: str  # where it came from, shown with quarantined items


@dataclass(frozen=True, slots=True)
class Limit:
    """Messages over `max_bytes` are streamed through `put_stream` (a store's
    `put_blob_stream`) instead of being read into memory."""

    max_bytes: int
    put_stream: Callable[[Iterable[bytes]], str]


def _read(fh: BinaryIO, origin: str, limit: Limit | None) -> RawItem:
    if limit is None:
        return RawItem(fh.read(), origin)
    return RawItem(read_or_stream(fh, origin, limit.max_bytes, limit.put_stream), origin)


def is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def is_mbox(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(5)
    return head == b"From "


def _maildir(path: Path, limit: Limit | None) -> Iterator[RawItem]:
    box = mailbox.Maildir(path, factory=None, create=False)
    # Maildir names start with the delivery time: sorted, replies follow what they answer.
    for key in sorted(box.keys()):
        with contextlib.closing(box.get_file(key)) as fh:
            yield _read(fh, f"{path}:{key}", limit)


def _mbox(path: Path, limit: Limit | None) -> Iterator[RawItem]:
    box = mailbox.mbox(path, factory=None, create=False)
    try:
        for n, key in enumerate(box.iterkeys()):
            if limit is None:
                yield RawItem(box.get_bytes(key), f"{path}#{n + 1}")
                continue
            with contextlib.closing(box.get_file(key)) as fh:
                yield _read(fh, f"{path}#{n + 1}", limit)
    finally:
        box.close()


def _file(path: Path, limit: Limit | None) -> Iterator[RawItem]:
    if is_mbox(path):
        yield from _mbox(path, limit)
    else:
        with path.open("rb") as fh:
            yield _read(fh, str(path), limit)


def read_paths(
    paths: list[Path], errors: list[str], limit: Limit | None = None
) -> Iterator[RawItem]:
    """Every message under `paths`; a path that cannot be read is reported in `errors`
    (one line each) and skipped, so one bad file does not stop an import."""
    for path in paths:
        try:
            if path.is_dir():
                if is_maildir(path):
                    yield from _maildir(path, limit)
                    continue
                for child in sorted(p for p in path.rglob("*") if p.is_file()):
                    try:
                        yield from _file(child, limit)
                    except OSError as exc:
                        errors.append(f"{child}: cannot read: {exc.strerror}")
            elif path.exists():
                yield from _file(path, limit)
            else:
                errors.append(f"{path}: no such file or directory")
        except OSError as exc:
            errors.append(f"{path}: cannot read: {exc.strerror or exc}")
