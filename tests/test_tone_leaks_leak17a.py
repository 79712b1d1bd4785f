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
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak17a_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
