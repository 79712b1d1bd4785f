"""pol126: more of blind82's rude drafts that only the readers caught, now caught by the rules too
(R1, R6), each beside a polite wording of the same matter. Wordings written for this test, none a
labelled case.

- arguing that "isn't going to get you a refund" (en);
- «не ядерная физика», «справился бы и первоклассник», «я вам всё разжую», «даже ты разберёшься»
  talk down (ru condescending);
- „Nu am ce să vă fac." and «Свою часть мы выполнили.» shut the door (dismissive);
- „Mersi frumos pentru al cincilea e-mail" thanks in mockery, as „Mulțumim pentru …" did (ro).
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    ("en", "I know this isn't the answer you hoped for; the 14-day limit is in the terms, and I can offer a voucher."),
    ("ru", "Настройка займёт пару минут, я пришлю пошаговую инструкцию с картинками."),
    ("ru", "Мы со своей стороны всё отправили, и я сейчас уточню у транспортной компании, где посылка."),
    ("ro", "Din păcate, termenul de livrare e de 10 zile, dar vă pot oferi livrare expres gratuită."),
    ("ro", "Mersi frumos pentru răbdare, am rezolvat problema."),
]  # fmt: skip
RUDE = [
    ("en", "Arguing about the date isn't going to get you a refund."),
    ("ru", "Это обычная доставка, а не ядерная физика."),
    ("ru", "С этим справился бы и первоклассник."),
    ("ru", "Сейчас я вам всё разжую по шагам."),
    ("ru", "Даже ты разберёшься, там одна кнопка."),
    ("ro", "Așa scrie în contract. Nu am ce să vă fac."),
    ("ru", "Все вопросы к курьерской службе. Свою часть мы выполнили."),
    ("ro", "Mersi frumos pentru al patrulea mesaj de azi."),
]  # fmt: skip
test_pol126_quiet, test_pol126_rude = quiet_and_rude_tests(QUIET, RUDE)
