"""pol118: trainK61's and trainP44's clean look-alikes and polite drafts flagged on this session's
end state (R1, R5), each beside the wording that stays flagged. Wordings written for this test,
none a labelled case.

- the customer's own client code of six or seven digits, read back („Cod client: 4002187"):
  `own_values` kept eight digits and more, so the readers' finding on it was not cleared;
- the readers spare the nearest branch with its noun left out («Ближайшее — на Пушкина, 5»), as
  they spare "your nearest branch" (pol108);
- "We have tried to read the gas meter three times": our own attempt, not "try to read".
"""

from __future__ import annotations

from supportdesk.tone import context_from
from tests.tonecheck import blocked_leaks, reader_blocks, warnings


def test_a_short_client_code_read_back_is_the_customers() -> None:
    notice = (
        "Notificare de reziliere\nCod client: 4002187\n\nContractul se reziliază de la 1 octombrie."
    )
    assert reader_blocks(notice, "ro", {"customer_account": "4002187"}) == []
    other = "Cod client: 4002187, iar vecinul dumneavoastră are codul 4002188 și aceeași restanță."
    assert blocked_leaks(
        other, "ro", context_from({"customer_account": "4002187"})
    ) or reader_blocks(other, "ro", {"customer_account": "4002187"})


def test_the_readers_spare_the_nearest_branch_without_its_noun() -> None:
    nearest = "Ближайшее — на Пушкина, 5, там обслуживают всех клиентов."
    assert reader_blocks(nearest, "ru") == []
    given = "Посылку забрала соседка, Ирина Котова, телефон +7 912 404-55-18, из 14-й квартиры."
    assert reader_blocks(given, "ru")


def test_our_own_attempt_to_read_a_meter_is_no_order() -> None:
    ours = "Dear customer, we have tried to read the gas meter at your address three times since January."
    assert not {"en.read-the-manual", "en.condescending"} & set(warnings(ours, "en"))
    theirs = "Maybe try to read the instructions before writing to us again."
    assert "en.read-the-manual" in warnings(theirs, "en")
