"""Phrase matching over stemmed tokens: the engine under every word rule of a pack.

A phrase is written in plain words ("as I already said"); each word matches any
inflection of it (same Snowball stem). Syntax, kept small so packs stay readable:
- `a|b` — either word in this position; an alternative of several words joins them with
  `_` ("nobody|no_one could have"): "nobody|no one" would read as "(nobody|no) one";
- `prost*` — any word starting with "prost" (folded), for families the stemmer splits
  ("успок*" covers "успокойтесь" and "успокойся");
- `^` first — the phrase must start a sentence ("^actually");
- `~` first — the words may come in any order within a short window of one sentence
  (Russian and Romanian word order is free: "вы сами виноваты" / "виноваты вы сами").
Between consecutive words up to `gap` other words may stand ("you should really have").
Punctuation never matters, sentence ends always do.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import TypeAlias

from supportdesk.tone.words import WORD, Token, fold, stem

PREFIX = "*"  # key prefix of prefix-words in the token index


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    slots: tuple[tuple[str, ...], ...]  # per position, the keys that may fill it
    anchored: bool
    any_order: bool
    gap: int


def compile_phrase(text: str, language: str, gap: int = 1, any_order: bool = False) -> Phrase:
    """`text` in the pack syntax as slots of stems or `*prefix` keys."""
    body = text.strip()
    anchored = body.startswith("^")
    body = body.lstrip("^").strip()
    if body.startswith("~"):
        any_order = True
        body = body[1:].strip()
    slots: list[tuple[str, ...]] = []
    if any("*" in alt[:-1] for part in body.split() for alt in part.split("|")):
        # "удалил*сь" would look for a word spelt with a star: it could never match
        raise ValueError(f"phrase {text!r}: '*' may only end a word (a prefix)")
    if language == "en":
        _refuse_split_long_form(text, body.split())
    for part in body.split():
        if "|" not in part and not part.endswith("*"):
            # "n-ai", "don't": as many slots as the text tokenizer makes of it
            slots.extend((stem(w, language),) for w in WORD.findall(fold(part)))
            continue
        keys: list[str] = []
        for alt in part.split("|"):
            if alt.endswith("*"):
                keys.append(PREFIX + fold(alt[:-1]))
            else:
                keys.extend(stem(w, language) for w in WORD.findall(fold(alt))[:1])
        if keys:
            slots.append(tuple(dict.fromkeys(keys)))
    if not slots:
        raise ValueError(f"phrase {text!r} has no words")
    return Phrase(text, tuple(slots), anchored, any_order, gap)


# an English contraction's ending -> the words its long form ends in ("don't": "do not")
_LONG_FORMS = {
    "n't": ("not",),
    "'ve": ("have",),
    "'re": ("are",),
    "'ll": ("will", "shall"),
    "'m": ("am",),
    "'d": ("would", "had"),
    "'s": ("is", "has"),
}


def _refuse_split_long_form(text: str, parts: list[str]) -> None:
    """Refuse "don't|do not call": an alternative is one word, so it reads "(don't|do)
    not call" and "don't call" is never found (nineteen en pack phrases were so, the
    rude "apparently never|didn't|did not" among them: it matched "apparently did not"
    alone). The long form is written "do_not"."""
    for part, after in pairwise(parts):
        if "|" not in part:
            continue
        following = set(fold(after).split("|"))
        for alt in part.split("|"):
            word = fold(alt)
            for ending, long_form in _LONG_FORMS.items():
                if word.endswith(ending) and following.intersection(long_form):
                    raise ValueError(
                        f"phrase {text!r}: {alt!r} is followed by {after!r}, the end of its"
                        f" own long form; join the long form's words with '_'"
                        f" ({part.split('|')[-1]}_{after.split('|')[0]})"
                    )


def expand_phrase(text: str) -> list[str]:
    """`text` as phrases `compile_phrase` reads right. An alternative of a slot is one
    word, but packs write "e-mail", "double-check", "v-ați" or "n-ar" there, which the
    tokenizer cuts in two ("e" + "mail"): kept in the slot, only its first word would be
    looked for, so "per my last email|e-mail" matched "per my last e" and never
    "per my last e-mail". Such an alternative becomes a phrase of its own, its words in
    consecutive slots; the one-word alternatives stay together in one phrase."""
    head = "^" if text.strip().startswith("^") else ""
    body = text.strip().lstrip("^").strip()
    if body.startswith("~"):
        head += "~"
        body = body[1:].strip()
    parts = body.split()
    variants: list[list[str]] = [[]]
    for i, part in enumerate(parts):
        if "|" not in part:
            choices = [part]
        else:
            alts = part.split("|")
            single = [a for a in alts if a.endswith("*") or _first_word_only(a, parts[i + 1 :])]
            multi = [a for a in alts if a not in single]
            choices = (["|".join(single)] if single else []) + multi
        variants = [[*v, c] for v in variants for c in choices]
    return [head + " ".join(v) for v in variants]


def _first_word_only(alternative: str, rest: list[str]) -> bool:
    """Whether the slot may keep just the alternative's first word: it is one word, or
    its other words are the phrase's next words ("n-ar|nu ar strica" means "n-ar
    strica" or "nu ar strica", as "n-ar" is "n" + "ar")."""
    words = WORD.findall(fold(alternative))
    if len(words) <= 1:
        return True
    need = len(words) - 1
    if any("|" in part for part in rest[:need]):
        return False
    tail = [w for part in rest[:need] for w in WORD.findall(fold(part))]
    return tail[:need] == words[1:]


