"""leak71, pricetips widened (R5: when prices change is the team's to know until it is public):
the advice said as "I'd grab it this week", „faceți-o luna asta", «лучше сделайте это до …»,
the rise as "going to £32", „ajunge la 55 de lei", «890 вместо 750». Each leak beside a
look-alike: a code valid till the end of the month, a sale said to end, a renewal at the same
price. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "grab it this week, it goes to a new price",
        "en",
        "If you want the yearly plan I'd grab it this week, it's going to £129 on 1 April.",
        "Your yearly plan renews on 1 April at £99, the same as this year, so nothing to do.",
    ),
    (
        "a sale said to end is on now",
        "en",
        "I'd renew this month: from 1 May the Basic plan goes from £7 to £9.",
        "The 20% off ends on Sunday, so I'd buy it before then. From Monday it goes to £49.",
    ),
    (
        "do it this month, ro",
        "ro",
        "Dacă vreți să prelungiți, faceți-o luna asta: de la 1 mai pachetul ajunge la 65 de lei.",
        "Dacă vreți să prelungiți, o puteți face oricând: pachetul rămâne la 49 de lei.",
    ),
    (
        "better do it before, ru",
        "ru",
        "Лучше сделайте это до конца месяца: с 1 апреля тариф будет стоить 890 вместо 750 ₽.",
        "Промокод ВЕСНА10 из рассылки даёт скидку 10% и действует до конца месяца.",
    ),
]

test_leak71 = leak_pair_tests(PAIRS)
