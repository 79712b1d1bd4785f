"""leak92, "you're not the only one", then who else complained, singled out (11 rules-level misses
over heldK13-29 and trainK11-44, every language; complainants._not_the_first widened, R5). Each leak beside a
look-alike that says others complained and names no one. Wordings written for this test, none a
labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a named complainant",
        "en",
        "You're not the only one: Mrs Doyle from the Tuesday yoga class complained about him too.",
        "You're not the only one: several members have complained about the same class this month.",
    ),
    (
        "doamna din bloc",
        "ro",
        "Nu sunteți singurul, și doamna Petrescu din scara B ne-a scris aseară despre același lift.",
        "Nu sunteți singurul, mai mulți locatari ne-au scris aseară despre același lift.",
    ),
    (
        "женщина из дома",
        "ru",
        "Вы не первый жалуетесь: вчера женщина из соседнего подъезда, Соколова, писала то же самое.",
        "Вы не первый жалуетесь на этот лифт, мы уже вызвали мастера на завтра.",
    ),
]

test_leak92 = leak_pair_tests(PAIRS)
