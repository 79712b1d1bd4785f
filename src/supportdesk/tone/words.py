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

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Protocol

import snowballstemmer

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
# Words: letters and digits, with inner apostrophes ("don't", "n-ai" splits on "-").
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*", re.UNICODE)
# A sentence ends at . ! ? ; or a blank line (an ellipsis "..." does not end one: it is
# a pause, "as I... already said"); tokens never match across a sentence end.
_SENTENCE_END = re.compile(r"(?:[!?;]+|(?<!\.)\.(?!\.))(?=\s|$)|\n\s*\n")
# where a sentence end can start: `scan` tries `_SENTENCE_END` only there
_SENTENCE_END_AT = re.compile(r"[!?;.\n]")
_CACHE_LIMIT = 200_000


def scan(pattern: re.Pattern[str], fast: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` gives, found through `fast` (the pattern
    without its leading boundary, so it matches wherever the pattern does and more):
    at each candidate position the pattern itself must match. Python's regex engine
    tries a pattern that starts with a lookbehind, "\b" or an alternation at every
    position; `fast`, starting with a letter or a character class, skips to the few
    positions worth trying."""
    pos = 0
    while True:
        candidate = fast.search(text, pos)
        if candidate is None:
            return
        m = pattern.match(text, candidate.start())
        if m is None:
            pos = candidate.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


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
        return _cstemmer.Stemmer(name)  # type: ignore[no-any-return]
    return snowballstemmer.stemmer(name)  # type: ignore[no-any-return]


def backend() -> str:
    """Which stemmer library is in use, for the benchmark's output."""
    return "PyStemmer (C)" if _cstemmer is not None else "snowballstemmer (pure Python)"


_stems: dict[tuple[str, str], str] = {}


def stem(word: str, language: str) -> str:
    """The stem of a folded word; cached, as stemming is most of a lint's cost."""
    key = (language, word)
    found = _stems.get(key)
    if found is not None:
        return found
    stemmer = _stemmer(language)
    result = stemmer.stemWord(word) if stemmer is not None else word
    if len(_stems) > _CACHE_LIMIT:
        _stems.clear()
    _stems[key] = result
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
    ends = [m.end() for m in scan(_SENTENCE_END, _SENTENCE_END_AT, folded)]
    tokens: list[Token] = []
    sentence = 0
    next_end = ends[0] if ends else len(text) + 1
    first = True
    cached = _stems.get  # the stem cache looked up inline: this loop runs once per word
    for m in WORD.finditer(folded):
        start, end = m.span()
        while start >= next_end:
            sentence += 1
            first = True
            next_end = ends[sentence] if sentence < len(ends) else len(text) + 1
        word = m.group()
        root = cached((language, word))
        if root is None:
            root = stem(word, language)
        tokens.append(Token(word, root, start, end, sentence, first))
        first = False
    return tokens
