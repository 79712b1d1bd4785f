"""leak171: more of heldK58's rules-level misses that the readers caught (R5), each beside a look-alike.
Wordings written for this test, none a labelled case.

- a charge the system skips through a fault not patched ("doesn't charge you … we haven't patched it",
  „nu mai taxează … încă nu l-au reparat"; loopholes._FREE_PREMIUM beside _UNFIXED_YET);
- who our queue answers first, by a figure ("accounts over £5k a year get answered first", „Clienții cu
  peste 5 linii sunt preluați primii", «с оборотом больше 5 миллионов обрабатывают первыми»;
  backoffice._FIRST_IN_QUEUE);
- a colleague away, the place named ("on a stag do in Prague", „e la Mamaia cu familia", «он в Сочи в
  отпуске до понедельника»; exposures._HOLIDAY_PLACE).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a charge skipped through a fault",
        "en",
        "If you cancel and rejoin within the hour, the system doesn't charge you for the new month. We haven't patched it.",
        "If you cancel and rejoin within the hour, we won't charge you twice: the first payment carries over.",
    ),
    (
        "a charge skipped through a fault",
        "ro",
        "Dacă vă dezabonați și vă reabonați în aceeași oră, sistemul nu mai taxează luna nouă. Încă nu l-au reparat.",
        "Dacă vă dezabonați și vă reabonați în aceeași oră, plata se mută automat pe noul abonament.",
    ),
    (
        "who is answered first",
        "en",
        "Accounts spending over £10k a year get answered first, and yours is just under, so it'll be a few hours.",
        "Every account is answered in the order it wrote to us, so it'll be a few hours.",
    ),
    (
        "who is answered first",
        "ro",
        "Clienții cu peste 10 linii pe abonament sunt preluați primii, iar dumneavoastră aveți 4.",
        "Toți clienții sunt preluați în ordinea în care au scris, iar dumneavoastră sunteți al patrulea.",
    ),
    (
        "who is answered first",
        "ru",
        "Клиентов с оборотом больше 10 миллионов в год обрабатывают первыми, у вас чуть меньше.",
        "Все обращения обрабатываем в порядке очереди, ваше уже взяли в работу.",
    ),
    (
        "a colleague away, the place named",
        "en",
        "Our adviser Sam is out this week, he's on a stag do in Lisbon until Monday, but I can help.",
        "Our adviser Sam is out this week until Monday, but I can help.",
    ),
    (
        "a colleague away, the place named",
        "ro",
        "Domnul Pop nu e la birou, e la Sinaia cu familia până luni.",
        "Domnul Pop nu e la birou până luni, vă ajut eu între timp.",
    ),
    (
        "a colleague away, the place named",
        "ru",
        "Ирины Петровны не будет, она в Казани в отпуске до понедельника.",
        "Ирины Петровны не будет до понедельника, я помогу вместо неё.",
    ),
]
test_leak171_pairs = leak_pair_tests(PAIRS)
