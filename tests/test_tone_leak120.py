"""leak120, trainK49's rules-level misses the readers had caught (a development split; tuned, not
an estimate), each beside the look-alike that stays clean (R5). Wordings written for this test,
none a labelled case.

- a colleague off the round for drink („a avut probleme cu băutura", «он опять запил»);
- a group project's low mark put on one pupil by name ("Jack, who got 38% on his section");
- a group of our staff and their pay („băieții de la depozit iau 2.800 de lei net", «у курьеров
  1 800 ₽ за смену»);
- the sum over which an order goes to manual review ("anything over £150 … goes to manual
  review", «дороже 15 000 ₽ идёт на ручную проверку»);
- what sets off our anti-cheat, with its figure („se declanșează dacă ai peste 90% headshot-uri").
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a colleague's drinking",
        "ru",
        "Простите за задержку: водителя на вашем маршруте отстранили, он снова запил.",
        "Простите за задержку: водитель на вашем маршруте сломал машину, её уже чинят.",
    ),
    (
        "a colleague's drinking",
        "ro",
        "Ne pare rău: șoferul de pe ruta dvs., Vasile, a avut probleme cu băutura și l-au suspendat.",
        "Ne pare rău: șoferul de pe ruta dvs. a avut o pană, iar coletul pleacă mâine.",
    ),
    (
        "another pupil's part",
        "en",
        "The group mark was pulled down by Ethan, who got 31% on his section; Mia's own mark is 72%.",
        "The group mark was pulled down by one weak section; Mia's own mark is 72%.",
    ),
    (
        "another pupil's part",
        "ro",
        "Nota grupei a scăzut din cauza lui Andrei, care a luat 3 la partea lui.",
        "Nota grupei a scăzut din cauza unei secțiuni slabe; nota individuală a Mariei e 9.",
    ),
    (
        "our staff's pay",
        "ro",
        "Să știți că oamenii de la depozit primesc 2.500 de lei net, fac ce pot.",
        "Să știți că oamenii de la depozit lucrează și sâmbăta acum, fac ce pot.",
    ),
    (
        "our staff's pay",
        "ru",
        "Поймите, у сборщиков сейчас 1 500 ₽ за смену, они не успевают.",
        "Поймите, у сборщиков сейчас по 300 заказов за смену, они не успевают.",
    ),
    (
        "the manual review bar",
        "en",
        "New accounts: any order over £200 in the first month goes to manual review.",
        "Your order went to manual review because the billing address changed; it clears today.",
    ),
    (
        "the manual review bar",
        "ru",
        "Первые две недели любой перевод свыше 20 000 ₽ уходит на ручную проверку.",
        "Ваш перевод ушёл на ручную проверку из-за смены номера телефона, сегодня он пройдёт.",
    ),
    (
        "what sets off the anti-cheat",
        "ro",
        "Banul e de la anti-cheat: se declanșează dacă ai peste 80% lovituri în cap două meciuri la rând.",
        "Banul e de la anti-cheat; l-am trimis la revizuire și primești răspuns în 48 de ore.",
    ),
    (
        "what sets off the anti-cheat",
        "en",
        "The anti-cheat flags accounts when they land over 70% headshots in three matches.",
        "The anti-cheat flagged your account; a person will review the matches within 48 hours.",
    ),
]
test_leak120_pairs = leak_pair_tests(PAIRS)
