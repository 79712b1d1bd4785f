"""`supportdesk import` honours `[desk] max_message_bytes` like the synced sources (ING-07):
an oversized `.eml`, Maildir or mbox message is streamed into a blob, never read whole,
and becomes a placeholder ticket with the original attached."""

from __future__ import annotations

import json
import mailbox
import os
import subprocess
import sys
from pathlib import Path

from supportdesk.store import open_store


def big_mail(tag: str) -> bytes:
    return (
        f"From: Big {tag} <{tag}@example.com>\r\nTo: support@acme.test\r\n"
        f"Subject: Scans {tag}\r\nMessage-ID: <{tag}@example.com>\r\n"
        "Date: Mon, 23 Nov 2026 11:00:00 +0000\r\n\r\n"
    ).encode() + (b"y" * 76 + b"\r\n") * 20_000  # ~1.6 MB


def small_mail(tag: str) -> bytes:
    return (
        f"From: Small <{tag}@example.com>\r\nTo: support@acme.test\r\nSubject: Hello {tag}\r\n"
        f"Message-ID: <{tag}@example.com>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nHi\r\n"
    ).encode()


def cli(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SUPPORTDESK_CRASH_AT"}
    return subprocess.run(
        [sys.executable, "-m", "supportdesk", "--config", str(config), *args],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def test_import_streams_mail_over_max_message_bytes_into_a_placeholder(tmp_path: Path) -> None:
    desk_dir = tmp_path / "desk"
    config = tmp_path / "config.toml"
    config.write_text(f'[desk]\ndata_dir = "{desk_dir}"\nmax_message_bytes = 1000000\n')
    inbox = tmp_path / "in"
    inbox.mkdir()
    originals = {"eml": big_mail("eml"), "dir": big_mail("dir"), "mbox": big_mail("mbox")}
    (inbox / "big.eml").write_bytes(originals["eml"])
    (inbox / "small.eml").write_bytes(small_mail("s1"))
    box = mailbox.Maildir(tmp_path / "Maildir")
    box.add(originals["dir"])
    mbox = mailbox.mbox(tmp_path / "archive.mbox")
    mbox.add(small_mail("s2"))
    mbox.add(originals["mbox"])
    mbox.close()

    paths = [str(inbox), str(tmp_path / "Maildir"), str(tmp_path / "archive.mbox")]
    done = cli(config, "import", "--json", *paths)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["imported"] == 5

    store = open_store(desk_dir)
    by_subject = {t.subject: t for t in store.list_tickets()}
    for tag, raw in originals.items():
        [message] = store.messages(by_subject[f"Scans {tag}"].id)
        assert message.sender.email == f"{tag}@example.com"
        assert "max_message_bytes" in message.text and len(message.text) < 400
        [original] = message.attachments
        assert (original.filename, original.size) == ("message.eml", len(raw))
        assert store.get_blob(original.blob) == raw == store.get_blob(message.raw_blob)
    assert store.messages(by_subject["Hello s2"].id)[0].text.strip() == "Hi"

    again = cli(config, "import", "--json", *paths)
    assert again.returncode == 0, again.stderr
    assert (json.loads(again.stdout)["imported"], json.loads(again.stdout)["duplicates"]) == (0, 5)
