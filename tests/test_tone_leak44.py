"""leak44, on trainK31's and heldK24's rule misses left after leak43 (development splits; tuned,
not an estimate). Wordings written for this test, none a labelled case (R5: "Keep your mouth
shut"). Each family is a leak that must be blocked beside a look-alike that must not:

- a colleague's operation said as "since her surgery" or "having surgery", and where a colleague
  spends the holiday ("at her sister's till the 15th", „cu familia până pe 20", «он в Турции,
  в Кемере, до 12-го»), exposures.py's staff matters;
- an order "split" into two said as «разобьёте» (loopholes.py's evasions);
- the fraud rule "flags any order over £400 on a newly added card where…": a match longer than
  its hint's window was never read (exposures.py's judgements).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "a colleague off since her surgery",
        "en",
        "Sorry for the wait. Megan, who handles your claim, has been off since her knee surgery.",
        "Sorry for the wait. Megan, who handles your claim, has been off this week; I'm covering.",
    ),
    (
        "a colleague having surgery",
        "en",
        "Tom, your account manager, won't reply for a while: he's having surgery on his shoulder.",
        "Tom, your account manager, won't reply for a while: he's at a conference until Friday.",
    ),
    (
        "where a colleague spends the holiday",
        "en",
        "Nadia can't sign it this week, she's in Madeira at her parents' until the 20th.",
        "Nadia can't sign it this week, she's away until the 20th; I'll sign it instead.",
    ),
    (
        "where a colleague spends the holiday",
        "ro",
        "Doamna Popa nu e la birou, e la Sinaia cu familia până pe 14.",
        "Doamna Popa nu e la birou până pe 14, între timp vă ajut eu.",
    ),
    (
        "where a colleague spends the holiday",
        "ru",
        "Ирина Сергеевна в отпуске, она в Сочи, в Адлере, до 18-го.",
        "Ирина Сергеевна в отпуске до 18-го, пока вашим договором занимаюсь я.",
    ),
    (
        "an order split to pass a manual check",
        "ru",
        "Заказы дороже 50 тысяч проверяют вручную, разобьёте его на два — уйдут сразу.",
        "Заказ можно разбить на две доставки, если так удобнее получать.",
    ),
    (
        "the fraud rule with its criteria",
        "en",
        "Our system flags any payment over £900 from a newly registered phone number where the name doesn't match.",
        "Our system flags the payment for a quick review; it's usually cleared within the hour.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak44_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
