"""pol141: blind88's false alarms (read after its judged run), through the rules and the packs. Wordings
written for this test, none a labelled case.

- a relative's results refused to the customer ("we can only share results with the patient"): the rule
  kept, nothing told (R5, backstage._WITHHELD);
- „Dacă nu dumneavoastră ați făcut plata": a condition, the pronoun before the verb (R1, ro.blaming);
- „mai ales dacă nu știați de regulă": empathy, no blame in hindsight (R1, ro.blame-hindsight);
- the customer's own messages and habits read back («вы писали администратору», «крупнее ваших обычных
  переводов»): the readers' leak findings spared (`reader_leak_spared`).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks, quiet_and_rude_tests, reader_leak_spared


def test_a_relatives_results_refused_are_no_leak() -> None:
    text = (
        "I understand it would be easier to get your wife's test results by email, but we can only share "
        "results with the patient or someone she has named in writing."
    )
    assert blocked_leaks(text, "en") == []


def test_a_relatives_results_told_are_still_blocked() -> None:
    text = (
        "Your wife's test results came back: her cholesterol is 7.2 and the diagnosis is diabetes."
    )
    assert blocked_leaks(text, "en")


test_polite_wording_stays_quiet, test_rude_counterpart_still_flagged = quiet_and_rude_tests(
    [
        (
            "ro",
            "Bună ziua! Cardul a fost blocat azi-noapte după o plată încercată în străinătate. Dacă nu "
            "dumneavoastră ați făcut plata, nu veți pierde nimic, iar cardul nou ajunge în 5 zile.",
        ),
        (
            "ro",
            "Bună! Știu că e neplăcut, mai ales dacă nu știați de regula asta. Vă explic mai jos ce puteți "
            "face și vă ajut eu cu cererea.",
        ),
    ],
    [
        ("ro", "Nu ați făcut plata la timp, de aceea s-a blocat cardul."),
        ("ro", "Dacă știați regula, nu ajungeați aici."),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Вижу, что вы писали менеджеру ещё в январе, просто заявку тогда не оформили.",
        "Платёж задержан проверкой, потому что он крупнее ваших обычных покупок.",
    ],
)
def test_the_customers_own_messages_and_habits_spare_the_readers_leak(text: str) -> None:
    assert reader_leak_spared(text, "ru")
