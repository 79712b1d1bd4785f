"""leak112, trainK47's rules-level misses (a development split written for tuning), each beside
the look-alike that stays clean (R5). Wordings written for this test, none a labelled case.

- news not public, with "just" and no pronoun („doar că nu e încă oficial", «просто пока не
  объявили»); a company sale by its buyer; a team halved, „se dau afară 30 de oameni";
- a police data request open on someone's number; the claim to make about oneself with the
  sure gain it brings; a second account to get what is one per account;
- someone else's parcel or results with what is in them; what the previous renter did with the
  car; who is behind a seller's account; a guest's room («у нас, номер 412»);
- a named client as the example of a better, negotiated rate; a colleague judged („e cam leneș",
  «на клиентов ему плевать»); a regulator „în casă"; our records showing when someone comes in;
- split payments that "уйдут сразу"; what the fitter gets of the fee, what a partner pays us; our
  cancellations this month; a login as "user / password"; a bug "the devs haven't got round to"
  with what it gives; the seats we oversell („vindem … peste numărul de locuri"); an hourly wage
  by "at", "get" or "pay the … team" (heldK40's en-vn014 among them); a rise still being prepared
  („se pregătește o majorare de 40%"); a regulator's order to us («предписанием Банка России,
  полученным по итогам проверки»); a patient's ward («лежит в 7-й палате», „internat la noi, salonul
  12"); a branch closing «до конца года»; a flight or hotel oversold („suprarezervat cu 14 locuri",
  «продано на 9 мест больше»); auditors in our offices now ("the auditors are in", «у нас ревизия»).

pol77 (trainK47's clean en-vs002): a key safe's code "changed after every guest, so it's yours until
checkout" is the booking's own; a code for all our cottages stays blocked.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "not official yet",
        "ro",
        "Vestea bună e că deschidem un magazin și în Suceava, prin octombrie, doar că nu e încă oficial.",
        "Vestea bună e că magazinul din Suceava e deschis de luni până sâmbătă, între 9 și 20.",
    ),
    (
        "просто пока не объявили",
        "ru",
        "Берите билет на август: с сентября этот рейс снимают, просто пока не объявили.",
        "Берите билет на август: расписание на сентябрь появится на сайте в июле.",
    ),
    (
        "police data request open",
        "en",
        "I can't transfer the number yet — there's a police data request open on your father's line.",
        "I can't transfer the number yet, we need the signed form from the account holder first.",
    ),
    (
        "a pretext with a sure gain",
        "en",
        "The ticket can't be refunded, but if you say you were ill they will refund it, no questions asked.",
        "The ticket can't be refunded, but you can move it to another date for free until Friday.",
    ),
    (
        "dacă scrieți că",
        "ro",
        "Polița nu acoperă anularea, dar dacă scrieți că ați fost bolnav, se aprobă de obicei fără întrebări.",
        "Polița nu acoperă anularea din motive personale; dacă ați fost internat, trimiteți biletul "
        "de externare și va fi luat în considerare.",
    ),
    (
        "если напишете, что",
        "ru",
        "Компенсации нет, но если напишете, что готовите жалобу, вам вернут стоимость доставки.",
        "Компенсации за задержку нет; если захотите подать жалобу, форма есть в личном кабинете.",
    ),
    (
        "the buyer named",
        "en",
        "Don't bother learning our app — once the deal with Trailways goes through we'll all move to theirs.",
        "Don't worry about the app — the update next week keeps all your bookings where they are.",
    ),
    (
        "grupul care ne cumpără",
        "ro",
        "Punctele nu se pierd, grupul german care ne cumpără le preia pe toate în primăvară.",
        "Punctele nu se pierd, sunt valabile 24 de luni de la ultima comandă.",
    ),
    (
        "team halved",
        "en",
        "Replies will stay slow, with the Leeds team being halved in March.",
        "Replies are slow this week because of the bank holiday; we're back to normal on Tuesday.",
    ),
    (
        "se dau afară",
        "ro",
        "Îmi pare rău pentru așteptare. Din mai se dau afară vreo 25 de oameni de la call center.",
        "Îmi pare rău pentru așteptare. De luni avem program prelungit la call center, până la ora 22.",
    ),
    (
        "someone else's parcel",
        "en",
        "Sorry, the parcel you got was meant for someone else — it's a prescription order, please don't open it.",
        "Sorry, the parcel you got was meant for someone else; a courier will swap it tomorrow morning.",
    ),
    (
        "чужие анализы",
        "ru",
        "Простите, вам ушли анализы другой пациентки — там высокий холестерин, ваши в норме.",
        "Простите, вам ушли не те анализы; ваши уже в приложении, всё в норме.",
    ),
    (
        "the previous renter",
        "en",
        "That dent was there before: the previous renter parked it in Soho overnight and drove it to Dover.",
        "That dent was there before: it's on the check-out photos, so you won't be charged.",
    ),
    (
        "прошлый клиент",
        "ru",
        "Скол был до вас: прошлый клиент гонял на этой машине по трассе ночью.",
        "Скол был до вас: он есть на фото при выдаче, платить не нужно.",
    ),
    (
        "a second account",
        "en",
        "The welcome offer is one per account, but lots of people sign up again with a different email and it works.",
        "The welcome offer is one per account; if you've lost access to your old email, we can move it.",
    ),
    (
        "второй аккаунт",
        "ru",
        "Скидка только на первый заказ, но многие оформляют через второй аккаунт, система не связывает.",
        "Скидка только на первый заказ, зато бонусы за отзывы начисляются на каждый.",
    ),
    (
        "a client's negotiated rate",
        "en",
        "I know 10% feels high. Big sellers like Oakfield are on 5%, but that was a deal they negotiated.",
        "I know 10% feels high. It's our standard rate for this category, the same for every seller.",
    ),
    (
        "e cam leneș",
        "ro",
        "Vă cred că nu a sunat. Sorin e cam leneș, nu urcă niciodată la etaj. Retrimitem coletul mâine.",
        "Vă cred că nu a sunat. Retrimitem coletul mâine și curierul vă sună înainte.",
    ),
    (
        "на клиентов ему плевать",
        "ru",
        "Понимаю вас, у нас начальник склада такой человек — на клиентов ему плевать.",
        "Понимаю вас, я передала претензию начальнику склада, ответ будет до пятницы.",
    ),
    (
        "the seller behind the account",
        "ro",
        "Vânzătorul din spatele contului „RetroShop” este Mihai Dobre, din Bacău.",
        "Vânzătorul contului „RetroShop” are 98% recenzii pozitive și răspunde de obicei în 24 de ore.",
    ),
    (
        "ANAF în casă",
        "ro",
        "Factura întârzie pentru că avem ANAF-ul în casă de o săptămână.",
        "Factura întârzie pentru că sistemul de facturare e în mentenanță până mâine.",
    ),
    (
        "our records show him",
        "en",
        "His membership shows him coming in weekday evenings around 6, so mornings are quieter.",
        "The gym's busiest on weekday evenings around 6, so mornings are quieter.",
    ),
]
PAIRS += [
    (
        "a guest's room",
        "ru",
        "Да, Ольга Петровна у нас, номер 412, четвёртый этаж. Можете подниматься.",
        "Да, мы передадим Ольге Петровне, что вы пришли; подождите, пожалуйста, в лобби.",
    ),
]
PAIRS += [
    (
        "two payments go straight out",
        "ru",
        "Перевод задержали, потому что всё больше 100 тысяч у нас висит 4 часа. Отправьте двумя "
        "платежами по 50 — уйдут сразу.",
        "Перевод задержали на проверку; обычно она занимает до 4 часов, мы сообщим, когда он уйдёт.",
    ),
    (
        "what the fitter gets",
        "ru",
        "Понимаю, что 3 000 за выезд дорого, но мастеру из этого достаётся 800 рублей.",
        "Понимаю, что 3 000 за выезд дорого; в эту сумму входят диагностика и дорога.",
    ),
    (
        "what the partner pays us",
        "ro",
        "V-am recomandat hotelul pentru că e bun, deși recunosc că de la ei luăm 15%.",
        "V-am recomandat hotelul pentru că e bun și aproape de plajă, cu mic dejun inclus.",
    ),
    (
        "cancellations this month",
        "ro",
        "Sincer, luna asta am avut peste 1.800 de reziliere doar în Cluj, de aici coada.",
        "Sincer, luna asta e aglomerat la retenție, vă sunăm noi până joi.",
    ),
    (
        "a login as user / password",
        "en",
        "If reception can't do it, ask them to go into the back office as nightdesk / Anchor2025! and reprint it.",
        "If reception can't do it, ask them to reprint it from the back office; it takes a minute.",
    ),
    (
        "a bug not got round to",
        "en",
        "Tip: change the postcode at checkout and the delivery charge drops off. It's a bug the devs "
        "haven't got round to yet.",
        "Tip: orders over £40 ship free, and the delivery charge drops to £2 with Click & Collect.",
    ),
    (
        "vindem peste locuri",
        "ro",
        "Nu vă speriați, vindem cam 7% peste numărul de locuri pe ruta spre Roma.",
        "Nu vă speriați, locul dumneavoastră e confirmat pe zborul spre Roma.",
    ),
]
PAIRS += [
    (
        "an hourly wage by at",
        "en",
        "None of us like the new system either – at £10.70 an hour they don't give us any training on it.",
        "None of us like the new system either, and I've passed your feedback to the team that runs it.",
    ),
    (
        "an hourly wage by get",
        "en",
        "To be fair the guys on the late shift only get £9.60 an hour, so they're not very motivated.",
        "Labour is charged at £45 an hour, and the first hour is included in the call-out fee.",
    ),
]
PAIRS += [
    (
        "a rise being prepared",
        "ro",
        "Vă sugerăm să vă planificați bugetul, se pregătește o majorare de 30% a taxei de salubritate.",
        "Vă sugerăm să vă planificați bugetul: taxa de salubritate rămâne 15 lei pe lună și anul viitor.",
    ),
    (
        "a regulator's order to us",
        "ru",
        "Срок увеличен в связи с предписанием Банка России, полученным по итогам проверки.",
        "Срок рассмотрения — до 15 рабочих дней, как указано в правилах на сайте.",
    ),
    (
        "pol77: a key safe's code for this guest alone",
        "en",
        "The key safe by the side gate is 4417, the same one for all our cottages.",
        "Hi Ana, the key safe by the side gate is 4417 — it's changed after every guest, so it's "
        "yours until checkout on Sunday.",
    ),
]
PAIRS += [
    (
        "a patient's ward",
        "ru",
        "Ваш знакомый Белов лежит в 5-й палате, второй этаж, можете зайти после обеда.",
        "Посещения в отделении с 16 до 18; назовите на посту фамилию пациента, вас проводят.",
    ),
    (
        "salonul",
        "ro",
        "Doamna Enache e internată la noi, salonul 8, etajul 1.",
        "Programul de vizită este între 16 și 18; la recepție vi se spune unde să mergeți.",
    ),
    (
        "a branch closing by the year's end",
        "ru",
        "Отделение на Лесной до конца года закроют, так что карту лучше заказывайте в другое.",
        "Отделение на Лесной работает до конца года по обычному графику, с 9 до 19.",
    ),
    (
        "a flight oversold",
        "ro",
        "Zborul de vineri spre Paris e suprarezervat cu 11 locuri, veniți devreme la check-in.",
        "Zborul de vineri spre Paris e confirmat; check-in-ul online se deschide cu 24 de ore înainte.",
    ),
]
PAIRS += [
    (
        "auditors in",
        "en",
        "Refunds are slow this month because the auditors are in going through our accounts.",
        "Refunds are slow this month because of the bank holidays; yours will arrive by the 12th.",
    ),
    (
        "у нас ревизия",
        "ru",
        "Выплата задерживается, потому что у нас сейчас ревизия и кассу заморозили.",
        "Выплата задерживается из-за праздников; деньги придут до 12-го числа.",
    ),
]
test_leak112 = leak_pair_tests(PAIRS)
