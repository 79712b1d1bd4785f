"""`supportdesk tone analyze|check`: tone guidance from the shell (issue 8).

`tone check` exits 0 whatever it finds, so it can sit in a pipeline; scripts read the
findings (or `score`) from `--json`. It exits 1 only on a handled error (an unknown
ticket, an empty stdin, more than `MAX_STDIN` bytes on stdin; an unreadable team pack is
only a warning on stderr).

Both commands read at most `MAX_STDIN` bytes (1,000,000: a reply or a customer message
is a few kilobytes; a 20 MB file piped by mistake took 12 s and 360 MB to check): more is
an error naming the limit, exit 1, after reading only that much, so memory stays bounded
(ux15). A draft is checked whole or not at all: a check of its first part would say
"nothing to fix" about a leak further down.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from supportdesk.errors import DeskError

if TYPE_CHECKING:
    from supportdesk.tone import Context, PackSet
    from supportdesk.tone.reader import Reader

LANG_CHOICES = ("en", "ro", "ru")
MAX_STDIN = 1_000_000  # bytes read from stdin at most (the module's docstring)
NO_READER_HELP = (
    "rules only: skip the second reader, the multilingual meaning model that reads rude "
    "sentences and the mood (it loads in ~1 s and reads ~20 ms a sentence)"
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tone", help="tone guidance: analyse a message, check a draft")
    p.set_defaults(handler=lambda _args: p.print_help(sys.stderr) or 2)
    tsub = p.add_subparsers(dest="tone_command", metavar="ACTION")

    a = tsub.add_parser(
        "analyze",
        help="analyse an incoming message read from stdin",
        description="Language, register, mood with its signals, technical level and "
        "guidance for the agent, for a customer message read from stdin (at most "
        f"{MAX_STDIN:,} bytes: more is an error, exit 1).",
    )
    a.add_argument("--lang", choices=LANG_CHOICES, default="", help="language (default: detected)")
    a.add_argument("--json", action="store_true")
    a.add_argument("--no-reader", action="store_true", help=NO_READER_HELP)
    a.set_defaults(handler=analyze_command)

    c = tsub.add_parser(
        "check",
        help="lint a draft reply read from stdin",
        description="Findings (rule, severity block|warn|info, message, span) and a score "
        "0-100 for a draft read from stdin. Exit status is 0 even when there are findings, "
        "so it can be scripted: read `score` and `findings` from --json; 1 when stdin holds "
        f"no draft, or more than {MAX_STDIN:,} bytes (the limit: a draft is checked whole "
        "or not at all).",
    )
    c.add_argument("--lang", choices=LANG_CHOICES, default="", help="language of the draft (default: detected)")  # fmt: skip
    c.add_argument("--ticket", type=int, metavar="ID",
                   help="the ticket answered: the customer's register, technical level, "
                   "address and the desk's other customers' addresses")  # fmt: skip
    c.add_argument("--attachments", type=int, default=0, metavar="N",
                   help="files attached to the draft (for 'see attached' checks)")  # fmt: skip
    c.add_argument("--context", metavar="FILE",
                   help="a JSON object of what is known about the customer (customer_name, "
                   "customer_email, their IBAN, phone…; a labelled case's \"context\"), "
                   "added to --ticket's: their own data is never a leak (R5)")  # fmt: skip
    c.add_argument("--json", action="store_true")
    c.add_argument("--no-reader", action="store_true", help=NO_READER_HELP)
    c.set_defaults(handler=check_command)


def _stdin(what: str) -> str:
    """stdin as text, or a DeskError naming the limit when it holds more than
    `MAX_STDIN` bytes (only that much is read)."""
    data = sys.stdin.buffer.read(MAX_STDIN + 1)
    if len(data) > MAX_STDIN:
        raise DeskError(
            f"stdin: more than {MAX_STDIN:,} bytes, the limit for {what}; "
            f"a reply or a message is a few kilobytes (`head -c {MAX_STDIN}` cuts one)"
        )
    return data.decode("utf-8", errors="replace")


def _packs(args: argparse.Namespace) -> PackSet:
    """Built-in plus team packs; a broken team pack is reported, never fatal."""
    from supportdesk.cli.context import config_of
    from supportdesk.desk import resolve_data_dir
    from supportdesk.tone import builtin_packs, load_packs

    try:
        data_dir = resolve_data_dir(config_of(args), args.data_dir)
    except DeskError:
        return builtin_packs()
    packs = load_packs(data_dir)
    for problem in packs.problems:
        print(f"supportdesk: tone pack skipped: {problem}", file=sys.stderr)
    return packs


def _reader(args: argparse.Namespace) -> Reader | None:
    """The second reader unless --no-reader; None where none of its heads can read
    (without the encoder's wheel the wording heads still do)."""
    if args.no_reader:
        return None
    from supportdesk.tone.reader import shared_reader

    reader = shared_reader()
    return reader if reader.reads else None


def analyze_command(args: argparse.Namespace) -> int:
    from supportdesk.cli.output import print_json
    from supportdesk.text import clean
    from supportdesk.tone import analyze

    text = _stdin("a message to analyse")
    if not text.strip():
        raise DeskError("stdin: no message to analyse")
    result = analyze(text, language=args.lang, packs=_packs(args), reader=_reader(args))
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"{result.language} · {result.register} · {result.mood} · technical: {result.technical}")
    # Signals quote the customer's words: a terminal must never get their escapes.
    for s in result.signals:
        print(f"  signal: {clean(s, single_line=True)}")
    for g in result.guidance:
        print(f"  → {clean(g, single_line=True)}")
    return 0


