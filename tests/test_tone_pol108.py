"""pol108: the readers' leak reading of a sentence that names the customer's nearest branch
("Your nearest branch after that is Windermere") is dropped: five clean look-alikes in five sets
(heldK30, trainK35, trainK52, heldK50, heldK51) had an announced closure and were blocked for the
sentence after it. A branch's address is public; a closure told in the same sentence is still
the rules' (backstage._closing_branch), and a reading of another sentence stays (R5).
Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

import pytest

from supportdesk.tone.lint import READER_LEAK_RULE, Finding
from supportdesk.tone.lint import _spared_readings as spared_readings
from tests.tonecheck import blocked_leaks


def _reading(text: str, sentence: str) -> Finding:
    start = text.index(sentence)
    return Finding(
        READER_LEAK_RULE, "block", "", start, start + len(sentence), "R5", "confidential"
    )


# (language, a closure announced, the same closure kept back, the nearest branch after it)
BRANCHES = [
    (
        "en",
        "As announced in May, our Ripon branch closes on 30 June.",
        "Between us, our Ripon branch closes on 30 June.",
        "Your nearest branch after that is Thirsk.",
    ),
    (
        "ro",
        "Cum am anunțat, agenția din Turda se închide pe 30 iunie.",
        "Între noi fie vorba, agenția din Turda se închide pe 30 iunie.",
        "Cea mai apropiată agenție va fi cea din Câmpia Turzii.",
    ),
    (
        "ru",
        "Как мы сообщали, офис на Ленина закрывается 30 июня.",
        "Между нами, офис на Ленина закроют 30 июня.",
        "Ближайшее отделение после этого — на Садовой, 12.",
    ),
]


@pytest.mark.parametrize(("language", "announced", "kept_back", "nearest"), BRANCHES)
def test_nearest_branch_reading_is_dropped_the_closure_keeps_its_own(
    language: str, announced: str, kept_back: str, nearest: str
) -> None:
    text = f"{announced} {nearest}"
    assert spared_readings(text, language, [_reading(text, nearest)]) == []
    text = f"{kept_back} {nearest}"
    found = [_reading(text, kept_back)]
    assert spared_readings(text, language, found) == found


def test_an_unannounced_closure_beside_it_is_still_blocked() -> None:
    text = "I'd go to Kingsway rather than Broad Street; Broad Street is shutting at the end of June, your nearest branch after that is Kingsway."
    assert blocked_leaks(text, "en")
