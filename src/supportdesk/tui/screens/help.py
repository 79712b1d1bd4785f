"""`?` / F1: every key, generated from the live keymap (defaults + `[ui.keys]`).

The focused pane's `HELP` comes first, so F1 is contextual; the table below lists all
bindings by scope with their ids, which are what `[ui.keys]` rebinds.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from supportdesk.tui import keymap


def help_content(keys: Mapping[str, str], context: str = "") -> Content:
    """The help text: our own constant strings plus key names, no desk data."""
    parts: list[Content | tuple[str, str] | str] = []
    if context:
        parts += [(context, "italic"), "\n\n"]
    for scope, title in keymap.SCOPE_TITLES.items():
        parts.append((f"{title}\n", "bold underline"))
        for spec in keymap.SPECS:
            if spec.scope != scope:
                continue
            shown = keymap.display_keys(keymap.effective(spec, keys))
            parts.append(f" {shown:<14} {spec.description:<36} ")
            parts.append((f"{spec.id}\n", "dim"))
        parts.append("\n")
    parts.append(
        (
            'Rebind under [ui.keys] in config.toml with the ids above, quoted: "ticket.reply" = "R".\n'
            "Several keys: comma-separated. esc / q closes this screen.",
            "dim",
        )
    )
    return Content.assemble(*parts)


class HelpScreen(ModalScreen):
    BINDINGS = [Binding("escape,q,question_mark,f1", "app.pop_screen", "Close")]  # noqa: RUF012
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 100; max-width: 100%; height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, keys: Mapping[str, str], context: str = "") -> None:
        super().__init__()
        self.keys = keys
        self.context = context

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "Keys"
            yield Static(help_content(self.keys, self.context), markup=False)
