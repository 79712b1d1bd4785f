"""pol109: trainP41's first-run misses, each beside its counterpart. Wordings written for this
test, none a labelled case.

- polite drafts the rules flagged: a date after a comma read as a house and its street (", 14
  February"), police access offered at once when asked („le punem imediat la dispoziția
  Poliției"), a short refusal with its reason after a dash ("Not possible, I'm afraid — tickets
  are non-transferable"), «не таким, как вы ожидали» read as "people like you" (R1, R5);
- rude drafts both readers missed: „Citiți contractul." as a whole sentence, and the mock favour
  of a courier who will fly („Sigur, rog acum curierul să zboare …") (R1).
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests, still_blocked_tests

QUIET = [
    (
        "en",
        "I'm so sorry for the loss of your wife. I've closed her mobile contract from the date of her death, 3 March, so nothing more is owed.",
    ),
    (
        "ro",
        "Înregistrările le păstrăm 30 de zile și le punem imediat la dispoziția Poliției, dacă ne sunt cerute oficial.",
    ),
    ("en", "Not possible, I'm afraid — gift cards can't be exchanged for cash."),
    ("ru", "Понимаю, что цвет оказался не таким, как вы ожидали, и мне жаль."),
]
RUDE = [
    ("ro", "Citiți contractul. Acolo găsiți răspunsul."),
    ("ro", "Sigur, rog acum depozitul să zboare cu marfa până la Iași."),
    ("en", "Not possible. Don't ask again."),
    ("ru", "Такие, как вы, вечно ничего не читают."),
]
test_pol109_polite_quiet, test_pol109_rude_flagged = quiet_and_rude_tests(QUIET, RUDE)

STILL_BLOCKED = [
    # a street after its house number, and an account frozen at the police's request
    ("en", "Your neighbour's address, 14 Maple Close, is on the parcel."),
    ("ro", "Contul a fost blocat la cererea Poliției, care investighează plățile."),
]
test_pol109_leaks_still_blocked = still_blocked_tests(STILL_BLOCKED)
