"""pol111: this session's judges' other misses (blind77, heldK52), read after their judged run, each
beside its counterpart. Wordings written for this test, none a labelled case.

- a polite draft flagged: late-payment penalties by name („penalitățile de întârziere") are a fee,
  no open delay (R4);
- clean look-alikes blocked: a claims mailbox of ours („daune@…"), a wait said to shorten because we
  are hiring («ожидание должно сократиться») (R5);
- a rude draft both readers missed: a mock department for the weather (R1).
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, quiet_and_rude_tests, still_blocked_tests, warnings

QUIET = [
    (
        "ro",
        "Am văzut plata în contul vechi și v-am anulat penalitățile de întârziere pentru luna aceasta.",
    ),
]
RUDE = [
    ("ro", "Mulțumim pentru recenzie. Am trimis-o urgent la departamentul de meteorologie."),
    ("en", "Thanks for the review. We've passed it to our weather department."),
    ("ru", "Спасибо за отзыв, мы передали его в отдел погоды."),
]
test_pol111_polite_quiet, test_pol111_rude_flagged = quiet_and_rude_tests(QUIET, RUDE)

STILL_BLOCKED = [
    # staff cut, and an open delay
    ("ru", "Колл-центр в Твери сократят, операторов уволят в марте."),
]
test_pol111_leaks_still_blocked = still_blocked_tests(STILL_BLOCKED)


def test_pol111_claims_mailbox_and_shorter_wait_are_clean() -> None:
    """Our claims mailbox and a wait that will shorten are no leak (R5)."""
    assert blocked_leaks("Scrieți-ne la daune@asigurari-exemplu.ro cu numărul poliței.", "ro") == []
    text = "Мы набираем новых операторов (вакансии на сайте), так что ожидание должно сократиться."
    assert blocked_leaks(text, "ru") == []


def test_pol111_an_open_delay_still_wants_a_next_step() -> None:
    assert "next-step.missing" in warnings("Există o întârziere la livrare.", "ro")
