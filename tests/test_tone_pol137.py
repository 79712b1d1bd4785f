"""pol137: the readers' false alarms on trainP51's and trainK68's polite drafts and clean look-alikes,
spared through the packs (lint.read_with, lint._spared_readings). Wordings written for this test, none a
labelled case.

- how long the customer's own code or link lasts ("The code expires after 10 minutes"), an offer's public
  terms ("It doesn't stack with other offers"), the customer's own receipts shown in the OFD's cabinet
  («в личном кабинете ОФД»): no leak (R5);
- tickets merged or closed "so nothing gets lost": no curt whole reply (R1).
A value written out in the same reply is still the rules' to block.
"""

from __future__ import annotations

import pytest

from supportdesk.tone.packs import builtin_packs
from tests.tonecheck import blocked_leaks, reader_blocks, reader_spared


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "That link expires after 24 hours, so if it says invalid just request a fresh one."),
        (
            "en",
            "Sorry, the welcome code can't be combined with other discounts, so it's one or the other.",
        ),
        ("ru", "Все чеки за прошлую неделю уже видны в личном кабинете ОФД, можно проверить."),
    ],
)
def test_the_readers_spare_public_terms(language: str, text: str) -> None:
    packs = builtin_packs()
    assert packs.find(packs.document(text, language), "reader_leak_spared"), text


def test_the_readers_no_longer_block_a_code_expiry() -> None:
    text = "The link expires in 30 minutes, so if you leave it too long it won't open."
    assert reader_blocks(text, "en") == []


def test_a_value_next_to_the_expiry_is_still_blocked() -> None:
    text = "The code expires after 10 minutes, but the staff override code 7741 never does, so use that."
    assert blocked_leaks(text, "en")


def test_merging_so_nothing_gets_lost_keeps_no_whole_reading() -> None:
    assert reader_spared("I've merged your two tickets into this one so nothing gets lost.", "en")
    assert not reader_spared("Stop opening new tickets. Use the one you have.", "en")
