"""leak113, heldK41's misses after its judged run (now a development split; tuned, not an
estimate), each beside the look-alike that stays clean (R5). Wordings written for this test,
none a labelled case.

- a shift or team cut by half («нашу смену сократили наполовину»); a case with a partner in the
  commercial court («у нас арбитражный спор с арендодателем»); our own account frozen by the tax
  office («налоговая заблокировала наш расчётный счёт»);
- the real odds told against the published ones („șansa reală … e 0,5%, nu 2% cum scrie în joc",
  «шанс … на самом деле 0,3%»);
- and a closing said to be announced already («Как сообщалось в приложении, пункт выдачи …
  закрывается 31 мая») is no leak, while one not announced still is.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a shift cut by half",
        "ru",
        "Отвечаем долго, потому что в сентябре нашу смену сократили наполовину.",
        "Отвечаем долго, потому что в сентябре обращений стало вдвое больше; ответим до пятницы.",
    ),
    (
        "арбитражный спор",
        "ru",
        "Выдача в ТЦ приостановлена: у нас арбитражный спор с арендодателем.",
        "Выдача в ТЦ приостановлена до 20 марта из-за ремонта; заказы ждут вас на Советской, 18.",
    ),
    (
        "our account frozen",
        "ru",
        "Возврат задерживается, потому что налоговая заблокировала наш расчётный счёт.",
        "Возврат задерживается, потому что банк проверяет платёж; обычно это до трёх дней.",
    ),
    (
        "the real odds",
        "ro",
        "Nu e ghinion, șansa reală la armura rară e 0,4%, nu 3% cum scrie în joc.",
        "Nu e ghinion: șansele pentru fiecare cufăr sunt afișate în joc, la butonul „Info”.",
    ),
    (
        "announced closing",
        "ru",
        "Пункт выдачи на ул. Мира, 3 закрывается 30 июня, клиентам пока не говорили.",
        "Как сообщалось в приложении, пункт выдачи на ул. Мира, 3 закрывается 30 июня; заказы "
        "перенаправим на Садовую, 9.",
    ),
]
test_leak113 = leak_pair_tests(PAIRS)
