"""The config loader: defaults, the template, and one exact message per kind of mistake."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import typing
from pathlib import Path

import pytest

from supportdesk.config import (
    Calendar,
    Config,
    FileTransport,
    HttpSource,
    ImapSource,
    MaildirSource,
    Secret,
    SendmailTransport,
    SlaConfig,
    SmtpTransport,
    config_template,
    load_config,
    parse_calendar,
    parse_config,
    parse_duration,
)
from supportdesk.errors import ConfigError, NotFound

IMAP = '[[sources]]\nname = "inbox"\nkind = "imap"\nhost = "imap.acme.test"\n'
SMTP = '[[transports]]\nname = "smtp"\nkind = "smtp"\nhost = "smtp.acme.test"\n'

# The example from design.md ("Config"), verbatim: the contract every key must keep.
DESIGN_EXAMPLE = r"""
[desk]
name = "Acme Support"
address = "support@acme.test"          # default From address of replies
data_dir = "/srv/supportdesk"          # default: the XDG data dir
timezone = "Europe/Bucharest"
transport = "smtp"                     # for tickets whose source names none (imports);
                                       # default: the first [[transports]] entry

[agent]                                # usually in each agent's own config
name = "Ana Popescu"                   # a real name in From and signatures (R11)
signature = "Ana Popescu\nAcme Support"

[[sources]]
name = "inbox"
kind = "imap"                          # imap | maildir | http
host = "imap.acme.test"
port = 993
security = "tls"                       # tls | starttls | none (none: loopback only)
username = "support@acme.test"
password = { env = "SUPPORT_IMAP_PASSWORD" }
folder = "INBOX"
after_import = "seen"                  # seen | keep | "move:Processed"
transport = "smtp"                     # where replies to these tickets go out

[[sources]]
name = "local"
kind = "maildir"
path = "/var/mail/support/Maildir"
transport = "smtp"

[[sources]]
name = "web"
kind = "http"
url = "https://www.acme.test/api/support"
token = { command = "pass show acme/web-inbox" }
poll_seconds = 30                      # replies: POST {url}/{id}/replies

[[transports]]
name = "smtp"
kind = "smtp"                          # smtp | sendmail | file
host = "smtp.acme.test"
port = 587
security = "starttls"
username = "support@acme.test"
password = { keyring = "supportdesk", user = "smtp" }
sent_folder = "Sent"                   # optional: IMAP copy of every reply

[[transports]]
name = "outbox"
kind = "file"
path = "/srv/supportdesk/outbox"       # one .eml per reply (the demo uses this)

[sla]
calendar = "24/7"                      # or "mon-fri 09:00-18:00"
first_response = { urgent = "1h", high = "4h", normal = "8h", low = "24h" }
next_response = { urgent = "2h", high = "8h", normal = "24h", low = "48h" }

