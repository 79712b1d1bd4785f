"""tone/substrings.py: the one-pass word search gives `in`'s and `str.find`'s answers
exactly (the pack guards and leak hints rely on it: lint output must not change)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from supportdesk.tone import substrings
from supportdesk.tone.substrings import Substrings

ALPHABET = "ab ăîșțжеё.,-"
WORDS = st.lists(st.text(ALPHABET, min_size=0, max_size=4), max_size=12)
TEXTS = st.text(ALPHABET, max_size=60)


def _find_all(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def _check(words: list[str], text: str) -> None:
    s = Substrings(words)
    assert s.present(text) == {w for w in words if w in text}
    pos = s.positions(text)
    assert set(pos) == {w for w in words if w and w in text}
    for w, at in pos.items():
        assert at == _find_all(text, w)


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXTS)
def test_same_answers_as_in_and_find(words: list[str], text: str) -> None:
    _check(words, text)


@settings(max_examples=100, deadline=None)
@given(WORDS, TEXTS)
def test_fallback_without_the_c_extension(words: list[str], text: str) -> None:
    saved = substrings._ahocorasick
    substrings._ahocorasick = None
    try:
        _check(words, text)
    finally:
        substrings._ahocorasick = saved


def test_words_added_later_are_found_and_memo_is_dropped() -> None:
    s = Substrings(["parola"])
    text = "parola și tokenul"
    assert set(s.positions(text)) == {"parola"}
    s.add(["token"])
    assert s.positions(text) == {"parola": [0], "token": [10]}
    assert s.present(text) == {"parola", "token"}


@pytest.mark.skipif(substrings._ahocorasick is None, reason="pyahocorasick not installed")
def test_the_c_automaton_is_used_when_installed() -> None:
    s = Substrings(["же"])
    assert s.present("уже же") == {"же"}
    assert s._automaton is not None
