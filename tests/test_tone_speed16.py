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


def test_word_run_marks_find_what_finditer_finds() -> None:
    """A pack pattern found from the occurrences of the text after its opening run of
    word characters (`words.word_run_mark`, `through`): the same spans as finditer, on
    every labelled text, folded as the packs read it."""
    from supportdesk.tone import builtin_packs

    marked = [
        (m, i)
        for lang in builtin_packs().languages.values()
        for m in [r.matcher for r in lang.rules.values()] + list(lang.lexicons.values())
        for i, mark in enumerate(m.marks)
        if mark is not None
    ]
    assert marked  # "\b\w+n't\b", "\b\w+-(?:mi|ne)\b"
    for text in [fold(t) for t in TEXTS]:
        for m, i in marked:
            want = [
                x.span("hit") if "hit" in m.patterns[i].groupindex else x.span()
                for x in m.patterns[i].finditer(text)
            ]
            found: list[tuple[int, int]] = []
            m._run(i, text, found)
            assert found == [s for s in want if s[1] > s[0]], (m.patterns[i].pattern, text[:60])


def test_word_run_mark_declines_other_openings() -> None:
    from supportdesk.tone.words import word_run_mark

    assert word_run_mark(re.compile(r"\b\w+n't\b")) == "n't"
    assert word_run_mark(re.compile(r"(?<!\w)[^\W_]+-(?:mi|ne)")) == "-"
    for source in (r"\w*n't", r"\w{2,5}n't", r"(?i)\w+n't", r"\d+n't", r"\w+\s", r"\w+"):
        assert word_run_mark(re.compile(source)) is None, source


def test_leak_finders_added_in_spd16_find_what_the_patterns_find() -> None:
    """pasted's extension pattern and register's verb-form tails, now read through
    `words.finder`: the patterns' own matches on every labelled text."""
    from supportdesk.tone.pasted import _EXTENSION
    from supportdesk.tone.register import _RO_2PL_TAIL, _RU_2PL_TAIL, _RU_2SG_TAIL
    from supportdesk.tone.words import finder

    for pattern in (_EXTENSION, _RO_2PL_TAIL, _RU_2PL_TAIL, _RU_2SG_TAIL):
        for text in TEXTS:
            for t in (text, fold(text)):
                want = [m.regs for m in pattern.finditer(t)]
                assert [m.regs for m in finder(pattern).finditer(t)] == want, (
                    pattern.pattern,
                    t[:60],
                )
