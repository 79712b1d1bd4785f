"""Turns parsed TOML into the typed config dataclasses, checked against their type hints.

One walker driven by the type hints (plus a few `Annotated` markers) checks every key the
same way and words every problem the same way, so adding a field to a config dataclass is
all it takes to load it, validate it and report mistakes in it. Nothing here knows about
supportdesk's sections; `config.py` describes them.

Conventions the walker relies on:
- a dataclass field without a default is required; a required string must not be empty;
- a field with `metadata={"toml": False}` (or `init=False`) is never read from the file;
- a union of dataclasses that each carry a `kind` ClassVar is chosen by the `kind` key;
- a class may define `_from_toml(value)` to read its own syntax (secrets do);
- an instance may define `_config_problems()` yielding `(key, problem)` for rules that
  involve more than one field; keys are relative to the instance's table.

The second half holds the value syntaxes the schema shares (names, hosts, URLs, time
zones, durations, business hours), each raising ValueError with the problem only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, Union

Key = tuple[str | int, ...]
T = TypeVar("T")


class Invalid(Exception):
    """A problem at a key path; `config.parse_config` adds the file name."""

    def __init__(self, key: Key, problem: str) -> None:
        super().__init__(problem)
        self.key = key
        self.problem = problem


@dataclasses.dataclass(frozen=True)
class Range:
    """Inclusive bounds for a number, so limits live next to the field they guard."""

    low: float | None = None
    high: float | None = None


@dataclasses.dataclass(frozen=True)
class Check:
    """Runs after the type check; may normalise the value; raises ValueError(problem)."""

    fn: Callable[[Any], Any]


@dataclasses.dataclass(frozen=True)
class Parse:
    """Replaces the type check, for values with a syntax of their own (durations)."""

    fn: Callable[[Any], Any]


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")


def printable(text: str) -> str:
    """Escape what a terminal would act on, so every message stays one harmless line."""
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)


def quote(text: str, limit: int = 60) -> str:
    if len(text) > limit:
        text = text[:limit] + "…"
    return printable(json.dumps(text, ensure_ascii=False))


def quote_all(values: Iterable[str]) -> str:
    return ", ".join(quote(v) for v in values)


def format_key(key: Key) -> str:
    out = ""
    for part in key:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            text = part if _BARE_KEY.match(part) else quote(part)
            out += f".{text}" if out else text
    return out


def show(value: object) -> str:
    """How a TOML value is echoed back in a message (short, quoted, one line)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, int | float):
        text = repr(value)
        return text if len(text) <= 30 else text[:30] + "…"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dt.date | dt.time):
        return "a date/time"
    return type(value).__name__


def suggest(word: str, known: Iterable[str]) -> str | None:
    """The closest known word, for "did you mean"; case slips win over spelling ones."""
    import difflib  # only on the error path: start-up time matters

    known = sorted(known)
    same = [k for k in known if k.lower() == word.lower()]
    match = same or difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    return match[0] if match else None


def did_you_mean(word: str, known: Iterable[str]) -> str:
    match = suggest(word, known)
    return f" (did you mean {quote(match)}?)" if match else ""


def unknown_key(key: str, known: Iterable[str], what: str = "key") -> str:
    return f"unknown {what}{did_you_mean(key, known)}"


def _unwrap(hint: Any) -> tuple[Any, tuple[object, ...]]:
    if typing.get_origin(hint) is Annotated:
        return hint.__origin__, hint.__metadata__
    return hint, ()


def _is_dataclass_type(hint: Any) -> bool:
    return isinstance(hint, type) and dataclasses.is_dataclass(hint)


def _kind_of(cls: Any) -> str | None:
    kind = vars(cls).get("kind") if _is_dataclass_type(cls) else None
    return kind if isinstance(kind, str) else None


def describe(hint: Any) -> str:
    """The noun for what a hint expects, as in "expected an integer"."""
    base, _ = _unwrap(hint)
    origin, args = typing.get_origin(base), typing.get_args(base)
    if origin in (Union, types.UnionType):
        members = [a for a in args if a is not type(None)]
        return describe(members[0]) if len(members) == 1 else "a table"
    if origin is Literal:
        return "one of " + quote_all(args)
    if origin is list:
        inner, _ = _unwrap(args[0])
        inner_members = typing.get_args(inner) or (inner,)
        if all(_is_dataclass_type(m) for m in inner_members):
            return "an array of tables"
        return "an array"
    if origin is dict or _is_dataclass_type(base):
        return "a table"
    names = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}
    if base in names:
        return names[base]
    if base is Path:
        return "a path"
    raise TypeError(f"configcheck cannot read values of type {hint!r}")


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, include_extras=True)


