"""Opening an attachment with the desktop's viewer, without trusting anything about it.

The bytes go to a private copy: a fresh `mkdtemp` folder (0700) under
`$XDG_RUNTIME_DIR` when there is one (a per-user tmpfs), the file written 0600 under
the sanitised name `attachments.save_attachment` gives it (no `../`, no control
characters, O_EXCL|O_NOFOLLOW). The viewer is `$SUPPORTDESK_OPENER` (split like a
shell would, but never run by one) or `xdg-open`/`open`, started as an argv list with
the path as its own argument, detached from our terminal. Over SSH there is usually no
viewer at all: `find_opener` says so and the caller offers to save instead. The copies
are removed when the program exits.
"""

from __future__ import annotations

import atexit
import os
import shlex
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from supportdesk.tui.attachments import save_attachment

ENV = "SUPPORTDESK_OPENER"
CANDIDATES = ("xdg-open", "open")  # freedesktop, macOS

_made: list[Path] = []


class NoOpener(Exception):
    """No program to open files with; the message says why (shown to the agent)."""


def find_opener(env: dict[str, str] | None = None) -> list[str]:
    """The argv prefix of the viewer, e.g. ["xdg-open"]; NoOpener when there is none."""
    env = dict(os.environ) if env is None else env
    configured = env.get(ENV, "").strip()
    if configured:
        try:
            argv = shlex.split(configured)
        except ValueError as exc:
            raise NoOpener(f"${ENV}: {exc}") from None
        if not argv or shutil.which(argv[0], path=env.get("PATH")) is None:
            raise NoOpener(f"${ENV}: {argv[0] if argv else configured!r} is not a program here")
        return argv
    for name in CANDIDATES:
        if shutil.which(name, path=env.get("PATH")):
            return [name]
    raise NoOpener("no program to open files here (no xdg-open; set $SUPPORTDESK_OPENER)")


def private_copy(name: str, data: bytes) -> Path:
    """`data` in a new 0700 folder as a 0600 file with a safe version of `name`."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    base = runtime if runtime and os.path.isdir(runtime) else None
    folder = Path(tempfile.mkdtemp(prefix="supportdesk-open-", dir=base))
    if not _made:
        atexit.register(_cleanup)
    _made.append(folder)
    return save_attachment(folder, name, data)


def open_file(argv: list[str], path: Path) -> None:
    """Start the viewer on `path` and return at once (a viewer may run for hours)."""
    child = subprocess.Popen(  # an argv list, never a shell
        [*argv, str(path)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # not in our terminal's process group: no stray signals
        close_fds=True,
    )
    # Reap it whenever it ends (no zombie, no "still running" warning at exit).
    threading.Thread(target=child.wait, name="opener-reaper", daemon=True).start()


def _cleanup() -> None:
    for folder in _made:
        shutil.rmtree(folder, ignore_errors=True)
    _made.clear()
