"""pol87, trainP33's polite English drafts that the rules alone warned (the readers did not), each
beside a rude counterpart that is still flagged (R1, R6). Wordings written for this test, none a
labelled case.

- evidence asked for: "if your photos show otherwise, send them", against "prove otherwise";
- siding with the customer: "we agree with you: the seller sent the wrong item";
- a signed contract sent for reference: "I'll post a copy of the agreement you signed".
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    (
        "en",
        "If you have pictures of your own that show otherwise, please send them and we'll look again.",
    ),
    (
        "en",
        "Thanks, Omar, we agree with you: the courier left it at the wrong door. I've refunded you.",
    ),
    ("en", "For your adviser, I'll post a copy of the agreement you signed on 4 May."),
]
RUDE = [
    ("en", "You claim that the bumper was scratched before. Prove it."),
    ("en", "You entered the wrong postcode, so the parcel went back."),
    ("en", "It's all in the contract you signed, which you obviously didn't read."),
]
test_pol87_quiet, test_pol87_rude = quiet_and_rude_tests(QUIET, RUDE)
