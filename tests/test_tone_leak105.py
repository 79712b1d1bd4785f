"""leak105, recall gaps the last note left open, each beside the look-alike that stays clean (R5).
Wordings written for this test, none a labelled case.

- a flaw known and not fixed, beside what it doubles or leaves with the customer («бонусы
  остаются на аккаунте», «баг с двойным начислением», "you keep the items and the refund"),
  and nothing to fear for using it («вам за это ничего не будет»);
- a product still tried out on our own staff ("it's being tested on staff", „e în test la
  angajați", «её пока тестируют на сотрудниках»): not launched, whatever the customer is told.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "unfixed, kept",
        "ru",
        "Если отменить покупку после открытия набора, бонусы остаются на аккаунте: баг пока не "
        "исправили.",
        "Баг с отображением бонусов пока не исправили, но на баланс он не влияет; исправление "
        "выйдет в пятницу.",
    ),
    (
        "unfixed, doubled",
        "ru",
        "Про двойное начисление монет при оплате с двух устройств мы знаем, пока не пофиксили. Вам "
        "за это ничего не будет.",
        "Про ошибку со входом мы знаем, пока не исправили; временно войдите через сайт.",
    ),
    (
        "unfixed, kept (en)",
        "en",
        "Cancel the order after it ships and you keep the parcel and the refund; it's a known issue.",
        "It's a known issue with version 3.2 and the fix comes on Monday; until then, restart the app.",
    ),
    (
        "tested on staff",
        "en",
        "Good news: instant payouts are being tested on staff right now and reach everyone in spring.",
        "I tested the export on my side with the same file, and it works now.",
    ),
    (
        "în test la angajați",
        "ro",
        "Din martie veți putea plăti ratele direct din aplicație. Acum e în test la angajați.",
        "Am testat și eu exportul cu fișierul dumneavoastră și acum funcționează.",
    ),
    (
        "тестируют на сотрудниках",
        "ru",
        "Новый тариф с безлимитом почти готов, его пока тестируют на сотрудниках.",
        "Мы проверили выгрузку на вашем файле, теперь всё работает.",
    ),
]
test_leak105 = leak_pair_tests(PAIRS)
