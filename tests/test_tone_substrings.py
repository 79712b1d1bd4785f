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
    # spd21: the positions are worked out when asked; every way of asking agrees
    for w in words:
        assert (w in pos) == (w in pos.found) == bool(w and w in text)
        assert pos.get(w) == (_find_all(text, w) if w in pos else None)
    assert len(pos) == len(pos.found)


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
    """A detector's first lint adds its words: the answer for the same text then holds
    them (the memo is filed with the vocabulary's version)."""
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
    assert s._automaton()[1] is not None


def test_threads_adding_and_asking_at_once_get_exact_answers() -> None:
    """The TUI lints in a worker thread while the CLI or another worker may too: words
    added by one thread never make another's answer wrong."""
    import threading

    shared = Substrings(["base"])
    text = " ".join(f"w{i}x" for i in range(60)) + " base"
    errors: list[str] = []

    def work(k: int) -> None:
        for i in range(k, 60, 4):
            word = f"w{i}x"
            shared.add([word])
            if word not in shared.positions(text) or "base" not in shared.present(text):
                errors.append(word)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert set(shared.positions(text)) == {f"w{i}x" for i in range(60)} | {"base"}
