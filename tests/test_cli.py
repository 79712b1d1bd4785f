"""The CLI contract of design.md, exercised through the real `supportdesk` program."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TICKET_KEYS = {
    "id", "subject", "status", "priority", "channel", "source", "customer", "assignee",
    "language", "tags", "created_at", "updated_at", "due_at", "message_count",
}  # fmt: skip
MESSAGE_KEYS = {
    "direction", "from", "subject", "text", "created_at", "auto_reply", "bounce", "attachments",
}  # fmt: skip


def run(
    *args: str, check: int | None = 0, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "supportdesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
    )
    if check is not None:
        assert done.returncode == check, done.stderr
    return done


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    run("demo", "--seed-only", "--data-dir", str(root))
    return root


def test_demo_seeds_a_varied_desk(demo: Path) -> None:
    tickets = json.loads(
        run(
            "--config", str(demo / "config.toml"), "tickets", "list", "--status", "all", "--json"
        ).stdout
    )
    assert len(tickets) >= 30
    assert {t["language"] for t in tickets} >= {"en", "ro", "ru"}
    assert {t["channel"] for t in tickets} == {"email", "http"}
    assert {t["status"] for t in tickets} == {"new", "open", "pending", "solved", "closed"}
    assert len({t["assignee"] for t in tickets if t["assignee"]}) >= 2
    assert any(t["message_count"] >= 3 for t in tickets)
    for t in tickets:
        assert t.keys() >= TICKET_KEYS
        assert set(t["customer"]) >= {"name", "email"}


def test_list_defaults_to_active_tickets_most_urgent_first(demo: Path) -> None:
    """R2: the queue's default order puts the running clocks first, earliest deadline on top."""
    tickets = json.loads(run("--data-dir", str(demo / "desk"), "tickets", "list", "--json").stdout)
    assert {t["status"] for t in tickets} <= {"new", "open", "pending"}
    dues = [t["due_at"] for t in tickets if t["due_at"]]
    assert dues == sorted(dues) and dues
    first_without = next(i for i, t in enumerate(tickets) if not t["due_at"])
    assert all(not t["due_at"] for t in tickets[first_without:])


def test_show_json_has_messages_oldest_first(demo: Path) -> None:
    data_dir = str(demo / "desk")
    tickets = json.loads(
        run("--data-dir", data_dir, "tickets", "list", "--status", "all", "--json").stdout
    )
    busiest = max(tickets, key=lambda t: t["message_count"])
    shown = json.loads(
        run("--data-dir", data_dir, "tickets", "show", str(busiest["id"]), "--json").stdout
    )
    assert shown.keys() >= TICKET_KEYS
    msgs = shown["messages"]
    assert len(msgs) == busiest["message_count"]
    assert [m["created_at"] for m in msgs] == sorted(m["created_at"] for m in msgs)
    for m in msgs:
        assert m.keys() >= MESSAGE_KEYS
        assert m["direction"] in {"in", "out", "note"}
        if m["direction"] == "out":
            assert m["delivery"] in {"queued", "sent", "failed"}
        for a in m["attachments"]:
            assert set(a) == {"filename", "content_type", "size"}


def test_hostile_text_never_reaches_the_terminal_raw(demo: Path) -> None:
    data_dir = str(demo / "desk")
    listing = run("--data-dir", data_dir, "tickets", "list", "--status", "all").stdout
    assert "\x1b" not in listing and "\u202e" not in listing
    tickets = json.loads(
        run("--data-dir", data_dir, "tickets", "list", "--status", "all", "--json").stdout
    )
    for t in tickets:
        shown = run("--data-dir", data_dir, "tickets", "show", str(t["id"])).stdout
        assert "\x1b" not in shown and "\u202e" not in shown, t["subject"]
    # JSON keeps the original text: scripts get what the customer sent.
    assert any("\u202e" in t["customer"]["name"] for t in tickets)


def test_missing_ticket_is_a_one_line_error(demo: Path) -> None:
    done = run("--data-dir", str(demo / "desk"), "tickets", "show", "9999", check=1)
    assert done.stderr.strip() == "supportdesk: ticket #9999: no such ticket"
    assert done.stdout == ""


def test_usage_errors_exit_2(demo: Path) -> None:
    assert "invalid choice" in run("tickets", "list", "--status", "bogus", check=2).stderr
    run("tickets", "show", "abc", check=2)
    run("no-such-command", check=2)


def test_bad_config_is_one_line_exit_1(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[[sources]]\nname = "x"\nkind = "imap"\nhost = "h"\nport = "abc"\n')
    done = run("--config", str(cfg), "tickets", "list", check=1)
    assert done.stderr.count("\n") == 1
    assert f"{cfg}: sources[0].port: expected an integer" in done.stderr
    assert "Traceback" not in done.stderr


def test_init_writes_a_valid_config_once(tmp_path: Path) -> None:
    cfg = tmp_path / "conf" / "config.toml"
    run("--config", str(cfg), "init")
    assert cfg.stat().st_mode & 0o077 == 0
    done = run("--config", str(cfg), "init", check=1)
    assert "already exists" in done.stderr
    doctor = run("--config", str(cfg), "--data-dir", str(tmp_path / "d"), "doctor", check=None)
    assert doctor.stdout.splitlines()[0].startswith("ok    config:")


def test_doctor_fails_on_bad_config(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text("[desk\n")
    done = run("--config", str(cfg), "doctor", check=1)
    assert done.stdout.startswith("FAIL  config:") and ":1: invalid TOML" in done.stdout


def test_env_vars_stand_in_for_global_options(demo: Path) -> None:
    done = run("tickets", "list", "--json", SUPPORTDESK_CONFIG=str(demo / "config.toml"))
    assert json.loads(done.stdout)


def test_cli_imports_nothing_heavy(demo: Path) -> None:
    """`tickets list` must start fast: no Textual, Rich, httpx, keyring or imapclient."""
    code = (
        "import sys, runpy; sys.argv = ['supportdesk', '--data-dir', sys.argv[1], 'tickets', 'list'];\n"
        "try:\n    runpy.run_module('supportdesk', run_name='__main__')\n"
        "except SystemExit: pass\n"
        "heavy = {'textual', 'rich', 'httpx', 'keyring', 'imapclient', 'filelock'} & set(sys.modules)\n"
        "print(sorted(heavy), file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(demo / "desk")], capture_output=True, text=True, check=True
    )
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_core_never_imports_the_ui() -> None:
    """design.md layers: everything but tui/ and cli imports without Textual or Rich."""
    code = (
        "import sys, pkgutil, importlib, supportdesk\n"
        "for m in pkgutil.walk_packages(supportdesk.__path__, 'supportdesk.'):\n"
        "    if not m.name.startswith(('supportdesk.tui', 'supportdesk.cli', 'supportdesk.__main__')):\n"
        "        importlib.import_module(m.name)\n"
        "print(sorted({'textual', 'rich'} & {n.split('.')[0] for n in sys.modules}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
