"""pol40 and leak45, on blind50's errors after its one judged run (a development split from then
on; tuned, not an estimate). Wordings written for this test, none a labelled case:

- our own menu or letter said not to make something obvious ("The app doesn't make that very
  obvious") owns the fault: no "obviously" said to the customer (R1);
- «ты не один такой» after what broke reassures, it does not blame (R6);
- a colleague "having treatment for her anxiety" is their health (R5, exposures.py);
- a channel where "it doesn't ask for the document", told with "you can skip it", is a check
  we do not make (R5, loopholes.py).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, family_holds

POLITE = [
    (
        "Hi Dan,\n\nThe £4.99 is the music add-on, switched on from the app on 3 June. The app "
        "doesn't make that very obvious, I'll admit. I've switched it off and refunded this "
        "month's charge.\n\nThanks,\nLee",
        "en",
    ),
    (
        "Привет! Вчерашнее обновление сломало сохранения у части игроков, ты не один такой. "
        "Мы всё вернули и начислили тебе 300 монет. Хорошей игры!",
        "ru",
    ),
]

FAMILIES = [
    (
        "a colleague having treatment",
        "en",
        "Priya, who had your case, is off for a month having treatment for her back.",
        "Priya, who had your case, is off for a month, so I'll look after it from now on.",
    ),
    (
        "a channel that doesn't ask for the document",
        "en",
        "If the upload keeps failing, you can skip it: apply by phone and it doesn't ask for the passport.",
        "If the upload keeps failing, you can apply by phone instead; we'll ask for the passport there.",
    ),
]


@pytest.mark.parametrize(("text", "language"), POLITE)
def test_polite_stays_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak45_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
