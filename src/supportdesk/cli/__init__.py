"""The `supportdesk` command line (design.md: CLI contract).

argparse rather than click: it is in the standard library and imports in
milliseconds, and start-up time is part of the contract (`tickets list` on a 1k-ticket
desk within 0.3 s). Every subcommand imports what it needs inside its handler, so
Textual, keyring or httpx load only for the commands that use them.

Exit codes: 0 success, 1 a handled error (one line naming the file, key or item at
fault), 2 a usage error. JSON goes to stdout, human messages to stderr.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from supportdesk import __version__
from supportdesk.errors import DeskError

PROG = "supportdesk"


def _default_agent() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in a bare container
        return f"uid{os.getuid()}"


def build_parser() -> argparse.ArgumentParser:
    from supportdesk.cli import (
        admin,
        demo,
        intake,
        monitors,
        replies,
        report,
        sync,
        templates,
        tickets,
        tone,
    )

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="A terminal workstation for support agents.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--config",
        type=Path,
        default=os.environ.get("SUPPORTDESK_CONFIG") or None,
        help="config file (env SUPPORTDESK_CONFIG; "
        "default $XDG_CONFIG_HOME/supportdesk/config.toml)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=os.environ.get("SUPPORTDESK_DATA_DIR") or None,
        help="desk data directory (env SUPPORTDESK_DATA_DIR; default from config)",
    )
    parser.add_argument(
        "--agent",
        default=os.environ.get("SUPPORTDESK_AGENT") or _default_agent(),
        help="agent name recorded on actions (env SUPPORTDESK_AGENT; default: login name)",
    )
    parser.add_argument("--no-mouse", action="store_true", help="TUI: ignore the mouse (keys only)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    tickets.register(sub)
    intake.register(sub)
    sync.register(sub)
    replies.register(sub)
    templates.register(sub)
    report.register(sub)
    tone.register(sub)
    admin.register(sub)
    demo.register(sub)
    monitors.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:  # bare `supportdesk`: the workstation on the configured desk
        from supportdesk.cli import tui

        handler = tui.main
    try:
        code = handler(args)
    except DeskError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        # `supportdesk tickets list | head`: the reader left; that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    sys.exit(code or 0)
