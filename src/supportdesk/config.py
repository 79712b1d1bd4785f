"""The typed configuration: what the TOML file may say, and the defaults when it is silent.

The dataclasses below are the schema. `configcheck` walks their type hints, so a mistake
anywhere in the file is reported the same way: one line, `<file>: <key path>: <problem>`
(design.md: CLI contract). supportdesk must run with no config at all, so every section
has defaults and a missing default file means "all defaults".

Stdlib only, and no heavy imports: every command imports this module.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal

from supportdesk import configcheck as cc
from supportdesk.configcheck import Calendar, Check, Invalid, Key, Parse, quote
from supportdesk.errors import ConfigError, NotFound
from supportdesk.paths import default_config_path, default_data_dir

if TYPE_CHECKING:
    from datetime import tzinfo

# -- values with a syntax of their own -------------------------------------------------

_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _after_import(text: str) -> str:
    if text in ("seen", "keep") or (text.startswith("move:") and text[5:].strip()):
        return text
    raise ValueError(f'expected "seen", "keep" or "move:<folder>", got {quote(text)}')


def _sla_duration(value: object) -> int:
    seconds = cc.duration_seconds(value)
    if seconds < 1:
        raise ValueError(f"expected a duration of at least 1s, got {cc.show(value)}")
    return seconds


def parse_duration(text: str, key: str = "duration") -> int:
    """Seconds in "90s", "30m", "1h", "2d", "1w" or "1h30m"; also used by `report --since`."""
    try:
        return cc.duration_seconds(text)
    except ValueError as exc:
        raise ConfigError(f"{cc.printable(key)}: {exc}") from None


def parse_calendar(text: str, key: str = "sla.calendar") -> Calendar:
    try:
        return cc.calendar(text)
    except ValueError as exc:
        raise ConfigError(f"{cc.printable(key)}: {exc}") from None


def _calendar_check(text: str) -> str:
    cc.calendar(text)
    return text


# -- field types -----------------------------------------------------------------------

Name = Annotated[str, Check(cc.check_name)]
NonEmpty = Annotated[str, Check(cc.check_non_empty)]
Host = Annotated[str, Check(cc.check_host)]
Port = Annotated[int, cc.Range(1, 65535)]
Timeout = Annotated[float, cc.Range(0.1, 3600)]
Count = Annotated[int, cc.Range(1, None)]
SlaDuration = Annotated[int, cc.Parse(_sla_duration)]
PriorityName = Literal["urgent", "high", "normal", "low"]
# Field names of the HTTP inbox protocol (design.md); `fields` maps them to an endpoint's.
# fmt: off
HttpField = Literal["items", "id", "created_at", "from", "name", "email", "subject", "body",
                    "thread", "next_cursor", "has_more", "cursor", "limit", "agent",
                    "message_id"]
# fmt: on

_USE_A_REFERENCE = (
    'a secret must not be written in the config file; use { env = "NAME" }, '
    '{ command = "…" } or { keyring = "SERVICE", user = "USER" }'
)
_SECRET_KINDS = ("env", "command", "keyring")


@dataclass(frozen=True, repr=False)
class Secret:
    """Where a password or token is found; never the secret itself.

    The lookup lives in `credentials.py`, so loading config never runs a command or
    touches the keyring. Values are echoed nowhere: a mistyped table might hold a real
    password.
    """

    kind: Literal["env", "command", "keyring"]
    value: str  # variable name, shell-free command line, or keyring service
    user: str = ""  # keyring only

    def __repr__(self) -> str:
        # A command line could embed a secret (`echo hunter2`), so it is never shown.
        if self.kind == "command":
            return "Secret(command=…)"
        if self.kind == "keyring":
            return f"Secret(keyring={self.value!r}, user={self.user!r})"
        return f"Secret(env={self.value!r})"

    __str__ = __repr__

    @classmethod
    def _from_toml(cls, value: object) -> Secret:
        if not isinstance(value, dict):
            raise ValueError(_USE_A_REFERENCE)
        allowed = (*_SECRET_KINDS, "user")
        for name, item in value.items():
            if name not in allowed:
                raise Invalid((name,), cc.unknown_key(name, allowed))
            if not isinstance(item, str):
                raise Invalid((name,), "expected a string")
            if not item.strip():
                raise Invalid((name,), "must not be empty")
        given = [k for k in _SECRET_KINDS if k in value]
        if len(given) != 1:
            got = f", got {' and '.join(given)}" if given else ""
            raise ValueError(f"expected exactly one of env, command or keyring{got}")
        kind = given[0]
        if kind == "keyring" and "user" not in value:
            raise Invalid(("user",), "required with keyring (the account name in the keyring)")
        if kind != "keyring" and "user" in value:
            raise Invalid(("user",), "only used with keyring")
        if kind == "env" and not _ENV_NAME.match(value["env"]):
            raise Invalid(("env",), "expected an environment variable name (letters, digits, _)")
        return cls(kind, value[kind], value.get("user", ""))  # type: ignore[arg-type]


def _plaintext_problems(host: str, security: str) -> Iterator[tuple[Key, str]]:
    if security == "none" and not cc.is_loopback(host):
        yield (
            ("security",),
            (
                '"none" sends passwords and mail unencrypted, so it is allowed only when host is '
                f"this machine (localhost, 127.0.0.0/8 or ::1), not {quote(host)}"
            ),
        )


# -- sections --------------------------------------------------------------------------


@dataclass(frozen=True)
class DeskConfig:
    name: str = "Support"
    address: Annotated[str, Check(cc.check_address)] = ""  # default From address of replies
    data_dir: Path | None = None  # None: the XDG data dir
    timezone: Annotated[str, Check(cc.check_timezone)] = "UTC"
    transport: str = ""  # for tickets whose source names none; "": the first transport
    archive_after_days: Count = 14  # solved tickets move to the cold archive after this
    attachment_max_bytes: Count = 25_000_000
    max_message_bytes: Count = 40_000_000  # larger mail: a placeholder, original kept (ING-07)
    # Sending a reply on a ticket nobody holds claims it for the sender (outbox.queue):
    # whoever answered is who a missed next deadline belongs to, not "(unassigned)".
    claim_on_reply: bool = True

    @property
    def tzinfo(self) -> tzinfo:
        import zoneinfo

        return dt.UTC if self.timezone == "UTC" else zoneinfo.ZoneInfo(self.timezone)


@dataclass(frozen=True)
class AgentConfig:
    name: str = ""  # "": the CLI falls back to --agent, then the login name
    signature: str = ""


@dataclass(frozen=True)
class ImapSource:
    kind: ClassVar[Literal["imap"]] = "imap"
    name: Name
    host: Host
    port: Port = 993
    security: Literal["tls", "starttls", "none"] = "tls"
    username: str = ""
    password: Secret | None = None
    folder: NonEmpty = "INBOX"
    folders: list[NonEmpty] = field(default_factory=list)  # extra folders to pull
    after_import: Annotated[str, Check(_after_import)] = "seen"
    transport: str = ""
    ca_cert: Path | None = None
    auth: Literal["password", "xoauth2"] = "password"  # xoauth2: `password` is the token
    batch_size: Count = 250
    timeout_seconds: Timeout = 30.0
    max_uidvalidity_changes: Count = 3  # changes in a row before a folder stops (ING-04)

    def _config_problems(self) -> Iterator[tuple[Key, str]]:
        return _plaintext_problems(self.host, self.security)


@dataclass(frozen=True)
class MaildirSource:
    kind: ClassVar[Literal["maildir"]] = "maildir"
    name: Name
    path: Path
    transport: str = ""


@dataclass(frozen=True)
class HttpSource:
    kind: ClassVar[Literal["http"]] = "http"
    name: Name
    url: Annotated[str, Check(cc.check_url)]
    token: Secret | None = None
    poll_seconds: Count = 30
    transport: str = ""
    ca_cert: Path | None = None
    fields: dict[HttpField, NonEmpty] = field(default_factory=dict)
    timeout_seconds: Timeout = 15.0
    max_response_bytes: Count = 10_000_000


@dataclass(frozen=True)
class SmtpTransport:
    kind: ClassVar[Literal["smtp"]] = "smtp"
    name: Name
    host: Host
    port: Port = 587
    security: Literal["tls", "starttls", "none"] = "starttls"
    username: str = ""
    password: Secret | None = None
    sent_folder: str = ""  # "": no IMAP copy of replies
    ca_cert: Path | None = None
    timeout_seconds: Timeout = 30.0

    def _config_problems(self) -> Iterator[tuple[Key, str]]:
        return _plaintext_problems(self.host, self.security)


@dataclass(frozen=True)
class SendmailTransport:
    kind: ClassVar[Literal["sendmail"]] = "sendmail"
    name: Name
    command: NonEmpty = "/usr/sbin/sendmail"


@dataclass(frozen=True)
class FileTransport:
    kind: ClassVar[Literal["file"]] = "file"
    name: Name
    path: Path  # a directory; one .eml per reply


Source = ImapSource | MaildirSource | HttpSource
Transport = SmtpTransport | SendmailTransport | FileTransport


# -- site monitors (issue 10) ------------------------------------------------------------

_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+\Z")
_STATUS_HINT = 'a status like 200, "2xx" or "200-299", or an array of them'


def _seconds(value: object) -> float:
    """A number of seconds (fractions allowed: tests check every 0.2 s) or a duration."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return float(cc.duration_seconds(value))