_Trie: TypeAlias = dict[str, "_Trie"]  # a character -> the rest; "" where a prefix ends


def prefix_matcher(prefixes: Iterable[str]) -> re.Pattern[str] | None:
    """One regex testing a word against every prefix of a pack set at once: `match`
    succeeds exactly when the word starts with one of them. Written as a trie ("пр(?:ав|
    ост)"), not as "прав|прост|…": the regex engine tries the alternatives of a flat
    list one by one (~0.7 µs a word for Russian's ~430 prefixes, a tenth of the index),
    those of a trie one character at a time. A node where a prefix ends matches there
    (the rest of the word does not matter)."""
    trie: _Trie = {}
    for p in prefixes:
        if not p:
            continue
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return None
    return re.compile(_trie_pattern(trie))


def _trie_pattern(node: _Trie) -> str:
    if "" in node:  # a prefix ends here: the empty rest matches
        return ""
    alts = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items())]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


# pack set's prefixes -> folded word -> its prefix keys (`Index`); cleared past this size
_PREFIX_KEYS: dict[frozenset[str], dict[str, tuple[str, ...]]] = {}
_PREFIX_CACHE_LIMIT = 200_000


# how many positions of a phrase's first word `Index._starts` tries as they are
_FEW = 6


class Index:
    """Positions of every stem (and matched prefix) in one text: built once per lint,
    so each phrase costs a few dictionary look-ups, not a pass over the text."""

    def __init__(
        self, tokens: list[Token], prefixes: re.Pattern[str] | None, all_prefixes: frozenset[str]
    ) -> None:
        self.tokens = tokens
        self.positions: dict[str, list[int]] = {}
        # the sentence of each token, as a list: the matching loops read it per
        # candidate position, faster than an attribute of a Token
        self.sentences = [tok.sentence for tok in tokens]
        # where each token starts, ascending: the checks that place a hit in its sentence
        # bisect it (in C, no key function), and every one of them reads this one list
        # where each built its own (spd22b)
        self.starts = [tok.start for tok in tokens]
        # positions of a multi-key slot ("a|b", "prost*|rau"), merged once per text:
        # the same slot is asked for by several phrases of a pack
        self._merged: dict[tuple[str, ...], list[int]] = {}
        # a word's prefix keys, per pack set's prefixes, kept for the process as the
        # stems are (`words.stem`): a draft re-linted as it is typed has the same words
        seen = _PREFIX_KEYS.get(all_prefixes)
        if seen is None or len(seen) > _PREFIX_CACHE_LIMIT:
            seen = _PREFIX_KEYS[all_prefixes] = {}
        for i, tok in enumerate(tokens):
            self.positions.setdefault(tok.stem, []).append(i)
            if prefixes is None:
                continue
            keys = seen.get(tok.word)
            if keys is None:
                keys = ()
                if prefixes.match(tok.word):
                    # every prefix of the word that a pack uses: a few set look-ups,
                    # not a test of each of the pack's hundreds of prefixes
                    word = tok.word
                    keys = tuple(
                        PREFIX + word[:n]
                        for n in range(1, len(word) + 1)
                        if word[:n] in all_prefixes
                    )
                seen[tok.word] = keys
            for key in keys:
                self.positions.setdefault(key, []).append(i)

    def _where(self, slot: tuple[str, ...]) -> list[int]:
        if len(slot) == 1:
            return self.positions.get(slot[0], [])
        found = self._merged.get(slot)
        if found is None:
            found = []
            for key in slot:
                found.extend(self.positions.get(key, ()))
            found.sort()
            self._merged[slot] = found
        return found

    def find(self, phrase: Phrase) -> list[tuple[int, int]]:
        """(first, last) token index of every match of `phrase`. A list, not a
        generator: most calls stop at a missing word, and a generator object per call
        cost as much as the look-ups (a lint makes several hundred calls)."""
        where = []
        positions = self.positions
        for slot in phrase.slots:  # most phrases stop at a missing word: stop early
            found = positions.get(slot[0]) if len(slot) == 1 else self._where(slot)
            if not found:
                return []
            where.append(found)
        toks = self.tokens
        rest = where[1:]
        anchored = phrase.anchored
        if not rest and not phrase.any_order:  # one word: every occurrence is a match
            if not anchored:
                return [(p, p) for p in where[0]]
            return [(p, p) for p in where[0] if toks[p].first]
        hits = []
        for p in self._starts(where, phrase):
            if anchored and not toks[p].first:
                continue
            if phrase.any_order:
                hit = self._bag(p, rest, len(phrase.slots) + phrase.gap)
            else:
                hit = self._seq(p, rest, phrase.gap)
            if hit is not None:
                hits.append(hit)
        return hits

    @staticmethod
    def _starts(where: list[list[int]], phrase: Phrase) -> list[int]:
        """The positions of the first slot's word worth trying: those with a word of
        the rarest other slot within reach (a match in order has its k-th word at most
        k * (gap + 1) tokens after the first, one in any order all its words within
        its window), found from that slot's few positions by bisection. A phrase whose
        first word is common ("you", "we", "nu") was tried at each of its dozens of
        occurrences, nearly all stopping at a missing word; the others are exactly
        those, so the hits are the same."""
        first = where[0]
        if len(first) < _FEW or len(where) < 2:
            return first  # a few tries cost less than the filter
        k, rare = 1, where[1]
        for i in range(2, len(where)):
            if len(where[i]) < len(rare):
                k, rare = i, where[i]
        if len(rare) * 4 >= len(first):
            return first  # no rarer than the first slot: the filter would cost more
        if phrase.any_order:
            reach = len(phrase.slots) + phrase.gap - 1  # |q - p| < window
            near = 0
        else:
            reach = k * (phrase.gap + 1)  # p + k <= q <= p + reach
            near = k
        out: list[int] = []
        done = 0  # the slices of `first` taken so far end here (`rare` is ascending)
        for q in rare:
            lo = max(done, bisect_left(first, q - reach))
            hi = bisect_right(first, q + reach if phrase.any_order else q - near)
            if hi > lo:
                out += first[lo:hi]
                done = hi
        return out

    def _seq(self, p: int, rest: list[list[int]], gap: int) -> tuple[int, int] | None:
        sentences = self.sentences
        sentence = sentences[p]
        last = p
        for where in rest:
            i = bisect_right(where, last)  # the first occurrence after `last`
            if i == len(where) or where[i] > last + gap + 1:
                return None
            last = where[i]
            if sentences[last] != sentence:
                return None
        return (p, last)

    def _bag(self, p: int, rest: list[list[int]], window: int) -> tuple[int, int] | None:
        sentences = self.sentences
        sentence = sentences[p]
        used = {p}
        for where in rest:
            q = next(
                (
                    q
                    for q in where
                    if q not in used and abs(q - p) < window and sentences[q] == sentence
                ),
                None,
            )
            if q is None:
                return None
            used.add(q)
        return (min(used), max(used))

    def span(self, hit: tuple[int, int]) -> tuple[int, int]:
        return self.tokens[hit[0]].start, self.tokens[hit[1]].end
