"""The three layers of templates and the choice of a variant for a ticket.

Layers, lowest precedence first: built-in (package data), team (`<data_dir>/templates/`,
shared by everyone on the desk), personal (`$XDG_CONFIG_HOME/supportdesk/templates/`).
The unit of overriding is a name in one language: a personal `ack.en.md` replaces the
English `ack` of the team and built-in layers but leaves their Romanian and Russian
variants in place, so writing one better translation never hides the others. When a
layer has any variant of a name in a language, it supplies all variants of that pair
(a team `ack.ro.md` with register "any" replaces both built-in Romanian registers).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from supportdesk.templates.model import (
    LANGUAGES,
    LAYERS,
    SUFFIX,
    Template,
    TemplateError,
    parse_template,
)

FALLBACK_LANGUAGE = "en"


def _walk(root: Traversable, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    """(relative path, entry) of every template under `root`, in a stable order."""
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        rel = f"{prefix}{entry.name}"
        if entry.is_dir():
            yield from _walk(entry, rel + "/")
        elif entry.name.endswith(SUFFIX) and not entry.name.startswith("."):
            yield rel, entry


def builtin_root() -> Traversable:
    return resources.files("supportdesk.templates").joinpath("builtin")


def team_dir(data_dir: Path) -> Path:
    return data_dir / "templates"


def personal_dir() -> Path:
    from supportdesk.paths import config_dir

    return config_dir() / "templates"


@dataclass(slots=True)
class Library:
    """Every template of every layer, plus the problems met while loading them."""

    templates: list[Template] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def effective(self) -> list[Template]:
        """The variants in force after layering, sorted by name, language, register."""
        best: dict[tuple[str, str], int] = {}
        for t in self.templates:
            key = (t.name, t.language)
            best[key] = max(best.get(key, -1), LAYERS.index(t.layer))
        chosen = [t for t in self.templates if best[(t.name, t.language)] == LAYERS.index(t.layer)]
        return sorted(chosen, key=_order)

    def names(self) -> list[str]:
        return sorted({t.name for t in self.templates})

    def variants(self, name: str) -> list[Template]:
        found = [t for t in self.effective() if t.name == name]
        if not found:
            close = difflib.get_close_matches(name, self.names(), n=3)
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            raise TemplateError(f"template {name!r}: no such template{hint}")
        return found

    def choose(self, name: str, language: str = "", register: str = "") -> Template:
        """The variant for a ticket in `language` from a customer writing in `register`
        (R3, R14): same language and register, else same language with register "any",
        else same language, then the same steps in English, else the first variant.

        An unknown register counts as formal: erring on the polite side never offends.
        """
        variants = self.variants(name)
        want = register if register in ("formal", "informal") else "formal"
        for lang in dict.fromkeys((language, FALLBACK_LANGUAGE)):
            same = [t for t in variants if t.language == lang]
            if same:
                rank = {want: 0, "any": 1}
                return min(same, key=lambda t: rank.get(t.register, 2))
        return variants[0]

    def by_shortcut(self, shortcut: str) -> str | None:
        """The template name a shortcut such as ";ack" stands for, if any."""
        for t in self.effective():
            if t.shortcut and t.shortcut == shortcut:
                return t.name
        return None


def _order(t: Template) -> tuple[str, int, str]:
    lang = LANGUAGES.index(t.language) if t.language in LANGUAGES else len(LANGUAGES)
    return (t.name, lang, t.register)


def _load(entries: Iterable[tuple[str, Traversable]], layer: str, lib: Library) -> None:
    for path, entry in entries:
        try:
            text = entry.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            lib.problems.append(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}")
            continue
        try:
            lib.templates.append(parse_template(text, path, layer))
        except TemplateError as exc:
            lib.problems.append(str(exc))


def _disk(root: Path) -> Iterator[tuple[str, Traversable]]:
    if root.is_dir():
        for rel, entry in _walk(root):
            yield str(root / rel), entry


def load_library(data_dir: Path | None = None, personal: Path | None = None) -> Library:
    """Load all three layers; a broken file is recorded in `problems`, never fatal, so
    one bad team template cannot take the whole library away from every agent."""
    lib = Library()
    _load(_walk(builtin_root()), "builtin", lib)
    if data_dir is not None:
        _load(_disk(team_dir(data_dir)), "team", lib)
    _load(_disk(personal if personal is not None else personal_dir()), "personal", lib)
    return lib
