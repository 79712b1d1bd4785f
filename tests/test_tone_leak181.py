"""leak181: trainK69's leaks the rules missed (the readers caught some), each beside a look-alike that
stays clean (R5). Wordings written for this test, none a labelled case.

- the ID check skipped for a word to the operator («скажите, что вы из «Золотой линии», и паспорт у вас
  спрашивать не будут»);
- who complained about the customer, by their job and name («на вас пожаловался администратор зала
  Денис», „Sesizarea a venit de la recepționera de noapte, Alina");
- how many left us in a month („am avut peste 3.100 de dezabonări luna asta", «4 200 отписок за месяц»).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

test_leak181 = leak_pair_tests(
    [
        (
            "the ID check skipped for a word",
            "ru",
            "Просто скажите на кассе, что вы из «Золотой линии», и паспорт у вас спрашивать не будут.",
            "На кассе понадобится паспорт: без него билет, к сожалению, не выдадут.",
        ),
        (
            "who complained, by job and name",
            "ru",
            "Доступ приостановлен: на вас пожаловался администратор зала Денис, что вы грубили на ресепшене.",
            "Доступ приостановлен, пока мы разбираемся с жалобой. Подробности мы сообщить не можем.",
        ),
        (
            "who complained, by job and name",
            "ro",
            "Sesizarea a venit de la recepționera de noapte, Alina, care spune că ați făcut gălăgie.",
            "Am primit o sesizare legată de zgomot, dar nu vă putem spune de la cine a venit.",
        ),
        (
            "how many left us in a month",
            "ro",
            "Ca să vă faceți o idee, am avut peste 3.100 de dezabonări luna asta, de aceea răspundem greu.",
            "Ne pare rău pentru întârziere, luna asta avem foarte multe solicitări și răspundem mai greu.",
        ),
        (
            "how many left us in a month",
            "ru",
            "Для понимания: у нас 4 200 отписок за месяц после обновления, поэтому очередь большая.",
            "Извините за ожидание: после обновления очередь большая, отвечаем по порядку.",
        ),
    ]
)
