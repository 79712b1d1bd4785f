"""The spd18 shortcut (issue 8: lint of a 2,000-character draft within its budget): a
pattern is tried only where one of its opening words starts (`words.opening_words`,
found for every pattern in one Aho-Corasick pass, `words.opened`), and still gives
exactly the matches its own search gives — the R1/R6 tone rules and the R5 leak
detectors lose nothing. Speed is measured by bench/lint_callgrind.py, never here."""

from __future__ import annotations

import re

import pytest

from supportdesk.tone import builtin_packs
from supportdesk.tone.packs import Matcher
from supportdesk.tone.words import _MAX_STARTS, OPENING_WORDS, finder, fold, opening_words
from tests.test_tone_speed import TEXTS, _engine_patterns

# Drafts long enough for the shortcut (it serves texts over 200 characters): the
# labelled texts joined by blank lines, ~2,000 characters each, in every language and in
# capitals too (case-insensitive patterns read the lower case)
_JOINED: list[str] = []
_draft = ""
for _text in TEXTS:
    _draft += _text + "\n\n"
    if len(_draft) >= 2000:
        _JOINED.append(_draft)
        _draft = ""
LONG = _JOINED[::5] + [t.upper() for t in _JOINED[::40]]


def test_long_drafts_cover_every_language() -> None:
    cyrillic = [t for t in LONG if re.search("[а-я]", t)]
    romanian = [t for t in LONG if re.search("[ășțî]", t)]
    assert len(LONG) > 60 and cyrillic and romanian


# The two checks below run every pattern over every long draft: minutes of CPU each.
# Each runs as SHARDS tests (every SHARDS-th pattern) so that pytest-xdist spreads them
# (tests/conftest.py RUN_FIRST starts them first); together they still check every
# pattern on every draft, and the counts of patterns with opening words are their own
# tests.
SHARDS = 6


def _detector_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return _engine_patterns(True) + _engine_patterns(False)


def test_most_detector_patterns_have_opening_words() -> None:
    assert sum(finder(p).words is not None for _, p in _detector_patterns()) > 50


@pytest.mark.parametrize("shard", range(SHARDS))
def test_detector_finders_find_what_the_patterns_find_in_long_drafts(shard: int) -> None:
    """R5: every leak detector pattern through `words.finder` (opening words or not), on
    whole drafts and in windows of them (`leakfinding.hinted`), gives its own matches
    (this shard's patterns)."""
    for name, pattern in _detector_patterns()[shard::SHARDS]:
        found = finder(pattern)
        for text in LONG:
            want = [m.regs for m in pattern.finditer(text)]
            assert [m.regs for m in found.finditer(text)] == want, (name, text[:60])
            lo, hi = len(text) // 3, len(text) // 3 + 300
            want = [m.regs for m in pattern.finditer(text, lo, hi)]
            assert [m.regs for m in found.finditer(text, lo, hi)] == want, (name, text[:60])


def _pack_patterns() -> list[tuple[str, Matcher, int]]:
    """(language, matcher, index) of every pattern of the built-in packs' rules and
    lexicons."""
    out: list[tuple[str, Matcher, int]] = []
    for code, lang in builtin_packs().languages.items():
        matchers = [r.matcher for r in lang.rules.values()] + list(lang.lexicons.values())
        for matcher in matchers:
            out += [(code, matcher, i) for i in range(len(matcher.patterns))]
    return out


def test_most_pack_patterns_have_opening_words() -> None:
    assert sum(matcher.words[i] is not None for _, matcher, i in _pack_patterns()) > 100


@pytest.mark.parametrize("shard", range(SHARDS))
def test_pack_patterns_find_what_the_patterns_find_in_long_drafts(shard: int) -> None:
    """R1/R6 and every other pack rule: each pattern of the built-in packs, run as a lint
    runs it (`Matcher._run` on the folded draft), finds the spans its own finditer finds
    (this shard's patterns)."""
    folded = [fold(text) for text in LONG]
    for code, matcher, i in _pack_patterns()[shard::SHARDS]:
        pattern = matcher.patterns[i]
        group = "hit" if "hit" in pattern.groupindex else 0
        for text in folded:
            found: list[tuple[int, int]] = []
            matcher._run(i, text, found)
            want = [m.span(group) for m in pattern.finditer(text)]
            assert found == [s for s in want if s[1] > s[0]], (code, pattern.pattern)


@pytest.mark.parametrize(
    ("source", "words"),
    [
        (r"\b(?:today|tomorrow)\b", {"today", "tomorrow"}),  # en
        (r"(?<!\w)(?:nu|n-)\s*(?:pot|vreau)", {"nu", "n-"}),  # ro
        # ru, lowered: "ᲂ" (U+1C82) shares "о"'s upper case, so the engine matches it too
        (r"(?i)\bпароль\w*", {"пароль", "пар\u1c82ль"}),
        (r"(?i)(?:\bMr|Dr)\.", {"mr.", "dr."}),  # lowered, with what follows the group
        (r"(?:^|\n)no\b", {"no", "\nno"}),  # "^" opens nothing: the word follows
    ],
)
def test_opening_words(source: str, words: set[str]) -> None:
    assert opening_words(re.compile(source)) == words


@pytest.mark.parametrize(
    "source",
    [
        r"(?i:bearer)\s+\w+",  # a case-sensitive pattern with a case-insensitive group
        r"\bcalm\b|\w+ly",  # a branch opens with a class
        r"(a)\1b",  # a back reference
        r"a?bc",  # "b" alone opens a match
        r"(?:x|yy)z",  # too short: "xz" is fine, but only after the whole branch
    ],
)
def test_opening_words_declines(source: str) -> None:
    words = opening_words(re.compile(source))
    assert words is None or all(len(w) >= 2 for w in words)
    if source.startswith("(?i:"):
        assert words is None


def test_many_candidates_fall_back_to_the_search() -> None:
    """Past `_MAX_STARTS` candidates the pattern's own search is used: the same matches
    (en, ro, ru words repeated)."""
    for source, word in (
        (r"\bthe\s+(?:agent|manager)\b", "the "),
        (r"(?<!\w)nu\s+(?:pot|vreau)\b", "nu "),
        (r"(?<!\w)не\s+(?:могу|хочу)\b", "не "),
    ):
        pattern = re.compile(source)
        text = (word + "x. ") * (_MAX_STARTS + 5) + word + "agent " + word + "pot " + word + "могу"
        want = [m.regs for m in pattern.finditer(text)]
        assert [m.regs for m in finder(pattern).finditer(text)] == want
        assert opening_words(pattern) is not None
        assert OPENING_WORDS.positions(text)  # registered by the finder
