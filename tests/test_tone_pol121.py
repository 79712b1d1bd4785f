"""pol121: trainP46's false alarms (R5), each beside the wording that stays blocked. Wordings written
for this test, none a labelled case.

- the firm the customer's own debt was passed to ("has been passed to Cabot Credit Ltd"): where to pay
  from now on, not someone else's money (othersmoney._assignee); a debt said to be someone's by name
  stays theirs;
- sympathy for the customer's own relative ("I'm sorry your husband has been ill"), which the meaning
  model read as another person's health (the packs' `reader_leak_spared`, every language).
"""

from __future__ import annotations

import pytest

from supportdesk.tone import context_from
from supportdesk.tone.reader import shared_reader
from tests.tonecheck import blocked_leaks, reader_blocks


def test_the_firm_a_debt_was_sold_to_is_not_whose_money_it_is() -> None:
    ctx = context_from({"customer_account": "40091237"})
    own = (
        "We confirm that the balance of £1,140.50 on account 40091237 has been transferred to Cabot Credit Ltd. "
        "Please send any payments to them from now on."
    )
    assert blocked_leaks(own, "en", ctx) == []
    named = (
        "We confirm that Mrs Okafor's balance of £1,140.50 has been transferred to Cabot Credit Ltd. "
        "Please send any payments to them from now on."
    )
    assert blocked_leaks(named, "en", ctx)


@pytest.mark.skipif(
    not shared_reader().available, reason="the meaning model's wheel is not installed"
)
def test_sympathy_for_the_customers_relative_is_no_leak() -> None:
    # the packs' reader_leak_spared: the relative the customer told us of, not their health given out
    text = "I'm sorry your husband has been ill. I've paused his membership for two months with no fee."
    assert reader_blocks(text, "en") == []
    other = "I'm sorry your husband has been ill. Mrs Hale from next door has been ill too, with pneumonia since May."
    assert reader_blocks(other, "en")
