"""The spd23 shortcuts (issue 8: lint of a 2,000-character draft within its budget),
each a necessary condition tested before work that can only find something when it
holds, and shown here to change nothing. Speed is measured by bench/lint_callgrind.py,
never here.

- A pack phrase is tried only when its two rarest slots both have a word in the draft
  (`Document.choose` with `_Lang.seconds`): `Index.find` finds nothing for the others.
- A person's name is looked for only where a capital has another capital after its word
  (or a title starts, `persons._PERSON_AT`): every `_PERSON` match found before is found.
- The exception regexes of a matcher with a hit are chosen from the pack set's bits of the
  guard words present (`Document.exception_bits`), as its patterns are: the same ones.
- A pattern with one-letter opening words ("a", "e", "в") is looked for in a window
  through the trie of its openings (`words.Finder.near`): the pattern's own matches.
"""

from __future__ import annotations

import re

import pytest

from supportdesk.tone import builtin_packs
from supportdesk.tone.lint import unquoted
from supportdesk.tone.packs import _holds_each
from supportdesk.tone.persons import _PERSON, _PERSON_AT
from supportdesk.tone.words import _FINDERS, finder, scan
from tests.test_tone_speed import TEXTS
from tests.test_tone_speed18 import _JOINED
from tests.test_tone_speed22 import DRAFTS, _language, documents_and_matchers


def test_second_slot_filter_leaves_out_only_phrases_that_cannot_match() -> None:
    """R1/R6: for every draft, the phrases the two-slot choice leaves out of the
    anchor-only choice find nothing; every phrase kept is one the anchors chose."""
    packs = builtin_packs()
    dropped = kept = 0
    for text in DRAFTS:
        lang = _language(text)
        doc = packs.document(unquoted(text), lang)
        chosen = set(doc.choose())
        present = doc.anchors.keys() & doc.index.positions.keys()
        anchored = set().union(*(doc.anchors[k] for k in present))
        assert chosen <= anchored
        for i in anchored - chosen:
            assert doc.index.find(doc.phrases[i]) == [], doc.phrases[i].text
            dropped += 1
        kept += len(chosen)
    assert dropped > 1000 and kept > 1000


def test_second_slot_filter_keeps_every_hit() -> None:
    """Phrases of one slot, in any order and with their second slot's word before the
    first still match: "calm down" (en.calm-down), «вы сами виноваты» in free order."""
    packs = builtin_packs()
    for text, lang, rule in [
        ("Please calm down and read the instructions.", "en", "en.calm-down"),
        ("Виноваты вы сами, надо было читать условия.", "ru", None),
    ]:
        doc = packs.document(text, lang)
        hits = [r.id for r in packs.rules(lang) if r.matcher.hits(doc)]
        assert hits and (rule is None or rule in hits)


# titles and initials the candidate form must let through, in en, ro and ru
_NAMES = [
    "It went to Mr. P. Duarte yesterday.",
    "Dr Smith has your results.",
    "Domnul dr. Pop a semnat.",
    "Doamna ing. Ana Pop a sunat.",
    "d-na Ionescu și dl. Popa au plătit.",
    "Посылку получил В. А. Сидоров, а не Сидорова В.А.",
    "Телефон Петровой Анны Сергеевны: 8 900 000 00 00.",
    "McDonald Smith, Karen Boyd and Patel R. called.",
    "Mr.\nSmith",
]


@pytest.mark.parametrize("text", _NAMES)
def test_person_candidates_in_examples(text: str) -> None:
    """R5: every `_PERSON` match of a title, initial or full name is still found."""
    found = [m.span() for m in scan(_PERSON, _PERSON_AT, text)]
    assert found == [m.span() for m in _PERSON.finditer(text)] and found


def test_person_candidates_find_what_the_pattern_finds() -> None:
    """R5: over every labelled text and the joined drafts, `scan` through the
    candidate form finds exactly `_PERSON.finditer`'s matches."""
    for text in TEXTS + _JOINED:
        assert [m.span() for m in scan(_PERSON, _PERSON_AT, text)] == [
            m.span() for m in _PERSON.finditer(text)
        ]


def _window_finders() -> list[tuple[str, re.Pattern[str]]]:
    """Every pattern a lint looks for through a `Finder` that got a window form
    (`Finder.near`): the finders made while linting drafts in en, ro and ru."""
    from supportdesk.tone import lint

    for text in _JOINED[::25]:
        lint(text, language=_language(text))
    return sorted(
        (f.pattern.pattern, f.pattern) for f in list(_FINDERS.values()) if f.near is not None
    )


def test_window_forms_exist_for_the_many_branched_patterns() -> None:
    """backstage._UNANNOUNCED ("\\bnothing's public|…|\\b(?:e|este|sunt) …"): one-letter
    openings, so no opening words, but a window form."""
    from supportdesk.tone.backstage import _UNANNOUNCED

    assert finder(_UNANNOUNCED).words is None and finder(_UNANNOUNCED).near is not None
    assert len(_window_finders()) >= 10


def test_window_forms_find_what_the_patterns_find() -> None:
    """R5: in windows of every size the window form serves (`words._NEAR`) and past it,
    on the joined drafts and every labelled text, each such finder gives its pattern's
    own matches and groups."""
    patterns = _window_finders()
    for _, pattern in patterns:
        found = finder(pattern)
        for text in _JOINED[::15]:
            for lo in range(0, len(text), 150):
                for size in (90, 130, 400):
                    want = [m.regs for m in pattern.finditer(text, lo, lo + size)]
                    got = [m.regs for m in found.finditer(text, lo, lo + size)]
                    assert got == want, (pattern.pattern[:60], lo, size)
        for text in TEXTS[::5]:
            assert [m.regs for m in found.finditer(text)] == [
                m.regs for m in pattern.finditer(text)
            ], (pattern.pattern[:60], text[:60])


def _live_slow(m, doc):  # type: ignore[no-untyped-def]
    """The exception regexes whose guard words the draft holds, pattern by pattern."""
    seen = doc.present if id(m) in doc.guarded else doc.folded
    return tuple(
        p
        for p, needs, more in zip(m.except_patterns, m.except_guards, m.except_more, strict=True)
        if (not needs or any(n in seen for n in needs)) and _holds_each(seen, more)
    )


def test_exception_bits_give_the_live_exceptions() -> None:
    """R1/R6: for every pack matcher with exception regexes, on every draft, the live
    exceptions read from the pack set's bits (`Document.exception_bits`) are those its
    guards give, in their order."""
    checked = live = 0
    for doc, m in documents_and_matchers():
        if m.except_patterns:
            assert id(m) in doc.except_bases
            got = m._live_exceptions(doc)
            assert got == _live_slow(m, doc)
            checked += 1
            live += len(got)
    assert checked > 1000 and live > 100
