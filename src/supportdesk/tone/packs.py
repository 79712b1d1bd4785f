"""Rule packs: the tone rules and word lists as data files, per language.

Built-in packs ship in the package (`tone/packs/en.toml`, `ro.toml`, `ru.toml`); a team
adds or overrides rules with its own packs in `<data_dir>/tone/*.toml` (same format,
`language = "any"` for every language) and names its confidential terms and internal
domains there (R5). Rules are data so a team lead can tune wording without a release,
and every rule carries positive and negative examples that the test suite runs.

A pack file:

    language = "en"
    [[rule]]
    id = "en.calm-down"            # unique; a team rule with the same id replaces it
    serves = "R1"                  # the guidance rule it serves (R1..R14)
    category = "rude"              # rude|dismissive|blaming|sarcastic|argumentative|...
    severity = "warn"              # block | warn | info
    message = "…"                  # the advice, in the pack's language
    message_en = "…"               # optional: the advice in English (see below)
    phrases = ["calm down"]        # see phrases.py for the syntax
    patterns = ['\\bcalm\\s+down\\b']  # regexes over the folded text (lower case,
                                   # no Romanian diacritics, "е" for "ё")
    except = ["no need to calm down"]  # a hit overlapping one of these is no hit
    except_sentence = ["sorry"]    # a hit in a sentence holding one of these is no hit
                                   # ("I'm sorry, I must correct the date: …")
    except_before = ["sorry"]      # a hit whose PREVIOUS sentence holds one of these is
                                   # no hit ("I'm sorry, but we can't refund it. It is
                                   # non-refundable under the terms you accepted.")
    except_after = ["what I can do"]  # a hit whose NEXT sentence holds one of these is no
                                   # hit ("… the terms you accepted. What I can do is …");
                                   # one sentence either way, and each list only its own
                                   # way: "As I said, you accepted the terms. Sorry,
                                   # nothing we can do." stays a hit (the apology after
                                   # closes the door, an offer after opens one)
    positive = ["Please calm down."]   # must be found
    negative = ["Stay calm, we are on it."]  # must not be found
    enabled = true
    [lexicon.threat]               # word lists used by the incoming analysis
    phrases = ["lawyer"]
    [confidential]                 # team packs: blocked in any reply (R5)
    terms = ["Project Falcon"]
    domains = ["corp.acme.test"]

Finding messages are shown in the language of the rest of the program (English): a
Romanian or Russian draft gets the same kind of advice in one language, whether a pack
rule, a leak detector or the structure checks found it (ux15). A built-in rule of another
language says what its English counterpart (`en.<same name>`) says, or its `message_en`;
`test_tone_messages.py` holds every built-in rule to that. A team rule's message is
shown as the team wrote it (its `message_en` first, when it has one).
"""

from __future__ import annotations

import re
import re._constants as _rc
import re._parser as _re_parser
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import reduce
from importlib import resources
from operator import or_
from pathlib import Path
from typing import Any

from supportdesk.tone.phrases import (
    PREFIX,
    Index,
    Phrase,
    compile_phrase,
    expand_phrase,
    prefix_matcher,
)
from supportdesk.tone.substrings import Substrings
from supportdesk.tone.words import (
    OPENING_WORDS,
    PATTERN_FOLD,
    SHORT,
    at_starts,
    candidate_form,
    finder,
    fold,
    occurrences,
    opened,
    opening_words,
    openings,
    scan,
    through,
    tokenize,
    word_run_mark,
)

LANGUAGES = ("en", "ro", "ru")
SEVERITIES = ("block", "warn", "info")
GUIDANCE_RULES = tuple(f"R{i}" for i in range(1, 15))


class PackError(ValueError):
    """A pack file or rule that cannot be used; the message names file and rule."""


