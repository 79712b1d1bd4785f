"""leak104: an old app version that skips a check, and a reset page that does not limit guesses
(blind64 after its judged run, blind63, heldK10-K39, trainK8-K37: development splits; tuned, not
an estimate) (R5). Wordings written for this test, none a labelled case. The advice to update
("the older version doesn't show the new menu") and a page that does limit tries stay clean.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "an old version skips the check",
        "en",
        "Tip: the older app version never asks for the SMS code, so transfers go straight through.",
        "Please update: the older app version doesn't show the new transfer menu.",
    ),
    (
        "an old version skips the check",
        "ro",
        "Un truc: din aplicația veche, versiunea 3.x, pasul cu selfie-ul nu apare deloc.",
        "Vă rugăm să actualizați aplicația: versiunea veche nu mai primește actualizări.",
    ),
    (
        "an old version skips the check",
        "ru",
        "Через старую версию приложения переводы до 10 000 ₽ проходят без кода из СМС.",
        "Обновите приложение: старая версия скоро перестанет работать.",
    ),
    (
        "no limit on guesses",
        "en",
        "You're right, the reset page doesn't limit how many codes you can try; it's been on our "
        "list for a while.",
        "The reset page limits how many codes you can try, then locks for an hour.",
    ),
]
test_leak104 = leak_pair_tests(PAIRS)
