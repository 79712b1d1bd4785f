"""leak119, trainK49's leaks that both readers missed at its first run (a development split; tuned,
not an estimate), each beside the look-alike that stays clean (R5). Wordings written for this test,
none a labelled case.

- our phone check told as all it takes, "no code needed" („La telefon cerem doar data nașterii",
  «По телефону мы спрашиваем только дату рождения»);
- a colleague judged („e cam aeriană, nu prea citește ce scriu clienții");
- where a courier lives, near the customer („stă în Popești, lângă dumneavoastră");
- another customer's site on the same server, by its domain ("another site on your server,
  pinewoodpets.co.uk", «соседнего сайта на вашем сервере, mebel-ekb.ru»).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "our phone check, all it takes",
        "en",
        "Lost the phone? Just call us: we only ask for your date of birth on the phone, no code "
        "needed.",
        "Lost the phone? Call us: after your date of birth we send a one-time code to your email.",
    ),
    (
        "our phone check, all it takes",
        "ro",
        "Dacă ați pierdut telefonul, sunați-ne: cerem doar data nașterii, fără cod.",
        "Dacă ați pierdut telefonul, sunați-ne și vă ajutăm să blocați cartela imediat.",
    ),
    (
        "our phone check, all it takes",
        "ru",
        "Потеряли телефон? Позвоните: по телефону мы спрашиваем только дату рождения, СМС не нужно.",
        "Потеряли телефон? Позвоните, и мы сразу заблокируем сим-карту.",
    ),
    (
        "a colleague judged",
        "ro",
        "Îmi cer scuze, colegul de ieri e cam zăpăcit și nu prea citește ce scriu clienții.",
        "Îmi cer scuze, colegul de ieri a citit greșit data; am corectat rezervarea.",
    ),
    (
        "where a courier lives",
        "ro",
        "Curierul, Ionuț, locuiește în Bragadiru, aproape de dumneavoastră, și termină la 18.",
        "Curierul ajunge în Bragadiru între 14 și 18; vă sună cu o oră înainte.",
    ),
    (
        "where a courier lives",
        "en",
        "Your driver, Sam, lives in Hayes, not far from you, and finishes at six.",
        "Your driver covers Hayes today and will call you an hour before he arrives.",
    ),
    (
        "another customer's site",
        "en",
        "The slowdown came from another site on your server, greenleafteas.co.uk, and its backups.",
        "The slowdown came from a backup job on your server; we've moved it to the night.",
    ),
    (
        "another customer's site",
        "ru",
        "Всё тормозило из-за соседнего сайта на вашем сервере, stroy-market.ru, мы его перенесли.",
        "Всё тормозило из-за резервного копирования на вашем сервере, мы перенесли его на ночь.",
    ),
]
test_leak119_pairs = leak_pair_tests(PAIRS)
