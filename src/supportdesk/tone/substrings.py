"""Which of many fixed strings occur in a text, found in one pass over it.

Why: a lint asks "is this word in the draft?" about a thousand times — ~650 guard
words of the pack patterns (packs.py: a pattern runs only when one of its words is in
the folded draft) and ~250 hint words of the leak detectors (leakfinding.py) — and
each `word in text` is a scan of the whole 2,000-character draft (together ~10% of a
lint). An Aho-Corasick automaton over all those words reads the draft once and gives
the set of words present; every question after that is a set look-up. The answers are
`in`'s own: a word is in the set exactly when it is a substring of the text.

pyahocorasick (a C extension) builds and runs the automaton; without it the set is
worked out with `in` for each word, which gives the same set, only slower.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from operator import itemgetter

try:  # optional: the same answers without it (see the module docstring)
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover - depends on the installation
    _ahocorasick = None


# A text this short (a window or a sentence a detector looks at) is answered without
# being remembered: remembering it forgot the draft's answer, and the next question about
# the draft paid a whole pass again
_SHORT = 200
# an automaton's (end, word) pair -> the word
_VALUE = itemgetter(1)
# how many texts' positions are remembered: the opening words of the patterns (words.py)
# are looked for in the folded draft, its lower case and the draft itself in turn
_KEPT = 4


def find_all(text: str, s: str) -> list[int]:
    """Where `s` starts in `text`: every occurrence, overlapping ones too, ascending."""
    out: list[int] = []
    i = text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


class Positions(Mapping[str, list[int]]):
    """Where each string of a vocabulary starts in one text (`Substrings.positions`):
    which strings occur (`found`) comes from the one pass over the text; where one of
    them starts is worked out the first time it is asked (`find_all`) and kept. Why
    lazily: a draft holds ~1,200 occurrences of the ~20,000 opening and hint words, and
    filing each of them was a Python step (~10% of a lint), while a lint asks where
    ~70 of the words are, ~200 occurrences (spd21). The answers are `find_all`'s, so
    the same as when every occurrence was filed. `found` is a set, for look-ups and
    intersections in C; `in`, iteration and `len` read it too."""

    __slots__ = ("_starts", "_text", "found")

    def __init__(self, text: str, found: set[str]) -> None:
        self._text = text
        self.found = found
        self._starts: dict[str, list[int]] = {}

    def __getitem__(self, s: str) -> list[int]:
        at = self._starts.get(s)
        if at is None:
            if s not in self.found:
                raise KeyError(s)
            # two threads may both work it out: the same list, stored whole
            at = self._starts[s] = find_all(self._text, s)
        return at

    def get(self, s: str, default: list[int] | None = None) -> list[int] | None:  # type: ignore[override]
        return self[s] if s in self.found else default

    def __contains__(self, s: object) -> bool:
        return s in self.found

    def __iter__(self) -> Iterator[str]:
        return iter(self.found)

    def __len__(self) -> int:
        return len(self.found)


class Substrings:
    """A fixed set of strings (`vocabulary`) and, for any text, which of them it holds.

    Strings can be added later (`add`): the automaton is rebuilt on the next question,
    so a detector whose words were never registered still gets exact answers. The
    last texts asked about are remembered (a `str` never changes): the leak detectors
    ask about the same draft dozens of times per lint. Safe with threads linting at once
    (the TUI's worker and the CLI): the vocabulary is replaced, never changed in place,
    and each automaton and answer is filed with the vocabulary version it was made for."""

    __slots__ = ("_built", "_last", "_version", "common", "vocabulary")

    def __init__(self, strings: Iterable[str] = (), common: Iterable[str] = ()) -> None:
        self.vocabulary: frozenset[str] = frozenset()
        # strings found in nearly every text ("th", "nu", "на"): answered by `in`, which
        # stops at the first occurrence, and left out of the automaton, which reported
        # each of their occurrences (spd24: the pack guard words of <= 3 characters gave
        # ~70% of the ~1,100 occurrences of a draft). The same answers either way.
        self.common: tuple[str, ...] = tuple(sorted(set(common) - {""}))
        self._version = 0
        self._built: tuple[int, object | None] = (-1, None)  # (version, automaton)
        self._last: tuple[tuple[str, int, Positions], ...] = ()
        self.add(strings)
        self.add(self.common)

    def add(self, strings: Iterable[str]) -> None:
        """Take `strings` into the vocabulary."""
        new = set(strings) - self.vocabulary
        if new:
            self.vocabulary = self.vocabulary | new  # a new set: a build under way keeps its own
            self._version += 1

    def _automaton(self) -> tuple[int, object | None]:
        """(version, automaton) of the current vocabulary (None: no words, or no C
        extension: the answers then come from `in`)."""
        built = self._built
        version = self._version
        if built[0] == version:
            return built
        vocabulary = self.vocabulary
        automaton = None
        if _ahocorasick is not None and any(vocabulary):
            automaton = _ahocorasick.Automaton()
            common = set(self.common)
            for s in vocabulary:
                if s and s not in common:  # "" is in every text: `present` adds it
                    automaton.add_word(s, s)
            automaton.make_automaton()
        built = (version, automaton)
        self._built = built
        return built

    def positions(self, text: str) -> Positions:
        """Each (non-empty) string of the vocabulary found in `text`, with the
        positions where it starts, ascending (overlapping occurrences too, as
        `str.find` from each position after the last gives them): a `Positions`,
        which works each string's out when it is first asked for."""
        version, automaton = self._automaton()
        last = self._last
        # equal, not only the same object: a detector may lower the draft anew (a
        # comparison of two 2,000-character strings is a memcmp, a pass is not)
        for kept in last:
            if kept[1] == version and (kept[0] is text or kept[0] == text):
                return kept[2]
        out = Positions(text, self._found(automaton, text))
        if len(text) > _SHORT:  # a window keeps the draft's answer (`_SHORT`)
            self._last = ((text, version, out), *last[: _KEPT - 1])
        return out

    def present(self, text: str) -> set[str]:
        """The strings of the vocabulary that occur in `text`, without their positions
        (no list per occurrence: what the pack guards need)."""
        found = self._found(self._automaton()[1], text)
        if "" in self.vocabulary:
            found.add("")
        return found

    def _found(self, automaton: object | None, text: str) -> set[str]:
        """The non-empty strings of the vocabulary in `text`, a new set: from the
        automaton's one pass, else from `in` per string."""
        if automaton is None:
            return {s for s in self.vocabulary if s and s in text}
        # the set built in C (`map`, `itemgetter`): a set comprehension ran a bytecode
        # loop per occurrence, and common guard words ("the", "nu", "вы") occur dozens
        # of times in a draft
        found = set(map(_VALUE, automaton.iter(text)))  # type: ignore[attr-defined]
        if self.common:
            found.update(filter(text.__contains__, self.common))
        return found
