"""Lint-time caches of spd14 (issue 8): the draft's lower case and its one-pass word
search are kept while detectors look at short windows of it, and the answers stay
`str.lower()`'s and `in`'s."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from supportdesk.tone import words
from supportdesk.tone.leakfinding import has_any
from supportdesk.tone.substrings import Substrings
from supportdesk.tone.words import lowered

DRAFT = "Здравствуйте, Анна! " * 20 + "Пароль от вашего кабинета: Zima!2026"
WINDOW = "вашего брата, ул. Ленина"


def test_a_window_does_not_push_the_draft_out_of_lowered() -> None:
    first = lowered(DRAFT)
    assert first == DRAFT.lower()
    assert lowered(WINDOW) == WINDOW.lower()  # a detector's window, answered as it is
    assert lowered(DRAFT) is first  # the draft's entry is still there: no second lower()
    assert words._LOWERED[0] is DRAFT


def test_a_window_does_not_push_the_draft_out_of_the_word_search() -> None:
    s = Substrings(["пароль", "брат"])
    low = DRAFT.lower()
    answer = s.positions(low)
    assert s.positions(WINDOW) == {"брат": [7]}
    assert s.positions(low) is answer  # remembered: no second pass over the draft
    assert s.present(WINDOW) == {"брат"}


def test_leak_hints_answer_for_window_and_draft_alike() -> None:
    """The leak detectors ask about the draft, then a window, then the draft again:
    each answer is `in`'s."""
    low = lowered(DRAFT)
    assert has_any(low, ("пароль",))
    assert not has_any(lowered(WINDOW), ("пароль",))
    assert has_any(lowered(WINDOW), ("брат",))
    assert not has_any(low, ("брат",))


def test_a_pattern_with_no_word_of_its_own_is_guarded_by_its_lookahead() -> None:
    """ru's "an offer as a question" (reply_offer) needs a "?" later in the sentence:
    that is its guard, so a draft without one skips it; a pattern with a word of its
    own keeps that word (what it looks around is no better a guard)."""
    import re

    from supportdesk.tone.packs import guard

    offer = re.compile(r"(?:^|[.!?]\s+|\n)(?P<hit>\w+(?:ть|ти))(?=[^.!?\n]*\?)")
    assert guard(offer) == ("?",)
    assert guard(re.compile(r"(?<=не )[«\"][^»\"\n]{2,30}[»\"]")) == ('"', "«")
    assert guard(re.compile(r"(?<=вы )отправил")) == ("отправил",)


def _case_texts() -> list[str]:
    import json
    from pathlib import Path

    data = Path(__file__).parent / "data" / "tone"
    return [
        json.loads(line)["text"]
        for path in sorted(data.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


TRICKY = [
    "prod-db-03.msk.internal.shoplane.ru, redis-cart-1.svc.cluster.local and x.y",
    "foo_bar.example.com a+b.corp.lan ana@mail.corp.lan ..a.b. .-x.local-",
    "billing-db-01 print-srv-02 xdb-srv-01 mysql-main-1 DB-Replica-03 ſrv-files-01",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl and v1.2.3, KELVIN.Kk",
    "srv-01. db-. db-a- -db-a-1 host-x-1:8080 ı.internal İstanbul.intranet",
    "10.0.3.15,1433 172.16.8.21:5432 1.2.3.4.5 v10.4.2.17 ٣.٣.٣.٣ 999.1.1.1 .1.2.3.4",
]


def _through_both_ways(text: str) -> int:
    """Asserts that each pattern `secrets` finds through its marks (words.through) gives
    finditer's matches on `text`; how many of them matched at all."""
    from supportdesk.tone import secrets
    from supportdesk.tone.words import finder, through

    marked = (
        (secrets._HOST, secrets._DOT_WORD.finditer(text)),
        (secrets._BARE_HOST, finder(secrets._BARE_WORD).finditer(text)),
        (secrets._IPV4, secrets._DOT_DIGIT.finditer(text)),
    )
    matched = 0
    for pattern, marks in marked:
        want = [(m.span(), m.group()) for m in pattern.finditer(text)]
        got = through(pattern, text, [d.start() for d in marks])
        assert [(m.span(), m.group()) for m in got] == want, text
        matched += bool(want)
    return matched


def test_through_finds_what_finditer_finds() -> None:
    """The host and IPv4 patterns found from their marks give finditer's matches, on
    every case text and on look-alikes built to trip it."""
    checked = sum(_through_both_ways(t) for t in [*_case_texts(), *TRICKY, " ".join(TRICKY)])
    assert checked > 100


@settings(max_examples=400, deadline=None)
@given(st.text("adbsrv-0._@ \n/Kſıй1٣", max_size=40))
def test_through_on_random_runs(text: str) -> None:
    _through_both_ways(text)


@settings(max_examples=500, deadline=None)
@given(st.text("a .!?;\n\t", max_size=30))
def test_sentence_ends_found_in_one_call_are_the_pattern_s(text: str) -> None:
    """tokenize's sentence ends (words._SENTENCE_END_FAST) are _SENTENCE_END's."""
    from supportdesk.tone.words import _SENTENCE_END, _SENTENCE_END_FAST

    want = [m.span() for m in _SENTENCE_END.finditer(text)]
    assert [m.span() for m in _SENTENCE_END_FAST.finditer(text)] == want


def test_sentence_ends_on_every_case_text() -> None:
    from supportdesk.tone.words import _SENTENCE_END, _SENTENCE_END_FAST, fold

    for text in map(fold, _case_texts()):
        want = [m.span() for m in _SENTENCE_END.finditer(text)]
        assert [m.span() for m in _SENTENCE_END_FAST.finditer(text)] == want
