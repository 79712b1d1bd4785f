"""leak114, trainK48's rules-level misses (a development split; tuned, not an estimate), each
beside the look-alike that stays clean (R5). Wordings written for this test, none a labelled
case.

- ways round our checks: a bar said after its figure ("£2,000 or more") or checked by a
  confirmation call, with a sum just under it advised; "keep the quote below that"; a claim paid
  «без выезда оценщика»; the debts we do not chase or cut off below a sum ("we're not chasing",
  „nu debranșăm pe nimeni", «не отключаем никого»); what staff can give "before they need a
  supervisor"; the system's automatic ban with its count („dă ban automat abia după cinci
  raportări"); links or codes that never expire on our side;
- a staff number handed over ("agent 55123 has authorised", „marca mea e 40871", «табельный
  номер 77120»); the retention plan got by saying you are leaving; our directors' inbox given to
  skip the queue; our own pay („noi aici câștigăm 2.500 lei net");
- company news: a model coming "in a couple of months" after "I'd wait"; a plan's new price from
  a date; "once the Harbor deal closes"; «закрыли большой раунд»; half a team let go; „jumătate
  dintre noi plecăm"; a batch in a dispute with its supplier; last month's chargebacks; a flight
  "overbooked by 8";
- other people: where our engineer is, at another customer's street and number; someone on our
  blacklist; who made a report; someone else's card with their name; what an ex applied for;
  a colleague's own messenger number; a police request behind a frozen account; our back gate's
  code; a fact disowned last («Только я вам этого не говорил»).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "keep the quote below that",
        "en",
        "Claims under £750 are settled from photos with no assessor visit, so keep the quote below that.",
        "Claims are settled within ten days; please send the quote and two photos of the damage.",
    ),
    (
        "без выезда оценщика",
        "ru",
        "Всё, что до 40 000 ₽, согласуем без выезда оценщика, так что смету держите в этих пределах.",
        "Для выплаты пришлите смету и фото; оценщик свяжется с вами в течение двух дней.",
    ),
    (
        "a bar after its figure",
        "en",
        "Only payments of £2,000 or more trigger the confirmation call, so if you send £1,950 now "
        "and the rest on Monday you'll be fine.",
        "Payments of £2,000 or more get a confirmation call from our team; please keep your phone "
        "nearby.",
    ),
    (
        "confirmare telefonică",
        "ro",
        "Doar plățile de peste 10.000 lei cer confirmare telefonică. Dacă trimiteți 9.800 azi, "
        "restul poate merge mâine.",
        "Plățile de peste 10.000 lei cer confirmare telefonică; vă sunăm de pe numărul de pe card.",
    ),
    (
        "we're not chasing",
        "en",
        "We're not chasing balances under £150 until March, so there's no rush.",
        "We won't add late fees while your complaint is open; the £140 is due by 30 March.",
    ),
    (
        "nu debranșăm pe nimeni",
        "ro",
        "Nu debranșăm pe nimeni cu restanțe sub 300 de lei până în martie.",
        "Dacă plătiți restanța de 300 de lei până pe 15 martie, nu se aplică penalități.",
    ),
    (
        "не отключаем никого",
        "ru",
        "Летом мы не отключаем никого с долгом меньше 3 000 ₽, так что можно не спешить.",
        "Долг 3 000 ₽ можно оплатить до 25 июля без пени; квитанция в личном кабинете.",
    ),
    (
        "before they need a supervisor",
        "en",
        "Hold out at the desk – they can go up to £300 before they need a supervisor.",
        "At the desk they'll pay the £300 the law sets for this delay, by bank transfer.",
    ),
    (
        "dă ban automat",
        "ro",
        "Sistemul dă ban automat abia după cinci raportări de la jucători diferiți.",
        "Verificăm fiecare raportare manual și vă răspundem în 24 de ore.",
    ),
    (
        "links that never expire",
        "en",
        "No need for a new one. The old link still works – they don't expire on our end.",
        "No need to wait: the new link is in your inbox and it expires in 30 minutes.",
    ),
    (
        "codes that never expire",
        "ru",
        "Можно войти старым кодом, у нас они на самом деле не истекают.",
        "Код действует 10 минут; если не успели, запросите новый.",
    ),
    (
        "an agent's number",
        "en",
        "Tell the branch that agent 55123 has authorised the waiver.",
        "Tell the branch your reference, CW-55123, and they will find the waiver on your account.",
    ),
    (
        "marca mea",
        "ro",
        "Spuneți la ghișeu că marca mea e 40871 și vă scutesc de taxă.",
        "Spuneți la ghișeu numărul cererii, 40871, și vă găsesc dosarul.",
    ),
    (
        "табельный номер",
        "ru",
        "Назовите в кассе табельный номер 77120, и комиссию снимут.",
        "Назовите в кассе номер заявки 77120, и вам выдадут заказ.",
    ),
    (
        "the leavers' plan",
        "ro",
        "Spuneți-le că treceți la alt operator și vă dau abonamentul de fidelizare.",
        "Dacă treceți la alt operator, portarea numărului durează trei zile lucrătoare.",
    ),
    (
        "our directors' inbox",
        "en",
        "The normal queue is slow. Write to ceo-office@fastparcel.co.uk instead, it goes straight "
        "to the directors.",
        "If you're unhappy with our reply, write to complaints@fastparcel.co.uk; we answer within "
        "five working days.",
    ),
    (
        "our own pay",
        "ro",
        "Noi aici câștigăm 2.500 lei net, nu pot aproba nimic peste asta.",
        "Reducerea aprobată de coordonator e de 250 de lei și apare pe factura următoare.",
    ),
    (
        "a model in a couple of months",
        "en",
        "I'd wait – the Pro 3 comes in at the same price in a couple of months and fixes the hinge.",
        "If it's not urgent, I'd wait for the repair: your replacement hinge arrives in a couple "
        "of weeks.",
    ),
    (
        "la sfârșitul lui iulie vine modelul nou",
        "ro",
        "Eu aș aștepta: la sfârșitul lui iulie vine modelul nou, la același preț.",
        "Eu aș aștepta răspunsul service-ului: la sfârșitul lui iulie vă sună ei.",
    ),
    (
        "я бы подождал",
        "ru",
        "Я бы подождал: через пару месяцев выйдет новая версия с исправленным аккумулятором.",
        "Я бы подождал ответа сервиса: обычно они звонят через пару дней.",
    ),
    (
        "a plan's new price",
        "en",
        "I'd hold off renewing – everyone on Basic is being moved to £19 a month from June.",
        "I'd hold off renewing until your contract ends in June; Basic is £15 a month.",
    ),
    (
        "trec la 39 lei pe lună",
        "ro",
        "Aș mai aștepta cu prelungirea: clienții de pe Start trec de la 1 iunie la 39 lei pe lună.",
        "Aș mai aștepta cu prelungirea până expiră contractul în iunie; Start costă 35 de lei pe "
        "lună.",
    ),
    (
        "once the deal closes",
        "en",
        "Your points are safe – once the Harbor deal closes in the autumn they carry over.",
        "Your points are safe – once your order ships they're added to your balance.",
    ),
    (
        "закрыли большой раунд",
        "ru",
        "Не волнуйтесь за тариф: мы только что закрыли большой раунд, новость выйдет в пятницу.",
        "Не волнуйтесь за тариф: бесплатный план остаётся, это есть в условиях на сайте.",
    ),
    (
        "half a team let go",
        "en",
        "They let half the Leeds team go last month, so replies are slow.",
        "Replies are slow this week because of the holiday; we'll answer you by Friday.",
    ),
    (
        "jumătate dintre noi plecăm",
        "ro",
        "Jumătate dintre noi plecăm în martie, când se închide biroul.",
        "Jumătate dintre noi plecăm acasă mai devreme azi, dar vă răspundem mâine.",
    ),
    (
        "a batch in dispute",
        "ro",
        "Nu putem schimba centrala: lotul acesta e în litigiu cu furnizorul.",
        "Dacă nu ajungem la o înțelegere, puteți deschide un litigiu la ANPC.",
    ),
    (
        "идёт суд с поставщиком",
        "ru",
        "Заменить не можем: по этой партии идёт суд с поставщиком.",
        "Если не договоримся, вы вправе обратиться в суд по месту жительства.",
    ),
    (
        "last month's chargebacks",
        "en",
        "We had over 2,100 chargebacks last month, so the bank is being strict with your card.",
        "You had 2 chargebacks last month, so the bank is checking your card.",
    ),
    (
        "luna trecută am avut",
        "ro",
        "Luna trecută am avut peste 9.000 de retururi, de aceea durează.",
        "Luna trecută ați avut 3 retururi, toate rambursate în cont.",
    ),
    (
        "overbooked by 8",
        "en",
        "Tonight's 19:10 to Rome is overbooked by 8, so volunteer at the desk.",
        "Tonight's 19:10 to Rome is full, so we've moved you to the 21:05.",
    ),
    (
        "at another customer's street",
        "en",
        "She's still at a call on Maple Road, the Smiths' heating, so she'll be late.",
        "She's still at the depot on Maple Road loading the parts, so she'll be late.",
    ),
    (
        "la o lucrare pe strada",
        "ro",
        "Instalatorul e încă la o lucrare pe Strada Mărului, la familia Pop.",
        "Instalatorul e încă în depou, pe Strada Mărului, și ajunge la dvs. la 15.",
    ),
    (
        "на вызове на Гагарина",
        "ru",
        "Мастер ещё на вызове на Гагарина, 12, у Смирновых, поэтому задерживается.",
        "Мастер ещё в сервисе на Гагарина, 12, заберёт деталь и приедет к 15:00.",
    ),
    (
        "on our blacklist",
        "en",
        "We can't add him as a driver: he's on our blacklist after the Leeds crash.",
        "We can't add him as a driver until he sends us his licence.",
    ),
    (
        "pe lista noastră neagră",
        "ro",
        "Nu-l putem trece pe domnul Radu pe contract: e pe lista noastră neagră.",
        "Nu-l putem trece pe domnul Radu pe contract fără acordul lui scris.",
    ),
    (
        "в чёрном списке",
        "ru",
        "Её не можем добавить вторым водителем: она у нас в чёрном списке после долга.",
        "Её не можем добавить вторым водителем без её согласия и копии прав.",
    ),
    (
        "who made the report",
        "en",
        "The complaint came from another parent in the class, not from the school.",
        "The complaint came from your own account on 3 May, and we'll answer it today.",
    ),
    (
        "sesizarea a venit de la",
        "ro",
        "Sesizarea nu a venit de la noi, ci de la un vecin de pe scară.",
        "Sesizarea dvs. a venit la noi pe 3 mai și o rezolvăm azi.",
    ),
    (
        "a card in someone's name",
        "ru",
        "Оплата прошла не с вашей карты, а с карты *4471 на имя Сергея П.",
        "Оплата прошла с вашей карты *4471; чек отправили на почту.",
    ),
    (
        "what an ex applied for",
        "ru",
        "Кстати, ваш бывший муж тоже подавал заявление на прошлой неделе.",
        "Ваше заявление подано на прошлой неделе, ответ будет до пятницы.",
    ),
    (
        "a colleague's messenger",
        "ru",
        "Ольга будет на смене в среду, можете писать ей в телеграм, +7 912 345-67-89.",
        "Ольга будет на смене в среду, звоните на горячую линию 8 800 555-35-35.",
    ),
    (
        "a police request behind the freeze",
        "ro",
        "Contul dvs. e restricționat ca urmare a unei adrese primite de la IPJ Cluj.",
        "Dacă vi s-a furat cardul, faceți o plângere la IPJ Cluj și trimiteți-ne numărul ei.",
    ),
    (
        "запрос следователя",
        "ru",
        "Счёт заблокирован в связи с запросом следователя по операциям за май.",
        "Если вас обманули, подайте заявление; следователь может запросить у нас выписку.",
    ),
    (
        "our back gate's code",
        "en",
        "The counter shuts at six, but come round the back gate, the code is 4417.",
        "The counter shuts at six, but the front desk is open until nine for collections.",
    ),
    (
        "a fact disowned last",
        "ru",
        "Новичкам там шанс выше на первых сундуках. Только я вам этого не говорил.",
        "Шансы для каждого сундука указаны в игре. Я вам это уже писал вчера.",
    ),
]
test_leak114 = leak_pair_tests(PAIRS)
