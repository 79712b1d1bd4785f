"""Lint-time shortcuts of spd11 (issue 8) that must not change what is found: the
further pattern guards (packs.more_guards; each set is necessary, so a pattern skipped
for lack of one would have found nothing) and the caseless cover (words.caseless_cover)."""

from __future__ import annotations

import re

from supportdesk.tone import builtin_packs
from supportdesk.tone.packs import guard, more_guards
from supportdesk.tone.words import fold


def test_more_guards_never_skip_a_match() -> None:
    """On every example of every rule, each match of each pack regex holds one
    substring of every set more_guards gives for it."""
    packs = builtin_packs()
    examples = [fold(e) for r in packs.all_rules() for e in (*r.positive, *r.negative)]
    patterns = {
        p
        for lang in packs.languages.values()
        for m in (*(r.matcher for r in lang.rules.values()), *lang.lexicons.values())
        for p in m.patterns
    }
    guarded = [(p, more_guards(p, guard(p))) for p in patterns]
    checked = 0
    for pattern, sets in (g for g in guarded if g[1]):
        for text in filter(pattern.search, examples):
            checked += 1
            for needs in sets:
                assert any(n in text for n in needs), (pattern.pattern, needs, text)
    assert checked > 50


def test_more_guards_read_groups_and_alternations() -> None:
    """The words after the first guard, inside groups and alternations; not what a
    lookahead or an optional part holds."""
    p = re.compile(r",\s*(?P<hit>i guess|i suppose)\s*[.!]")
    assert guard(p) == ("i ",)
    assert more_guards(p, guard(p)) == (("guess", "suppose"),)
    q = re.compile(r"\bwe(?: really)? (?=are\b)are (?:so )?sorry")
    assert more_guards(q, guard(q)) == (("are ",), ("sorry",))


def test_caseless_cover_finds_what_the_pattern_finds() -> None:
    """A case-insensitive pattern with a case-sensitive group (secrets._OTHER's "our
    customer" before a capital) gets a lowered copy that finds candidates
    (words.caseless_cover); the finder's matches stay the pattern's own."""
    from supportdesk.tone.secrets import _OTHER
    from supportdesk.tone.words import caseless_copy, caseless_cover, finder

    assert caseless_copy(_OTHER) is None  # not exact: the capital is lost when lowered
    assert caseless_cover(_OTHER) is not None
    assert finder(_OTHER).fast is not None
    texts = [
        "Our customer Daniel Roth from Bristol had it too. OUR CUSTOMER service is open.",
        "our customer service will call; our customer Ann Lee said so",
        "наш клиент Даниил Ротов из Казани, наш клиент сервис, НАШ КЛИЕНТ Анна",
    ]
    for text in texts:
        want = [m.span() for m in _OTHER.finditer(text)]
        assert want
        assert [m.span() for m in finder(_OTHER).finditer(text)] == want
    # more inside a negative lookaround would be less outside: no cover there
    assert caseless_cover(re.compile(r"(?i)ab(?!(?-i:C))")) is None
    assert caseless_cover(re.compile(r"(?i)ab(?=(?-i:C))")) is not None
