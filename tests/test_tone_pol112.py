"""pol112: «нормы» (rules, allowances) read as the slang «норм» (blind77's ru-xi098, blind63's
ru-ve097): the two share a Snowball stem, so the slang word is matched whole (R3). Wordings
written for this test, none a labelled case.
"""

from __future__ import annotations

from supportdesk.tone import analyze


def test_pol112_allowances_are_no_slang() -> None:
    text = "Какие нормы провоза багажа по тарифу «Лайт»?"
    assert analyze(text, language="ru").register == "unknown"


def test_pol112_slang_norm_is_still_informal() -> None:
    assert analyze("Всё норм, посылка пришла, спасибо", language="ru").register == "informal"
