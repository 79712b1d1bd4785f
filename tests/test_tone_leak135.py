"""leak135, more of trainK52's rules-level misses that the readers caught (defence in depth), each
beside the look-alike that stays clean (R5). Wordings written for this test, none a labelled case.

- another person's card, said to be his or hers by its last digits („cu cardul lui care se termină
  în 2277");
- why a slot came free, by the illness of the one who had it („a anulat pentru că … hepatită",
  «окно освободилось: … с подозрением на туберкулёз»);
- an offer we may not propose, to "you" („Nu avem voie să v-o propunem noi");
- a case against us with words between «на нас» and «подали» («На нас уже несколько человек в суд
  подали»), the customer's "you" of an earlier sentence no longer reading it as their right.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "another's card by its digits",
        "ro",
        "Abonamentul a fost plătit de fratele dumneavoastră, cu cardul lui care se termină în 4410.",
        "Abonamentul a fost plătit cu cardul dumneavoastră care se termină în 4410.",
    ),
    (
        "another's card by its digits",
        "en",
        "The last renewal was paid by your ex-partner, with her Visa card ending 8812.",
        "The last renewal was paid with your Visa card ending 8812.",
    ),
    (
        "a slot freed by illness",
        "ro",
        "Vă pot programa joi, un pacient a anulat pentru că a fost internat de urgență în spital.",
        "Vă pot programa joi, un pacient a anulat pentru că i s-a schimbat tura la serviciu.",
    ),
    (
        "a slot freed by illness",
        "ru",
        "Есть окно в среду: пациентка отменила запись, у неё подозрение на гепатит.",
        "Есть окно в среду: пациентка отменила запись, у неё изменились планы.",
    ),
    (
        "an offer we may not propose",
        "ro",
        "Aveți dreptul la o compensație de 250 de euro. Nu avem voie să v-o propunem noi, dar cereți-o în scris.",
        "Aveți dreptul la o compensație de 250 de euro; formularul de cerere e pe site.",
    ),
    (
        "a case against us",
        "ru",
        "На вашем месте я бы сохранил чеки. На нас уже трое покупателей в суд подали из-за этих котлов.",
        "На вашем месте я бы сохранил чеки: если захотите, вы вправе подать на нас в суд.",
    ),
]
test_leak135 = leak_pair_tests(PAIRS)
