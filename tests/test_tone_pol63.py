"""pol63: rules-level false alarms named in the last session's note, each mended where a rule
misread a wording, beside its rude or leaking counterpart still flagged (R1, R5, R8). Wordings
written for this test, none a labelled case.

- «эту настройку правда сложно найти» agrees that the setting is hard to find; «это не сложно»
  and «действительно сложно для вас?» still talk down (R1, R8);
- "contact them directly: their number is …" gives the line of the firm the customer is sent to;
  a person's number "on our system" stays a leak;
- the data-protection officer's mailbox named by the role just before it ("ответственному за
  обработку ПДн: pd@…") is published by law, though "pd" reads like initials;
- „media grupei" is a group's average, not a member of the pupil's group.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests, quiet_and_rude_tests

QUIET = [
    (
        "ru",
        "Здравствуйте! Ваш вопрос совсем не глупый — эту настройку правда сложно найти. "
        "Откройте «Настройки → Уведомления» и включите «Звук».",
    ),
    ("ru", "Понимаю: этот пункт действительно трудно заметить, он спрятан внизу страницы."),
]
RUDE = [
    ("ru", "Это не сложно, эту настройку найдёт любой."),
    ("ru", "Это действительно сложно для вас? Кнопка наверху."),
]
test_pol63_quiet, test_pol63_rude = quiet_and_rude_tests(QUIET, RUDE)

PAIRS = [
    (
        "contact them directly",
        "en",
        "The courier says he handed it to the person at flat 2, and their number on our system is "
        "07700 914 383.",
        "The debt was sold to Lowell Recoveries in March, so please contact them directly: their "
        "number is 0161 496 0732 and they are open 8am to 8pm.",
    ),
    (
        "ответственный за обработку ПДн",
        "ru",
        "По этому вопросу пишите напрямую Анне Кузнецовой: ak@shopmir.ru.",
        "Вопросы можно задать ответственному за обработку ПДн: pd@shopmir.ru.",
    ),
    (
        "our DPO",
        "en",
        "Kim in legal can help, her address is kd@harlow.co.uk.",
        "For anything else about your data, write to our DPO at dp@harlow.co.uk.",
    ),
    (
        "media grupei",
        "ro",
        "Colega de grupă a Anei, Ioana Pop, a luat 9 la teză.",
        "Bună ziua, Ana a luat 7 la teză; media grupei a fost 6,20.",
    ),
]
test_pol63 = leak_pair_tests(PAIRS)
