"""leak106, trainK46's rules-level misses at its first run (a development split; tuned, not an
estimate), each shape run as a prototype over every labelled case first and kept where it matched
leaks and nothing else, beside the look-alike that stays clean (R5). Wordings written for this
test, none a labelled case.

- a third person's habit with its day or hour ("she mostly comes in for the 7am swim on
  weekdays", „Vine de obicei marți și joi pe la 19:00", «Он обычно приходит по средам к восьми
  вечера»);
- the previous or another customer named ("the previous renter, a Mr Hollis", „clientul
  dinainte, un domn din Arad", «другой клиент, некий Сомов»);
- a staff member's ceiling with the check it goes without ("I can go up to £300 without a
  manager", „poate aproba până la 20.000 de lei fără adeverință", «могу одобрить до 5 000 ₽
  без согласования»);
- a deal told as settled ("once the merger with Bayline goes through", „ne preia lanțul
  german", «банк одобрил нам кредитную линию на 90 миллионов»);
- a passport's series and number named apart («серия 4510 номер 123456»), old sessions left open
  after a password change with the flaw unfixed, a check that „prinde doar" one thing.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "habit",
        "en",
        "I can't cancel his membership, but she mostly comes in for the 7am swim on weekdays, so "
        "evenings are quieter.",
        "Your refund usually arrives within 3 working days, on weekdays.",
    ),
    (
        "habit (ro)",
        "ro",
        "Înțeleg. Vine de obicei marți și joi pe la 19:00, la sală, așa că veniți dimineața.",
        "Rambursarea ajunge de obicei în 2-3 zile lucrătoare, de luni până vineri.",
    ),
    (
        "habit (ru)",
        "ru",
        "Он обычно приходит по средам к восьми вечера, так что в другие дни вы не пересечётесь.",
        "Посылка обычно приходит по средам, курьер позвонит заранее.",
    ),
    (
        "previous customer named",
        "en",
        "The dent was already there: the previous renter, a Mr Hollis, paid £200 for it.",
        "The dent was already there when you collected the car, so you won't be charged.",
    ),
    (
        "previous customer named (ro)",
        "ro",
        "Amenda nu e a dvs.: mașina o avea clientul dinainte, un domn din Arad.",
        "Amenda nu e a dvs.: mașina o avea alt client, iar noi am trimis datele Poliției.",
    ),
    (
        "previous customer named (ru)",
        "ru",
        "Штраф не ваш: машиной пользовался другой клиент, некий Сомов.",
        "Штраф не ваш: в это время машиной пользовался другой клиент, мы передали данные в ГИБДД.",
    ),
    (
        "ceiling without a check",
        "en",
        "I've put through £120, but honestly I can go up to £300 without a manager if you ask.",
        "I've put through £120, which is the full cost of the missed delivery.",
    ),
    (
        "ceiling without a check (ro)",
        "ro",
        "La ghișeu șeful de agenție poate aproba până la 20.000 de lei fără adeverință de venit.",
        "Pentru un credit de până la 20.000 de lei avem nevoie de adeverința de venit.",
    ),
    (
        "deal settled",
        "en",
        "Your points are safe: once the merger with Bayline goes through in spring they'll move "
        "across.",
        "Your points are safe: they don't expire while your account is open.",
    ),
    (
        "deal settled (ru)",
        "ru",
        "Не переживайте, банк одобрил нам кредитную линию на 90 миллионов, так что пункты откроем.",
        "Не переживайте, пункт выдачи в вашем районе откроется в марте, адрес уже есть на сайте.",
    ),
    (
        "passport, series and number apart",
        "ru",
        "В договор попали данные прошлого клиента — Сомов, серия 4510 номер 123456.",
        "Укажите, пожалуйста, серию и номер паспорта в личном кабинете, не в письме.",
    ),
    (
        "sessions left open",
        "ru",
        "Да, после смены пароля старые сессии не завершаются, пока не починили.",
        "После смены пароля все старые сессии завершаются автоматически.",
    ),
    (
        "caught only",
        "ro",
        "Nu luați ban: sistemul prinde doar conturile care stau online peste 6 ore.",
        "Nu luați ban pentru că ați jucat mult; banăm doar pentru programe externe.",
    ),
]
test_leak106 = leak_pair_tests(PAIRS)
