"""Turn a ticket's conversation into display lines, lazily and with limits (TUI-05).

Pure functions, no Textual: the conversation widget calls `layout()` on the event loop
for ordinary threads and in a worker thread for huge ones. Limits keep first paint
bounded: only the newest `RECENT` messages, `MAX_CHARS`/`MAX_LINES` of each body, and
quoted history folded; "show all" lifts them. A single line longer than `HARD_WRAP` is
cut into fixed-width pieces instead of word-wrapped, which is linear and fast.

A reply sent over blocking tone findings says so under its head, with the rules and
who confirmed it (`Desk.tone_overrides`, as `tickets show` prints it; ux19): the rule
names and the agent come from the audit log and are cleaned like any desk text.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from supportdesk.models import Direction, Message, Ticket
from supportdesk.text import ago, countdown
from supportdesk.tui.text import plain

RECENT = 200
MAX_CHARS = 6000
MAX_LINES = 80
HARD_WRAP = 2000

Line = tuple[str, str]  # (cleaned text, style name: a component class suffix)
Overrides = Mapping[str, Mapping[str, object]]  # message id -> {"rules", "agent", "at"}


@dataclass(slots=True)
class Options:
    width: int = 80
    folded: bool = True  # quoted history hidden
    show_all: bool = False  # no truncation, every message
    now: datetime | None = None
    tz: tzinfo | None = None


@dataclass(slots=True)
class Layout:
    lines: list[Line] = field(default_factory=list)
    truncated: bool = False  # something is hidden that `show all` would reveal
    quoted: bool = False  # some message has foldable quoted text
    starts: list[int] = field(default_factory=list)  # line of each shown message's head
    first: int = 0  # index in the conversation of the first message shown


def _wrap(text: str, width: int, style: str, out: list[Line]) -> None:
    width = max(10, width)
    for raw in text.split("\n"):
        if len(raw) <= width:
            out.append((raw, style))
        elif len(raw) > HARD_WRAP:
            out.extend((raw[i : i + width], style) for i in range(0, len(raw), width))
        else:
            out.extend(
                (piece, style)
                for piece in textwrap.wrap(raw, width, replace_whitespace=False) or [""]
            )


def _ago(at: datetime, now: datetime | None) -> str:
    return "" if now is None else ago(at, now)


def ticket_lines(t: Ticket, opt: Options) -> list[Line]:
    """Who, language, state, due, tags, escalation: the head of the conversation pane."""
    parts = [
        t.language or "?",
        t.status.value,
        t.priority.value,
        f"assignee {plain(t.assignee) or '-'}",
    ]
    if t.due_at:
        parts.append(f"due {countdown(t.due_at, opt.now)}")
    # wrapped like the bodies: the pane cuts what is wider (ux18)
    width = opt.width - 2
    lines: list[Line] = []
    _wrap(plain(str(t.customer)), width, "customer", lines)
    _wrap(" · ".join(parts), width, "meta", lines)
    if t.tags:
        _wrap("tags: " + ", ".join(plain(tag) for tag in t.tags), width, "meta", lines)
    if t.escalation:
        _wrap(f"escalated: {plain(t.escalation)}", width, "badge", lines)
    lines.append(("", "body"))
    return lines


def override_line(override: Mapping[str, object]) -> str:
    """'[TONE OVERRIDE] sent despite blocking findings: a, b · confirmed by ana'."""
    rules = override.get("rules")
    names = ", ".join(plain(str(r)) for r in rules) if isinstance(rules, list) else ""
    who = plain(str(override.get("agent") or ""))
    return (
        "[TONE OVERRIDE] sent despite blocking findings"
        + (f": {names}" if names else "")
        + (f" · confirmed by {who}" if who else "")
    )


def message_lines(
    m: Message, opt: Options, out: Layout, overrides: Overrides | None = None
) -> None:
    arrow = {Direction.IN: "←", Direction.OUT: "→", Direction.NOTE: "✎ note"}[m.direction]
    when = m.created_at.astimezone(opt.tz) if opt.tz else m.created_at
    head = f"{arrow} {plain(str(m.sender))}"
    stamp = f"{when:%Y-%m-%d %H:%M}"
    since = _ago(m.created_at, opt.now)
    if since:
        stamp += f" ({since})"
    width = opt.width - 2
    kind = "note-head" if m.direction is Direction.NOTE else "head"
    out.starts.append(len(out.lines))
    # the time goes under a sender too long to share its line: the pane cut it off
    # ("2026-11-30 00:47 (1d ag" at 80 columns, ux18)
    if len(head) + 2 + len(stamp) <= width:
        out.lines.append((f"{head}  {stamp}", kind))
    else:
        _wrap(head, width, kind, out.lines)
        out.lines.append((f"  {stamp}", kind))
    badges = [b for b, on in (("AUTO-REPLY", m.auto_reply), ("BOUNCE", m.bounce)) if on]
    if m.bulk:
        badges.append("BULK")
    if m.delivery is not None and m.delivery.value in ("failed", "queued"):
        badges.append(f"DELIVERY {m.delivery.value.upper()}")
    if m.in_doubt:
        badges.append("IN DOUBT")
    if badges:
        line = " ".join(f"[{b}]" for b in badges)
        if m.delivery_error:
            line += " " + plain(m.delivery_error)[:200]
        _wrap(line, width, "badge", out.lines)
    if overrides and m.id in overrides:
        _wrap(override_line(overrides[m.id]), width, "badge", out.lines)
    text = m.text
    body_style = "note" if m.direction is Direction.NOTE else "body"
    quoted = ""
    if 0 <= m.quoted_from < len(text):
        out.quoted = True
        text, quoted = text[: m.quoted_from], text[m.quoted_from :]
    text = text.rstrip("\n")
    if not opt.show_all and (len(text) > MAX_CHARS or text.count("\n", 0, MAX_CHARS) > MAX_LINES):
        cut = text[:MAX_CHARS]
        cut = "\n".join(cut.split("\n")[:MAX_LINES])
        rest = len(text) - len(cut)
        _wrap(plain(cut, single_line=False), width, body_style, out.lines)
        out.lines.append((f"  ⋯ {rest:,} more characters hidden: press m to show all", "fold"))
        out.truncated = True
    else:
        _wrap(plain(text, single_line=False), width, body_style, out.lines)
    if quoted:
        if opt.folded:
            n = quoted.count("\n") + 1
            out.lines.append((f"  ⋯ quoted text folded ({n} lines): press F to unfold", "fold"))
        else:
            q = quoted if opt.show_all else quoted[:MAX_CHARS]
            _wrap(plain(q, single_line=False), width, "quote", out.lines)
    for a in m.attachments:
        out.lines.append(
            (f"  📎 {plain(a.filename)} ({plain(a.content_type)}, {a.size:,} bytes)", "attachment")
        )
    out.lines.append(("", "body"))


def layout(
    ticket: Ticket, messages: list[Message], opt: Options, overrides: Overrides | None = None
) -> Layout:
    """Every display line of `ticket`'s conversation under `opt`; `overrides`, the
    replies sent over blocking tone findings, by message id."""
    out = Layout(lines=ticket_lines(ticket, opt))
    shown = messages
    if not opt.show_all and len(messages) > RECENT:
        shown = messages[-RECENT:]
        hidden = len(messages) - RECENT
        out.lines.append((f"⋯ {hidden:,} earlier messages hidden: press m to show all", "fold"))
        out.truncated = True
    out.first = len(messages) - len(shown)
    for m in shown:
        message_lines(m, opt, out, overrides)
    return out
