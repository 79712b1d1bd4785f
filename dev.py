#!/usr/bin/env python3
"""Set up and run supportdesk from a fresh clone with nothing but python3.

    python3 dev.py demo      # create .venv, install, run `supportdesk demo`
    python3 dev.py test      # create .venv, install with test extras, lint + whole suite

The virtual environment is rebuilt only when pyproject.toml changed since the last
install, so repeated runs start at once. Extra arguments after `test` go to pytest.

The suite runs on every core (pytest-xdist, `-n auto`): one process took ~17 minutes on
a 2-core machine, most of it CPU-bound linting and Textual pilot tests that run side by
side. Give `-n 0` (or `-p no:xdist`) for one process, e.g. to use `--pdb`.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"


def _run(*cmd: str | Path) -> None:
    print("+", " ".join(str(c) for c in cmd), file=sys.stderr, flush=True)
    done = subprocess.run([str(c) for c in cmd], cwd=ROOT, check=False)
    if done.returncode:
        sys.exit(done.returncode)


def ensure_env(extras: str) -> None:
    """Install the project into .venv unless the same pyproject was already installed."""
    stamp = VENV / f".installed-{extras or 'base'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest and PY.exists():
        return
    if not PY.exists():
        try:
            venv.create(VENV, with_pip=True)
        except Exception as exc:  # ensurepip missing on some distributions
            sys.exit(f"dev.py: cannot create {VENV}: {exc} (on Debian: apt install python3-venv)")
    _run(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    target = f".[{extras}]" if extras else "."
    _run(PY, "-m", "pip", "install", "--quiet", "-e", target)
    stamp.write_text(digest)


def parallel(pytest_args: list[str]) -> list[str]:
    """`-n auto --dist load --maxschedchunk 1` unless the arguments already choose (`-n`,
    `--numprocesses`, `-p no:xdist`): each worker is handed its next test as it finishes
    one, and the longest tests come first (tests/conftest.py RUN_FIRST), so they are
    shared out and the short ones even out the end. `--dist worksteal` handed each worker
    half the list up front and let the longest tests run back to back on one."""
    chosen = any(
        a in {"-n", "--numprocesses", "no:xdist", "-pno:xdist"}
        or a.startswith(("-n", "--numprocesses="))
        for a in pytest_args
    )
    return [] if chosen else ["-n", "auto", "--dist", "load", "--maxschedchunk", "1"]


def cache_bytecode() -> None:
    """Let the suite keep compiled modules, in .venv/pycache (never beside the sources),
    even where PYTHONDONTWRITEBYTECODE is set: its tests start ~400 Python processes
    (mostly `python -m supportdesk`), and without the cache each one compiled every
    module it imports again (tests/test_cli.py: 21.6 s of CPU, 14.5 s with it)."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.setdefault("PYTHONPYCACHEPREFIX", str(VENV / "pycache"))


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in {"demo", "test"}:
        sys.exit(__doc__)
    if argv[0] == "demo":
        ensure_env("")
        os.execv(BIN / "supportdesk", [str(BIN / "supportdesk"), "demo", *argv[1:]])
    ensure_env("test")
    _run(BIN / "ruff", "check", ".")
    _run(BIN / "ruff", "format", "--check", ".")
    _run(BIN / "lint-imports")
    cache_bytecode()
    _run(PY, "-m", "pytest", *parallel(argv[1:]), *argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