def _status_range(item: object) -> tuple[int, int]:
    if isinstance(item, int) and not isinstance(item, bool):
        low = high = item
    elif isinstance(item, str) and re.fullmatch(r"[1-5]xx", item.strip().lower()):
        low = int(item.strip()[0]) * 100
        high = low + 99
    elif isinstance(item, str) and (m := re.fullmatch(r"\s*(\d{3})\s*-\s*(\d{3})\s*", item)):
        low, high = int(m[1]), int(m[2])
    else:
        raise ValueError(f"expected {_STATUS_HINT}, got {cc.show(item)}")
    if not 100 <= low <= high <= 599:
        raise ValueError(f"expected HTTP statuses between 100 and 599, got {cc.show(item)}")
    return low, high


def _status_ranges(value: object) -> tuple[tuple[int, int], ...]:
    """`expect_status`: 200, "2xx", "200-204" or an array of them, as (low, high) pairs."""
    items = value if isinstance(value, list) else [value]
    if not items:
        raise ValueError(f"expected {_STATUS_HINT}, got an empty array")
    ranges = []
    for i, item in enumerate(items):
        try:
            ranges.append(_status_range(item))
        except ValueError as exc:
            if isinstance(value, list):
                raise Invalid((i,), str(exc)) from None
            raise
    return tuple(ranges)


