"""`supportdesk demo`: a throw-away desk seeded with sample tickets, no server needed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="open a throw-away desk seeded with sample tickets")
    p.add_argument("--seed-only", action="store_true", help="seed the desk and exit")
    p.add_argument("--data-dir", dest="demo_dir", type=Path, help="where to create the demo desk")
    p.set_defaults(handler=demo)


def demo(args: argparse.Namespace) -> int:
    import tempfile

    from supportdesk.cli.output import ticket_table
    from supportdesk.config import parse_config
    from supportdesk.demo.seed import DEMO_AGENT, demo_config_toml, seed
    from supportdesk.desk import Desk
    from supportdesk.errors import DeskError
    from supportdesk.store import open_store

    root: Path = (
        args.demo_dir or args.data_dir or Path(tempfile.mkdtemp(prefix="supportdesk-demo-"))
    )
    root = root.resolve()
    desk_dir = root / "desk"
    if desk_dir.exists() and any(desk_dir.iterdir()):
        raise DeskError(f"{desk_dir}: already holds a desk; pick an empty --data-dir")
    agent = DEMO_AGENT if args.agent == _login() else args.agent
    text = demo_config_toml(str(desk_dir), str(root / "outbox"), agent)
    config_path = root / "config.toml"
    root.mkdir(parents=True, exist_ok=True)
    config_path.write_text(text)
    config = parse_config(text, str(config_path))
    store = open_store(desk_dir)
    ids = seed(store, config)
    print(f"demo desk: {desk_dir} ({len(ids)} tickets); config: {config_path}", file=sys.stderr)
    if args.seed_only:
        return 0
    desk = Desk(store, config, agent)
    if not sys.stdout.isatty():  # piped or captured: print the queue instead of a UI
        print(ticket_table(desk.list_tickets()))
        return 0
    from supportdesk.cli.tui import run

    run(desk, mouse=not args.no_mouse)
    print(f"demo desk kept in {root}; reopen: supportdesk --config {config_path}", file=sys.stderr)
    return 0


def _login() -> str:
    from supportdesk.cli import _default_agent

    return _default_agent()
