"""pol128: a short reply that grants what was asked and says it is done ("Understood. I've closed the
account as you asked.", „Am înțeles. V-am închis contul, așa cum ați cerut.", «Понял. Закрыл счёт, как
вы просили.»; trainP48's en-yl006 and ro-yl020) keeps no whole-reply reading (packs' `reader_spared`,
R1): the whole-reply head read these curt. A reproach after it ("as you keep asking", „iar",
«опять») stays read. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import reader_spared

DONE_AS_ASKED = [
    ("en", "Understood. I've cancelled the subscription as you asked."),
    ("en", "Of course. We've deleted the old address from your account."),
    ("ro", "Am înțeles. V-am anulat abonamentul, așa cum ați cerut."),
    ("ru", "Понял. Отменил подписку, как вы просили."),
]
WITH_A_REPROACH = [
    ("en", "Noted. I've cancelled it, as you keep asking."),
    ("en", "Fine. I've closed it. Don't write to us about it again."),
    ("ro", "Am înțeles. V-am anulat abonamentul iar, a treia oară."),
    ("ru", "Понял. Отменил опять, в третий раз."),
]


@pytest.mark.parametrize(("language", "text"), DONE_AS_ASKED)
def test_a_short_done_as_asked_line_is_spared(language: str, text: str) -> None:
    assert reader_spared(text, language)


@pytest.mark.parametrize(("language", "text"), WITH_A_REPROACH)
def test_a_reproach_after_it_keeps_the_reading(language: str, text: str) -> None:
    assert reader_spared(text, language) == []
