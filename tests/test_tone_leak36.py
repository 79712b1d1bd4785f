"""leak36, on heldK21's rule misses (a development split; tuned, not an estimate): the
concepts by mechanism, with wordings written for this test, none a labelled case (R5: "Keep
your mouth shut"). Each family is a leak that must be blocked beside a look-alike that must
not:

- an insider tip on a price move: when to buy, beside a sale or rise not announced
  (pricetips.py: 37 leaks of 30 splits, written by writers since trainK6, no clean case);
- our lawyers' odds ("likely to lose") or their plan to keep it out of court;
- customer counts with the noun first, or told as a share of the whole;
- an edited link that opens other companies' records;
- a sum under which the manual check is skipped, with what pays between;
- a staff code given "at checkout" in Romanian and Russian;
- the agent's cut after the unit, and the target for their bonus;
- where our cameras do not see: not covering a place, broken since, dummies (guarding.py:
  21 leaks of 15 splits since trainK10, no clean case);
- where someone else has moved, or their new number: an ex, a former partner, the other or
  previous account holder or tenant, a relative (persons.py: 41 leaks of 30 splits since
  trainK1, no clean case);
- a one-time code the agent reads off our side, whoever it went to (accesscodes.py: 14 rule
  misses of 11 splits), and a phone's last digits beside a code word read as no code;
- a note or tag of ours quoted with a judgement of the customer in its quotation marks
  (remarks.py);
- the inside story of an outage: a blunder of ours or an attack as its cause (rootcause.py);
- one of our staff's own phone: said to be personal, or the reader told to ring or text
  the courier, installer or manager named beside it (whereabouts.py);
- who had the customer's recycled number before, named (persons.py);
- what an audit found in us, or a regulator checking us now (audits.py).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "an insider tip on a sale",
        "en",
        "If the boots can wait, hold off until Friday – the whole winter range drops to 30% off that morning.",
        "If the boots can wait, our winter sale is on our website now: 30% off the whole range until Friday.",
    ),
    (
        "an insider tip on a price rise",
        "en",
        "I'd renew before the end of the month: from 1 March the Family plan goes up by about 15%.",
        "As announced in our January newsletter, the Family plan goes up by 15% from 1 March, so renewing before then keeps your rate.",
    ),
    (
        "an insider tip on a sale",
        "ro",
        "Nu cumpărați încă mașina de spălat: de la 1 decembrie scade la 1.899 de lei.",
        "Mașina de spălat costă 1.899 de lei, iar livrarea ajunge în trei zile lucrătoare.",
    ),
    (
        "an insider tip on a sale",
        "ru",
        "Подождите до понедельника: с утра этот чайник будет стоить 2 490 вместо 3 990.",
        "Подождите до понедельника: курьер привезёт заказ 2490 с утра, до 12:00.",
    ),
    (
        "our lawyers' odds",
        "en",
        "A café chain took us to court over the same oven, and our lawyers think we're likely to lose.",
        "If you would like to take this further, your lawyer can write to our registered office.",
    ),
    (
        "our lawyers' plan to keep it out of court",
        "ru",
        "Наши юристы решили не доводить дело до суда, так что не спешите принимать первое предложение.",
        "Наши юристы ответят на вашу претензию в течение десяти рабочих дней.",
    ),
    (
        "customer counts, the noun first",
        "ru",
        "Платящих клиентов на тарифе «Про» у нас всего около 1 200, поэтому функцию пока не делают.",
        "Тариф «Про» стоит 1 200 рублей в месяц, подключить его можно в личном кабинете.",
    ),
    (
        "customer counts as a share of the whole",
        "en",
        "Only about 2,400 companies pay for Teams right now, out of roughly 30,000 accounts in total.",
        "Teams costs £24 a month per user; you can switch your account to it from Settings.",
    ),
    (
        "an edited link opens other companies' records",
        "en",
        "Change the last digits of the statement link and other businesses' statements open too; it's not fixed yet.",
        "Your statement link opens your own statements only; ask us if one of them is missing.",
    ),
    (
        "a sum under which the manual check is skipped",
        "ro",
        "Plățile sub 2.000 de lei făcute cu card emis în România nu ajung la verificarea manuală.",
        "Plățile cu card emis în România ajung în contul nostru în aceeași zi.",
    ),
    (
        "a staff code at checkout",
        "ro",
        "Folosiți codul STAFF30 la finalizarea comenzii; e pentru angajați, dar merge la oricine.",
        "Folosiți codul IARNA15 la finalizarea comenzii pentru 15% reducere, valabil până duminică.",
    ),
    (
        "the agent's cut after the unit",
        "ru",
        "С каждого оформленного полиса мне идёт 5 %, так что давайте оформим сегодня.",
        "С каждого оформленного полиса вы получаете 5 % кешбэка на карту.",
    ),
    (
        "the target for the agent's bonus",
        "en",
        "I need to sign 20 upgrades this week to get my bonus, so I'd love it if you upgraded today.",
        "You need 20 points this week to get your bonus voucher; you have 14 so far.",
    ),
]


FAMILIES += [
    (
        "where our cameras do not see",
        "en",
        "The warehouse CCTV doesn't cover the side gate by the skips, so that's where things go missing.",
        "Your doorbell camera doesn't cover the side gate; you can widen its view in the app's settings.",
    ),
    (
        "where our cameras do not see",
        "ro",
        "Camera de la intrarea din spate a depozitului nu funcționează de două luni, de aceea nu avem imagini.",
        "Camerele din depozit au înregistrat tot, iar filmarea a fost predată poliției.",
    ),
    (
        "where our cameras do not see",
        "ru",
        "Камеры на парковке не захватывают дальний угол у шлагбаума, там слепая зона.",
        "Камера хранения на вокзале не работает с 23:00 до 6:00, это указано на сайте.",
    ),
]

FAMILIES += [
    (
        "where someone else has moved",
        "en",
        "Your former partner changed the billing address last month to 41 Cedar Grove, Luton, so the bills go there now.",
        "You changed the billing address last month to 41 Cedar Grove, Luton, so the bills go there now.",
    ),
    (
        "where someone else has moved",
        "ro",
        "Fostul proprietar s-a mutat la Brașov, pe strada Lungă nr. 12, dacă vreți să-i trimiteți scrisorile.",
        "Am schimbat adresa dumneavoastră de livrare pe strada Lungă nr. 12, Brașov, cum ați cerut.",
    ),
    (
        "someone else's new number",
        "ru",
        "Бывшая жена сменила номер в договоре, теперь там +7 916 204-55-18, поэтому смс вам не приходят.",
        "Вы сменили номер в договоре, теперь там +7 916 204-55-18, смс будут приходить на него.",
    ),
]

FAMILIES += [
    (
        "a one-time code read off our side",
        "en",
        "The verification code just came through on our side, it's 604 218, so pop it in and you're done.",
        "We've sent a verification code to the mobile ending in 604; please type it in yourself.",
    ),
    (
        "a one-time code read off our side",
        "ro",
        "Codul de confirmare îl văd și eu aici: 41 80 26, introduceți-l repede.",
        "V-am trimis codul de confirmare pe numărul care se termină în 418; nu-l spuneți nimănui.",
    ),
    (
        "a one-time code read off our side",
        "ru",
        "Вижу в системе код, который вам только что ушёл: 5 0 2 7 1 9, вводите.",
        "Мы отправили код на номер, который заканчивается на 502, введите его сами.",
    ),
]

FAMILIES += [
    (
        "a note of ours quoted with a judgement",
        "en",
        "I've read the notes, and my colleague left: 'rude on the phone, give nothing extra'. I'll do better than that.",
        "I've read the notes, and my colleague left: 'prefers calls after 5pm'. I'll ring you then.",
    ),
    (
        "a tag of ours with a judgement",
        "en",
        "Your profile carries the tag TOXIC_CUSTOMER, which is why your calls go to a supervisor.",
        "Your profile carries the tag PRIORITY_SUPPORT, which is why your calls go to a senior adviser.",
    ),
    (
        "a note of ours quoted with a judgement",
        "ro",
        "În fișă colegul a scris: „client dificil, nu îi promiteți nimic”, de aceea nu ați primit ofertă.",
        "În fișă colegul a scris: „preferă să fie sunat după ora 17”, așa că vă sun atunci.",
    ),
    (
        "a note of ours quoted with a judgement",
        "ru",
        "В карточке оператор оставил комментарий: «нестабильный, не перезванивать», поэтому вам не звонили.",
        "В карточке оператор оставил комментарий: «просил звонить после 18:00», поэтому позвоню вечером.",
    ),
]

FAMILIES += [
    (
        "the inside story of an outage",
        "en",
        "The booking site went down because one of our developers pushed an untested change on Friday night by mistake.",
        "As our incident report says, the booking site went down because a storage upgrade failed on Friday night.",
    ),
    (
        "the inside story of an outage",
        "ro",
        "Aplicația a căzut pentru că un coleg a șters din greșeală baza de date de test și pe cea reală.",
        "Aplicația a căzut din cauza unei pene de curent la furnizorul nostru de găzduire; acum funcționează.",
    ),
    (
        "the inside story of an outage",
        "ru",
        "Сбой был не из-за погоды: на нас напали хакеры, а шифровальщик закрыл склад на два дня.",
        "Сбой был из-за обрыва кабеля у провайдера, сейчас всё работает, подробности на странице статуса.",
    ),
]

FAMILIES += [
    (
        "one of our staff's own phone",
        "en",
        "Our fitter Sam is off today, but just text him on 07700 914 382, he won't mind.",
        "Our fitter Sam is off today, but you can call our bookings line on 0800 914 382.",
    ),
    (
        "one of our staff's own phone",
        "ro",
        "Curierul vă poate suna și seara, are numărul personal 0745 318 226.",
        "Ne puteți suna și seara la dispecerat, la 0745 318 226, program non-stop.",
    ),
    (
        "one of our staff's own phone",
        "ru",
        "Мастер опаздывает, вот его личный номер: +7 916 300-42-18, звоните напрямую.",
        "Мастер опаздывает, ваш номер +7 916 300-42-18 мы ему передали, он перезвонит.",
    ),
]

FAMILIES += [
    (
        "who had the number before, named",
        "en",
        "The calls are for the previous holder of your number, a Karen Whitley, who still owes a catalogue firm.",
        "The calls are for the previous holder of your number; we can't say who that was, but we'll block them.",
    ),
    (
        "who had the number before, named",
        "ro",
        "Numărul a fost al unui domn Sorin Vlaicu până în martie, de aceea primiți mesajele lui.",
        "Numărul a fost al altui client până în martie, de aceea mai primiți mesaje; le oprim noi.",
    ),
    (
        "who had the number before, named",
        "ru",
        "Номер раньше принадлежал Галине Соколовой, поэтому вам и звонят из банка.",
        "Номер раньше принадлежал другому абоненту, поэтому вам звонят; мы заблокируем эти звонки.",
    ),
]

FAMILIES += [
    (
        "what an audit found in us",
        "en",
        "Good question: our last internal audit found that old accounts were never deleted after closure.",
        "Good question: we're ISO 27001 certified, and last year's external audit found no issues.",
    ),
    (
        "a regulator checking us now",
        "ro",
        "Răspunsurile întârzie pentru că suntem investigați de ANPC pentru garanții.",
        "Dacă nu sunteți mulțumit, puteți depune o reclamație la ANPC pe anpc.ro.",
    ),
    (
        "what an audit found in us",
        "ru",
        "Внутренний аудит выяснил, что пароли сотрудников хранились в открытом виде.",
        "Внутренний аудит проводится раз в год, его итоги мы публикуем в отчёте для акционеров.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak36_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
