"""pol56, trainP24's rules-level false alarms (development split; tuned, not an estimate): polite
wordings that must stay quiet beside rude or leaking ones that must still be flagged (R1, R5,
R6). Wordings written for this test, none a labelled case.

- sympathy with the customer's ordeal ("I know a week of cold showers is exhausting"), a fault
  owned ("not at all obvious from the screen, which is on us"), their account granted („Înțeleg
  că nu l-ați primit"), where we failed them („nu în cel ales de dumneavoastră");
- "stop — don't send your PIN" (their secret kept) and "not going to … and hope for the best"
  (a better way promised);
- a quoted line in capitals ('PAYMENT DECLINED') is quoted, not shouted;
- an authority by its name („Poliția Rutieră") is no person; «виновником ДТП указаны вы» is the
  customer's own record; an account number cut off («40817810…5521») is masked.
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, quiet_and_rude_tests, warnings

QUIET = [
    ("en", "I'm so sorry. I know a week of cold showers with a newborn is exhausting."),
    (
        "en",
        "The upload fails because two columns share a name. That's not at all obvious from the "
        "screen, which is on us.",
    ),
    (
        "en",
        "Please stop — don't send your PIN or full card number here. We will never ask for them.",
    ),
    (
        "en",
        "I'm not going to book another slot and hope for the best: I've booked the 8am visit and "
        "marked it urgent.",
    ),
    ("en", "The screen says 'PAYMENT DECLINED' because the card on file expired in May."),
    ("ro", "Înțeleg că nu l-ați primit. Vi-l retrimitem gratuit mâine."),
    (
        "ro",
        "Coletul a ajuns din greșeala noastră în alt locker, nu în cel de lângă bloc ales de "
        "dumneavoastră. Ne cerem scuze.",
    ),
    (
        "ro",
        "Din procesul-verbal al Poliției Rutiere reiese că vinovăția a fost stabilită în sarcina "
        "dumneavoastră.",
    ),
    (
        "ru",
        "Согласно европротоколу, виновником ДТП указаны вы. Если у вас есть КАСКО, ремонт можно "
        "заявить по нему, помогу оформить.",
    ),
    ("ru", "Уведомляем о закрытии счёта № 40817810…3344 через 30 дней."),
]

RUDE = [
    ("en", "Honestly, this is getting exhausting."),
    ("en", "Obviously, the button is at the top."),
    ("en", "Stop sending us emails about this."),
    ("en", "I'm not going to refund you."),
    ("ro", "Nu ați văzut butonul? E chiar acolo."),
    ("ro", "Cu o escală de 45 de minute, aleasă de dumneavoastră la rezervare, exista riscul."),
]


test_polite_wording_stays_quiet, test_rude_counterpart_still_flagged = quiet_and_rude_tests(
    QUIET, RUDE
)


def test_shouting_outside_quotes_still_found() -> None:
    """A whole sentence in capitals is shouting still; only the quoted line is spared."""
    assert "shouting.capitals" in warnings("I TOLD YOU ALREADY, the order is CANCELLED.", "en")


def test_other_party_at_fault_and_full_account_still_blocked() -> None:
    """Another driver found at fault and an account number in full are still leaks (R5)."""
    assert blocked_leaks("Виновником ДТП признан Соколов, у него уже две аварии.", "ru")
    assert blocked_leaks("Перевод ушёл на счёт получателя 40817810 5521 в банке Восток.", "ru")
