"""leak87, someone else's card by its last digits with whose it is said beside it (13 rules-level
misses over heldK8-37 and trainK8-37, every language; secrets._their_card, R5). Each leak beside a
look-alike: the customer's own card, or a card in the customer's own name. Wordings written for
this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a relative's card",
        "en",
        "The account holds two cards: yours ending 2291 and your sister's Mastercard ending 5108.",
        "The account holds one card, yours ending 2291, and it expires next month.",
    ),
    (
        "a card under another name",
        "en",
        "The first charge went on a Visa ending 6614 under Tom Becker, so it isn't on your statement.",
        "Hi Anna,\n\nThe first charge went on your Visa ending 6614, so it is on your statement.",
    ),
    (
        "pe numele soției",
        "ro",
        "Plata a fost făcută cu cardul terminat în 3092, pe numele soției, nu cu al dvs.",
        "Plata a fost făcută cu cardul dvs. terminat în 3092, pe numele dumneavoastră.",
    ),
    (
        "карта мужа",
        "ru",
        "Списание прошло с карты вашего мужа, окончание 7745, поэтому в вашей выписке его нет.",
        "Списание прошло с вашей карты, окончание 7745, поэтому оно есть в вашей выписке.",
    ),
]

test_leak87 = leak_pair_tests(PAIRS)
