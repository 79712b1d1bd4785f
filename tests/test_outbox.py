"""Replies through a real SMTP server: sent once, failures kept visible, doubts asked.

The server is aiosmtpd on 127.0.0.1 (tests/peers/smtp.py); `supportdesk` runs as a real
process, so the crash tests kill it for real (reliability.md OUT-03).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.peers.smtp import SmtpPeer

EML = (
    "From: Ion Popescu <ion@example.ro>\r\nTo: support@acme.test\r\nSubject: Plata nu apare\r\n"
    "Date: Tue, 24 Nov 2026 10:00:00 +0200\r\nMessage-ID: <first@example.ro>\r\n{extra}"
    "Content-Type: text/plain; charset=utf-8\r\n\r\nBună ziua, plata nu apare în cont.\r\n"
)


@pytest.fixture
def smtp():
    with SmtpPeer() as peer:
        yield peer


def make_desk(tmp_path: Path, port: int, extra: str = "") -> Path:
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'[desk]\nname = "Acme Support"\naddress = "support@acme.test"\ndata_dir = "{tmp_path / "desk"}"\n\n'
        '[agent]\nname = "Ana Popescu"\n\n'
        f'[[transports]]\nname = "smtp"\nkind = "smtp"\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
    )
    (tmp_path / "in.eml").write_text(EML.format(extra=extra))
    assert cli(cfg, "import", str(tmp_path / "in.eml")).returncode == 0
    (tmp_path / "body.txt").write_text(
        "Bună ziua, Ion! Verificăm plata și revenim azi până la ora 17.\n\nAna\n"
    )
    return cfg


def cli(cfg: Path, *args: str, crash: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SUPPORTDESK_CRASH_AT"}
    if crash:
        env["SUPPORTDESK_CRASH_AT"] = crash
    return subprocess.run(
        [sys.executable, "-m", "supportdesk", "--config", str(cfg), "--agent", "ana", *args],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip


def show(cfg: Path) -> dict:
    return json.loads(cli(cfg, "tickets", "show", "1", "--json").stdout)


def send(cfg: Path, *extra: str, crash: str = "") -> subprocess.CompletedProcess[str]:
    return cli(
        cfg,
        "reply",
        "1",
        "--body-file",
        str(cfg.parent / "body.txt"),
        "--send",
        *extra,
        crash=crash,
    )


def test_reply_is_sent_once_with_threading_headers(tmp_path: Path, smtp: SmtpPeer) -> None:
    cfg = make_desk(tmp_path, smtp.port)
    done = send(cfg)
    assert done.returncode == 0, done.stderr
    [got] = smtp.received
    assert got.rcpt_tos == ["ion@example.ro"]
    msg = got.message
    assert msg["Subject"] == "Re: Plata nu apare [#1]"
    assert msg["In-Reply-To"] == "<first@example.ro>"
    assert "Ana Popescu" in msg["From"] and "support@acme.test" in msg["From"]
    assert msg["Auto-Submitted"] is None
    assert "revenim azi" in msg.get_content()
    ticket = show(cfg)
    out = ticket["messages"][-1]
    assert (out["direction"], out["delivery"]) == ("out", "sent")
    assert msg["Message-ID"] == f"<{out['message_id']}>"
    assert (
        ticket["status"] == "pending" and ticket["first_response_at"] and ticket["due_at"] is None
    )


def test_temporary_failure_stays_queued_and_retries(tmp_path: Path, smtp: SmtpPeer) -> None:
    cfg = make_desk(tmp_path, smtp.port)
    smtp.handler.rcpt_reply = "451 4.3.0 try again later"
    failed = send(cfg)
    assert failed.returncode == 1
    assert (
        failed.stderr.count("\n") == 1
        and "not sent (queued)" in failed.stderr
        and "451" in failed.stderr
    )
    [pending] = json.loads(cli(cfg, "outbox", "--json").stdout)
    assert (
        pending["delivery"] == "queued" and pending["attempts"] == 1 and pending["next_attempt_at"]
    )
    smtp.handler.rcpt_reply = None
    assert cli(cfg, "outbox", "retry", pending["id"]).returncode == 0
    assert len(smtp.received) == 1
    assert json.loads(cli(cfg, "outbox", "--json").stdout) == []
    assert show(cfg)["messages"][-1]["delivery"] == "sent"


def test_permanent_failure_is_marked_failed_and_kept(tmp_path: Path, smtp: SmtpPeer) -> None:
    cfg = make_desk(tmp_path, smtp.port)
    smtp.handler.data_reply = "554 5.6.0 message refused"
    assert send(cfg).returncode == 1
    [pending] = json.loads(cli(cfg, "outbox", "--json").stdout)
    assert pending["delivery"] == "failed" and "554" in pending["delivery_error"]
    assert "554" in cli(cfg, "outbox").stdout
    (tmp_path / "fixed.txt").write_text("Bună ziua, Ion! Textul corectat.\n")
    edited = cli(cfg, "outbox", "edit", pending["id"], "--body-file", str(tmp_path / "fixed.txt"))
    assert edited.returncode == 0, edited.stderr
    assert json.loads(cli(cfg, "outbox", "--json").stdout)[0]["text"].startswith(
        "Bună ziua, Ion! Textul"
    )
    discarded = cli(cfg, "outbox", "discard", pending["id"])
    assert discarded.returncode == 0
    assert json.loads(cli(cfg, "outbox", "--json").stdout) == []
    assert show(cfg)["messages"][-1]["direction"] == "note"  # kept, marked never sent


@pytest.mark.parametrize("how", ["drop after DATA", "kill -9 after accept"])
def test_unknown_outcome_is_never_resent_silently(tmp_path: Path, smtp: SmtpPeer, how: str) -> None:
    cfg = make_desk(tmp_path, smtp.port)
    if how == "drop after DATA":
        smtp.handler.drop_after_data = True
        assert send(cfg).returncode == 1
        smtp.handler.drop_after_data = False
    else:
        assert send(cfg, crash="outbox-sent-before-record").returncode == 137
    assert len(smtp.received) == 1  # the server did get it
    [pending] = json.loads(cli(cfg, "outbox", "--json").stdout)
    assert pending["in_doubt"] is True
    refused = cli(cfg, "outbox", "retry", pending["id"])
    assert refused.returncode == 1 and "may have been delivered" in refused.stderr
    assert len(smtp.received) == 1
    forced = cli(cfg, "outbox", "retry", pending["id"], "--yes")
    assert forced.returncode == 0, forced.stderr
    first, second = smtp.received
    assert first.message["Message-ID"] == second.message["Message-ID"]  # same id on retry


def test_crash_before_the_network_call_sends_nothing(tmp_path: Path, smtp: SmtpPeer) -> None:
    cfg = make_desk(tmp_path, smtp.port)
    assert send(cfg, crash="outbox-before-send").returncode == 137
    assert smtp.received == []
    [pending] = json.loads(cli(cfg, "outbox", "--json").stdout)
    assert pending["delivery"] == "queued"  # committed before any network call


def test_pre_send_checks_ask_unless_yes(tmp_path: Path, smtp: SmtpPeer) -> None:
    cfg = make_desk(tmp_path, smtp.port, extra="Auto-Submitted: auto-replied\r\n")
    asked = send(cfg)
    assert (
        asked.returncode == 1 and "latest incoming message is an automatic message" in asked.stderr
    )
    assert smtp.received == [] and json.loads(cli(cfg, "outbox", "--json").stdout) == []
    assert send(cfg, "--yes").returncode == 0
    assert len(smtp.received) == 1
    (tmp_path / "empty.txt").write_text("  \n")
    empty = cli(cfg, "reply", "1", "--body-file", str(tmp_path / "empty.txt"), "--send")
    assert empty.returncode == 1 and "the reply is empty" in empty.stderr


def test_draft_and_note_are_never_sent(tmp_path: Path, smtp: SmtpPeer) -> None:
    cfg = make_desk(tmp_path, smtp.port)
    body = str(tmp_path / "body.txt")
    assert cli(cfg, "reply", "1", "--body-file", body).returncode == 0
    assert cli(cfg, "reply", "1", "--body-file", body, "--note").returncode == 0
    assert smtp.received == []
    assert [m["direction"] for m in show(cfg)["messages"]] == ["in", "note"]


def test_backoff_schedules_retries_and_the_sync_loop_sends_them(
    tmp_path: Path, smtp: SmtpPeer
) -> None:
    from datetime import timedelta

    from supportdesk.config import load_config
    from supportdesk.desk import Desk
    from supportdesk.outbox import backoff
    from supportdesk.store import open_store

    cfg = make_desk(tmp_path, smtp.port)
    smtp.handler.rcpt_reply = "451 4.3.0 try again later"
    assert send(cfg).returncode == 1
    desk = Desk(open_store(tmp_path / "desk"), load_config(cfg), "ana")
    box = desk.outbox()
    [queued] = box.pending()
    assert box.due_for_retry() == []  # waiting out its backoff
    assert [m.id for m in box.due_for_retry(queued.next_attempt_at + timedelta(seconds=1))] == [
        queued.id
    ]
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 10)] == [60, 120, 240, 3600]
    smtp.handler.rcpt_reply = None
    with open_store(tmp_path / "desk").transaction() as tx:  # as if the minute had passed
        m = next(x for x in tx.messages(1) if x.id == queued.id)
        m.next_attempt_at = m.next_attempt_at - timedelta(minutes=5)
        tx.put_message(m)
    assert [o.sent for o in box.retry_due()] == [True]
    desk.close()
    assert len(smtp.received) == 1 and box.pending() == []


def test_sent_folder_gets_a_copy_and_settles_an_interrupted_send(
    tmp_path: Path, smtp: SmtpPeer, dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """OUT-03/OUT-04: every reply is filed in the IMAP Sent folder; after a crash
    between the server's "250" and our record, the Sent folder proves the send
    happened, so recovery marks it sent instead of sending it twice."""
    user = dovecot.add_user()
    cfg = make_desk(tmp_path, smtp.port)
    cfg.write_text(
        cfg.read_text()
        + 'sent_folder = "Sent"\n\n'
        + f'[[sources]]\nname = "inbox"\nkind = "imap"\nhost = "127.0.0.1"\nport = {dovecot.port}\n'
        + f'security = "none"\nusername = "{user}"\npassword = {{ env = "SD_IMAP_PW" }}\ntransport = "smtp"\n'
    )
    monkeypatch.setenv("SD_IMAP_PW", dovecot.users[user])
    assert send(cfg, crash="outbox-sent-before-record").returncode == 137
    assert len(smtp.received) == 1
    with dovecot.client(user) as imap:
        imap.select_folder("Sent", readonly=True)
        [uid] = imap.search(["ALL"])
        copy = imap.fetch([uid], ["BODY.PEEK[]", "FLAGS"])[uid]
    assert copy[b"BODY[]"] == smtp.received[0].data or b"Re: Plata nu apare [#1]" in copy[b"BODY[]"]
    assert b"\\Seen" in copy[b"FLAGS"]
    [pending] = json.loads(cli(cfg, "outbox", "--json").stdout)
    assert pending["in_doubt"] is True
    settled = cli(cfg, "outbox", "retry", pending["id"])  # no --yes needed: proven sent
    assert settled.returncode == 0, settled.stderr
    assert len(smtp.received) == 1  # nothing sent twice
    assert show(cfg)["messages"][-1]["delivery"] == "sent"


def test_reply_with_an_attachment(tmp_path: Path, smtp: SmtpPeer) -> None:
    cfg = make_desk(tmp_path, smtp.port)
    (tmp_path / "factura-2291.pdf").write_bytes(b"%PDF-1.4 test invoice\n")
    done = send(cfg, "--attach", str(tmp_path / "factura-2291.pdf"))
    assert done.returncode == 0, done.stderr
    [part] = list(smtp.received[0].message.iter_attachments())
    assert (
        part.get_filename() == "factura-2291.pdf"
        and part.get_content() == b"%PDF-1.4 test invoice\n"
    )
    out = show(cfg)["messages"][-1]
    assert out["attachments"] == [
        {"filename": "factura-2291.pdf", "content_type": "application/pdf", "size": 22}
    ]
    missing = send(cfg, "--attach", str(tmp_path / "nope.pdf"))
    assert missing.returncode == 1 and "nope.pdf: cannot attach" in missing.stderr
