"""pol88, trainP33's sarcastic Romanian drafts that the rules alone missed (the readers caught
them), in every language, each beside a polite counterpart (R1). Wordings written for this test,
none a labelled case.

- the whole system changed "just for you" („o să modificăm tot sistemul … special pentru
  dumneavoastră"), against checking the whole order again for the customer;
- a complaint counted with mock congratulations („Felicitări, este a patra reclamație"), against
  a fourth order or year praised;
- "Read my last message." as the whole reminder (en.already-said), against "read the last message
  from the courier".
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    ("en", "Of course, I'll go through the whole invoice again for you and reply by noon."),
    ("ro", "Sigur, o să verificăm toată factura din nou și vă răspundem până la prânz."),
    ("en", "Congratulations on your third year with us: your next month is free."),
    ("ro", "Felicitări pentru a treia comandă, livrarea e gratuită."),
    ("ru", "Поздравляем: это ваш третий заказ, доставка бесплатно."),
    ("en", "Could you read the last message from the courier to me? I'll book the slot it names."),
]
RUDE = [
    ("en", "Sure, we'll redesign the entire app just for you. Anything else?"),
    ("ro", "Desigur, o să schimbăm toată aplicația doar pentru dumneavoastră."),
    ("en", "Well done, this is your fifth complaint since March."),
    ("ro", "Bravo, e deja a cincea reclamație de la începutul anului."),
    ("ru", "Браво, это уже пятая жалоба с начала года."),
    ("en", "Read my last reply. Nothing has changed."),
]
test_pol88_quiet, test_pol88_rude = quiet_and_rude_tests(QUIET, RUDE)
