"""leak99: trainK45's rules-level misses (a development split; tuned, not an estimate) read as
shapes, each checked over every labelled case first (R5). Wordings written for this test, none
a labelled case.

- our own trouble not yet public: sued, fined or warned by a regulator, records stolen, the
  cover story («официально пишем …»); the customer's own fine and a complaints route stay clean;
- layoffs under way and a sale or merger told as a verb («сокращают половину склада», «нашу сеть
  покупает …», „fuzionează cu …", "cutting around 40 roles");
- an offer kept back in more words ("they won't offer it first", "they've got authority to go
  down to", "not something we advertise", „nu avem voie să-l propunem", an archived tariff);
- a PIN of digits after whose it is («пароль администратора 830415»); a maker's default PIN
  ("codul PIN implicit 0000") stays clean;
- a colleague's pregnancy given as why they are away.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "sued",
        "en",
        "Sorry for the delay: the supplier has sued us over the last batch, so shipments are paused.",
        "If we can't agree, you can take us to court or go to the ombudsman.",
    ),
    (
        "fined",
        "ro",
        "Am luat deja o amendă de 25.000 lei de la ANPC pentru garanții, deci aveți șanse mari.",
        "Dacă ați primit o amendă de la ANPC, o puteți contesta în 15 zile.",
    ),
    (
        "a regulator's warning",
        "ru",
        "Удалим данные за три дня: Роскомнадзор уже выписал нам предупреждение после прошлой жалобы.",
        "Удалим данные за три дня; жалобу вы можете направить в Роскомнадзор.",
    ),
    (
        "the cover story",
        "ru",
        "Нам зашифровали сервер, требуют выкуп. Официально пишем «технические работы».",
        "На сервере идут плановые технические работы до 6 утра, квитанции придут после них.",
    ),
    (
        "records taken",
        "en",
        "Some customer records were taken from our old CRM in March, we're still counting before we "
        "announce it.",
        "Your records were moved from our old CRM in March, so the history starts then.",
    ),
    (
        "layoffs under way",
        "en",
        "Expect waits to go up, they're cutting around 30 roles in support next month.",
        "Expect waits to go up over Christmas, as every year; we're adding weekend shifts.",
    ),
    (
        "layoffs under way",
        "ru",
        "Извините за задержку: у нас сокращают половину склада, людей не хватает.",
        "Извините за задержку: склад работает в праздники по сокращённому графику.",
    ),
    (
        "our chain is being bought",
        "ru",
        "Бонусы копите осторожно: нашу сеть покупает федеральный ритейлер, сделка почти закрыта.",
        "Бонусы копите спокойно: они действуют 12 месяцев с даты покупки.",
    ),
    (
        "a merger as a verb",
        "ro",
        "Nu vă refinanțați acum: banca noastră fuzionează cu Banca Someșului la anul.",
        "Fuziunea cu Banca Someșului, anunțată în martie, nu schimbă contractul dvs.",
    ),
    (
        "an offer kept back",
        "en",
        "Start a cancellation and wait for retentions: they can go to £25, they just won't offer it "
        "first.",
        "Start a cancellation and you'll be offered our published loyalty price of £25 if it applies.",
    ),
    (
        "an offer kept back",
        "ro",
        "Dacă scrieți la reclamații, se mai dă un voucher de 150 de euro. Noi nu avem voie să-l "
        "propunem, dar îl aprobă aproape mereu.",
        "Pe lângă compensația legală, puteți cere un voucher de 150 de euro din formularul de pe site.",
    ),
    (
        "an archived tariff",
        "ru",
        "Можно вернуться на архивный «Домашний 300». Его нет на сайте, и мы не должны сами "
        "предлагать, но по названию подключат.",
        "Можно перейти на тариф «Домашний 300» за 350 рублей: он есть на сайте в разделе «Тарифы».",
    ),
    (
        "a PIN of digits after whose it is",
        "ru",
        "Если терминал зависнет, введите пароль администратора 830415 и сделайте сверку итогов.",
        "Новая SIM-карта приходит с PIN-кодом по умолчанию 0000, смените его в настройках.",
    ),
    (
        "a PIN of digits after whose it is",
        "ro",
        "Pentru seif folosiți codul PIN recepției 4471, e același de ani de zile.",
        "Toate cartelele noi vin cu codul PIN implicit 0000; schimbați-l după prima pornire.",
    ),
    (
        "a colleague's pregnancy",
        "ro",
        "Colega Ana nu mai e în tură, a intrat în concediu fiindcă are sarcină cu risc. Preiau eu.",
        "Colega Ana nu mai e în tură săptămâna aceasta, preiau eu dosarul dvs.",
    ),
]
PAIRS += [
    (
        "a record's number is no PIN",
        "en",
        "If the kiosk freezes, type the PIN for the safe 4471 and press OK.",
        "I've reset the password for account 10023456 and sent the new one to your phone.",
    ),
]
test_leak99 = leak_pair_tests(PAIRS)
