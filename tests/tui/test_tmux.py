"""Smoke test in a real terminal: `supportdesk demo` inside a detached tmux session.

The session runs on a tmux server of its own (`tmux -L`), started by this test, so the
demo gets this test's environment (its XDG dirs, PYTHONPATH: the code under test), never
that of a server some other process started, and the server and its socket go away
with the test.
The demo must really exit on `q`, with status 0. The pane runs it under a shell that
writes the status to a file: tmux's own `pane_dead_status` is not reliable for this.
When the terminal's last descriptor closes before tmux reaps the process (a race a busy
machine loses: the kernel closes a process's files a moment before its parent learns
it ended), tmux marks the pane dead and never records the status, so a demo that had
exited looked, for 30 s, like one that had not (the clean-clone CI of 948e063).
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
SESSION = "demo"


def _tmux(server: str, *args: str) -> str:
    return subprocess.run(
        ["tmux", "-L", server, "-f", os.devnull, *args],
        capture_output=True,
        text=True,
        check=False,
    ).stdout


def _capture(server: str) -> str:
    return _tmux(server, "capture-pane", "-p", "-t", SESSION)


def _wait_for(server: str, needle: str, timeout: float = 15, *, gone: bool = False) -> str:
    """The screen once `needle` is on it (or, `gone`, once it is not), polled every
    0.1 s, for at most `timeout` seconds."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _capture(server)
        if (needle in screen) != gone:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{needle!r} {'still' if gone else 'not'} on screen:\n{screen}")


def _pane(server: str, fmt: str) -> str:
    return _tmux(server, "display-message", "-p", "-t", SESSION, fmt).strip()


def _demo_pid(server: str) -> int | None:
    """The demo's process: the one child of the pane's shell, or None once it ended."""
    shell = _pane(server, "#{pane_pid}")
    if not shell.isdigit():
        return None
    children = Path(f"/proc/{shell}/task/{shell}/children")
    try:
        pids = children.read_text().split()
    except OSError:
        return None
    return int(pids[0]) if pids else None


def _thread_dump(server: str) -> str:
    """What every thread of a demo that did not quit is doing: PYTHONFAULTHANDLER dumps
    the tracebacks to the pane on SIGABRT, on a pane made tall enough to hold them."""
    pid = _demo_pid(server)
    if pid is None:
        return "(no demo process left to ask)"
    _tmux(server, "resize-window", "-t", SESSION, "-x", "160", "-y", "200")
    os.kill(pid, signal.SIGABRT)
    time.sleep(1)
    return _capture(server)


def test_demo_in_tmux(tmp_path: Path):
    if TMUX is None:
        if os.environ.get("CI"):
            pytest.fail("tmux is required in CI for the terminal smoke test")
        pytest.skip("tmux not installed")
    server = f"sd-test-{uuid.uuid4().hex[:8]}"
    python = shlex.quote(sys.executable)
    status = tmp_path / "status"
    demo = f"{python} -m supportdesk demo --data-dir {shlex.quote(str(tmp_path / 'demo'))}"
    # the shell outlives the demo and hands its status over whole (written, then renamed)
    part = shlex.quote(str(tmp_path / "status.part"))
    command = f"{demo}; echo $? > {part}; mv {part} {shlex.quote(str(status))}; sleep 60"
    env = {"TERM": "xterm-256color", "TEXTUAL_ANIMATIONS": "none", "PYTHONFAULTHANDLER": "1"}
    args = ["new-session", "-d", "-s", SESSION, "-x", "100", "-y", "30"]
    for key, value in env.items():
        args += ["-e", f"{key}={value}"]
    _tmux(server, *args, command)
    try:
        screen = _wait_for(server, "1 Queue")
        assert "DUE" in screen and "SUBJECT" in screen
        assert "Acme Support (demo)" in screen
        _tmux(server, "send-keys", "-t", SESSION, "?")
        _wait_for(server, "app.help")
        _tmux(server, "send-keys", "-t", SESSION, "Escape")
        # `q` only once help is closed: an escape and a `q` read together are one alt+q,
        # which leaves help open, and help hides "1 Queue" as well as quitting does
        _wait_for(server, "app.help", gone=True)
        _tmux(server, "send-keys", "-t", SESSION, "q")
        quit_at = time.monotonic()
        # the agent sees the desk go within 10 s (the terminal is given back) ...
        _wait_for(server, "1 Queue", timeout=10, gone=True)
        # ... and the process ends, with status 0. A bound, not a speed check: at load
        # 22 on 2 cores the interpreter's own exit took seconds after the desk had gone.
        while time.monotonic() < quit_at + 30 and not status.exists():
            time.sleep(0.1)
        if not status.exists():
            screen = _capture(server)
            raise AssertionError(
                f"the demo did not exit within 30 s of q:\n{screen}\n{_thread_dump(server)}"
            )
        assert status.read_text().strip() == "0", _capture(server)
        assert "1 Queue" not in _capture(server)
    finally:
        socket = _tmux(server, "display-message", "-p", "#{socket_path}").strip()
        _tmux(server, "kill-server")
        if socket:  # tmux leaves its socket file behind
            Path(socket).unlink(missing_ok=True)
