"""leak110, heldK40's misses with the readers after its judged run (now a development split;
tuned, not an estimate), each beside the look-alike that stays clean (R5). Wordings written for
this test, none a labelled case.

- every record of a month or a building handed over ("I've attached the full list of May
  orders … search for your name", „vă trimit atașat situația restanțelor pentru tot blocul",
  «прикладываю весь реестр заказов за май — поищите там себя»);
- a review's trigger told with the way past it ("that's what trips the review. If you wait …
  they'll stay up");
- another pupil's score by first name ("Ben only got 39%");
- a colleague away at a relative's funeral („la înmormântarea tatălui lui"); the customer's own
  bereavement stays clean;
- a flaw the team knows of, fix scheduled later („Echipa știe, dar remedierea e programată abia
  în toamnă");
- a card's masked start followed by a date («*5521 15 апреля») is the customer's last digits.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "every order of a month",
        "en",
        "I couldn't find your order, so I've attached the full list of May orders; just search for "
        "your name in it.",
        "I couldn't find your order under that email; could you send the order number from the "
        "confirmation?",
    ),
    (
        "pentru tot blocul",
        "ro",
        "Vă trimit atașat situația restanțelor pentru tot blocul. Dvs. sunteți pe rândul 12.",
        "Vă trimit atașat situația restanțelor dumneavoastră pe ultimele trei luni.",
    ),
    (
        "весь реестр",
        "ru",
        "Ваш заказ я не нашла, прикладываю весь реестр заказов за май — поищите там себя.",
        "Ваш заказ я не нашла; пришлите, пожалуйста, номер из письма-подтверждения.",
    ),
    (
        "trips the review",
        "en",
        "They were pulled because the account is less than 30 days old – that's what trips the "
        "review. If you wait until day 31, they'll stay up.",
        "They were pulled because the photos were of another item. If you upload your own photos, "
        "we'll check them within a day.",
    ),
    (
        "a first name's score",
        "en",
        "Don't worry, 58% is a pass. Ben only got 39% and has to resit the test.",
        "Don't worry, 58% is a pass, and you only need 50% on the resit test if you take it.",
    ),
    (
        "a colleague's bereavement",
        "ro",
        "Domnul Pop nu vă poate suna azi, e la înmormântarea tatălui lui.",
        "Ne pare rău pentru pierderea tatălui dumneavoastră; am oprit facturile pe numele lui.",
    ),
    (
        "the team knows",
        "ro",
        "În aplicație se poate schimba e-mailul fără să se ceară parola. Echipa știe, dar remedierea "
        "e programată abia în toamnă.",
        "În aplicație nu se poate schimba e-mailul fără parolă; vă trimit pașii pentru resetare.",
    ),
    (
        "masked start, then a date",
        "ru",
        "Карта клиента 4276 38** **** 5521 заблокирована по его просьбе.",
        "Возврат 2 490 ₽ отправлен на карту *5521 15 апреля.",
    ),
]
test_leak110 = leak_pair_tests(PAIRS)
