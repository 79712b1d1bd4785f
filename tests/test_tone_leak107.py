"""leak107, more of trainK46's rules-level misses (a development split; tuned, not an estimate),
each shape run as a prototype over every labelled case first and kept where it matched leaks and
nothing else, beside the look-alike that stays clean (R5). Wordings written for this test, none a
labelled case.

- what we pay the courier, or the discount a partner gives us ("they get paid 50p a parcel from
  us", „ne dau 30% reducere la volum");
- a legal case of ours by its other party ("the legal case with the supplier", „firma e în
  proces cu fostul director");
- public only from a day on ("it's not public till Friday"), nothing announced yet, a branch
  gone after a date;
- a regulator in our offices now ("the FCA have got people in", „ANPC e la noi în control",
  «ЦБ сейчас проверяет нас»);
- an automatic decision's threshold told with the way past it ("declined automatically because
  the account is under 60 days old; if you … it'll go straight through").
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "what we pay the courier",
        "en",
        "The drivers keep missing slots because they get paid 50p a parcel from us, nothing more.",
        "The driver missed your slot; I've booked a new one for Friday between 9 and 12.",
    ),
    (
        "a partner's discount",
        "ro",
        "Nu putem schimba curierul: avem contract cu ei, ne dau 30% reducere la volum.",
        "Nu putem schimba curierul pentru această comandă, dar o puteți ridica din easybox.",
    ),
    (
        "legal case with",
        "en",
        "We can't take the heaters back right now because of the legal case with the supplier.",
        "If we can't agree, you can take a legal case to the small claims court.",
    ),
    (
        "în proces cu",
        "ro",
        "Rambursările întârzie pentru că firma e în proces cu fostul director și are conturile "
        "blocate.",
        "Rambursarea întârzie două zile din cauza sărbătorilor; pleacă marți.",
    ),
    (
        "not public till",
        "en",
        "There's a recall coming on the blue kettles from the March batch. It's not public till "
        "Friday.",
        "The 2027 price list isn't public until Friday, so I can't quote you yet.",
    ),
    (
        "regulator in",
        "en",
        "Refunds are slow because the FCA have got people in looking at how we handled complaints.",
        "If you're unhappy with our answer, the FCA's website explains how to complain.",
    ),
    (
        "regulator in (ro)",
        "ro",
        "Durează mai mult pentru că ANPC e la noi în control săptămâna asta.",
        "Dacă nu sunteți mulțumit, puteți depune o reclamație la ANPC.",
    ),
    (
        "regulator in (ru)",
        "ru",
        "Возвраты задерживаются: ЦБ сейчас проверяет нас, всё идёт через комплаенс.",
        "Если вы не согласны с ответом, можете обратиться в ЦБ через интернет-приёмную.",
    ),
    (
        "scoring threshold and the way past it",
        "en",
        "It was declined automatically because the account is under 60 days old. If you wait until "
        "March it'll go straight through.",
        "Your bank declined the payment automatically. If you try again with another card it "
        "should go through.",
    ),
]
test_leak107 = leak_pair_tests(PAIRS)
