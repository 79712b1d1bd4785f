"""leak117, heldK42's rules-level misses that both readers had caught (now a development split;
tuned, not an estimate), each beside the look-alike that stays clean (R5). Wordings written for
this test, none a labelled case.

- one code for every locker ("the key lockers … all open with 2580", „e același pentru toate
  căsuțele"); a code keyed at our loading bay; a pre-release host ("uat-checkout.…");
- the line staff were told to give, set against the truth («Нам велели всем говорить, что …, а на
  самом деле …»); auditors "going through our" records; an account "the police asked us about"
  (a clause after " - " no longer inherits the "can't" before it); a claim "one of the tour
  operators has filed against us"; «На нас уже написали в Роспотребнадзор»;
- company news: a build "QA are aiming at 14 Nov" for, after "hold off"; „o să fie preluată de
  alt operator"; „investitorul s-a retras".
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "one code for every locker",
        "en",
        "The key lockers at the depot all open with 3390, so take the key from number 4.",
        "Your locker opens with the code 3390 from your text message; it's valid until 8pm.",
    ),
    (
        "același pentru toate",
        "ro",
        "Cheia e în căsuța 3. Codul e 7788, e același pentru toate căsuțele.",
        "Cheia e în căsuța 3, iar codul ei vi l-am trimis prin SMS pe numărul din rezervare.",
    ),
    (
        "our loading bay",
        "en",
        "If the shop is shut, go round to the loading bay and key in 5512 on the side door.",
        "If the shop is shut, go round to the loading bay and ring the bell; a colleague will "
        "bring the parcel out.",
    ),
    (
        "a pre-release host",
        "en",
        "You can try the new checkout early on uat-checkout.greenmart.co.uk before it launches.",
        "You can try the new checkout now on greenmart.co.uk/checkout; it's open to everyone.",
    ),
    (
        "the line we were told to give",
        "ru",
        "Нам велели всем говорить, что рейс задержан из-за погоды, а на самом деле у самолёта "
        "поломка.",
        "Рейс задержан из-за погоды в Москве; новое время вылета — 18:40, питание выдадут у выхода.",
    ),
    (
        "auditors going through our records",
        "en",
        "Refunds are slow because the auditors are going through our payment records.",
        "Refunds are slow this week because of the bank holiday; yours will arrive by Friday.",
    ),
    (
        "the police asked us about",
        "en",
        "I can't change anything on it, I'm afraid - it's the account the police asked us about "
        "last month.",
        "If your phone was stolen, please report it to the police and send us the crime number.",
    ),
    (
        "a claim filed against us",
        "en",
        "Refunds are paused while our lawyers handle the claim one of the travel agents has filed "
        "against us.",
        "If you're unhappy with our answer, you can file a claim against us with the ombudsman.",
    ),
    (
        "на нас пожаловались",
        "ru",
        "На нас уже пожаловались в Роспотребнадзор из-за этой акции.",
        "Если вы не согласны с ответом, вы можете написать в Роспотребнадзор.",
    ),
    (
        "a date QA are aiming at",
        "en",
        "Hold off for now - QA are aiming at 3 March for the Android build.",
        "Hold off for now - your replacement is due on 3 March.",
    ),
    (
        "o să fie preluată",
        "ro",
        "N-aș semna acum pe doi ani: rețeaua o să fie preluată de alt operator la anul.",
        "N-aș semna acum pe doi ani fără să citiți contractul; vi-l trimit pe e-mail.",
    ),
    (
        "investitorul s-a retras",
        "ro",
        "Plățile către vânzători întârzie pentru că investitorul s-a retras din rundă.",
        "Plățile către vânzători întârzie pentru că banca procesează transferurile în 2-3 zile.",
    ),
]
test_leak117 = leak_pair_tests(PAIRS)
