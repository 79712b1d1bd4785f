"""The spd16 lint-time shortcuts (issue 8: lint of a 2,000-character draft within its
budget) give the results of what they replace. Speed is measured by bench/tone_eval.py
and callgrind, never asserted here."""

from __future__ import annotations

import re

import pytest

from supportdesk.tone.words import first_form, fold, scan
from tests.test_tone_speed import TEXTS

# patterns of the kinds `first_form` copies: an alternation inside a group after a
# lookbehind or "\b", branches opening with a class, a repeat, a nested group, an
# optional part, a back reference (ru.shrug), a lookahead after the match
FIRST_FORM_PATTERNS = [
    r"(?<!\w)(?P<hit>(?:(?:два|три|\d+) раза?|трижды)\s+(?:\w+\s+)?(?:отменял\w*))(?!\w)",
    r"(?P<hit>[:;]-?\(+|\({2,}|☹|😞)",
    r"(?P<hit>[:;]-?[)d]+|\){2,}|\^\^|<3)(?!\w)",
    r"\b(?P<hit>(?:second|third|\d+(?:nd|rd|th))\s+(?:\w+\s+){0,2}?(?:time|message))\b",
    r"(?<!\w)(?P<hit>(\d{2,}),? когда \2|сколько (?:надо|нужно),? столько и)(?!\w)",
    r"\b(?P<hit>(?:for|waited) (?:over )?(?:\d+|ten) (?:minutes|mins)|(?:\d+|ten) mins? (?:on hold))\b",
    r"(?:(?:ab)?c|\d)+x",
    r"(?<!\w)(?P<hit>mersi|h+e+i+)(?!\w)",
]


@pytest.mark.parametrize("source", FIRST_FORM_PATTERNS)
def test_first_form_scan_finds_what_finditer_finds(source: str) -> None:
    """The class of first characters and the pattern as a lookahead there: the same
    matches (spans and groups) as the pattern's own finditer, on every labelled text,
    folded as the packs read it, and within a window."""
    pattern = re.compile(source)
    fast = first_form(pattern)
    assert fast is not None, source
    for text in TEXTS:
        for t in (text, fold(text)):
            want = [m.regs for m in pattern.finditer(t)]
            assert [m.regs for m in scan(pattern, fast, t)] == want, (source, t[:60])
            lo, hi = len(t) // 3, len(t) // 3 + 120
            want = [m.regs for m in pattern.finditer(t, lo, hi)]
            got = [m.regs for m in scan(pattern, fast, t, False, lo, hi)]
            assert got == want, (source, t[:60])


def test_first_form_declines_what_it_cannot_copy() -> None:
    # a match that may open with any word character (no faster), an empty match, case
    # ignored (its other case opens a match too), a class that is negated
    for source in (
        r"\b\w+n't\b",
        r"([а-я]{4,}) когда \1",
        r"x*",
        r"(?i)\b(?:ab|\d)c",
        r"(?i:ab)|\dc",
        r"[^a]b",
    ):
        assert first_form(re.compile(source)) is None, source