def _header_value(value: object) -> str | Secret:
    """A plain header value, or a secret reference for an authenticated health check."""
    if isinstance(value, str):
        if any(c in value for c in "\r\n\x00"):
            raise ValueError("a header value cannot contain line breaks or NUL")
        return value
    if isinstance(value, dict):
        return Secret._from_toml(value)
    raise ValueError(f"expected a string or a secret reference, got {cc.show(value)}")


def _monitor_url(text: str) -> str:
    cc.http_url(text, '"https://www.example.com/"')
    return text


@dataclass(frozen=True)
class MonitorConfig:
    """One watched site or health endpoint (`[[monitors]]`)."""

    name: Name
    url: Annotated[str, Check(_monitor_url)]
    interval: Annotated[float, Parse(_seconds), cc.Range(0.1, 86400)] = 60.0
    timeout: Annotated[float, Parse(_seconds), cc.Range(0.1, 300)] = 10.0
    expect_status: Annotated[tuple[tuple[int, int], ...], Parse(_status_ranges)] = ((200, 399),)
    expect_text: str = ""  # "": any body; else it must contain this text
    slow_ms: Annotated[int, cc.Range(1, None)] = 2000  # total time above this: "slow"
    failures: Count = 3  # consecutive failed checks before "down"
    successes: Count = 2  # consecutive good checks before "up" again
    method: Literal["GET", "HEAD"] = "GET"
    follow_redirects: bool = False
    token: Secret | None = None  # sent as "Authorization: Bearer …"
    headers: dict[str, Annotated[str | Secret, Parse(_header_value)]] = field(default_factory=dict)
    ca_cert: Path | None = None  # a CA bundle for a private certificate authority
    cert_warn_days: Count = 14  # a certificate closer to expiry than this is flagged

    def _config_problems(self) -> Iterator[tuple[Key, str]]:
        from urllib.parse import urlsplit

        for name in self.headers:
            if not _HEADER_NAME.match(name):
                yield ("headers", name), "not a valid HTTP header name"
        secret = self.token is not None or any(isinstance(v, Secret) for v in self.headers.values())
        parts = urlsplit(self.url)
        if secret and parts.scheme == "http" and not cc.is_loopback(parts.hostname or ""):
            yield (
                ("url",),
                "plain http would send the token unencrypted; use https "
                "(http with a secret is allowed only for localhost, 127.0.0.0/8 or ::1)",
            )


def _first_response() -> dict[str, int]:
    return {"urgent": 3600, "high": 4 * 3600, "normal": 8 * 3600, "low": 24 * 3600}


def _next_response() -> dict[str, int]:
    return {"urgent": 2 * 3600, "high": 8 * 3600, "normal": 24 * 3600, "low": 48 * 3600}


@dataclass(frozen=True)
class SlaConfig:
    calendar: Annotated[str, Check(_calendar_check)] = "24/7"
    first_response: dict[PriorityName, SlaDuration] = field(default_factory=_first_response)
    next_response: dict[PriorityName, SlaDuration] = field(default_factory=_next_response)
    schedule: Calendar = field(init=False, repr=False, compare=False)  # parsed `calendar`

    def __post_init__(self) -> None:
        object.__setattr__(self, "schedule", parse_calendar(self.calendar))


@dataclass(frozen=True)
class UiConfig:
    theme: NonEmpty = "supportdesk-dark"
    keys: dict[str, str] = field(default_factory=dict)  # action -> key
    # the second reader (tone/reader.py) after the rules: rude sentences and the mood
    tone_reader: bool = True


