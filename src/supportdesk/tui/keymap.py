"""Every key binding, with the id `[ui.keys]` rebinds it by (ux-conventions.md §1).

One table is the source of the widgets' `BINDINGS`, the `?` help screen, the command
palette and the README, so they cannot disagree. Ids are `area.verb`; the scope says
which widget owns the binding, because a key may mean different things in the queue
and in the editor but must not mean two things at once where both are active.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from textual.binding import Binding

# A binding in a widget scope shadows its parents' bindings for the same key, so a
# user key is a conflict when an overlapping scope already uses it.
PARENTS: dict[str, tuple[str, ...]] = {
    "app": (),
    "main": ("app",),
    "queue": ("main", "app"),
    "thread": ("main", "app"),
    "editor": ("main", "app"),
    "tone": ("main", "app"),
    "lead": ("app",),
}
SCOPE_TITLES = {
    "app": "Everywhere",
    "main": "Main screen",
    "queue": "Queue pane",
    "thread": "Conversation pane",
    "editor": "Reply editor",
    "tone": "Tone panel (Tab from the editor)",
    "lead": "Lead screen (response times)",
}


@dataclass(frozen=True, slots=True)
class KeySpec:
    id: str
    keys: str  # Textual key names, comma-separated alternatives
    action: str
    description: str
    scope: str
    show: bool = False  # in the footer (≤ 8 per screen)
    priority: bool = False
    palette: bool = True  # offered in the command palette
    short: str = ""  # footer label (defaults to the description)


SPECS: tuple[KeySpec, ...] = (
    # -- everywhere
    KeySpec("app.help", "question_mark", "help", "Help: keys", "app", show=True, short="help"),
    KeySpec("app.pane_help", "f1", "pane_help", "Help: this pane", "app"),
    # "palette" in the footer: "Command palette" took 22 of 80 columns (ux18)
    KeySpec(
        "app.palette",
        "ctrl+p",
        "command_palette",
        "Command palette",
        "app",
        priority=True,
        palette=False,
        short="palette",
    ),
    KeySpec("app.palette_alt", "colon", "command_palette", "Command palette", "app", palette=False),
    KeySpec("app.quit", "ctrl+q", "quit_checked", "Quit", "app", priority=True),
    KeySpec("app.redraw", "ctrl+l", "redraw", "Screen: redraw", "app"),
    KeySpec("app.theme", "ctrl+t", "pick_theme", "Theme: pick", "app"),
    # -- main screen
    KeySpec(
        "main.quit", "q", "app.quit_checked", "Quit", "main", show=True, palette=False, short="quit"
    ),
    KeySpec("pane.queue", "1", "focus_pane('queue')", "Pane: queue", "main"),
    KeySpec("pane.thread", "2", "focus_pane('thread')", "Pane: conversation", "main"),
    KeySpec("pane.reply", "3", "focus_pane('editor')", "Pane: reply editor", "main"),
    KeySpec("pane.maximize", "z", "toggle_maximize", "Pane: maximise / restore", "main"),
    KeySpec("ticket.reply", "r", "reply", "Ticket: reply", "main", show=True, short="reply"),
    KeySpec("ticket.note", "n", "note", "Ticket: add internal note", "main"),
    KeySpec("ticket.claim", "a", "claim", "Ticket: claim", "main", show=True, short="claim"),
    KeySpec("ticket.assign", "A", "assign", "Ticket: assign to…", "main"),
    KeySpec(
        "ticket.status", "s", "status", "Ticket: set status", "main", show=True, short="status"
    ),
    KeySpec("ticket.priority", "p", "priority", "Ticket: set priority", "main"),
    KeySpec("ticket.tags", "T", "tags", "Ticket: edit tags", "main"),
    KeySpec("ticket.escalate", "e", "escalate", "Ticket: escalate (with reason)", "main"),
    KeySpec("ticket.copy", "y", "copy_link", "Ticket: copy reference (OSC 52)", "main"),
    KeySpec("reply.template", "t", "template", "Reply: insert a template", "main"),
    KeySpec("ticket.next", "J", "step(1)", "Ticket: next in queue", "main"),
    KeySpec("ticket.prev", "K", "step(-1)", "Ticket: previous in queue", "main"),
    KeySpec(
        "queue.next_unclaimed",
        "N",
        "next_unclaimed",
        "Queue: next unclaimed",
        "main",
        show=True,
        short="next",
    ),
    KeySpec("search.start", "slash", "search", "Queue: search", "main", show=True, short="search"),
    # shown only while a search is on (MainScreen.check_action), in the place of "next":
    # the agent must learn that n now steps through the matches (ux21 left it unsaid)
    KeySpec(
        "search.next",
        "n",
        "search_step(1)",
        "Search: next match",
        "main",
        show=True,
        palette=False,
        short="next match",
    ),
    KeySpec("search.prev", "N", "search_step(-1)", "Search: previous match", "main", palette=False),
    KeySpec("search.clear", "escape", "clear_search", "Search: clear", "main", palette=False),
    KeySpec("view.cycle", "f", "cycle_view", "View: next filter", "main", show=True, short="view"),
    KeySpec("view.pick", "v", "pick_view", "View: pick filter", "main"),
    KeySpec("thread.fold", "F", "toggle_quotes", "Conversation: fold / unfold quotes", "main"),
    KeySpec("thread.more", "m", "show_all", "Conversation: show all (untruncated)", "main"),
    KeySpec("thread.attachment", "o", "save_attachment", "Attachment: save to…", "main"),
    KeySpec("thread.open", "O", "open_attachment", "Attachment: open (private copy)", "main"),
    KeySpec("thread.copy", "Y", "copy_message", "Conversation: copy a message (OSC 52)", "main"),
    KeySpec("tone.why", "i", "tone_why", "Tone: the customer's mood, why, how to answer", "main"),
    KeySpec("lead.open", "L", "app.lead", "Lead: response times and deadlines", "main"),
    KeySpec("monitors.show", "M", "monitors", "Monitors: state, latency and uptime", "main"),
    KeySpec(
        "monitors.reply_resolved",
        "R",
        "outage_reply",
        "Outage: reply 'resolved' to its tickets, one review at a time",
        "main",
    ),
    # -- queue pane
    KeySpec("queue.down", "j,down", "cursor(1)", "Down", "queue", palette=False),
    KeySpec("queue.up", "k,up", "cursor(-1)", "Up", "queue", palette=False),
    KeySpec("queue.top", "g,home", "jump('top')", "Top", "queue", palette=False),
    KeySpec("queue.bottom", "G,end", "jump('bottom')", "Bottom", "queue", palette=False),
    KeySpec("queue.page_down", "pagedown,ctrl+d", "page(1)", "Page down", "queue", palette=False),
    KeySpec("queue.page_up", "pageup,ctrl+u", "page(-1)", "Page up", "queue", palette=False),
    KeySpec("queue.open", "enter", "open", "Open ticket", "queue", palette=False),
    # -- conversation pane
    KeySpec("thread.down", "j,down", "scroll_down", "Scroll down", "thread", palette=False),
    KeySpec("thread.up", "k,up", "scroll_up", "Scroll up", "thread", palette=False),
    KeySpec("thread.top", "g,home", "scroll_home", "Top", "thread", palette=False),
    KeySpec("thread.bottom", "G,end", "scroll_end", "Bottom", "thread", palette=False),
    KeySpec(
        "thread.page_down", "pagedown,ctrl+d", "page_down", "Page down", "thread", palette=False
    ),
    KeySpec("thread.page_up", "pageup,ctrl+u", "page_up", "Page up", "thread", palette=False),
    # -- reply editor
    KeySpec(
        "reply.review",
        "ctrl+r,f5",
        "review",
        "Reply: review and send",
        "editor",
        show=True,
        short="send",
    ),
    KeySpec("reply.external", "ctrl+e,f4", "external", "Reply: edit in $EDITOR", "editor"),
    # TextArea has no keys for the draft's start and end (ux18: ctrl+end did nothing)
    KeySpec(
        "reply.start", "ctrl+home", "edge(False)", "Start of the draft", "editor", palette=False
    ),
    KeySpec("reply.end", "ctrl+end", "edge(True)", "End of the draft", "editor", palette=False),
    # Inside the editor `t` types a letter; F6 (TextArea's "select line") opens the picker.
    KeySpec(
        "reply.template_here",
        "f6",
        "screen.template",
        "Reply: insert a template",
        "editor",
        palette=False,
    ),
    KeySpec("reply.leave", "escape", "leave", "Leave editor", "editor", palette=False),
    # Tone findings from the editor without leaving it (F8 as in IDEs; shift+F8 arrives
    # as f20 from most terminals).
    # in the footer while writing: the findings' only key from the editor (ux17)
    KeySpec(
        "reply.next_finding",
        "f8",
        "screen.tone_step(1)",
        "Tone: next finding",
        "editor",
        show=True,
        short="next finding",
    ),
    KeySpec(
        "reply.prev_finding",
        "shift+f8,f20",
        "screen.tone_step(-1)",
        "Tone: previous finding",
        "editor",
    ),
    # `i` types a letter in the editor: F9 shows the customer's mood and the advice there
    KeySpec(
        "reply.why", "f9", "screen.tone_why", "Tone: the customer, why, how to answer", "editor"
    ),
    # -- the tone panel under the editor (issue 8)
    KeySpec("tone.down", "j", "cursor_down", "Down", "tone", palette=False),
    KeySpec("tone.up", "k", "cursor_up", "Up", "tone", palette=False),
    KeySpec(
        "tone.jump",
        "enter",
        "select",
        "Select the finding's words",
        "tone",
        show=True,
        palette=False,
        short="select words",
    ),
    KeySpec(
        "tone.back",
        "escape",
        "back",
        "Back to the editor",
        "tone",
        show=True,
        palette=False,
        short="editor",
    ),
    # -- the lead's screen (issue 9)
    KeySpec("lead.back", "escape,q", "back", "Back to the queue", "lead", show=True, short="back"),
    KeySpec(
        "lead.today", "t", "period('today')", "Period: today", "lead", show=True, short="today"
    ),
    KeySpec("lead.week", "w", "period('7d')", "Period: 7 days", "lead", show=True, short="7d"),
    KeySpec("lead.month", "m", "period('30d')", "Period: 30 days", "lead", show=True, short="30d"),
    KeySpec(
        "lead.custom", "c", "custom_period", "Period: custom…", "lead", show=True, short="custom"
    ),
    KeySpec("lead.refresh", "r", "refresh_report", "Report: recompute", "lead"),
    KeySpec("lead.business", "b", "toggle_business", "Report: wall-clock / business time", "lead"),
    # the agents table shows its own enter as "breaches" (lead.AgentTable): a priority
    # binding here ran before a j typed just ahead of it (ux19), and the table's hidden
    # enter had hidden it from the footer (ux18)
    KeySpec("lead.drill", "enter", "drill", "Agent: breached tickets", "lead", short="breaches"),
    KeySpec("lead.chart", "n", "next_chart", "Chart: next", "lead", show=True, short="chart"),
    # j/k as in the queue (the table's arrows work too): j did nothing there (ux19)
    KeySpec("lead.down", "j", "row(1)", "Row: down", "lead", palette=False),
    KeySpec("lead.up", "k", "row(-1)", "Row: up", "lead", palette=False),
    # g/G as in the queue: G did nothing, and the team row is the last (ux20)
    KeySpec("lead.first", "g", "row_edge(False)", "Row: first", "lead", palette=False),
    KeySpec("lead.last", "G", "row_edge(True)", "Row: last (the team)", "lead", palette=False),
)

BY_ID = {s.id: s for s in SPECS}


def bindings(scope: str) -> list[Binding]:
    """`BINDINGS` for the widget that owns `scope`."""
    return [
        Binding(
            s.keys,
            s.action,
            s.short or s.description,
            show=s.show,
            priority=s.priority,
            id=s.id,
            key_display=_display(s.keys.split(",")[0]),
        )
        for s in SPECS
        if s.scope == scope
    ]


_NAMES = {"question_mark": "?", "colon": ":", "slash": "/", "escape": "esc"}


def _display(key: str) -> str:
    return _NAMES.get(key, key)


def display_keys(keys: str) -> str:
    """`question_mark,f1` → `?, f1` for help and palette."""
    return ", ".join(_display(k.strip()) for k in keys.split(","))


def typed_character(key: str, character: str | None) -> str | None:
    """The character `key` types in a text box, "/" included: Textual names none for the
    key "slash" (`key_to_character` looks up "SLASH", not "SOLIDUS"), so the reply
    editor (ux17) and the search box (ux18) were not seen to type it, and the footer
    kept the screen's "/ search" while the agent typed."""
    return "/" if key == "slash" else character


