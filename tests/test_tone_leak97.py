"""leak97, a colleague judged to the customer in more words, and "you" earlier in the sentence
naming who the colleague spoke to (8 rules-level misses over heldK27-38 and trainK31-34, every
language; backoffice._JUDGED and _colleague_judged, R5). Each leak beside a look-alike: the mistake
owned without a word on who made it. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "you earlier in the sentence",
        "en",
        "Sorry about that, between us Kim who spoke to you on Monday is pretty hopeless with refunds.",
        "Sorry about that: the refund was set up wrongly on your call. I've fixed it now.",
    ),
    (
        "a nightmare on the phones",
        "en",
        "That was Dean, and honestly he's a nightmare on the phones. I'll sort it properly now.",
        "That call should have been handled better, and I'll sort it properly now.",
    ),
    (
        "вам неправильно сказал",
        "ru",
        "Это Игорь вам неправильно сказал, он у нас вообще мало что знает по тарифам.",
        "Вам неправильно назвали тариф, извините; правильная сумма — 590 ₽ в месяц.",
    ),
    (
        "încurcă tot",
        "ro",
        "Nu luați în seamă ce v-a zis Sorin, sincer e cam delăsător și încurcă tot.",
        "Nu luați în seamă informația primită la telefon, a fost greșită; vă rezolv eu.",
    ),
]

test_leak97 = leak_pair_tests(PAIRS)
