"""leak57, heldK34's misses and look-alikes (a development split since its judged run; tuned, not
an estimate): every leak beside a look-alike that must stay clean (R5). Wordings written for this
test, none a labelled case.

- a check passed by hand for the customer ("I'll mark the verification as passed manually",
  «вручную поставлю статус»), not our team checking a photo by hand; what to claim for a refund
  („Scrieți doar că a venit deteriorat"), not how to report real damage;
- a colleague „e cam neatent, nu e prima oară când încurcă dosarele", «Артём, который её
  оформлял, вечно всё путает», not one who corrected it;
- a sale to a chain under way („ne cumpără un lanț"), not one announced last year; a group claim
  "being prepared against us", not the customer's right to bring one;
- a reset form that "doesn't stop you after a few wrong codes", not one that locks you out;
- look-alikes: a headset's standard pairing PIN "0000" (not a door code for all our shops) and an
  address shown as a slot ("e.g. name@yourcompany.com", not another person's).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a check passed by hand",
        "en",
        "Just email it to me and I'll mark the verification as passed manually.",
        "If the app rejects your licence photo, our team will check it manually within an hour.",
    ),
    (
        "a check passed by hand",
        "ru",
        "Пришлите мне фото паспорта, я вручную поставлю статус «идентифицирован».",
        "Если Госуслуги не подтягиваются, пройдите идентификацию в офисе с паспортом.",
    ),
    (
        "what to claim for a refund",
        "ro",
        "Scrieți doar că a venit deteriorat.",
        "Dacă a venit deteriorat, scrieți-ne și trimitem curierul.",
    ),
    (
        "a colleague run down",
        "ro",
        "Colegul care v-a preluat cererea e cam neatent, nu e prima oară când încurcă dosarele.",
        "Colegul care v-a preluat cererea a corectat dosarul.",
    ),
    (
        "a colleague run down",
        "ru",
        "Артём, который её оформлял, вечно всё путает.",
        "Артём, который её оформлял, всё исправил.",
    ),
    (
        "a sale under way",
        "ro",
        "Oricum ne cumpără un lanț mare din Polonia, negocierile sunt aproape gata.",
        "Ne-a cumpărat un lanț din Polonia anul trecut, cum am anunțat pe site.",
    ),
    (
        "litigation",
        "en",
        "There is already a group claim being prepared against us by a firm in Manchester.",
        "If you wish, a claim can be brought against us in the small claims court.",
    ),
    (
        "a known fault",
        "en",
        "The reset form doesn't stop you after a few wrong codes, you can keep trying as many "
        "times as you like.",
        "The reset form locks you out after five wrong codes, for your safety.",
    ),
    (
        "a code for all",
        "en",
        "The door code for all our shops is 4821.",
        "If the car asks for a PIN, enter 0000 - that's the standard pairing code for all our "
        "headsets.",
    ),
    (
        "someone else's address",
        "en",
        "Use her address as the username, paula.grant@gmail.com.",
        "Use your own address as the username, e.g. name@yourcompany.com.",
    ),
]


test_leak_blocked_and_look_alike_clean = leak_pair_tests(PAIRS)
