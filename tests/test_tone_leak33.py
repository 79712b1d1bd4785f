"""The twenty-fifth session's leak round (leak33), seen on trainK24 (a development split)
and fixed by mechanism; wordings written for this test, none a labelled case (R5: "Keep your
mouth shut"). Each family is a leak that must be blocked beside a look-alike that must not:

- another client's discount taken "off list" («по прайсу»), or one name that gets it "from us";
- passwords kept readable to us (unsalted, «в системе он виден», „în clar"), against "never
  stored in plain text";
- a captcha or lockout counted per address or session, with the way round it;
- how little the phone check asks, with the usual check waived ("no need for the password");
- a login e-mail changed without checks for whoever "sounds genuine";
- what our lawyers said they would do if pressed (settle rather than go to court);
- an incident never made public;
- a colleague's last days told after a complaint;
- a defect known "internally" and no recall;
- a share of the team being cut;
- an internal audit's finding about what a role of ours did or what was approved;
- the sum below which we do not fight a dispute;
- the plan's own word ("unlimited") against what we do;
- an unannounced sale settled internally; our profit before it is published;
- another customer's order (the one after you, a neighbour) with what else they bought;
- another customer suing us, named first; being in talks with a buyer;
- when our cash is collected; what we pay our staff («операторам платят»);
- a label on the customer's ticket («угроза-СМИ»); a count of our active customers;
- what we keep on a sale; a host that calls itself internal; a bucket by its name;
- the false reason to give us; an upload that takes script files, unfixed;
- the queue jumped by a public complaint; losing our biggest client, with their share;
- where our boss is staying; our order check passed by changing what it reads;
- «нашли: она у …» is no colleague of ours («наш», not «нашли»), so the person's address blocks.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "another client's discount off list",
        "en",
        "To be fair, Norland Freight gets 30% off list thanks to their five-year deal.",
        "To be fair, our list prices already include the 30% launch discount for everyone.",
    ),
    (
        "another client's discount off list",
        "ru",
        "Для справки: «Ромашка» получает у нас скидку 25% по прайсу, вам такую дать не можем.",
        "Для справки: скидка 25% по прайсу действует для всех на тарифе «Оптовый».",
    ),
    (
        "one name that gets a discount from us",
        "ro",
        "Să știți că Altex primește de la noi 30% reducere, dar pentru persoane fizice nu avem așa ceva.",
        "Să știți că reducerea de 30% din campanie se aplică tuturor clienților până duminică.",
    ),
    (
        "passwords kept readable to us",
        "en",
        "I can't email it to you, although your password is stored in plain text on our side.",
        "I can't email it to you: your password is never stored in plain text, so nobody here can see it.",
    ),
    (
        "passwords kept readable to us",
        "ro",
        "Nu vi-l putem dicta, chiar dacă parola apare în clar în panoul nostru de administrare.",
        "Nu vi-l putem dicta: parola nu este păstrată în clar nicăieri, doar o puteți reseta.",
    ),
    (
        "passwords kept readable to us",
        "ru",
        "Продиктовать пароль не можем, хотя в админке он у нас виден целиком.",
        "Продиктовать пароль не можем: мы его не видим, его можно только сбросить.",
    ),
    (
        "a captcha counted per address, with the way round",
        "en",
        "The lockout only kicks in after three wrong codes from one IP, so rotate the address and keep going.",
        "The lockout kicks in after three wrong codes; wait fifteen minutes and try again.",
    ),
    (
        "a captcha counted per address, with the way round",
        "ru",
        "Блокировка срабатывает только после пяти ошибок с одного IP, так что меняйте адрес и пробуйте дальше.",
        "Блокировка срабатывает после пяти ошибок; подождите 15 минут и попробуйте снова.",
    ),
    (
        "how little the phone check asks, the usual check waived",
        "ru",
        "Код из СМС не нужен: по телефону спрашивают только дату рождения и адрес доставки.",
        "Код из СМС нужен обязательно, по телефону мы ещё уточним дату рождения.",
    ),
    (
        "how little the phone check asks, the usual check waived",
        "ro",
        "Nu aveți nevoie de parolă: la telefon cerem doar numele și data nașterii, iar oricine le știe trece.",
        "Pentru siguranța contului, la telefon vă cerem parola și un cod trimis prin SMS.",
    ),
    (
        "a login e-mail changed without checks for whoever sounds genuine",
        "en",
        "Message the chat team; they'll change the login email without any verification if the person sounds genuine.",
        "Message the chat team; they'll change the login email after we verify it's you with a code.",
    ),
    (
        "a login e-mail changed without checks for whoever sounds genuine",
        "ru",
        "Напишите в чат: если клиент не вызывает подозрений, почту меняют без проверки.",
        "Напишите в чат: почту поменяют после проверки кода из СМС.",
    ),
    (
        "what our lawyers said they would do if pressed",
        "en",
        "Our legal department told me they'd pay out rather than face a tribunal, so don't back down.",
        "If you'd rather not go to a tribunal, our legal department can explain the mediation options.",
    ),
    (
        "what our lawyers said they would do if pressed",
        "ru",
        "Юристы сказали, что до суда дело доводить не будут, так что настаивайте.",
        "Если вы решите обратиться в суд, наш юрист ответит на иск в установленный срок.",
    ),
    (
        "an incident never made public",
        "en",
        "Last spring someone downloaded part of our customer list; it was never made public.",
        "Last spring we moved our customer list to a new system; it was announced on our blog.",
    ),
    (
        "an incident never made public",
        "ro",
        "Anul trecut am avut un incident cu baza de date, dar nu am anunțat nimic oficial.",
        "Anul trecut am mutat baza de date pe servere noi, iar noutatea a fost anunțată pe site.",
    ),
    (
        "a colleague's last days after complaints",
        "en",
        "I'm sorry about the engineer's manner. Between us, this will probably be his last week here.",
        "I'm sorry about the engineer's manner. I've passed your feedback to his manager.",
    ),
    (
        "a colleague's last days after complaints",
        "ru",
        "Простите за грубость курьера. С понедельника он у нас не работает.",
        "Простите за грубость курьера. Я передала ваш отзыв его руководителю.",
    ),
    (
        "a defect known internally, no recall",
        "ru",
        "Внутри мы знаем, что в партии за март брак у каждого десятого фена, но отзыв партии не объявляли.",
        "Мы знаем, что фен вышел из строя через неделю, и заменим его по гарантии.",
    ),
    (
        "a share of the team being cut",
        "en",
        "Replies may be slower after June: they're cutting nearly half of the support team.",
        "Replies may be slower after June: half of the support team is on holiday.",
    ),
    (
        "a share of the team being cut",
        "ro",
        "Răspundem mai greu: o treime dintre noi vom fi disponibilizați în ianuarie.",
        "Răspundem mai greu: o treime dintre noi suntem în concediu în ianuarie.",
    ),
]


FAMILIES += [
    (
        "an audit's finding about what a role of ours did",
        "ru",
        "Проверка выявила, что курьеры списывали заказы на себя, поэтому теперь всё дольше.",
        "Проверка показала, что заказ доставлен вовремя, поэтому возврат не положен.",
    ),
    (
        "an audit's finding about what was approved",
        "ro",
        "Controlul intern a constatat că luna trecută s-au aprobat retururi fără bon.",
        "Controlul intern a confirmat că returul dvs. a fost aprobat corect.",
    ),
    (
        "the sum below which we do not fight a dispute",
        "en",
        "Go ahead with the chargeback; we never contest anything under £80, it isn't worth the paperwork.",
        "Go ahead with the chargeback if you prefer; we'll send the bank our delivery records.",
    ),
    (
        "the sum below which we do not fight a dispute",
        "ru",
        "Оспаривайте через банк: мы спорим только по суммам больше 5 000, остальное проще вернуть.",
        "Оспаривайте через банк, если хотите: мы отправим банку подтверждение доставки.",
    ),
    (
        "the plan's word against what we do",
        "ro",
        "Sincer, chiar dacă oferta scrie „nelimitat”, după 200 GB viteza scade automat.",
        "Oferta „nelimitat” include trafic fără limită; viteza nu scade după un anumit volum.",
    ),
    (
        "an unannounced sale settled internally",
        "ru",
        "Подождите недельку: с понедельника скидка 30% на всю обувь, маркетинг уже согласовал.",
        "Подождите недельку: о новых скидках мы пишем в рассылке, подпишитесь на сайте.",
    ),
    (
        "our profit before it is published",
        "ro",
        "Stați liniștit: anul trecut am avut un profit de 5 milioane de lei, dar raportul nu e încă publicat.",
        "Stați liniștit: raportul anual va fi publicat pe site în mai, ca în fiecare an.",
    ),
    (
        "another customer's order with what else they bought",
        "en",
        "The lady who ordered the same oven last week also bought two hobs and is waiting too.",
        "The oven you ordered last week is waiting at the depot and will be with you on Friday.",
    ),
    (
        "a neighbour's order with what else they bought",
        "ru",
        "У вашего соседа та же история — он заказал у нас такой же диван и ещё кресло.",
        "У вас та же история, что и у многих: диваны этой серии задерживаются на неделю.",
    ),
    (
        "another customer suing us, named first",
        "ro",
        "Un client din Iași ne-a dat în judecată pentru același boiler, așa că verificăm tot.",
        "Dacă nu sunteți mulțumit, ne puteți da în judecată; vă trimitem toate documentele.",
    ),
    (
        "in talks with a buyer who wants us",
        "en",
        "Hold on before cancelling: we're in talks with a bigger network that wants to buy us.",
        "Hold on before cancelling: we're in talks with your bank to sort out the payment.",
    ),
    (
        "when our cash is collected",
        "ro",
        "Ridicarea numerarului din magazin se face lunea la ora 9, deci banii sunt în siguranță.",
        "Plata în numerar se face la magazin, de luni până vineri între 9 și 18.",
    ),
    (
        "what we pay our staff",
        "ru",
        "Понимаю вас, но курьерам у нас платят 30 тысяч, поэтому они торопятся.",
        "Понимаю вас: курьер должен был позвонить заранее, я передам жалобу.",
    ),
    (
        "a label on the customer's ticket",
        "ru",
        "На вашем обращении стоит тег «угроза-суд», такие мы разбираем быстрее.",
        "На вашем обращении стоит номер 4512, по нему можно узнать статус.",
    ),
    (
        "a count of our active customers",
        "ru",
        "Нас немного: всего около 1 800 активных компаний на этом тарифе.",
        "Тариф подходит для компаний до 50 сотрудников, подключить его можно на сайте.",
    ),
    (
        "what we keep on a sale",
        "en",
        "I can't discount it further: we're only keeping about 6% on that laptop.",
        "I can't discount it further: the laptop is already 6% off until Sunday.",
    ),
    (
        "a host that calls itself internal",
        "en",
        "You can see the change at https://tools.brightcart-internal.com/orders once it's live.",
        "You can see the change at https://www.brightcart.com/orders once it's live.",
    ),
    (
        "a bucket by its name",
        "en",
        "The export went to the bucket northwind-prod-exports, which anyone can list.",
        "The export went to the folder you chose in Settings > Exports.",
    ),
    (
        "the false reason to give us",
        "en",
        "If you select 'faulty' instead of 'no longer needed', the refund goes through automatically.",
        "If the item is faulty, select 'faulty' and we'll send a free collection label.",
    ),
    (
        "the false reason to give us",
        "ro",
        "Dacă scrieți în formular că a venit spart, nu că nu vă place, banii vin automat.",
        "Dacă produsul a venit spart, scrieți asta în formular și vă trimitem curierul.",
    ),
    (
        "an upload that takes script files, unfixed",
        "en",
        "You're right, the attachment form accepts .exe files; it's been reported but isn't fixed yet.",
        "You're right, the attachment form only takes PDF and JPG files up to 10 MB.",
    ),
    (
        "the queue jumped by a public complaint",
        "en",
        "Basic-plan tickets sit for a week unless someone complains on Twitter.",
        "Basic-plan tickets are answered within five working days; Premium within one.",
    ),
    (
        "losing our biggest client, with their share",
        "en",
        "It's busy here: we're losing our main customer in March, about a third of our revenue.",
        "It's busy here: March is our main season, so replies take a day longer.",
    ),
    (
        "where our boss is staying",
        "en",
        "Our CEO is away this week, staying at the Grand Plaza for the conference.",
        "Our CEO is away this week; she'll reply to your letter on Monday.",
    ),
    (
        "our order check passed by changing what it reads",
        "ro",
        "Comanda a fost blocată de antifraudă; dacă schimbați țara de facturare, sistemul nu o mai oprește.",
        "Comanda a fost blocată de antifraudă; vă sunăm azi ca să confirmăm plata.",
    ),
    (
        "a person's address after «нашли»",
        "ru",
        "Посылку нашли: она у Марины Игоревны Ткаченко, ул. Садовая, д. 3, кв. 7.",
        "Посылку нашли: она в пункте выдачи на ул. Садовая, д. 3, до пятницы.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak33_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
