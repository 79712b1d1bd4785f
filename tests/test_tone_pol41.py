"""pol41, on blind50's rude misses after its judged run (a development split; tuned): the
customer's age made the reason ("many people your age…", "perhaps ask a grandson…") and the
customer blamed as a kind ("people like you who are the reason…"). Wordings written for this
test, none a labelled case (R1). Offers of help for anyone, at any age, stay quiet.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, assert_rude

RUDE = [
    ("Many people your age struggle with online banking, it's quite normal.", "en"),
    ("Perhaps ask your grandson to install the update for you.", "en"),
    ("Honestly, it's people like you who are the reason our queues are so long.", "en"),
]

POLITE = [
    (
        "Hi Rose,\n\nI've sent the steps again with pictures. If it's easier, I can call you "
        "tomorrow at 10 and we'll do it together.\n\nBest wishes,\nAmir",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "language"), RUDE)
def test_rude_is_found(text: str, language: str) -> None:
    assert_rude(text, language)


@pytest.mark.parametrize(("text", "language"), POLITE)
def test_polite_stays_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)
