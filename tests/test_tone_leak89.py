"""leak89, the room another guest is in, told to whoever asks (9 rules-level misses of 49 such
leaks over heldK6-37 and trainK10-33, every language; othersdata._THEIR_ROOM, R5). Each leak beside
a look-alike: the customer's own room, or a room by its kind with no guest in it. Wordings written
for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "the colleague's room",
        "en",
        "Your manager checked in at noon; she's in 308, so you can knock whenever you arrive.",
        "You're checked in: your room is 308 on the third floor, and the lift is on your left.",
    ),
    (
        "camera lui",
        "ro",
        "Colegul dvs. s-a cazat deja, e în camera 214, puteți urca direct la el.",
        "Camera dvs. este 214, la etajul doi; cheia vă așteaptă la recepție.",
    ),
    (
        "он в номере",
        "ru",
        "Ваш партнёр уже заселился в 605-й, можете подняться к нему.",
        "Ваш номер 605 готов, ключ ждёт вас на стойке регистрации.",
    ),
]

test_leak89 = leak_pair_tests(PAIRS)
