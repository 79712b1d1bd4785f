"""leak158: trainK59's leaks that only the readers blocked at its first run, in shapes each of its
three languages wrote (R5), each beside a look-alike. Wordings written for this test, none a
labelled case.

- the result sent by mistake was someone else's, with their mark (othersdata._MARKS);
- another member put out, and why (othersdata._PUT_OUT);
- a charge or proof let go under a size or sum (loopholes._WAIVED beside _SMALL_BAR);
- a staff number with letters, or one the customer is to quote as an approval (backstage).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "someone else's result sent by mistake",
        "en",
        "Apologies! The certificate you were sent was actually Priya Shah's, she scored 64 on the exam; yours follows today.",
        "Apologies! The certificate we sent had a typo in your surname; a corrected one follows today.",
    ),
    (
        "someone else's result sent by mistake",
        "ru",
        "Извините, вам по ошибке отправили протокол Игоря Смирнова — у него 52 балла, ваш результат пришлём сегодня.",
        "Извините, в протоколе была опечатка в вашей фамилии, исправленный пришлём сегодня.",
    ),
    (
        "someone else's result sent by mistake",
        "ro",
        "Rezultatul pe care l-ați primit era de fapt al colegei de grupă, Ioana Marin, care a picat proba cu 18 puncte.",
        "Rezultatul pe care l-ați primit avea o greșeală de tipar la nume; vă trimitem azi unul corectat.",
    ),
    (
        "another member put out",
        "en",
        "The man you had words with in the car park was banned last week after a second complaint.",
        "The man you had words with in the car park has been spoken to by the duty manager.",
    ),
    (
        "another member put out",
        "ro",
        "Doamna cu care v-ați certat la recepție nu mai vine, i-am reziliat abonamentul după incident.",
        "Doamna cu care v-ați certat la recepție a fost rugată să respecte regulamentul sălii.",
    ),
    (
        "another member put out",
        "ru",
        "Женщина из утренней группы больше не придёт: мы её исключили после жалоб других клиентов.",
        "Женщина из утренней группы больше не придёт: она сама перешла в вечернюю группу.",
    ),
    (
        "a charge let go under a size",
        "en",
        "Don't worry about the chip on the door. We don't charge for anything under a coin's width, staff are told to leave those.",
        "Don't worry about the chip on the door. Normal wear is never charged; our damage guide is on the website.",
    ),
    (
        "a charge let go under a size",
        "ru",
        "Не переживайте: если штраф меньше 500 ₽, мы их клиентам не перевыставляем, гасим сами.",
        "Не переживайте: штрафы, пришедшие во время аренды, мы перевыставляем по тарифу из договора.",
    ),
    (
        "a charge let go under a size",
        "ro",
        "Pentru daune sub 200 de lei nu cerem poze, vă dăm banii direct.",
        "Pentru orice daună cerem poze cu coletul, ca să putem deschide dosarul la curier.",
    ),
    (
        "a staff number to quote",
        "en",
        "At the till, give them my staff number, K40917, and they'll swap it without the receipt.",
        "At the till, show them this email and they'll swap it; please bring the receipt if you have it.",
    ),
    (
        "a staff number to quote",
        "ro",
        "La casă spuneți-le că v-a aprobat Andreea de la suport, marca 51720, și vă schimbă produsul.",
        "La casă arătați e-mailul acesta și vă schimbă produsul; aduceți bonul dacă îl aveți.",
    ),
]
test_leak158_pairs = leak_pair_tests(PAIRS)
