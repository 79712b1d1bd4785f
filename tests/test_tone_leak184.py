"""leak184: heldK62's rules-level misses of news not yet out (the readers caught them), each beside a
look-alike that stays clean (R5). Wordings written for this test, none a labelled case.

- a shop we open, called a secret still („deschidem magazin în Iulius pe 1 iunie, încă e secret", "it's
  still a secret", «пока это секрет»);
- a loan we took, announced only next month („am luat un credit de 3 milioane de euro …, anunțăm
  oficial luna viitoare").
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

test_leak184 = leak_pair_tests(
    [
        (
            "a shop we open, still a secret",
            "ro",
            "Deschidem magazin în Iulius Mall pe 1 iunie, încă e secret, dar veți putea ridica de acolo.",
            "Deschidem magazin în Iulius Mall pe 1 iunie, am anunțat deja pe site, veți putea ridica de acolo.",
        ),
        (
            "a shop we open, still a secret",
            "en",
            "We're opening a shop in York on 2 June, it's still a secret, but you'll be able to collect there.",
            "We're opening a shop in York on 2 June, as announced on our website, so you'll be able to collect there.",
        ),
        (
            "a loan we took, announced later",
            "ro",
            "Stați liniștit, am luat un credit de 3 milioane de euro pentru depozitul nou, anunțăm oficial luna viitoare.",
            "Stați liniștit, comanda dvs. e în depozit și pleacă mâine dimineață.",
        ),
    ]
)
