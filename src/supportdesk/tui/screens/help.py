"""`?`: every key, generated from the live keymap (defaults + `[ui.keys]`); F1: the
keys of the focused pane only (queue, conversation or reply editor), with `?` there
leading on to the full list.

The focused pane's `HELP` comes first; the tables list bindings by scope with their
ids, which are what `[ui.keys]` rebinds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from supportdesk.tui import keymap
from supportdesk.tui.widgets.footer import DeskFooter

# Main-screen keys that belong to a pane by their id's area (`thread.fold` → thread).
PANE_AREAS = {
    "queue": ("queue.", "search.", "view.", "ticket."),
    "thread": ("thread.", "ticket."),
    "editor": (),  # main-screen letters type text in the editor: only its own keys apply
    "tone": (),
    "lead": (),  # a screen of its own (`HELP_SCOPE`): its keys and the app's
}
# Widget ids (the focused one or an ancestor) → pane.
PANE_IDS = {
    "queue-pane": "queue",
    "queue": "queue",
    "thread": "thread",
    "editor": "editor",
    "tone": "tone",
}


def pane_of(node: object) -> str | None:
    """The pane (`queue`, `thread`, `editor`) that `node` sits in, if any."""
    while node is not None:
        pane = PANE_IDS.get(getattr(node, "id", None) or "")
        if pane is not None:
            return pane
        node = getattr(node, "parent", None)
    return None


def _specs(pane: str | None) -> Iterable[keymap.KeySpec]:
    if pane is None:
        return keymap.SPECS
    areas = PANE_AREAS[pane]
    return [
        s for s in keymap.SPECS if s.scope == pane or (s.scope == "main" and s.id.startswith(areas))
    ]


def screen_scope(screen: object) -> str | None:
    """The keymap scope of a screen that is not the main one (`HELP_SCOPE`, e.g. the
    lead's): its keys lead the help there, where the main screen's do not apply."""
    return getattr(screen, "HELP_SCOPE", None)


def help_content(
    keys: Mapping[str, str], context: str = "", pane: str | None = None, first: str | None = None
) -> Content:
    """The help text: our own constant strings plus key names, no desk data. With
    `pane`, only that pane's keys and the main-screen keys of its area; `first`, a scope
    listed before the others (the lead screen's keys came last, below ~80 lines of the
    main screen's, ux18)."""
    parts: list[Content | tuple[str, str] | str] = []
    if context:
        parts += [(context, "italic"), "\n\n"]
    specs = list(_specs(pane))
    titles = sorted(keymap.SCOPE_TITLES.items(), key=lambda item: item[0] != first)
    for scope, title in titles:
        mine = [s for s in specs if s.scope == scope]
        if not mine:
            continue
        parts.append((f"{title}\n", "bold underline"))
        for spec in mine:
            shown = keymap.display_keys(keymap.effective(spec, keys))
            parts.append(f" {shown:<14} {spec.description:<36} ")
            parts.append((f"{spec.id}\n", "dim"))
        parts.append("\n")
    closing = (
        "? shows every key. esc / q / f1 closes this screen."
        if pane
        else 'Rebind under [ui.keys] in config.toml with the ids above, quoted: "ticket.reply" = "R".\n'
        "Several keys: comma-separated. esc / q closes this screen."
    )
    parts.append((closing, "dim"))
    return Content.assemble(*parts)


class HelpScreen(ModalScreen):
    BINDINGS = [  # noqa: RUF012
        Binding("escape,q,f1", "app.pop_screen", "close"),
        Binding("question_mark", "all_keys", "all keys"),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 100; max-width: 100%; height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    """

    def __init__(
        self,
        keys: Mapping[str, str],
        context: str = "",
        pane: str | None = None,
        first: str | None = None,
    ) -> None:
        super().__init__()
        self.keys = keys
        self.context = context
        self.pane = pane
        self.first = first
        if pane is None:
            # The full list: `?` closes it, unsaid; the footer offered "? all keys"
            # over all the keys (ux20).
            self._bindings.key_to_bindings["question_mark"] = [
                Binding("question_mark", "all_keys", "all keys", show=False)
            ]

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            title = keymap.SCOPE_TITLES.get(self.pane or "", "")
            scroll.border_title = f"Keys: {title}" if title else "Keys"
            yield Static(help_content(self.keys, self.context, self.pane, self.first), markup=False)
        yield DeskFooter(compact=True)

    def action_all_keys(self) -> None:
        """From a pane's help, `?` goes on to every key; from the full list it closes."""
        if self.pane is None:
            self.app.pop_screen()
            return
        self.app.switch_screen(HelpScreen(self.keys, self.context, first=self.first))
