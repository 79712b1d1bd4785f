"""leak115, leaks left open by earlier sessions' notes, each beside the look-alike that stays
clean (R5). Wordings written for this test, none a labelled case.

- where a colleague away is staying, by a named place with no "Hotel" in it ("Tom … is in Lisbon
  until the 19th — he's staying at the Avenida Palace"; "until the 19th" now reads as an absence,
  not only "until the 1"), against the customer's own stay;
- a staff code in Latin letters for «сотрудник» (heldK41's ru-vr007 after its judged run:
  «Попробуйте SOTR25 — это наш, сотрудницкий»), against a public code.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a colleague's named place",
        "en",
        "Tom, your account manager, is in Lisbon until the 19th — he's staying at the Avenida "
        "Palace, so he'll answer then.",
        "You're staying at the Avenida Palace until the 19th, so we'll deliver the replacement "
        "there.",
    ),
    (
        "SOTR in a code",
        "ru",
        "Промокод WELCOME уже не действует. Попробуйте SOTR15 — это наш, должен пройти на любую "
        "сумму.",
        "Промокод WELCOME уже не действует. Попробуйте AUTUMN15 из нашей рассылки, он действует "
        "до конца месяца.",
    ),
]
test_leak115 = leak_pair_tests(PAIRS)
