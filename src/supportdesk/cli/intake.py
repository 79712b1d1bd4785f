"""`supportdesk import` and `supportdesk quarantine list|retry`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from supportdesk.cli.context import desk_of
from supportdesk.cli.output import print_json
from supportdesk.errors import NotFound

T = TypeVar("T")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="ingest .eml files, mbox files and Maildir folders")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true", help="the summary as one JSON object")
    p.add_argument(
        "--workers", type=int, default=None, help="parser processes (default: cores, max 4)"
    )
    # Messages per store transaction; small values let the crash tests stop mid-import.
    p.add_argument("--batch", type=int, default=200, help=argparse.SUPPRESS)
    p.set_defaults(handler=import_paths)

    q = sub.add_parser("quarantine", help="input that could not be parsed, kept raw")
    qsub = q.add_subparsers(dest="quarantine_command", metavar="ACTION", required=True)
    ls = qsub.add_parser("list", help="what is held and why")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=quarantine_list)
    retry = qsub.add_parser("retry", help="parse a held item again (e.g. after an upgrade)")
    retry.add_argument("id", help="the item's id (a prefix of its sha256 is enough)")
    retry.add_argument("--json", action="store_true")
    retry.set_defaults(handler=quarantine_retry)


def _progress(items: Iterable[T], label: str) -> Iterator[T]:
    """A counter on stderr for large imports, only when a person is watching."""
    if not sys.stderr.isatty():
        yield from items
        return
    n = 0
    for n, item in enumerate(items, 1):
        if n % 100 == 0:
            print(f"\r{label}: {n} messages", end="", file=sys.stderr, flush=True)
        yield item
    print(f"\r{label}: {n} messages", file=sys.stderr)


def _summary(result: dict[str, object], as_json: bool) -> None:
    if as_json:
        print_json(result)
        return
    keys = ("imported", "threaded", "duplicates", "auto_replies", "bounces", "quarantined")
    print(", ".join(f"{k.replace('_', ' ')}: {result[k]}" for k in keys), file=sys.stderr)


def import_paths(args: argparse.Namespace) -> int:
    from supportdesk.channels.files import Limit, read_paths
    from supportdesk.mail.ingest import IngestOptions, convert_all

    desk = desk_of(args)
    errors: list[str] = []
    opts = IngestOptions(
        source="import",
        max_attachment_bytes=desk.config.desk.attachment_max_bytes,
        max_message_bytes=desk.config.desk.max_message_bytes,
        own_addresses=desk.own_addresses(),
        blobs=desk.store.blob_writer(),
    )
    # Mail over max_message_bytes is stored piece by piece, never read whole (ING-07).
    limit = Limit(opts.max_message_bytes, desk.store.put_blob_stream)
    raws = ((item.raw, item.origin) for item in read_paths(args.paths, errors, limit))
    items = convert_all(_progress(raws, "import"), opts, args.workers)
    result = desk.import_messages(items, max(1, args.batch)).as_dict()
    result["errors"] = errors
    _summary(result, args.json)
    for line in errors:
        print(f"supportdesk: {line}", file=sys.stderr)
    return 1 if errors else 0


def quarantine_list(args: argparse.Namespace) -> int:
    from supportdesk.text import clean

    held = desk_of(args).quarantined()
    rows = [
        {"id": k[:12], "sha256": k, **v}
        for k, v in sorted(held.items(), key=lambda kv: str(kv[1].get("at")))
    ]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(
            f"{r['id']}  {r['state']:9}  {r['size']:>9} B  {clean(str(r['origin']), single_line=True)}"
        )
        print(f"              {clean(str(r['reason']), single_line=True)}")
    if not rows:
        print("nothing in quarantine", file=sys.stderr)
    return 0


def quarantine_retry(args: argparse.Namespace) -> int:
    from supportdesk.mail.ingest import IngestOptions, convert

    desk = desk_of(args)
    matches = [k for k in desk.quarantined() if k.startswith(args.id.lower())]
    if len(matches) != 1:
        what = "no" if not matches else "more than one"
        raise NotFound(f"quarantine {args.id}: {what} item matches")
    digest = matches[0]
    entry = desk.quarantined()[digest]
    opts = IngestOptions(
        source=str(entry.get("source") or "import"),
        max_attachment_bytes=desk.config.desk.attachment_max_bytes,
        own_addresses=desk.own_addresses(),
    )
    item = convert(desk.store.get_blob(digest), str(entry.get("origin", "")), opts)
    result = desk.retry_quarantined(digest, item).as_dict()
    _summary(result, args.json)
    return 0 if not result["quarantined"] else 1
