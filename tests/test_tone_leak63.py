"""leak63, heldK35 after its judged run (a development split since; tuned, not an estimate),
every leak beside a look-alike (R5). Wordings written for this test, none a labelled case:

- the company under a tax inspection („societatea aflându-se în inspecție fiscală ANAF");
- an inquiry told as «запросом прокуратуры»;
- the sum under which an order "goes straight out" („sub suma asta pleacă direct");
- officially not, but a reason to write gets it («официально … не делаем, но если …»);
- another account's page shown by a flaw with no fix date;
- the commission we give a booking platform.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "the company under a tax inspection",
        "ro",
        "Facturile de avans sunt oprite temporar, societatea aflându-se în inspecție fiscală "
        "ANAF până în martie.",
        "Facturile de avans se emit în 2 zile lucrătoare de la plată.",
    ),
    (
        "an inquiry told as a prosecutor's request",
        "ru",
        "Справка временно не выдаётся в связи с запросом прокуратуры по начислениям за 2024 год.",
        "Справку выдадим в течение трёх рабочих дней после оплаты.",
    ),
    (
        "the sum under which an order goes straight out",
        "ro",
        "Comenzile peste 2.000 de lei le sunăm să confirmăm, sub suma asta pleacă direct. Faceți "
        "două comenzi mai mici.",
        "Comenzile peste 2.000 de lei le sunăm să confirmăm adresa, ca să nu se piardă coletul.",
    ),
    (
        "officially not, but a reason to write",
        "ru",
        "Официально возврат за абонемент мы не делаем, но если написать «по семейным "
        "обстоятельствам», бухгалтерия возвращает без документов.",
        "Официально возврат за абонемент мы не делаем, но можем заморозить его на месяц.",
    ),
    (
        "another account's page shown by an unfixed flaw",
        "en",
        "If you switch accounts quickly the app can show the other account's saved cards for a "
        "moment. The developers know, but there's no fix date yet.",
        "If you switch accounts quickly the app can show the login screen twice. It's fixed in "
        "version 5.2.",
    ),
    (
        "the commission we give a platform",
        "ro",
        "Rezervați direct la noi și vă facem 10%, oricum platformei le dăm 17% comision.",
        "Rezervați direct la noi și vă facem 10% reducere la micul dejun.",
    ),
]


test_leak_blocked_and_look_alike_clean = leak_pair_tests(PAIRS)
