"""pol55, blind59's rules-level false alarms (a development split since its judged run; tuned,
not an estimate): polite wordings that must stay quiet beside rude ones that must still be
flagged (R1, R5, R6). Wordings written for this test, none a labelled case.

- the customer cleared ("because you didn't enter anything on that site, nobody has access",
  „Nu ați făcut nimic greșit"); "your complaint is not on hold";
- an injury («раз вы сломали руку»), not damage caused; «пока банк разберётся, можем сами вернуть
  399 ₽» (we act), not «сами разберетесь»;
- a flat read back to the customer it is registered to («оформлен на вас … кв. 7»), not another
  person's debt.
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, quiet_and_rude_tests

QUIET = [
    (
        "en",
        "Your account is safe: because you didn't enter anything on that site, nobody has access "
        "to your money.",
    ),
    (
        "en",
        "In the meantime your complaint is not on hold; our final response follows by 28 March.",
    ),
    ("ro", "Am greșit noi, rata v-a fost debitată de două ori. Nu ați făcut nimic greșit."),
    ("ru", "Раз вы сломали руку и прийти не можете, справку принесёте позже."),
    ("ru", "Чтобы не ждать, пока банк разберётся, можем сами вернуть 399 ₽ прямо сейчас."),
]

RUDE = [
    ("en", "This happened because you didn't read the instructions."),
    ("ro", "Ați făcut ceva greșit la instalare, nu noi."),
    ("ru", "Вы сломали устройство, гарантия не действует."),
    ("ru", "Сами разберетесь, это не к нам."),
]


test_polite_wording_stays_quiet, test_rude_counterpart_still_flagged = quiet_and_rude_tests(
    QUIET, RUDE
)


def test_a_flat_registered_to_the_reader_is_theirs_but_a_neighbours_debt_is_not() -> None:
    own = "Лицевой счёт оформлен на вас по адресу ул. Кирова, д. 113, кв. 7. Задолженности нет."
    other = "По кв. 7 задолженность 12 400 ₽, соседи давно не платят."
    assert not blocked_leaks(own, "ru")
    assert blocked_leaks(other, "ru")
