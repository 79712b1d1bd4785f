"""Tokens of a text, folded and stemmed once, for matching rule phrases.

Why stems: rude wording comes inflected ("calmează-te", "calmați-vă"; "виноват",
"виноваты"), so the rule packs are written once per lemma and matched through the
Snowball stemmer of the language. Why folding: customers and agents type Romanian
without diacritics ("gresit" for "greșit") and Russian with "е" for "ё", so both the
text and the pack phrases are folded the same way before stemming. Stems are cached per
word for the whole process: a draft being typed is re-linted on every pause, and each
distinct word is stemmed once. Why PyStemmer first: it runs the same Snowball algorithms
in C (identical stems), about ten times faster than pure-Python snowballstemmer, which
keeps a lint of a never-seen 2,000-character draft within its few milliseconds;
snowballstemmer stays the fallback where the C extension is not installed.
"""

from __future__ import annotations

import _sre
import copy as _copy
import re
import re._casefix as _re_casefix
import re._compiler as _re_compiler
import re._constants as _rc
import re._parser as _re_parser
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

import snowballstemmer

from supportdesk.tone.substrings import Substrings

try:  # the C build of the same Snowball stemmers; optional (see the module docstring)
    import Stemmer as _cstemmer
except ImportError:  # pragma: no cover - depends on the installation
    _cstemmer = None

_STEMMER_NAMES = {"en": "english", "ro": "romanian", "ru": "russian"}
_FOLD = str.maketrans(
    {
        "ă": "a", "â": "a", "î": "i", "ș": "s", "ş": "s", "ț": "t", "ţ": "t",
        "ё": "е", "’": "'", "ʼ": "'", "`": "'",
    }
)  # fmt: skip
# the same mapping as (from, to) pairs for `fold`: `str.translate` with a dict looks each
# character of a non-ASCII text up one by one (~150 µs for a 2,000-character Romanian or
# Russian draft); a `str.replace` per character that occurs is a C scan (~10 µs). Every
# target ("a", "i", "s", "t", "е", "'") is no source, so the order of the replacements
# does not matter and the result is `translate`'s.
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())
# The letters `fold` replaces, in either case, for a pattern that will run on folded text
# (packs._regexes): quotation marks are not in it, since a class such as [^’] means the same
# on folded text and folding it would not.
PATTERN_FOLD = str.maketrans({c: v for s, v in _FOLD_PAIRS if v.isalpha() for c in (s, s.upper())})
# Words: letters and digits, with inner apostrophes ("don't", "n-ai" splits on "-").
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*", re.UNICODE)
# A sentence ends at . ! ? ; or a blank line (an ellipsis "..." does not end one: it is
# a pause, "as I... already said"); tokens never match across a sentence end.
_SENTENCE_END = re.compile(r"(?:[!?;]+|(?<!\.)\.(?!\.))(?=\s|$)|\n\s*\n")
# `_SENTENCE_END` opening with the class of its first characters, each branch checking
# its own by a lookbehind (as `_class_first` rewrites a pattern): the same matches, found
# in one C call (the engine skips to the class), not a `scan` step per "." or line break
_SENTENCE_END_FAST = re.compile(
    r"[!?;.\n](?:(?<=[!?;])[!?;]*(?=\s|$)|(?<=\.)(?<!\.\.)(?!\.)(?=\s|$)|(?<=\n)\s*\n)"
)
_CACHE_LIMIT = 200_000