class Reader:
    """Reads one file's values; holds what relative paths are relative to."""

    def __init__(self, base_dir: Path | None = None) -> None:
        self.base_dir = base_dir

    def build(
        self,
        cls: type[T],
        table: Mapping[str, object],
        key: Key,
        foreign: Mapping[str, str] | None = None,
    ) -> T:
        """Construct `cls` from a TOML table; `foreign` maps keys of sibling kinds."""
        fields = [
            f
            for f in dataclasses.fields(cls)  # type: ignore[arg-type]
            if f.init and f.metadata.get("toml", True)
        ]
        names = {f.name for f in fields}
        kind = _kind_of(cls)
        for name, value in table.items():
            if name in names:
                continue
            if not key:
                what = "section" if isinstance(value, dict | list) else "key"
                raise Invalid((name,), unknown_key(name, names, what))
            if foreign and name in foreign:
                raise Invalid(
                    (*key, name),
                    f'not a key of kind "{kind}" (it belongs to kind "{foreign[name]}")',
                )
            raise Invalid((*key, name), unknown_key(name, names))
        hints = _hints(cls)
        kwargs: dict[str, Any] = {}
        for f in fields:
            here = (*key, f.name)
            required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            if f.name not in table:
                if required:
                    raise Invalid(here, f'required for kind "{kind}"' if kind else "required")
                continue
            value = self.convert(hints[f.name], table[f.name], here)
            if required and value == "":
                raise Invalid(here, "must not be empty")
            if isinstance(value, dict) and f.default_factory is not dataclasses.MISSING:
                # A partial table (e.g. one SLA priority) overrides only what it names.
                value = {**f.default_factory(), **value}
            kwargs[f.name] = value
        instance = cls(**kwargs)
        problems = getattr(instance, "_config_problems", None)
        first = next(iter(problems()), None) if problems is not None else None
        if first is not None:
            raise Invalid((*key, *first[0]), first[1])
        return instance

    def convert(self, hint: Any, value: object, key: Key) -> Any:
        base, markers = _unwrap(hint)
        parsers = [m for m in markers if isinstance(m, Parse)]
        value = _run(parsers[0].fn, value, key) if parsers else self._typed(base, value, key)
        for marker in markers:
            if isinstance(marker, Range):
                _check_range(marker, base, value, key)
            elif isinstance(marker, Check):
                value = _run(marker.fn, value, key)
        return value

    def _typed(self, hint: Any, value: object, key: Key) -> Any:
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if origin in (Union, types.UnionType):
            members = [a for a in args if a is not type(None)]
            if len(members) == 1:
                return self.convert(members[0], value, key)
            return self._dispatch(members, value, key)
        if origin is Literal:
            if isinstance(value, str) and value in args:
                return value
            raise Invalid(key, f"expected {describe(hint)}, got {show(value)}")
        if origin is list:
            if not isinstance(value, list):
                raise _wrong(hint, value, key)
            return [self.convert(args[0], item, (*key, i)) for i, item in enumerate(value)]
        if origin is dict:
            if not isinstance(value, dict):
                raise _wrong(hint, value, key)
            allowed = typing.get_args(args[0]) if typing.get_origin(args[0]) is Literal else None
            out = {}
            for name, item in value.items():
                if allowed is not None and name not in allowed:
                    tip = did_you_mean(name, allowed) or f"; expected one of {quote_all(allowed)}"
                    raise Invalid((*key, name), f"unknown key{tip}")
                out[name] = self.convert(args[1], item, (*key, name))
            return out
        if _is_dataclass_type(hint):
            from_toml = getattr(hint, "_from_toml", None)
            if from_toml is not None:
                return _run(from_toml, value, key)
            if not isinstance(value, dict):
                raise _wrong(hint, value, key)
            return self.build(hint, value, key)
        if hint is bool and isinstance(value, bool):
            return value
        if hint is int and isinstance(value, int) and not isinstance(value, bool):
            return value
        if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if hint is str and isinstance(value, str):
            return value
        if hint is Path and isinstance(value, str):
            return _run(self._path, value, key)
        raise _wrong(hint, value, key)

    def _dispatch(self, members: list[Any], value: object, key: Key) -> Any:
        kinds = {_kind_of(m): m for m in members}
        if None in kinds:
            raise TypeError(f"a union needs dataclasses with a `kind` ClassVar: {members!r}")
        choices = quote_all(k for k in kinds if k)
        if not isinstance(value, dict):
            raise Invalid(key, f"expected a table, got {show(value)}")
        if "kind" not in value:
            raise Invalid((*key, "kind"), f"required (one of {choices})")
        cls = kinds.get(value["kind"]) if isinstance(value["kind"], str) else None
        if cls is None:
            raise Invalid((*key, "kind"), f"expected one of {choices}, got {show(value['kind'])}")
        foreign = {
            f.name: kind
            for kind, other in kinds.items()
            if other is not cls and kind
            for f in dataclasses.fields(other)
        }
        rest = {name: item for name, item in value.items() if name != "kind"}
        return self.build(cls, rest, key, foreign)

    def _path(self, text: str) -> Path:
        if not text:
            raise ValueError("expected a path, got an empty string")
        if "\x00" in text:
            raise ValueError("a path cannot contain NUL characters")
        try:
            path = Path(text).expanduser()
        except RuntimeError:
            raise ValueError(f"cannot expand {quote(text)}: no such user") from None
        # Relative paths mean "next to the config file", not "wherever the shell is".
        if not path.is_absolute() and self.base_dir is not None:
            path = self.base_dir / path
        return path


