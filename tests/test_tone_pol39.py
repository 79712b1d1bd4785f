"""pol39, seen on trainP14 (a development split) and fixed by mechanism; wordings written for
this test, none a labelled case (R1: never rude, dismissive or sarcastic; R6: never blame):

- what we told the customer, owned as wrong ("You were told twice that … and it wasn't", „vi
  s-a spus … și nu era"), or asked about („dacă vi s-a spus altceva la telefon") is our
  failing, not "you were told" held against them;
- someone "more tech-savvy in your household" („pe cineva mai tânăr în familie"), the task
  "beyond you" („văd că vă depășește"), «с таким уровнем понимания», «может, вам лучше ходить в
  отделение» talk down to the customer (`*.talk-down-age`).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, assert_rude

POLITE = [
    (
        "Dear Mr Hale,\n\nI'm sorry. You were told twice that the engineer was booked, and he "
        "wasn't. I've booked him myself for Thursday between 8 and 12, and I'll call you on "
        "Wednesday to confirm.\n\nKind regards,\nSam",
        "en",
    ),
    (
        "Bună ziua, domnule Pop,\n\nÎmi cer scuze: vi s-a spus de două ori că tehnicianul e "
        "programat și nu era. L-am programat eu pentru joi, între 8 și 12, și vă sun miercuri "
        "să confirm.\n\nCu stimă,\nIoana",
        "ro",
    ),
    (
        "Bună ziua,\n\nContractul prevede o perioadă minimă de 24 de luni. Dacă vi s-a spus "
        "altceva la telefon, scrieți-mi ziua apelului și cer reascultarea lui până vineri.\n\n"
        "Cu stimă,\nIoana",
        "ro",
    ),
]

RUDE = [
    (
        "Maybe ask someone more tech-savvy in your family to do it, since it's clearly beyond you.",
        "en",
    ),
    ("Poate vă ajută cineva mai priceput acasă, se vede că vă depășește.", "ro"),
    ("С таким уровнем понимания вам, боюсь, никто не поможет.", "ru"),
    ("Раз приложение не даётся, может, вам лучше ходить в офис.", "ru"),
]


@pytest.mark.parametrize(("text", "language"), POLITE)
def test_polite_stays_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(("text", "language"), RUDE)
def test_rude_is_found(text: str, language: str) -> None:
    assert_rude(text, language)
