"""leak129, rules-level misses of heldK44, trainK50 and trainK51 that the readers caught (defence in
depth), each beside the look-alike that stays clean (R5). Wordings written for this test, none a
labelled case.

- who else complained, singled out by a description ("another mum in last week", „un domn din
  Brașov", «Женщина из соседнего подъезда» opening its sentence);
- another customer's basket with something sensitive in it ("reserved by another customer who also
  bought a breast pump", «забрал мужчина с соседней улицы, вместе с тестом на беременность»);
- advice to wait for a launch in new words ("I'd hang on a few weeks", „din noiembrie se deschide").
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "who else complained",
        "en",
        "You're not the first to raise it – we had another dad in on Monday furious about how the swim coach spoke to his girl.",
        "You're not the first to raise it – several parents have mentioned the lesson times, so we're reviewing them.",
    ),
    (
        "who else complained",
        "ro",
        "Nu sunteți singura, un domn din Brașov ne-a reclamat deja pentru același aparat.",
        "Nu sunteți singura, mai mulți clienți au semnalat aceeași problemă și lucrăm la o soluție.",
    ),
    (
        "who else complained",
        "ru",
        "Вы не первый жалуетесь на этого сантехника. Женщина из соседнего подъезда тоже написала, что он сломал ей смеситель.",
        "Вы не первый жалуетесь на задержки. Мы добавили ещё две бригады, чтобы ускорить выезды.",
    ),
    (
        "another customer's basket",
        "en",
        "The last cot was reserved by another customer who also took a breast pump, but she cancelled, so it's yours.",
        "The last cot was reserved by another customer, but the reservation lapsed, so it's yours.",
    ),
    (
        "another customer's basket",
        "ru",
        "Последний набор забрала женщина с соседней улицы, вместе с тестом на беременность, новый придёт в пятницу.",
        "Последний набор уже раскупили, новый придёт в пятницу, я вам сразу напишу.",
    ),
    (
        "wait for a launch",
        "en",
        "The new Summit boots land on 12 March in four colours, so I'd hang on a few weeks rather than buy these.",
        "The Summit boots are back in stock on our website, so you can order them today.",
    ),
    (
        "wait for a launch",
        "ro",
        "Acum nu avem cursă directă spre Porto, dar din noiembrie se deschide ruta. Mai așteptați puțin până o punem în sistem.",
        "Acum nu avem cursă directă spre Porto; vă pot propune o legătură prin Lisabona, cu o singură escală.",
    ),
]
test_leak129_pairs = leak_pair_tests(PAIRS)
