"""Canned responses in the workstation (issue 7): the picker's data, insertion into the
reply editor, shortcut expansion, and what is remembered for the send.

The rules (which variant, which order, what a placeholder looks like) live in
`supportdesk.templates`; this module only joins them to the open ticket and the
editor. A template's macros (`status_after`, `tags_add`) are remembered per ticket in
`ReplyEditor.used` and applied by `Sending` only after the reply was delivered.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supportdesk.templates import (
    Library,
    Rendered,
    Template,
    TemplateError,
    TicketContext,
    load_library,
    render,
    ticket_context,
)
from supportdesk.templates.pick import shortcut_before
from supportdesk.tui.text import plain

if TYPE_CHECKING:
    from supportdesk.desk import Desk
    from supportdesk.models import Message, Ticket
    from supportdesk.tui.widgets.editor import ReplyEditor

# The library is re-read from disk when older than this (team templates change).
FRESH = 30.0


@dataclass(frozen=True, slots=True)
class TemplateUse:
    """A template a draft was started from: for the header and, once sent, its macros.
    `fields` are required fields left as placeholders (the review asks about them)."""

    template: Template
    fields: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"template: {self.template.name} ({self.template.language})"


@dataclass(slots=True)
class Templates:
    """The desk's template library as this process last read it, plus usage counts."""

    desk: Desk
    library: Library | None = None
    usage: dict[str, int] = field(default_factory=dict)
    loaded_at: float = 0.0
    # the customer's register as the tone analysis read it ("" when it has not), by
    # ticket id: the screen's (tone_guide.py), so the picker and the conversation agree
    register_of: Callable[[int], str] | None = None

    def data_dir(self) -> Path | None:
        """Where the team layer lives: the store's own folder when it has one (a
        `--data-dir` override is not in the config), else `[desk] data_dir`."""
        root = getattr(self.desk.store, "root", None)
        return Path(root) if root is not None else self.desk.config.desk.data_dir

    def load(self) -> Library:
        """(any thread) Read all three layers and the usage counts now."""
        from supportdesk.templates.macros import usage

        library = load_library(self.data_dir())
        try:
            counts = usage(self.desk.store)
        except Exception:  # counts only order the list; a store hiccup must not block
            counts = {}
        self.library, self.usage, self.loaded_at = library, counts, time.monotonic()
        return library

    def current(self) -> Library:
        """The cached library, read now only if never read (a first Tab costs ~40-100 ms);
        when it is `stale` the caller refreshes it in a worker."""
        return self.library if self.library is not None else self.load()

    @property
    def stale(self) -> bool:
        return time.monotonic() - self.loaded_at > FRESH

    def context(
        self, ticket: Ticket, messages: Iterable[Message], now: Any = None
    ) -> TicketContext:
        """The variables for `ticket`, in the customer's register (R3) as the tone
        analysis read it when it has (`register_of`), else as guessed from their words.
        The picker said "customer register unknown" under a conversation reading
        "en · informal · angry", and chose variants by that guess (ux21)."""
        register = self.register_of(ticket.id) if self.register_of is not None else ""
        return ticket_context(
            ticket, self.desk.config, self.desk.agent, messages, now=now, register=register
        )


def render_for(
    template: Template,
    context: TicketContext,
    library: Library | None,
    values: Mapping[str, str] | None = None,
) -> Rendered:
    """A preview or an insertion: required fields without a value stay as placeholders
    (listed in `Rendered.fields`) so the pre-send check can ask about them."""
    given = {k: v for k, v in (values or {}).items() if v.strip()}
    return render(template, context, library, given, require_fields=False)


def insert_rendered(
    editor: ReplyEditor,
    rendered: Rendered,
    start: tuple[int, int] | None = None,
    end: tuple[int, int] | None = None,
) -> None:
    """Put `rendered` into the editor: over `start`..`end` (a typed shortcut), else over
    an empty draft, else at the cursor; the caret lands on the template's cursor marker
    (or after the text), and the draft records which template it came from."""
    text = rendered.text
    if start is None or end is None:
        whole = not editor.text.strip()
        start, end = ((0, 0), editor.document.end) if whole else (editor.cursor_location,) * 2
    if (start, end) != ((0, 0), editor.document.end):
        text = text.rstrip("\n")  # inside a draft: keep the agent's line breaks as they are
    editor.replace(text, start, end, maintain_selection_offset=False)
    if rendered.cursor is not None:
        at = editor.document.get_index_from_location(start) + min(rendered.cursor, len(text))
        editor.move_cursor(editor.document.get_location_from_index(at))
    if editor.ticket_id is not None:
        editor.used[editor.ticket_id] = TemplateUse(rendered.template, rendered.fields)
        editor.show_heading()


def expand_shortcut(
    editor: ReplyEditor, templates: Templates, ticket: Ticket, messages: list[Message], now: Any
) -> bool:
    """Tab after `;ack`: replace it with that template for this ticket. False (and the
    editor untouched) when the text before the caret is no known shortcut."""
    if editor.selection.start != editor.selection.end:
        return False
    row, col = editor.cursor_location
    line = editor.document.get_line(row)[:col]
    token = shortcut_before(line)
    if token is None:
        return False
    library = templates.current()
    name = library.by_shortcut(token)
    if name is None:
        return False
    context = templates.context(ticket, messages, now)
    try:
        template = library.choose(name, context.language, context.register)
        rendered = render_for(template, context, library)
    except TemplateError as exc:
        editor.notify(plain(f"{token}: {exc}"), severity="error", markup=False, timeout=8)
        return True  # the agent asked for a template: Tab must not also move focus
    insert_rendered(editor, rendered, (row, col - len(token)), (row, col))
    return True
