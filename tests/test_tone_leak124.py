"""leak124, trainK50's rules-level misses that the readers caught (defence in depth), each beside
the look-alike that stays clean (R5). Wordings written for this test, none a labelled case.

- our guarding told as thin ("only one guard for the whole site at night");
- what sets off an automatic ban, with its figure ("flags anyone whose …", «блокировка
  автоматически: система ловит, если …»);
- talks or money still to sign („Se negociază fuziunea", «подписываем инвестиции от фонда»);
- the customer's claim sent to our fraud investigators, told with why;
- another person's card by its brand, ending and holder („un card Visa terminat în 7781, pe numele
  …"), a comma before the name.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "thin guarding",
        "en",
        "The depot has CCTV, but overnight there's only one guard covering the whole yard.",
        "The depot has CCTV and staffed security around the clock, so your van is safe there.",
    ),
    (
        "thin guarding",
        "ro",
        "Parcarea are camere, dar noaptea e un singur paznic pentru toată incinta.",
        "Parcarea are camere și pază permanentă, așa că puteți lăsa mașina liniștit.",
    ),
    (
        "thin guarding",
        "ru",
        "Камеры есть, но сторож ночью один на весь склад, так что лучше не оставляйте груз.",
        "Камеры есть, и склад охраняется круглосуточно, груз можно оставить.",
    ),
    (
        "an automatic ban's trigger",
        "en",
        "Our anti-cheat flags players whose win rate stays above 90% for 30 games in a row.",
        "Our anti-cheat reviewed your account and the ban has been lifted; sorry for the trouble.",
    ),
    (
        "an automatic ban's trigger",
        "ru",
        "Бан выдан автоматически: система ловит, если больше 50 убийств за матч три раза подряд.",
        "Бан снят после проверки, приносим извинения за неудобства.",
    ),
    (
        "a deal still to sign",
        "ro",
        "Nu vă mutați la ei, oricum se negociază fuziunea și în vară suntem aceeași rețea.",
        "Fuziunea cu ei a fost anunțată public în martie, iar abonamentul dumneavoastră rămâne la fel.",
    ),
    (
        "a deal still to sign",
        "ru",
        "Клуб не закроется: мы сейчас подписываем инвестиции с крупным фондом.",
        "Клуб не закроется: расписание на весну уже опубликовано на сайте.",
    ),
    (
        "a claim referred with why",
        "en",
        "Your claim went slowly because it was referred to our counter-fraud team: the policy started a week before the theft.",
        "Your claim has been referred to our counter-fraud team, which reviews every claim over £5,000.",
    ),
    (
        "a claim referred with why",
        "ro",
        "Dosarul a fost marcat ca suspect pentru că reparația s-a făcut la același atelier de două ori.",
        "Dosarul este în analiză, ca orice daună peste 10.000 de lei, și primiți răspuns în 10 zile.",
    ),
    (
        "another person's card",
        "ro",
        "Plata nu e de pe cardul dumneavoastră, ci de pe un card Mastercard terminat în 5120, pe numele Ioan Rusu.",
        "Plata e de pe cardul dumneavoastră terminat în 5120, iar rambursarea ajunge tot acolo.",
    ),
    (
        "another person's card",
        "ru",
        "Оплата прошла с карты МИР, заканчивающейся на 8834, на имя Павла Соколова, а не с вашей.",
        "Оплата прошла с вашей карты, заканчивающейся на 8834, возврат придёт на неё же.",
    ),
]
test_leak124_pairs = leak_pair_tests(PAIRS)
