"""The further pattern guards (packs.more_guards, spd11): each set is necessary, so a
pattern skipped for lack of one would have found nothing (issue 8: lint time)."""

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
    checked = 0
    for lang in packs.languages.values():
        matchers = [r.matcher for r in lang.rules.values()] + list(lang.lexicons.values())
        for m in matchers:
            for pattern in m.patterns:
                sets = more_guards(pattern, guard(pattern))
                if not sets:
                    continue
                for text in examples:
                    if pattern.search(text):
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
