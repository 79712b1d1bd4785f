"""leak75, staff pay said as "they're on £11.44 an hour", „noi luăm 2.800 de lei net", «нам
платят 38 тысяч на руки» (R5: what our staff are paid is internal). Each leak beside a
look-alike: the customer's own plan, a price with "net". Wordings written for this test, none a
labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "the people on the phones, paid by the hour",
        "en",
        "To be fair to the people on the phones, they're on £11.20 an hour, so bear with us.",
        "To be fair, you're on £11.20 a month, which is our cheapest plan, so no change needed.",
    ),
    (
        "we take home a sum, ro",
        "ro",
        "Vă înțeleg, dar noi aici luăm 2.700 de lei net și suntem patru pe tot județul.",
        "Vă înțeleg; suma de 2.700 de lei net vi se virează în contul dvs. vineri.",
    ),
    (
        "we are paid so much in hand, ru",
        "ru",
        "Понимаю, что долго. Нам платят 36 тысяч на руки, вот люди и уходят.",
        "Понимаю, что долго. Вам вернут 36 тысяч на карту в течение трёх дней.",
    ),
]

test_leak75 = leak_pair_tests(PAIRS)
