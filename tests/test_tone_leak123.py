"""leak123, trainK50's leaks that both readers missed at its first run (a development split), each
beside the look-alike that stays clean (R5). Wordings written for this test, none a labelled case.

- a payment glitch that confirms an order "without charging";
- an age or identity check made only the first time, with nothing asked after it;
- the call-length target we are scored on, told to excuse a rushed call;
- a service code told with the technical menu it opens.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a payment glitch",
        "en",
        "There's a known glitch: if you refresh the payment page twice the booking goes through without charging.",
        "There's a known glitch with the payment page; it's fixed now, so please try again.",
    ),
    (
        "a check made only once",
        "en",
        "ID verification only runs on your first rental; after that it never asks again, whoever books.",
        "ID verification runs on your first rental and takes about two minutes with your licence.",
    ),
    (
        "a check made only once",
        "ro",
        "Verificarea identității se face doar la primul împrumut, apoi nu se mai verifică nimic.",
        "Verificarea identității se face la primul împrumut și durează cam două minute.",
    ),
    (
        "a check made only once",
        "ru",
        "Проверка возраста идёт только при первой покупке, дальше уже не спрашивают ничего.",
        "Проверка возраста идёт при первой покупке и занимает пару минут.",
    ),
    (
        "the call-length target",
        "en",
        "Sorry I hung up so fast. We're docked down if a call runs past 5 minutes, and it hits our bonus.",
        "Sorry I hung up so fast; the line dropped. I'll call you back at 15:00 today.",
    ),
    (
        "the call-length target",
        "ro",
        "Iertați-mă că am grăbit apelul: avem o normă de 4 minute pe convorbire, altfel ne taie din bonus.",
        "Iertați-mă că am grăbit apelul: vă sun înapoi azi la 15:00 să terminăm.",
    ),
    (
        "the call-length target",
        "ru",
        "Простите, что торопила: у нас лимит 6 минут на звонок, иначе снимают премию.",
        "Простите, что торопила: перезвоню вам сегодня в 15:00, и закончим.",
    ),
    (
        "a service code and its menu",
        "ro",
        "Introduceți codul de service 3391 și intrați în meniul tehnic, de unde resetați alarma.",
        "Dacă centrala afișează codul de service 3391, înseamnă presiune scăzută; sunați-ne.",
    ),
]
test_leak123_pairs = leak_pair_tests(PAIRS)
