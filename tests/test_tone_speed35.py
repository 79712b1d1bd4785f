"""The spd35 shortcut (issue 8: lint of a 2,000-character draft within its budget): a
pattern of so many branches that its whole openings are too many (weaknesses._FLAW: ~80
branches in en, ro and ru, each Cyrillic letter in the variants a caseless cover gives
it) gets a window trie of its openings' first letters (`words.Finder.near` through
`opening_words(..., longest=...)`), where it had none and was tried at every position of
each window. Shown here to change no match; speed is measured by bench/lint_callgrind.py,
never here. test_tone_speed23 checks every window trie's matches on every draft."""

from __future__ import annotations

import re

import pytest

from supportdesk.tone.weaknesses import _FLAW, weaknesses
from supportdesk.tone.words import _NEAR_OPENING, finder, opening_words, openings
from tests.test_tone_speed import TEXTS


def test_the_many_branched_pattern_gets_a_window_trie() -> None:
    """_FLAW's whole openings are too many; their first letters are not."""
    assert opening_words(_FLAW, shortest=1) is None
    cut = opening_words(_FLAW, shortest=1, longest=_NEAR_OPENING)
    assert cut is not None and all(1 <= len(w) <= _NEAR_OPENING for w in cut)
    assert finder(_FLAW).near is not None


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)\b(?:never|don'?t)\s+expire|(?<!\w)оста(?:ются|ётся)\s+оба",
        r"\bcancel\w*\s+after|\bdo\s+not\s+share",
        r"(?:abc|abd)(?:ef|eg)?x",
    ],
)
def test_cut_openings_are_prefixes_of_the_whole_ones(pattern: str) -> None:
    """Each cut opening is the start of a whole one, and each whole one starts with a
    cut one: the cut set still holds the start of every match."""
    compiled = re.compile(pattern)
    whole = opening_words(compiled, shortest=1)
    assert whole is not None
    for longest in (1, 2, 3, 5):
        cut = opening_words(compiled, shortest=1, longest=longest)
        assert cut is not None and all(len(w) <= longest for w in cut)
        assert all(any(w.startswith(c) for w in whole) for c in cut)
        assert all(any(w.startswith(c) for c in cut) for w in whole)


def test_openings_without_a_cut_are_unchanged() -> None:
    """`longest=0` is the old answer: the patterns that had openings keep them."""
    import re._parser as parser

    items = list(parser.parse(r"abc(?:de|fg)h").data)
    assert openings(items, 32, past=True) == openings(items, 32, past=True, longest=0)
    assert openings(items, 32, past=True)[0] == {"abcdeh", "abcfgh"}
    assert openings(items, 32, past=True, longest=4)[0] == {"abcd", "abcf"}


def test_window_trie_finds_what_the_pattern_finds() -> None:
    """R5: in windows and whole texts, _FLAW through its finder gives its own matches."""
    found = finder(_FLAW)
    hits = 0
    for text in TEXTS:
        want = [m.regs for m in _FLAW.finditer(text)]
        assert [m.regs for m in found.finditer(text)] == want, text[:60]
        hits += len(want)
        for lo in range(0, len(text), 97):
            want = [m.regs for m in _FLAW.finditer(text, lo, lo + 230)]
            assert [m.regs for m in found.finditer(text, lo, lo + 230)] == want
    assert hits > 10


def test_weaknesses_still_found() -> None:
    """R5: the family's findings in each language, through the window trie."""
    for text in (
        "Between us, our reset links don't actually expire, so any of the old ones still works.",
        "Linkurile de resetare nu expiră, deci oricine are unul vechi poate intra.",
        "Ссылки для сброса не сгорают, так что любая старая тоже работает.",
    ):
        kinds = {leak.kind for leak in weaknesses(text)}
        assert kinds == {"internal-info"}, text


def test_whole_draft_searches_through_finders_find_the_same() -> None:
    """R5: the whole-draft searches moved to their finders (persons._booked_under's
    booking word and name after "under", bypasses' override code) give the patterns' own
    matches on every text and on drafts joined from them."""
    from supportdesk.tone.bypasses import _ANY_CODE
    from supportdesk.tone.persons import _BOOKING_NEAR, _UNDER_NAME

    joined = ["\n\n".join(TEXTS[i : i + 12]) for i in range(0, len(TEXTS), 12)]
    found = 0
    for pattern in (_ANY_CODE, _BOOKING_NEAR, _UNDER_NAME):
        for text in (*TEXTS, *joined):
            want = [m.regs for m in pattern.finditer(text)]
            assert [m.regs for m in finder(pattern).finditer(text)] == want, text[:60]
            found += len(want)
    assert found > 10
