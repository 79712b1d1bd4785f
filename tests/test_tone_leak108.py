"""leak108, the last of trainK46's rules-level misses mended this session (a development split;
tuned, not an estimate), beside the look-alike that stays clean (R5). Wordings written for this
test, none a labelled case.

- a colleague judged as hard to work with, approving nothing, a poor worker, promising everyone
  („e foarte greu de lucrat cu el", «работник из него так себе», «он всем так обещает»);
- a colleague's commission on each sale („are bonus pe fiecare abonament vândut", "he gets a
  bonus on every upgrade"); a referral scheme's reward for each friend the customer brings is
  no friend's money („20 de lei în cont pentru fiecare prieten recomandat").
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "hard to work with",
        "ro",
        "Vă înțeleg. Șeful nostru de tură e foarte greu de lucrat cu el, dar trimit eu cererea mai "
        "departe.",
        "Vă înțeleg. Trimit eu cererea la departamentul de facturare și revin mâine.",
    ),
    (
        "promises everyone",
        "ru",
        "Да, Игорь обещал перезвонить, но он всем так обещает. Давайте я оформлю сам.",
        "Да, Игорь обещал перезвонить и не перезвонил, простите. Давайте я оформлю сам.",
    ),
    (
        "commission on each sale",
        "en",
        "Don't argue with Tom about it, he gets a bonus on every upgrade he sells.",
        "You get a bonus on every referral: £10 credit once your friend's first bill is paid.",
    ),
    (
        "bonus pe fiecare",
        "ro",
        "Nu vă certați cu Mihai, el are bonus pe fiecare abonament vândut.",
        "Dumneavoastră aveți bonus pe fiecare prieten recomandat, 20 de lei în cont.",
    ),
]
test_leak108 = leak_pair_tests(PAIRS)
