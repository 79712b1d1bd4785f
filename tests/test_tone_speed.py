"""The lint's shortcuts (issue 8: a 2,000-character draft linted within its few
milliseconds) give the very results of the slow ways they replace: folding, the prefix
trie, the candidate copies of regexes (`words.fast_form`) and the lowered-text cache.
Speed itself is measured by bench/tone_eval.py, never asserted here."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from supportdesk.tone.leakfinding import lowered
from supportdesk.tone.phrases import prefix_matcher
from supportdesk.tone.words import _FOLD, fast_form, fold, scan

DATA = Path(__file__).parent / "data" / "tone"


# A fixed number of labelled texts, spread evenly over every file (so every split,
# language and kind of case stays in): the equivalence checks below no longer grow with
# each new labelled set. A shortcut that differs from its pattern differs on a kind of
# text, not on one text: the checks have always run on every pattern, which is where a
# fault would be. History: every text (to the fifteenth session, 20,606 texts, about half
# the suite's CPU), every 3rd, then every 4th in the sixteenth session (5,651 texts: four
# more sets had brought the clean-clone suite to 10m14s on two cores); from the
# seventeenth session a budget of that size, whatever the number of sets; 3,600 from the
# twenty-first (the suite had grown to 12.5 minutes on a slow two-core machine, these
# checks and those built on TEXTS about a fifth of its CPU).
BUDGET = 3600


def _texts() -> list[str]:
    """BUDGET labelled texts, evenly spaced over all files in name order, plus edge
    cases: empty, one character, capitals."""
    every: list[str] = []
    for path in sorted(DATA.glob("*.jsonl")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        every += [json.loads(line)["text"] for line in lines]
    step = max(1.0, len(every) / BUDGET)
    out = [every[int(i * step)] for i in range(min(BUDGET, len(every)))]
    return [*out, *(t.upper() for t in out[:200]), "", ".", "\n", "no", "ΣΊΣΥΦΟΣ İstanbul ſ"]


TEXTS = _texts()


def test_fold_is_the_translation_table() -> None:
    """`fold` by str.replace gives what str.translate with the table gives."""
    every = "".join(chr(k) for k in _FOLD) + "ĂÂÎȘŞȚŢЁ"
    for text in [every, every.upper(), *TEXTS[:500]]:
        low = text.lower()
        if len(low) != len(text):
            low = "".join(c.lower()[:1] for c in text)
        assert fold(text) == low.translate(_FOLD)


def test_lowered_is_lower_of_the_text_asked_for() -> None:
    a, b = "Ana ŞI Ion", "ПАРОЛЬ"
    assert lowered(a) == a.lower()
    assert lowered(b) == b.lower()
    assert lowered(a) == a.lower()
    assert lowered(a + "") == a.lower()


def test_prefix_trie_matches_exactly_the_words_with_a_prefix() -> None:
    prefixes = ["prost", "pro", "idiot", "неуд", "не", "a-b", "x.y", ""]
    matcher = prefix_matcher(prefixes)
    assert matcher is not None
    words = ["prost", "pr", "protest", "idio", "idiotic", "неудача", "нет", "н", "a-bc", "xzy"]
    for word in words:
        want = any(p and word.startswith(p) for p in prefixes)
        assert bool(matcher.match(word)) == want, word
    assert prefix_matcher(["", ""]) is None


PATTERNS = [
    r"\b\d{1,2}(?::\d\d)?\s?(?:am|pm|h)\b",
    r"(?:^|[.!?]\s+|\n)(?P<hit>no|nu|нет)\s*[.!,]",
    r"(?<![\w'])(?P<hit>im|ive|dont)(?!\w)",
    r"(?<!nu )(?<!n-)\b(?P<hit>inteleg|stiu)",
    r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)",
    r"(?<![\w.-])(?:\d[ -]?){12,18}\d(?![\w-])",
    r"(?<!\w)[A-ZĂÂÎȘȚА-ЯЁ]{3,}(?!\w)",
    r"\bwill (?:tell|let|send)\b",
    r"(?:ab)+c",
    r"(?i)\b(?:password|parola)\b",
]


@pytest.mark.parametrize("source", PATTERNS)
def test_scan_through_the_fast_form_finds_what_finditer_finds(source: str) -> None:
    """R5 and the tone rules lose no match to the shortcut: at every candidate of the
    copy the pattern itself decides, and the copy matches wherever the pattern does."""
    pattern = re.compile(source)
    fast, at_start = fast_form(pattern)
    for text in TEXTS:
        for t in (text, fold(text)):
            want = [m.span() for m in pattern.finditer(t)]
            got = (
                list(pattern.finditer(t))
                if fast is None
                else list(scan(pattern, fast, t, at_start))
            )
            assert [m.span() for m in got] == want, (source, t[:60])


def test_fast_form_declines_what_it_cannot_copy_safely() -> None:
    # a back reference, an empty match, a word-character opening (slower without "\b")
    for source in (r"(a)\1", r"x*", r"\b\w+n't\b", r"^hello"):
        assert fast_form(re.compile(source)) == (None, False), source
    assert fast_form(re.compile(r"(?:^|\n)no"))[1] is True


def test_lower_case_is_what_the_regex_engine_compares() -> None:
    """What `words.caseless_copy` rests on, for every code point: `str.lower()` of one
    character is one character (but "İ"), the regex engine's own lower case, and it
    keeps a character a word character, digit or space exactly when it was one."""
    import _sre

    chars = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    single = []
    for c in chars:
        low = c.lower()
        if len(low) != 1:
            assert c == "İ"
            continue
        assert ord(low) == _sre.unicode_tolower(ord(c)), hex(ord(c))
        assert low == c or _sre.unicode_iscased(ord(low)), hex(ord(c))
        single.append(c)
    text = "".join(single)
    low = text.lower()
    for category in (r"\w", r"\d", r"\s", r"\n"):
        found = [m.start() for m in re.finditer(category, text)]
        assert found == [m.start() for m in re.finditer(category, low)], category
    # the one letter lower() changes by its place: final sigma; the engine treats σ and
    # ς alike wherever it compares case-insensitively
    assert "ΑΣ".lower() == "ας" and re.fullmatch("(?i)σ", "ς") and re.fullmatch("(?i)ς", "σ")


def _engine_patterns(case_insensitive: bool) -> list[tuple[str, re.Pattern[str]]]:
    import importlib

    from supportdesk.tone import (
        analyze,
        disclosures,
        exposures,
        leakfinding,
        persons,
        register,
        secrets,
    )

    lint = importlib.import_module("supportdesk.tone.lint")  # the package exports lint()
    out = []
    for module in (secrets, persons, disclosures, exposures, leakfinding, analyze, register, lint):
        for name, value in vars(module).items():
            found = []
            if isinstance(value, re.Pattern):
                found = [(name, value)]
            elif isinstance(value, list) and all(
                isinstance(v, tuple) and len(v) == 2 and isinstance(v[1], re.Pattern) for v in value
            ):
                found = [(f"{name}:{label}", p) for label, p in value]
            out += [
                (f"{module.__name__}.{n}", p)
                for n, p in found
                if bool(p.flags & re.IGNORECASE) == case_insensitive
            ]
    return out


# The two checks below run every detector pattern over every labelled text: ~4 CPU
# minutes together, most of the suite's single longest tests. Each runs as SHARDS tests
# (every SHARDS-th pattern) so pytest-xdist (`python3 dev.py test`) spreads them over the
# cores; together they still check every pattern on every text.
SHARDS = 8


def _each_once(patterns: list[tuple[str, re.Pattern[str]]]) -> list[tuple[str, re.Pattern[str]]]:
    """One entry per pattern object, named by every module name it has: the same compiled
    pattern imported into several detectors ("SENTENCE_START", "RELATION") gives the same
    matches under each name, so it is matched once."""
    names: dict[int, list[str]] = {}
    by_id: dict[int, re.Pattern[str]] = {}
    for name, pattern in patterns:
        names.setdefault(id(pattern), []).append(name)
        by_id[id(pattern)] = pattern
    return [(" = ".join(names[key]), by_id[key]) for key in names]


def test_caseless_copies_are_made_for_all_but_seven() -> None:
    from supportdesk.tone.words import caseless_copy

    patterns = _engine_patterns(case_insensitive=True)
    assert len(patterns) > 50
    copied = sum(caseless_copy(pattern) is not None for _, pattern in patterns)
    # six need scoped flags (persons._YOU_PAY's case-sensitive "I", leak17a) and stay as
    # is; so does lint._LABEL_VERB since spd24 (its capitals scoped case-sensitive, the rest
    # caseless, searched through its own Finder)
    assert copied >= len(patterns) - 7
    assert caseless_copy(re.compile(r"(?i)ab(?-i:C)")) is None  # scoped flags: as is
    assert caseless_copy(re.compile(r"abc")) is None


@pytest.mark.parametrize("shard", range(SHARDS))
def test_caseless_copies_match_as_the_patterns_do(shard: int) -> None:
    """Every case-insensitive pattern of the detectors and its copy: the same matches
    and groups, on every labelled text, in capitals too (this shard's patterns)."""
    from supportdesk.tone.words import caseless_copy

    for name, pattern in _each_once(_engine_patterns(case_insensitive=True))[shard::SHARDS]:
        copy = caseless_copy(pattern)
        if copy is None:
            continue
        for text in TEXTS:
            low = text.lower()
            if len(low) != len(text):
                continue
            want = [(m.span(), m.regs) for m in pattern.finditer(text)]
            assert [(m.span(), m.regs) for m in copy.finditer(low)] == want, (name, text[:60])


@pytest.mark.parametrize("shard", range(SHARDS))
def test_finders_find_what_the_patterns_find(shard: int) -> None:
    """`words.finder` of each detector pattern (case-insensitive or not) gives the
    pattern's own matches, also within windows (`leakfinding.hinted`); this shard's
    patterns."""
    from supportdesk.tone.words import finder

    patterns = _each_once(_engine_patterns(True) + _engine_patterns(False))
    for name, pattern in patterns[shard::SHARDS]:
        found = finder(pattern)
        for text in TEXTS[::7]:
            want = [m.regs for m in pattern.finditer(text)]
            assert [m.regs for m in found.finditer(text)] == want, (name, text[:60])
            lo, hi = len(text) // 4, len(text) // 4 + 90
            want = [m.regs for m in pattern.finditer(text, lo, hi)]
            assert [m.regs for m in found.finditer(text, lo, hi)] == want, (name, text[:60])
