"""Small modal prompts: yes/no, pick one, one line of text, a multi-line note.

Each returns its answer through `dismiss` (None when cancelled with Esc), so the main
screen's actions read as "ask, then call the desk". Each has its own footer: a modal
over the main screen showed the main screen's keys, none of which worked there (ux19). Every label that may hold desk data
is built with tui/text.py; option prompts are `Content`, never markup strings.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, TextArea
from textual.widgets.option_list import Option

from supportdesk.tui.text import safe
from supportdesk.tui.widgets.footer import DeskFooter


# enter as the focused widget's own binding, shown: a priority binding on the screen
# showed too, but ran before the keys typed just ahead of it reached the widget
# ("3d⏎" in one burst, as over SSH or from a paste, submitted an empty prompt; "j⏎"
# picked the row above), so the footer names the widget's own enter instead (ux19)
class SubmitInput(Input):
    BINDINGS = [Binding("enter", "submit", "ok", key_display="enter")]  # noqa: RUF012


class PickList(OptionList):
    BINDINGS = [  # noqa: RUF012
        Binding("enter", "select", "pick", key_display="enter"),
        Binding("j", "cursor_down", "down", show=False),  # as in the queue
        Binding("k", "cursor_up", "up", show=False),
    ]


class _Modal(ModalScreen):
    BINDINGS = [Binding("escape", "cancel", "cancel")]  # noqa: RUF012
    DEFAULT_CSS = """
    _Modal { align: center middle; }
    _Modal > Vertical {
        width: 70; max-width: 95%; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    _Modal Label.hint { color: $text-muted; }
    /* a long title or question wraps instead of being cut at the box's edge, and a
       pick-one row is one line cut with an ellipsis, not two half rows (ux20: the
       breaches drill-down at 80x24) */
    _Modal Label { width: 100%; }
    _Modal PickList { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def compose(self) -> ComposeResult:
        yield from self.compose_box()
        yield DeskFooter(compact=True)

    def compose_box(self) -> ComposeResult:
        """The prompt itself, above the footer."""
        yield from ()

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(_Modal):
    """`y` yes, `n`/Esc no."""

    BINDINGS = [Binding("y", "answer(True)", "yes"), Binding("n", "answer(False)", "no")]  # noqa: RUF012

    def __init__(self, question: Content | str) -> None:
        super().__init__()
        self.question = question if isinstance(question, Content) else Content(question)

    def compose_box(self) -> ComposeResult:
        with Vertical():
            yield Label(self.question, markup=False)
            yield Label("y yes · n / esc no", classes="hint", markup=False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class ChoiceScreen(_Modal):
    """Pick one of `choices` (value, label); enter picks, Esc cancels."""

    def __init__(
        self, title: str, choices: Sequence[tuple[str, str]], current: str | None = None
    ) -> None:
        super().__init__()
        self.title_text = title
        self.choices = list(choices)
        self.current = current

    def compose_box(self) -> ComposeResult:
        options = [Option(safe(label), id=value) for value, label in self.choices]
        with Vertical():
            yield Label(Content(self.title_text), markup=False)
            yield PickList(*options, markup=False)

    def on_mount(self) -> None:
        ol = self.query_one(OptionList)
        values = [v for v, _ in self.choices]
        ol.highlighted = values.index(self.current) if self.current in values else 0
        ol.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


class TextPromptScreen(_Modal):
    """One line of text; enter submits (empty allowed only if `allow_empty`)."""

    def __init__(
        self, title: str, value: str = "", placeholder: str = "", allow_empty: bool = False
    ) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.allow_empty = allow_empty

    def compose_box(self) -> ComposeResult:
        with Vertical():
            yield Label(Content(self.title_text), markup=False)
            # Input.placeholder is plain text; the value is whatever the agent types.
            yield SubmitInput(self.value, placeholder=self.placeholder)
            yield Label("enter ok · esc cancel", classes="hint", markup=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.value.strip() or self.allow_empty:
            self.dismiss(event.value)


class NoteScreen(_Modal):
    """A multi-line internal note: ctrl+r or F5 saves, Esc cancels."""

    BINDINGS = [  # noqa: RUF012
        Binding("ctrl+r,f5", "save", "save note"),
        Binding("escape", "cancel", "cancel"),
    ]

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title

    def compose_box(self) -> ComposeResult:
        with Vertical():
            yield Label(safe(self.title_text), markup=False)
            yield TextArea(id="note-text", soft_wrap=True)
            yield Label("ctrl+r / F5 save · esc cancel", classes="hint", markup=False)

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        text = self.query_one(TextArea).text
        if text.strip():
            self.dismiss(text)
