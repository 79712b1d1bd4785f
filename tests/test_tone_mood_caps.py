"""Joy in capitals is not a shout (blind51's misses, every language): the words in capitals
that are themselves the praise or the thanks ("THANK YOU SO MUCH", "PERFECT", „MERSI MULT",
«СПАСИБО ОГРОМНОЕ») are left out of the shouting count, so a delighted customer is read as
positive and the guidance does not tell the agent to calm them down (R2: read the customer's
state before answering). Capitals around the trouble still count: sarcasm in capitals stays
angry. Wordings written for this test, none a labelled case."""

from __future__ import annotations

import pytest

from supportdesk.tone.analyze import analyze

GLAD = [
    (
        "en",
        "THANK YOU SO MUCH!!! The ring arrived this morning and it's PERFECT, she said yes 😭😭",
    ),
    ("ro", "MERSI MULT!!! A venit inelul azi-dimineață și e PERFECT, a zis da 😭😭"),
    ("ru", "СПАСИБО ОГРОМНОЕ!!! Кольцо пришло утром, оно ИДЕАЛЬНОЕ, она сказала да 😭😭"),
]

CROSS = [
    ("en", "GREAT, ANOTHER DELAY. THANKS A LOT!!!"),
    ("en", "PERFECT, THE PARCEL IS LOST AGAIN. THANKS!!!"),
    ("ro", "SUPER, IAR A ÎNTÂRZIAT COLETUL. MERSI FRUMOS!!!"),
]


@pytest.mark.parametrize(("language", "text"), GLAD)
def test_joy_in_capitals_reads_positive(language: str, text: str) -> None:
    result = analyze(text, language=language)
    assert result.mood == "positive", result.signals
    assert not any(s.startswith("shouting") for s in result.signals), result.signals


@pytest.mark.parametrize(("language", "text"), CROSS)
def test_sarcasm_in_capitals_stays_angry(language: str, text: str) -> None:
    assert analyze(text, language=language).mood == "angry"
