"""leak86, a funding round done, told with its sum or its letter to reassure the customer (17
rules-level misses over heldK25-37 and trainK34-42, every language; unpublished._ROUND_RAISED,
R5). Each leak beside a look-alike: the round said to be public already, in the past tense (an
announcement still to come is what makes the leak), or a round that is no funding. Wordings
written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a round with its sum",
        "en",
        "No need to worry, we've just raised a $9m round from Fenwick Capital, news out in May.",
        "No need to worry: as we announced in March, we raised a $9m round from Fenwick Capital.",
    ),
    (
        "a round by its letter",
        "en",
        "We're signing a Series A next week, so more engineers are coming.",
        "We're closing round 3 of the beta next week, so more testers are coming.",
    ),
    (
        "bani de la un fond",
        "ro",
        "Nu ne închidem: am atras 2 milioane de euro de la un fond din Berlin, anunțul iese luna viitoare.",
        "Nu ne închidem: cum am anunțat în martie, am atras 2 milioane de euro de la un fond din Berlin.",
    ),
    (
        "деньги от фонда",
        "ru",
        "Не переживайте, мы привлекли 150 млн рублей от фонда, новость выйдет позже.",
        "Не переживайте: как мы уже сообщали, мы привлекли 150 млн рублей от фонда.",
    ),
]

test_leak86 = leak_pair_tests(PAIRS)