def _duplicates(
    section: str, items: Sequence[Source | Transport | MonitorConfig]
) -> Iterator[tuple[Key, str]]:
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.name in seen:
            yield (
                (section, i, "name"),
                (f"duplicate name {quote(item.name)} (also {section}[{seen[item.name]}])"),
            )
        seen.setdefault(item.name, i)


@dataclass(frozen=True)
class Config:
    desk: DeskConfig = field(default_factory=DeskConfig)
    agent: AgentConfig = field(default_factory=AgentConfig)
    sources: list[Source] = field(default_factory=list)
    transports: list[Transport] = field(default_factory=list)
    sla: SlaConfig = field(default_factory=SlaConfig)
    ui: UiConfig = field(default_factory=UiConfig)
    monitors: list[MonitorConfig] = field(default_factory=list)
    path: Path | None = field(default=None, metadata={"toml": False})  # None: no file

    @property
    def data_dir(self) -> Path:
        return self.desk.data_dir or default_data_dir()

    def source(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise NotFound(_not_found("source", name, [s.name for s in self.sources]))

    def monitor(self, name: str) -> MonitorConfig:
        for monitor in self.monitors:
            if monitor.name == name:
                return monitor
        raise NotFound(_not_found("monitor", name, [m.name for m in self.monitors]))

    def transport(self, name: str) -> Transport:
        for transport in self.transports:
            if transport.name == name:
                return transport
        raise NotFound(_not_found("transport", name, [t.name for t in self.transports]))

    def transport_for(self, source_name: str) -> Transport | None:
        """Where replies to a source's tickets go out.

        A source no longer in the config (its tickets stay in the queue) falls back to
        the desk default rather than failing.
        """
        source = next((s for s in self.sources if s.name == source_name), None)
        name = (source.transport if source else "") or self.desk.transport
        if name:
            return self.transport(name)
        return self.transports[0] if self.transports else None

    def _config_problems(self) -> Iterator[tuple[Key, str]]:
        yield from _duplicates("sources", self.sources)
        yield from _duplicates("transports", self.transports)
        yield from _duplicates("monitors", self.monitors)
        names = [t.name for t in self.transports]
        refs: list[tuple[Key, str]] = [(("desk", "transport"), self.desk.transport)]
        refs += [(("sources", i, "transport"), s.transport) for i, s in enumerate(self.sources)]
        for key, name in refs:
            if name and name not in names:
                yield key, _not_found("transport", name, names)


def _not_found(what: str, name: str, names: list[str]) -> str:
    if not names:
        return f"no {what} named {quote(name)} (no [[{what}s]] are configured)"
    hint = cc.did_you_mean(name, names) or f" (configured: {cc.quote_all(names)})"
    return f"no {what} named {quote(name)}{hint}"


# -- loading ---------------------------------------------------------------------------

_TOML_WHERE = re.compile(r"\s*\((?:at line (\d+), column \d+|at end of document)\)\s*\Z")


def parse_config(text: str, filename: str, *, base_dir: Path | None = None) -> Config:
    """Parse and validate; relative paths in the file are taken relative to `base_dir`."""
    where = cc.printable(filename)
    try:
        data = tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_WHERE.search(message)
        line = getattr(exc, "lineno", None)
        if match:
            message = message[: match.start()]
            line = line or (int(match[1]) if match[1] else max(1, len(text.splitlines())))
        raise ConfigError(f"{where}:{line or 1}: invalid TOML: {cc.printable(message)}") from None
    try:
        return cc.Reader(base_dir).build(Config, data, ())
    except Invalid as exc:
        raise ConfigError(
            f"{where}: {cc.format_key(exc.key)}: {cc.printable(exc.problem)}"
        ) from None


def load_config(path: Path | None = None) -> Config:
    """Read the config; with no path, a missing default file means all defaults."""
    explicit = path is not None
    path = Path(path) if path is not None else default_config_path()
    where = cc.printable(str(path))
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if not explicit:
            return Config()
        raise ConfigError(f'{where}: no such file (create one with "supportdesk init")') from None
    except IsADirectoryError:
        raise ConfigError(f"{where}: is a directory, not a config file") from None
    except OSError as exc:
        raise ConfigError(f"{where}: cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ConfigError(f"{where}:{line}: not valid UTF-8 (TOML files must be UTF-8)") from None
    config = parse_config(text, str(path), base_dir=path.absolute().parent)
    return dataclasses.replace(config, path=path)


def config_template() -> str:
    """The commented example config that `supportdesk init` writes."""
    from importlib.resources import files

    return files("supportdesk").joinpath("config.example.toml").read_text(encoding="utf-8")
