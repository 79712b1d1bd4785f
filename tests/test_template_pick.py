"""Choosing a template for a ticket (templates/pick.py): ranking, shortcuts, unfilled
fields. R3/R14: the variant follows the customer's language and register."""

from __future__ import annotations

import pytest

from supportdesk.templates import load_library
from supportdesk.templates.pick import candidates, score, shortcut_before, unfilled


@pytest.fixture(scope="module")
def library():
    return load_library(None)


def test_every_name_once_in_the_tickets_language_and_register(library):
    found = candidates(library, "", "ru", "informal")
    assert [c.name for c in found] == sorted(library.names())
    assert {c.template.language for c in found} == {"ru"}
    ack = next(c for c in found if c.name == "acknowledgement")
    assert ack.template.register == "informal"
    # A language without variants falls back to English (library.choose).
    assert {c.template.language for c in candidates(library, "", "de", "")} == {"en"}


def test_query_matches_name_shortcut_tags_and_body_best_first(library):
    assert candidates(library, "refund", "en", "")[0].name == "refund-processed"
    assert candidates(library, ";pwd", "en", "")[0].name == "password-reset"
    assert candidates(library, "outage", "en", "")[0].name == "outage-apology"
    assert candidates(library, "pwrst", "en", "")[0].name == "password-reset"  # fuzzy
    assert candidates(library, "zzqx", "en", "") == []
    # Every word must hit: "customer" alone matches more than "customer outage".
    both = candidates(library, "customer outage", "en", "")
    assert [c.name for c in both] == ["outage-apology"]
    assert len(candidates(library, "customer", "en", "")) > 1


def test_boosted_tags_rank_first_then_usage(library):
    boosted = candidates(library, "", "en", "", boost_tags={"Outage"})
    outage = {"outage-apology", "outage-known", "outage-resolved"}  # tagged [outage]
    assert {c.name for c in boosted[:3]} == outage and all(c.boosted for c in boosted[:3])
    assert not any(c.boosted for c in boosted[3:])
    used = candidates(library, "", "en", "", usage={"resolved": 9})
    assert used[0].name == "resolved"


def test_score_weights_name_above_body(library):
    ack = library.choose("acknowledgement", "en")
    assert score(ack, "acknowledgement") > score(ack, "meantime") > 0
    assert score(ack, "") == 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (";ack", ";ack"),
        ("Hello ;ack", ";ack"),
        ("Hello\n;pay-delay_2", ";pay-delay_2"),
        ("foo;ack", None),  # part of a word: not a shortcut
        ("Hello ;ack ", None),  # the caret is no longer right after it
        (";", None),
        ("", None),
    ],
)
def test_shortcut_before(text, expected):
    assert shortcut_before(text) == expected


def test_unfilled_names_each_placeholder_still_in_the_body():
    body = "Refund of [amount] done; [amount] again; days: 5."
    assert unfilled(body, ["amount", "refund_days", "amount"]) == [
        "the template field [amount] is not filled in"
    ]
    assert unfilled("Refund of 40 EUR", ["amount"]) == []
