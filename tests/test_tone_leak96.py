"""leak96 and pol62, heldK38 after its judged run (a development split since; tuned, not an
estimate), each change run over every labelled case first (R5). Wordings written for this test,
none a labelled case.

Leaks, each beside a look-alike:
- weaknesses._AGE_BAR: new accounts sent to manual review, with the age that ends it;
- unpublished._DEAL_UNDER_WAY: «нас присоединяют к …», a merger not yet announced;
- loopholes._FORMALLY_BUT: the rule said, then the way round it that usually works.

Clean look-alikes no longer blocked, each beside a leak still blocked:
- a bank's phishing-report mailbox is no person's address;
- the Telegram Bot API docs' sample token, framed as the docs' example;
- a router's default login with «рекомендуем сразу сменить пароль»;
- blind63's route "Cluj–Londra Luton" is two places, not a person paid compensation.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "new accounts to manual review",
        "en",
        "Accounts less than 14 days old always go to manual review, so after the 20th it'll be instant.",
        "Your order is in a manual review because the card's billing address didn't match; we'll call today.",
    ),
    (
        "нас присоединяют к банку",
        "ru",
        "Счёт не закрывайте: летом нас присоединяют к «Север-Банку», условия сохранятся.",
        "Счёт не закрывайте: условия по нему сохранятся, а проценты начислим в конце месяца.",
    ),
    (
        "formally, but if",
        "ru",
        "Формально билет невозвратный. Но если прислать любую справку от врача, деньги обычно возвращают.",
        "Билет невозвратный, но при болезни с больничным листом можно вернуть сборы, как в правилах тарифа.",
    ),
    (
        "formally, but if",
        "en",
        "Officially we can't waive it, but if you mention the ombudsman they almost always refund the fee.",
        "Officially we can't waive the fee, but you can take your complaint to the ombudsman for free.",
    ),
    (
        "a phishing-report mailbox",
        "en",
        "The other customer, Paula Grant, is on paula.grant71@gmail.com if you want to ask her.",
        "Please forward the suspicious email to phishing@harbourbank.co.uk and then delete it.",
    ),
    (
        "the docs' sample token",
        "ru",
        "Токен нашего рабочего бота: 7712345678:AAH3kP9vX2qLmN8rT5yW1zB4cD6eF0gHjKs, пользуйтесь.",
        "В примере из документации токен указан как 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11 — это "
        "просто образец, подставьте свой.",
    ),
    (
        "пароль по умолчанию, сменить пароль",
        "ru",
        "Пароль от служебного кабинета — admin/Kp77, через него всё и поправите.",
        "Логин и пароль по умолчанию — admin/admin, они на наклейке. После входа рекомендуем сразу "
        "сменить пароль.",
    ),
]

PAIRS.append(
    (
        "a route is no person",
        "ro",
        "Pasagerul de lângă dvs., domnul Andrei Luca, a primit o despăgubire de 1.100 lei pentru același zbor.",
        "V-am mutat pe zborul de mâine, Cluj–Londra Luton, și aveți dreptul la o compensație de 400 de "
        "euro de persoană.",
    )
)

test_leak96 = leak_pair_tests(PAIRS)
