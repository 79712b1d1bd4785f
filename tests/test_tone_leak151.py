"""leak151: an exam's questions said to be an earlier sitting's (heldK51 in every language,
which the rules missed and the readers caught): "it's the same three questions as the March
paper", „subiectele sunt aceleași ca la sesiunea din martie", «вопросы те же 40, что в прошлом
месяце» (R5). Each beside a look-alike that compares nothing. Wordings written for this test,
none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "the questions an earlier sitting's",
        "en",
        "Don't worry about the theory part: it's the same five questions as last year's paper, in a new order.",
        "The theory part has the same format as last year's paper: five questions, forty minutes.",
    ),
    (
        "the questions an earlier sitting's",
        "ro",
        "Nu vă faceți griji, subiectele sunt aceleași ca la examenul din iunie, doar amestecate.",
        "Subiectele sunt aceleași pentru toți candidații și se publică după examen.",
    ),
    (
        "the questions an earlier sitting's",
        "ru",
        "Не переживайте, билеты те же, что на прошлой сессии, только порядок другой.",
        "Билеты одинаковые для всех групп, программа курса опубликована на сайте.",
    ),
]
test_leak151_pairs = leak_pair_tests(PAIRS)
