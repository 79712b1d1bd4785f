"""Command-palette entries for every action in the keymap (`noun: verb`, Posting-style).

Commands call the action method directly rather than through the key dispatcher, so a
command works even where its key is shared and currently means something else (`n`
is "next match" while searching, "note" otherwise).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from textual.actions import parse
from textual.app import SystemCommand

from supportdesk.tui import keymap

if TYPE_CHECKING:
    from textual.app import App
    from textual.dom import DOMNode


def _caller(target: DOMNode, action: str) -> Callable[[], object]:
    _dest, name, params = parse(action)

    def call() -> object:
        return getattr(target, f"action_{name}")(*params)

    return call


def commands(app: App, main: DOMNode | None, keys: dict[str, str]) -> Iterator[SystemCommand]:
    """One palette entry per palette-worthy binding of the app and the main screen."""
    for spec in keymap.SPECS:
        if not spec.palette or spec.scope not in ("app", "main"):
            continue
        target = app if spec.scope == "app" or spec.action.startswith("app.") else main
        if target is None:
            continue
        action = spec.action.removeprefix("app.")
        help_text = f"key: {keymap.display_keys(keymap.effective(spec, keys))} · id {spec.id}"
        yield SystemCommand(spec.description, help_text, _caller(target, action))
