"""pol67, blind64's rules-level false alarms after its judged run (now a development split; tuned,
not an estimate), each mended where a rule misread a wording, beside its counterpart still
flagged (R1, R5). Wordings written for this test, none a labelled case.

- "you won't be charged twice", "so you aren't charged or refunded twice": a promise, not a
  payment that applies twice for whoever tries (R5);
- „suma nu a ieșit încă din cont": money not yet gone, no news not yet published (R5);
- the digits of a user name ("contul LupulAlb_99") are no sum of a relative's money (R5);
- "your policy excludes …" no longer reads as "your ex" (R5);
- "if you believe we have reached the wrong decision", "the Basic plan already covers it",
  "I'd rather you didn't pay extra", „Sincer, nu v-aș recomanda …", „acoperă deja tot ce
  folosiți": honest advice and the customer's right to disagree (R1).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests, quiet_and_rude_tests

QUIET = [
    (
        "en",
        "If you believe we have reached the wrong decision, you can ask us to review it by "
        "sending any further evidence.",
    ),
    (
        "en",
        "Honestly, the Basic plan already covers everything you use, and I'd rather you didn't pay "
        "£12 a month extra.",
    ),
    (
        "ro",
        "Sincer, nu v-aș recomanda Premium: pachetul Standard acoperă deja tot ce folosiți, iar "
        "upgrade-ul îl faceți oricând din cont.",
    ),
]
RUDE = [
    ("en", "If you'd read it you'd know you made the wrong decision."),
    ("ro", "V-am spus deja de trei ori, citiți."),
]
test_pol67_quiet, test_pol67_rude = quiet_and_rude_tests(QUIET, RUDE)

PAIRS = [
    (
        "charged twice",
        "en",
        "Tip: if you pay at the desk right after paying online, the system credits the points twice.",
        "The pending amount drops off by itself, and you won't be charged twice.",
    ),
    (
        "money not yet gone",
        "ro",
        "Comunicatul oficial nu a ieșit încă, dar închidem magazinul din Iași în martie.",
        "Suma apare ca „în procesare” și nu a ieșit încă din cont; luni dimineață pleacă.",
    ),
    (
        "a user name's digits",
        "ro",
        "Fratele dumneavoastră are în cont 12.480 lei, dar nu vă pot spune mai mult.",
        "Un coleg a verificat meciurile contului LupulAlb_99 și a găsit un program extern.",
    ),
    (
        "your policy excludes",
        "en",
        "Your ex-wife's claim was paid last week, she was diagnosed in May.",
        "Your policy excludes a condition that existed before it was taken out; it was diagnosed in "
        "2022.",
    ),
]
test_pol67 = leak_pair_tests(PAIRS)
