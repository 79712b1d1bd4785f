"""words.openings_form: the words every match of a pattern opens with, as the candidate
finder of a pattern the engine cannot skip ahead with (an alternation whose branches
open with "\\b" or a lookbehind). The finder's matches must stay the pattern's own."""

from __future__ import annotations

import re

from supportdesk.tone.secrets import _OTHER
from supportdesk.tone.words import finder, openings_form

TRICKY = [
    "ANOTHER CUSTOMER had the same problem; Another Client too.",
    "Un alt client, clientul nostru Daniel Rotaru, a avut aceeași eroare.",
    "Наш клиент Иван и другой покупатель: такая же ошибка была у них.",
    "You're not the only one. Nu sunteți singura. Вы не один.",
    "A dotless ı: anOTHER customers, the ſame issue, ſome of our users.",
    "no cue here at all, only words like mother, others and clientele",
]


def test_the_other_customer_cue_gets_an_openings_form() -> None:
    form = openings_form(_OTHER)
    assert form is not None
    for text in TRICKY:
        low = text.lower()
        starts = {m.start() for m in _OTHER.finditer(text)}
        # every match starts where one of the opening words is found in the lowered text
        assert starts <= {i for i in range(len(low)) if form.match(low, i)}, text


def test_finder_through_openings_gives_the_patterns_matches() -> None:
    found = finder(_OTHER)
    for text in TRICKY + [t.upper() for t in TRICKY]:
        assert [m.regs for m in found.finditer(text)] == [m.regs for m in _OTHER.finditer(text)]
        for lo in range(0, len(text), 7):
            want = [m.regs for m in _OTHER.finditer(text, lo, lo + 40)]
            assert [m.regs for m in found.finditer(text, lo, lo + 40)] == want


def test_no_form_when_a_match_may_open_with_one_character() -> None:
    assert openings_form(re.compile(r"\b(?:a|bc)\w")) is None
    assert openings_form(re.compile(r"\w+ing")) is None
    form = openings_form(re.compile(r"(?i)\b(?:un\s+)?alt\w*|\bxy"))
    assert form is not None  # an optional "un " opens, or what follows it does
    assert form.match("alt") and form.match("un alt") and form.match("xy")
