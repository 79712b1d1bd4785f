"""`supportdesk init` and `supportdesk doctor`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from supportdesk.errors import DeskError

if TYPE_CHECKING:
    from supportdesk.config import Config


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="write a commented config file")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(handler=init)
    d = sub.add_parser("doctor", help="check config, data directory, sources and transports")
    d.set_defaults(handler=doctor)


def init(args: argparse.Namespace) -> int:
    from supportdesk.config import config_template
    from supportdesk.paths import default_config_path

    path: Path = args.config or default_config_path()
    if path.exists() and not args.force:
        raise DeskError(f"{path}: already exists (use --force to overwrite)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # The file names secret *references* only, but agents' configs are their own.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(config_template())
    except OSError as exc:
        raise DeskError(f"{path}: cannot write: {exc.strerror}") from exc
    print(f"wrote {path}; edit it, then run `supportdesk doctor`", file=sys.stderr)
    return 0


def _line(ok: bool, what: str, detail: str) -> bool:
    print(f"{'ok  ' if ok else 'FAIL'}  {what}: {detail}")
    return ok


def doctor(args: argparse.Namespace) -> int:
    """One line per check; exit 1 if any failed (connections: issue 4 adds them)."""
    from supportdesk.config import load_config
    from supportdesk.desk import resolve_data_dir
    from supportdesk.paths import default_config_path

    path = args.config or default_config_path()
    try:
        config = load_config(args.config)
    except DeskError as exc:
        _line(False, "config", str(exc))
        return 1
    results = [_line(True, "config", str(path) if path.exists() else f"{path} (absent: defaults)")]
    data_dir = resolve_data_dir(config, args.data_dir)
    try:
        from supportdesk.store import open_store

        open_store(data_dir)
        writable = os.access(data_dir, os.W_OK)
        results.append(
            _line(writable, "data dir", f"{data_dir}" + ("" if writable else " is not writable"))
        )
    except DeskError as exc:
        results.append(_line(False, "data dir", str(exc)))
    results += _check_sources(config)
    results += _check_transports(config)
    from supportdesk.cli.monitors import doctor_lines

    results += [_line(ok, what, detail) for ok, what, detail in doctor_lines(config)]
    if not config.sources:
        print("note  no [[sources]] configured: nothing will be synced", file=sys.stderr)
    return 0 if all(results) else 1


def _check_sources(config: Config) -> list[bool]:
    from supportdesk.channels.registry import open_source

    results = []
    for cfg in config.sources:
        try:
            source = open_source(config, cfg.name)
            checks = source.check()
            source.close()
        except DeskError as exc:
            results.append(_line(False, f"source {cfg.name}", str(exc)))
            continue
        results += [_line(c.ok, c.what, c.detail) for c in checks]
    return results


def _check_transports(config: Config) -> list[bool]:
    """Config and secret of each transport (delivery checks come with sending)."""
    from supportdesk.credentials import resolve

    results = []
    for t in config.transports:
        secret = getattr(t, "password", None)
        if secret is None:
            results.append(_line(True, f"transport {t.name}", f"{t.kind}: config ok"))
            continue
        try:
            found = resolve(secret, f"transports.{t.name}.password")
            results.append(
                _line(True, f"transport {t.name}", f"{t.kind}: secret from {found.backend}")
            )
        except DeskError as exc:
            results.append(_line(False, f"transport {t.name}", str(exc)))
    return results