def effective(spec: KeySpec, keymap: Mapping[str, str]) -> str:
    return keymap.get(spec.id, spec.keys)


def _overlap(a: str, b: str) -> bool:
    return a == b or a in PARENTS[b] or b in PARENTS[a]


def validate(user: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """Split `[ui.keys]` into the overrides that are safe to apply and error messages.

    An unknown id, an empty key or a key already used in an overlapping scope by a
    binding that keeps it is an error naming both actions; the rest still applies.
    """
    ok: dict[str, str] = {}
    errors: list[str] = []
    normal = {
        i: ",".join(_key_name(k.strip()) for k in v.split(",") if k.strip())
        for i, v in user.items()
    }
    for action_id, keys in normal.items():
        spec = BY_ID.get(action_id)
        if spec is None:
            errors.append(f"[ui.keys] {action_id}: unknown action (see `?` for the ids)")
            continue
        if not keys:
            errors.append(f"[ui.keys] {action_id}: no key given")
            continue
        clash = [
            other.id
            for other in SPECS
            if other.id != action_id
            and _overlap(other.scope, spec.scope)
            and set(normal.get(other.id, other.keys).split(",")) & set(keys.split(","))
            and not _shared(spec.id, other.id)
        ]
        if clash:
            errors.append(
                f"[ui.keys] {action_id} = {user[action_id]!r}: key already used by {', '.join(clash)}"
            )
            continue
        ok[action_id] = keys
    return ok, errors


# Pairs that share a key on purpose: only one is enabled at a time (`check_action`).
_SHARED = {
    frozenset({"ticket.note", "search.next"}),
    frozenset({"queue.next_unclaimed", "search.prev"}),
}


def _shared(a: str, b: str) -> bool:
    return frozenset({a, b}) in _SHARED


def _key_name(key: str) -> str:
    """`?` → `question_mark`: the names Textual matches bindings by."""
    from textual.keys import _character_to_key

    return _character_to_key(key) if len(key) == 1 else key.lower()
