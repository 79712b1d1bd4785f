"""leak98: two recall gaps named in the last session's note (R5). Wordings written for this test,
none a labelled case.

- a named passenger paid, with "you" only placing them ("Domnul Andrei Luca, pasagerul de lângă
  dvs., a primit o compensație de 400 de euro", "the passenger next to you"): they got it, not
  the customer; "Domnule Luca, ați primit …" is the customer's own;
- a colleague judged where "you" is whom they dealt with ("Kim who spoke to you is pretty
  hopeless"), the name opening the sentence and told from any capital by "who", "from our …",
  „care", «который»; the judgement said of "you" or of someone unnamed stays the rude rules'.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "the passenger beside you was paid",
        "ro",
        "Domnul Andrei Luca, pasagerul de lângă dvs., a primit o compensație de 400 de euro.",
        "Domnule Luca, ați primit o compensație de 400 de euro pentru întârziere.",
    ),
    (
        "the passenger beside you was paid",
        "en",
        "Mr Mehta, the passenger next to you, received £220 compensation for the same delay.",
        "Mr Mehta, you received £220 compensation for the delay on 3 May.",
    ),
    (
        "a colleague judged",
        "en",
        "Kim who spoke to you is pretty hopeless, to be honest, so I've taken over your case.",
        "Kim who spoke to you has passed your case to me, and I've refunded the fee.",
    ),
    (
        "a colleague judged",
        "en",
        "Dan from our billing team is clueless about refunds, sorry.",
        "Dan from our billing team has checked the refund, it's on its way.",
    ),
]
test_leak98 = leak_pair_tests(PAIRS)
