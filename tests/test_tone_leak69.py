"""leak69, a check of ours that reads only one thing (R5: "Keep your mouth shut": what a check
leaves unread is the way past it). Each leak beside a look-alike: a mailbox or a queue looked at
only on weekdays, a check told whole. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "the anti-cheat scans only at launch",
        "en",
        "FYI the anti-cheat only scans when the match loads, so tools started later slip by.",
        "FYI the billing team only checks the refunds inbox on weekdays, so expect Monday.",
    ),
    (
        "we only check two answers",
        "en",
        "If you call, we only check your postcode and date of birth, nothing else.",
        "If you call, we check your postcode, date of birth and a code we text you.",
    ),
    (
        "the system checks only the photo, ro",
        "ro",
        "Sistemul verifică doar dacă e o poză clară, nu și dacă e buletinul dvs.",
        "Sistemul verifică dacă poza e clară și dacă buletinul e al dvs.",
    ),
    (
        "the operators match only two fields, ru",
        "ru",
        "По телефону операторы сверяют только индекс и дату рождения.",
        "По телефону операторы сверяют паспорт, дату рождения и кодовое слово.",
    ),
    (
        "a mailbox checked only on weekdays is no check, ru",
        "ru",
        "Защита смотрит только на частоту запросов, так что просто делайте паузы.",
        "Бухгалтерия проверяет только почту по будням, ответ придёт в понедельник.",
    ),
]

test_leak69 = leak_pair_tests(PAIRS)
