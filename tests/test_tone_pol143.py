"""pol143: a maker's standard code for all such devices is public (trainK70's ro-ze004, a clean
look-alike the wording leak head blocked), spared for the readers through `reader_leak_spared`; a
standard code for our own doors is not spared. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import reader_leak_spared


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ro",
            "Dacă boxa cere un PIN la conectare, introduceți 1234 — e codul standard pentru toate modelele noastre.",
        ),
        (
            "en",
            "If the speaker asks for a PIN, enter 1234: it's the default code for all these devices.",
        ),
        (
            "ru",
            "Если колонка попросит PIN, введите 1234 — это стандартный код для всех моделей этой серии.",
        ),
    ],
)
def test_a_makers_standard_code_is_spared(language: str, text: str) -> None:
    assert reader_leak_spared(text, language)


def test_a_standard_code_for_our_doors_is_not_spared() -> None:
    assert reader_leak_spared("The standard code for all our staff doors is 4471.", "en") == []
