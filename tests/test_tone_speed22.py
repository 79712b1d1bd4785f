"""The spd22b shortcuts (issue 8: lint of a 2,000-character draft within its budget),
each a necessary condition tested before work that can only find something when it
holds, and shown here to change nothing. Speed is measured by bench/lint_callgrind.py,
never here.

- A rule's exception regexes are searched around its hits only when the folded draft
  holds their guard words (`Matcher.except_guards`, `except_more`, found in the pack
  set's one pass): the hits spared are the ones every exception spares.
- The sentence model's and the reply model's per-token loops read the index's lists
  (`Index.starts`, `sentences`) and skip what cannot occur: no "?" in the draft, no
  question; none of "when"/"means" in it, no tautology; fewer than three one-word
  sentences, no staccato.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace

from supportdesk.tone import builtin_packs
from supportdesk.tone.construct import _MEANS_OR_WHEN, _questions, _staccato, _tautologies
from supportdesk.tone.lint import unquoted
from supportdesk.tone.packs import Document, Matcher, _spared, sentence_of
from tests.test_tone_speed import TEXTS
from tests.test_tone_speed18 import _JOINED

# the labelled texts alone and joined ~2,000 characters at a time (the benchmark's size)
DRAFTS = TEXTS[::7] + _JOINED[::3]


def _language(text: str) -> str:
    if any("а" <= c <= "я" for c in text.lower()):
        return "ru"
    return "ro" if any(c in "ăâîșşțţ" for c in text.lower()) else "en"


def test_drafts_cover_every_language() -> None:
    assert {_language(t) for t in DRAFTS} == {"en", "ro", "ru"} and len(_JOINED) > 50


def documents_and_matchers() -> Iterator[tuple[Document, Matcher]]:
    """Each draft's document with every pack matcher (rules and word lists) of its
    language."""
    packs = builtin_packs()
    for text in DRAFTS:
        lang = _language(text)
        doc = packs.document(unquoted(text), lang)
        matchers = [r.matcher for r in packs.rules(lang)]
        for m in matchers + list(packs.languages[lang].lexicons.values()):
            yield doc, m


def test_live_exceptions_spare_what_every_exception_spares() -> None:
    """R1/R6: for every pack matcher with exception regexes, on every draft, the spans
    the guarded exceptions spare around its hits are those all of them spare."""
    checked = skipped = 0
    for doc, m in documents_and_matchers():
        if not m.except_patterns:
            continue
        found = [(s, e) for s, e in ((h.start, h.end) for h in _hits_unspared(m, doc))]
        if not found:
            continue
        live = m._live_exceptions(doc)
        every = _spared(m.except_patterns, doc.folded, found)
        assert sorted(_spared(live, doc.folded, found)) == sorted(every)
        # and no exception left out matches anywhere in the draft
        for p in m.except_patterns:
            if p not in live:
                assert p.search(doc.folded) is None
                skipped += 1
        checked += 1
    assert checked > 200 and skipped > 100


def _hits_unspared(m, doc):  # type: ignore[no-untyped-def]
    """The matcher's hits before its exceptions (its phrases and patterns)."""
    found = []
    index = doc.index
    for phrase in m.candidates(doc):
        for first, last in index.find(phrase):
            found.append(index.span((first, last)))
    for i in range(len(m.patterns)):
        m._run(i, doc.folded, found)
    return [type("H", (), {"start": s, "end": e}) for s, e in found]


def _questions_slow(doc):  # type: ignore[no-untyped-def]
    toks = doc.index.tokens
    found = set()
    for i, t in enumerate(toks):
        last = i + 1 == len(toks) or toks[i + 1].sentence != t.sentence
        if last:
            stop = toks[i + 1].start if i + 1 < len(toks) else len(doc.text)
            if "?" in doc.text[t.end : stop]:
                found.add(t.sentence)
    return found


def test_sentence_checks_give_what_the_whole_loops_give() -> None:
    """R1: the gated checks of the sentence model find what their loops find, and the
    index's starts place a character in the sentence a bisection of the tokens does."""
    packs = builtin_packs()
    for text in DRAFTS:
        doc = packs.document(unquoted(text), _language(text))
        toks = doc.index.tokens
        assert doc.index.starts == [t.start for t in toks]
        assert _questions(doc) == _questions_slow(doc)
        for at in range(0, len(doc.text), 37):
            i = bisect_right(toks, at, key=lambda t: t.start) - 1
            assert sentence_of(doc, at) == (toks[i].sentence if i >= 0 else -1)
        # the gate opened (every word it looks for put in the folded text the gate reads;
        # the tokens are the same): the loop finds what the gated call found
        opened = replace(doc, folded=doc.folded + " " + " ".join(sorted(_MEANS_OR_WHEN)))
        assert _tautologies(doc) == _tautologies(opened)
        assert isinstance(_staccato(doc), list)


def test_staccato_and_tautologies_still_found() -> None:
    """The gates let the shapes they guard through: "You. Deleted. Everything." and "it
    will be back when it is back"."""
    packs = builtin_packs()
    doc = packs.document("Hello Sam,\nYou. Deleted. Everything. Sorry.\nThanks", "en")
    assert _staccato(doc)
    doc = packs.document("The site will be back when it is back.", "en")
    assert _tautologies(doc)