def _run(fn: Callable[[Any], Any], value: object, key: Key) -> Any:
    try:
        return fn(value)
    except Invalid as exc:
        raise Invalid((*key, *exc.key), exc.problem) from None
    except ValueError as exc:
        raise Invalid(key, str(exc)) from None


def _wrong(hint: Any, value: object, key: Key) -> Invalid:
    problem = f"expected {describe(hint)}, got {show(value)}"
    tables = describe(hint) == "an array of tables" and isinstance(value, dict)
    if tables and all(isinstance(part, str) for part in key):
        name = format_key(key)
        problem += f" (write [[{name}]], not [{name}])"
    return Invalid(key, problem)


def _check_range(bounds: Range, hint: Any, value: object, key: Key) -> None:
    assert isinstance(value, int | float)
    noun = describe(hint)
    low, high = bounds.low, bounds.high
    if (low is None or value >= low) and (high is None or value <= high):
        return
    if low is not None and high is not None:
        wanted = f"{noun} from {low} to {high}"
    elif low is not None:
        wanted = f"{noun} of at least {low}"
    else:
        wanted = f"{noun} of at most {high}"
    raise Invalid(key, f"expected {wanted}, got {show(value)}")


# -- value checks shared by the schema (raise ValueError; the walker adds the key) --------

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}\Z")
_HOST = re.compile(r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.?\Z")
_ADDRESS = re.compile(r"[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+\Z|[^@\s<>\"]+@localhost\Z")


def check_name(text: str) -> str:
    # Names are typed on the command line (--source NAME) and stored with tickets.
    check_non_empty(text)
    if not _NAME.match(text):
        raise ValueError(f'expected a name of letters, digits, ".", "_" or "-", got {quote(text)}')
    return text


def check_non_empty(text: str) -> str:
    if not text.strip():
        raise ValueError("must not be empty")
    return text


def check_host(text: str) -> str:
    import ipaddress

    check_non_empty(text)
    if "://" in text:
        raise ValueError(f"expected a host name without a scheme, got {quote(text)}")
    try:
        ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        if not _HOST.match(text):
            hint = " (the port goes in port)" if ":" in text else ""
            problem = f"expected a host name or IP address{hint}, got {quote(text)}"
            raise ValueError(problem) from None
    return text


def check_address(text: str) -> str:
    if text and not _ADDRESS.match(text):
        raise ValueError(f'expected an email address like "support@example.com", got {quote(text)}')
    return text


def check_timezone(name: str) -> str:
    import zoneinfo

    if name == "UTC":  # works even where the system has no tz database
        return name
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        hint = did_you_mean(name, zoneinfo.available_timezones())
        raise ValueError(f"unknown time zone {quote(name)}{hint}") from None
    return name


def http_url(text: str, example: str = '"https://example.com/api"') -> tuple[str, str]:
    """(scheme, host) of an http(s) URL, or ValueError quoting `example`."""
    from urllib.parse import urlsplit

    check_non_empty(text)
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        host, parts = None, None
    if parts is None or parts.scheme not in ("http", "https") or not host:
        raise ValueError(f"expected an http(s) URL like {example}, got {quote(text)}")
    return parts.scheme, host


def check_url(text: str) -> str:
    scheme, host = http_url(text)
    if scheme == "http" and not is_loopback(host):
        raise ValueError(
            "plain http sends the token and tickets unencrypted; use https "
            "(http is allowed only for localhost, 127.0.0.0/8 or ::1)"
        )
    return text


def is_loopback(host: str) -> bool:
    """Whether traffic to `host` stays on this machine (so plaintext cannot be sniffed)."""
    import ipaddress

    host = host.strip().strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return bool(address.is_loopback or (mapped is not None and mapped.is_loopback))


# -- durations ------------------------------------------------------------------------

_DURATION = re.compile(
    r"\s*(?:(\d+)\s*w)?\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?\s*\Z",
    re.IGNORECASE,
)
_DURATION_UNITS = (7 * 86400, 86400, 3600, 60, 1)
_DURATION_HINT = 'a duration like "90s", "30m", "1h", "2d" or "1h30m"'


def duration_seconds(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value  # a bare integer is seconds
    match = _DURATION.match(value) if isinstance(value, str) else None
    if match is None or not any(match.groups()):
        raise ValueError(f"expected {_DURATION_HINT}, got {show(value)}")
    return sum(int(n) * unit for n, unit in zip(match.groups(), _DURATION_UNITS, strict=True) if n)


# -- business hours (sla.calendar) ----------------------------------------------------

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_CALENDAR_HINT = '"24/7" or days and hours like "mon-fri 09:00-18:00"'
_CALENDAR = re.compile(r"(?P<days>[a-z][a-z,\s-]*?)\s+(?P<start>\S+?)\s*-\s*(?P<end>\S+)\Z")


@dataclasses.dataclass(frozen=True)
class Calendar:
    """Parsed `sla.calendar`: SLA clocks run only inside these hours (desk.timezone).

    `days` are `datetime.weekday()` numbers (0 = Monday); `end` is exclusive, and "24:00"
    is stored as `time.max` (until midnight).
    """

    text: str = "24/7"
    days: frozenset[int] = frozenset(range(7))
    start: dt.time = dt.time(0, 0)
    end: dt.time = dt.time.max

    @property
    def always(self) -> bool:
        return len(self.days) == 7 and self.start == dt.time(0, 0) and self.end == dt.time.max

    def contains(self, moment: dt.datetime) -> bool:
        """Whether a local (desk time zone) moment falls in business hours."""
        t = moment.time()
        return (
            moment.weekday() in self.days
            and self.start <= t
            and (t < self.end or self.end == dt.time.max)
        )


def _clock(text: str, *, end: bool) -> dt.time:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if match:
        hour, minute = int(match[1]), int(match[2])
        if end and (hour, minute) == (24, 0):
            return dt.time.max
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValueError(f"expected a time of day from 00:00 to 24:00, got {quote(text)}")


def calendar(text: str) -> Calendar:
    if text.strip().lower() == "24/7":
        return Calendar(text)
    match = _CALENDAR.match(text.strip().lower())
    if match is None:
        raise ValueError(f"expected {_CALENDAR_HINT}, got {quote(text)}")
    days: set[int] = set()
    for item in match["days"].split(","):
        ends = [d.strip() for d in item.split("-")]
        for day in ends:
            if day not in _DAYS:
                raise ValueError(
                    f"unknown day {quote(day)} in {quote(text)}; days are {', '.join(_DAYS)}"
                )
        if len(ends) > 2:
            raise ValueError(f"expected {_CALENDAR_HINT}, got {quote(text)}")
        first, last = _DAYS.index(ends[0]), _DAYS.index(ends[-1])
        days.update((first + i) % 7 for i in range((last - first) % 7 + 1))  # sat-sun, sun-thu
    start, end = _clock(match["start"], end=False), _clock(match["end"], end=True)
    if end <= start:
        raise ValueError(
            f"hours must end after they start (overnight hours are not "
            f"supported), got {quote(text)}"
        )
    return Calendar(text, frozenset(days), start, end)
