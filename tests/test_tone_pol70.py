"""pol70, rules-level false alarms left open in the last note, each mended where a rule misread a
wording, beside its counterpart still flagged (R1). Wordings written for this test, none a
labelled case.

- "We don't need any receipts from you for this refund": a requirement waived, not a curt
  refusal (R1, R4);
- „Nu, nu putem muta programarea a treia oară”: what we cannot do again, counted, is a refusal
  with its reason, not „vă spun a treia oară” (R1).
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    ("en", "We don't need any receipts from you for this refund."),
    (
        "ro",
        "Nu, nu putem muta programarea a treia oară, dar vă putem oferi o consultație online mâine "
        "la ora 10.",
    ),
    ("ro", "Din păcate nu mai putem prelungi perioada de probă a doua oară."),
]
RUDE = [
    ("en", "We don't refund used passes."),
    ("ro", "Nu pot să vă explic a treia oară același lucru."),
    ("ro", "Simona, e a treia oară când muți programarea."),
]
test_pol70_quiet, test_pol70_rude = quiet_and_rude_tests(QUIET, RUDE)
