"""Saving attachments without trusting their names (reliability.md TUI-06).

A filename comes from the sender: `../../.bashrc`, `/etc/passwd`, `con`, NUL bytes,
bidi overrides or 5,000 characters must all end up as one harmless file name inside
the folder the agent chose. The final path is checked with `realpath`, so a symlink
or anything `..`-like that slipped through still cannot escape.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

MAX_NAME = 120
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f/\\:*?\"<>|]")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\u00ad]")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}  # fmt: skip


class UnsafePath(ValueError):
    """The target would land outside the chosen folder."""


def safe_filename(name: str, fallback: str = "attachment") -> str:
    """A single path component that is safe on POSIX and Windows, never hidden, never empty."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]  # drop any directory part
    name = _INVISIBLE.sub("", name)
    name = _UNSAFE.sub("_", name).strip(" .")
    if not name or set(name) <= {"_", "."}:
        name = fallback
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.lower() in _RESERVED or name.lower() in _RESERVED:
        name = f"_{name}"
    if len(name) > MAX_NAME:
        ext = ext[:16]
        keep = MAX_NAME - len(ext) - 1 if ext else MAX_NAME
        name = f"{name[:keep]}.{ext}" if ext else name[:keep]
    return name


def target_path(folder: Path, name: str) -> Path:
    """Where `name` is saved inside `folder`: sanitised, not overwriting, realpath-checked."""
    root = Path(os.path.realpath(folder))
    base = safe_filename(name)
    candidate = root / base
    stem, dot, ext = base.rpartition(".")
    n = 1
    while candidate.exists() or candidate.is_symlink():
        candidate = root / (f"{stem} ({n}).{ext}" if dot and stem else f"{base} ({n})")
        n += 1
    real = Path(os.path.realpath(candidate))
    if real.parent != root:
        raise UnsafePath(f"{name!r}: would be saved outside {root}")
    return real


def save_attachment(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` under a safe name in `folder` (created if needed); returns the path.

    Opened with O_EXCL|O_NOFOLLOW so a file or symlink planted meanwhile is never
    followed or overwritten.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = target_path(folder, name)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path
