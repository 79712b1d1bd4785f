"""A persisted summary of the event log, extended as the log grows (bench/report.py).

Folding a million events costs seconds; most of them were folded already by the last
report. The summary is the fold of the whole log with no period (`Recorder`): instead
of counting what falls inside a period, it keeps every would-be count as a *fact* with
its instant (`Fold._count_*`), plus each ticket's clock state at the end of the log.
A report then replays the facts inside its period into an ordinary `Fold` through the
very same `_count_*` methods, restores the ticket states for `finish` and
first-contact resolution, and so gets exactly what folding the log would give.

That equivalence holds only when the period ends after every event in the log (a fold
skips events at or after its end, and nothing else depends on the period but the
`_count_*` calls, `finish` and `first_contact`). Reports over a past period that
ends before the latest event fold the log as before (`summarised_fold` returns None).

Kept in `<data dir>/cache/report-summary.bin`, keyed by byte offset per log file:
- valid only for the same fold code (a hash of fold.py, business.py, deadlines.py and
  this file), time zone, parsed calendar and targets; anything else starts afresh;
- each file's inode must still match, and if its size or modification time changed
  since, the CRC-32 of its bytes up to the offset too: a rewritten or replaced log is
  folded again from scratch (reading only the current month's file, as a rule);
- only the last file may have grown: a line appended to an earlier month would come
  before later files in a fresh fold, so that too starts afresh;
- the last file is summarised up to its last newline; a partial line at its end (a
  writer mid-append, or a crash) is folded for this report but never saved;
- written atomically (`files.write_atomic`) with a checksum of its body, so a torn or
  half-written file is detected and ignored; a desk the reader cannot write to simply
  gets no summary. Never wrong, at worst slow: tests/test_report_summary.py.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import os
import sys
import zlib
from array import array
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from supportdesk.errors import StoreError
from supportdesk.metrics.fold import Fold, TicketState

if TYPE_CHECKING:
    from supportdesk.config import Config
    from supportdesk.store import Store

NAME = "report-summary.bin"
MAGIC = b"supportdesk-report-summary 2 "

# Each fact kind's columns, in the arguments of the `_count_*` it replays into: array
# type codes, "s" for any JSON value kept as an index into one vocabulary (agent names,
# templates, statuses), "D" for a float or None (NaN on disk).
FACTS: dict[str, str] = {
    "reply": "dsqsb",  # t, agent, ticket, template, hour
    "wait": "dsbddq",  # t, agent, first?, wall, business, day
    "resolution": "dsqdd",  # t, agent, ticket, wall, business
    "breach": "dsq",  # due, agent, ticket
    "message": "db",  # t, hour
    "reopen": "d",
    "automatic": "d",
    "note": "ds",
    "escalation": "ds",
    "tone_override": "ds",
}
# Each ticket's state: its id, `TicketState`'s fields but the first resolution, then
# the first resolution's (time or NaN, resolver, replies, escalated).
_FLOATS = frozenset({"opened", "waiting", "last_customer", "due"})
_FIELDS = tuple(f for f in TicketState.__slots__ if f != "first_resolution")
_TYPES = {"priority": "s", "status": "s", "assignee": "s", "last_replier": "s", "replies": "q"}
STATE = "q" + "".join(_TYPES.get(f, "D" if f in _FLOATS else "b") for f in _FIELDS) + "Dsqb"


def _code_hash() -> str:
    """Changing how the fold counts must never reuse a summary of the old counting."""
    crc = 0
    here = Path(__file__)
    for path in (here, *(here.with_name(f) for f in ("fold.py", "business.py", "deadlines.py"))):
        try:
            crc = zlib.crc32(path.read_bytes(), crc)
        except OSError:
            return "unknown"
    return f"{crc:08x}"


def summary_key(config: Config) -> str:
    """What the facts depend on besides the log: the code, the zone, calendar, targets."""
    sla = config.sla
    return orjson.dumps(
        [
            _code_hash(),
            sys.byteorder,  # the columns are native arrays
            config.desk.timezone,
            repr(sla.schedule),  # the calendar as parsed (days and hours), not its text
            sorted(sla.first_response.items()),
            sorted(sla.next_response.items()),
        ]
    ).decode()


class Recorder(Fold):
    """The fold of the whole log, keeping period-dependent counts as facts."""

    def __init__(self, fold: Fold) -> None:
        super().__init__(
            -math.inf,
            math.inf,
            fold.first_targets,
            fold.next_targets,
            fold.hours,
            fold.deadline_hours,
        )
        # per kind: facts loaded from the summary (columns), then new ones (tuples)
        self.columns: dict[str, list[Sequence[Any]]] = {}
        self.raw: dict[str, list[array]] = {}  # the same, as stored (see `encode`)
        self.vocab: list[str] = []
        self.facts: dict[str, list[tuple[Any, ...]]] = {name: [] for name in FACTS}
        self.legacy = False  # a ticket's priority came from the ticket, not the log
        self.priority_of = self._current_priority

    def _current_priority(self, _tid: int) -> str:
        # Old logs without the priority at creation ask the ticket's *current* priority,
        # which can change after the summary is saved: such a log is never summarised
        # (the summary only says so, sparing the next report this pass).
        self.legacy = True
        return "normal"

    def _count_reply(self, t: float, agent: str, tid: int, template: str, hour: int) -> None:
        self.facts["reply"].append((t, agent, tid, template, hour))

    def _count_wait(
        self, t: float, agent: str, first: bool, wall: float, business: float, day: int
    ) -> None:
        self.facts["wait"].append((t, agent, first, wall, business, day))

    def _count_resolution(
        self, t: float, agent: str, tid: int, wall: float, business: float
    ) -> None:
        self.facts["resolution"].append((t, agent, tid, wall, business))

    def _count_breach(self, due: float, agent: str, tid: int) -> None:
        self.facts["breach"].append((due, agent, tid))

    def _count_message(self, t: float, hour: int) -> None:
        self.facts["message"].append((t, hour))

    def _count_reopen(self, t: float) -> None:
        self.facts["reopen"].append((t,))

    def _count_automatic(self, t: float) -> None:
        self.facts["automatic"].append((t,))

    def _count_note(self, t: float, agent: str) -> None:
        self.facts["note"].append((t, agent))

    def _count_escalation(self, t: float, agent: str) -> None:
        self.facts["escalation"].append((t, agent))

    def _count_tone_override(self, t: float, agent: str) -> None:
        self.facts["tone_override"].append((t, agent))

    def all_facts(self, name: str) -> Iterable[Sequence[Any]]:
        columns = self.columns.get(name)
        if columns:
            return itertools.chain(zip(*columns, strict=True), self.facts[name])
        return self.facts[name]

    def replay(self, fold: Fold) -> None:
        """Give `fold` what folding the log would have: the facts inside its period, the
        automatic messages, the tickets' states (for `finish` and `first_contact`)."""
        start, end = fold.start, fold.end
        for name in FACTS:
            count: Callable[..., None] = getattr(fold, f"_count_{name}")
            for fact in self.all_facts(name):
                if start <= fact[0] < end:
                    count(*fact)
        fold.tickets = self.tickets
        fold.latest = self.latest

    # -- on disk ----------------------------------------------------------------------
    def encode(self, key: str, files: list[list[Any]]) -> bytes:
        """The summary file (ValueError, TypeError or OverflowError: something the
        columns cannot hold, such as a ticket id that is not a number)."""
        vocab: dict[str, int] = {v: i for i, v in enumerate(self.vocab)}
        blobs: list[bytes] = []
        layout: list[list[Any]] = []

        def column(name: str, code: str, values: Sequence[Any], before: array | None) -> None:
            if code == "s":
                for v in set(values) - vocab.keys():
                    if type(v) is not str:  # only text: 1 and True would share an entry
                        raise TypeError(f"summary: {v!r} is not text")
                    vocab[v] = len(vocab)
                data = array("i", map(vocab.__getitem__, values))
            elif code == "D":
                data = array("d", [math.nan if v is None else v for v in values])
            else:
                data = array(code, values)
            layout.append([name, code, len(data) + (len(before) if before else 0)])
            if before:  # the columns as loaded, kept encoded: only new facts are encoded
                blobs.append(before.tobytes())
            blobs.append(data.tobytes())

        for name, codes in FACTS.items() if not self.legacy else ():
            rows = self.facts[name]
            raw = self.raw.get(name) or [None] * len(codes)
            new = zip(*rows, strict=True) if rows else [()] * len(codes)
            for code, values, before in zip(codes, new, raw, strict=True):
                column(name, code, values, before)
        states = list(self.tickets.items()) if not self.legacy else []
        column("tickets", "q", [tid for tid, _s in states], None)
        for f, code in zip(_FIELDS, STATE[1:], strict=False):
            column("tickets", code, [getattr(s, f) for _tid, s in states], None)
        firsts = [s.first_resolution or _NO_RESOLUTION for _tid, s in states]
        for i, code in enumerate(STATE[-4:]):
            column("tickets", code, [r[i] for r in firsts], None)
        meta = {
            "key": key,
            "legacy": self.legacy,
            "files": files,
            "latest": None if self.latest == -math.inf else self.latest,
            "layout": layout,
            "vocab": list(vocab),
        }
        rest = orjson.dumps(meta) + b"\n" + b"".join(blobs)
        return MAGIC + b"%08x\n" % zlib.crc32(rest) + rest

    def decode(self, meta: dict[str, Any], blob: memoryview) -> None:
        vocab = self.vocab = meta["vocab"]
        if not all(type(v) is str for v in vocab):
            raise ValueError("summary: a vocabulary entry that is not text")
        columns: dict[str, list[Sequence[Any]]] = {}
        at = 0
        for name, code, count in meta["layout"]:
            data = array("i" if code == "s" else "d" if code == "D" else code)
            size = count * data.itemsize
            data.frombytes(blob[at : at + size])
            at += size
            if name != "tickets":
                self.raw.setdefault(name, []).append(data)
            if code == "s":
                columns.setdefault(name, []).append([vocab[i] for i in data])
            elif code == "D":
                columns.setdefault(name, []).append([None if v != v else v for v in data])
            else:
                columns.setdefault(name, []).append(data)
        if at != len(blob):
            raise ValueError("summary: columns do not fill the file")
        states = columns.pop("tickets")
        self.columns = columns
        latest = meta["latest"]
        self.latest = -math.inf if latest is None else latest
        tickets = self.tickets
        n = len(_FIELDS)
        for tid, *row in zip(*states, strict=True):
            s = tickets[tid] = TicketState()
            for f, value in zip(_FIELDS, row, strict=False):
                setattr(s, f, value)
            if row[n] is not None:
                s.first_resolution = (row[n], row[n + 1], row[n + 2], row[n + 3])


