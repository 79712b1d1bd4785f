"""leak77, someone else's marks (othersdata._MARKS widened; R5): one given name with the group
after it ("Aisha in your group got 41"), a tie that names one person ("your project partner",
„colegul lui de bancă", «сосед по парте»), a letter grade, «набрал 56». Each leak beside a
look-alike: the customer's own mark, the group's average with no one named. Wordings written
for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "one name with the group",
        "en",
        "Don't worry about the 55. Priya in your group got 43 on the same paper.",
        "Don't worry about the 55. The average in your group was 52 on the same paper.",
    ),
    (
        "a letter grade of a named classmate",
        "en",
        "Your project partner got a C+ on the same report, so you did better.",
        "You got a B+ on the report, which is above the group's average.",
    ),
    (
        "the desk mate's mark, ro",
        "ro",
        "Colegul lui de bancă, Vlad Mihai, are 5,60 la fizică, deci Matei stă bine.",
        "Matei are 8,60 la fizică, peste media clasei.",
    ),
    (
        "the desk mate's score, ru",
        "ru",
        "Для сравнения, его сосед по парте набрал 48, так что у вашего сына хороший результат.",
        "Ваш сын набрал 78, это выше среднего по группе.",
    ),
]

test_leak77 = leak_pair_tests(PAIRS)
