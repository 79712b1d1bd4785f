"""leak172: heldK58's ro-yj051 and ru-yj008 (R5): a colleague's PIN or code handed to the customer, named as
theirs („PIN-ul doamnei Ene, 73019", «код Веры Павловны, 60214», "Sarah's PIN, 73019";
backstage._MY_STAFF_CODE), each beside a look-alike. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, leak_pair_tests

PAIRS = [
    (
        "a colleague's PIN, named as hers",
        "ro",
        "Mâine la ghișeu rugați-o pe colegă să folosească PIN-ul doamnei Popa, 48213, și vă anulează penalitatea.",
        "Mâine la ghișeu colega vă poate anula penalitatea după ce verifică actul de identitate.",
    ),
    (
        "a colleague's PIN, named as hers",
        "ru",
        "Завтра на кассе попросите ввести код Анны Сергеевны, 48213, и пени снимут сразу.",
        "Завтра на кассе вам снимут пени после проверки паспорта.",
    ),
    (
        "a colleague's PIN, named as hers",
        "en",
        "Tomorrow at the desk, ask them to use Sarah's PIN, 48213, and the fee comes straight off.",
        "Tomorrow at the desk, they can take the fee off once they've seen your ID.",
    ),
]
test_leak172_pairs = leak_pair_tests(PAIRS)


def test_a_code_named_with_a_patronymic_but_no_digits_stays_clean() -> None:
    assert (
        blocked_leaks("Код подтверждения Ивана Петровича не нужен, введите код из СМС.", "ru") == []
    )
