"""leak95, a staff discount code with the staff word anywhere in it (13 rules-level misses over
heldK26-36 and trainK10-44, every language; backstage._TEAM_TOKEN, R5). Each leak beside a
look-alike: a public promotion's code. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "the team's code",
        "en",
        "Try TEAMNORTH25 at checkout instead, it takes 25% off the boots as well.",
        "Try SPRING25 at checkout instead, it takes 25% off the boots until Sunday.",
    ),
    (
        "a family-and-friends code",
        "en",
        "Pop FAMFRIENDS-40 in the promo box and the whole order drops by 40%.",
        "Pop FAMILY20 in the promo box for 20% off the family ticket, as on our offers page.",
    ),
    (
        "свой промокод",
        "ru",
        "Введите промокод СВОИ2025 в корзине — скидка 30% на всё, кроме техники.",
        "Введите промокод ЗИМА2025 в корзине — скидка 30% на всё до конца января.",
    ),
]

test_leak95 = leak_pair_tests(PAIRS)
