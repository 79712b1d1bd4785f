"""Where monitor results live in the data directory, and how they stay bounded.

Layout, under `<data dir>/monitors/`:

    status.json                    every monitor's state machine and figures, replaced
                                   atomically by the checking process after each round
    log/<name>/YYYY-MM-DD.jsonl    one JSON line per check, one file per monitor and day

Every agent's process reads `status.json` (a stat tells whether it changed), so all
screens show the same state whichever process runs the checks. The check log is for
figures over days (uptime, p50/p95, reports): day files older than `RETENTION_DAYS` are
deleted and a day file stops growing at `DAY_CAP` bytes, so a monitor's log is bounded
whatever its interval. Lines are appended without fsync: a check lost to a power cut
costs nothing, and an fsync per check would cost far more than the check.

The files are written with the store's atomic helpers; this is the one module of the
monitors package that knows paths.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from supportdesk.errors import StoreError
from supportdesk.monitors.model import CheckResult
from supportdesk.store.files import FILE_MODE, dump_json, ensure_dir, write_atomic

RETENTION_DAYS = 35  # a month's report and a little more
DAY_CAP = 16 << 20  # bytes per monitor and day (~100k checks); only sub-second intervals hit it
STATUS = "status.json"


def root(data_dir: Path) -> Path:
    return Path(data_dir) / "monitors"


def _dirname(name: str) -> str:
    # Config names are letters, digits, ".", "_", "-": only a leading dot needs care.
    return f"_{name}" if name.startswith(".") else name


def day_path(data_dir: Path, name: str, day: date) -> Path:
    return root(data_dir) / "log" / _dirname(name) / f"{day.isoformat()}.jsonl"


def append(data_dir: Path, results: Iterable[CheckResult]) -> None:
    """Append results, one write per file (whole lines even with a second writer)."""
    lines: dict[Path, list[bytes]] = {}
    for r in results:
        path = day_path(data_dir, r.monitor, r.at.astimezone(UTC).date())
        lines.setdefault(path, []).append(orjson.dumps(r.as_json()) + b"\n")
    for path, chunk in lines.items():
        _append(path, b"".join(chunk))


def _append(path: Path, data: bytes) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW, FILE_MODE)
    except FileNotFoundError:
        ensure_dir(path.parent)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW, FILE_MODE)
    except OSError as exc:
        raise StoreError(f"{path}: cannot append: {exc.strerror}") from exc
    try:
        if os.fstat(fd).st_size + len(data) <= DAY_CAP:
            os.write(fd, data)
    finally:
        os.close(fd)


def read(data_dir: Path, name: str, start: datetime, end: datetime) -> Iterator[CheckResult]:
    """Results of `name` with start <= at < end, oldest first; bad lines are skipped."""
    folder = root(data_dir) / "log" / _dirname(name)
    lo, hi = start.timestamp(), end.timestamp()
    day = start.astimezone(UTC).date()
    while day <= end.astimezone(UTC).date():
        try:
            raw = (folder / f"{day.isoformat()}.jsonl").read_bytes()
        except FileNotFoundError:
            raw = b""
        except OSError as exc:
            raise StoreError(f"{folder}: cannot read: {exc.strerror}") from exc
        for line in raw.splitlines():
            try:
                data = orjson.loads(line)
                if lo <= float(data["t"]) < hi:
                    yield CheckResult.from_json(name, data)
            except (ValueError, KeyError, TypeError, AssertionError):
                continue  # a torn last line after a crash: skip it
        day += timedelta(days=1)


def prune(data_dir: Path, today: date, keep_days: int = RETENTION_DAYS) -> int:
    """Delete day files older than `keep_days`; returns how many went."""
    cutoff = (today - timedelta(days=keep_days)).isoformat()
    gone = 0
    logs = root(data_dir) / "log"
    for folder in logs.iterdir() if logs.is_dir() else ():
        for path in folder.glob("*.jsonl"):
            if path.stem < cutoff:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    gone += 1
    return gone


def write_status(data_dir: Path, status: dict[str, Any]) -> None:
    """Replace status.json atomically (readers never see half a file); no fsync: the
    next round rewrites it anyway."""
    path = root(data_dir) / STATUS
    ensure_dir(path.parent)
    write_atomic(path, dump_json(status), durable=False)


_cache: dict[Path, tuple[tuple[int, int], dict[str, Any]]] = {}
_cache_lock = threading.Lock()


def read_status(data_dir: Path) -> dict[str, Any]:
    """status.json as written by the checker ({} if none yet); re-read only when the
    file changed, so screens can poll it every second for the price of a stat."""
    path = root(data_dir) / STATUS
    try:
        st = path.stat()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise StoreError(f"{path}: cannot read: {exc.strerror}") from exc
    stamp = (st.st_mtime_ns, st.st_size)
    with _cache_lock:
        hit = _cache.get(path)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    try:
        data = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return hit[1] if hit is not None else {}  # mid-replace or corrupt: keep the last
    if not isinstance(data, dict):
        data = {}
    with _cache_lock:
        _cache[path] = (stamp, data)
    return data
