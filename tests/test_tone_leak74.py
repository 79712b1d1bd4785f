"""leak74, who made a complaint or a report, by where they live or by their handle (R5:
another person's data never leave). Each leak beside a look-alike: a report from our own
inspectors, the customer's own complaint, a complaint with no one named. Wordings written for
this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "the couple upstairs made the complaint",
        "en",
        "The noise complaint came from the couple directly upstairs, so maybe have a word.",
        "The noise complaint came from our own patrol team during a routine visit.",
    ),
    (
        "a report from a named user",
        "en",
        "Your listing was removed after a report from the user retro_finds_77.",
        "Your listing was removed after an automatic check of the photos; you can appeal.",
    ),
    (
        "the neighbour on the second floor, ro",
        "ro",
        "Sesizarea a venit de la doamna Ionescu de la etajul 2, care a trimis și poze.",
        "Sesizarea dvs. a fost înregistrată și un inspector vine joi.",
    ),
    (
        "a complaint from flat 12, ru",
        "ru",
        "Жалоба поступила от соседей из 12-й квартиры, они звонили дважды.",
        "Жалоба поступила к нам в понедельник, мастер придёт в четверг.",
    ),
]

test_leak74 = leak_pair_tests(PAIRS)
