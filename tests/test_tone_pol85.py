"""pol85, blind68's rude drafts that both readers missed at its judged run (now a development
split): the weather said to be stopped "just for you" („să oprim ninsoarea … special pentru
dumneavoastră", «отменить грозу … лично для вас»), sarcasm against the polite "we can't stop the
snow, but …" (R1). Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    ("en", "We can't control the fog at the airport, but I've moved you to the 14:10 flight."),
    ("ro", "Nu putem opri viscolul, dar v-am păstrat camera încă o noapte fără cost."),
    ("ru", "Простите, остановить метель мы не можем, но бронь сохранили за вами ещё на сутки."),
]
RUDE = [
    ("en", "Unfortunately we can't turn off the rain just for you."),
    ("ro", "Regretăm, nu putem opri viscolul doar pentru dumneavoastră."),
    ("ru", "Увы, разогнать туман персонально для вас мы не в силах."),
]
test_pol85_quiet, test_pol85_rude = quiet_and_rude_tests(QUIET, RUDE)
