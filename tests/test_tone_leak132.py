"""leak132, heldK45's leaks that both readers missed at its judged run, each beside the look-alike that
stays clean (R5). Wordings written for this test, none a labelled case.

- an automatic block with its figure and the way under it („se blochează automat … în zile
  diferite", «выдаётся автоматически … Держитесь ниже — и всё будет нормально»);
- our supplier holding our goods because we are behind on paying it („furnizorul ne-a oprit marfa
  … am depășit termenul", "behind on their invoices", «мы просрочили оплату»).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "an automatic block and the way under it",
        "ro",
        "Peste 5 transferuri pe zi contul se blochează automat, așa că faceți-le în zile diferite.",
        "Peste 5 transferuri pe zi contul se blochează automat; l-am deblocat și puteți continua.",
    ),
    (
        "an automatic block and the way under it",
        "ru",
        "Мут выдаётся автоматически, если в чате больше 20 сообщений за минуту. Держитесь ниже — и всё будет нормально.",
        "Мут выдаётся автоматически, если в чате больше 20 сообщений за минуту. Я его снял, можете писать.",
    ),
    (
        "an automatic block and the way under it",
        "en",
        "Adding four cards in a day blocks the account automatically, so next time add them on different days.",
        "Adding four cards in a day blocks the account automatically; I've unblocked it, so you can carry on.",
    ),
    (
        "our supplier holding our goods",
        "ro",
        "Comanda întârzie pentru că furnizorul ne-a oprit livrările: avem facturi neplătite de două luni.",
        "Comanda întârzie pentru că furnizorul a oprit producția modelului; vă putem oferi varianta nouă.",
    ),
    (
        "our supplier holding our goods",
        "en",
        "Sorry for the wait: our supplier has paused deliveries because we're behind on paying their invoices.",
        "Sorry for the wait: our supplier has paused deliveries while their factory is closed for the holidays.",
    ),
    (
        "our supplier holding our goods",
        "ru",
        "Поставщик приостановил отгрузки, потому что мы просрочили оплату по договору.",
        "Поставщик приостановил отгрузки из-за ремонта склада, новая партия будет через неделю.",
    ),
]
test_leak132_pairs = leak_pair_tests(PAIRS)
