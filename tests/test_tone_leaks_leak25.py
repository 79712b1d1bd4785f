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
