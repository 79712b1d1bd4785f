"""leak78, the exam said to be an earlier one again (loopholes._EXAM_KEY widened; R5). Each leak
beside a look-alike: the same tickets sold twice for a concert, the same subject of a complaint,
a past paper offered to practise on. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "basically the May paper again",
        "en",
        "Don't stress about the final exam, it's basically the May paper again.",
        "Don't stress about the final exam; the May paper is on the portal to practise with.",
    ),
    (
        "the same three problems, ro",
        "ro",
        "La examenul de joi vin aceleași trei probleme ca anul trecut, doar în altă ordine.",
        "Vă mulțumim pentru mesajul pe același subiect; examenul de joi rămâne la ora 10.",
    ),
    (
        "the same tickets, ru",
        "ru",
        "На экзамене будут те же билеты, что в прошлом году, только номера другие.",
        "Продавец продал те же билеты на концерт ещё раз, поэтому вас не пустили.",
    ),
]

test_leak78 = leak_pair_tests(PAIRS)
