"""`supportdesk tickets list|show`."""

from __future__ import annotations

import argparse

from supportdesk.cli.context import desk_of
from supportdesk.cli.output import (
    message_json,
    print_json,
    ticket_detail,
    ticket_json,
    ticket_table,
)
from supportdesk.desk import VIEWS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tickets", help="list and show tickets")
    tsub = p.add_subparsers(dest="tickets_command", metavar="ACTION", required=True)

    ls = tsub.add_parser("list", help="the queue, most urgent first")
    ls.add_argument(
        "--status", default="active", choices=VIEWS, help="default: active (new, open, pending)"
    )
    ls.add_argument("--json", action="store_true", help="one JSON array on stdout")
    ls.set_defaults(handler=list_tickets)

    show = tsub.add_parser("show", help="one ticket with its messages")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_ticket)


def list_tickets(args: argparse.Namespace) -> int:
    tickets = desk_of(args).list_tickets(args.status)
    if args.json:
        print_json([ticket_json(t) for t in tickets])
    else:
        print(ticket_table(tickets))
    return 0


def show_ticket(args: argparse.Namespace) -> int:
    desk = desk_of(args)
    ticket = desk.get_ticket(args.id)
    messages = desk.conversation(args.id)
    overrides = desk.tone_overrides(args.id)  # replies sent over blocking tone findings
    if args.json:
        shown = [
            message_json(m) | ({"tone_override": overrides[m.id]} if m.id in overrides else {})
            for m in messages
        ]
        print_json(ticket_json(ticket) | {"messages": shown})
    else:
        print(ticket_detail(ticket, messages, overrides))
    return 0
