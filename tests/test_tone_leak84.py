"""leak84, heldK37 after its judged run (a development split since; tuned, not an estimate): two of
its misses, each a widening run over every labelled case first (R5). Each leak beside a
look-alike. Wordings written for this test, none a labelled case.

- weaknesses._known_unfixed: the flaw left unfixed in the present tense («баг, его пока не
  чинят»);
- weaknesses._AGE_BAR: the bar a new account is held under, with its age ("anything under 14 days
  can't send more than €300 a day"); the customer's own account's age and limit stay clean.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "баг пока не чинят",
        "ru",
        "Промокод можно применить дважды к одному заказу — это баг, его пока не чинят.",
        "Промокод не применялся из-за ошибки на сайте; её уже исправили, попробуйте ещё раз.",
    ),
    (
        "an account's age bar",
        "en",
        "Accounts less than 30 days old can't withdraw over £200, so wait till next month.",
        "Your account is 9 days old, and withdrawals of up to £200 are available to you now.",
    ),
    (
        "bara conturilor noi",
        "ro",
        "Conturile mai noi de 30 de zile nu pot trimite peste 1.000 de lei, așa că mai așteptați.",
        "Contul dvs. are 9 zile, iar transferurile de până la 1.000 de lei sunt active.",
    ),
]

test_leak84 = leak_pair_tests(PAIRS)
