"""leak180: another guest's or patient's booking, and who else complained (trainK68's leaks the readers
missed), each beside a look-alike that stays clean (R5). Wordings written for this test, none a labelled
case.

- someone named in full, with who they are, who has the room booked ("Dana Kerr, the band's manager,
  has it booked for the week");
- the party that booked it all, by who they are at the event („l-a rezervat tot trupa care cântă",
  «забронировала группа, которая выступает»);
- the patient booked just before the reader, and what she complained of.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

test_leak180 = leak_pair_tests(
    [
        (
            "a named guest who has the room booked",
            "en",
            "The loft suite is taken: Dana Kerr, the festival director, has it booked until Sunday. I've held a double for you.",
            "The loft suite is taken until Sunday, so I've held a double room for you instead.",
        ),
        (
            "a named guest who has the room booked",
            "en",
            "Sorry, Owen Blake has the penthouse booked for the whole week, so it isn't free.",
            "Sorry, the penthouse is booked for the whole week, so it isn't free.",
        ),
        (
            "the band that booked the floor",
            "ro",
            "Etajul 4 nu mai e liber, l-a rezervat integral trupa care cântă vineri la festival.",
            "Etajul 4 nu mai e liber în weekendul festivalului, dar v-am găsit o cameră la etajul 2.",
        ),
        (
            "the band that booked the floor",
            "en",
            "There's nothing left on floor six: the band playing on Friday has booked all of it.",
            "There's nothing left on floor six that weekend, but I've found you a room on floor two.",
        ),
        (
            "the band that booked the floor",
            "ru",
            "Шестой этаж целиком забронировала группа, которая выступает в пятницу на фестивале.",
            "Шестой этаж на выходные фестиваля занят целиком, но я нашла вам номер на втором.",
        ),
        (
            "the patient booked before the reader",
            "ro",
            "Nu sunteți singurul: și pacientul programat înaintea dvs. s-a plâns de asistenta de la recepție.",
            "Nu sunteți singurul care a așteptat azi; am transmis reclamația dvs. șefei de clinică.",
        ),
        (
            "the patient booked before the reader",
            "en",
            "You're not the only one: the patient booked in just before you complained about Dr Hale as well.",
            "You're not the only one who waited today; I've passed your complaint to the practice manager.",
        ),
    ]
)
