"""`supportdesk sync` with a local Maildir, the leader lock and failing sources."""

from __future__ import annotations

import hashlib
import json
import mailbox
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from supportdesk.channels.maildir import MaildirSource
from supportdesk.config import Secret, parse_config
from supportdesk.credentials import CredentialError, resolve
from supportdesk.desk import Desk
from supportdesk.mail.ingest import IngestOptions, convert
from supportdesk.mail.oversized import Oversized, convert_oversized
from supportdesk.models import Incoming
from supportdesk.store import open_store
from supportdesk.sync import SyncService


def deliver(box: Path, n: int, start: int = 0) -> None:
    md = mailbox.Maildir(box)
    for i in range(start, start + n):
        md.add(
            f"From: Customer {i} <c{i}@example.com>\r\nTo: support@acme.test\r\n"
            f"Subject: Cannot log in {i}\r\nMessage-ID: <md{i}@example.com>\r\n"
            f"Date: Mon, 23 Nov 2026 10:{i % 60:02d}:00 +0000\r\n\r\n"
            f"Hello, my account {i} is locked since this morning, please help.\r\n".encode()
        )


def test_sync_imports_new_mail_once_and_marks_it_seen(desk: Desk, tmp_path: Path) -> None:
    box = tmp_path / "Maildir"
    deliver(box, 3)
    # Another client already read one message: it must still be imported (ING-01).
    md = mailbox.Maildir(box)
    key = sorted(md.keys())[1]
    os.rename(box / "new" / key, box / "cur" / f"{key}:2,S")
    service = SyncService(desk, [MaildirSource("local", box)])
    first = service.sync_once()["local"]
    assert (first.result.imported, first.errors) == (3, [])
    assert sorted(os.listdir(box / "new")) == []
    assert all(name.endswith(":2,S") for name in os.listdir(box / "cur"))
    assert service.sync_once()["local"].result.imported == 0
    deliver(box, 2, start=3)
    assert service.sync_once()["local"].result.imported == 2
    assert len(desk.list_tickets("all")) == 5


def test_sync_keeps_the_report_summary_warm(desk: Desk, tmp_path: Path) -> None:
    """Issue 9: the syncing process extends the report's summary after a cycle (at most
    every REPORT_WARM_SECONDS), so a lead's report reads only what was logged since."""
    from supportdesk.metrics.period import Period
    from supportdesk.metrics.report import build_report
    from supportdesk.metrics.summary import NAME
    from supportdesk.models import utcnow

    box = tmp_path / "Maildir"
    deliver(box, 3)
    service = SyncService(desk, [MaildirSource("local", box)])
    service.sync_once()
    summary = desk.store.summary_path(NAME)
    assert summary is not None and not summary.exists()
    assert service.warm_report() is True and summary.exists()
    assert service.warm_report() is False  # not again before REPORT_WARM_SECONDS
    end = utcnow() + timedelta(minutes=1)
    period = Period(end - timedelta(days=30), end)
    warm = build_report(desk.store, desk.config, period)
    cold = build_report(desk.store, desk.config, period, summary=False)
    assert warm.as_dict() == cold.as_dict()


def test_message_over_max_message_bytes_is_a_placeholder_with_the_original_kept(
    tmp_path: Path,
) -> None:
    """ING-07 for a Maildir: a file over `[desk] max_message_bytes` is streamed into a blob,
    only its header read; it becomes a ticket saying so, the original attached whole, and
    is marked seen after the commit like the rest."""
    box = tmp_path / "Maildir"
    deliver(box, 1)
    raw = (
        b"From: Big Sender <big@example.com>\r\nTo: support@acme.test\r\n"
        b"Subject: Scans of every invoice\r\nMessage-ID: <big@example.com>\r\n"
        b"Date: Mon, 23 Nov 2026 11:00:00 +0000\r\n\r\n" + b"x" * 76 + b"\r\n"
    ) + (b"y" * 76 + b"\r\n") * 30_000  # ~2.3 MB
    mailbox.Maildir(box).add(raw)
    config = parse_config("[desk]\nmax_message_bytes = 1000000\n", "config.toml")
    desk = Desk(open_store(tmp_path / "desk"), config, "ana")
    service = SyncService(desk, [MaildirSource("local", box)])
    report = service.sync_once()["local"]
    assert (report.result.imported, report.errors) == (2, [])
    [big] = [t for t in desk.list_tickets("all") if t.subject == "Scans of every invoice"]
    [message] = desk.conversation(big.id)
    assert (message.sender.email, message.message_id) == ("big@example.com", "big@example.com")
    assert "max_message_bytes" in message.text and len(message.text) < 400
    [original] = message.attachments
    assert (original.filename, original.size) == ("message.eml", len(raw))
    assert desk.store.get_blob(original.blob) == raw == desk.store.get_blob(message.raw_blob)
    assert os.listdir(box / "new") == []
    assert service.sync_once()["local"].result.imported == 0
    service.close()


def test_a_failing_source_does_not_stop_the_others(desk: Desk, tmp_path: Path) -> None:
    deliver(tmp_path / "good", 2)
    service = SyncService(
        desk,
        [MaildirSource("broken", tmp_path / "missing"), MaildirSource("good", tmp_path / "good")],
    )
    reports = service.sync_once()
    assert reports["good"].result.imported == 2
    assert reports["broken"].errors == [
        f"broken: {tmp_path / 'missing'}: not a Maildir (needs cur/, new/ and tmp/)"
    ]


def _cli(
    config: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k != "SUPPORTDESK_CRASH_AT"} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "supportdesk", "--config", str(config), *args],
        capture_output=True, text=True, env=full, timeout=60,
    )  # fmt: skip


