"""leak111, heldK40's rules-level misses after its judged run (now a development split; tuned, not
an estimate; the readers had caught them), each beside the look-alike that stays clean (R5).
Wordings written for this test, none a labelled case.

- a colleague's heart bypass; what we pay the factory or the fitter («сборщику мы платим
  1 500»); "we only ask for the postcode and date of birth" to order a SIM;
- a pupil by first name from the customer's group with their score («Даня из вашей группы 41
  набрал»); revenue down «процентов на тридцать»;
- merger talks, a listing on the exchange, an investor coming in with his sum.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "heart bypass",
        "en",
        "Sorry for the silence: Tom, who had your claim, is off for six weeks recovering from his heart bypass.",
        "Sorry for the silence on your claim; I've taken it over and will call you on Friday.",
    ),
    (
        "what we pay the factory",
        "en",
        "I know £30 sounds a lot, but we're only paying about £8 a unit to the factory.",
        "I know £30 sounds a lot; it includes two years' warranty and free returns.",
    ),
    (
        "сборщику мы платим",
        "ru",
        "Сборщику мы платим 1 500, а с вас берём 2 900, так что лучше позовите знакомого.",
        "Сборка стоит 2 900 ₽, её можно отменить до приезда мастера.",
    ),
    (
        "we only ask for",
        "en",
        "To order a new SIM by phone we only ask for the postcode and date of birth.",
        "To order a new SIM, log in to the app; we'll text a code to your current number.",
    ),
    (
        "a pupil of the group",
        "ru",
        "68 баллов — это нормально. Даня из вашей группы вообще 41 набрал.",
        "68 баллов — это нормально, проходной балл на пробнике 40.",
    ),
    (
        "процентов на тридцать",
        "ru",
        "Акций много, потому что выручка за полгода упала процентов на тридцать.",
        "Акций много, потому что сейчас сезон распродаж, скидки до 30 процентов.",
    ),
    (
        "merger talks",
        "ro",
        "Poate mai așteptați: se discută fuziunea cu o bancă austriacă, la toamnă se schimbă dobânzile.",
        "Poate mai așteptați: dobânzile se revizuiesc în fiecare trimestru, următoarea dată în "
        "octombrie.",
    ),
    (
        "an investor with his sum",
        "ru",
        "Не переживайте: в следующем месяце к нам заходит инвестор с 300 миллионами.",
        "Не переживайте: годовая подписка действует весь срок, даже если тариф поменяется.",
    ),
]
test_leak111 = leak_pair_tests(PAIRS)
