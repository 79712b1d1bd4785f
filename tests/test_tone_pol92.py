"""pol92, trainP34's rude drafts that the rules missed (the readers caught them), each beside a polite
wording that stays quiet (R1, R6). Wordings written for this test, none a labelled case.

- the customer told to take more care, and that it cost us ("take a bit more care next time",
  "costs us money too");
- the argument opened and closed („Vă contrazic: …", „Mai bine recunoașteți");
- feedback "passed on where it belongs" as the sentence's end («передадим его куда следует.»),
  against the same words naming where («куда следует — в отдел качества»).
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

RUDE = [
    (
        "en",
        "The parcel came back because the postcode was wrong. Take a bit more care next time, please.",
    ),
    ("en", "We've resent it, but bear in mind every redelivery costs us money too."),
    ("ro", "Vă contrazic: colegul nu v-a promis nicio reducere."),
    ("ro", "Am ascultat apelul. Mai bine recunoașteți că ați uitat și trecem mai departe."),
    ("ru", "Спасибо за отзыв, обязательно передадим его куда следует."),
]
QUIET = [
    (
        "en",
        "The parcel came back because the postcode was wrong on our side; I've corrected it and resent it.",
    ),
    (
        "ro",
        "Îmi pare rău pentru confuzie: am ascultat apelul și colegul v-a promis reducerea, o aplic azi.",
    ),
    ("ru", "Вашу жалобу я передам куда следует — в отдел качества, ответ придёт за 3 дня."),
]
test_pol92_quiet, test_pol92_rude = quiet_and_rude_tests(QUIET, RUDE)
