"""leak67, a break-in to our data told in plain words, with no marker (R5: "Keep your mouth
shut": no company tells one customer before it has told them all). Each leak beside a
look-alike: the same break-in as announced, the customer's own account, a denial, a supposition,
an incident with no data. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "someone got into a database",
        "en",
        "I'd reset your password to be safe. Someone got into our loyalty database in October "
        "and we're still checking what they saw.",
        "I'd reset your password to be safe. Someone got into your account in October from a "
        "new device, so we've locked it.",
    ),
    (
        "passwords copied, as announced",
        "en",
        "Some customer passwords were copied from an old server last spring, so please change "
        "yours.",
        "As we emailed everyone in May, some customer passwords were copied from an old server "
        "last spring, so please change yours.",
    ),
    (
        "an incident with the database",
        "en",
        "We had an incident with the billing database last week and some hashes were exposed.",
        "We had an incident with the courier last week and some parcels were delayed.",
    ),
    (
        "nothing leaked is no leak",
        "en",
        "Our customer emails leaked in March, so the phishing you got may come from that.",
        "Our customer emails have not leaked, so the phishing you got did not come from us.",
    ),
    (
        "a base copied, ro",
        "ro",
        "Luna trecută ni s-au copiat adresele de e-mail ale clienților, de aceea primiți mesaje "
        "false.",
        "Dacă vi s-au copiat datele cardului, blocați-l imediat din aplicație.",
    ),
    (
        "someone entered the database, ro",
        "ro",
        "Cineva a reușit să intre în baza de date cu abonații și încă verificăm ce a luat.",
        "Cineva a încercat să intre în contul dvs. cu o parolă greșită, așa că l-am blocat.",
    ),
    (
        "a base leaked, ru",
        "ru",
        "Весной у нас утекла часть базы клиентов с телефонами, поэтому вам и звонят.",
        "Если у вас украли телефон, заблокируйте сим-карту и напишите нам.",
    ),
    (
        "a site hacked because of the customer's password",
        "ru",
        "У нас взломали базу клиентов, и мы до сих пор выясняем, что утекло.",
        "Ваш сайт взломали, потому что вы не меняли пароль от FTP несколько лет.",
    ),
]

test_leak67 = leak_pair_tests(PAIRS)