@pytest.fixture
def configured(tmp_path: Path) -> Path:
    deliver(tmp_path / "Maildir", 4)
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'[desk]\ndata_dir = "{tmp_path / "desk"}"\n\n'
        f'[[sources]]\nname = "local"\nkind = "maildir"\npath = "{tmp_path / "Maildir"}"\n'
    )
    return cfg


def test_mail_is_not_marked_seen_when_the_store_commit_did_not_happen(configured: Path) -> None:
    """ING-02: a crash before the commit leaves the mail untouched in new/."""
    box = configured.parent / "Maildir"
    crashed = _cli(configured, "sync", "--once", env={"SUPPORTDESK_CRASH_AT": "tx-before-commit"})
    assert crashed.returncode == 137
    assert len(os.listdir(box / "new")) == 4 and os.listdir(box / "cur") == []
    done = _cli(configured, "sync", "--once", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["local"]["imported"] == 4
    assert os.listdir(box / "new") == []


def test_crash_after_commit_before_marking_imports_nothing_twice(configured: Path) -> None:
    box = configured.parent / "Maildir"
    crashed = _cli(
        configured, "sync", "--once", env={"SUPPORTDESK_CRASH_AT": "intake-batch-committed"}
    )
    assert crashed.returncode == 137
    assert len(os.listdir(box / "new")) == 4  # stored, but not yet acknowledged
    again = json.loads(_cli(configured, "sync", "--once", "--json").stdout)["local"]
    assert (again["imported"], again["duplicates"]) == (0, 4)
    assert os.listdir(box / "new") == []


def test_second_sync_says_who_holds_the_lock(configured: Path) -> None:
    store = open_store(configured.parent / "desk")
    with store.exclusive("sync"):
        busy = _cli(configured, "sync", "--once")
    assert busy.returncode == 1
    assert "sync is already running" in busy.stderr and "pid" in busy.stderr
    assert busy.stderr.count("\n") == 1


def test_sync_keeps_running_until_sigterm(configured: Path) -> None:
    import signal
    import time

    proc = subprocess.Popen(
        [sys.executable, "-m", "supportdesk", "--config", str(configured), "sync", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.time() + 30
    desk_dir = configured.parent / "desk"
    while time.time() < deadline and not (
        desk_dir.exists() and len(open_store(desk_dir).list_tickets()) == 4
    ):
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert json.loads(out)["local"]["imported"] == 4


def test_doctor_reports_each_source(configured: Path, tmp_path: Path) -> None:
    ok = _cli(configured, "doctor")
    assert ok.returncode == 0 and "ok    source local: maildir" in ok.stdout
    bad = tmp_path / "bad.toml"
    bad.write_text(
        configured.read_text().replace(str(tmp_path / "Maildir"), str(tmp_path / "nowhere"))
    )
    failed = _cli(bad, "doctor")
    assert failed.returncode == 1 and "FAIL  source local:" in failed.stdout


def test_credentials_never_show_the_secret(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SD_TEST_SECRET", "hunter2")
    assert resolve(Secret("env", "SD_TEST_SECRET"), "x").value == "hunter2"
    script = tmp_path / "pw.sh"
    script.write_text("#!/bin/sh\necho hunter2-from-command\necho second line\n")
    script.chmod(0o700)
    found = resolve(Secret("command", str(script)), "sources[0].password")
    assert found.value == "hunter2-from-command" and "hunter2" not in repr(found)
    failing = tmp_path / "fail.sh"
    failing.write_text("#!/bin/sh\necho hunter2-leaked\nexit 3\n")
    failing.chmod(0o700)
    with pytest.raises(CredentialError) as err:
        resolve(Secret("command", str(failing)), "sources[0].password")
    assert "exit status 3" in str(err.value) and "hunter2" not in str(err.value)
    with pytest.raises(CredentialError, match="SD_MISSING is not set"):
        resolve(Secret("env", "SD_MISSING"), "x")


def test_keyring_without_a_backend_suggests_command_or_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """CRED-01: over SSH there is usually no Secret Service; say so, suggest the rest."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    keyring.core.set_keyring(keyring.core.load_env())
    with pytest.raises(CredentialError, match=r"no usable keyring backend .*command.*env"):
        resolve(Secret("keyring", "supportdesk", "smtp"), "transports[0].password")


def test_parse_config_example_with_maildir(tmp_path: Path) -> None:
    cfg = parse_config(
        f'[[sources]]\nname = "m"\nkind = "maildir"\npath = "{tmp_path}"\n', "c.toml"
    )
    assert cfg.source("m").kind == "maildir"


def test_placeholder_without_message_id_or_readable_header() -> None:
    """ING-07/ING-11: an oversized mail without Message-ID gets the id its whole bytes would
    get, so raising the limit later finds it again; an unreadable header still makes a
    ticket, saying why."""
    raw = b"From: a@example.com\r\nSubject: No id here\r\n\r\nbody\r\n"
    digest = hashlib.sha256(raw).hexdigest()
    whole = convert(raw, "x", IngestOptions())
    big = convert_oversized(Oversized(raw, len(raw), digest, "x"), IngestOptions())
    assert isinstance(whole, Incoming)
    assert big.message.message_id == whole.message.message_id
    assert big.message.subject == "No id here" and big.message.raw_blob == digest
    garbage = convert_oversized(Oversized(b"\x00\x01\x02", 10**9, digest, "x"), IngestOptions())
    assert "header unreadable" in garbage.message.reason
    assert garbage.message.attachments[0].size == 10**9