# Not frozen (as words.Token): a frozen dataclass sets each field through
# object.__setattr__, and a lint makes hundreds of hits; hashed by value all the same.
# Nothing changes a hit once made.
@dataclass(slots=True, unsafe_hash=True)
class Hit:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Matcher:
    """Phrases and regexes with exceptions: what a rule or a word list looks for."""

    phrases: tuple[Phrase, ...] = ()
    patterns: tuple[re.Pattern[str], ...] = ()
    exceptions: tuple[Phrase, ...] = ()
    except_patterns: tuple[re.Pattern[str], ...] = ()
    # a hit in the same sentence as one of these phrases is no hit: an apology or an offer
    # anywhere in the sentence softens it, before or after the words ("I'm sorry, with
    # respect to…"); found through the token index, so no regex scans every sentence
    sentence_exceptions: tuple[Phrase, ...] = ()
    # a hit whose previous sentence holds one of `before_exceptions`, or whose next one
    # holds one of `after_exceptions`, is no hit (`except_before`, `except_after`): the
    # apology just before a cited term, the offer just after it, make it a polite refusal
    # (pol26); found through the token index too, and only for a matcher with a hit
    before_exceptions: tuple[Phrase, ...] = ()
    after_exceptions: tuple[Phrase, ...] = ()
    # key -> indices of the phrases that need it: a lint tries only the phrases whose
    # rarest word occurs in the draft, not every phrase of every rule
    anchors: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    # per pattern, substrings one of which any match contains (empty: none known): a
    # pattern whose words are not in the text is not run — most are not, and a regex
    # that starts with "\b" or "(?:^|[.!?]\s+)" costs ~30 µs per 2,000 characters
    guards: tuple[tuple[str, ...], ...] = field(default=(), compare=False)
    # per pattern, the same regex without a leading "\b", lookbehind or "^" alternative
    # (None: none; words.candidate_form), used to find candidate positions fast; the pattern
    # itself then decides at each one
    fast: tuple[re.Pattern[str] | None, ...] = field(default=(), compare=False)
    # per pattern, whether position 0 is a candidate besides (a "^" alternative left out)
    starts: tuple[bool, ...] = field(default=(), compare=False)
    # per pattern, the fixed text after its opening run of word characters ("n't" of
    # "\\b\\w+n't\\b": `words.word_run_mark`), or None: found from that text's occurrences
    marks: tuple[str | None, ...] = field(default=(), compare=False)
    # per pattern, more substring sets that every match holds one of each (`more_guards`),
    # tested once `guards` passed: a guard of a common word ("nu", "the", "i ") passes in
    # most drafts, the pattern's later words mostly do not
    more: tuple[tuple[tuple[str, ...], ...], ...] = field(default=(), compare=False)
    # per pattern, the words one of which every match opens with (`words.opening_words`),
    # or None: the pattern is tried only where they start in the draft (`words.opened`)
    words: tuple[frozenset[str] | None, ...] = field(default=(), compare=False)
    # per exception regex, its `guard` and `more_guards` words, as for `patterns`: an
    # exception whose words the draft lacks cannot spare a hit, so it is not searched
    # around the hits (spd22b: half of the exception searches, ~4% of a lint, found
    # nothing for want of a word the pack set's one pass had already not found)
    except_guards: tuple[tuple[str, ...], ...] = field(default=(), compare=False)
    except_more: tuple[tuple[tuple[str, ...], ...], ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if self.phrases and not self.anchors:
            object.__setattr__(self, "anchors", _anchor_index(self.phrases))
        if self.patterns and not self.guards:
            object.__setattr__(self, "guards", tuple(guard(p) for p in self.patterns))
            object.__setattr__(
                self,
                "more",
                tuple(more_guards(p, g) for p, g in zip(self.patterns, self.guards, strict=True)),
            )
            forms = [candidate_form(p) for p in self.patterns]
            object.__setattr__(self, "fast", tuple(f for f, _ in forms))
            object.__setattr__(self, "starts", tuple(s for _, s in forms))
            object.__setattr__(self, "marks", tuple(word_run_mark(p) for p in self.patterns))
            words = tuple(opening_words(p) for p in self.patterns)
            for w in words:
                if w is not None:
                    OPENING_WORDS.add(w)
            object.__setattr__(self, "words", words)
        if self.except_patterns and not self.except_guards:
            guards = tuple(guard(p) for p in self.except_patterns)
            object.__setattr__(self, "except_guards", guards)
            object.__setattr__(
                self,
                "except_more",
                tuple(more_guards(p, g) for p, g in zip(self.except_patterns, guards, strict=True)),
            )

    def candidates(self, doc: Document) -> list[Phrase]:
        base = doc.bases.get(id(self))
        if base is not None:  # chosen for every matcher of the pack set at once
            chosen = doc.chosen if doc.chosen is not None else doc.choose()
            # this matcher's phrases are numbers base.. of the pack set's: their slice
            lo = bisect_left(chosen, base)
            hi = bisect_left(chosen, base + len(self.phrases), lo)
            return [*map(doc.phrases.__getitem__, chosen[lo:hi])] if hi > lo else []
        # the anchor keys in the text: one intersection of key views, in C (a loop over
        # a lexicon's hundreds of anchors was a tenth of the phrase matching)
        keys = self.anchors.keys() & doc.index.positions.keys()
        if not keys:
            return []
        phrases = self.phrases
        if len(keys) == 1:  # each anchor's indices are ascending and distinct
            return [phrases[i] for i in self.anchors[keys.pop()]]
        chosen: set[int] = set()
        for key in keys:
            chosen.update(self.anchors[key])
        return [phrases[i] for i in sorted(chosen)]

    def hits(self, doc: Document) -> list[Hit]:
        found: list[tuple[int, int]] = []
        index = doc.index
        tokens = index.tokens
        for phrase in self.candidates(doc):
            for first, last in index.find(phrase):
                found.append((tokens[first].start, tokens[last].end))
        if self.patterns:
            base = doc.pattern_bases.get(id(self))
            if base is None:
                self._patterns(doc, found)
            else:
                # the patterns whose guard word the draft holds, as bits of the pack set's
                # pattern numbers (`Document.pattern_bits`): a matcher none of whose words
                # occur (most of them) costs a shift, not a loop over its patterns' guards
                bits = doc.pattern_bits if doc.pattern_bits is not None else doc.bits()
                bits = (bits >> base) & ((1 << len(self.patterns)) - 1)
                while bits:
                    low = bits & -bits
                    bits ^= low
                    i = low.bit_length() - 1
                    more = self.more[i]
                    if more and self.guards[i] and not _holds_each(doc.present, more):
                        continue
                    self._run(i, doc.folded, found)
        if not found:
            return []
        if self.exceptions or self.except_patterns:
            spared = [doc.index.span(h) for p in self.exceptions for h in doc.index.find(p)]
            if self.except_patterns:
                live = self._live_exceptions(doc)
                if live:
                    spared += _spared(live, doc.folded, found)
            found = [f for f in found if not any(f[0] < e and s < f[1] for s, e in spared)]
        if self.sentence_exceptions and found:
            found = _outside_sentences(doc, found, self.sentence_exceptions)
        if (self.before_exceptions or self.after_exceptions) and found:
            found = _outside_neighbours(doc, found, self.before_exceptions, self.after_exceptions)
        return [Hit(s, e, doc.text[s:e]) for s, e in _merged(found)]

    def _live_exceptions(self, doc: Document) -> tuple[re.Pattern[str], ...]:
        """The exception regexes whose guard words (`except_guards`, `except_more`) the
        folded draft holds: only those can match anywhere in it, so only those can spare
        a hit (the others are not searched; the same hits are spared)."""
        base = doc.except_bases.get(id(self))
        if base is not None:  # numbered in the pack set: the bits of the guards present
            bits = doc.except_bits if doc.except_bits is not None else doc.exception_bits()
            bits = (bits >> base) & ((1 << len(self.except_patterns)) - 1)
            live = []
            while bits:
                low = bits & -bits
                bits ^= low
                i = low.bit_length() - 1
                if _holds_each(doc.present, self.except_more[i]):
                    live.append(self.except_patterns[i])
            return tuple(live)
        seen: str | set[str] = doc.present if id(self) in doc.guarded else doc.folded
        return tuple(
            p
            for p, needs, more in zip(
                self.except_patterns, self.except_guards, self.except_more, strict=True
            )
            if (not needs or any(n in seen for n in needs)) and _holds_each(seen, more)
        )

    def _patterns(self, doc: Document, found: list[tuple[int, int]]) -> None:
        """The spans of every pattern whose guard words the draft holds, for a matcher
        the pack set did not number (`Document.pattern_bases`)."""
        folded = doc.folded
        # the guard words are looked up in the set of those the folded draft holds, found
        # in one pass (`Document.present`), when the pack set filed this matcher's words
        seen: str | set[str] = doc.present if id(self) in doc.guarded else folded
        for i, (needs, more) in enumerate(zip(self.guards, self.more, strict=True)):
            if needs:  # a loop, not any(...): no generator per pattern of every rule
                for n in needs:
                    if n in seen:
                        break
                else:
                    continue
                if more and not _holds_each(seen, more):
                    continue
            self._run(i, folded, found)

    def _run(self, i: int, folded: str, found: list[tuple[int, int]]) -> None:
        """The spans of pattern `i`'s matches in `folded`, appended to `found`."""
        pattern, fast = self.patterns[i], self.fast[i]
        mark = self.marks[i] if self.marks else None
        if mark is not None:  # the run of word characters before each of its marks (spd16)
            found_here: Iterator[re.Match[str]] = through(
                pattern, folded, occurrences(folded, mark)
            )
        elif (
            len(folded) > SHORT  # a short text: a short search
            and self.words
            and (words := self.words[i]) is not None
            and (starts := opened(words, folded, 0, len(folded))) is not None
        ):
            found_here = at_starts(pattern, folded, starts, len(folded))
        elif fast is None:
            found_here = pattern.finditer(folded)
        else:
            found_here = scan(pattern, fast, folded, self.starts[i])
        for m in found_here:
            start, end = m.span("hit") if "hit" in pattern.groupindex else m.span()
            if end > start:
                found.append((start, end))


def _outside_sentences(
    doc: Document, found: list[tuple[int, int]], phrases: tuple[Phrase, ...]
) -> list[tuple[int, int]]:
    """The spans of `found` whose sentence holds none of `phrases`."""
    index = doc.index
    softened = {index.sentences[h[0]] for p in phrases for h in index.find(p)}
    if not softened:
        return found
    return [(start, end) for start, end in found if sentence_of(doc, start) not in softened]


def _outside_neighbours(
    doc: Document,
    found: list[tuple[int, int]],
    before: tuple[Phrase, ...],
    after: tuple[Phrase, ...],
) -> list[tuple[int, int]]:
    """The spans of `found` whose previous sentence holds none of `before` and whose next
    sentence holds none of `after` (the sentences that hold a word: an empty one between
    two ends, "Hi.\n\nWe…", is no neighbour)."""
    index = doc.index
    sentences = index.sentences
    eased_by_previous = {sentences[h[0]] for p in before for h in index.find(p)}
    eased_by_next = {sentences[h[0]] for p in after for h in index.find(p)}
    if not eased_by_previous and not eased_by_next:
        return found
    kept = []
    for start, end in found:
        here = sentence_of(doc, start)
        if here >= 0:  # sentence numbers are non-decreasing: its tokens are one run of the list
            first, past = bisect_left(sentences, here), bisect_right(sentences, here)
            if first > 0 and sentences[first - 1] in eased_by_previous:
                continue
            if past < len(sentences) and sentences[past] in eased_by_next:
                continue
        kept.append((start, end))
    return kept


def sentence_of(doc: Document, at: int) -> int:
    """The number of the sentence the character `at` of `doc` is in (-1 before the
    first word): hits in one sentence share it."""
    index = doc.index
    i = bisect_right(index.starts, at) - 1
    return index.sentences[i] if i >= 0 else -1


# How far around a hit its rule's exception regexes are searched: an exception only
# counts where it overlaps a hit, and none of them spans more than a sentence or two
EXCEPT_REACH = 240


def _spared(
    patterns: tuple[re.Pattern[str], ...], folded: str, found: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans of the exception regexes' matches near the hits: searched only in a window
    around each group of hits, not over the whole draft (a regex that starts with a
    boundary test or a lookbehind is tried at every position: ~50 µs per 2,000
    characters, paid by every rule with a hit). A lookbehind still sees the text before
    a window; a match cut at a window's edge is too far from any hit to spare it."""
    windows: list[list[int]] = []
    for s, e in sorted(found):
        lo, hi = max(0, s - EXCEPT_REACH), e + EXCEPT_REACH
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [
        m.span()
        for p in patterns
        for lo, hi in windows
        for m in finder(p).finditer(folded, lo, min(hi, len(folded)))  # the same matches
    ]


# the name the pack tests know it by
_search = scan


def guard(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Literal substrings, one of which every match of `pattern` contains (lower case;
    patterns run on folded text); () when the pattern promises none. Words first; a
    pattern with no required word may still require a symbol ("🙂", "☹"): those are
    absent from most drafts, and a character class tried at every position costs
    ~50 µs per 2,000 characters."""
    try:
        parsed = _re_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a private module's API: without it, no guard, same results
        return ()
    found = (
        _required(list(parsed))
        or _required(list(parsed), symbols=True)
        # last: what the text around a match holds (a pattern with no word of its own)
        or _required(list(parsed), symbols=True, around=True)
    )
    if not found or any(len(n) < 2 and n.isascii() for n in found):
        # ":" or ";" is in most drafts; "(?P<hit>[:;]-?\(+|☹)" needs ":(", ":-(", … or "☹"
        opening = openings(list(parsed))[0]
        if opening and all(len(n) >= 2 or (_symbol(n) and not n.isascii()) for n in opening):
            found = {n.lower() for n in opening}
    return tuple(sorted(found)) if found else ()


def more_guards(pattern: re.Pattern[str], first: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Further substring sets, each of which every match of `pattern` holds one of: the
    literal runs and required alternations of the pattern's sequence, inside its groups
    too, besides the one `guard` found (",\\s*(?P<hit>i guess|i suppose)": "i ", then
    "guess" or "suppose"). Each is necessary, so testing them only skips runs that would
    find nothing."""
    try:
        parsed = _re_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a private module's API: without it, no more guards, same results
        return ()
    sets = _sequence_sets(list(parsed))
    return tuple(dict.fromkeys(s for s in sets if s != first))


def _sequence_sets(items: list[Any]) -> list[tuple[str, ...]]:
    """Every substring set a match of the sequence `items` holds one of each of."""
    sets: list[tuple[str, ...]] = []
    run = ""
    for op, av in [*items, (None, None)]:  # a sentinel item ends the last run
        if op is _rc.LITERAL:
            run += chr(av)
            continue
        if len(run) >= _MIN_GUARD:
            sets.append((run.lower(),))
        run = ""
        if op is _rc.SUBPATTERN:
            sets += _sequence_sets(list(av[-1]))
        elif op in _REPEATS and av[0] >= 1:
            sets += _sequence_sets(list(av[2]))
        elif op is _rc.BRANCH:
            alternatives = [_required(list(b)) for b in av[1]]
            if all(alternatives):
                found: set[str] = set().union(*alternatives)  # type: ignore[arg-type]
                if not any(len(n) < _MIN_GUARD for n in found):
                    sets.append(tuple(sorted(found)))
    return sets


def _holds_each(folded: str | set[str], sets: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `folded` holds one substring of each of `sets` (`folded`: the text, or
    the set of the words of `sets` it holds)."""
    for needs in sets:
        for n in needs:
            if n in folded:
                break
        else:
            return False
    return True


_REPEATS = frozenset({_rc.MAX_REPEAT, _rc.MIN_REPEAT})


_MIN_GUARD = 2


def _symbol(char: str) -> bool:
    """A character worth a guard on its own: no letter, digit or space, and no case
    (a case-insensitive pattern then matches it alone)."""
    return not (char.isalnum() or char.isspace()) and char.lower() == char == char.upper()


def _required(items: list[Any], symbols: bool = False, around: bool = False) -> set[str] | None:
    """Literal substrings one of which every match holds (`symbols`: a lone symbol
    counts); `around`: or the text around the match, in a lookahead or lookbehind."""
    run = ""
    for op, av in items:
        if op is _rc.LITERAL:
            run += chr(av)
            continue
        if len(run) >= _MIN_GUARD or (symbols and len(run) == 1 and _symbol(run)):
            return {run.lower()}
        run = ""
        found: set[str] | None = None
        if op is _rc.SUBPATTERN:
            found = _required(list(av[-1]), symbols, around)
        elif op is _rc.BRANCH:
            alternatives = [_required(list(b), symbols, around) for b in av[1]]
            if all(alternatives):
                found = set().union(*alternatives)  # type: ignore[arg-type]
        elif op in (_rc.MAX_REPEAT, _rc.MIN_REPEAT) and av[0] >= 1:
            body = list(av[2])
            if av[0] >= 2 and body and all(o is _rc.LITERAL for o, _ in body):
                # "(?:ha){2,}": every match holds "haha", where "ha" is in most drafts
                found = {"".join(chr(c) for _, c in body) * av[0]}
                if len(next(iter(found))) < _MIN_GUARD:
                    found = None
            else:
                found = _required(body, symbols, around)
        elif op is _rc.IN and symbols and all(o is _rc.LITERAL and _symbol(chr(c)) for o, c in av):
            found = {chr(c) for _, c in av}
        elif op is _rc.ASSERT and around:
            # what a lookahead or lookbehind requires is in the text, if not in the match:
            # a guard is looked for in the whole text ("…ть)(?=[^.!?\n]*\?)": a "?")
            found = _required(list(av[1]), symbols, around)
        if found:
            return found
    if len(run) >= _MIN_GUARD or (symbols and len(run) == 1 and _symbol(run)):
        return {run.lower()}
    return None


def _anchor_index(
    phrases: tuple[Phrase, ...], frequency: dict[str, int] | None = None
) -> dict[str, tuple[int, ...]]:
    """Each phrase filed under the keys of its most selective slot, so a phrase is tried
    only when that word is in the text. Which slot is rarest: the one whose keys occur in
    the fewest of the pack's example sentences (`frequency`, `_key_frequency`), then the
    one with the longest shortest key ("rocket" rather than "it"). Length alone picked
    "that", "your", "read" or "dumneavoastră" for hundreds of phrases, which were then
    tried on nearly every draft only to stop at a missing word. Any slot gives the same
    matches (`Index.find` needs every slot), so the choice only decides what is tried."""
    freq = frequency or {}

    def cost(keys: tuple[str, ...]) -> tuple[int, int]:
        return sum(freq.get(k, 0) for k in keys), -min(len(k.lstrip(PREFIX)) for k in keys)

    index: dict[str, list[int]] = {}
    for i, phrase in enumerate(phrases):
        slot = min(phrase.slots, key=cost)
        for key in slot:
            index.setdefault(key, []).append(i)
    return {k: tuple(v) for k, v in index.items()}


def _second_index(
    phrases: tuple[Phrase, ...], frequency: dict[str, int]
) -> dict[str, tuple[int, ...]]:
    """Each phrase filed under the keys of its second rarest slot (`_anchor_index`'s
    order; a phrase of one slot under that slot's), for `Document.choose`: a phrase is
    tried only when its two rarest slots both have a word in the text. `Index.find`
    returns nothing for a phrase with a slot none of whose keys is in the text, before
    anything else (spd23: of ~600 `find` calls a lint, ~40% stopped there, a Python
    call each to learn what two set look-ups in C tell)."""

    def cost(keys: tuple[str, ...]) -> tuple[int, int]:
        return sum(frequency.get(k, 0) for k in keys), -min(len(k.lstrip(PREFIX)) for k in keys)

    index: dict[str, list[int]] = {}
    for i, phrase in enumerate(phrases):
        ranked = sorted(phrase.slots, key=cost)  # stable: the anchor's slot comes first
        for key in ranked[1] if len(ranked) > 1 else ranked[0]:
            index.setdefault(key, []).append(i)
    return {k: tuple(v) for k, v in index.items()}


# a guard word in this share of the language's rule examples (a sentence each) is in
# nearly every draft: `Substrings.common` answers it by `in`, which stops at its first
# occurrence, where the automaton reported each one (spd24: "th", "re", "a ", "на": ~40%
# of the ~1,100 occurrences of a draft). Only the speed depends on the choice.
_COMMON_SHARE = 0.2


def _common_words(lang: _Lang, words: set[str]) -> set[str]:
    """The guard `words` found in `_COMMON_SHARE` of the language's rule examples at
    least (counted by occurrence, folded as a draft is)."""
    examples = [fold(e) for rule in lang.rules.values() for e in rule.positive + rule.negative]
    if not examples:
        return set()
    joined = "\n".join(examples)
    return {w for w in words if w and joined.count(w) >= _COMMON_SHARE * len(examples)}


def _key_frequency(lang: _Lang, language: str) -> dict[str, int]:
    """In how many of the language's rule examples (positive and negative: support
    replies, rude and polite) each index key occurs — stems and the packs' prefixes,
    as `Index` files a draft's words: how common a word is in the drafts a lint reads."""
    counts: dict[str, int] = {}
    for rule in lang.rules.values():
        for example in rule.positive + rule.negative:
            folded = fold(example)
            index = Index(tokenize(example, language, folded), lang.prefix_re, lang.prefixes)
            for key in index.positions:
                counts[key] = counts.get(key, 0) + 1
    return counts


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one, in text order: a phrase matched twice is one finding."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# the word list a language lacks: one shared empty matcher (frozen), not a new one
# built per question (~30 lists a lint asks for may be missing in a language)
_NO_WORDS = Matcher()


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    language: str
    serves: str
    category: str
    severity: str
    message: str
    matcher: Matcher
    positive: tuple[str, ...] = ()
    negative: tuple[str, ...] = ()
    source: str = ""
    enabled: bool = True
    english: bool = False  # `message` is in English (`message_en`, or made so)


@dataclass(slots=True)
class Document:
    """One text prepared for matching in one language: folded, tokenized, indexed."""

    text: str
    language: str
    folded: str
    index: Index
    # word-list hits by list name: the lint asks for "courtesy" or "next_step" from
    # several checks, and each list is matched once per document
    memo: dict[str, list[Hit]] = field(default_factory=dict)
    # the pack set's anchor keys and the numbers of the phrases they file
    # (`_Lang.anchors`), each matcher's first number (`bases`, by id) and the phrases by
    # number; `choose` then finds the candidate phrases of all of them at once
    anchors: dict[str, tuple[int, ...]] = field(default_factory=dict)
    bases: dict[int, int] = field(default_factory=dict)
    phrases: tuple[Phrase, ...] = ()
    chosen: list[int] | None = None
    # the same phrase numbers filed by their second rarest slot (`_Lang.seconds`)
    seconds: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # the pattern guard words (`Matcher.guards`, `more`) the folded text holds, and the
    # ids of the matchers whose words all went into that search (`_Lang.guard_words`)
    present: set[str] = field(default_factory=set)
    guarded: frozenset[int] = frozenset()
    # each guard word -> the bits of the pack set's patterns that need it, the bits of
    # the patterns with no guard, each matcher's first pattern number (by id); and the
    # patterns whose guard the text holds (`bits`), worked out once per document
    pattern_masks: dict[str, int] = field(default_factory=dict)
    pattern_always: int = 0
    pattern_bases: dict[int, int] = field(default_factory=dict)
    pattern_bits: int | None = None
    # the same for the exception regexes (`Matcher.except_guards`, `_number_exceptions`)
    except_masks: dict[str, int] = field(default_factory=dict)
    except_always: int = 0
    except_bases: dict[int, int] = field(default_factory=dict)
    except_bits: int | None = None

    def exception_bits(self) -> int:
        """The bits of the pack set's exception regexes one of whose guard words the
        text holds, or that have none (as `bits` for the patterns): spd23, each matcher
        with a hit looped over its exceptions' guards in Python (~3% of a Russian lint)."""
        masks = self.except_masks
        self.except_bits = reduce(
            or_, map(masks.get, self.present & masks.keys()), self.except_always
        )
        return self.except_bits

    def bits(self) -> int:
        """The bits of the pack set's patterns one of whose guard words (`Matcher.guards`)
        the text holds, or that have none: one OR per guard word present, in C, where
        each matcher looped over its patterns' guards in Python (~170 patterns a lint,
        nine in ten without their word in the draft)."""
        masks = self.pattern_masks
        self.pattern_bits = reduce(
            or_, map(masks.get, self.present & masks.keys()), self.pattern_always
        )
        return self.pattern_bits

    def choose(self) -> list[int]:
        """The numbers of the pack set's phrases whose anchor word is in the text,
        ascending: each matcher's candidates are a slice of them (`Matcher.candidates`),
        for the ~90 matchers of a lint from one union of the present keys' numbers (in
        C), not a loop over every (key, matcher) pair in Python."""
        anchors, seconds = self.anchors, self.seconds
        present = self.index.positions.keys()
        chosen = set().union(*map(anchors.__getitem__, anchors.keys() & present))
        if seconds and chosen:  # and whose second rarest slot has a word there too
            chosen.intersection_update(
                set().union(*map(seconds.__getitem__, seconds.keys() & present))
            )
        self.chosen = sorted(chosen)
        return self.chosen


@dataclass(slots=True)
class _Lang:
    rules: dict[str, Rule] = field(default_factory=dict)
    lexicons: dict[str, Matcher] = field(default_factory=dict)
    prefixes: frozenset[str] = frozenset()
    prefix_re: re.Pattern[str] | None = None
    # the reply-level model's weights (reply.py): `[reply_model]` in a pack
    reply_model: dict[str, Any] = field(default_factory=dict)
    # every matcher's anchors (`Matcher.anchors`) by key, as numbers of the phrases of
    # all matchers in a row (`phrases`; a matcher's start at `bases[id(matcher)]`; the
    # matchers themselves live in `rules` and `lexicons`), for `Document.choose`
    anchors: dict[str, tuple[int, ...]] = field(default_factory=dict)
    bases: dict[int, int] = field(default_factory=dict)
    phrases: tuple[Phrase, ...] = ()
    seconds: dict[str, tuple[int, ...]] = field(default_factory=dict)  # `_second_index`
    # every matcher's guard words, searched for in one pass per document (~650 `in`
    # tests of the whole draft were ~1 ms of a lint), and the ids of those matchers
    guard_words: Substrings = field(default_factory=Substrings)
    guarded: frozenset[int] = frozenset()
    # the pattern numbers of the guard words (`Document.bits`)
    pattern_masks: dict[str, int] = field(default_factory=dict)
    pattern_always: int = 0
    pattern_bases: dict[int, int] = field(default_factory=dict)
    except_masks: dict[str, int] = field(default_factory=dict)  # `_number_exceptions`
    except_always: int = 0
    except_bases: dict[int, int] = field(default_factory=dict)


@dataclass(slots=True)
class PackSet:
    """Every rule and word list in force: built-in packs, then team packs."""

    languages: dict[str, _Lang] = field(default_factory=dict)
    terms: tuple[str, ...] = ()  # team-confidential words and names (R5)
    domains: tuple[str, ...] = ()  # internal domains (R5)
    problems: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def _lang(self, language: str) -> _Lang:
        return self.languages.get(language) or self.languages.setdefault("en", _Lang())

    def document(self, text: str, language: str) -> Document:
        lang = self._lang(language)
        code = language if language in self.languages else "en"
        folded = fold(text)
        tokens = tokenize(text, code, folded)
        index = Index(tokens, lang.prefix_re, lang.prefixes)
        return Document(
            text,
            code,
            folded,
            index,
            anchors=lang.anchors,
            bases=lang.bases,
            phrases=lang.phrases,
            seconds=lang.seconds,
            present=lang.guard_words.present(folded) if lang.guarded else set(),
            guarded=lang.guarded,
            pattern_masks=lang.pattern_masks,
            pattern_always=lang.pattern_always,
            pattern_bases=lang.pattern_bases,
            except_masks=lang.except_masks,
            except_always=lang.except_always,
            except_bases=lang.except_bases,
        )

    def rules(self, language: str) -> list[Rule]:
        return [r for r in self._lang(language).rules.values() if r.enabled]

    def all_rules(self) -> Iterator[Rule]:
        for lang in self.languages.values():
            yield from lang.rules.values()

    def lexicon(self, language: str, name: str) -> Matcher:
        found = self._lang(language).lexicons.get(name)
        return _NO_WORDS if found is None else found

    def reply_model(self, language: str) -> dict[str, Any]:
        return self._lang(language).reply_model

    def find(self, doc: Document, name: str) -> list[Hit]:
        found = doc.memo.get(name)
        if found is None:
            found = doc.memo[name] = self.lexicon(doc.language, name).hits(doc)
        return found


def _strings(raw: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PackError(f"{where}: {key!r} must be a list of strings")
    return tuple(value)


def _regexes(raw: dict[str, Any], key: str, where: str) -> tuple[re.Pattern[str], ...]:
    out = []
    for p in _strings(raw, key, where):
        try:
            # a pattern runs on folded text, where "doriți" or "ещё" never occur (s20: the ro
            # offer pattern "(?:doriți|vreți) să" had matched nothing since it was added)
            out.append(re.compile(p.translate(PATTERN_FOLD)))
        except re.error as exc:
            raise PackError(f"{where}: {key} {p!r}: {exc}") from None
    return tuple(out)


def _matcher(raw: dict[str, Any], language: str, where: str) -> Matcher:
    gap = raw.get("gap", 1)
    if not isinstance(gap, int) or not 0 <= gap <= 5:
        raise PackError(f"{where}: 'gap' must be an integer 0..5")
    any_order = raw.get("order", "seq") == "any"
    try:
        phrases = tuple(
            compile_phrase(v, language, gap, any_order)
            for p in _strings(raw, "phrases", where)
            for v in expand_phrase(p)
        )
        exceptions = tuple(
            # exceptions are exact (in order) unless marked "~": "вы не виноваты" must
            # not spare "виноваты вы сами, а не мы"
            compile_phrase(v, language, gap)
            for p in _strings(raw, "except", where)
            for v in expand_phrase(p)
        )
    except ValueError as exc:
        raise PackError(f"{where}: {exc}") from None
    try:
        # one word between at most, whatever the rule's gap: "ne pare foarte rău", but
        # "greșeala noastră" must not match "greșeală din partea noastră"
        sentence_exceptions = tuple(
            compile_phrase(v, language, 1)
            for p in _strings(raw, "except_sentence", where)
            for v in expand_phrase(p)
        )
        before_exceptions, after_exceptions = (
            tuple(
                compile_phrase(v, language, 1)
                for p in _strings(raw, key, where)
                for v in expand_phrase(p)
            )
            for key in ("except_before", "except_after")
        )
    except ValueError as exc:
        raise PackError(f"{where}: {exc}") from None
    return Matcher(
        phrases,
        _regexes(raw, "patterns", where),
        exceptions,
        _regexes(raw, "except_patterns", where),
        sentence_exceptions=sentence_exceptions,
        before_exceptions=before_exceptions,
        after_exceptions=after_exceptions,
    )


def _rule(raw: dict[str, Any], language: str, source: str) -> Rule:
    rid = raw.get("id")
    if not isinstance(rid, str) or not rid:
        raise PackError(f"{source}: a [[rule]] has no 'id'")
    where = f"{source}: rule {rid}"
    severity = raw.get("severity", "warn")
    if severity not in SEVERITIES:
        raise PackError(f"{where}: severity {severity!r}: expected one of block, warn, info")
    serves = raw.get("serves", "")
    if serves not in GUIDANCE_RULES:
        raise PackError(f"{where}: serves {serves!r}: expected a guidance rule R1..R14")
    message = raw.get("message_en") or raw.get("message", "")
    if not isinstance(message, str) or not message:
        raise PackError(f"{where}: 'message' is required")
    matcher = _matcher(raw, language, where)
    if not matcher.phrases and not matcher.patterns:
        raise PackError(f"{where}: needs 'phrases' or 'patterns'")
    return Rule(
        rid,
        language,
        serves,
        str(raw.get("category", "tone")),
        severity,
        message,
        matcher,
        _strings(raw, "positive", where),
        _strings(raw, "negative", where),
        source,
        bool(raw.get("enabled", True)),
        bool(raw.get("message_en")) or language == "en",
    )


# a pattern a pack names once and several of its rules and lists use ("@name" in their
# `patterns` / `except_patterns`): the same exception written out in three places drifted
# apart when one copy was edited (pol25's "a correction, then an acknowledgement")
_SHARED_KEY = "shared_patterns"


def _with_shared(data: dict[str, Any], source: str) -> dict[str, Any]:
    """`data` with every "@name" in a rule's or a lexicon's pattern lists replaced by the
    pack's `[shared_patterns]` entry of that name; an unknown name is a `PackError` (a
    pattern that has to open with a literal "@" writes it "\\@")."""
    shared = data.get(_SHARED_KEY, {})
    if not isinstance(shared, dict) or not all(isinstance(v, str) for v in shared.values()):
        raise PackError(f"{source}: [{_SHARED_KEY}] must map names to pattern strings")

    def resolved(raw: dict[str, Any], where: str) -> dict[str, Any]:
        out = dict(raw)
        for key in ("patterns", "except_patterns"):
            value = raw.get(key)
            if not isinstance(value, list):
                continue  # absent, or wrong: `_strings` names it
            items = []
            for p in value:
                if isinstance(p, str) and p.startswith("@"):
                    if p[1:] not in shared:
                        raise PackError(f"{where}: {key} {p!r}: no such [{_SHARED_KEY}] entry")
                    p = shared[p[1:]]
                items.append(p)
            out[key] = items
        return out

    rules = data.get("rule", [])
    lexicons = data.get("lexicon", {})
    return {
        **data,
        "rule": [
            resolved(r, f"{source}: rule {r.get('id')}") if isinstance(r, dict) else r
            for r in rules
        ],
        "lexicon": {
            name: resolved(raw, f"{source}: lexicon {name}") if isinstance(raw, dict) else raw
            for name, raw in lexicons.items()
        },
    }


def _add(packs: PackSet, data: dict[str, Any], source: str, team: bool) -> None:
    data = _with_shared(data, source)
    language = data.get("language", "")
    targets = LANGUAGES if language == "any" else (language,)
    if language != "any" and language not in LANGUAGES:
        raise PackError(f"{source}: language {language!r}: expected en, ro, ru or any")
    for code in targets:
        lang = packs.languages.setdefault(code, _Lang())
        for raw in data.get("rule", []):
            rule = _rule(raw, code, source)
            if team and not (rule.positive and rule.negative):
                packs.problems.append(f"{source}: rule {rule.id}: no positive/negative examples")
            lang.rules[rule.id] = rule
        for name, raw in data.get("lexicon", {}).items():
            m = _matcher(raw, code, f"{source}: lexicon {name}")
            old = lang.lexicons.get(name)
            if old is not None:  # a team list extends the built-in one
                m = Matcher(
                    old.phrases + m.phrases,
                    old.patterns + m.patterns,
                    old.exceptions + m.exceptions,
                    old.except_patterns + m.except_patterns,
                    sentence_exceptions=old.sentence_exceptions + m.sentence_exceptions,
                    before_exceptions=old.before_exceptions + m.before_exceptions,
                    after_exceptions=old.after_exceptions + m.after_exceptions,
                )
            lang.lexicons[name] = m
        model = data.get("reply_model")
        if model is not None:
            lang.reply_model = {**lang.reply_model, **_reply_model(model, source)}
    conf = data.get("confidential", {})
    packs.terms += _strings(conf, "terms", f"{source}: confidential")
    packs.domains += tuple(d.lower().lstrip(".") for d in _strings(conf, "domains", source))
    packs.sources.append(source)


def _reply_model(raw: object, source: str) -> dict[str, Any]:
    """`[reply_model]`: `weights` (feature -> number), `bias`, `threshold` (0..1),
    `enabled`; a team pack overrides the keys it names."""
    where = f"{source}: reply_model"
    if not isinstance(raw, dict):
        raise PackError(f"{where}: expected a table")
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "weights":
            if not isinstance(value, dict) or not all(
                isinstance(v, int | float) and not isinstance(v, bool) for v in value.values()
            ):
                raise PackError(f"{where}: 'weights' must map feature names to numbers")
            out[key] = dict(value)
        elif key in ("bias", "threshold"):
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise PackError(f"{where}: {key!r} must be a number")
            if key == "threshold" and not 0 < value < 1:
                raise PackError(f"{where}: 'threshold' must be between 0 and 1")
            out[key] = float(value)
        elif key == "enabled":
            if not isinstance(value, bool):
                raise PackError(f"{where}: 'enabled' must be true or false")
            out[key] = value
        else:
            raise PackError(f"{where}: unknown key {key!r}")
    return out


def _finish(packs: PackSet) -> None:
    for code, lang in packs.languages.items():
        found: set[str] = set()
        matchers = [r.matcher for r in lang.rules.values()] + list(lang.lexicons.values())
        for m in matchers:
            for p in (
                m.phrases
                + m.exceptions
                + m.sentence_exceptions
                + m.before_exceptions
                + m.after_exceptions
            ):
                found.update(k[1:] for slot in p.slots for k in slot if k.startswith(PREFIX))
        lang.prefixes = frozenset(found)
        lang.prefix_re = prefix_matcher(found)
        frequency = _key_frequency(lang, code)
        anchors: dict[str, list[int]] = {}
        bases: dict[int, int] = {}
        phrases: list[Phrase] = []
        for m in matchers:
            if id(m) in bases:
                continue  # one matcher filed twice: its phrases once
            if m.phrases:  # re-filed by the rarest slot, now that the examples are known
                object.__setattr__(m, "anchors", _anchor_index(m.phrases, frequency))
            base = bases[id(m)] = len(phrases)
            phrases.extend(m.phrases)
            for key, idx in m.anchors.items():
                anchors.setdefault(key, []).extend(base + i for i in idx)
        lang.anchors = {key: tuple(sorted(filed)) for key, filed in anchors.items()}
        lang.bases = bases
        lang.phrases = tuple(phrases)
        lang.seconds = _second_index(lang.phrases, frequency)
        guard_words = {
            n
            for m in matchers
            for sets in (m.guards, *m.more, m.except_guards, *m.except_more)
            for needs in sets
            for n in needs
        }
        lang.guard_words = Substrings(guard_words, _common_words(lang, guard_words))
        lang.guarded = frozenset(id(m) for m in matchers)
        _number_patterns(lang, matchers)


def _number_patterns(lang: _Lang, matchers: list[Matcher]) -> None:
    """Each pattern of `matchers` numbered, and each guard word filed with the bits of
    the patterns that need it (`Document.bits`); the same for the exception regexes
    (`Document.exception_bits`)."""
    lang.pattern_masks, lang.pattern_always, lang.pattern_bases = _numbered(
        matchers, lambda m: m.guards
    )
    lang.except_masks, lang.except_always, lang.except_bases = _numbered(
        matchers, lambda m: m.except_guards
    )


def _numbered(
    matchers: list[Matcher], guards: Callable[[Matcher], tuple[tuple[str, ...], ...]]
) -> tuple[dict[str, int], int, dict[int, int]]:
    """Each regex of `matchers` numbered (their `guards`: one tuple of guard words per
    regex), as (guard word -> the bits of the regexes that need it, the bits of those
    with no guard, each matcher's first number by id)."""
    masks: dict[str, int] = {}
    always = 0
    bases: dict[int, int] = {}
    count = 0
    for m in matchers:
        if id(m) in bases or not guards(m):
            continue
        bases[id(m)] = count
        for i, needs in enumerate(guards(m)):
            bit = 1 << (count + i)
            if not needs:
                always |= bit
            for n in needs:
                masks[n] = masks.get(n, 0) | bit
        count += len(guards(m))
    return masks, always, bases


def _builtin_files() -> Iterator[tuple[str, str]]:
    root = resources.files("supportdesk.tone").joinpath("packs")
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            yield f"builtin:{entry.name}", entry.read_text(encoding="utf-8")


def team_dir(data_dir: Path) -> Path:
    return data_dir / "tone"


def english_message(packs: PackSet, rule: Rule) -> str | None:
    """The English advice of built-in `rule`: its own if it is English (an `en.` rule,
    or a `message_en`), else its English counterpart's, `en.<same name>`; None if it
    has neither (a pack bug `test_tone_messages.py` catches)."""
    if rule.language == "en" or rule.english:
        return rule.message
    counterpart = packs.languages.get("en", _Lang()).rules.get("en." + rule.id.split(".", 1)[-1])
    return counterpart.message if counterpart is not None else None


def _in_english(packs: PackSet) -> None:
    """Every built-in rule's message in English, the language the agent reads the rest
    of the program in (packs.py's docstring)."""
    for lang in packs.languages.values():
        for rid, rule in lang.rules.items():
            message = english_message(packs, rule)
            if message is not None and message != rule.message:
                lang.rules[rid] = replace(rule, message=message, english=True)


def load_packs(data_dir: Path | None = None) -> PackSet:
    """Built-in packs plus the team's; a broken team file is a problem, never fatal.
    A desk without team packs gets `builtin_packs()`, compiled once per process: the
    same rules, and the TUI's ticket analysis or a second screen no longer stems every
    phrase again (~2.2 s of CPU each; the suite's Pilot tests did it once per app)."""
    files = []
    if data_dir is not None and team_dir(data_dir).is_dir():
        files = sorted(team_dir(data_dir).glob("*.toml"))
    return _compiled(files) if files else builtin_packs()


def _compiled(team_files: list[Path]) -> PackSet:
    packs = PackSet()
    for source, text in _builtin_files():
        _add(packs, tomllib.loads(text), source, team=False)  # broken built-ins: a bug
    _in_english(packs)
    for path in team_files:
        try:
            _add(packs, tomllib.loads(path.read_text(encoding="utf-8")), str(path), True)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, PackError) as exc:
            packs.problems.append(f"{path}: {exc}" if str(path) not in str(exc) else str(exc))
    _finish(packs)
    return packs


_BUILTIN: PackSet | None = None


def builtin_packs() -> PackSet:
    """The built-in packs, compiled once per process (stemming every phrase costs).
    Shared by every caller: nothing changes a PackSet once it is compiled."""
    global _BUILTIN
    if _BUILTIN is None:
        _BUILTIN = _compiled([])
    return _BUILTIN
