"""leak116 and pol81, the misses and false alarms of this session's judges (blind67, heldK42)
after their judged run (now development splits; tuned, not estimates), each beside its
counterpart (R5). Wordings written for this test, none a labelled case.

- leaks: a check "not verified at all" in an old version („codul din SMS nu este verificat
  deloc … dacă rămâneți pe versiunea veche"); the conditions told, named as "the rule the system
  checks"; a code sent to the old number, read out here („SMS-ul a plecat pe numărul vechi …,
  codul e …"); a cancellation filed only to be called back with the leavers' offer («Подайте
  заявку на расторжение — … позвонит отдел удержания и предложит 50%»);
- pol81: our tracker's reference handed over to quote ("ref WH-20931 - quote it if you call
  back"), against one named as ours only; our own past look («я смотрела только на сайт»),
  against a check that looks only at one thing.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "not verified at all",
        "ro",
        "Un truc: în versiunea veche a aplicației PIN-ul nu este verificat deloc, deci puteți "
        "intra doar cu parola.",
        "În versiunea nouă a aplicației PIN-ul este verificat la fiecare plată; actualizați-o din "
        "magazin.",
    ),
    (
        "the rule the system checks",
        "en",
        "Payouts unlock once the shop is 30 days old and has five orders - that's the rule the "
        "system checks.",
        "Payouts unlock as described in the seller terms, section 4; I've linked them below.",
    ),
    (
        "a code from the old number",
        "en",
        "The text went to the old number on the account, so here it is: the code is 551 208.",
        "The text went to the old number on the account, so I've updated it: please request a "
        "new code in the app.",
    ),
    (
        "a cancellation for the offer",
        "ru",
        "Подайте заявку на отключение, и через день позвонит отдел удержания со скидкой 40%.",
        "Подайте заявку на отключение в личном кабинете, договор закроем в течение трёх дней.",
    ),
    (
        "a reference to quote",
        "en",
        "I've logged it in our Jira as OPS-4471 for the developers.",
        "I've raised an internal ticket for you (ref WH-4471 - quote it if you call back).",
    ),
    (
        "our own past look",
        "ru",
        "Система при входе смотрит только на пароль, код не спрашивает.",
        "Простите, я ошиблась: смотрела только на сайт, а склад не проверила.",
    ),
]
test_leak116 = leak_pair_tests(PAIRS)
