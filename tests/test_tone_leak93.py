"""leak93, the reporter named right after "from" / "by" / „a făcut-o" / «подала» (18 rules-level
misses over heldK10-37 and trainK8-44, every language; complainants._named_after_from, R5). Each
leak beside a look-alike: a report from a neighbour not singled out, or from our own inspectors.
Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a room by its number",
        "en",
        "The noise warning followed a complaint from the guests in room 508, who rang twice.",
        "The noise warning followed a complaint from another guest; we can't say which one.",
    ),
    (
        "sesizarea a făcut-o",
        "ro",
        "Sesizarea pentru parcare a făcut-o doamna Voicu, de la etajul 4, nu noi.",
        "Sesizarea pentru parcare a venit de la un locatar, nu vă putem spune care.",
    ),
    (
        "по заявлению собственника",
        "ru",
        "Проверку назначили по заявлению собственника квартиры № 17, он пожаловался на протечку.",
        "Проверку назначили по плану управляющей компании, она проходит во всех квартирах дома.",
    ),
]

test_leak93 = leak_pair_tests(PAIRS)
