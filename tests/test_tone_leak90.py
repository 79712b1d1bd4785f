"""leak90, who has the room the customer wanted, and when (12 rules-level misses over heldK17-22
and trainK13-44, every language; othersdata._THEIR_BOOKING, R5). Each leak beside a look-alike that
says the room is taken and names no one. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "booked by a named guest",
        "en",
        "The lake-view room is booked by a Mrs Albright from Leeds for the whole of that week.",
        "The lake-view room is booked for the whole of that week, but the garden room is free.",
    ),
    (
        "ocupată de o familie",
        "ro",
        "Cabana mică e ocupată de familia Dumitru din Sibiu până pe 3 ianuarie.",
        "Cabana mică e ocupată până pe 3 ianuarie, dar avem liberă cabana mare.",
    ),
    (
        "семья в люксе",
        "ru",
        "Люкс на эти даты занят: там семья Орловых из Твери, заезд 20-го.",
        "Люкс на эти даты занят, но есть свободный полулюкс с видом на парк.",
    ),
]

test_leak90 = leak_pair_tests(PAIRS)
