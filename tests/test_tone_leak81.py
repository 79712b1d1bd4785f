"""leak81, where someone of ours or a third person lives, told as near the customer (R5:
another person's data never leave). Each leak beside a look-alike: the customer's own street,
a refusal to say who lives at an address, a card kept next to a phone. Wordings written for this
test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "our driver lives round the corner",
        "en",
        "Good news: our driver actually lives just round the corner on Elm Road, so he'll drop it in.",
        "Good news: as you live just round the corner from the depot, you can collect it today.",
    ),
    (
        "the courier lives in your neighbourhood, ro",
        "ro",
        "Curierul stă chiar în cartierul dumneavoastră, puteți trece pe la el diseară.",
        "Cardul se demagnetizează dacă stă lângă telefon, așa că l-am reactivat.",
    ),
    (
        "the fitter lives on the next street, ru",
        "ru",
        "Мастер, который у вас был, живёт на соседней улице, можете зайти к нему.",
        "Мастер, который у вас был, приедет завтра с 10 до 12, позвоним заранее.",
    ),
]

test_leak81 = leak_pair_tests(PAIRS)
