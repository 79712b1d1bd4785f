"""`supportdesk` with no subcommand, and `supportdesk demo`: run the TUI.

Kept apart from `cli/__init__.py` so Textual is imported only when a UI is opened,
never for `tickets list` and the other scriptable commands.
"""

from __future__ import annotations

import argparse

from supportdesk.desk import Desk


def run(desk: Desk, *, mouse: bool = True) -> int:
    """Open the workstation on `desk` until the agent quits."""
    from supportdesk.tui.app import SupportdeskApp

    SupportdeskApp(desk).run(mouse=mouse)
    return 0


def main(args: argparse.Namespace) -> int:
    """The bare `supportdesk`: the TUI on the configured desk."""
    import sys

    from supportdesk.cli.context import desk_of
    from supportdesk.errors import DeskError

    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise DeskError("the workstation needs a terminal; `supportdesk --help` lists commands")
    return run(desk_of(args), mouse=not getattr(args, "no_mouse", False))
