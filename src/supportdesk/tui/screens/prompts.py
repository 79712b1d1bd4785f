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
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, OptionList, TextArea
from textual.widgets.option_list import Option

from supportdesk.tui.text import plain, safe
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


NOBODY = "(nobody)"


class AgentInput(SubmitInput):
    """The assign box: up / down move in the agents' list under it (Input's own up /
    down scroll it, which a one-line box never needs, and shadowed the screen's)."""

    BINDINGS = [  # noqa: RUF012
        Binding("enter", "submit", "assign", key_display="enter"),
        Binding("down", "screen.move(1)", "pick", key_display="↑↓"),
        Binding("up", "screen.move(-1)", "pick", show=False),
    ]


def agent_matches(agents: Sequence[str], typed: str) -> list[str]:
    """The agents `typed` may mean: those whose login starts with it first, then those
    containing it, case-insensitively, each group in the desk's order."""
    t = typed.strip().casefold()
    first = [a for a in agents if a.casefold().startswith(t)]
    return first + [a for a in agents if t in a.casefold() and a not in first]


class AssignScreen(_Modal):
    """Assign a ticket to one of the desk's agents (`Desk.agents`), keyboard only: type
    to narrow the list, up / down to move in it, tab completes, enter assigns the
    highlighted one ("(nobody)" unassigns). Any typed name was taken before, so a typo
    gave the ticket to nobody who would ever see it (ux21); a name that is no agent of
    the desk is now refused with one line, and enter again on the same name assigns
    it all the same (a new agent, who has not worked the desk yet). Logins come from
    the desk (other agents' events), so they are shown as `Content`, never markup."""

    BINDINGS = [Binding("tab", "complete", "complete")]  # noqa: RUF012

    def __init__(self, title: str, agents: Sequence[str] | None, current: str, me: str) -> None:
        """`agents` None: still being read (`set_agents` brings them). The prompt opens
        at once all the same, so what is typed right after `A` lands in its box, not
        on the main screen's keys (d, a claim, n note…)."""
        super().__init__()
        self.title_text = title
        self.agents = list(agents) if agents is not None else None
        self.current = current
        self.me = me
        self.refused = ""  # the unknown name refused once: enter again assigns it
        self.submitted = False  # enter pressed before the agents were read

    def compose_box(self) -> ComposeResult:
        with Vertical():
            yield Label(Content(self.title_text), markup=False)
            yield AgentInput(
                placeholder="agent login (type to narrow)",
            )
            yield PickList(id="agents", markup=False)
            yield Label("", id="refused", markup=False)
            yield Label(
                "enter assign · ↑↓ pick · tab complete · esc cancel", classes="hint", markup=False
            )

    def on_mount(self) -> None:
        picks = self.query_one(PickList)
        picks.can_focus = False  # everything is typed in the box; ↑↓ move here
        picks.styles.max_height = 8
        self.query_one(Input).focus()
        if self.agents is not None:
            self._list_agents()
        else:
            picks.display = False
            self.query_one("#refused", Label).update("reading the desk's agents…")

    def set_agents(self, agents: Sequence[str]) -> None:
        """The desk's agents, read: list them (and submit an enter pressed meanwhile)."""
        self.agents = list(agents)
        if self.is_mounted and self.is_attached:  # else on_mount lists them, or gone
            self._list_agents()

    def _list_agents(self) -> None:
        assert self.agents is not None
        box = self.query_one(Input)
        box.suggester = SuggestFromList(self.agents, case_sensitive=False)
        self.query_one("#refused", Label).update("")
        self._fill(box.value)
        if self.submitted:
            self._submit(box.value)

    def _label(self, agent: str) -> Content:
        if agent == "":
            return Content(NOBODY)
        notes = [
            n for n, yes in (("you", agent == self.me), ("has it", agent == self.current)) if yes
        ]
        return Content.assemble(
            safe(agent), (f"  ({', '.join(notes)})" if notes else "", "$text-muted")
        )

    def _fill(self, typed: str) -> None:
        if self.agents is None:
            return
        picks = self.query_one(PickList)
        found = agent_matches(self.agents, typed)
        if not typed.strip() or NOBODY.strip("()").startswith(typed.strip().casefold()):
            found.append("")
        picks.clear_options()
        picks.add_options(Option(self._label(a), id=a) for a in found)
        picks.display = bool(found)
        if found:
            keep = self.current if not typed.strip() and self.current in found else found[0]
            picks.highlighted = found.index(keep)

    def _picked(self) -> str | None:
        picks = self.query_one(PickList)
        if not picks.display or picks.highlighted is None:
            return None
        return picks.get_option_at_index(picks.highlighted).id

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)
        if self.agents is not None and event.value.strip() != self.refused:
            self.refused = ""
            self.query_one("#refused", Label).update("")

    def action_move(self, delta: int) -> None:
        picks = self.query_one(PickList)
        if picks.display and picks.option_count:
            now = picks.highlighted or 0
            picks.highlighted = max(0, min(picks.option_count - 1, now + delta))

    def action_complete(self) -> None:
        picked = self._picked()
        if picked:
            box = self.query_one(Input)
            box.value = picked
            box.cursor_position = len(picked)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.agents is None:
            self.submitted = True
            return
        self._submit(event.value)

    def _submit(self, value: str) -> None:
        assert self.agents is not None
        typed = value.strip()
        exact = next((a for a in self.agents if a.casefold() == typed.casefold()), None)
        picked = exact if exact is not None else self._picked()
        if picked is not None:
            self.dismiss(picked)
        elif typed == self.refused:
            self.dismiss(typed)  # confirmed: a new agent
        else:
            self.refused = typed
            known = ", ".join(self.agents[:6]) + (" …" if len(self.agents) > 6 else "")
            self.query_one("#refused", Label).update(
                Content.assemble(
                    (f"“{plain(typed, width=30)}” is not an agent of this desk", "bold $error"),
                    f" (known: {plain(known)}). Enter again to assign it anyway.",
                )
            )
