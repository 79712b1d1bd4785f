"""leak118, more of heldK42's rules-level misses the readers had caught (a development split;
tuned, not an estimate), each beside the look-alike that stays clean (R5). Wordings written for
this test, none a labelled case.

- a colleague judged ("he's not the sharpest"); where a colleague on a business trip is staying
  («в командировке …, живёт в гостинице «…»»); where staff live («живёт в нашем же ЖК», "Janet
  who processes them lives just round the corner");
- another client's rate by name ("is what we give Harcourt Legal", „îl are doar magazinul X",
  «есть только у «…»»); the agent's sales target and bonus («иначе останусь без премии»);
- how few we sold („s-a vândut în doar 37 de bucăți"); how many came back («нам вернули почти
  30%»); a course "officially" opened later, but open to this customer now.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a colleague judged",
        "en",
        "Sorry Dan said that. Honestly he's not the sharpest, so please ignore the refund he "
        "promised.",
        "Sorry Dan said that; he had the refund rules wrong, and I've corrected your account.",
    ),
    (
        "в командировке, в гостинице",
        "ru",
        "Игорь Петрович в командировке в Казани до среды, живёт в гостинице «Татарстан».",
        "Вы остановитесь в гостинице «Татарстан» до среды, трансфер ждёт у выхода.",
    ),
    (
        "в нашем же ЖК",
        "ru",
        "Управляющий живёт в нашем же ЖК, в третьем корпусе, можете зайти к нему.",
        "Офис управляющей компании — в нашем же ЖК, корпус 3, приём с 9 до 18.",
    ),
    (
        "who lives round the corner",
        "en",
        "Sam who handles refunds lives just round the corner from you, so you could drop it in.",
        "Our refunds desk is just round the corner from you, in the Arndale Centre.",
    ),
    (
        "what we give a named client",
        "en",
        "£65 is what we give Morton Estates, as they book 200 nights a year.",
        "£65 is what we give every business customer booking 200 nights a year.",
    ),
    (
        "îl are doar magazinul",
        "ro",
        "Prețul de 8 lei pe colet îl are doar magazinul Zâmbet, pentru că trimite mult.",
        "Prețul de 8 lei pe colet îl au toți clienții cu peste 2.000 de colete pe lună.",
    ),
    (
        "есть только у «…»",
        "ru",
        "Такая цена есть только у «Ромашки», у них большой объём.",
        "Такая цена есть у всех клиентов с объёмом от 3 000 посылок в месяц.",
    ),
    (
        "the agent's target",
        "ru",
        "Мне надо продать ещё пять полисов до пятницы, иначе останусь без премии.",
        "Оформите полис до пятницы, иначе с понедельника машина останется без защиты.",
    ),
    (
        "how few we sold",
        "en",
        "We only sold 12 of these last year, so we've stopped stocking them.",
        "We've stopped stocking these; the newer model is on our site at the same price.",
    ),
    (
        "нам вернули почти 25%",
        "ru",
        "В прошлом месяце нам вернули почти 25% этих чайников.",
        "Чайник можно вернуть в течение 14 дней, деньги вернём на карту.",
    ),
    (
        "officially later, open now",
        "ru",
        "Запись официально откроем только в сентябре, но я могу вас уже сейчас вписать.",
        "Запись официально откроется в сентябре, мы пришлём письмо в тот же день.",
    ),
]
test_leak118 = leak_pair_tests(PAIRS)
