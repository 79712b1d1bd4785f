"""leak65, heldK35 after its judged run, second round (a development split since; tuned, not an
estimate), every leak beside a look-alike (R5). Wordings written for this test, none a labelled
case:

- goodwill "without having to get it signed off"; a transfer split "into payments under" the bar;
- staff cut "roughly a third", half of a shift dissolved;
- the chain sold to a named buyer, the deal closing later;
- "don't buy it now" before a sale on its date;
- a class action told with «против нас»; a check "not made in fact" («проверять не будут»);
- a quarter closed with a loss.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "goodwill without sign-off",
        "en",
        "I can do up to £120 goodwill without having to get it signed off, so let's do £120.",
        "I can offer £120 goodwill, and I've already had it signed off by my manager.",
    ),
    (
        "a transfer split under the bar",
        "en",
        "It was held because it was £4,000. If you split it into payments under £3,000 they go "
        "through without being reviewed.",
        "It was held because it was £4,000. Our team reviews it within a day and we'll email you.",
    ),
    (
        "staff cut roughly a third",
        "en",
        "Waits will get longer, they're letting go roughly a third of the support team in June.",
        "Waits are longer this week because roughly a third of the support team is on a course.",
    ),
    (
        "the chain sold to a named buyer",
        "ru",
        "Баллы не сгорят: сеть всё равно продают «Магниту», сделку закроют весной.",
        "Баллы не сгорят: они действуют ещё 12 месяцев после последней покупки.",
    ),
    (
        "don't buy before a sale on its date",
        "ro",
        "Nu cumpărați frigiderul acum, reducerile la noi încep pe 20 martie și modelul scade cu 500 "
        "de lei.",
        "Frigiderul e acum cu 500 de lei mai ieftin, oferta e valabilă până pe 20 martie.",
    ),
    (
        "a class action against us",
        "ru",
        "Вы не первый: против нас уже подали коллективный иск из-за этой комиссии.",
        "Если не согласны с комиссией, вы можете подать иск, но давайте сначала я проверю расчёт.",
    ),
    (
        "a check not made in fact",
        "ru",
        "Укажите доход от 50 000 — проверять по факту не будут, и одобрят.",
        "Укажите доход как в справке: его проверят по выписке, и тогда одобрят.",
    ),
    (
        "a quarter closed with a loss",
        "ro",
        "Am încheiat anul cu vreo 2 milioane de lei pierdere, de aceea nu mai avem promoții.",
        "Am încheiat comanda dumneavoastră și v-am returnat 200 de lei.",
    ),
]


test_leak_blocked_and_look_alike_clean = leak_pair_tests(PAIRS)
