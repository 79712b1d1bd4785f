"""Mail already on disk: `.eml` files, mbox files and Maildir folders (`supportdesk import`).

Reading never changes the files: `import` is safe to point at a live mailbox and to run
twice (the second run finds only duplicates).
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class RawItem:
    raw: bytes
    origin: str  # where it came from, shown with quarantined items


def is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def is_mbox(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(5)
    return head == b"From "


def _maildir(path: Path) -> Iterator[RawItem]:
    box = mailbox.Maildir(path, factory=None, create=False)
    # Maildir names start with the delivery time: sorted, replies follow what they answer.
    for key in sorted(box.keys()):
        yield RawItem(box.get_bytes(key), f"{path}:{key}")


def _mbox(path: Path) -> Iterator[RawItem]:
    box = mailbox.mbox(path, factory=None, create=False)
    try:
        for n, key in enumerate(box.iterkeys()):
            yield RawItem(box.get_bytes(key), f"{path}#{n + 1}")
    finally:
        box.close()


def _file(path: Path) -> Iterator[RawItem]:
    if is_mbox(path):
        yield from _mbox(path)
    else:
        yield RawItem(path.read_bytes(), str(path))


def read_paths(paths: list[Path], errors: list[str]) -> Iterator[RawItem]:
    """Every message under `paths`; a path that cannot be read is reported in `errors`
    (one line each) and skipped, so one bad file does not stop an import."""
    for path in paths:
        try:
            if path.is_dir():
                if is_maildir(path):
                    yield from _maildir(path)
                    continue
                for child in sorted(p for p in path.rglob("*") if p.is_file()):
                    try:
                        yield from _file(child)
                    except OSError as exc:
                        errors.append(f"{child}: cannot read: {exc.strerror}")
            elif path.exists():
                yield from _file(path)
            else:
                errors.append(f"{path}: no such file or directory")
        except OSError as exc:
            errors.append(f"{path}: cannot read: {exc.strerror or exc}")
