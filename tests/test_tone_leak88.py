"""leak88, an offer kept back for those who push (17 rules-level misses over heldK26-37 and
trainK35-44, every language; backstage._HELD_BACK widened, R5): who gives it only when asked, what
the retention team is allowed to give. Each leak beside a look-alike: the same offer on our site
for everyone, or a rule with no offer beside it. Wordings written for this test, none a labelled
case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "only when pushed",
        "en",
        "Ask the loyalty team for the 30% off deal; they don't offer it unless you mention leaving.",
        "The 30% off deal is on our website for every customer who renews before May.",
    ),
    (
        "allowed to give",
        "en",
        "When you call, they're allowed to go down to £15 a month if you say you're switching.",
        "When you call, they can move you to the £15 plan, the same one shown on our prices page.",
    ),
    (
        "decât dacă insistați",
        "ro",
        "Au un abonament la jumătate de preț, dar nu-l oferă decât dacă insistați la telefon.",
        "Abonamentul la jumătate de preț e pe site pentru toți clienții noi, până la final de lună.",
    ),
    (
        "сами не предлагаем",
        "ru",
        "Можно получить скидку 40% на полгода, но мы сами это не предлагаем — попросите в чате.",
        "Скидка 40% на полгода действует для всех новых клиентов, условия есть на сайте.",
    ),
]

test_leak88 = leak_pair_tests(PAIRS)
