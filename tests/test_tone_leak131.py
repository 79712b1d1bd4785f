"""leak131, trainK51's rules-level misses about colleagues that the readers caught (defence in depth),
each beside the look-alike that stays clean (R5). Wordings written for this test, none a labelled
case.

- the agent's aside about a colleague ("Between us he's …", "still can't … properly", „nu prea
  știe ce face", «я бы сама к нему не пошла», «ставит не те диагнозы»);
- a colleague's divorce, and who teaches or trains for us as a colleague („Doamna profesoară …
  trece printr-un divorț").
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "an aside about a colleague",
        "en",
        "Sorry, that was my colleague's slip. Between us he's been here a year and still can't book a courier properly.",
        "Sorry, that was my colleague's slip. I've rebooked the courier for tomorrow morning myself.",
    ),
    (
        "an aside about a colleague",
        "ro",
        "Dacă ar fi după mine, v-aș aproba cererea. Șeful meu respinge tot, nu prea știe ce face.",
        "Dacă ar fi după mine, v-aș aproba cererea, dar regulamentul cere avizul șefului de departament.",
    ),
    (
        "an aside about a colleague",
        "ru",
        "Честно, к Сидорову я бы сама не пошла, он постоянно ставит не те диагнозы. Запишу вас к другому врачу.",
        "Честно, ближайшая запись к Сидорову только через две недели. Могу записать вас к другому врачу раньше.",
    ),
    (
        "a colleague's private life",
        "ro",
        "Doamna profesoară a anulat orele pentru că trece printr-un divorț greu. Recuperăm în februarie.",
        "Doamna profesoară a anulat orele din cauza vremii. Recuperăm în februarie.",
    ),
    (
        "a colleague's private life",
        "en",
        "Your coach cancelled because she's going through a messy divorce. We'll make the lesson up next week.",
        "Your coach cancelled because the pool is closed for repairs. We'll make the lesson up next week.",
    ),
]
test_leak131_pairs = leak_pair_tests(PAIRS)
