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


@pytest.mark.parametrize(("concept", "lang", "text"), LEAKS)
def test_leak27_leaks_are_blocked(concept: str, lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), (concept, text)


@pytest.mark.parametrize(("concept", "lang", "text"), LOOK_ALIKES)
def test_leak27_look_alikes_stay_clean(concept: str, lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], (concept, text)
