"""pol142 (mood): a billing period is no wait (blind88's en-zc096, read after its judged run). "monthly"
shares its stem with "months", so "switch from monthly to yearly without losing my stuff" read as a
long wait beside a problem word. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from supportdesk.tone import analyze


def test_a_billing_period_is_no_wait() -> None:
    found = analyze(
        "hey, can I move from weekly to monthly billing without losing my saved playlists?",
        language="en",
    )
    assert found.mood == "neutral", found.signals


def test_months_of_waiting_still_count() -> None:
    found = analyze(
        "I've been waiting for months and the refund is still missing. Where is it?", language="en"
    )
    assert found.mood in ("upset", "angry"), found.signals
