"""Smoke test in a real terminal: `supportdesk demo` inside a detached tmux session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")


def _capture(session: str) -> str:
    return subprocess.run(
        ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True, check=False
    ).stdout


def _wait_for(session: str, needle: str, timeout: float = 15) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _capture(session)
        if needle in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{needle!r} not on screen:\n{screen}")


def test_demo_in_tmux(tmp_path: Path):
    if TMUX is None:
        if os.environ.get("CI"):
            pytest.fail("tmux is required in CI for the terminal smoke test")
        pytest.skip("tmux not installed")
    exe = Path(sys.executable).with_name("supportdesk")
    session = f"sd-{uuid.uuid4().hex[:8]}"
    command = f"{exe} demo --data-dir {tmp_path / 'demo'}"
    env = {"TERM": "xterm-256color", "TEXTUAL_ANIMATIONS": "none"}
    args = ["tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30"]
    for key, value in env.items():
        args += ["-e", f"{key}={value}"]
    subprocess.run([*args, command], check=True)
    try:
        screen = _wait_for(session, "1 Queue")
        assert "DUE" in screen and "SUBJECT" in screen
        assert "Acme Support (demo)" in screen
        subprocess.run(["tmux", "send-keys", "-t", session, "?"], check=True)
        _wait_for(session, "app.help")
        subprocess.run(["tmux", "send-keys", "-t", session, "Escape"], check=True)
        time.sleep(0.3)
        subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and "1 Queue" in _capture(session):
            time.sleep(0.2)
        assert "1 Queue" not in _capture(session)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False, capture_output=True)
