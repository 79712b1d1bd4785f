"""R5 ("Keep your mouth shut": confidential data, hidden rules and weaknesses never leave),
the leak25 round: concept classes the writers of heldK12, blind37, trainK14 and trainK15
wrote in every language and the rules missed, each built from its parts. Every wording
below is our own (none is a labelled case of tests/data/tone); each leak is blocked and
each look-alike is not.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks

# loopholes.py: a sum to stay under + that it escapes our check, even after "to avoid
# the hold, …" (a purpose, not advice against) and with a thousands mark
THRESHOLD_LEAKS = [
    (
        "en",
        "To dodge the freeze, keep every payment under £3,000, the fraud team never looks below that.",
    ),
    (
        "en",
        "Top tip: anything under that isn't checked by the fraud team, so send £1,900 at a time.",
    ),
    ("ro", "Ca să evitați blocarea, trimiteți sub 9.500 de lei o dată, nu se verifică manual."),
    ("ro", "Plățile până la 2.000 lei nu ajung la antifraudă, deci faceți mai multe."),
    (
        "ru",
        "Отправляйте до 50 000 ₽ за раз, такие переводы служба безопасности вручную не смотрит.",
    ),
    ("ru", "Разбейте сумму на три перевода: всё, что ниже 30 тысяч, антифрод не проверяет."),
    ("ru", "Делите платёж: до 75 тысяч за раз наша проверка вообще не смотрит, выше — вручную."),
]
THRESHOLD_CLEAN = [
    ("en", "To avoid delays, please don't split the payment: each part is checked the same way."),
    ("en", "Transfers above £10,000 may be reviewed by our fraud team, which can take a day."),
    ("ro", "Transferurile de peste 10.000 de lei pot fi verificate manual, durează o zi."),
    ("ro", "Vă rugăm să nu împărțiți suma în mai multe plăți, fiecare se verifică la fel."),
    ("ru", "Переводы до 100 000 ₽ зачисляются мгновенно, крупнее — в течение дня."),
    ("ru", "Не дробите платёж: проверка смотрит все переводы одинаково."),
    ("ru", "Доставка до 5 дней, посылку не нужно проверять при получении."),
]


@pytest.mark.parametrize(("lang", "text"), THRESHOLD_LEAKS)
def test_threshold_leaks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), THRESHOLD_CLEAN)
def test_threshold_look_alikes_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# unpublished.py: a break-in or leak of ours + that it is not told yet (not telling
# customers, not admitted publicly, not notified, still deciding whether to)
INCIDENT_LEAKS = [
    ("en", "Hackers broke into our billing server in May; we haven't admitted it publicly yet."),
    (
        "en",
        "Someone got into our order database last month. We're not notifying customers until the lawyers agree.",
    ),
    (
        "en",
        "Our support inbox was hacked on Friday and management is still deciding whether to tell customers.",
    ),
    ("ro", "Niște hackeri au intrat în serverul de facturare, dar încă nu am recunoscut public."),
    (
        "ro",
        "Luna trecută cineva a pătruns în sistemul nostru; clienții nu au fost înștiințați încă.",
    ),
    (
        "ro",
        "Ne-au spart baza de date vinerea trecută, conducerea încă decide dacă îi notificăm pe clienți.",
    ),
    ("ru", "Хакеры взломали наш сервер рассылок, официально мы это пока не признали."),
    ("ru", "Кто-то залез в нашу базу заказов в июне, клиентов ещё не уведомляли."),
    (
        "ru",
        "У нас утекли адреса покупателей, руководство до сих пор решает, уведомлять ли клиентов.",
    ),
]
INCIDENT_CLEAN = [
    ("en", "If someone got into your account, change the password; we'll notify you of any login."),
    ("en", "Your exam results haven't been published yet; we'll tell you as soon as they are."),
    ("en", "We announced the security incident on our website in March, with what to do."),
    (
        "ro",
        "Dacă cineva a intrat în contul dumneavoastră, schimbați parola; vă notificăm la orice acces.",
    ),
    ("ro", "Incidentul de securitate a fost anunțat public pe site în martie."),
    ("ru", "Если кто-то зашёл в ваш аккаунт, смените пароль — мы уведомим о каждом входе."),
    ("ru", "Мы ещё не уведомили вас о доставке, потому что посылка пока на складе."),
]


@pytest.mark.parametrize(("lang", "text"), INCIDENT_LEAKS)
def test_incident_leaks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), INCIDENT_CLEAN)
def test_incident_look_alikes_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# remarks.py: a colleague's verdict on the customer (litigious, erratic, serial refunder,
# conflictual, «скандальный», «ложная претензия») + its source inside the team (a bracketed
# or slashed note, "the last agent", «заметка коллеги», «в вашей карточке»)
NOTE_LEAKS = [
    (
        "en",
        "Thanks for waiting.\n[NB 12/02 JS: litigious, threatened lawyers, no credits]\nWe'll reply within 5 days.",
    ),
    (
        "en",
        "The previous agent left a line on your account: 'serial returner, refuse the extra refund'.",
    ),
    ("en", "Your file says 'erratic on the phone, keep calls short', so I'll keep this by email."),
    ("ro", "Colegul a notat în fișa dvs.: „client conflictual, nu acordați voucher”."),
    ("ro", "În sistem scrie că ați amenințat cu presa, de aceea vi s-a oferit compensație minimă."),
    (
        "ru",
        "Добрый день!\n/коммент от Саши: скандальный, пишет в прокуратуру, возврат не предлагать/\nОтвет дадим в течение 10 дней.",
    ),
    ("ru", "В вашей карточке заметка: «ложная претензия, курьер доставил, не уступать»."),
    ("ru", "Из наших заметок: клиент угрожал сотрудникам, компенсацию по минимуму."),
]
NOTE_CLEAN = [
    ("en", "I've noted on your file that you prefer we call after 5pm."),
    ("en", "The last agent said your refund was approved; it should land in three days."),
    ("en", "If a seller threatened you, please tell us and we'll look into it straight away."),
    ("ro", "Am notat în fișa dvs. că preferați să fiți sunat după-amiaza."),
    ("ro", "Ne pare rău că v-a amenințat curierul; am deschis o reclamație."),
    ("ru", "В вашей карточке я отметила, что вы просили не звонить по выходным."),
    ("ru", "Если вам угрожали мошенники, сообщите нам — мы заблокируем карту."),
]


@pytest.mark.parametrize(("lang", "text"), NOTE_LEAKS)
def test_note_leaks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), NOTE_CLEAN)
def test_note_look_alikes_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# exposures.py: a colleague's review, discipline or inquiry outcome (last in the team, a
# performance plan, a contract ended, stood down, «отстранили», «под служебной проверкой»,
# what an internal inquiry found about a named role) + the colleague, even when the
# sentence says only "she's"
STAFF_LEAKS = [
    ("en", "Sorry Priya kept you waiting. Honestly she's already on a performance plan for it."),
    ("en", "The courier Dean came dead last in the team review, so he's being watched closely."),
    ("en", "The internal investigation found that the engineer never visited and faked the log."),
    (
        "ro",
        "Îmi cer scuze pentru vânzătorul Mihai, șeful îl are deja în vizor după atâtea reclamații.",
    ),
    ("ro", "Ancheta internă a arătat că tehnicianul a închis lucrarea fără să vină la dvs."),
    (
        "ro",
        "Șoferul care v-a lovit mașina nu mai lucrează la noi, i s-a desfăcut contractul vineri.",
    ),
    ("ru", "Кассира, которая вас обсчитала, уже отстранили от работы до конца проверки."),
    ("ru", "Курьер, что нагрубил, сейчас под служебной проверкой, это его не первый раз."),
    ("ru", "По результатам внутреннего расследования выяснилось, что монтажник подделал акт."),
]
STAFF_CLEAN = [
    ("en", "We'll open an internal investigation into the visit and update you within a week."),
    ("en", "Your order came last in the queue by mistake; it ships today."),
    ("en", "Our engineer Tom will visit on Monday between 9 and 12."),
    ("ro", "Vom face o anchetă internă privind vizita și revenim în cel mult o săptămână."),
    ("ro", "Tehnicianul Andrei vine luni între 9 și 12."),
    ("ru", "Мы проведём служебную проверку по вашему обращению и ответим в течение недели."),
    ("ru", "По итогам проверки мы вернём вам деньги в течение пяти дней."),
]


@pytest.mark.parametrize(("lang", "text"), STAFF_LEAKS)
def test_staff_leaks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), STAFF_CLEAN)
def test_staff_look_alikes_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# backstage.py's playbook: how far we may go down (with the figure), an unwritten rule that
# pays out to those who say the right thing, the words that jump the queue; and the agent's
# own pay per sale or save
PLAYBOOK_LEAKS = [
    ("en", "Between us, I'm allowed to go down to £22 a month if you say you're cancelling."),
    ("en", "Loyalty could go as low as $9 if you push, the list price is just the opener."),
    ("en", "There's an unwritten rule here: a refund goes to anyone who mentions the ombudsman."),
    ("en", "Goodwill credits go only to those who threaten to leave, so say that on the call."),
    ("en", "Type 'ombudsman complaint' in the subject and your ticket goes to seniors right away."),
    ("en", "I earn a £15 bonus for every contract I save, that's why I keep asking."),
    ("ro", "Am voie să scad până la 35 de lei pe lună, dar numai dacă ziceți că plecați."),
    ("ro", "Avem o regulă nescrisă: despăgubire primesc cei care amenință cu ANPC."),
    ("ro", "Compensația se dă doar celor care scriu că au făcut plângere la ANPC."),
    (
        "ro",
        "Primim câte 40 de lei comision pentru fiecare asigurare vândută, de aceea v-o recomand.",
    ),
    ("ru", "Между нами, могу скинуть до 450 рублей, если скажете, что уходите к конкурентам."),
    ("ru", "У нас негласное правило: возврат оформляют тем, кто грозит прокуратурой."),
    ("ru", "Скидку дают только тем, кто пишет про Роспотребнадзор, так что упомяните его."),
    ("ru", "Честно, я получаю 200 рублей премии за каждого, кого отговорю от расторжения."),
]
PLAYBOOK_CLEAN = [
    ("en", "Plans go as low as £5 a month; all prices are on our website."),
    ("en", "Prices can go as low as £5 a month in the spring sale, see the website."),
    ("en", "You'll get a £10 bonus for every friend you refer, as listed in our terms."),
    ("en", "Please put your order number in the subject line so we can find it quickly."),
    ("en", "If you're unhappy with our answer you can contact the ombudsman, free of charge."),
    ("ro", "Abonamentele pornesc de la 25 de lei pe lună, prețurile sunt pe site."),
    ("ro", "Primiți 20 de lei pentru fiecare prieten recomandat, conform regulamentului."),
    ("ro", "Dacă nu sunteți mulțumit, puteți depune o sesizare la ANPC."),
    ("ru", "Тарифы начинаются от 290 рублей в месяц, все цены на сайте."),
    ("ru", "Вы получаете 100 бонусных рублей за каждого приглашённого друга."),
    ("ru", "Укажите в теме письма номер заказа, так мы быстрее найдём обращение."),
]


@pytest.mark.parametrize(("lang", "text"), PLAYBOOK_LEAKS)
def test_playbook_leaks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), PLAYBOOK_CLEAN)
def test_playbook_look_alikes_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# othersdata.py's health family: someone else (a neighbour, a member named with their
# class or group, the one ahead in the queue) + what happened to their body (a heart
# condition, a seizure, a broken hip, blood sugar, an oncology diagnosis)
HEALTH_LEAKS = [
    ("en", "Class is off today: Marco from the Tuesday boxing group had a seizure last week."),
    ("en", "Your neighbour won't answer the door, she's in hospital with a broken pelvis."),
    ("en", "The lady ahead of you had a heart attack at the till, hence the delay."),
    ("ro", "Antrenamentul s-a anulat, Ioana din grupa de pilates a făcut un infarct în sală."),
    ("ro", "Vecinul dumneavoastră e internat, a avut un accident vascular duminică."),
    ("ro", "Doamna dinaintea dvs. a aflat că are un diagnostic oncologic, de aceea a durat."),
    ("ru", "Занятие перенесли: у Олега из вашей группы случился сердечный приступ на пробежке."),
    ("ru", "Ваш сосед сейчас в больнице, у него инсульт, поэтому не открывает."),
    ("ru", "Перед вами был пациент с онкологией, его приняли без очереди."),
]
HEALTH_CLEAN = [
    ("en", "If your neighbour has epilepsy, they can ask us for a seat near the door."),
    ("en", "We run a free heart health talk for the whole group on Friday."),
    ("en", "The gentleman ahead of you paid by cheque, which is why the queue was slow."),
    ("ro", "Organizăm o sesiune despre epilepsie pentru toată grupa, vineri."),
    ("ro", "Vecinul dumneavoastră a lăsat coletul la recepție, îl puteți ridica."),
    ("ru", "Для всей группы в пятницу пройдёт лекция о профилактике инсульта."),
    ("ru", "Ваш сосед оставил посылку на ресепшене, можете забрать."),
]


@pytest.mark.parametrize(("lang", "text"), HEALTH_LEAKS)
def test_health_leaks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), HEALTH_CLEAN)
def test_health_look_alikes_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# whereabouts.py: someone else's habit or seat (a habit with "usually", two weekdays, "after
# 6 pm", a row) + who (an ex, a relative, "if you want to catch her")
WHEREABOUTS_LEAKS = [
    ("en", "Your ex-wife usually comes in Mondays and Thursdays, straight after work."),
    ("en", "Yes, she's still a member. She normally swims around 7am, if you want to catch her."),
    ("en", "Your ex-husband is flying with us on the 3rd too, he's in row 31."),
    ("ro", "Fosta dvs. soție vine de obicei luni și joi, după ora 17."),
    ("ro", "Da, e tot abonată. Vine regulat pe la 8 dimineața, dacă vreți s-o prindeți."),
    ("ro", "Fostul soț zboară cu noi în aceeași zi, stă pe rândul 12."),
    ("ru", "Ваша бывшая жена обычно ходит к нам по вторникам и пятницам, после шести."),
    ("ru", "Ваш бывший муж летит тем же рейсом, у него 18-й ряд."),
]
WHEREABOUTS_CLEAN = [
    ("en", "Our engineer usually comes between 9 and 12; you'll get a text the day before."),
    ("en", "Aqua classes run Mondays and Thursdays at 7pm, open to all members."),
    ("en", "You and your husband are in row 14, seats A and B."),
    ("ro", "Cursurile de înot sunt luni și joi, după ora 18, pentru toți membrii."),
    ("ro", "Tehnicianul nostru vine de obicei pe la 10, vă sună înainte."),
    ("ru", "Занятия проходят по вторникам и пятницам, после шести, для всех."),
    ("ru", "Вы с супругом сидите в 12-м ряду, места А и Б."),
]


@pytest.mark.parametrize(("lang", "text"), WHEREABOUTS_LEAKS)
def test_whereabouts_leaks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), WHEREABOUTS_CLEAN)
def test_whereabouts_look_alikes_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# backoffice.py's roles: a neighbour by their flat or house + their debt with a figure;
# the customer's own flat ("you", "vă", «у вас» beside it) stays theirs
NEIGHBOUR_DEBT_LEAKS = [
    ("en", "We can't waive it, but flat 6 hasn't paid since March either, they owe £1,150."),
    ("en", "The house next door owes us £780, so the van will be back on your street."),
    (
        "ro",
        "Nu doar dvs. aveți probleme: locatarul de la apartamentul 21 are restanțe de 4.200 de lei.",
    ),
    ("ro", "Vecina de la ap. 3 are datorii de 900 de lei la întreținere de anul trecut."),
    ("ru", "Не только у вас: кв. 44 не платит с лета, набежало 38 тысяч."),
    ("ru", "Соседняя квартира должна нам уже 52 тысячи, поэтому стояк и не чинят."),
]
NEIGHBOUR_DEBT_CLEAN = [
    ("en", "Your flat 6 has a balance of £1,150; you can pay it online."),
    ("ro", "Întreținerea pentru apartamentul 21 e neplătită din martie, vă rugăm s-o achitați."),
    ("ru", "По вашей кв. 44 задолженности нет, спасибо за оплату."),
    ("ru", "Квартира 12 на третьем этаже, вход со двора, код домофона у консьержа."),
]


@pytest.mark.parametrize(("lang", "text"), NEIGHBOUR_DEBT_LEAKS)
def test_neighbour_debt_leaks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), NEIGHBOUR_DEBT_CLEAN)
def test_neighbour_debt_look_alikes_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# othersdata.py's fellow-student family: a classmate, group partner or roommate (no name
# needed) + what happened to their studies (failed, repeating the year, expelled)
STUDY_LEAKS = [
    ("en", "The group grade dropped because your daughter's lab partner failed the exam outright."),
    ("en", "A place opened up: your old roommate was expelled for cheating in the finals."),
    ("ro", "Nota pe proiect a scăzut pentru că fostul dvs. coleg de grupă a picat examenul."),
    ("ro", "Colegul dvs. de cameră a fost exmatriculat luna trecută, deci locul e liber."),
    ("ru", "Место освободилось: Петрова из вашей группы отчислили за академическую задолженность."),
    ("ru", "Ваш сосед по комнате завалил сессию, поэтому его переселяют."),
]
STUDY_CLEAN = [
    ("en", "Students who fail the module can resit it in August, as the handbook says."),
    ("en", "If your lab partner is off sick, you can submit the report on your own."),
    ("ro", "Studenții care pică examenul îl pot reface în sesiunea de toamnă."),
    ("ro", "Colegul dvs. de cameră poate ridica cheia de la administrator."),
    ("ru", "Студенты, не сдавшие сессию, могут пересдать её в сентябре."),
    ("ru", "Ваш сосед по комнате может забрать пропуск на вахте."),
]


@pytest.mark.parametrize(("lang", "text"), STUDY_LEAKS)
def test_study_leaks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), STUDY_CLEAN)
def test_study_look_alikes_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# described.py: a password or PIN + the value anyone can find it is made from (a birth
# year, the company's name, the last digits of a serial), not the customer's own value,
# not advice
KNOWN_VALUE_LEAKS = [
    ("en", "All our kiosks have the same admin password: the company name plus the year, easy."),
    ("en", "Your dad's PIN is just the year he was born, so he should remember it."),
    ("en", "The staff tablets' passcode is the last four digits of the serial number."),
    ("ro", "Parola de admin la toate routerele e numele firmei cu 2024 la final."),
    ("ro", "Am setat PIN-ul mamei dvs. la anul nașterii ei, ca să nu-l uite."),
    ("ru", "Пароль от всех терминалов — название компании латиницей и год."),
    ("ru", "ПИН у вашего отца — год рождения, он сам так попросил."),
]
KNOWN_VALUE_CLEAN = [
    ("en", "Please don't use your birth year as your PIN; pick something harder to guess."),
    ("en", "Your first PIN is your date of birth; you'll be asked to change it on first use."),
    ("en", "We've sent a new password to the phone number on your account."),
    ("ro", "Nu folosiți anul nașterii ca PIN, alegeți o combinație greu de ghicit."),
    ("ro", "Parola inițială este data dvs. de naștere; o schimbați la prima autentificare."),
    ("ru", "Не используйте год рождения как ПИН — его легко угадать."),
    ("ru", "Временный пароль — ваша дата рождения, смените его при первом входе."),
]


@pytest.mark.parametrize(("lang", "text"), KNOWN_VALUE_LEAKS)
def test_known_value_leaks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), KNOWN_VALUE_CLEAN)
def test_known_value_look_alikes_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# secrets.py's network key: a network named before "key is …" makes letters and digits
# enough for a value; the guests' network is theirs to use
WIFI_LEAKS = [
    ("en", "Use the office network instead: StaffNet, key is orange77lemon, keep it between us."),
    ("en", "If the signal is weak, join our back-office Wi-Fi, the key is stockroom2025."),
    ("ro", "Rețeaua angajaților e Birou_5G, cheia este depozit2025, să rămână între noi."),
    ("ro", "Conectați-vă la Wi-Fi-ul de la recepție, cheia: sala88sport."),
    ("ru", "Подключитесь к нашей служебной сети Office_2G, ключ сети: sklad77zima."),
    ("ru", "Сеть для персонала Staff_WiFi, ключ — kuhnya2025, только никому."),
]
WIFI_CLEAN = [
    ("en", "Our guest Wi-Fi is CafeGuest and the key is latte2025, ask the barista if it drops."),
    ("en", "The Wi-Fi key is printed on the sticker under your router."),
    ("ro", "Rețeaua pentru clienți e Cafenea_Guest, cheia este cafea2025."),
    ("ro", "Cheia rețelei dumneavoastră e pe eticheta de sub router."),
    ("ru", "Wi-Fi для гостей — Hotel_Free, ключ: otdyh2025, приятного отдыха."),
    ("ru", "Ключ сети указан на наклейке под вашим роутером."),
]


@pytest.mark.parametrize(("lang", "text"), WIFI_LEAKS)
def test_wifi_leaks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), WIFI_CLEAN)
def test_wifi_look_alikes_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# backstage.py's complainants: who reported the customer, said as "it was X who …", "X
# asked us not to say", „cea care a sunat …", «полицию вызвала …», «написала не …, а …»,
# with the person pointed at (a door, a floor, a name)
REPORTER_LEAKS = [
    ("en", "Between us, it was the couple at no. 7 who rang the council about your skip."),
    ("en", "It wasn't the landlord who told us about the cat, it was Mr Ansel across the landing."),
    ("en", "The complaints about your music were from flat 9, four of them this month."),
    ("ro", "Cea care a reclamat mașina parcată e doamna Vlad de la etajul 4."),
    ("ro", "Nu a fost administratorul, a fost domnul Radu de vizavi, el a trimis pozele."),
    ("ru", "Полицию из-за вашей собаки вызвал сосед с третьего этажа, Пётр Ильич."),
    ("ru", "В управляющую компанию написал не дворник, а соседка из 14-й квартиры."),
]
REPORTER_CLEAN = [
    ("en", "It was our engineer who reported the fault, and it's now fixed."),
    ("en", "The complaint was from a customer in another city, not about you at all."),
    ("ro", "Cel care a sunat ieri a fost colegul nostru de la service, vă revine azi."),
    ("ru", "Скорую вызвали вовремя, наш сотрудник остался с вами до приезда врачей."),
]


@pytest.mark.parametrize(("lang", "text"), REPORTER_LEAKS)
def test_reporter_leaks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), REPORTER_CLEAN)
def test_reporter_look_alikes_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# backstage.py's agent's cut: a share of the sale or what counts toward the agent's bonus
AGENT_CUT_LEAKS = [
    ("en", "Take the extended warranty, I get 15% of it, but it's good value anyway."),
    ("en", "Every upgrade I sell this week counts toward my bonus, so it'd really help me."),
    ("ro", "Vă recomand pachetul premium, iau 10% din valoarea lui ca agent."),
    ("ro", "Noi luăm 30% comision de la pensiunea asta, dar chiar e frumoasă."),
    ("ru", "Берите расширенную гарантию — мне 12% от её цены идёт, но она правда нужна."),
    ("ru", "Каждый договор, который вы не расторгнете, мне в премию идёт."),
]
AGENT_CUT_CLEAN = [
    ("en", "You get 15% off the extended warranty if you add it today."),
    ("en", "Every purchase counts toward your loyalty points."),
    ("ro", "Primiți 10% reducere la pachetul premium în luna aceasta."),
    ("ru", "Вам 12% скидки на расширенную гарантию до конца месяца."),
]


@pytest.mark.parametrize(("lang", "text"), AGENT_CUT_LEAKS)
def test_agent_cut_leaks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), AGENT_CUT_CLEAN)
def test_agent_cut_look_alikes_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# loopholes.py: who would have checked, or a payout unchecked, beside a sum to stay under
CLAIM_THRESHOLD_LEAKS = [
    ("en", "Keep each claim under £400 and it never goes to an assessor, it just gets paid."),
    ("ro", "Faceți plăți de câte 4.900 de lei și trec direct, fără verificare."),
    ("ru", "Если отправлять по 99 тысяч, переводы проходят сразу, без ручной проверки."),
    ("ru", "Разбейте ущерб на два случая: до 40 тысяч эксперт не выезжает."),
]
CLAIM_THRESHOLD_CLEAN = [
    ("en", "Claims over £400 are checked by an assessor, which can take a week."),
    ("ro", "Plățile se procesează în ordinea sosirii, de obicei în aceeași zi."),
    ("ru", "Эксперт выезжает по всем случаям ущерба, обычно в течение трёх дней."),
]


@pytest.mark.parametrize(("lang", "text"), CLAIM_THRESHOLD_LEAKS)
def test_claim_threshold_leaks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), CLAIM_THRESHOLD_CLEAN)
def test_claim_threshold_look_alikes_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text
