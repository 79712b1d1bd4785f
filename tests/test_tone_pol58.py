"""pol58, trainP25's rules-level false alarms (development split; tuned, not an estimate): polite
wordings that must stay quiet beside rude ones that must still be flagged (R1, R6). Wordings
written for this test, none a labelled case.

- "I'm not going to be able to waive the fee" is the polite form of a no, not "I'm not going to
  waive it";
- a sale said to end is on now ("the 20% off ends on Sunday, so I'd buy it before then"), no
  tip on a price to come (R5, leak71).
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    ("en", "I'm not going to be able to waive the late fee again, I'm afraid; it was a one-off."),
    ("en", "The 20% off ends on Sunday, so I'd buy it before then. From Monday it goes to £49."),
]

RUDE = [
    ("en", "I'm not going to waive the fee again."),
    ("en", "I'm not going to repeat myself."),
]


test_polite_wording_stays_quiet, test_rude_counterpart_still_flagged = quiet_and_rude_tests(
    QUIET, RUDE
)
