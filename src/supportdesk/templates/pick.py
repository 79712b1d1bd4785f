"""Choosing a template for a ticket: ranking for the picker, shortcuts, unfilled fields.

Kept in the core (no Textual) because the order in which an agent meets templates is a
support decision, not a widget detail: the ticket's language and the customer's
register pick each name's variant (R3, R14), tags the desk wants first (e.g. "outage"
while a monitored site is down) rank ahead of everything, and a fuzzy query narrows
by name, title, shortcut, tags, description and body, in that order of weight.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from supportdesk.templates.library import Library
from supportdesk.templates.model import Template, TemplateError
from supportdesk.templates.render import placeholder

# A shortcut as typed in the editor: `;` then letters, digits, `-` or `_`.
SHORTCUT = re.compile(r";[\w-]+\Z")

# Weights per field: a hit in the name outranks one in the body.
_WEIGHTS = (("name", 8), ("shortcut", 8), ("title", 6), ("tags", 5), ("description", 3),
            ("body", 1))  # fmt: skip


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _subsequence(term: str, text: str) -> bool:
    """Every character of `term` in `text`, in order (a typo-tolerant "fuzzy" hit)."""
    it = iter(text)
    return all(ch in it for ch in term)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A template name as offered for one ticket: its best variant and its rank."""

    template: Template
    score: float
    boosted: bool

    @property
    def name(self) -> str:
        return self.template.name


def _fields(t: Template) -> dict[str, str]:
    return {
        "name": _fold(t.name),
        "shortcut": _fold(t.shortcut),
        "title": _fold(t.title),
        "tags": _fold(" ".join(t.tags)),
        "description": _fold(t.description),
        "body": _fold(t.body),
    }


def score(template: Template, query: str) -> float:
    """How well `template` matches `query` (0: not at all). Every word of the query
    must hit some field: as a substring (full weight, doubled at a word start) or,
    in name, shortcut and title only, as a subsequence (a quarter weight)."""
    words = _fold(query).split()
    if not words:
        return 1.0
    fields = _fields(template)
    total = 0.0
    for word in words:
        best = 0.0
        for key, weight in _WEIGHTS:
            text = fields[key]
            at = text.find(word)
            if at >= 0:
                start = at == 0 or not text[at - 1].isalnum()
                best = max(best, weight * (2 if start else 1))
            elif key in ("name", "shortcut", "title") and _subsequence(word, text):
                best = max(best, weight / 4)
        if best == 0:
            return 0.0
        total += best
    return total


def candidates(
    library: Library,
    query: str,
    language: str,
    register: str,
    *,
    boost_tags: Iterable[str] = (),
    usage: Mapping[str, int] | None = None,
) -> list[Candidate]:
    """One Candidate per template name, in the variant for this ticket, best first.

    Order: names carrying a boosted tag first, then query score, then how often the
    desk has sent the template, then name. Partial templates (a shared signature meant
    for `include`) are offered too: an agent may want just the signature.
    """
    boost = {_fold(t) for t in boost_tags}
    usage = usage or {}
    found: list[Candidate] = []
    for name in library.names():
        try:
            chosen = library.choose(name, language, register)
        except TemplateError:
            continue
        s = score(chosen, query)
        if s <= 0:
            continue
        boosted = bool(boost & {_fold(t) for t in chosen.tags})
        found.append(Candidate(chosen, s, boosted))
    found.sort(key=lambda c: (not c.boosted, -c.score, -usage.get(c.name, 0), c.name))
    return found


def shortcut_before(text: str) -> str | None:
    """The shortcut (`;ack`) that `text` ends with, if it ends with one on its own."""
    match = SHORTCUT.search(text)
    if match is None:
        return None
    start = match.start()
    if start > 0 and not text[start - 1].isspace():
        return None  # `foo;ack` is somebody's text, not a shortcut
    return match.group()


def unfilled(body: str, fields: Iterable[str]) -> list[str]:
    """Pre-send check lines for required template fields still shown as placeholders."""
    return [
        f"the template field {placeholder(name)} is not filled in"
        for name in dict.fromkeys(fields)
        if placeholder(name) in body
    ]
