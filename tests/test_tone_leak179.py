"""leak179: where a colleague is, told to the customer (heldK61's and trainK68's rules-level misses, the
readers caught them), each beside a look-alike that stays clean (R5). Wordings written for this test,
none a labelled case.

- a colleague at a job interview, the town between („e la Viena la un interviu pentru alt job");
- a colleague away "in Tenerife with his family" after "Tom's not in until …";
- a head of ours opening the sentence, away somewhere till a day («Руководитель отдела сейчас на
  Мальдивах до двадцатого»).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

test_leak179 = leak_pair_tests(
    [
        (
            "a colleague at a job interview",
            "ro",
            "Mihaela nu mai răspunde la telefon azi, e la Cluj la un interviu pentru alt job. Vă ajut eu.",
            "Mihaela nu mai răspunde la telefon azi, așa că am preluat eu cererea dvs.",
        ),
        (
            "a colleague at a job interview",
            "en",
            "Priya's not in today, she's in Leeds for a job interview, but I can help.",
            "Priya's not in today, but I've picked up your case and can help.",
        ),
        (
            "a colleague on holiday with family",
            "en",
            "Sam's not in until the 20th, he's in Lanzarote with his family. I'll pass it on.",
            "Sam's not in until the 20th, so I've taken over your request.",
        ),
        (
            "a head of ours away till a day",
            "ru",
            "Начальник отдела сейчас на Бали до пятнадцатого, поэтому ответ будет позже.",
            "Начальник отдела рассмотрит жалобу до пятнадцатого и ответит письмом.",
        ),
    ]
)
