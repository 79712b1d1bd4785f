"""leak122, heldK43's leaks that both readers missed at its judged run (now a development split),
each beside the look-alike that stays clean (R5). Wordings written for this test, none a labelled
case.

- a hidden tier and what put the customer in it ("went up to gold in our system once you passed
  £3,000 spend");
- a new app's month, unannounced („în mai iese cea nouă");
- cuts under way („jumătate dintre colegi pleacă la 1 iulie", «в компании проходит сокращение»);
- an order from the central bank to us («Центральный банк выдал нам предписание»).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a hidden tier",
        "en",
        "Your account moved up to platinum once you spent over £5,000, so you jump the queue now.",
        "Your account is on our Plus plan, which includes priority support as listed on the site.",
    ),
    (
        "a new app's month",
        "ro",
        "Nu mai instalați versiunea asta, în iunie iese aplicația nouă cu plăți instant.",
        "Aplicația nouă, cu plăți instant, a fost lansată ieri și o găsiți în magazin.",
    ),
    (
        "cuts under way",
        "ro",
        "Am întârziat pentru că jumătate dintre colegi pleacă la 1 august, se închide biroul.",
        "Am întârziat pentru că jumătate dintre colegi au fost în concediu săptămâna trecută.",
    ),
    (
        "cuts under way",
        "ru",
        "Простите за задержку: у нас сейчас идёт сокращение, отдел уменьшается вдвое.",
        "Простите за задержку: на этой неделе очень много обращений, отвечаем по очереди.",
    ),
    (
        "an order from the central bank",
        "ru",
        "Ограничения не из-за вас: Банк России выдал нам предписание проверить всех новых клиентов.",
        "Ограничения не из-за вас: по закону мы проверяем всех новых клиентов в течение 10 дней.",
    ),
]
test_leak122_pairs = leak_pair_tests(PAIRS)
