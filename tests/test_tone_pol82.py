"""pol82, the bare number demand: "Order number?", „Nr. comenzii?", «Номер заказа.» — the whole
request in two words, a sentence alone, with no ask and no reason (R1). Twenty-one labelled rude
drafts (trainP31 and six earlier sets) the rules alone let through; no labelled polite draft has
such a sentence. Wordings written for this test, none a labelled case.

The polite counterparts ask for the same number, or state it after a colon (a heading, not a
demand), and stay quiet.
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    ("en", "Hi Dana, could you send me your booking reference? I'll check the seats right away."),
    ("en", "Thanks, Dana. Your booking reference: KX4471. The seats are confirmed."),
    ("ro", "Bună ziua, ne puteți spune numărul contractului? Verific imediat plata."),
    ("ro", "Mulțumim! Nr. contractului: 5521/2026. Plata a fost înregistrată."),
    ("ru", "Здравствуйте! Подскажите, пожалуйста, номер договора — сразу проверю платёж."),
    ("ru", "Спасибо! Номер договора: 5521. Платёж зачислен."),
]
RUDE = [
    ("en", "Booking reference?"),
    ("en", "Look. Account number. I can't do anything without it."),
    ("ro", "Numărul contractului?"),
    ("ro", "Iar? Nr. dosarului. Fără el nu fac nimic."),
    ("ru", "Номер договора?"),
    ("ru", "Опять? Номер заявки давайте."),
]
test_pol82_quiet, test_pol82_rude = quiet_and_rude_tests(QUIET, RUDE)
