"""pol64, trainP28's rules-level false alarms (a development split; tuned, not an estimate), each
mended where a rule misread a wording, beside its rude or leaking counterpart still flagged (R1,
R4, R5, R6, R12). Wordings written for this test, none a labelled case.

- an API endpoint's path parameter ("DELETE /items/{id}") is the route as documented, not our
  unfilled placeholder; a "{token}" in a link still is (R12);
- „ca să nu pierdem timp" hurries on the customer's behalf; „ne pierdem timpul" stays (R1);
- "that doesn't mean there's nothing we can do", "made from your own device" (R1);
- «понимаю, почему вы злитесь», «пока спор открыт»: «вы не понимаете» and «не спорьте» read in
  any order had matched them (R6); «не понимаю, как ты …» stays;
- "what you can actually afford", «в сложной финансовой ситуации» (R1);
- a tax notice's „Plata se poate efectua online" is the reader's next step (R4);
- a building's number after its street, a debt the dead left told the heir, and the password the
  customer sent in clear are none of them a leak (R5).
"""

from __future__ import annotations

from supportdesk.tone import lint
from tests.tonecheck import leak_pair_tests, quiet_and_rude_tests

QUIET = [
    (
        "en",
        "The workaround is to loop over DELETE /items/{id}; the rate limit is 10 requests a second.",
    ),
    ("ro", "Între timp, pot continua eu verificarea plății, ca să nu pierdem timp."),
    (
        "en",
        "I'm sorry this happened. Because the transfer was made from your own device, it counts as "
        "authorised. That doesn't mean there's nothing we can do: I've reported it to the bank.",
    ),
    ("ru", "Я готова помочь и понимаю, почему вы злитесь: мастер не пришёл уже второй раз."),
    (
        "ru",
        "Пока спор открыт, новые заказы приостановлены — так со всеми аккаунтами, и это не "
        "обвинение в ваш адрес.",
    ),
    ("en", "When you're ready, we can set up a plan based on what you can actually afford."),
    ("ru", "Если вы оказались в сложной финансовой ситуации, можно оформить кредитные каникулы."),
    (
        "ro",
        "Stimate contribuabil, pentru locuința din str. Florilor nr. 3 figurează neachitată suma "
        "de 240 lei. Plata se poate efectua online prin ghiseul.ro.",
    ),
]
RUDE = [
    ("ro", "Ne pierdem timpul cu dumneavoastră."),
    ("en", "The problem is your own device. There's nothing we can do."),
    ("ru", "Я вообще не понимаю, как ты ведёшь бизнес."),
    ("ru", "Не спорьте, тариф верный."),
    ("ru", "Сколько бы вы со мной ни спорили, решение не изменится."),
]
test_pol64_quiet, test_pol64_rude = quiet_and_rude_tests(QUIET, RUDE)

PAIRS = [
    (
        "a street's number",
        "ro",
        "Apartamentul nr. 7 din blocul dvs. are un sold restant de 487,30 lei.",
        "Locul de consum din str. Lalelelor nr. 7 figurează cu un sold restant de 487,30 lei; "
        "puteți solicita eșalonarea plății.",
    ),
    (
        "a debt the dead left",
        "ru",
        "Не могу подключить вас к счёту отца без доверенности, но на его вкладе сейчас 1 240 000 "
        "рублей, если это важно для наследства.",
        "Соболезнуем вашей утрате. По кредитной карте вашего мужа остаётся долг 46 200 ₽; проценты "
        "мы приостановили.",
    ),
    (
        "the password you sent in clear",
        "ro",
        "Parola este păstrată la noi în clar, așa că v-o putem spune la telefon.",
        "Parola pe care ați trimis-o în clar în acest tichet trebuie schimbată imediat.",
    ),
]
test_pol64 = leak_pair_tests(PAIRS)


def test_path_parameter_is_no_placeholder_but_a_link_template_is() -> None:
    """R12: "DELETE /orders/{id}" documents the route; "…/reset/{token}" was left unfilled."""

    def placeholders(text: str) -> list[str]:
        return [f.rule for f in lint(text, language="en").findings if f.rule == "placeholder"]

    assert placeholders("Loop over DELETE /orders/{id}, ten requests a second at most.") == []
    assert placeholders("Reset it here: https://portal.example.com/reset/{token} today.")
