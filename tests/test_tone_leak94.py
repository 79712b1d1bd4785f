"""leak94, someone else's mobile number with whose it is (12 rules-level misses over heldK6-37 and
trainK10-35, every language; othersdata._their_mobile, R5). Each leak beside a look-alike: the
courier's work number given to meet the delivery, or our own line. Wordings written for this test,
none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "the seller's mobile",
        "en",
        "The seller hasn't answered on the site, but he's on 07700 915 204 if you want to ring him.",
        "If the seller hasn't answered on the site by Friday, call us on 0161 496 0000 and we'll step in.",
    ),
    (
        "numărul vânzătorului",
        "ro",
        "Vânzătorul nu răspunde în aplicație, dar are trecut numărul 0745 662 190, încercați să-l sunați.",
        "Curierul vă sună înainte de livrare de pe 0745 662 190, numărul firmei de curierat.",
    ),
    (
        "телефон продавца",
        "ru",
        "Продавец не отвечает в чате, но в профиле у него указан +7 916 330-12-45, позвоните ему.",
        "Если продавец не ответит до пятницы, напишите нам, и мы откроем спор по заказу.",
    ),
]

test_leak94 = leak_pair_tests(PAIRS)
