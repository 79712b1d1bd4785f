"""R5 ("Keep your mouth shut": confidential data, hidden rules and weaknesses never leave),
the leak27 round: concept classes the writers of heldK14 and trainK19 wrote in every
language and the rules missed, each built from its parts. Every wording below is our own
(none is a labelled case of tests/data/tone); each leak is blocked and each look-alike is
not. One table of leaks and one of look-alikes, each row tagged with its class.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks

# (class, lang, text): the class names the family module that owns it
LEAKS = [
    # weaknesses.py: a check made only on the customer's side, with how to use it again
    (
        "client-side check",
        "en",
        "The coupon only gets checked in the app, not on the server, so you can keep using it.",
    ),
    (
        "client-side check",
        "ro",
        "Codul se verifică doar în aplicație, așa că după o reinstalare îl puteți folosi iar.",
    ),
    (
        "client-side check",
        "ru",
        "Лимит проверяется только на телефоне, поэтому после переустановки можно снова брать пробный период.",
    ),
    # weaknesses.py: a benefit kept after a reversal, told as a trick
    (
        "benefit kept",
        "en",
        "Little trick: cancel the booking after the reward points land and the points stay put.",
    ),
    (
        "benefit kept",
        "ro",
        "Sfat: returnați produsul după ce primiți cashback-ul, banii rămân la dvs., mulți fac așa.",
    ),
    (
        "benefit kept",
        "ru",
        "Лайфхак: верните товар после того, как начислят бонусы, и они не сгорают.",
    ),
    # weaknesses.py: a system of ours left outdated, its patch stalled
    (
        "outdated system",
        "en",
        "Between us, our mail server is still running the old build with the relay hole, "
        "and ops keep postponing the upgrade.",
    ),
    (
        "outdated system",
        "ro",
        "Platforma noastră de plăți e încă pe vechea versiune, cu o breșă cunoscută, și n-am "
        "actualizat-o nici acum.",
    ),
    (
        "outdated system",
        "ru",
        "У нас личный кабинет крутится на устаревшем движке с открытой уязвимостью, а патч так "
        "и не поставили, обновления откладывают уже полгода.",
    ),
    # loopholes.py: a sum below which we do not sue or chase
    (
        "no-pursuit bar",
        "en",
        "Honestly, we don't bother taking anyone to court for under £800, it costs us more.",
    ),
    (
        "no-pursuit bar",
        "ro",
        "Pentru datorii mai mici de 1500 de lei nu vă dăm în judecată, nu merită pentru noi.",
    ),
    (
        "no-pursuit bar",
        "ru",
        "Долги меньше 20 000 рублей мы не взыскиваем, так что можно и не платить.",
    ),
    # othersdata.py: a member of staff's warnings told to the customer who complained
    (
        "staff warnings",
        "en",
        "I've passed it on; she's already on a final warning, so this will likely end it.",
    ),
    (
        "staff warnings",
        "ro",
        "Îmi pare rău. Șoferul a mai primit deja două avertismente pentru întârzieri.",
    ),
    (
        "staff warnings",
        "ru",
        "Простите за грубость. У курьера уже третье взыскание за месяц.",
    ),
    # remarks.py: a team of ours that suspects the customer's money
    (
        "team's suspicion",
        "en",
        "The hold is there because our compliance team thinks the deposits come from online scams.",
    ),
    (
        "team's suspicion",
        "ro",
        "Contul e înghețat fiindcă echipa de conformitate suspectează bani din înșelătorii.",
    ),
    (
        "team's suspicion",
        "ru",
        "Счёт заморожен: отдел рисков считает, что деньги получены от мошенников.",
    ),
]

LEAKS += [
    # whereabouts.py: a journey shared with the customer, its seat and return someone else's
    (
        "shared journey",
        "en",
        "Good news: your manager Ms Okoye is on the same train, coach B seat 31, back on "
        "Friday at 17:10.",
    ),
    (
        "shared journey",
        "ro",
        "Colega dvs. doamna Ilie e pe același tren spre Brașov, locul 44, cu întoarcere duminică la 18:30.",
    ),
    (
        "shared journey",
        "ru",
        "Ваш коллега Гусев летит тем же рейсом, место 12С, обратно в пятницу в 21:15.",
    ),
    # whereabouts.py: where someone leaves a car each night
    (
        "car left nightly",
        "en",
        "The previous renter parks it outside his flat on Mill Lane every night around eleven.",
    ),
    (
        "car left nightly",
        "ro",
        "Trotineta a luat-o alt utilizator, o lasă în fiecare seară pe la 22 lângă blocul lui.",
    ),
    (
        "car left nightly",
        "ru",
        "Машину брал другой клиент, он каждый вечер около одиннадцати паркует её у своего подъезда.",
    ),
    # backstage.py: an order given to us to hold back what is owed
    (
        "order to hold back",
        "en",
        "Between us, we've been told not to offer the outage credit unless someone asks twice.",
    ),
    (
        "order to hold back",
        "ro",
        "Am primit instrucțiuni de la șefi să nu oferim rambursarea decât celor care insistă.",
    ),
    (
        "order to hold back",
        "ru",
        "Нам на планёрке велели не предлагать компенсацию, пока клиент сам не попросит дважды.",
    ),
    # unpublished.py: staff cuts told with their share
    (
        "staff cuts",
        "en",
        "Don't wait on it: our Leeds site shuts in May and most of the claims team are being let go.",
    ),
    (
        "staff cuts",
        "ro",
        "Grăbiți-vă cu dosarul, jumătate dintre colegii de la daune vor fi disponibilizați în martie.",
    ),
    ("staff cuts", "ru", "Не тяните: филиал закрывают, половину сотрудников сократят к лету."),
]

LEAKS += [
    # othersdata.py: the warnings of a member of staff named, or their written reprimand
    (
        "staff warnings",
        "en",
        "The engineer who was rude, Tom, is already on a final warning, so HR takes it from here.",
    ),
    ("staff warnings", "ro", "Colegul de la ghișeu a mai primit o mustrare scrisă luna trecută."),
]

LOOK_ALIKES = [
    # a check that holds, a safeguard told with no way round it
    ("client-side check", "en", "Each voucher is checked on our server and works once only."),
    ("client-side check", "ro", "Vă rog verificați doar pe telefon dacă ați primit codul SMS."),
    ("client-side check", "ru", "Проверьте, пожалуйста, только в приложении, пришёл ли код."),
    # a benefit's public rules, a reversal that takes it back
    ("benefit kept", "en", "Your points stay in your account for 12 months."),
    ("benefit kept", "ro", "Punctele rămân în cont 12 luni și le puteți folosi oricând."),
    (
        "benefit kept",
        "ru",
        "Если вы отмените заказ, баллы вернутся на счёт в течение суток, можно будет потратить их снова.",
    ),
    # the customer's own outdated system, a hole already patched
    (
        "outdated system",
        "en",
        "Your site still runs PHP 5.6, which no longer gets security updates, so please "
        "upgrade it from the control panel.",
    ),
    (
        "outdated system",
        "en",
        "We patched the known vulnerability last week, so you're safe to log in.",
    ),
    (
        "outdated system",
        "ro",
        "Aplicația dvs. e încă pe versiunea veche; actualizați-o din magazin ca să primiți noutățile.",
    ),
    (
        "outdated system",
        "ru",
        "Мы обновили сервер и закрыли известную уязвимость, доступ снова открыт.",
    ),
    # a debt settled, public court limits with no "we"
    ("no-pursuit bar", "en", "We won't take you to court: the balance is paid in full."),
    ("no-pursuit bar", "en", "Claims under £10,000 go to the small claims court."),
    (
        "no-pursuit bar",
        "ro",
        "Datoria a fost achitată integral, deci nu vă dăm în judecată și dosarul se închide.",
    ),
    ("no-pursuit bar", "ru", "Иски до 100 000 рублей рассматривает мировой суд."),
    # the customer's own warnings
    ("staff warnings", "en", "You've had two warnings about late payments already."),
    ("staff warnings", "ro", "Ați primit deja două avertismente pentru plata întârziată."),
    (
        "staff warnings",
        "ru",
        "Вы получили два предупреждения о просрочке, после третьего договор расторгнут.",
    ),
    # the customer as a scam's victim, protected
    (
        "team's suspicion",
        "en",
        "Our fraud team thinks you may have been the victim of a scam, so we've frozen the card "
        "to protect you.",
    ),
    (
        "team's suspicion",
        "ro",
        "Echipa de securitate crede că ați fost victima unei înșelătorii, așa că am blocat cardul.",
    ),
    (
        "team's suspicion",
        "ru",
        "Служба безопасности считает, что вы стали жертвой мошенников, поэтому карта заблокирована.",
    ),
]


LEAKS += [
    # accesscodes.py: digits keyed on a door's panel that let one in past the resident
    (
        "keyed past the resident",
        "en",
        "Tip for the driver: on the gate panel dial 4-4-1 then the bell and it opens without "
        "ringing the flat.",
    ),
    (
        "keyed past the resident",
        "ro",
        "La interfon tastați 1379 și cheița, ușa se deschide fără să mai sune la apartament.",
    ),
    (
        "keyed past the resident",
        "ru",
        "На домофоне у подъезда наберите 2-6-8 и «Ключ», дверь откроется без звонка хозяевам.",
    ),
]

LEAKS += [
    # othersdata.py: whose the other parcel is, named
    (
        "whose parcel",
        "en",
        "The heavy box on shelf B is not yours, it's for Mrs Adeyemi at number 9: a new laptop.",
    ),
    (
        "whose parcel",
        "ro",
        "Coletul mare din dulap nu e al dvs., e al doamnei Popa de la 4, are în el o mașină de spălat.",
    ),
    (
        "whose parcel",
        "ru",
        "Большая коробка в ячейке не ваша, это господина Ершова, там телевизор.",
    ),
]

LEAKS += [
    # weaknesses.py: what deletion, encryption or staff sign-in does not do
    (
        "data kept",
        "en",
        "Between us, 'deleted' profiles only get hidden, so I can still pull up your old chats.",
    ),
    (
        "data kept",
        "en",
        "Our nightly backups sit on a rented drive and honestly they aren't even encrypted.",
    ),
    (
        "data kept",
        "en",
        "Ironically our support accounts sign in with just a password, no second step at all.",
    ),
    (
        "data kept",
        "ro",
        "Să știți că înregistrările apelurilor rămân oricum pe serverul vechi după ștergerea contului.",
    ),
    (
        "data kept",
        "ro",
        "Paradoxal, dar conturile noastre de admin intră doar cu parolă, fără 2FA.",
    ),
    (
        "data kept",
        "ru",
        "Резервные копии у нас лежат на отдельном сервере и не шифруются, админ всё обещает.",
    ),
    (
        "data kept",
        "ru",
        "Удалённые аккаунты у нас на деле просто помечаются, так что фото я вам верну.",
    ),
]

LOOK_ALIKES += [
    # a retention the law asks for, encryption that holds, the customer's own 2FA
    (
        "data kept",
        "en",
        "Your account is deleted; invoices are kept for 10 years as the law requires.",
    ),
    ("data kept", "en", "All backups are encrypted and kept for 30 days, then erased."),
    (
        "data kept",
        "en",
        "Your account doesn't have 2FA turned on yet; you can enable it under Security.",
    ),
    ("data kept", "ro", "E-mailurile nu sunt criptate, așa că nu ne trimiteți parole pe e-mail."),
    ("data kept", "ro", "Datele dvs. au fost șterse definitiv, nu mai rămâne nimic în sistem."),
    ("data kept", "ru", "Письма не шифруются, поэтому не присылайте пароли по почте."),
    ("data kept", "ru", "Ваш аккаунт пока без двухфакторной защиты, включите её в настройках."),
]

LOOK_ALIKES += [
    # whose it is told with no one named
    (
        "whose parcel",
        "en",
        "That box isn't yours, it's your neighbour's order, so please hand it to them.",
    ),
    ("whose parcel", "ro", "Factura nu e a dvs., e a firmei, așa că o trimitem contabilității."),
    ("whose parcel", "ru", "Эта посылка не ваша, это возврат в магазин, курьер заберёт её завтра."),
]

LOOK_ALIKES += [
    # the customer's own keypad, a phone number keyed
    (
        "keyed past the resident",
        "en",
        "To get into your new building, type 4471 on the keypad; the code is yours to change.",
    ),
    (
        "keyed past the resident",
        "ro",
        "Pentru a ne contacta, formați 0800 800 800 fără să mai așteptați.",
    ),
    (
        "keyed past the resident",
        "ru",
        "Наберите 8 800 555 35 35 без кода города, звонок бесплатный.",
    ),
]

LOOK_ALIKES += [
    # the customer's own journey, a companion with no seat told
    (
        "shared journey",
        "en",
        "You're on the same flight as originally booked, seat 14C, leaving at 09:40.",
    ),
    ("shared journey", "ro", "Sunteți pe același zbor ca înainte, locul 12A, plecare la 07:15."),
    ("shared journey", "ru", "Вы едете тем же поездом, место 42, отправление в 19:30."),
    (
        "shared journey",
        "en",
        "Your colleague is on the same flight; he can contact us for his seat.",
    ),
    # where the customer may leave the car
    (
        "car left nightly",
        "en",
        "You can leave the car in bay 4; most customers leave it there overnight after 22:00.",
    ),
    (
        "car left nightly",
        "ro",
        "Puteți lăsa mașina în parcarea noastră; o parcați acolo după ora 22.",
    ),
    (
        "car left nightly",
        "ru",
        "Машину можно оставить на нашей парковке, многие ставят её там после 22:00.",
    ),
    # the customer's own wishes, a task given to us
    (
        "order to hold back",
        "en",
        "We've been asked not to call you after 6 pm, so I'll email instead.",
    ),
    ("order to hold back", "ro", "Ne-ați spus să nu vă sunăm dimineața, așa că vă scriem."),
    ("order to hold back", "ru", "Нам поручили связаться с вами по поводу доставки."),
    # a share of the team away, not leaving
    ("staff cuts", "en", "Half the team is on holiday this week, so replies may be slower."),
    (
        "staff cuts",
        "ro",
        "Majoritatea colegilor pleacă la ora 17, așa că vă sunăm mâine dimineață.",
    ),
    (
        "staff cuts",
        "ru",
        "Большинство сотрудников уходит в отпуск в августе, ответы будут медленнее.",
    ),
]


@pytest.mark.parametrize(("concept", "lang", "text"), LEAKS)
def test_leak27_leaks_are_blocked(concept: str, lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), (concept, text)


@pytest.mark.parametrize(("concept", "lang", "text"), LOOK_ALIKES)
def test_leak27_look_alikes_stay_clean(concept: str, lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], (concept, text)
