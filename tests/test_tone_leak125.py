"""leak125, more of trainK50's rules-level misses that the readers caught (defence in depth), each
beside the look-alike that stays clean (R5). Wordings written for this test, none a labelled case.

- a police request named by its compound ("for the Kent Police request");
- a missing second factor in Romanian („nu vi se cere codul … încă n-au reparat-o");
- a leak not yet announced, "nothing" between („Nu s-a anunțat nimic încă");
- our staff paid off the books («остальное в конверте», "the rest cash in hand").
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a police request",
        "en",
        "Your card was paused on Friday while we gathered your statements for the Kent Police request.",
        "Your card was paused on Friday after three wrong PIN attempts; it's working again now.",
    ),
    (
        "a second factor missing",
        "ro",
        "Din aplicația web nu vi se cere parola a doua oară, e o eroare pe care încă n-au reparat-o.",
        "Din aplicația web vi se cere parola a doua oară pentru plăți mari, ca măsură de siguranță.",
    ),
    (
        "not announced yet",
        "ro",
        "Un fost angajat a copiat adresele clienților; nu s-a anunțat nimic încă, dar schimbați parola.",
        "Am anunțat pe site schimbarea programului; nu e nevoie să faceți nimic.",
    ),
    (
        "pay off the books",
        "ru",
        "У нас кассиры не задерживаются: официально оклад маленький, а часть зарплаты в конверте.",
        "У нас кассиры работают по графику два через два, поэтому лица меняются.",
    ),
    (
        "pay off the books",
        "en",
        "Staff don't stay long here: the minimum on paper, and the rest is cash in hand.",
        "Staff rotate between our branches, so you may see a new face each week.",
    ),
]
test_leak125_pairs = leak_pair_tests(PAIRS)