def scan(
    pattern: re.Pattern[str],
    fast: re.Pattern[str],
    text: str,
    at_start: bool = False,
    pos: int = 0,
    endpos: int | None = None,
    seen: str | None = None,
) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text, pos, endpos)` gives, found through `fast`
    (a copy of the pattern that matches wherever it does and more, `fast_form`): at
    each candidate position the pattern itself must match. Python's regex engine
    tries a pattern that starts with a lookbehind, "\b" or an alternation at every
    position; `fast`, starting with a letter or a character class, skips to the few
    positions worth trying. `at_start`: the pattern may also match at position 0 where
    `fast` does not (a "^" alternative `fast_form` took out), so that one is tried too.
    `seen`: the text `fast` reads, when not `text` itself (its lower case, for the
    copy `caseless_copy` makes; the same length, so positions are the same)."""
    if endpos is None:
        endpos = len(text)
    if seen is None:
        seen = text
    if at_start and pos == 0:
        first = pattern.match(text, 0, endpos)
        if first is not None:
            yield first
            pos = first.end() if first.end() > 0 else 1
    search, match = fast.search, pattern.match
    while True:
        candidate = search(seen, pos, endpos)
        if candidate is None:
            return
        m = match(text, candidate.start(), endpos)
        if m is None:
            pos = candidate.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


# The opening words (`opening_words`) of every pattern a `Finder` or a pack rule looks
# for, found in one pass over a text: a pattern is then tried only where one of its words
# starts (`opened`), not searched for over the whole draft (~100 searches a lint of ~20 µs
# each, most of them finding nothing or once)
OPENING_WORDS = Substrings()
# more candidates than this and the pattern's own search is the cheaper way: each
# candidate is a `match` called from Python (~0.5 µs), a search reads ~100 characters a µs
_MAX_STARTS = 40


# (the positions `OPENING_WORDS` gave for one text, each pattern's words -> where they
# start): a detector asks about the same pattern in window after window of one draft
# (pasted._staff_pay once per sentence), and merging the word lists anew each time made a
# 1 MB draft quadratic (tests/test_tone_cli_limits.py). Replaced whole, never changed in
# place for another text, so threads linting at once each read their own text's merges.
_MERGED: tuple[object, dict[frozenset[str], list[int]]] = (None, {})


def opened(words: frozenset[str], seen: str, pos: int, endpos: int) -> list[int] | None:
    """The positions in [pos, endpos) where one of `words` (registered in
    `OPENING_WORDS`) starts in `seen`, ascending and each once; None when there are more
    than `_MAX_STARTS` of them."""
    global _MERGED
    where = OPENING_WORDS.positions(seen)
    merged = _MERGED
    if merged[0] is not where:
        merged = _MERGED = (where, {})
    found = merged[1].get(words)
    if found is None:
        present = where.found & words  # in C; most patterns' words are not in the draft
        if not present:
            found = []
        elif len(present) == 1:
            found = where[present.pop()]
        else:  # "mr" and "mrs" start at the same place
            found = sorted(set().union(*map(where.__getitem__, present)))
        merged[1][words] = found
    if not found:
        return []
    if pos > 0 or endpos < len(seen):
        found = found[bisect_left(found, pos) : bisect_left(found, endpos)]
    return found if len(found) <= _MAX_STARTS else None


def at_starts(
    pattern: re.Pattern[str], text: str, starts: list[int], endpos: int
) -> Iterator[re.Match[str]]:
    """The matches `scan` gives, for a pattern every match of which starts at one of
    `starts` (ascending, `opened`): the pattern is tried at each of them, from the end
    of its last match on, as `scan` tries its candidates."""
    match = pattern.match
    pos = 0
    for at in starts:
        if at < pos:
            continue  # inside the last match
        m = match(text, at, endpos)
        if m is not None:
            yield m
            pos = m.end() if m.end() > at else at + 1


def through(pattern: re.Pattern[str], text: str, marks: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match holds one of the
    positions `marks` (ascending), with only letters, digits and "_%+.-" from the match's
    start to that mark: a host name holds a dot before a letter ("db.corp.local"), a
    bare server name one of its infrastructure words ("billing-db-01"). Only the run of
    such characters before each mark is tried, each position once, in finditer's order
    and without overlaps; a pattern that opens with a letter class and a lookbehind is
    otherwise tried at nearly every position of the draft (~0.2 ms each)."""
    pos = done = 0  # after the last match; every position before `done` was tried
    for at in marks:
        if at < pos:
            continue  # inside the last match
        lo = max(pos, done)
        start = at
        while start > lo and (text[start - 1].isalnum() or text[start - 1] in "_%+.-"):
            start -= 1
        done = at + 1
        for p in range(start, at + 1):
            m = pattern.match(text, p)
            if m is not None:
                yield m
                pos = done = max(m.end(), p + 1)
                break


# the last text lowered and its lower case: the leak detectors and the case-insensitive
# patterns of a lint all ask for the same draft's (a non-ASCII 2,000-character draft
# costs ~12 µs each time)
_LOWERED: tuple[str, str] = ("", "")


def lowered(text: str) -> str:
    """`text.lower()`, computed once for the draft all the detectors are reading: the
    cache holds one text, compared by identity (a `str` never changes). A short text (a
    sentence or a window a detector looks at, `SHORT`) is lowered as it is and leaves
    the draft's entry in place: it used to push the draft out, and every detector after
    it lowered the whole draft again (up to ten times a lint)."""
    global _LOWERED
    last = _LOWERED
    if last[0] is text:
        return last[1]
    low = text.lower()
    if len(text) > SHORT:
        _LOWERED = (text, low)
    return low


class Finder:
    """`pattern.finditer` and `search` with the shortcuts above: a case-insensitive
    pattern is looked for through its exact copy on the lowered text
    (`caseless_copy`), and either through a copy the engine skips ahead with
    (`fast_form`); at each candidate the pattern itself gives the match, so the
    results are the pattern's own. Built once per pattern (`finder`)."""

    __slots__ = ("at_start", "caseless", "fast", "near", "pattern", "starts", "words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        # the exact copy, else one that matches wherever the pattern does and maybe more
        # (`caseless_cover`): `scan` only looks for candidates with it
        copy = caseless_copy(pattern) or caseless_cover(pattern)
        fast, at_start = fast_form(copy or pattern)
        if fast is None and (copy is not None or not pattern.flags & re.IGNORECASE):
            fast = openings_form(pattern)  # the words every match opens with
        if fast is None and copy is not None and not _nullable(pattern):
            fast = copy  # exact on the lowered text, and case-sensitive: faster as it is
        self.fast, self.at_start, self.caseless = fast, at_start, copy is not None
        # the words every match opens with, on the text `fast` reads (`opened`)
        words = opening_words(pattern) if copy is not None or not pattern.flags & re.I else None
        if words is not None:
            OPENING_WORDS.add(words)
        self.words = words
        # no words of two letters: its openings with the one-letter words too ("a", "e",
        # "в"), as a trie on the lowered text, for a window (`_NEAR`): spd23. Only for a
        # caseless copy (a copy of every branch, which the engine enters at every
        # position); a case-sensitive pattern's `fast_form` already skips ahead
        self.near: re.Pattern[str] | None = None
        if words is None and fast is not None and copy is not None:
            loose = opening_words(pattern, shortest=1) or opening_words(
                pattern, shortest=1, longest=_NEAR_OPENING
            )
            if loose is not None:
                from supportdesk.tone.phrases import prefix_matcher  # it imports this module

                self.near = prefix_matcher(loose)
        # where its matches can start, given by the module that knows the pattern
        # (`start_at`); None: worked out from the pattern as above
        self.starts: Starts | None = None

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        if self.fast is None:
            return self.pattern.finditer(text, pos, end)
        seen = text
        if self.caseless:
            # a short text (a few words before a name) is lowered as it is: the cache
            # keeps the draft's lower case, which every detector reads
            seen = lowered(text) if len(text) > SHORT else text.lower()
            if len(seen) != len(text):  # "İ" lowers to two characters
                return self.pattern.finditer(text, pos, end)
        if self.starts is not None:
            return at_starts(self.pattern, text, self.starts(seen, pos, end), end)
        if self.words is not None and len(text) > SHORT:  # a short text: a short search
            starts = opened(self.words, seen, pos, end)
            if starts is not None:
                return at_starts(self.pattern, text, starts, end)
        if self.near is not None and end - pos <= _NEAR:
            return scan(self.pattern, self.near, text, self.at_start, pos, end, seen)
        return scan(self.pattern, self.fast, text, self.at_start, pos, end, seen)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


SHORT = 200
# How long a window `Finder.near` serves: the windows a detector searches around its
# hint words (leakfinding.hinted, ~80-130 characters) or a sentence. A pattern of dozens
# of branches each opening with "\b" (backstage._UNANNOUNCED: ~40) was entered branch by
# branch at each position of the window (~1 µs a character); its openings' trie lets the
# engine skip to their first letters, and the pattern is tried where one of them starts.
# In a whole draft a one-letter opening ("a", "e") starts too often for that to pay.
_NEAR = 400
# How many first letters of its openings `Finder.near` takes when the whole openings are
# too many (`openings`' `longest`): weaknesses._FLAW, ~80 branches in three languages,
# had no trie and was tried at every position of each window (~1 ms a lint, spd35)
_NEAR_OPENING = 3


class Starts(Protocol):
    """Every position in [pos, endpos) of `seen` (the text a `Finder` reads: the lower
    case for a case-insensitive pattern) where a match of the pattern may start,
    ascending; more are harmless (the pattern is tried there and fails)."""

    def __call__(self, seen: str, pos: int, endpos: int) -> list[int]: ...


def start_at(pattern: re.Pattern[str], starts: Starts) -> None:
    """Have `pattern`'s `Finder` try it only at `starts`' positions (`at_starts`): for
    a pattern none of the forms above serves, whose every match opens at a few kinds of
    places a module can list cheaply (backoffice._NOTE: a line's start, a bracket, "//"
    or "p.s."), where the engine entered it at each position (spd24)."""
    finder(pattern).starts = starts


# Filed by the pattern's id, not the pattern: a compiled pattern does not keep its hash,
# and hashing one hashes its whole compiled code (~1% of a lint, at several hundred
# `finder` calls). The Finder holds its pattern, so that id is never reused meanwhile.
_FINDERS: dict[int, Finder] = {}


def finder(pattern: re.Pattern[str]) -> Finder:
    """The `Finder` of `pattern`, built on first use (parsing and compiling its copies
    costs about a millisecond; most patterns of the leak search are never needed)."""
    found = _FINDERS.get(id(pattern))
    if found is None or found.pattern is not pattern:
        found = _FINDERS[id(pattern)] = Finder(pattern)
    return found


def _nullable(pattern: re.Pattern[str]) -> bool:
    try:
        return bool(_re_parser.parse(pattern.pattern, pattern.flags).getwidth()[0] == 0)
    except Exception:
        return True


_MAX_OPENINGS = 32
_ZERO_WIDTH = frozenset({_rc.ASSERT, _rc.ASSERT_NOT, _rc.AT})
_REPEATS = frozenset({_rc.MAX_REPEAT, _rc.MIN_REPEAT})


def openings(
    items: list[Any], limit: int = _MAX_OPENINGS, past: bool = False, longest: int = 0
) -> tuple[set[str], bool]:
    """Strings one of which every match of `items` starts with (its first fixed
    characters: literals, small literal classes, optional parts, alternatives), and
    whether they are the whole match (so what follows extends them). Zero-width tests
    are passed over: they consume nothing. At most `limit` strings: past that, the
    shorter ones found so far. `past`: an optional part that is not all fixed ("(?:un\\s+)?
    alt…") gives its own opening or, when skipped, the openings of what follows ("un",
    "alt"), not the empty string. `longest` (when not 0): no string longer than that,
    each cut there (a prefix of a match's opening is one too); what a pattern of many
    branches needs, whose whole openings are too many ("остаются|остаётся|…", each in
    the variants a caseless cover gives its letters), while their first few letters are
    few and still leave most positions out."""
    out = {""}
    for i, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        if op is _rc.LITERAL:
            opts, whole = {chr(av)}, True
        elif op is _rc.IN and av and all(o is _rc.LITERAL for o, _ in av):
            opts, whole = {chr(c) for _, c in av}, True
        elif op is _rc.SUBPATTERN:
            opts, whole = openings(list(av[-1]), limit, past, longest)
        elif op is _rc.BRANCH:
            subs = [openings(list(b), limit, past, longest) for b in av[1]]
            opts = set().union(*(o for o, _ in subs))
            whole = all(w for _, w in subs)
        elif op in _REPEATS and av[0] == 0 and av[1] == 1:
            opts, whole = openings(list(av[2]), limit, past, longest)
            if past and not whole:  # this part's opening, or what follows it
                after = openings(items[i + 1 :], limit, past, longest)[0]
                joined = _cut({p + o for p in out for o in opts | after}, longest)
                return (joined, False) if len(joined) <= limit else (out, False)
            opts = opts | {""}
        elif op in _REPEATS and av[0] >= 1:  # one copy at least; more may follow
            opts, whole = openings(list(av[2]), limit, past, longest)[0], False
        else:
            return out, False
        joined = _cut({p + o for p in out for o in opts}, longest)
        if len(joined) > limit:
            return out, False
        out = joined
        if not whole or (longest and any(len(o) >= longest for o in out)):
            return out, False
    return out, True


def _cut(strings: set[str], longest: int) -> set[str]:
    """`strings` cut to `longest` characters (all of them when 0)."""
    if not longest or all(len(s) <= longest for s in strings):
        return strings
    return {s[:longest] for s in strings}


# how many opening words `openings_form` takes at most (the lowered forms of a word
# multiply: "s" is also "ſ", "i" also "ı")
_MAX_OPENING_WORDS = 512


def openings_form(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a pattern the engine cannot skip ahead with (an alternation whose branches
    each open with "\\b" or a lookbehind: "\\b(?:another|other)\\s+customers?|(?<!\\w)наш…"),
    a regex of the words one of which each of its matches starts with ("another|other|
    наш|…", `opening_words`), written as a trie (`phrases.prefix_matcher`). It matches
    wherever the pattern does (and more), so `scan` can take its positions as
    candidates; the engine skips to the words' first letters and follows one character
    at a time, where the pattern enters every branch at every position. None when some
    match may open with less than two fixed characters."""
    found = opening_words(pattern)
    if found is None:
        return None
    from supportdesk.tone.phrases import prefix_matcher  # phrases imports this module

    return prefix_matcher(found)  # a trie: one character test per letter


def opening_words(
    pattern: re.Pattern[str], shortest: int = 2, longest: int = 0
) -> frozenset[str] | None:
    """The strings, `shortest` characters long at least, one of which every match of
    `pattern` starts with (`openings`), on the text the pattern is looked for in: the
    lowered text for a case-insensitive pattern (as `caseless_cover` lowers it), else the
    text as it is. None when unknown: a match may open with less, a group refers back, or
    a group of a case-sensitive pattern ignores case ("(?i:…)": its other cases open
    matches too)."""
    try:
        flags = pattern.flags
        parsed = _re_parser.parse(pattern.pattern, flags)
        items: list[Any] = list(parsed.data)
        if _refers(items):
            return None
        if flags & re.IGNORECASE:
            if not flags & re.UNICODE or flags & (re.LOCALE | re.ASCII):
                return None
            state = _copy.copy(parsed.state)
            state.flags &= ~re.IGNORECASE
            items = _lowered_items(state, items, cover=True)
        elif _holds(items, lambda op, av: op is _rc.SUBPATTERN and (av[1] | av[2]) & re.I):
            return None
        found, _ = openings(items, _MAX_OPENING_WORDS, past=True, longest=longest)
        if not found or any(len(o) < shortest for o in found):
            return None
        return frozenset(found)
    except Exception:  # CaseError, or a private module's API changed: none known
        return None


# any character, for `first_form`'s one-character lookbehind ("[\\d\\D]": no flag needed)
_ANY_CHAR = (_rc.IN, [(_rc.CATEGORY, _rc.CATEGORY_DIGIT), (_rc.CATEGORY, _rc.CATEGORY_NOT_DIGIT)])
_ZERO_WIDTH_OPS = frozenset({_rc.AT, _rc.ASSERT, _rc.ASSERT_NOT})


def first_form(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a case-sensitive pattern the engine cannot skip ahead with (a lookbehind or
    "\\b", then an alternation whose branches open with a class, a repeat or a
    group: "(?<!\\w)(?P<hit>(?:два|\\d+) раза?|…)", "(?P<hit>[:;]-?\\(+|\\({2,}|☹)"),
    the class of the characters a match can open with, then the whole pattern as a
    lookahead at that character: "[:;(☹](?<=(?=PATTERN)[\\d\\D])". It matches at exactly
    the positions where the pattern does (the lookahead is the pattern, run where it
    would start; the lookbehind steps back over the one character the class took), so
    `scan` tries nothing in Python that fails; the engine skips to the class's
    characters in C, where the pattern itself entered its alternation at every
    position (spd16: ~100 µs for each of a dozen word-list patterns a lint). None when
    a match may open with any letter or word character (no faster), for a pattern that
    may match empty, or one that ignores case (`Finder` passes its exact lower-case
    copy)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _re_parser.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return None
        first = _first_chars(list(parsed.data))
        if first is None or first[1] or not first[0] or not _selective(first[0]):
            return None
        state = parsed.state
        at_char = _re_parser.SubPattern(state, [(_rc.ASSERT, (1, parsed)), _ANY_CHAR])
        items = [(_rc.IN, first[0]), (_rc.ASSERT, (-1, at_char))]
        return _re_compiler.compile(_re_parser.SubPattern(state, items), pattern.flags)
    except Exception:  # a private module's API changed: no such form, the same matches
        return None


def _first_chars(items: list[Any]) -> tuple[list[Any], bool] | None:
    """The class items (literals, ranges, categories) one of which the first character
    of every match of `items` is, and whether `items` may match nothing (then what
    follows may give the first character); None when unknown."""
    out: list[Any] = []
    for op, av in items:
        if op in _ZERO_WIDTH_OPS:
            continue
        if op is _rc.LITERAL:
            out.append((op, av))
            return out, False
        if op is _rc.IN:
            if any(o is _rc.NEGATE for o, _ in av):
                return None
            out.extend(av)
            return out, False
        if op is _rc.SUBPATTERN and av[1] & re.IGNORECASE:
            return None  # "(?i:…)": its letters' other case opens a match too
        if op in (_rc.SUBPATTERN, _rc.ATOMIC_GROUP):
            subs = [av[-1] if op is _rc.SUBPATTERN else av]
        elif op is _rc.BRANCH:
            subs = list(av[1])
        elif op in _REPEATS or op is _rc.POSSESSIVE_REPEAT:
            subs = [av[2]]
        else:
            return None  # any character, a back reference: no class known
        empty = (op in _REPEATS or op is _rc.POSSESSIVE_REPEAT) and av[0] == 0
        for sub in subs:
            found = _first_chars(list(sub.data))
            if found is None:
                return None
            out.extend(found[0])
            empty = empty or found[1]
        if not empty:
            return out, False
    return out, True


def _selective(chars: list[Any]) -> bool:
    """Whether a class of first characters leaves most positions of a draft out: no
    word character, letter range or whitespace category (`_skips`' test, with the
    class that the form will open with)."""
    return all(
        op is _rc.LITERAL
        or (op is _rc.CATEGORY and av is _rc.CATEGORY_DIGIT)
        or (op is _rc.RANGE and (av[1] - av[0] < 10 or _capitals(av)))
        for op, av in chars
    )


# the classes `word_run_mark` takes for a run of word characters: "\\w", "[^\\W_]"
_WORD_CLASSES = (
    [(_rc.CATEGORY, _rc.CATEGORY_WORD)],
    [(_rc.NEGATE, None), (_rc.CATEGORY, _rc.CATEGORY_NOT_WORD), (_rc.LITERAL, ord("_"))],
)


def word_run_mark(pattern: re.Pattern[str]) -> str | None:
    """For a pattern that opens (after "\\b" or lookbehinds) with a run of word
    characters and then fixed text ("\\b\\w+n't\\b", "\\b\\w+-(?:mi|ne)\\b"), that text:
    every match holds it right after a run of word characters, so `through` finds the
    pattern's matches from the text's occurrences ("n't", "-") alone. The engine tried
    such a pattern inside every word (~0.2 ms a draft, spd16). None for any other."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        items = list(_re_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # a private module's API changed: no such shortcut
        return None
    lead = 0
    while lead < len(items) and _zero_width_lead(items[lead]):
        lead += 1
    if lead + 1 >= len(items) or items[lead][0] is not _rc.MAX_REPEAT:
        return None
    low, high, body = items[lead][1]
    if (
        low < 1
        or high is not _rc.MAXREPEAT
        or list(body.data) not in [[(_rc.IN, c)] for c in _WORD_CLASSES]
    ):
        return None
    mark = ""
    for op, av in items[lead + 1 :]:
        if op is not _rc.LITERAL:
            break
        mark += chr(av)
    return mark or None


def occurrences(text: str, mark: str) -> list[int]:
    """Where `mark` starts in `text`, ascending (overlapping ones too)."""
    out = []
    at = text.find(mark)
    while at >= 0:
        out.append(at)
        at = text.find(mark, at + 1)
    return out


# zero-width tests a pattern may open with, which `fast_form` leaves out
_LEAD_AT = frozenset({_rc.AT_BOUNDARY, _rc.AT_NON_BOUNDARY})
_START_AT = frozenset({_rc.AT_BEGINNING, _rc.AT_BEGINNING_STRING})
_REFERS = frozenset({_rc.GROUPREF, _rc.GROUPREF_EXISTS})


def fast_form(pattern: re.Pattern[str]) -> tuple[re.Pattern[str] | None, bool]:
    """A copy of `pattern` to find its candidate positions with (`scan`), and whether
    position 0 must be tried besides; (None, False) when there is none worth having.

    The copy leaves out what the regex engine cannot skip ahead with: the lookbehinds
    and word boundaries the pattern opens with ("(?<![\\w'])", "(?<!nu )\\b"), and the
    "^" alternative of an opening group ("(?:^|[.!?]\\s+|\\n)", which matches at
    position 0 only, so `scan` tries position 0 itself). At any other position the
    pattern runs the very steps of the copy after those zero-width tests, so wherever
    the pattern matches the copy matches too (`scan` then lets the pattern decide). Not
    for a pattern that can match the empty string or refers back to a group (the
    copy could lose what it refers to), nor for a copy with no literal or character
    class to skip ahead to (no faster than the pattern)."""
    try:
        parsed = _re_parser.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0 or _refers(parsed.data):
            return None, False
        data = list(parsed.data)
        lead = 0
        while lead < len(data) and _zero_width_lead(data[lead]):
            lead += 1
        rest = data[lead:]
        at_start = False
        if rest and rest[0][0] is _rc.BRANCH and not parsed.state.flags & re.MULTILINE:
            alternatives = rest[0][1][1]
            kept = [a for a in alternatives if not (a.data and _opens_text(a.data[0]))]
            if len(kept) < len(alternatives):
                if not kept:
                    return None, False
                at_start = True
                opening = [(_rc.BRANCH, (None, kept))] if len(kept) > 1 else list(kept[0].data)
                rest = opening + rest[1:]
        if not rest:
            return None, False
        flags = parsed.state.flags
        items = rest
        # each rewrite matches wherever `items` does (the first two: the same regex)
        for rewrite in (_unrolled, _unrolled, _class_first):
            if _skips(_re_parser.SubPattern(parsed.state, items), flags):
                break
            items = rewrite(parsed.state, items)
        copy = _re_parser.SubPattern(parsed.state, items)
        if not _skips(copy, flags) or (lead == 0 and not at_start and items is rest):
            return None, False  # no faster than the pattern itself
        return _re_compiler.compile(copy, pattern.flags), at_start
    except Exception:  # a private module's API: without it, no copy, the same matches
        return None, False


def candidate_form(pattern: re.Pattern[str]) -> tuple[re.Pattern[str] | None, bool]:
    """`fast_form`, else for a case-sensitive pattern the engine cannot skip ahead with
    as it is, its `openings_form` (for `scan` on the same text: a pack pattern on the
    folded draft)."""
    fast, at_start = fast_form(pattern)
    if fast is not None or pattern.flags & re.IGNORECASE:
        return fast, at_start
    try:
        if _skips(_re_parser.parse(pattern.pattern, pattern.flags), pattern.flags):
            return None, False  # the engine skips ahead by itself
    except Exception:  # a private module's API: the pattern as it is
        return None, False
    return openings_form(pattern) or first_form(pattern), False


def _capitals(bounds: tuple[int, int]) -> bool:
    """A range of capitals ("A-Z", "А-Я"): rare enough in a draft to skip to."""
    return chr(bounds[0]).isupper() and chr(bounds[1]).isupper()


def _skips(copy: Any, flags: int) -> bool:
    """Whether the regex engine can skip ahead to where `copy` may match (a literal
    prefix or a set of first characters), as it does for "no\\s*[.!]" and not for
    "(?:[.!?]\\s+|\\n)no". Not to any word character or a range of letters: "\\w+n't"
    without its "\\b" is tried inside every word, which costs more than the boundary."""
    if _re_compiler._get_literal_prefix(copy, flags)[0]:
        return True
    charset = _re_compiler._get_charset_prefix(copy, flags)
    return bool(charset) and all(
        op is _rc.LITERAL
        or (op is _rc.CATEGORY and av is _rc.CATEGORY_DIGIT)
        or (op is _rc.RANGE and (av[1] - av[0] < 10 or _capitals(av)))
        for op, av in charset
    )


def _unrolled(state: Any, rest: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """`rest` opening with a repeat of at least once ("\\d{1,2}:\\d\\d",
    "(?:\\d{1,3}\\.){3}") with its first time written out ("\\d\\d{0,1}:\\d\\d"): it matches
    what the repeat matches, and may open with a class the engine skips to. Not for a
    body that may match empty or holds a group (written twice, it would be set twice)."""
    if not rest or rest[0][0] not in (_rc.MAX_REPEAT, _rc.MIN_REPEAT):
        return rest
    op, (low, high, body) = rest[0]
    if low < 1 or body.getwidth()[0] == 0 or _groups(body.data):
        return rest
    more = high if high is _rc.MAXREPEAT else high - 1
    return [*body.data, (op, (low - 1, more, body)), *rest[1:]]


def _groups(items: Any) -> bool:
    """Whether parsed items hold a capturing group anywhere."""
    return _holds(items, lambda op, av: op is _rc.SUBPATTERN and av[0] is not None)


def _class_first(state: Any, rest: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """`rest` opening with an alternation whose branches each start with one character
    or character class ("[.!?]\\s+|\\n") rewritten as that union of classes, then the
    alternation with each branch's first character checked by a lookbehind:
    "[.!?\\n](?:(?<=[.!?])\\s+|(?<=\\n))". Both match the same text at the same
    positions, branch by branch in the same order; the rewrite opens with a class the
    regex engine skips ahead to. `rest` unchanged when it does not open that way."""
    if not rest or rest[0][0] is not _rc.BRANCH:
        return rest
    union: list[tuple[Any, Any]] = []
    branches = []
    for alternative in rest[0][1][1]:
        items = _unrolled(state, list(alternative.data))  # "!{2,}" as "!!{1,}"
        if not items:
            return rest
        op, av = items[0]
        if op is _rc.LITERAL:
            union.append((op, av))
        elif op is _rc.IN and av and av[0][0] is not _rc.NEGATE:
            union.extend(av)
        else:
            return rest
        first = _re_parser.SubPattern(state, [items[0]])
        branches.append(_re_parser.SubPattern(state, [(_rc.ASSERT, (-1, first)), *items[1:]]))
    return [(_rc.IN, union), (_rc.BRANCH, (None, branches)), *rest[1:]]


class CaseError(ValueError):
    """A construct `caseless_copy` does not rewrite: the pattern is used as it is."""


def caseless_copy(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a case-insensitive pattern, the case-sensitive one that matches the lowered
    text (`str.lower()`, of the same length) exactly where and as the pattern matches
    the text; None for any other pattern, or one with what this does not rewrite.

    Why: the regex engine cannot skip ahead with a case-insensitive pattern (it tries
    "(?i)\\bbearer" at every position of a draft), with a case-sensitive one it jumps
    to its first letters. How it stays exact: the engine compares a character with a
    case-insensitive literal or class through its simple lower case (plus the few
    letters that share an upper case, `re._casefix`), and `str.lower()` of the text is
    that lower case at every position (the one exception, "İ", lowers to two
    characters: the caller then uses the pattern itself, as it does for a text whose
    length lower() changes). So each literal becomes its lower case and the letters that
    share its upper case, each class its lowered members; characters and classes
    without case, word boundaries and the rest compare the same on both texts
    (lower-casing keeps letters letters, digits digits and spaces spaces; tests/
    test_tone_speed.py checks every code point)."""
    return _caseless(pattern, cover=False)


def caseless_cover(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """As `caseless_copy`, for a pattern that turns case-sensitivity back on in a group
    ("(?i)…our\\s+customer(?=\\s+(?-i:[A-Z]))"): that group is lowered as the rest is,
    so the copy matches the lowered text wherever the pattern matches the text, and
    maybe at more places (where the original letter was not a capital). Only for finding
    candidates (`Finder`: the pattern itself then decides at each one); None where a
    scoped group sits in a negative lookaround (more there would be fewer outside)."""
    return _caseless(pattern, cover=True)


def _caseless(pattern: re.Pattern[str], cover: bool) -> re.Pattern[str] | None:
    flags = pattern.flags
    if not flags & re.IGNORECASE or not flags & re.UNICODE or flags & (re.LOCALE | re.ASCII):
        return None
    try:
        parsed = _re_parser.parse(pattern.pattern, flags)
        if _refers(parsed.data):
            return None
        state = _copy.copy(parsed.state)
        state.flags &= ~re.IGNORECASE
        items = _lowered_items(state, parsed.data, cover)
        return _re_compiler.compile(_re_parser.SubPattern(state, items), flags & ~re.IGNORECASE)
    except Exception:  # CaseError, or a private module's API changed: the pattern as is
        return None


_MAX_CASED_RANGE = 2000


def _lower_of(code: int) -> list[tuple[Any, int]]:
    """The literals a case-insensitive literal `code` stands for on lowered text."""
    if code >= 0x10000:
        raise CaseError("non-BMP literal")
    if not _sre.unicode_iscased(code):
        return [(_rc.LITERAL, code)]
    low = _sre.unicode_tolower(code)
    return [(_rc.LITERAL, c) for c in (low, *_re_casefix._EXTRA_CASES.get(low, ()))]


def _lowered_set(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """A class as the engine compares it case-insensitively: unchanged when none of its
    literals or ranges has case (it compares the character itself), else its literals
    and ranges lowered (it compares the character's lower case)."""
    cased = False
    for op, av in items:
        if op is _rc.LITERAL:
            cased = cased or bool(_sre.unicode_iscased(av))
        elif op is _rc.RANGE:
            if av[1] >= 0x10000 or av[1] - av[0] > _MAX_CASED_RANGE:
                raise CaseError("wide range")
            cased = cased or any(map(_sre.unicode_iscased, range(av[0], av[1] + 1)))
        elif op not in (_rc.NEGATE, _rc.CATEGORY):
            raise CaseError(str(op))
    if not cased:
        return items
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _rc.LITERAL:
            out += _lower_of(av)
        elif op is _rc.RANGE:
            for code in range(av[0], av[1] + 1):
                out += _lower_of(code) if _sre.unicode_iscased(code) else [(_rc.LITERAL, code)]
        else:
            out.append((op, av))
    return out


def _lowered_items(state: Any, items: Any, cover: bool = False) -> list[tuple[Any, Any]]:
    """`items` lowered; `cover`: a group scoped case-sensitive is lowered too (a copy
    that matches more, `caseless_cover`), except inside a negative lookaround."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _rc.LITERAL:
            lows = _lower_of(av)
            out.append(lows[0] if len(lows) == 1 else (_rc.IN, lows))
        elif op is _rc.NOT_LITERAL:
            lows = _lower_of(av)
            if len(lows) == 1:
                out.append((op, lows[0][1]))
            else:
                out.append((_rc.IN, [(_rc.NEGATE, None), *lows]))
        elif op is _rc.IN:
            out.append((op, _lowered_set(av)))
        elif op in (_rc.AT, _rc.ANY, _rc.CATEGORY):
            out.append((op, av))
        elif op is _rc.BRANCH:
            out.append((op, (av[0], [_sub(state, b, cover) for b in av[1]])))
        elif op in (_rc.MAX_REPEAT, _rc.MIN_REPEAT):
            out.append((op, (av[0], av[1], _sub(state, av[2], cover))))
        elif op is _rc.POSSESSIVE_REPEAT:  # no backtracking: more inside is not more
            out.append((op, (av[0], av[1], _sub(state, av[2], False))))
        elif op is _rc.SUBPATTERN:
            group, add, delete, sub = av
            if add or delete:  # "(?-i:…)": case-sensitive inside, on the original text
                if not cover or (add | delete) & ~re.IGNORECASE:
                    raise CaseError("scoped flags")
                add, delete = 0, 0  # lowered as the rest: it matches at least as much
            out.append((op, (group, add, delete, _sub(state, sub, cover))))
        elif op is _rc.ASSERT:
            out.append((op, (av[0], _sub(state, av[1], cover))))
        elif op is _rc.ASSERT_NOT:  # matching more inside would match less outside
            out.append((op, (av[0], _sub(state, av[1], False))))
        elif op is _rc.ATOMIC_GROUP:
            out.append((op, _sub(state, av, False)))
        else:
            raise CaseError(str(op))
    return out


def _sub(state: Any, sub: Any, cover: bool = False) -> Any:
    return _re_parser.SubPattern(state, _lowered_items(state, sub.data, cover))


def _zero_width_lead(item: tuple[Any, Any]) -> bool:
    op, av = item
    if op is _rc.AT:
        return av in _LEAD_AT
    return op is _rc.ASSERT_NOT or (op is _rc.ASSERT and av[0] < 0)  # lookbehinds


def _opens_text(item: tuple[Any, Any]) -> bool:
    return item[0] is _rc.AT and item[1] in _START_AT


def _refers(items: Any) -> bool:
    """Whether a parsed pattern refers back to a group anywhere."""
    return _holds(items, lambda op, av: op in _REFERS)


def _holds(items: Any, test: Any) -> bool:
    """Whether `test(op, av)` holds for an item of parsed `items`, at any depth."""
    for op, av in items:
        if test(op, av):
            return True
        for sub in av if isinstance(av, tuple | list) else ():
            if isinstance(sub, _re_parser.SubPattern) and _holds(sub.data, test):
                return True
            if isinstance(sub, list) and any(
                isinstance(b, _re_parser.SubPattern) and _holds(b.data, test) for b in sub
            ):
                return True
    return False


def fold(text: str) -> str:
    """Lower case without Romanian diacritics and with "е" for "ё", of the same length
    as `text` so that spans found in the folded text are spans of the original."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lowers to two characters: keep the first
        low = "".join(c.lower()[:1] for c in text)
    for source, target in _FOLD_PAIRS:
        if source in low:
            low = low.replace(source, target)
    return low


class _Stems(Protocol):
    def stemWord(self, word: str) -> str: ...


@cache
def _stemmer(language: str) -> _Stems | None:
    name = _STEMMER_NAMES.get(language)
    if not name:
        return None
    if _cstemmer is not None:
        # no cache of its own: `_stems` is the cache, and a second one in C would let a
        # draft whose `_stems` were cleared (the benchmark's never-seen words) skip
        # stemming all the same
        return _cstemmer.Stemmer(name, 0)  # type: ignore[no-any-return]
    return snowballstemmer.stemmer(name)  # type: ignore[no-any-return]


def backend() -> str:
    """Which stemmer library is in use, for the benchmark's output."""
    return "PyStemmer (C)" if _cstemmer is not None else "snowballstemmer (pure Python)"


# language -> folded word -> stem (one dict per language: a lint looks each word up,
# and a (language, word) key would be a tuple built and hashed per word)
_stems: dict[str, dict[str, str]] = {}


def stem(word: str, language: str) -> str:
    """The stem of a folded word; cached, as stemming is most of a lint's cost."""
    known = _stems.get(language)
    if known is None:
        known = _stems[language] = {}
    found = known.get(word)
    if found is not None:
        return found
    stemmer = _stemmer(language)
    result = stemmer.stemWord(word) if stemmer is not None else word
    if len(known) > _CACHE_LIMIT:
        known.clear()
    known[word] = result
    return result


# Not frozen: a frozen dataclass sets each field through object.__setattr__, and a lint
# makes one Token per word (a 2,000-character draft: ~350, 0.2 ms of the 5 ms budget).
@dataclass(slots=True)
class Token:
    word: str  # folded surface form
    stem: str
    start: int  # character span in the original text
    end: int
    sentence: int  # index of the sentence the token is in
    first: bool  # first token of its sentence


def tokenize(text: str, language: str, folded: str | None = None) -> list[Token]:
    """Every word of `text` with its stem, span and sentence number; `folded` is
    `fold(text)` when the caller has it already (folding is a tenth of a lint)."""
    if folded is None:
        folded = fold(text)  # same length as text: folding maps one character to one
    ends = [m.end() for m in _SENTENCE_END_FAST.finditer(folded)]
    tokens: list[Token] = []
    sentence = 0
    next_end = ends[0] if ends else len(text) + 1
    first = True
    cached = _stems.get(language, {}).get  # the stem cache looked up inline: once per word
    for m in WORD.finditer(folded):
        start, end = m.span()
        while start >= next_end:
            sentence += 1
            first = True
            next_end = ends[sentence] if sentence < len(ends) else len(text) + 1
        word = m.group()
        root = cached(word)
        if root is None:
            root = stem(word, language)
        tokens.append(Token(word, root, start, end, sentence, first))
        first = False
    return tokens
