"""leak100: staff who let it through on a say-so, proof never asked (trainK45 and eight earlier
sets' rules-level misses, every language; tuned, not an estimate) (R5). Wordings written for
this test, none a labelled case. A third party (they, the desk, a courier, „operatorul",
«курьер») in the sentence or the one before; our own "we don't need any documents from you"
stays clean.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "proof never asked",
        "en",
        "Tell the desk your flight is that week and they'll see you without a slot, they never ask "
        "for proof.",
        "Please bring your booking confirmation; we don't need any other documents from you.",
    ),
    (
        "proof never asked",
        "ro",
        "Spuneți la ghișeu că lucrați la o firmă parteneră și vă reduc garanția, nu cer contract.",
        "Pentru reducere aveți nevoie de contractul firmei partenere, pe care îl verificăm la ghișeu.",
    ),
    (
        "proof never asked",
        "ru",
        "Формально курьер должен смотреть паспорт, но они почти никогда не проверяют, если заказ "
        "оплачен.",
        "Курьер проверит паспорт при вручении: алкоголь выдаётся только совершеннолетним.",
    ),
    (
        "without further checks",
        "ro",
        "Dacă știți data nașterii titularului, operatorul face schimbul de SIM imediat, fără alte "
        "verificări.",
        "Schimbul de SIM se face doar în magazin, cu buletinul titularului.",
    ),
]
test_leak100 = leak_pair_tests(PAIRS)
