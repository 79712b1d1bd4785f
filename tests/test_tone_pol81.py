"""pol81, blind67's rude draft that both readers missed at its judged run (now a development
split): the customer blamed "even though we sent you three reminders" („deși v-am trimis trei
notificări", «хотя мы вам отправили три уведомления»), against the same reminders offered to be
checked together (R1). Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    (
        "en",
        "We sent three reminders by email; if they didn't arrive, let's check the address together.",
    ),
    ("ro", "V-am trimis două notificări pe e-mail; dacă nu au ajuns, verificăm adresa împreună."),
    ("ru", "Мы отправили вам два письма; если они не пришли, давайте проверим адрес вместе."),
]
RUDE = [
    ("en", "Your card expired, even though we sent you several reminders. The fee stays."),
    ("ro", "Cardul a expirat, deși v-am trimis patru notificări. Penalitatea rămâne."),
    ("ru", "Карта просрочена, хотя мы вам присылали несколько напоминаний. Штраф остаётся."),
]
test_pol81_quiet, test_pol81_rude = quiet_and_rude_tests(QUIET, RUDE)
