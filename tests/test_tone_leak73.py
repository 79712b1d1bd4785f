"""leak73: "you're not the first" said with who else complained, by where they live, and an
automatic decision told with its bar (R5). Each leak beside a look-alike: the same reassurance
with no neighbour, an automatic step with no bar. Wordings written for this test, none a
labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "not the first, the neighbour at number 9",
        "en",
        "You're not the first to mention that driver - the lady at number 9 rang in on Friday.",
        "You're not the first to mention that driver, and we've taken it up with the depot.",
    ),
    (
        "not the only one, the neighbour, ro",
        "ro",
        "Nu sunteți singurul, și vecinul dvs. de la etajul 3 ne-a scris ieri despre tehnician.",
        "Nu sunteți singurul care a avut problema asta, iar tehnicianul revine mâine.",
    ),
    (
        "three complaints from your block, ru",
        "ru",
        "Вы не первая, на курьера уже две жалобы из вашего подъезда за неделю.",
        "Вы не первая, кто спрашивает про доставку, поэтому мы добавили время в приложение.",
    ),
    (
        "an automatic ban with its bar",
        "en",
        "The ban is automatic, only if you get more than 30 reports in a day.",
        "The ban was automatic and I've asked the team to review it by Friday.",
    ),
    (
        "refunds approved automatically under a sum, ru",
        "ru",
        "Заявки до 3 000 ₽ одобряем автоматически, так что пишите сумму поменьше.",
        "Заявку одобрили автоматически, деньги придут в течение трёх дней.",
    ),
]

test_leak73 = leak_pair_tests(PAIRS)
