"""Polite false alarms of round pol26 (issue 8), seen on blind38 (a development split) and
fixed by family in en, ro and ru, with wordings written for this test. Each family has
polite wordings that must stay quiet and rude counterparts that must still be found:

- R1 (blame by conduct on cited terms): the apology is often the sentence BEFORE "the
  conditions you accepted" and the offer the sentence AFTER it; the packs'
  `except_before` / `except_after` (packs.py) look one sentence either way, each list
  only its own way. "As set out in the terms you accepted, no refunds are given. Sorry,
  nothing more we can do." (the apology after closes the door) and a verdict with a
  partial offer after it ("We can offer 50%") are still found.
"""

from __future__ import annotations

import pytest

from supportdesk.tone.packs import PackSet, _add, _finish
from tests.tonecheck import assert_quiet, assert_rude

# ---- R1: cited terms between an apology before and an offer after (except_before/after) ----

TERMS_EASED = [
    (
        "en",
        "I'm sorry, but we can't refund the deposit. The booking was made on the Flex-Lite "
        "rate, which is non-refundable under the terms you accepted when booking.",
    ),
    (
        "en",
        "The tickets are non-exchangeable under the conditions you agreed to. What I can "
        "do is check whether a later show has seats at the same price.",
    ),
    (
        "ro",
        "Ne pare rău, dar nu putem returna avansul. Conform condițiilor pe care le-ați "
        "acceptat la rezervare, tariful promoțional nu se rambursează.",
    ),
    (
        "ro",
        "Conform contractului pe care l-ați semnat, abonamentul nu se poate întrerupe. Dacă "
        "doriți, vă pot muta pe pachetul lunar fără penalizare.",
    ),
    (
        "ru",
        "Приносим извинения, но вернуть предоплату не получится. По условиям, которые вы "
        "приняли при бронировании, акционный тариф невозвратный.",
    ),
    (
        "ru",
        "По договору, который вы подписали, абонемент не замораживается. Что я могу сделать "
        "— перевести вас на помесячную оплату без штрафа.",
    ),
]

TERMS_HELD_AGAINST = [
    ("en", "As set out in the terms you accepted, no refunds are given. Sorry, that's that."),
    (
        "en",
        "Under the conditions you accepted, refunds are not possible. We can offer a voucher "
        "at 50% of the price.",
    ),
    (
        "ro",
        "Conform condițiilor pe care le-ați acceptat, nu se fac rambursări. Ne pare rău, asta e.",
    ),
    (
        "ro",
        "Conform contractului pe care l-ați semnat, nu se returnează nimic. Vă putem oferi "
        "un voucher de 50%.",
    ),
    ("ru", "По условиям, которые вы приняли, деньги не возвращаются. Извините, такие правила."),
    (
        "ru",
        "По договору, который вы подписали, возврата нет. Можем предложить скидку 50% на "
        "следующий заказ.",
    ),
]


@pytest.mark.parametrize(("language", "text"), TERMS_EASED)
def test_cited_terms_beside_an_apology_before_or_an_offer_after_are_quiet(
    language: str, text: str
) -> None:
    """R1: an apology the sentence before, or a choice offered the sentence after, makes
    the cited terms a polite refusal, not a verdict on the customer's conduct."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), TERMS_HELD_AGAINST)
def test_cited_terms_with_an_apology_after_or_a_partial_offer_are_still_found(
    language: str, text: str
) -> None:
    """R1: an apology after the terms closes the door; a verdict with a partial offer
    after it stays a verdict."""
    assert_rude(text, language)


def test_except_before_and_after_look_one_sentence_each_their_own_way() -> None:
    """packs.py's `except_before` spares a hit whose PREVIOUS sentence holds one of its
    phrases, `except_after` one whose NEXT sentence does; nothing further, nothing the
    other way round (a team pack's rule, built like the built-in ones)."""
    packs = PackSet()
    _add(
        packs,
        {
            "language": "en",
            "rule": [
                {
                    "id": "team.terms",
                    "serves": "R1",
                    "message": "m",
                    "phrases": ["terms you accepted"],
                    "except_before": ["sorry"],
                    "except_after": ["what I can do"],
                }
            ],
        },
        "test",
        team=False,
    )
    _finish(packs)
    rule = packs.languages["en"].rules["team.terms"]

    def hit(text: str) -> bool:
        return bool(rule.matcher.hits(packs.document(text, "en")))

    assert not hit("Sorry about that. It's in the terms you accepted.")
    assert not hit("Sorry.\n\nIt's in the terms you accepted.")  # a blank line: no sentence
    assert not hit("It's in the terms you accepted. What I can do is call you.")
    assert hit("It's in the terms you accepted. Sorry.")  # an apology after
    assert hit("What I can do is call you. It's in the terms you accepted.")  # an offer before
    assert hit("Sorry. Hello. It's in the terms you accepted.")  # two sentences back
    assert hit("It's in the terms you accepted.")