_NO_RESOLUTION = (None, "", 0, 0)


def _prefix_crc(fh: Any, size: int) -> int:
    """The CRC-32 of a file's first `size` bytes (~0.1 s CPU for 165 MB)."""
    fh.seek(0)
    crc = 0
    while size > 0:
        chunk = fh.read(min(size, 1 << 22))
        if not chunk:
            return -1
        crc = zlib.crc32(chunk, crc)
        size -= len(chunk)
    return crc


def _load(path: Path, key: str, files: list[Path], fold: Fold) -> tuple[Recorder, dict[str, int]]:
    """The saved summary if it still describes a prefix of the log, else a fresh one;
    with the byte offset to resume each file at."""
    try:
        raw = path.read_bytes()
    except OSError:
        return Recorder(fold), {}
    view = memoryview(raw)
    newline = raw.find(b"\n")
    if not raw.startswith(MAGIC) or raw[len(MAGIC) : newline] != b"%08x" % zlib.crc32(
        view[newline + 1 :]
    ):
        return Recorder(fold), {}  # torn, or another version
    try:
        split = raw.index(b"\n", newline + 1)
        meta = orjson.loads(view[newline + 1 : split])
        if meta["key"] != key:
            return Recorder(fold), {}
        offsets: dict[str, tuple[int, int]] = {}
        saved = meta["files"]
        if [p.name for p in files[: len(saved)]] != [name for name, *_ in saved]:
            return Recorder(fold), {}
        for i, (name, ino, size, mtime, offset, crc) in enumerate(saved):
            with files[i].open("rb") as fh:
                st = os.fstat(fh.fileno())
                if st.st_ino != ino or st.st_size < offset:
                    return Recorder(fold), {}  # replaced or truncated
                if i < len(saved) - 1 and st.st_size != offset:
                    return Recorder(fold), {}  # an earlier file grew: its lines come first
                changed = (st.st_size, st.st_mtime_ns) != (size, mtime)
                if changed and _prefix_crc(fh, offset) != crc:
                    return Recorder(fold), {}  # rewritten before the offset
            offsets[name] = (offset, crc)
        rec = Recorder(fold)
        if meta["legacy"]:  # the log's prefix needs current priorities: stays so
            rec.legacy = True
            return rec, offsets
        rec.decode(meta, view[split + 1 :])
        return rec, offsets
    except (KeyError, TypeError, ValueError, IndexError, OSError):
        return Recorder(fold), {}


