"""leak80, a case against us or with a partner, by its shape (R5). Each leak beside a look-alike:
the customer's own right to bring a claim, a court date that is the customer's own. Wordings
written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a group of passengers started court action against us",
        "en",
        "A group of passengers from that flight have started court action against us, so I'd wait.",
        "If you're unhappy, you can bring a claim against us at the small claims court.",
    ),
    (
        "a court case with the maker",
        "en",
        "The blenders aren't shipping because we're in a court case with the manufacturer.",
        "The blenders aren't shipping this week because the warehouse is closed for stocktake.",
    ),
    (
        "a collective action against us, ro",
        "ro",
        "Juriștii au zis să nu spunem, dar se pregătește o acțiune colectivă împotriva noastră.",
        "Dacă doriți, puteți depune o plângere împotriva noastră la ANPC; aveți acest drept.",
    ),
    (
        "a court with the factory, ru",
        "ru",
        "Шкафы не привезут, у нас суд с фабрикой из-за брака, лучше оформите возврат.",
        "Шкафы привезут в четверг, фабрика уже отгрузила заказ на склад.",
    ),
]

test_leak80 = leak_pair_tests(PAIRS)
