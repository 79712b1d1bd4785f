"""`supportdesk reply` and `supportdesk outbox [retry|discard]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from supportdesk.cli.context import desk_of
from supportdesk.cli.output import message_json, print_json
from supportdesk.cli.templates import add_set_option
from supportdesk.errors import DeskError
from supportdesk.models import Delivery, Status

if TYPE_CHECKING:
    from supportdesk.desk import Desk
    from supportdesk.templates import Template


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reply", help="write a reply (a draft unless --send) or an internal note")
    p.add_argument("id", type=int, help="ticket id")
    p.add_argument("--body-file", metavar="F", help="read the text from F ('-': stdin)")
    p.add_argument(
        "--template",
        metavar="NAME",
        help="start from a canned response rendered for this ticket; --body-file text, "
        "if given, goes where the template marks the cursor (else after it)",
    )
    add_set_option(p)
    p.add_argument(
        "--status",
        choices=[s.value for s in Status],
        help="status after sending (default: the template's status_after, else pending)",
    )
    p.add_argument("--note", action="store_true", help="add an internal note (never sent)")
    p.add_argument("--send", action="store_true", help="send now (default: save a draft)")
    p.add_argument("--yes", action="store_true", help="send even when a pre-send check asks")
    p.add_argument(
        "--attach", action="append", default=[], metavar="FILE", help="attach a file (repeatable)"
    )
    p.set_defaults(handler=reply)

    o = sub.add_parser("outbox", help="replies not yet sent: queued, failed or in doubt")
    o.add_argument("--json", action="store_true")
    o.set_defaults(handler=outbox_list)
    osub = o.add_subparsers(dest="outbox_command", metavar="ACTION")
    r = osub.add_parser("retry", help="send a queued or failed reply again")
    r.add_argument("id", help="the reply's id (e.g. 12-3) or Message-ID")
    r.add_argument("--yes", action="store_true", help="resend even if it may have been delivered")
    r.set_defaults(handler=outbox_retry)
    e = osub.add_parser("edit", help="change the text of an unsent reply before retrying it")
    e.add_argument("id")
    e.add_argument("--body-file", metavar="F", help="the new text ('-': stdin)")
    e.set_defaults(handler=outbox_edit)
    d = osub.add_parser("discard", help="give up on an unsent reply (kept as a note)")
    d.add_argument("id")
    d.set_defaults(handler=outbox_discard)


def _body(args: argparse.Namespace) -> str:
    if args.body_file is None and args.template:
        return ""
    if args.body_file is None:
        raise DeskError("reply: give the text with --body-file F (or - for stdin)")
    if args.body_file == "-":
        return sys.stdin.read()
    try:
        return Path(args.body_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DeskError(
            f"{args.body_file}: cannot read: {getattr(exc, 'strerror', None) or exc}"
        ) from None


def _attachments(paths: list[str], limit: int) -> list[tuple[str, str, bytes]]:
    import mimetypes

    files = []
    for name in paths:
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DeskError(f"{path}: cannot attach: {exc.strerror}") from None
        if len(data) > limit:
            raise DeskError(
                f"{path}: {len(data)} bytes is over desk.attachment_max_bytes ({limit})"
            )
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        files.append((path.name, kind, data))
    return files


def _with_template(desk: Desk, args: argparse.Namespace, own: str) -> tuple[str, Template]:
    """The template rendered for the ticket, with the agent's own text (if any) placed
    at the template's cursor, or after it when the template marks none."""
    from supportdesk.cli.templates import library_of, render_for_ticket

    done = render_for_ticket(desk, library_of(args), args.template, args.id, args.values)
    t = done.template
    print(f"template {t.name} ({t.language}, {t.register}, {t.layer})", file=sys.stderr)
    own = own.strip()
    if not own:
        return done.text, t
    if done.cursor is None:
        return f"{done.text.rstrip()}\n\n{own}\n", t
    before, after = done.text[: done.cursor], done.text[done.cursor :]
    space = " " if before and not before[-1].isspace() else ""
    return before + space + own + after, t


def reply(args: argparse.Namespace) -> int:
    desk = desk_of(args)
    body = _body(args)
    template = None
    if args.template:
        body, template = _with_template(desk, args, body)
    if args.note:
        note = desk.add_note(args.id, body)
        print(f"note {note.id} added to ticket #{args.id}", file=sys.stderr)
        return 0
    if not args.send:
        desk.save_draft(args.id, body)
        print(f"draft saved on ticket #{args.id} (send with --send)", file=sys.stderr)
        return 0
    status = Status(args.status or (template and template.status_after) or "pending")
    files = _attachments(args.attach, desk.config.desk.attachment_max_bytes)
    try:
        outcome = desk.outbox().queue_and_send(
            args.id,
            body,
            status=status,
            confirmed=args.yes,
            attachments=files,
            template=template.name if template is not None else "",
        )
    finally:
        desk.close()
    msg = outcome.message
    desk.save_draft(args.id, "")
    if not outcome.sent:
        state = "failed" if outcome.message.delivery is Delivery.FAILED else "queued"
        raise DeskError(f"ticket #{args.id}: reply {msg.id} not sent ({state}): {outcome.error}")
    if template is not None:
        from supportdesk.templates.macros import after_send

        after_send(desk, args.id, template)
    print(f"reply {msg.id} sent on ticket #{args.id}", file=sys.stderr)
    return 0


def outbox_list(args: argparse.Namespace) -> int:
    from supportdesk.text import clean

    pending = desk_of(args).outbox().pending()
    if args.json:
        print_json([message_json(m) | {"in_doubt": m.in_doubt} for m in pending])
        return 0
    for m in pending:
        state = "in doubt" if m.in_doubt else (m.delivery.value if m.delivery else "?")
        print(
            f"{m.id:>8}  #{m.ticket_id:<6} {state:9} tries {m.attempts}  {clean(m.delivery_error, single_line=True)}"
        )
    if not pending:
        print("outbox empty", file=sys.stderr)
    return 0


def outbox_retry(args: argparse.Namespace) -> int:
    box = desk_of(args).outbox()
    msg = box.find(args.id)
    outcome = box.send(msg.message_id, status=None, force=args.yes)
    if not outcome.sent:
        raise DeskError(f"reply {msg.id} not sent: {outcome.error}")
    print(f"reply {msg.id} sent", file=sys.stderr)
    return 0


def outbox_edit(args: argparse.Namespace) -> int:
    box = desk_of(args).outbox()
    msg = box.edit(box.find(args.id).message_id, _body(args))
    print(f"reply {msg.id} edited; send it with `outbox retry {msg.id}`", file=sys.stderr)
    return 0


def outbox_discard(args: argparse.Namespace) -> int:
    box = desk_of(args).outbox()
    msg = box.discard(box.find(args.id).message_id)
    print(f"reply {msg.id} discarded (kept on the ticket as a note)", file=sys.stderr)
    return 0
