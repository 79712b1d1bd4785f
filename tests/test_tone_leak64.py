"""leak64, blind60 after its judged run (a development split since; tuned, not an estimate),
every leak beside a look-alike (R5). Wordings written for this test, none a labelled case:

- old sessions left open after a password change, known and not fixed;
- our budget cut by a share;
- a colleague on long sick leave with the illness named;
- our main account's key lent, the value after a colon further on;
- a check skipped in one channel, so the code "should still work".
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "old sessions left open",
        "en",
        "Heads up: the app doesn't log out old sessions when you change your password, so the lost "
        "phone still has access. We've known for weeks.",
        "Changing your password logs out every other session, so the lost phone no longer has "
        "access.",
    ),
    (
        "our budget cut by a share",
        "ru",
        "Очередь длинная: в смене шесть человек, а бюджет урезали на 25%.",
        "Очередь длинная, но мы ответим вам до конца дня.",
    ),
    (
        "a colleague on long sick leave, the illness named",
        "ru",
        "Ирина, которая вела Ваше дело, на длительном больничном, у неё инфаркт, теперь отвечаю я.",
        "Ирина, которая вела Ваше дело, в отпуске до понедельника, теперь отвечаю я.",
    ),
    (
        "our main account's key lent",
        "ro",
        "Pentru integrare folosiți deocamdată cheia API de pe contul nostru principal, până vine "
        "aprobarea: 2c9e7b1a-44d0-4f6b-8a3e-9b1d0c7e5f21",
        "Pentru integrare generați cheia API din contul dumneavoastră, la Setări > Integrări.",
    ),
    (
        "a check skipped in one channel",
        "en",
        "Codes aren't checked for previous use in the app, so yours should still work there.",
        "Codes are checked for previous use everywhere, so a used one won't work again.",
    ),
]


test_leak_blocked_and_look_alike_clean = leak_pair_tests(PAIRS)
