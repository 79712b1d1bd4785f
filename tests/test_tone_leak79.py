"""leak79, what a product costs us and our supplier's terms (disclosures._WE_MAKE widened; R5:
business figures never leave the team). Each leak beside a look-alike: the customer's price, a
delivery that comes on a date. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "we buy them in at a price",
        "en",
        "We buy these kettles in at £9, so I can give you a good discount.",
        "These kettles are £29, and I can give you 10% off as a goodwill gesture.",
    ),
    (
        "our supplier's discount off list",
        "en",
        "We can't match that price: Harlow only give us 6% off list.",
        "We can't match that price, but we can offer free delivery instead.",
    ),
    (
        "the sofa comes to us at a price, ro",
        "ro",
        "Canapeaua ne vine de la fabrică cu 1.700 de lei, deci pot să vă fac o reducere.",
        "Canapeaua vine de la fabrică pe 12 martie, iar livrarea e gratuită.",
    ),
    (
        "the supplier's deferral, ru",
        "ru",
        "С поставщиком у нас отсрочка 60 дней, так что с оплатой можем подождать.",
        "С оплатой можем подождать до конца месяца, напишите, если нужна рассрочка.",
    ),
]

test_leak79 = leak_pair_tests(PAIRS)
