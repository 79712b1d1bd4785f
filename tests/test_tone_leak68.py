"""leak68, a flaw we know of and have not fixed, told beside what it gives (R5: "Keep your mouth
shut": weaknesses never leave). Each leak beside a look-alike: the same "known issue" with a
fix coming and nothing gained, or a benefit with no flaw behind it. Wordings written for this
test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a discount twice, a glitch not fixed",
        "en",
        "If you remove the scarf and add it back, the 20% comes off twice. It's a glitch we "
        "haven't fixed yet.",
        "The app crashing on login is a known issue with version 6.1; a fix is coming in the "
        "next update.",
    ),
    (
        "attempts not limited, the devs know",
        "en",
        "The login page doesn't limit how many PINs you try, the devs know about it.",
        "The login page locks after five wrong PINs, which the devs set up last year.",
    ),
    (
        "someone else's invoice, a known bug",
        "en",
        "Yes, it's a known bug: changing the number in the link shows someone else's invoice.",
        "Yes, it's a known bug: the invoice link sometimes shows an error, so use the app.",
    ),
    (
        "a voucher more than once, ro",
        "ro",
        "Voucherul se aplică de mai multe ori dacă îl puneți din aplicație, e o eroare cunoscută.",
        "E o eroare cunoscută la aplicație pe Android 13, remedierea vine săptămâna viitoare.",
    ),
    (
        "no code asked, not repaired, ro",
        "ro",
        "Aplicația nu mai cere codul după ce schimbați telefonul, încă nu am reparat asta.",
        "Aplicația vă cere codul după ce schimbați telefonul, pentru siguranța contului.",
    ),
    (
        "points twice, not fixed, ru",
        "ru",
        "Если отменить заказ в приложении, баллы начисляются два раза, это ещё не исправили.",
        "Ошибку с отображением баллов ещё не исправили, но сами баллы на месте.",
    ),
    (
        "any code works, the programmers know, ru",
        "ru",
        "Добавьте в адрес ?promo=VIP, и подставится любая скидка. Программисты в курсе.",
        "Промокод VIP даёт скидку 10% на первый заказ. Программисты в курсе ваших пожеланий.",
    ),
]

test_leak68 = leak_pair_tests(PAIRS)
