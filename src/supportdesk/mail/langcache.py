"""The language model, unpacked once into the user's cache: a process loads it in ~0.05 s
instead of ~0.6 s of CPU.

py3langid ships its model LZMA-compressed; every process that detects a language (a
sync, the TUI, an import) decompressed it again, the largest fixed cost left in a first
sync (bench/sync.py: ~0.6 s of CPU, ~0.3–0.45 s of it on the critical path before the
parser workers could fork). Here the loaded model's arrays are written raw to
`$XDG_CACHE_HOME/supportdesk/` under a name that changes with py3langid's version and
its model file's size, and read back with one read and no decompression. The cache is
only ever a shortcut: a missing, stale, unreadable or foreign file, or one whose answer
to a probe sentence differs from the one recorded when it was written, means the model
is loaded the usual way (and the cache written again).

The name leaves out the model file's modification time, which it once held: every new
virtual environment (each CI clone, each reinstall) then wrote another 68 MB file beside
the old ones, and nothing removed them (six in one day on the CI machine). Writing a
cache now removes the other versions' files; the probe still catches a model that
changed under the same name.

Format: an 8-byte header length, a JSON header naming each part's kind, type and byte
range, then the parts' raw bytes. No pickle: the file is data, never code.
"""

from __future__ import annotations

import array
import contextlib
import json
import mmap
import os
from pathlib import Path
from typing import Any

PROBE = "Bună ziua, am o problemă cu factura mea de luna trecută, vă rog să verificați"
_PARTS = ("nb_ptc", "nb_pc", "tk_nextmove", "tk_row", "tk_output")  # written raw


def cache_path() -> Path | None:
    """Where this py3langid's model is cached; None when its model file is not found."""
    from importlib.metadata import version

    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from supportdesk.paths import cache_dir

    try:
        st = os.stat(Path(MODEL_DIR) / MODEL_FILE)
    except OSError:
        return None
    return cache_dir() / f"langid-{version('py3langid')}-{st.st_size}.bin"


def _probe(identifier: Any) -> list[Any]:
    lang, prob = identifier.classify(PROBE)
    return [str(lang), float(prob)]


def write(identifier: Any, path: Path) -> None:
    """Write the loaded model's arrays raw; silently nothing if the cache is unwritable."""
    import numpy as np

    parts: list[bytes] = []
    header: dict[str, Any] = {
        "probe": _probe(identifier),
        "classes": list(identifier.nb_classes),
        "parts": {},
    }
    if not all(type(o) is int for o in identifier.tk_output):
        return  # another layout than py3langid 0.4's: no cache, loaded as shipped
    offset = 0
    for name in _PARTS:
        value = getattr(identifier, name)
        if isinstance(value, array.array):
            kind, data = ["array", value.typecode], value.tobytes()
        elif isinstance(value, list):
            kind, data = ["list", "<i8", [len(value)]], np.array(value, dtype="<i8").tobytes()
        else:
            arr = np.ascontiguousarray(value)
            kind, data = ["ndarray", arr.dtype.str, list(arr.shape)], arr.tobytes()
        header["parts"][name] = [*kind, offset, len(data)]
        parts.append(data)
        offset += len(data)
    head = json.dumps(header).encode()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(len(head).to_bytes(8, "little") + head)
            for data in parts:
                fh.write(data)
        os.replace(tmp, path)  # another process reading it sees a whole file or none
    with contextlib.suppress(OSError):
        tmp.unlink()
    _prune(path)


def _prune(path: Path) -> None:
    """Remove the caches other py3langid versions or models left beside `path`."""
    if not path.is_file():
        return  # not written: keep what there is
    for old in path.parent.glob("langid-*.bin"):
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()


def read(path: Path) -> Any | None:
    """The model from the cache, or None if there is no usable cache."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    try:
        with open(path, "rb") as fh:
            size = int.from_bytes(fh.read(8), "little")
            header = json.loads(fh.read(size))
            # Mapped, not read: the arrays use the file's pages (shared by the forked
            # parser workers too); files are replaced whole, never changed in place.
            raw = memoryview(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))[8 + size :]
        values: dict[str, Any] = {}
        for name in _PARTS:
            kind, *spec = header["parts"][name]
            offset, length = spec[-2:]
            if offset + length > len(raw):
                return None  # cut short
            chunk = raw[offset : offset + length]
            if kind == "array":
                values[name] = array.array(spec[0])
                values[name].frombytes(chunk)
            elif kind == "list":
                values[name] = np.frombuffer(chunk, dtype=np.dtype(spec[0])).tolist()
            else:
                values[name] = np.frombuffer(chunk, dtype=np.dtype(spec[0])).reshape(spec[1])
        identifier = LanguageIdentifier(
            values["nb_ptc"],
            values["nb_pc"],
            header["classes"],
            values["tk_nextmove"],
            values["tk_output"],
            norm_probs=True,
            tk_row=values["tk_row"],
        )
        if _probe(identifier) != header["probe"]:
            return None
    except Exception:  # any damage or an unexpected layout: load the model itself
        return None
    return identifier
