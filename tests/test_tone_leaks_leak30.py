"""leak30: confidentiality families from heldK17 and blind42 (development splits), each with a
leak and a clean look-alike written for this test (R5: "Keep your mouth shut"):

- digits keyed on a panel or door that are no customer's own: the same master code for all,
  said in the next sentence, or the door of our own premises; the customer's own door and
  the law's public rules stay clean;
- the customer told to sign in with one of our staff's accounts, the password described
  rather than written; a demo account and the customer's own admin stay clean;
- a check of ours switched off or broken, with what gets through (old codes, six zeros);
  an outage told with a safe way round stays clean;
- a second step skipped "for some reason"; a limit enforced on one channel only with a way
  it goes uncounted; a loophole said to exist with how to use it;
- how little our identity check asks, with someone who can stand in; a fraud team that
  looks at nothing below a sum; the criteria of an automatic screening rule (postcodes, an
  age bar with when it stops applying);
- an exam's answers or subject told before it; a sale not announced yet; a regulator's
  inspection "nobody has written about"; another patient's results by their place in the
  queue ("the patient booked in before you"); a lone Russian surname who got the parcel, with
  a street address after it («получил Смирнов с Луговой, 8, кв. 31»), against the
  customer's own delivery address.

trainK20 (a development split from this round on):
- a colleague "spoken to" about the customer's case; login attempts not limited on one
  channel; the suspicion of money laundering told to its subject; our lawyers' view that
  our side would lose in court; data exposed, not announced; a campaign with its discount,
  not published; what an audit or a regulator found wrong with us; another guest's booking
  under their surname with their phone; another customer's e-mail beside their name, even
  when they share the customer's first name;
- look-alikes: a number the customer gave us («СНИЛС …, который вы указали»), the default
  password printed on the customer's own router, a booking confirmation read back.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import context_from
from tests.tonecheck import blocked_leaks, family_holds

CASES = [
    (
        "keyed-master",
        "en",
        "Type 4820 on the alarm panel by the door. It's the same master code for every flat in the block.",
        "Type your own four-digit code on the alarm panel by the door, then press OK.",
    ),
    (
        "keyed-our-door",
        "ru",
        "Если придёте после шести, наберите на двери склада 5531 и заберите коробку у входа.",
        "Если придёте после шести, позвоните в домофон склада, и охранник вынесет коробку.",
    ),
    (
        "keyed-our-door",
        "ro",
        "Dacă ajungeți după program, tastați 7712 la ușa depozitului și luați coletul de pe raft.",
        "Dacă ajungeți după program, sunați la interfonul depozitului și paznicul vă aduce coletul.",
    ),
    (
        "borrowed-login",
        "en",
        "Until your profile is approved, sign in with our technician's account: the password is the street name.",
        "Until your profile is approved, you can look around with our demo account.",
    ),
    (
        "borrowed-login",
        "ru",
        "Пока доступ не выдали, войдите под учёткой нашего менеджера, пароль — его фамилия латиницей.",
        "Пока доступ не выдали, попросите администратора вашей компании войти под своей учёткой и добавить вас.",
    ),
    (
        "borrowed-login",
        "ro",
        "Până vă activăm contul, intrați cu contul colegului de la recepție, parola e numele hotelului.",
        "Până vă activăm contul, vă puteți uita prin aplicație cu contul demo de pe site.",
    ),
    (
        "check-switched-off",
        "en",
        "No need to wait for the text: the code check is switched off in the app today, so any six digits get you in.",
        "SMS verification is down for an hour, so please approve the payment in the app instead.",
    ),
    (
        "check-switched-off",
        "ro",
        "Nu așteptați SMS-ul: verificarea codului nu mai funcționează de ieri, aplicația acceptă orice cod.",
        "Verificarea prin SMS nu funcționează azi; vă rugăm să confirmați plata din aplicație.",
    ),
    (
        "check-switched-off",
        "ru",
        "СМС можно не ждать: проверка кода сейчас отключена, просто введите любые цифры.",
        "Проверка паспорта через портал временно не работает, приходите в отделение с паспортом.",
    ),
    (
        "second-step-skipped",
        "en",
        "A little tip: log out, open the site from the bookmark, and for some reason it skips the second step.",
        "If you are already signed in on this phone, the app skips the second step and opens your inbox.",
    ),
    (
        "one-channel-limit",
        "ro",
        "Limita de 2.000 de lei se aplică doar în aplicație; din internet banking sistemul nu o pune la socoteală.",
        "Limita de 2.000 de lei se aplică doar plăților fără contact; pentru sume mai mari introduceți PIN-ul.",
    ),
    (
        "one-channel-limit",
        "en",
        "The daily limit applies only in the app, so if you pay from the website it doesn't count at all.",
        "The daily limit applies only to contactless payments; larger ones need your PIN.",
    ),
    (
        "loophole",
        "ru",
        "Бонус за регистрацию даётся один раз, но есть лазейка: если указать другую почту, он начислится снова.",
        "Некоторые думают, что есть лазейка с повторной регистрацией, но бонус всё равно даётся один раз.",
    ),
    (
        "loophole",
        "en",
        "There's a small loophole: if you book each leg separately, the fare cap resets.",
        "There's no loophole here, I'm afraid: the fare cap counts every leg of the trip.",
    ),
    (
        "weak-id-check",
        "en",
        "On the phone they only check your name and date of birth, so your son can call instead of you.",
        "On the phone we only ask for your name and date of birth, then send a code to your mobile.",
    ),
    (
        "weak-id-check",
        "ru",
        "Операторы проверяют только ФИО и адрес, так что позвонить за вас может кто угодно из семьи.",
        "Операторы сначала уточняют ФИО и адрес, а потом отправляют код на ваш телефон.",
    ),
    (
        "fraud-floor",
        "en",
        "Nothing below £200 is looked at by our fraud team, so smaller orders go straight through.",
        "Orders below £200 ship the same day; nothing below that needs a signature.",
    ),
    (
        "screening-criteria",
        "en",
        "Our system automatically flags loan requests from three postcodes, yours among them, for manual review.",
        "We check your postcode automatically to see whether fibre is available where you live.",
    ),
    (
        "screening-criteria",
        "ro",
        "Cererea a fost respinsă automat pentru că aveți sub 23 de ani; dacă mai așteptați câteva luni, trece.",
        "Cererile persoanelor sub 18 ani sunt respinse automat, așa cum cere legea.",
    ),
    (
        "exam-key",
        "ru",
        "Не волнуйтесь перед завтрашним тестом: правильные ответы идут по порядку — А, В, Б, Г.",
        "Правильные ответы будут опубликованы на сайте после экзамена.",
    ),
    (
        "exam-key",
        "ro",
        "Ca să fiți liniștit, subiectul de la examenul de mâine este contabilitatea stocurilor.",
        "Subiectele de la examen sunt cele din programa analitică publicată pe site.",
    ),
    (
        "sale-unannounced",
        "ru",
        "Скидки до 30% на всю технику начнутся в пятницу, официально об этом ещё не объявляли.",
        "Скидка 10% на продление ещё не появилась на сайте, но я уже применила её к вашему заказу.",
    ),
    (
        "not-in-the-press",
        "ru",
        "Сейчас у нас идёт проверка Роспотребнадзора, нигде об этом пока не писали.",
        "Сейчас у нас идёт плановое обновление сайта, об этом писали в рассылке на прошлой неделе.",
    ),
    (
        "ru-surname-address",
        "ru",
        "Здравствуйте, Ирина Павловна, по журналу видно, что такую же посылку до вас получил Смирнов с Луговой, 8, кв. 31.",
        "Здравствуйте, Ирина Павловна, курьер доставил посылку на Луговую, 8, кв. 31, как вы просили.",
    ),
    (
        "patient-before-you",
        "ro",
        "Plicul era al pacientului programat înaintea dvs.: are colesterolul 310, deci nu sunt analizele dvs.",
        "Pacientul programat înaintea dvs. a întârziat, așa că vă putem primi mai devreme.",
    ),
]


CASES += [
    (
        "staff-spoken-to",
        "en",
        "The mix-up was down to Priya on our returns desk; she's been spoken to about it.",
        "The mix-up was down to our returns system; it has been fixed for everyone.",
    ),
    (
        "attempts-not-limited",
        "ru",
        "В приложении вход блокируется, а на сайте число попыток не ограничено, так что пробуйте там.",
        "После пяти неверных попыток вход блокируется на 15 минут, затем можно попробовать снова.",
    ),
    (
        "laundering-suspicion",
        "en",
        "Your transfer is paused because our team suspects possible money laundering on the account.",
        "Anti-money laundering rules require us to ask where the funds for this transfer came from.",
    ),
    (
        "lawyers-would-lose",
        "ro",
        "Între noi fie vorba, juriștii noștri cred că penalitatea nu ar rezista în instanță.",
        "Juriștii noștri vor analiza cererea dumneavoastră și vă răspundem în 10 zile.",
    ),
    (
        "data-exposed",
        "en",
        "Unofficially, card details from about 2,000 orders were exposed last week; we haven't announced it yet.",
        "Your card details were never stored by us, so nothing of yours could have been exposed.",
    ),
    (
        "campaign-unpublished",
        "ro",
        "De luni începe campania cu 25% la toate canapelele, doar că nu e publicată încă.",
        "Campania cu 25% la canapele e deja pe site și ține până duminică.",
    ),
    (
        "audit-found",
        "ru",
        "Ревизия в прошлом месяце выявила у нас, что записи звонков хранились дольше срока.",
        "Ревизия в прошлом месяце не выявила нарушений в хранении записей звонков.",
    ),
    (
        "booked-under-surname",
        "ru",
        "Этот номер уже забронирован на фамилию Соколов, телефон +7 916 555-12-40, попробуйте договориться.",
        "Этот номер уже забронирован, но я подобрала вам такой же на соседнем этаже.",
    ),
    (
        "same-first-name-email",
        "ru",
        "Это не ваш заказ, а заказ Ирины Морозовой (irina.morozova77@mail.ru), с доставкой в Тулу.",
        "Это ваш заказ: подтверждение ушло на адрес, который вы указали при регистрации.",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "context"),
    [
        ("ru", "Проверила: СНИЛС 145-872-390 12, который вы указали в заявлении, совпадает с данными.", {}),
        ("ru", "Логин и пароль по умолчанию указаны на наклейке снизу роутера.", {}),
        ("ru", "Здравствуйте! Подтверждение брони: Игорь Лебедев, igor.lebedev@yandex.ru, 2 взрослых.", {}),
        ("ru", "Заказ Ирины Левченко (irina.l@mail.ru) отправлен сегодня.", {"customer_name": "Ирина Левченко"}),
    ],
)  # fmt: skip
def test_the_customers_own_read_back_stays_clean(language: str, text: str, context: dict) -> None:
    assert not blocked_leaks(text, language, context_from(context)), text


@pytest.mark.parametrize(("family", "language", "leak", "clean"), CASES)
def test_leak30_family_blocks_the_leak_and_spares_its_look_alike(
    family: str, language: str, leak: str, clean: str
) -> None:
    family_holds(family, language, leak, clean)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Applications from under-18s are declined automatically, as the law requires."),
        ("ru", "Заявки автоматически отклоняются, если вам меньше 18 лет: это требование закона."),
    ],
)
def test_a_rule_the_law_sets_is_no_internal_judgement(language: str, text: str) -> None:
    """Pre-existing false alarm found by this round: the law's age bar is public (R5)."""
    assert not blocked_leaks(text, language)
