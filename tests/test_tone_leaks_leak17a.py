"""R5 confidentiality, the leak17a round (issue 8): other people's data said in words the
detectors did not read: a colleague's health (tone/exposures.py `_staff_matters`), a
colleague's or tradesman's home (`_staff_homes`), a guest's stay and room, a previous
owner's contact (tone/described.py `_stays`, `_previous_owners`); each as a leak and its
clean look-alike, in en, ro and ru. Wordings of their own: none is a labelled case of
tests/data/tone."""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

# (family, language, leak, clean look-alike)
FAMILIES = [
    # a colleague's health named after a name that opens the sentence or in the sentence
    # before, against the customer's own
    (
        "colleague's health",
        "en",
        "Sorry for the wait. Priya, who usually does your account, is off for a month with a knee operation.",
        "Sorry for the wait. We hope you're recovering well after your knee operation.",
    ),
    (
        "colleague's health",
        "en",
        "Your fitter Tomasz can't come on Monday. To be honest he's been signed off with anxiety.",
        "Your fitter Tomasz can't come on Monday, so we've moved the visit to Wednesday.",
    ),
    (
        "colleague's health",
        "ro",
        "Vă cer scuze pentru întârziere, consultantul dvs., Mihai. Știți, e în concediu medical după o operație la genunchi.",
        "Vă cer scuze pentru întârziere. Sperăm că v-ați refăcut după operația la genunchi și sunteți bine.",
    ),
    (
        "colleague's health",
        "ru",
        "Извините за задержку. Консультант Ольга, которая вела ваш договор, сейчас на больничном.",
        "Извините за задержку. Если вы на больничном, мы перенесём подписание договора.",
    ),
    # someone's home, named with their trade or as "he", against the customer's own
    (
        "someone's home",
        "en",
        "Sorry the electrician was late. He lives near the station, at 41 Mill Lane, so you could catch him there.",
        "Sorry the electrician was late. You live near the station, so he'll come to 41 Mill Lane first next time.",
    ),
    (
        "someone's home",
        "ro",
        "Instalatorul Vasile locuiește aproape de dvs., pe Teilor 9, puteți trece pe la el diseară.",
        "Instalatorul nostru vine mâine la adresa dvs., pe Teilor 9, între 10 și 12.",
    ),
    (
        "someone's home",
        "ru",
        "Сантехник Игорь живёт недалеко, на Садовой 12, зайдите к нему вечером.",
        "Сантехник Игорь придёт к вам завтра, на Садовой 12, с 10 до 12.",
    ),
    # a guest's stay, room or booking, against the customer's own stay
    (
        "a guest's stay",
        "en",
        "Dear Mr Hale, your sister has already checked in, she's in room 305 on the third floor.",
        "Dear Mr Hale, once you have checked in, your room 305 is on the third floor by the lift.",
    ),
    (
        "a guest's stay",
        "ro",
        "Bună seara, doamna Pop e cazată la noi până vineri, camera 118. Îi lăsăm un mesaj?",
        "Bună seara, după ce vă cazați, camera 118 vă așteaptă; recepția e deschisă non-stop.",
    ),
    (
        "a guest's stay",
        "ru",
        "Добрый вечер! Да, Петров Андрей у нас проживает, номер 214, выезд в пятницу.",
        "Добрый вечер! Вы у нас проживаете до пятницы, номер 214, завтрак с 7 до 10.",
    ),
    # the previous owner's phone or e-mail, against our own line and the owner unnamed
    (
        "previous owner's contact",
        "en",
        "The boiler was fitted by the former owner of the flat; his mobile on our records is 07812 334 901 if you want to ask him.",
        "The boiler was fitted by the former owner of the flat, so for its records please call us on 0800 123 4567.",
    ),
    (
        "previous owner's contact",
        "ro",
        "Numărul a aparținut fostului abonat, de aceea primiți apeluri; noul lui telefon e 0744 812 903.",
        "Numărul a aparținut unui fost abonat, de aceea primiți apeluri; ne puteți suna la 0800 800 800 să le blocăm.",
    ),
    (
        "previous owner's contact",
        "ru",
        "Машину обслуживал прежний владелец, его телефон у нас в базе +7 916 552-18-40, позвоните ему.",
        "Машину обслуживал прежний владелец; историю ремонтов пришлём вам на почту, звонить никуда не нужно.",
    ),
    # the money of someone close to the customer, against the customer's own and a time
    (
        "a relation's money",
        "en",
        "Hi Ruth, I can't go into detail, but your mum's savings account holds £22,640 and nothing odd has left it.",
        "Hi Ruth, your mum's request to add you to her account will take about 10 days to process.",
    ),
    (
        "a relation's money",
        "ro",
        "Bună ziua, creditul a fost respins: soțul dumneavoastră are un salariu de 2.350 lei și o poprire.",
        "Bună ziua, creditul a fost aprobat; soțul dumneavoastră poate semna contractul în 5 zile.",
    ),
    (
        "a relation's money",
        "ru",
        "Заявку отклонили из-за поручителя: у вашего брата долг по кредиту 184 000 ₽.",
        "Заявку отклонили: по вашему счёту просрочка, погасите её, и мы рассмотрим снова через 14 дней.",
    ),
    # another tenant's arrears, against the customer's own
    (
        "another tenant's arrears",
        "en",
        "About the noise from number 9: between you and us, the tenants there are four months in arrears.",
        "About your deposit: your account is not in arrears, so it will be returned within 10 days.",
    ),
    (
        "another tenant's arrears",
        "ro",
        "Referitor la zgomot, chiriașii de la apartamentul 7 au restanțe la chirie de trei luni.",
        "Referitor la contract, dacă aveți restanțe la chirie, vă rugăm să ne anunțați din timp.",
    ),
    (
        "another tenant's arrears",
        "ru",
        "По поводу шума: соседи сверху давно не платят за квартиру, скоро их выселят.",
        "По поводу шума: если у вас долг по квартплате, сначала погасите его, потом оформим справку.",
    ),
    # a firm's registration numbers among our own details, against someone's INN
    (
        "our firm's registration",
        "ru",
        "Сообщаю данные вашего соседа: ИНН 500100732259, он у нас тоже клиент.",
        "Наши реквизиты: ИП Петров П.П., ИНН 500100732259, ОГРНИП 304500116000157, они есть на сайте.",
    ),
    # an account merged with another one named by its address, against the customer's own
    (
        "merged with another account",
        "en",
        "Hi Tomas,\n\nI've linked your profile with the one under k.marsh77@outlook.com (Karen Marsh, Leeds) so the points add up.\n\nThanks, Ana",
        "Hi Tomas,\n\nI've linked your profile with your older one, under tomas.bright@outlook.com, so the points add up.\n\nThanks, Ana",
    ),
    (
        "merged with another account",
        "ru",
        "Олег, здравствуйте!\n\nСвязал ваш профиль с профилем v.sorokina@yandex.ru (Вера Сорокина, Тверь), баллы теперь общие.\n\nИгорь",
        "Олег, здравствуйте!\n\nВаш профиль на oleg.belov@yandex.ru проверен, баллы теперь общие.\n\nИгорь",
    ),
    # a title with an initial, and a record's label before a name
    (
        "a buyer by title and initial",
        "en",
        "Hi Jo, the display model went to Mrs. K. Ellery, invoice 30918, collected on Friday.",
        "Hi Jo, the display model is reserved for you under invoice 30918, ready to collect on Friday.",
    ),
    (
        "a record pasted",
        "ro",
        "Bună, Ana,\n\nDin sistem:\n> Client: Sorin Pavel, comanda #51220, tel. 0745 118 290\nAceea era altă comandă.\n\nToma",
        "Bună, Ana,\n\nDin sistem:\n> Comanda: #51220, status: livrată, curier: FAN\nAceea e comanda dvs.\n\nToma",
    ),
    # someone's days and hours, against our hours, the customer's own and our rounds
    (
        "someone's routine",
        "en",
        "As for Daniel, who you asked about, he usually comes in on Thursdays around 18:30 for the spin class.",
        "Your spin class is on Thursdays at 18:30; we're open Monday to Friday, 6am to 10pm.",
    ),
    (
        "someone's routine",
        "en",
        "Jenny is on the late shift Tuesday to Friday, 2pm to 10pm, and leaves through the staff door if you want a word.",
        "Jenny works Tuesday to Friday and will ring you back on Tuesday morning about the refund.",
    ),
    (
        "someone's routine",
        "ro",
        "Despre Mihaela, de care ați întrebat: vine de obicei miercurea și vinerea la 7:30, o prindeți la bazin.",
        "Curierul vine miercurea și vinerea la 7:30; suntem deschiși de luni până sâmbătă.",
    ),
    (
        "someone's routine",
        "ru",
        "Про Дениса, о котором вы спрашивали: он ходит к нам по средам и пятницам к 8 утра, там его и застанете.",
        "Вы у нас занимаетесь по средам и пятницам к 8 утра, мы открыты с 7 до 23.",
    ),
    # a routine only named in a condition (R5: nothing told) against one told after it
    (
        "someone's routine",
        "en",
        "If you want to catch him, Daniel usually comes in on Thursdays around 18:30 for the spin class.",
        "If a guest comes in on Thursdays at 18:30 with a member, they can join the spin class for free.",
    ),
    (
        "someone's routine",
        "ro",
        "Dacă vreți s-o prindeți, Mihaela vine de obicei miercurea și vinerea la 7:30, la bazin.",
        "Dacă prietena dumneavoastră vine lunea la 18:30, poate intra cu invitația.",
    ),
    (
        "someone's routine",
        "ru",
        "Если хотите с ним поговорить, Денис ходит к нам по средам и пятницам к 8 утра.",
        "Если гость приходит по средам к 8 утра вместе с вами, он может заниматься бесплатно.",
    ),
    # someone else's booking reference with its surname, against the customer's own
    (
        "someone else's booking key",
        "en",
        "Your friend flies on his own booking; to add bags for him, log in with booking code 7HD2KQ and last name MARSH.",
        "To add bags, log in with your booking code 7HD2KQ and last name MARSH; your friend is on the same booking.",
    ),
    (
        "someone else's booking key",
        "ro",
        "Soția dvs. are o rezervare separată. O găsiți pe site cu codul de rezervare M4TR9Z și numele de familie IONESCU.",
        "Găsiți rezervarea pe site cu codul dvs. de rezervare M4TR9Z și numele de familie IONESCU; soția e pe aceeași rezervare.",
    ),
    (
        "someone else's booking key",
        "ru",
        "Ваша подруга летит по своей брони, её можно открыть на сайте: номер брони 8PQX2L, фамилия SMIRNOVA.",
        "Ваш номер брони 8PQX2L, фамилия SMIRNOVA; подруга летит в той же брони.",
    ),
    # a masked number with most digits shown, against the usual last four and the customer's own
    (
        "a masked number that says it all",
        "en",
        "The payment came from a card we can't match to you: 5412 75** **** 8830, so please ask your family.",
        "The payment came from your card ending **** **** **** 8830, so nothing else is needed.",
    ),
    (
        "a masked number that says it all",
        "ro",
        "Vânzătorul are numărul ascuns, dar la noi apare 0722 4**-9**-118, restul îl ghiciți ușor.",
        "Numărul dvs. 0722 4**-9**-118 rămâne ascuns în anunț, cum ați cerut.",
    ),
    (
        "a masked number that says it all",
        "ru",
        "Платёж пришёл с карты, которая не ваша: 2202 20** **** 4417, уточните у родных.",
        "Платёж пришёл с вашей карты 2202 20** **** 4417, больше ничего делать не нужно.",
    ),
    # the discount another client has, against a published one and ours to the customer
    (
        "another client's discount",
        "en",
        "I see why you'd like the same deal as Brightwell Foods Ltd: they get 30% off under their contract, but for you I can do 10%.",
        "Our published volume discount is 30% for 100+ seats; for you I can do 10% on top.",
    ),
    (
        "another client's discount",
        "ro",
        "Știu că vreți condițiile de la Agro Delta: ei au 22% reducere prin contract. Pentru dvs. putem oferi 7%.",
        "Reducerea standard pentru comenzi peste 100 de bucăți este 22%; pentru dvs. putem oferi încă 7%.",
    ),
    (
        "another client's discount",
        "ru",
        "Понимаю, вы хотите условия как у «ТехноСнаб»: у них скидка 18% по договору. Вам могу дать 6%.",
        "Стандартная скидка от 100 штук — 18%, это есть в прайсе. Вам могу дать ещё 6%.",
    ),
    # someone else's diagnosis, against the customer's own and a service named
    (
        "someone else's diagnosis",
        "en",
        "Your results are fine. By the way, your husband's scan came back as well and his tumour has grown slightly.",
        "Your results are fine. By the way, you can book your husband a diabetes check-up online.",
    ),
    (
        "someone else's diagnosis",
        "ro",
        "Colega de cameră a fiicei dvs. are epilepsie, de aceea doarme lângă asistentă.",
        "Dacă aveți epilepsie, anunțați asistenta la cazare, vă rugăm.",
    ),
    (
        "someone else's diagnosis",
        "ru",
        "Ваш результат в норме. А у вашего отца, кстати, подтвердился диабет второго типа.",
        "Ваш результат в норме. Вашего отца можно записать в школу диабета через регистратуру.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak17a_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
