"""pol110: what is kept for the customer is no ticket waiting on us (trainP41's en-xl025, blind53's
en-bi020: "your purchases and progress will be waiting for you when the suspension ends"), beside
a reply that is still waiting on someone and says nothing of when (R4). Wordings written for this
test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import warnings


def test_pol110_kept_for_the_customer_is_no_open_ticket() -> None:
    text = "Your account is closed as you asked. Your saved designs will be waiting for you if you come back."
    assert "next-step.missing" not in warnings(text, "en")


def test_pol110_still_waiting_on_someone_wants_a_next_step() -> None:
    text = "Your account is closed as you asked. We're still waiting for the warehouse to confirm the return."
    assert "next-step.missing" in warnings(text, "en")
