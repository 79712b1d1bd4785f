"""pol78, blind66's rude drafts that both readers missed at its judged run (now a development
split), each beside a polite wording that stays quiet (R1, R6). Wordings written for this test,
none a labelled case.

- "I don't know how you manage … if you can't even …", „Nu știu cum vă descurcați … dacă nu
  puteți …", «Не представляю, как вы …, если не можете даже …»: contempt for the customer's
  competence; "I don't know how you got the old link, but I'm sorry" and «Понимаю, как вам
  неприятно» are not;
- „Din partea noastră nu este nicio problemă." after the customer's mistake: the fault pushed
  back; „nu este nicio problemă să mutăm livrarea" is an offer.
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    (
        "en",
        "I don't know how you got the old link, but I'm sorry for the mix-up: I've re-sent the "
        "right one, and it's also in your account under Orders.",
    ),
    (
        "ru",
        "Понимаю, как вам неприятно, если не получается войти; я сбросила пароль, попробуйте снова.",
    ),
    ("ro", "Din partea noastră nu este nicio problemă să mutăm livrarea pe luni; vă confirm azi."),
]
RUDE = [
    ("en", "I don't know how you manage day to day if you can't find a number in an email."),
    ("ro", "Nu știu cum vă descurcați la serviciu dacă nu puteți citi un e-mail."),
    ("ru", "Не представляю, как вы работаете, если не можете даже открыть письмо."),
    (
        "ro",
        "Plata nu a trecut pentru că ați greșit cardul. Din partea noastră nu este nicio problemă.",
    ),
]
test_pol78_quiet, test_pol78_rude = quiet_and_rude_tests(QUIET, RUDE)
