"""leak70, a check nobody makes, and two widenings of this session's families (R5): a flaw
whose gain is a ticket "still valid", a leak said as „s-au scurs" or with the CRM's names. Each
leak beside a look-alike: our promise never to ask for a PIN, a customer's words quoted, a
water leak. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "nobody checks the mileage",
        "en",
        "Put whatever mileage you like on the form, nobody actually checks it.",
        "Please put the mileage on the form. We will never ask for your PIN or password.",
    ),
    (
        "never checked, ro",
        "ro",
        "Bifați că mașina stă în garaj, nu se verifică niciodată și prima scade.",
        "Nu vă vom cere niciodată codul PIN, nici la telefon, nici pe e-mail.",
    ),
    (
        "nobody checks the track number, ru",
        "ru",
        "Выберите «товар не получен», трек-номер никто не проверяет.",
        "Вы пишете, что «никто не спрашивал» про замену, но сборщик действовал по правилам.",
    ),
    (
        "a refund and a ticket still valid, ro",
        "ro",
        "Știm de problemă: dacă anulați din aplicație, banii vin înapoi și biletul rămâne "
        "valabil. Nu s-a reparat încă.",
        "Știm de problemă: aplicația se blochează la plată. Nu s-a reparat încă, folosiți site-ul.",
    ),
    (
        "addresses leaked, ro",
        "ro",
        "În mai s-au scurs niște adrese de e-mail și telefoane ale clienților, de acolo vin "
        "mesajele.",
        "Dacă vi s-a scurs apă din mașina de spălat, trimiteți-ne poze cu furtunul.",
    ),
    (
        "names and phones from the CRM, ru",
        "ru",
        "Звонки, скорее всего, после утечки в апреле: из CRM выгрузили телефоны и ФИО клиентов.",
        "Если у вас утечка воды из бойлера, перекройте кран и позвоните мастеру.",
    ),
]

test_leak70 = leak_pair_tests(PAIRS)
