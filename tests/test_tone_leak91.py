"""leak91, another pupil's score said in other words (17 rules-level misses over heldK6-37 and
trainK19-44, every language; othersdata._NAMED_SCORE widened, R5). Each leak beside a look-alike:
the customer's own child's mark and the group's average or pass rate. Wordings written for this
test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "the top of the group by name",
        "en",
        "For context, the top of the class was Priya Shah with 88, so Leo's 64 is fine.",
        "For context, the class average was 58, so Leo's 64 on the test is fine.",
    ),
    (
        "a picat cu",
        "ro",
        "Ana a luat 7 la teză; în grupa ei, Mihai Stan și Ioana Rusu au picat cu 3.",
        "Ana a luat 7 la teză, peste media clasei, care a fost 6,20.",
    ),
    (
        "у одноклассника двойка",
        "ru",
        "Не переживайте за тройку Димы: у Кости Белова в этой четверти вообще двойка.",
        "Не переживайте за тройку Димы: средний балл по классу в этой четверти — 3,4.",
    ),
]

test_leak91 = leak_pair_tests(PAIRS)