def _save(path: Path, key: str, rec: Recorder, files: list[list[Any]]) -> None:
    from supportdesk.store.files import write_atomic

    try:
        data = rec.encode(key, files)
    except (TypeError, ValueError, OverflowError):
        return  # an odd log the columns cannot hold: no summary, reports fold the log
    # Not fsynced: a summary lost to a power cut is rebuilt; a torn one fails its
    # checksum. The rename still means no reader ever sees half a file. A read-only
    # desk gets no summary: its reports work, only slower.
    with contextlib.suppress(StoreError, OSError):
        write_atomic(path, data, durable=False)


def summarised_fold(
    store: Store, config: Config, fold: Fold, kinds: Collection[str]
) -> Fold | None:
    """`fold` filled from the summary, brought up to date with the log and saved; None
    when the summary cannot stand for the log (no summary on this backend, an old log,
    or a period ending before the latest event): the caller folds the log itself."""
    files = store.event_segments()
    path = store.summary_path(NAME)
    if files is None or path is None:
        return None
    key = summary_key(config)
    rec, offsets = _load(path, key, files, fold)
    if rec.legacy:
        return None  # known from an earlier report: no second pass over the log
    done: list[list[Any]] = []
    tail = b""
    advanced = not offsets and bool(files)
    for i, target in enumerate(files):
        offset, crc = offsets.get(target.name, (0, 0))
        try:
            with target.open("rb") as fh:
                st = os.fstat(fh.fileno())  # before reading: a later append shows as a change
                fh.seek(offset)
                data = fh.read()
        except OSError:
            return None  # replaced or removed meanwhile: the caller reads the log as it is
        if i == len(files) - 1:  # a writer may be mid-line: keep the tail unsaved
            cut = data.rfind(b"\n") + 1
            data, tail = data[:cut], data[cut:]
        if data:
            advanced = True
            rec.feed(store.segment_dicts(data, kinds))
        end, crc = offset + len(data), zlib.crc32(data, crc)
        done.append([target.name, st.st_ino, st.st_size, st.st_mtime_ns, end, crc])
    if advanced:
        _save(path, key, rec, done)  # before the unsaved tail is folded in
    if tail:
        rec.feed(store.segment_dicts(tail, kinds))
    if rec.legacy or rec.latest >= fold.end:
        return None
    rec.replay(fold)
    return fold
