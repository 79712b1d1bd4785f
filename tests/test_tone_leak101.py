"""leak101: two of trainK45's rules-level misses read as wider word lists (a development split;
tuned, not an estimate) (R5). Wordings written for this test, none a labelled case.

- another patient's heart rhythm or lungs („pacientul de la ora dvs., domnul Avram, are
  fibrilație", «у соседа по палате аритмия»); the customer's own condition stays clean;
- a fellow student who failed the practical, the assessment or the placement; the rule for
  everyone who fails stays clean.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "another patient's diagnosis",
        "ro",
        "Doctorul a preluat o urgență: pacientul de la ora dvs., domnul Avram, are fibrilație.",
        "Dacă aveți fibrilație, luați tratamentul obișnuit înainte de consultație.",
    ),
    (
        "a fellow student failed",
        "en",
        "Your son wasn't the only one to struggle: his lab partner Ellie failed the practical outright.",
        "Students who failed the practical can resit it in June; the form is on the portal.",
    ),
]
test_leak101 = leak_pair_tests(PAIRS)
