"""Themes as data files: `themes/*.toml`, shipped as package data `supportdesk/themes`.

Installed, the files sit inside the package (hatch force-include); in a development
checkout they sit at the repository root. Users may add their own in
`$XDG_CONFIG_HOME/supportdesk/themes/`. A broken file is reported, never fatal.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

from supportdesk.paths import config_dir

COLOURS = ("primary", "secondary", "accent", "background", "surface", "panel",
           "foreground", "warning", "error", "success")  # fmt: skip
# Our own CSS variables with defaults: an undefined `$variable` stops start-up.
VARIABLE_DEFAULTS = {
    "due-overdue": "red",
    "due-soon": "yellow",
    "due-ok": "green",
    "priority-urgent": "red",
    "priority-high": "yellow",
    "priority-low": "gray",
    "note-background": "#333300",
}
DEFAULT_THEME = "supportdesk-dark"


def theme_dirs() -> Iterator[Traversable]:
    """Bundled themes (installed or repo checkout), then the user's."""
    bundled = resources.files("supportdesk") / "themes"
    if bundled.is_dir():
        yield bundled
    repo = Path(__file__).resolve().parents[3] / "themes"
    if repo.is_dir():
        yield repo
    user = config_dir() / "themes"
    if user.is_dir():
        yield user


def parse_theme(text: str, where: str) -> Theme:
    """One theme file → `Theme`; raises ValueError naming the file and the key."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{where}: {exc}") from None
    name = data.get("name")
    if not isinstance(name, str) or not name:
        raise ValueError(f"{where}: `name` is required")
    if "primary" not in data:
        raise ValueError(f"{where}: `primary` is required")
    colours: dict[str, str] = {}
    for key in COLOURS:
        if key in data:
            colours[key] = _colour(data[key], f"{where}: {key}")
    variables = {
        str(k): _colour(v, f"{where}: variables.{k}")
        for k, v in dict(data.get("variables", {})).items()
    }
    return Theme(name=name, dark=bool(data.get("dark", True)), variables=variables, **colours)


def _colour(value: object, where: str) -> str:
    try:
        Color.parse(str(value))
    except ColorParseError:
        raise ValueError(f"{where}: {value!r} is not a colour") from None
    return str(value)


def load_themes() -> tuple[list[Theme], list[str]]:
    """Every theme found, first occurrence of a name wins; plus the errors met."""
    themes: dict[str, Theme] = {}
    errors: list[str] = []
    for folder in theme_dirs():
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if not entry.name.endswith(".toml"):
                continue
            try:
                theme = parse_theme(entry.read_text(encoding="utf-8"), entry.name)
            except (ValueError, OSError, UnicodeDecodeError) as exc:
                errors.append(str(exc))
                continue
            themes.setdefault(theme.name, theme)
    return list(themes.values()), errors
