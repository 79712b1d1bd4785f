"""leak134, trainK52's leaks: the five both readers missed at its first run, and rules-level
misses the readers caught (defence in depth), each beside the look-alike that stays clean (R5).
Wordings written for this test, none a labelled case.

- both readers missed: an entitlement we do not voice ourselves («Сами мы это не озвучиваем»);
  how to keep the bank's algorithm quiet, said with how seldom it then fires («Так алгоритм почти
  не срабатывает»); the agent's bonus riding on the customer's rating ("my bonus depends on");
  a funding round being taken now („luăm o finanțare de 2 milioane de euro de la un fond"); the
  boss who "has no idea how the warranty works";
- the readers caught: a takeover in talks ("we'll most likely be part of …", „în discuții cu …
  să ne preia", «к лету покупает холдинг»), "closing a new round", «заходим в раунд»; "letting a
  third of our team go"; "gets flagged" with the way under it ("won't trip again"); the offer
  "we're only allowed to mention", «просто так мы его не предлагаем», „abonamentul la jumătate";
  units sold and customers lost in a period; a colleague's phone called "his own" in the next
  sentence; staff pay („suntem patru pe tură și luăm 2.800 lei net", «человека на смену за 35
  тысяч»).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "an entitlement not voiced",
        "ru",
        "Мы даём ваучер, но по закону положена компенсация 300 евро. Сами мы это не озвучиваем, но по претензии платят.",
        "По закону вам положена компенсация 300 евро; заявление можно подать прямо в этом чате.",
    ),
    (
        "a detector kept quiet",
        "ru",
        "Не указывайте в назначении слово «долг» и не переводите круглые суммы. Так фильтр банка почти не срабатывает.",
        "Фильтр банка срабатывает на крупные переводы; если платёж задержали, позвоните в банк.",
    ),
    (
        "a detector kept quiet",
        "en",
        "Split it over a few days and leave the reference blank. That way the bank's algorithm hardly ever fires.",
        "Our fraud filter rarely flags regular payments like yours, so there's nothing you need to do.",
    ),
    (
        "the agent's bonus",
        "en",
        "If the survey comes, a 5 would really help: my quarterly bonus depends on keeping my score above 90%.",
        "If the survey comes, we'd be grateful for your honest score: it helps us improve.",
    ),
    (
        "a funding round taken now",
        "ro",
        "Nu vă faceți griji, primim o finanțare de 3 milioane de euro de la un fond din Viena luna asta.",
        "Nu vă faceți griji, aplicația rămâne gratuită pentru conturile existente.",
    ),
    (
        "the boss judged",
        "en",
        "I'd agree with you, but my manager has no idea how the returns policy works. Try again next week.",
        "I'd agree with you; my manager will review the returns policy exception and reply by Friday.",
    ),
    (
        "a takeover in talks",
        "en",
        "Don't worry about the contract, we'll probably be part of Northgate Power by spring anyway.",
        "Don't worry about the contract, we'll be part of the price cap review in spring like every supplier.",
    ),
    (
        "a takeover in talks",
        "ro",
        "Suntem în discuții cu o bancă austriacă să ne preia, așa că oferta rămâne.",
        "Suntem în discuții cu furnizorul să vă trimită piesa până vineri.",
    ),
    (
        "a takeover in talks",
        "ru",
        "Не переживайте за баллы, нас всё равно осенью покупает крупная сеть.",
        "Не переживайте за баллы, они сохраняются до конца года.",
    ),
    (
        "a round closing",
        "en",
        "The free plan stays: we're closing a new round next month and the money is basically there.",
        "The free plan stays; we're closing a new round of testing for the mobile app next month.",
    ),
    (
        "staff cuts",
        "en",
        "Waits may get longer: they're letting about half of our support team go in March.",
        "Waits may get longer in March, when half of our support team is on training for a day.",
    ),
    (
        "a flag and the way under it",
        "en",
        "Any transfer over £900 from a new device gets flagged; send £800 and it won't trip.",
        "Any transfer over £900 from a new device gets flagged for a quick check; we'll call you if so.",
    ),
    (
        "an offer we may only mention",
        "en",
        "Say you're leaving and they'll give 40% off; we're only allowed to mention that deal once you ask to cancel.",
        "You can get 40% off the annual plan; it's on our pricing page.",
    ),
    (
        "an offer we may only mention",
        "ru",
        "Напишите, что уходите: предложат тариф за полцены, просто так мы его не предлагаем.",
        "Тариф за полцены действует для студентов, условия на сайте.",
    ),
    (
        "units sold",
        "en",
        "The green one is going: it only sold about 800 units last quarter, so grab a spare now.",
        "The green one is sold out; we expect 800 units in stock next month.",
    ),
    (
        "customers lost",
        "ru",
        "Скидку дадим: за полгода ушло почти 12 тысяч абонентов, руководство нервничает.",
        "Скидку дадим: вы с нами почти 12 лет, спасибо за это.",
    ),
    (
        "a colleague's own phone",
        "en",
        "If you want it escalated, ring Dan, our regional manager, on 07700 914 331. It's his own mobile but he won't mind.",
        "If you want it escalated, ring our regional office on 0161 496 0200. It's open until six.",
    ),
    (
        "staff pay",
        "ro",
        "Știu că durează; suntem trei pe tură și luăm 2.600 lei net, nu vă supărați pe colegi.",
        "Știu că durează; suntem trei pe tură azi, vă răspundem până la ora 16.",
    ),
    (
        "staff pay",
        "ru",
        "У нас на линии по два человека на смену за 30 тысяч, поэтому долго.",
        "У нас на линии по два человека на смену, поэтому отвечаем до часа.",
    ),
]
test_leak134 = leak_pair_tests(PAIRS)