[ui]
theme = "supportdesk-dark"
[ui.keys]                              # action = key; every action is rebindable
reply = "r"
"""


def error(text: str) -> str:
    with pytest.raises(ConfigError) as caught:
        parse_config(text, "config.toml")
    message = str(caught.value)
    assert len(message.splitlines()) == 1
    return message


# -- every kind of mistake, with its exact one-line message --------------------------------

BAD = {
    "unknown key, close": (
        '[desk]\nnmae = "x"\n',
        'desk.nmae: unknown key (did you mean "name"?)',
    ),
    "unknown key, far": ("[desk]\ncolour = 1\n", "desk.colour: unknown key"),
    "unknown key in source": (
        IMAP + 'hots = "x"\n',
        'sources[0].hots: unknown key (did you mean "host"?)',
    ),
    "key of another kind": (
        IMAP + 'path = "/var/mail"\n',
        'sources[0].path: not a key of kind "imap" (it belongs to kind "maildir")',
    ),
    "unknown section": ('[dsk]\nname = "x"\n', 'dsk: unknown section (did you mean "desk"?)'),
    "top-level key": ('name = "x"\n', "name: unknown key"),
    "quoted key stays one line": ('[desk]\n"a\\nb" = 1\n', 'desk."a\\nb": unknown key'),
    "section not a table": ("desk = 5\n", "desk: expected a table, got 5"),
    "sources as a table": (
        '[sources]\nname = "x"\n',
        "sources: expected an array of tables, got a table (write [[sources]], not [sources])",
    ),
    "missing required": (
        IMAP + '[[sources]]\nname = "b"\nkind = "imap"\n',
        'sources[1].host: required for kind "imap"',
    ),
    "missing required path": (
        '[[sources]]\nname = "m"\nkind = "maildir"\n',
        'sources[0].path: required for kind "maildir"',
    ),
    "missing kind": (
        '[[sources]]\nname = "x"\n',
        'sources[0].kind: required (one of "imap", "maildir", "http")',
    ),
    "unknown kind": (
        '[[sources]]\nname = "x"\nkind = "pop3"\n',
        'sources[0].kind: expected one of "imap", "maildir", "http", got "pop3"',
    ),
    "unknown transport kind": (
        '[[transports]]\nname = "x"\nkind = "carrier-pigeon"\n',
        'transports[0].kind: expected one of "smtp", "sendmail", "file", got "carrier-pigeon"',
    ),
    "string for int": (
        IMAP + 'port = "abc"\n',
        'sources[0].port: expected an integer, got "abc"',
    ),
    "bool is not an int": (
        IMAP + "port = true\n",
        "sources[0].port: expected an integer, got true",
    ),
    "float is not an int": (
        IMAP + "port = 993.0\n",
        "sources[0].port: expected an integer, got 993.0",
    ),
    "string for float": (
        IMAP + 'timeout_seconds = "10"\n',
        'sources[0].timeout_seconds: expected a number, got "10"',
    ),
    "bool is not a float": (
        IMAP + "timeout_seconds = false\n",
        "sources[0].timeout_seconds: expected a number, got false",
    ),
    "int for string": ("[desk]\nname = 5\n", "desk.name: expected a string, got 5"),
    "date for string": (
        "[desk]\nname = 2024-01-01\n",
        "desk.name: expected a string, got a date/time",
    ),
    "array for string": ('[desk]\nname = ["a"]\n', "desk.name: expected a string, got an array"),
    "not an array": (
        IMAP + 'folders = "Sent"\n',
        'sources[0].folders: expected an array, got "Sent"',
    ),
    "bad array item": (
        IMAP + 'folders = ["A", 5]\n',
        "sources[0].folders[1]: expected a string, got 5",
    ),
    "empty array item": (
        IMAP + 'folders = ["A", ""]\n',
        "sources[0].folders[1]: must not be empty",
    ),
    "enum": (
        IMAP + 'security = "ssl"\n',
        'sources[0].security: expected one of "tls", "starttls", "none", got "ssl"',
    ),
    "enum, not a string": (
        IMAP + "auth = 1\n",
        'sources[0].auth: expected one of "password", "xoauth2", got 1',
    ),
    "port zero": (
        IMAP + "port = 0\n",
        "sources[0].port: expected an integer from 1 to 65535, got 0",
    ),
    "port too big": (
        SMTP + "port = 70000\n",
        "transports[0].port: expected an integer from 1 to 65535, got 70000",
    ),
    "count below one": (
        IMAP + "batch_size = 0\n",
        "sources[0].batch_size: expected an integer of at least 1, got 0",
    ),
    "timeout nan": (
        IMAP + "timeout_seconds = nan\n",
        "sources[0].timeout_seconds: expected a number from 0.1 to 3600, got nan",
    ),
    "plaintext to a remote host": (
        IMAP + 'security = "none"\n',
        'sources[0].security: "none" sends passwords and mail unencrypted, so it is allowed '
        'only when host is this machine (localhost, 127.0.0.0/8 or ::1), not "imap.acme.test"',
    ),
    "plaintext smtp to a remote host": (
        SMTP + 'security = "none"\n',
        'transports[0].security: "none" sends passwords and mail unencrypted, so it is allowed '
        'only when host is this machine (localhost, 127.0.0.0/8 or ::1), not "smtp.acme.test"',
    ),
    "after_import": (
        IMAP + 'after_import = "delete"\n',
        'sources[0].after_import: expected "seen", "keep" or "move:<folder>", got "delete"',
    ),
    "after_import move without folder": (
        IMAP + 'after_import = "move:"\n',
        'sources[0].after_import: expected "seen", "keep" or "move:<folder>", got "move:"',
    ),
    "secret as a string": (
        IMAP + 'password = "hunter2"\n',
        "sources[0].password: a secret must not be written in the config file; use "
        '{ env = "NAME" }, { command = "…" } or { keyring = "SERVICE", user = "USER" }',
    ),
    "secret as a number": (
        SMTP + "password = 123456\n",
        "transports[0].password: a secret must not be written in the config file; use "
        '{ env = "NAME" }, { command = "…" } or { keyring = "SERVICE", user = "USER" }',
    ),
    "secret table without a kind": (
        IMAP + "password = {}\n",
        "sources[0].password: expected exactly one of env, command or keyring",
    ),
    "secret table with two kinds": (
        IMAP + 'password = { env = "A", command = "pass x" }\n',
        "sources[0].password: expected exactly one of env, command or keyring, got env and command",
    ),
    "secret table holding the secret": (
        IMAP + 'password = { value = "hunter2" }\n',
        "sources[0].password.value: unknown key",
    ),
    "keyring without user": (
        SMTP + 'password = { keyring = "supportdesk" }\n',
        "transports[0].password.user: required with keyring (the account name in the keyring)",
    ),
    "user without keyring": (
        SMTP + 'password = { env = "SMTP_PASSWORD", user = "smtp" }\n',
        "transports[0].password.user: only used with keyring",
    ),
    "secret value not a string": (
        IMAP + "password = { env = 123456 }\n",
        "sources[0].password.env: expected a string",
    ),
    "secret value empty": (
        '[[sources]]\nname = "w"\nkind = "http"\nurl = "https://x.test/api"\n'
        'token = { command = "" }\n',
        "sources[0].token.command: must not be empty",
    ),
    "env name not a name": (
        IMAP + 'password = { env = "hunter 2!" }\n',
        "sources[0].password.env: expected an environment variable name (letters, digits, _)",
    ),
    "duplicate source": (
        IMAP + IMAP.replace("imap.acme", "other"),
        'sources[1].name: duplicate name "inbox" (also sources[0])',
    ),
    "duplicate transport": (
        SMTP + '[[transports]]\nname = "smtp"\nkind = "file"\npath = "/tmp/out"\n',
        'transports[1].name: duplicate name "smtp" (also transports[0])',
    ),
    "source names a missing transport": (
        IMAP + 'transport = "smpt"\n' + SMTP,
        'sources[0].transport: no transport named "smpt" (did you mean "smtp"?)',
    ),
    "desk names a missing transport": (
        '[desk]\ntransport = "mail"\n' + SMTP,
        'desk.transport: no transport named "mail" (configured: "smtp")',
    ),
    "transport named with none configured": (
        IMAP + 'transport = "smtp"\n',
        'sources[0].transport: no transport named "smtp" (no [[transports]] are configured)',
    ),
    "sla priority": (
        '[sla]\nfirst_response = { critical = "1h" }\n',
        'sla.first_response.critical: unknown key; expected one of "urgent", "high", "normal", '
        '"low"',
    ),
    "sla priority typo": (
        '[sla]\nnext_response = { urgnet = "1h" }\n',
        'sla.next_response.urgnet: unknown key (did you mean "urgent"?)',
    ),
    "sla duration": (
        '[sla]\nfirst_response = { urgent = "1x" }\n',
        'sla.first_response.urgent: expected a duration like "90s", "30m", "1h", "2d" or '
        '"1h30m", got "1x"',
    ),
    "sla zero duration": (
        '[sla]\nfirst_response = { urgent = "0m" }\n',
        'sla.first_response.urgent: expected a duration of at least 1s, got "0m"',
    ),
    "sla not a table": (
        '[sla]\nfirst_response = "1h"\n',
        'sla.first_response: expected a table, got "1h"',
    ),
    "calendar": (
        '[sla]\ncalendar = "weekdays"\n',
        'sla.calendar: expected "24/7" or days and hours like "mon-fri 09:00-18:00", '
        'got "weekdays"',
    ),
    "calendar day": (
        '[sla]\ncalendar = "mon-fry 09:00-18:00"\n',
        'sla.calendar: unknown day "fry" in "mon-fry 09:00-18:00"; days are mon, tue, wed, thu, '
        "fri, sat, sun",
    ),
    "calendar time": (
        '[sla]\ncalendar = "mon-fri 09:00-25:00"\n',
        'sla.calendar: expected a time of day from 00:00 to 24:00, got "25:00"',
    ),
    "calendar overnight": (
        '[sla]\ncalendar = "mon-fri 18:00-09:00"\n',
        "sla.calendar: hours must end after they start (overnight hours are not supported), "
        'got "mon-fri 18:00-09:00"',
    ),
    "ui.keys not a table": ('[ui]\nkeys = "r"\n', 'ui.keys: expected a table, got "r"'),
    "ui.keys value not a string": (
        "[ui.keys]\nreply = 5\n",
        "ui.keys.reply: expected a string, got 5",
    ),
    "timezone": (
        '[desk]\ntimezone = "Europe/Bucharestt"\n',
        'desk.timezone: unknown time zone "Europe/Bucharestt" (did you mean "Europe/Bucharest"?)',
    ),
    "timezone case": (
        '[desk]\ntimezone = "europe/bucharest"\n',
        'desk.timezone: unknown time zone "europe/bucharest" (did you mean "Europe/Bucharest"?)',
    ),
    "timezone far": (
        '[desk]\ntimezone = "Mars/Olympus"\n',
        'desk.timezone: unknown time zone "Mars/Olympus"',
    ),
    "address": (
        '[desk]\naddress = "Acme Support"\n',
        'desk.address: expected an email address like "support@example.com", got "Acme Support"',
    ),
    "name": (
        IMAP.replace('"inbox"', '"my inbox"'),
        'sources[0].name: expected a name of letters, digits, ".", "_" or "-", got "my inbox"',
    ),
    "empty required string": (
        IMAP.replace('"imap.acme.test"', '""'),
        "sources[0].host: must not be empty",
    ),
    "host with scheme": (
        IMAP.replace('"imap.acme.test"', '"imaps://imap.acme.test"'),
        'sources[0].host: expected a host name without a scheme, got "imaps://imap.acme.test"',
    ),
    "host with port": (
        IMAP.replace('"imap.acme.test"', '"imap.acme.test:993"'),
        "sources[0].host: expected a host name or IP address (the port goes in port), "
        'got "imap.acme.test:993"',
    ),
    "url": (
        '[[sources]]\nname = "w"\nkind = "http"\nurl = "www.acme.test"\n',
        'sources[0].url: expected an http(s) URL like "https://example.com/api", '
        'got "www.acme.test"',
    ),
    "plain http to a remote host": (
        '[[sources]]\nname = "w"\nkind = "http"\nurl = "http://www.acme.test/api"\n',
        "sources[0].url: plain http sends the token and tickets unencrypted; use https "
        "(http is allowed only for localhost, 127.0.0.0/8 or ::1)",
    ),
    "http field": (
        '[[sources]]\nname = "w"\nkind = "http"\nurl = "https://x.test"\n'
        'fields = { bodie = "message" }\n',
        'sources[0].fields.bodie: unknown key (did you mean "body"?)',
    ),
    "empty path": (
        '[[sources]]\nname = "m"\nkind = "maildir"\npath = ""\n',
        "sources[0].path: expected a path, got an empty string",
    ),
    "path not a string": ("[desk]\ndata_dir = 5\n", "desk.data_dir: expected a path, got 5"),
    "invalid TOML": (
        '[desk]\nname = "x"\ntimezone = \n',
        "config.toml:3: invalid TOML: Invalid value",
    ),
    "invalid TOML at end of document": (
        "[desk]\nname",
        "config.toml:2: invalid TOML: Expected '=' after a key in a key/value pair",
    ),
    "invalid TOML, duplicate table": (
        '[desk]\nname = "a"\n[agent]\n[desk]\n',
        "config.toml:4: invalid TOML: Cannot declare ('desk',) twice",
    ),
}


@pytest.mark.parametrize(("text", "expected"), BAD.values(), ids=BAD.keys())
def test_bad_input_gives_one_exact_line(text: str, expected: str) -> None:
    prefix = "" if expected.startswith("config.toml:") else "config.toml: "
    assert error(text) == prefix + expected


@pytest.mark.parametrize(
    "text",
    [
        IMAP + 'password = "hunter2"\n',
        IMAP + 'password = { value = "hunter2" }\n',
        IMAP + 'password = { env = "hunter2", command = "echo hunter2" }\n',
        IMAP + 'password = { env = "hunter2!" }\n',
        IMAP + 'password = { command = "echo hunter2", user = "hunter2" }\n',
    ],
)
def test_secret_errors_never_echo_the_value(text: str) -> None:
    assert "hunter2" not in error(text)


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.8.9.10", "::1", "[::1]"])
def test_plaintext_is_allowed_on_loopback(host: str) -> None:
    config = parse_config(IMAP.replace("imap.acme.test", host) + 'security = "none"\n', "c")
    assert config.sources[0].security == "none"


def test_int_is_accepted_for_float_and_partial_tables_keep_defaults() -> None:
    config = parse_config(
        IMAP + "timeout_seconds = 10\n" + '[sla]\nfirst_response = { urgent = "30m" }\n', "c"
    )
    timeout = config.sources[0].timeout_seconds  # type: ignore[union-attr]
    assert timeout == 10.0
    assert isinstance(timeout, float)
    assert config.sla.first_response == {
        "urgent": 1800,
        "high": 4 * 3600,
        "normal": 8 * 3600,
        "low": 24 * 3600,
    }
    assert config.sla.next_response["low"] == 48 * 3600


# -- files ---------------------------------------------------------------------------------


def test_no_default_file_means_all_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    config = load_config()
    assert config == Config()
    assert config.path is None
    assert config.desk.name == "Support"
    assert config.desk.timezone == "UTC"
    assert config.desk.tzinfo is dt.UTC
    assert config.sources == []
    assert config.transports == []
    assert config.transport_for("anything") is None
    assert config.sla.calendar == "24/7"
    assert config.sla.schedule.always
    assert config.sla.first_response["urgent"] == 3600
    assert config.ui.theme == "supportdesk-dark"
    assert config.ui.keys == {}


def test_default_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    path = tmp_path / "supportdesk" / "config.toml"
    path.parent.mkdir()
    path.write_text('[desk]\nname = "Acme"\n', encoding="utf-8")
    config = load_config()
    assert config.desk.name == "Acme"
    assert config.path == path


def test_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f'{path}: no such file (create one with "supportdesk init")'


def test_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a directory, not a config file"


def test_not_utf8_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b'[desk]\nname = "caf\xe9"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}:2: not valid UTF-8 (TOML files must be UTF-8)"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}: cannot read: Permission denied"


def test_path_through_a_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    path = tmp_path / "file" / "config.toml"
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}: cannot read: Not a directory"


def test_errors_name_the_file_as_given(tmp_path: Path) -> None:
    path = tmp_path / "desk.toml"
    path.write_text("[desk]\nfoo = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}: desk.foo: unknown key"


def test_relative_paths_are_next_to_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    path = tmp_path / "config.toml"
    path.write_text(
        '[desk]\ndata_dir = "~/desk"\n'
        '[[sources]]\nname = "m"\nkind = "maildir"\npath = "Maildir"\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.desk.data_dir == tmp_path / "home" / "desk"
    assert config.data_dir == tmp_path / "home" / "desk"
    assert config.sources[0] == MaildirSource("m", tmp_path / "Maildir")


def test_byte_order_mark_is_accepted() -> None:
    assert parse_config('\ufeff[desk]\nname = "Acme"\n', "c").desk.name == "Acme"


# -- the template and the design's example -------------------------------------------------


def test_template_is_the_packaged_example() -> None:
    shipped = Path(__file__).parents[1] / "src" / "supportdesk" / "config.example.toml"
    assert config_template() == shipped.read_text(encoding="utf-8")


def test_template_parses() -> None:
    assert parse_config(config_template(), "config.toml") == Config()


def uncommented_template() -> str:
    # Examples are written "#key = …" / "#[[section]]"; prose comments are "# …".
    return re.sub(r"(?m)^#(?=[\[a-z])", "", config_template())


def test_template_examples_parse() -> None:
    config = parse_config(uncommented_template(), "config.toml")
    assert [type(s) for s in config.sources] == [ImapSource, MaildirSource, HttpSource]
    assert [type(t) for t in config.transports] == [
        SmtpTransport,
        SendmailTransport,
        FileTransport,
    ]


def _keys(cls: type) -> set[str]:
    keys = set()
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        if f.init and f.metadata.get("toml", True):
            keys.add(f.name)
            inner = typing.get_args(hints[f.name]) or (hints[f.name],)
            for member in inner:
                for m in typing.get_args(member) or (member,):
                    if dataclasses.is_dataclass(m) and m is not Secret:
                        keys |= _keys(m)  # type: ignore[arg-type]
    return keys


def test_template_documents_every_key() -> None:
    text = uncommented_template()
    written = set(re.findall(r"(?m)^([a-z_]+) =", text))
    written |= set(re.findall(r"(?m)^\[+([a-z_.]+)\]+", text))
    written = {part for key in written for part in key.split(".")}
    missing = _keys(Config) - written
    assert not missing
    # Each key line is preceded by a comment saying what it does.
    lines = config_template().splitlines()
    for i, line in enumerate(lines):
        if re.match(r"#?[a-z_]+ =", line) and not re.match(r"#?(name|kind) = ", line):
            assert lines[i - 1].startswith("# "), line


def test_design_example_parses() -> None:
    config = parse_config(DESIGN_EXAMPLE, "config.toml")
    assert config.desk.timezone == "Europe/Bucharest"
    assert config.desk.data_dir == Path("/srv/supportdesk")
    assert config.agent.signature == "Ana Popescu\nAcme Support"
    inbox, local, web = config.sources
    assert isinstance(inbox, ImapSource)
    assert inbox.kind == "imap"
    assert inbox.port == 993
    assert inbox.password == Secret("env", "SUPPORT_IMAP_PASSWORD")
    assert isinstance(local, MaildirSource)
    assert local.path == Path("/var/mail/support/Maildir")
    assert isinstance(web, HttpSource)
    assert web.token == Secret("command", "pass show acme/web-inbox")
    smtp, outbox = config.transports
    assert isinstance(smtp, SmtpTransport)
    assert smtp.password == Secret("keyring", "supportdesk", "smtp")
    assert smtp.sent_folder == "Sent"
    assert outbox == FileTransport("outbox", Path("/srv/supportdesk/outbox"))
    assert config.ui.keys == {"reply": "r"}


# -- secrets -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "secret", "shown"),
    [
        ('{ env = "IMAP_PW" }', Secret("env", "IMAP_PW"), "Secret(env='IMAP_PW')"),
        (
            '{ command = "pass show acme/imap" }',
            Secret("command", "pass show acme/imap"),
            "Secret(command=…)",
        ),
        (
            '{ keyring = "supportdesk", user = "imap" }',
            Secret("keyring", "supportdesk", "imap"),
            "Secret(keyring='supportdesk', user='imap')",
        ),
    ],
)
def test_secrets_of_every_kind(table: str, secret: Secret, shown: str) -> None:
    config = parse_config(IMAP + f"password = {table}\n", "c")
    source = config.sources[0]
    assert isinstance(source, ImapSource)
    assert source.password == secret
    assert repr(source.password) == shown
    assert shown in repr(source)


# -- durations and calendars ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90s", 90),
        ("30m", 1800),
        ("1h", 3600),
        ("2d", 172800),
        ("1h30m", 5400),
        ("1w", 604800),
        ("1d 2h", 93600),
        ("0s", 0),
        ("2H", 7200),
    ],
)
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "1", "1x", "h", "30m1h", "1.5h", "-1h", "1 hour"])
def test_bad_durations_name_the_key(text: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_duration(text, "--since")
    assert str(caught.value).startswith("--since: expected a duration like ")


MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


@pytest.mark.parametrize(
    ("text", "days", "start", "end"),
    [
        ("24/7", {MON, TUE, WED, THU, FRI, SAT, SUN}, dt.time(0), dt.time.max),
        ("mon-fri 09:00-18:00", {MON, TUE, WED, THU, FRI}, dt.time(9), dt.time(18)),
        ("mon-sat 08:00-20:00", {MON, TUE, WED, THU, FRI, SAT}, dt.time(8), dt.time(20)),
        ("mon,wed,fri 09:00-17:00", {MON, WED, FRI}, dt.time(9), dt.time(17)),
        ("Mon, Wed-Thu 9:30 - 17:45", {MON, WED, THU}, dt.time(9, 30), dt.time(17, 45)),
        ("sun-thu 08:00-16:00", {SUN, MON, TUE, WED, THU}, dt.time(8), dt.time(16)),
        ("sat 00:00-24:00", {SAT}, dt.time(0), dt.time.max),
    ],
)
def test_calendars(text: str, days: set[int], start: dt.time, end: dt.time) -> None:
    calendar = parse_calendar(text)
    assert calendar == Calendar(text, frozenset(days), start, end)
    config = parse_config(f'[sla]\ncalendar = "{text}"\n', "c")
    assert config.sla.calendar == text
    assert config.sla.schedule == calendar


def test_calendar_contains() -> None:
    hours = parse_calendar("mon-fri 09:00-18:00")
    assert not hours.always
    monday = dt.datetime(2024, 1, 1, 9, 0)  # a Monday
    assert hours.contains(monday)
    assert not hours.contains(monday.replace(hour=18))
    assert not hours.contains(monday.replace(hour=8, minute=59))
    assert not hours.contains(monday + dt.timedelta(days=5, hours=1))  # Saturday 10:00
    assert parse_calendar("sat 00:00-24:00").contains(dt.datetime(2024, 1, 6, 23, 59, 59))


def test_sla_config_built_in_code_parses_its_calendar() -> None:
    assert SlaConfig(calendar="mon-fri 09:00-18:00").schedule.days == frozenset(range(5))
    with pytest.raises(ConfigError, match=r"^sla\.calendar: expected "):
        SlaConfig(calendar="office hours")


# -- looking things up ---------------------------------------------------------------------

TRANSPORTS = (
    SMTP + '[[transports]]\nname = "outbox"\nkind = "file"\npath = "/tmp/outbox"\n'
    '[[transports]]\nname = "sendmail"\nkind = "sendmail"\n'
)


def test_transport_for_fallback_order() -> None:
    text = (
        '[desk]\ntransport = "outbox"\n'
        + IMAP
        + 'transport = "sendmail"\n'
        + '[[sources]]\nname = "local"\nkind = "maildir"\npath = "/var/mail"\n'
        + TRANSPORTS
    )
    config = parse_config(text, "c")
    assert config.transport_for("inbox") == config.transport("sendmail")  # the source's own
    assert config.transport_for("local") == config.transport("outbox")  # desk.transport
    assert config.transport_for("import") == config.transport("outbox")  # no such source

    no_desk = parse_config(text.replace('[desk]\ntransport = "outbox"\n', ""), "c")
    assert no_desk.transport_for("local") == no_desk.transport("smtp")  # the first one
    assert no_desk.transport_for("inbox") == no_desk.transport("sendmail")

    assert parse_config(IMAP, "c").transport_for("inbox") is None  # nothing configured


def test_lookup_of_unknown_names() -> None:
    config = parse_config(IMAP + TRANSPORTS, "c")
    assert config.source("inbox").kind == "imap"
    assert config.transport("outbox").kind == "file"
    with pytest.raises(NotFound, match=r'^no source named "inbx" \(did you mean "inbox"\?\)$'):
        config.source("inbx")
    with pytest.raises(NotFound, match=r'^no transport named "fax" \(configured: '):
        config.transport("fax")
