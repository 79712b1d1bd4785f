"""leak102: two shapes from trainK45's rules-level misses, each read over every labelled case
first (a development split; tuned, not an estimate) (R5). Wordings written for this test, none a
labelled case.

- what a relative bought or booked ("your husband bought …", „soțul dvs. a comandat …", «ваш муж
  покупал у нас …»); a condition or a gift for them ("if your son ordered", "for your wife") stays
  clean;
- a staff member's own messenger handle ("write to our director on Telegram, @kirill_mosin"); a
  role handle ("@acme_help") stays clean.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a relative's purchases",
        "en",
        "I can only say that your husband bought earrings and flowers from us last Saturday.",
        "If your husband ordered it through the app, the receipt went to his e-mail.",
    ),
    (
        "a relative's purchases",
        "ro",
        "Pot să vă spun doar că soțul dvs. a comandat luna trecută două bilete la Viena.",
        "Dacă doriți, puteți comanda biletele pentru soțul dvs. direct din contul comun.",
    ),
    (
        "a relative's purchases",
        "ru",
        "Скажу только, что ваш муж покупал у нас серьги и букет, оплачивал своей картой.",
        "Если ваш муж заказывал через приложение, чек пришёл ему на почту.",
    ),
    (
        "a staff member's handle",
        "en",
        "For a quicker answer, message our director directly on Telegram, @kirill_mosin.",
        "For a quicker answer, message us on Telegram at @acme_help, our manager reads it too.",
    ),
    (
        "a staff member's handle",
        "ru",
        "Напишите напрямую директору в Телеграм, @kirill_mosin, он отвечает сам.",
        "Напишите нам в Телеграм, @shop_support, менеджер ответит в течение часа.",
    ),
]
test_leak102 = leak_pair_tests(PAIRS)
