"""Human tables and JSON documents for the command line.

Everything from a customer is passed through `text.clean` before it reaches the
terminal: a subject can carry escape sequences (reliability.md TUI-03).
"""

from __future__ import annotations

import json
import shutil
import sys
from typing import Any

from supportdesk.models import Message, Ticket, utcnow
from supportdesk.store import codec
from supportdesk.text import PRIORITY_MARK, clean, countdown, truncate


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def ticket_json(ticket: Ticket) -> dict[str, Any]:
    return codec.ticket_to_dict(ticket)


def message_json(message: Message) -> dict[str, Any]:
    data = codec.message_to_dict(message)
    data["attachments"] = [
        {"filename": a.filename, "content_type": a.content_type, "size": a.size}
        for a in message.attachments
    ]
    return data


def ticket_table(tickets: list[Ticket], width: int | None = None) -> str:
    width = width or shutil.get_terminal_size((100, 24)).columns
    now = utcnow()
    head = ("ID", "DUE", "PRI", "STATUS", "ASSIGNEE", "LANG", "CUSTOMER")
    rows = [
        (
            str(t.id),
            countdown(t.due_at, now),
            PRIORITY_MARK[t.priority.value],
            t.status.value,
            clean(t.assignee, single_line=True),
            t.language,
            clean(t.customer.name or t.customer.email, single_line=True),
            clean(t.subject, single_line=True),
        )
        for t in tickets
    ]
    caps = (6, 7, 3, 7, 10, 4, 20)
    widths = [
        min(cap, max([len(h)] + [len(r[i]) for r in rows]))
        for i, (h, cap) in enumerate(zip(head, caps, strict=True))
    ]
    subject_width = max(10, width - sum(widths) - 2 * len(widths))
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)) + "  SUBJECT"]
    for r in rows:
        cells = [truncate(c, w).ljust(w) for c, w in zip(r, widths, strict=False)]
        lines.append("  ".join(cells) + "  " + truncate(r[-1], subject_width))
    return "\n".join(lines)


def ticket_detail(
    ticket: Ticket, messages: list[Message], overrides: dict[str, dict[str, Any]] | None = None
) -> str:
    """`tickets show`: the ticket, then each message; a reply sent over blocking tone
    findings says so and under which rules (`Desk.tone_overrides`)."""
    t = ticket
    lines = [
        f"#{t.id} {clean(t.subject, single_line=True)}",
        f"customer: {clean(str(t.customer), single_line=True)}",
        f"status: {t.status.value}  priority: {t.priority.value}"
        f"  assignee: {clean(t.assignee) or '-'}  language: {t.language or '-'}"
        f"  channel: {t.channel.value} ({clean(t.source)})",
    ]
    if t.due_at:
        lines.append(f"due: {t.due_at.isoformat(timespec='minutes')} ({countdown(t.due_at)})")
    if t.tags:
        lines.append("tags: " + ", ".join(clean(tag, single_line=True) for tag in t.tags))
    for m in messages:
        badges = [b for b, on in (("auto-reply", m.auto_reply), ("bounce", m.bounce)) if on]
        if m.delivery:
            badges.append(m.delivery.value)
        label = {"in": "←", "out": "→", "note": "✎ note"}[m.direction.value]
        lines += [
            "",
            f"{label} {clean(str(m.sender), single_line=True)}  "
            f"{m.created_at.isoformat(timespec='minutes')}"
            + (f"  [{', '.join(badges)}]" if badges else ""),
        ]
        if m.reason:
            lines.append(f"  why: {clean(m.reason, single_line=True)}")
        if m.delivery_error:
            lines.append(f"  delivery: {clean(m.delivery_error, single_line=True)}")
        if overrides and m.id in overrides:
            o = overrides[m.id]
            rules = ", ".join(clean(str(r), single_line=True) for r in o.get("rules") or [])
            who = clean(str(o.get("agent") or ""), single_line=True)
            lines.append(f"  tone override: sent despite blocking findings ({rules}) by {who}")
        lines += ["  " + line for line in clean(m.text).splitlines()]
        for a in m.attachments:
            lines.append(
                f"  📎 {clean(a.filename, single_line=True)} ({a.content_type}, {a.size} bytes)"
            )
    return "\n".join(lines)
