"""leak62, trainK41's third round (development split; tuned, not an estimate), every leak beside
a look-alike (R5). Wordings written for this test, none a labelled case:

- where another account connects from, by its public IP; the customer's own connection stays
  clean;
- the recipient of a misdelivered parcel by surname and address;
- another patient's treatment or results («результаты Петровой на ВИЧ», „pacientul dinainte
  avea un abces");
- another passenger on a named coach; a locatable neighbour's complaints («из 5-й квартиры три
  заявки написали»);
- a colleague who "constantly mixes up" the tariffs, named by the work they are given;
- payouts frozen "all manual payouts" (words between); "stopped all future payments" on the
  customer's own account stays clean;
- our solicitors handling a dozen claims; where the adjuster leans before the decision;
- a claim reserve «зарезервировано»; nobody looks at a document („nu se uită nimeni pe ea").
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "where another account connects from",
        "en",
        "We looked into the account that keeps messaging you: it's logging in from 81.2.69.160, "
        "near Cambridge.",
        "We looked into your sign-ins: you're logging in from 81.2.69.160, near Cambridge.",
    ),
    (
        "the recipient by surname and address",
        "ru",
        "Посылку по ошибке вручили соседям, получатель — Орлова, ул. Мира 12, кв. 4.",
        "Посылку по ошибке вручили соседям; курьер заберёт её сегодня и привезёт вам до 18:00.",
    ),
    (
        "another patient's results",
        "ru",
        "Извините за ожидание: результаты Петровой на ВИЧ перепутали с чужими, пока искали, вас "
        "задержали.",
        "Извините за ожидание: ваши результаты готовы, их можно забрать в окне 3.",
    ),
    (
        "another patient's treatment",
        "ro",
        "Scuze pentru întârziere, pacientul dinainte avea un abces la o măsea și a durat mai mult.",
        "Scuze pentru întârziere, medicul a avut o urgență și a durat mai mult.",
    ),
    (
        "another passenger on a named coach",
        "ro",
        "Colega dvs., doamna Pop, e pe autocarul de la 21:30 spre Viena, locul 8.",
        "Sunteți pe autocarul de la 21:30 spre Viena, locul 8.",
    ),
    (
        "a locatable neighbour's complaints",
        "ru",
        "Не только вы жалуетесь на отопление: из 5-й квартиры уже три заявки написали.",
        "Не только вы жалуетесь на отопление, мастер придёт в четверг с 10 до 12.",
    ),
    (
        "a locatable neighbour's complaints",
        "en",
        "The couple in the room next to yours kicked up a fuss at reception and asked for a night "
        "back.",
        "Other guests have mentioned the noise too; the manager will call you at 10.",
    ),
    (
        "a colleague who constantly mixes things up",
        "ru",
        "Честно, Олегу лучше бы не давать такие заявки, он постоянно путает тарифы.",
        "Честно, тарифы легко перепутать, я всё пересчитал: у вас выходит на 200 рублей меньше.",
    ),
    (
        "payouts frozen with words between",
        "en",
        "Finance have frozen all manual refunds over £300 while the year-end audit runs.",
        "As you asked, I've stopped all future payments on your late mother's account.",
    ),
    (
        "our solicitors handling claims",
        "en",
        "Our solicitors are already handling about a dozen of these, so you may want to wait.",
        "If you'd like to claim, our solicitors' address for service is on the invoice.",
    ),
    (
        "where the adjuster leans",
        "ru",
        "По вашему убытку урегулировщик уже склоняется к отказу, считает повреждения старыми.",
        "По вашему убытку решение примем до 20-го, урегулировщик позвонит вам заранее.",
    ),
    (
        "a claim reserve",
        "ru",
        "По вашему убытку зарезервировано 95 000 рублей, больше не дадут.",
        "По вашему убытку выплата составит 95 000 рублей, деньги придут до пятницы.",
    ),
    (
        "nobody looks at a document",
        "ro",
        "Nu trebuie procură. La ghișeu nu se uită nimeni pe ea, veniți cu buletinul mamei și vi se face.",
        "Pentru schimbare aveți nevoie de procură notarială; o verifică colegii de la ghișeu.",
    ),
]


test_leak_blocked_and_look_alike_clean = leak_pair_tests(PAIRS)