def _with_file_context(context: Context, path: str) -> Context:
    """`context` with the fields of the JSON object in `path` (tone.context_from): the
    file's fields win, the customer's own data of both is kept."""
    import dataclasses
    import json

    from supportdesk.tone import context_from

    try:
        fields = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise DeskError(f"{path}: cannot read the context: {e}") from None
    if not isinstance(fields, dict):
        raise DeskError(f"{path}: the context must be a JSON object")
    try:
        extra = context_from(fields)
    except ValueError as e:
        raise DeskError(f"{path}: {e}") from None
    default = type(context)()
    given = {
        f.name: getattr(extra, f.name)
        for f in dataclasses.fields(extra)
        if getattr(extra, f.name) != getattr(default, f.name)
    }
    given["customer_data"] = context.customer_data | extra.customer_data
    return dataclasses.replace(context, **given)


def check_command(args: argparse.Namespace) -> int:
    from supportdesk.cli.output import print_json
    from supportdesk.text import clean
    from supportdesk.tone import Context, lint

    text = _stdin("a draft to check")
    if not text.strip():  # an empty file piped by mistake is no draft "with nothing to fix"
        raise DeskError("stdin: no draft to check")
    packs = _packs(args)
    context = Context(attachments=args.attachments)
    if args.ticket is not None:
        from supportdesk.cli.context import desk_of

        desk = desk_of(args)
        try:
            context = desk.tone_context(args.ticket, packs, attachments=args.attachments)
        finally:
            desk.close()
    if args.context:
        context = _with_file_context(context, args.context)
    report = lint(text, context, packs, language=args.lang, reader=_reader(args))
    if args.json:
        print_json(report.to_json())
        return 0
    print(f"score {report.score}/100 ({report.language}, {len(report.findings)} findings)")
    for f in report.findings:
        line = text.count("\n", 0, f.start) + 1
        quoted = clean(text[f.start : f.end], single_line=True)[:40]
        words = f" “{quoted}”" if quoted else ""  # a missing closing has no words (the panel's way)
        also = f" (also {', '.join(f.also)})" if f.also else ""  # merged rules (overlap.py)
        print(f"  {f.severity:5} {line}:{f.start}-{f.end} {f.rule}{also}{words}: {f.message}")
    return 0
