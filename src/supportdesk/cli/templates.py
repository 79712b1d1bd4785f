"""`supportdesk templates list|show|render|check`: the canned-response library."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from supportdesk.errors import DeskError

if TYPE_CHECKING:
    from supportdesk.desk import Desk
    from supportdesk.templates import Library, Rendered, Template

REGISTER_CHOICES = ("formal", "informal", "any")


def assignment(text: str) -> tuple[str, str]:
    """`NAME=VALUE` of `--set`; anything else is a usage error (exit 2)."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name.strip(), value


def add_set_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--set",
        dest="values",
        action="append",
        type=assignment,
        default=[],
        metavar="NAME=VALUE",
        help="value of a required field, e.g. --set tracking_number=RO123 (repeatable)",
    )


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("templates", help="the canned-response library")
    p.set_defaults(handler=lambda _args: p.print_help(sys.stderr) or 2)
    tsub = p.add_subparsers(dest="templates_command", metavar="ACTION")

    ls = tsub.add_parser("list", help="every template variant in force, with its layer")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=list_templates)

    show = tsub.add_parser("show", help="the source of one template variant")
    show.add_argument("name")
    show.add_argument("--lang", default="en", help="language of the variant (default en)")
    show.add_argument("--register", choices=REGISTER_CHOICES, default="")
    show.set_defaults(handler=show_template)

    r = tsub.add_parser("render", help="a template filled in for a ticket")
    r.add_argument("name")
    r.add_argument("--ticket", type=int, required=True, metavar="ID")
    r.add_argument("--register", choices=REGISTER_CHOICES, default="",
                   help="the customer's register (default: guessed from their messages)")  # fmt: skip
    r.add_argument("--json", action="store_true")
    add_set_option(r)
    r.set_defaults(handler=render_template)

    c = tsub.add_parser("check", help="check every template in every layer")
    c.set_defaults(handler=check_templates)


def library_of(args: argparse.Namespace) -> Library:
    from supportdesk.cli.context import config_of
    from supportdesk.desk import resolve_data_dir
    from supportdesk.templates import load_library

    return load_library(resolve_data_dir(config_of(args), args.data_dir))


def _warn(lib: Library) -> None:
    if lib.problems:
        print(
            f"{len(lib.problems)} template file(s) skipped; see `supportdesk templates check`",
            file=sys.stderr,
        )


def list_templates(args: argparse.Namespace) -> int:
    from supportdesk.cli.output import print_json

    lib = library_of(args)
    _warn(lib)
    items = lib.effective()
    if args.json:
        print_json([_item(t) for t in items])
        return 0
    for t in items:
        print(f"{t.name:24} {t.language:3} {t.register:9} {t.layer:9} {t.shortcut:8} {t.title}")
    return 0


def _item(t: Template) -> dict[str, str]:
    return {
        "name": t.name,
        "title": t.title,
        "language": t.language,
        "register": t.register,
        "layer": t.layer,
        "path": t.path,
        "shortcut": t.shortcut,
        "category": t.category,
    }


def show_template(args: argparse.Namespace) -> int:
    lib = library_of(args)
    t = lib.choose(args.name, args.lang, args.register)
    print(f"{t.path} ({t.layer}, {t.language}, {t.register})", file=sys.stderr)
    sys.stdout.write(t.source)
    return 0


def render_for_ticket(
    desk: Desk,
    lib: Library,
    name: str,
    ticket_id: int,
    values: list[tuple[str, str]],
    register: str = "",
) -> Rendered:
    """`name` in the variant for ticket `ticket_id`, filled in; shared with `reply`."""
    from supportdesk.templates import MissingFields, render, ticket_context

    ticket = desk.get_ticket(ticket_id)
    ctx = ticket_context(
        ticket, desk.config, desk.agent, desk.conversation(ticket_id), register=register
    )
    template = lib.choose(name, ctx.language, ctx.register)
    try:
        return render(template, ctx, lib, dict(values))
    except MissingFields as exc:
        hint = " ".join(f"--set {n}=VALUE" for n in exc.names)
        raise DeskError(f"{exc} (give them with {hint})") from None


def render_template(args: argparse.Namespace) -> int:
    from supportdesk.cli.context import desk_of
    from supportdesk.cli.output import print_json

    desk = desk_of(args)
    lib = library_of(args)
    done = render_for_ticket(desk, lib, args.name, args.ticket, args.values, args.register)
    t = done.template
    if args.json:
        print_json(
            {
                "name": t.name,
                "language": t.language,
                "register": t.register,
                "text": done.text,
                "layer": t.layer,
                "path": t.path,
                "cursor": done.cursor,
            }
        )
        return 0
    print(f"{t.path} ({t.layer}, {t.language}, {t.register})", file=sys.stderr)
    sys.stdout.write(done.text)
    return 0


def check_templates(args: argparse.Namespace) -> int:
    from supportdesk.templates.check import check_library

    lib = library_of(args)
    problems = check_library(lib)
    for line in problems:
        print(line)
    if problems:
        return 1
    print(f"{len(lib.templates)} templates checked, no problems", file=sys.stderr)
    return 0
