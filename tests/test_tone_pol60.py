"""pol60, blind61's rules-level false alarms from older families (a development split since its
judged run; tuned, not an estimate): each mended where a rule misread a wording, beside a
counterpart still flagged. Wordings written for this test, none a labelled case.

- the customer's words in single quotes after "you said" are theirs, not the agent's insult (R1);
- a check skipped once, told as the cause of an incident ("without the staged review we normally
  run"), is a lapse owned, not a gap to use (R5);
- the customer asked to report it to the police themselves is their case, not a check on us; asked
  not to complain because a regulator is already checking us stays a leak (R5).
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests, still_blocked_tests

QUIET = [
    (
        "en",
        "You said the new checkout 'makes you feel stupid'. It shouldn't, and we're changing it.",
    ),
    (
        "ro",
        "Întreruperea a fost cauzată de o modificare făcută de noi fără verificarea în etape pe care "
        "o facem de obicei. Totul funcționează normal acum.",
    ),
    (
        "ru",
        "Если перевод делали не вы, подайте, пожалуйста, заявление в полицию и пришлите нам номер "
        "КУСП — мы заморозим спор на время проверки.",
    ),
]

RUDE = [
    ("en", "Honestly, that's a 'stupid' question."),
    ("en", "Only someone stupid would miss that button."),
]

test_polite_wording_stays_quiet, test_rude_counterpart_still_flagged = quiet_and_rude_tests(
    QUIET, RUDE
)


test_leak_counterpart_still_blocked = still_blocked_tests(
    [
        (
            "ro",
            "Vă rugăm să nu depuneți încă o plângere la ANPC: avem deja un control de la ei pe "
            "garanții.",
        ),
        ("ru", "Не подавайте пока заявление в Роспотребнадзор: у нас и так идёт их проверка."),
        ("ro", "Facem plăți fără nicio verificare, așa că oricine poate cere banii înapoi."),
    ],
)
