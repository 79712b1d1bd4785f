"""The spd23 shortcuts (issue 8: lint of a 2,000-character draft within its budget),
each a necessary condition tested before work that can only find something when it
holds, and shown here to change nothing. Speed is measured by bench/lint_callgrind.py,
never here.

- A pack phrase is tried only when its two rarest slots both have a word in the draft
  (`Document.choose` with `_Lang.seconds`): `Index.find` finds nothing for the others.
- A person's name is looked for only where a capital has another capital after its word
  (or a title starts, `persons._PERSON_AT`): every `_PERSON` match found before is found.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import builtin_packs
from supportdesk.tone.lint import unquoted
from supportdesk.tone.persons import _PERSON, _PERSON_AT
from supportdesk.tone.words import scan
from tests.test_tone_speed import TEXTS
from tests.test_tone_speed18 import _JOINED
from tests.test_tone_speed22 import DRAFTS, _language


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
