"""leak58, an automatic rule told with its figure and how to stay under it (trainK40 and heldK34,
development splits; tuned, not an estimate), every leak beside a look-alike (R5). Wordings
written for this test, none a labelled case: the rule explained with a way to undo it (reset
the PIN in the app, ask for a manual review) stays clean; the rule with how not to trip it
("You're on two", "reapply and you'll probably clear it", „nu se mai blochează", «и блокировок
не будет») is the recipe.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a tripwire and how to stay under it",
        "en",
        "We auto-close accounts after a third chargeback in 12 months. You're on two, so contact "
        "us first next time.",
        "Your card was blocked automatically after three wrong PINs; you can reset the PIN in the "
        "app.",
    ),
    (
        "a tripwire and how to stay under it",
        "en",
        "The automatic cut-off for the loan is 640. If you pay down the card and reapply you'll "
        "probably clear it.",
        "The loan was declined automatically; you can ask for a manual review by replying to this "
        "email.",
    ),
    (
        "a tripwire and how to stay under it",
        "ro",
        "Data viitoare, după două refuzuri, așteptați o oră și nu se mai blochează, asta e regula.",
        "Cardul s-a blocat automat după trei plăți refuzate; îl deblocați din aplicație.",
    ),
    (
        "a tripwire and how to stay under it",
        "ru",
        "Система срабатывает, если за сутки больше 10 поступлений. Пусть переводят не все в один "
        "день, и блокировок не будет.",
        "Карту заблокировали автоматически после трёх неверных ПИН-кодов, разблокировать можно в "
        "приложении.",
    ),
]


test_leak_blocked_and_look_alike_clean = leak_pair_tests(PAIRS)
