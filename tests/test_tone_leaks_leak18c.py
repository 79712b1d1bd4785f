"""leak18c (R5, "Keep your mouth shut": passwords, codes and keys never leave): credentials
and codes handed over in passing (tone/handedover.py) — a password-shaped value given to
log in or connect with and no "password" word beside it, a PIN or one-time code read out
digit by digit, spelt out or in pieces across sentences, a door, gate, barrier or alarm
sequence keyed in with no "code" word; and the look-alikes that must pass: password
advice and its examples, a reference number, a list of numbers, the customer's own code
issued for a booking or sent by SMS, our public Wi-Fi name, versions and prices."""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks, family_holds

PAIRS = [
    # a shared or admin login handed over as a pair, no "password" word
    ("login-pair", "en",
     "Hi Sam,\nTill IT sorts your own user, the booking system takes ops.team and Booking$77x.\nMaya",
     "Hi Sam,\nTill IT sorts your own user, please ask Maya to book the rooms for you.\nMaya"),
    ("login-pair", "ro",
     "Salut,\nPentru panoul de administrare folosiți contul echipei: echipa.suport și Supp0rt!25.\nIT",
     "Salut,\nPentru panoul de administrare vă facem un cont propriu până mâine.\nIT"),
    ("login-pair", "ru",
     "Добрый день!\nВ админку заходите под manager_shop, вводите Shop#2024ru, свой аккаунт сделаем позже.\nИТ",
     "Добрый день!\nВ админку зайдёте под своим аккаунтом, мы его сделаем завтра.\nИТ"),
    # our premises' Wi-Fi key given to connect, vs. the public network's name
    ("wifi-key", "en",
     "Hi,\nOffice Wi-Fi is Harbour-Staff, connect with Wave#2024hq.\nReception",
     "Hi,\nOur guest Wi-Fi is Harbour-Guest and needs no password.\nReception"),
    ("wifi-key", "ro",
     "Bună ziua,\nRețeaua cabinetului e Dental_Staff, vă conectați cu Zambet#2024.\nRecepție",
     "Bună ziua,\nRețeaua pentru pacienți e Dental-Oaspeti și nu are parolă.\nRecepție"),
    ("wifi-key", "ru",
     "Здравствуйте!\nПодключайтесь к сети Office_Staff, вводите Kofe#2024msk.\nРесепшен",
     "Здравствуйте!\nГостевая сеть называется Office-Guest, пароль не нужен.\nРесепшен"),
    # a one-time code read out digit by digit vs. saying it was sent
    ("otp-read-out", "en",
     "Hello,\nI can see it on my side, so here it is: 9, 1, 7, 3, 0, 2. Type it in before it expires.\nBank",
     "Hello,\nWe've texted a new code to your phone; type it in before it expires.\nBank"),
    ("otp-read-out", "ro",
     "Bună ziua,\nCodul apare la mine pe ecran: 3, 8, 0, 1, 7, 2. Îl introduceți acum.\nBanca",
     "Bună ziua,\nV-am trimis prin SMS un cod nou de 6 cifre, valabil 5 minute.\nBanca"),
    ("otp-read-out", "ru",
     "Здравствуйте!\nВижу код у себя: 2, 9, 4, 0, 1, 6. Вводите сразу.\nБанк",
     "Здравствуйте!\nМы отправили новый код в СМС, он действует пять минут.\nБанк"),
    # a code in pieces across sentences vs. a number described by its length
    ("code-in-pieces", "en",
     "Hi,\nThe code is in two parts: the first two digits are 6 and 1. The rest is 9 and 4.\nSupport",
     "Hi,\nThe code has six digits and starts a new line in the SMS.\nSupport"),
    ("code-in-pieces", "ro",
     "Salut,\nCodul are două bucăți: primele cifre sunt 4 și 2. Apoi 7 și 0.\nSuport",
     "Salut,\nCodul are 6 cifre și începe cu litera A în SMS.\nSuport"),
    ("code-in-pieces", "ru",
     "Добрый день!\nКод из двух частей. Первые цифры — 3 и 8. Потом 1 и 5.\nПоддержка",
     "Добрый день!\nКод состоит из 6 цифр, первые 3 цифры придут отдельно.\nПоддержка"),
    # a PIN spelt out vs. a PIN named without digits
    ("pin-spelt", "en",
     "Hi,\nYour PIN hasn't changed, it's still four-four-zero-one.\nCard team",
     "Hi,\nYour PIN hasn't changed; never tell it to anyone, us included.\nCard team"),
    ("pin-spelt", "ro",
     "Bună,\nPIN-ul cardului e tot cel vechi, adică patru-unu-nouă-opt.\nCarduri",
     "Bună,\nPIN-ul cardului e tot cel vechi; nu îl spuneți nimănui.\nCarduri"),
    ("pin-spelt", "ru",
     "Добрый день!\nПИН остался прежним — два ноль семь пять.\nКарты",
     "Добрый день!\nПИН остался прежним, его знаете только вы.\nКарты"),
    # a door, gate or alarm sequence keyed in, no "code" word; vs. the customer's own
    # new code issued for the stay
    ("keyed-in", "en",
     "Hi Jo,\nThe driver can get into the yard: on the gate panel press 3 5 7 9 and the bell.\nDispatch",
     "Hi Jo,\nYour new gate code for the stay is 3 5 7 9, valid until check-out on Sunday.\nHosts"),
    ("keyed-in", "ro",
     "Bună,\nLa poarta din spate formați 5-5-2-1 și apoi steluța.\nAdministrator",
     "Bună,\nCodul nou al cutiei de chei e 5-9-0-2, valabil doar pentru rezervarea ta.\nGazde"),
    ("keyed-in", "ru",
     "Здравствуйте!\nНа калитке набирайте 7 1 7 3 и решётку.\nУК",
     "Здравствуйте!\nНовый код калитки для вашей брони — 7 1 7 3, действует до выезда.\nХостел"),
    # a shared account's password as a recipe vs. advice not to make one so
    ("password-recipe", "en",
     "Hi,\nFor the warehouse scanner, user admin, pass is the usual.\nTom",
     "Hi,\nYour password must not be the same as your username.\nIT"),
    ("password-recipe", "ro",
     "Salut,\nContul comun e receptie, parola e aceeași ca numele de utilizator.\nIT",
     "Bună,\nParola nu trebuie să fie aceeași ca numele de utilizator.\nIT"),
    ("password-recipe", "ru",
     "Привет!\nНа сканере логин admin, пароль как обычно.\nТимур",
     "Здравствуйте!\nПароль не должен быть таким же, как логин.\nИТ"),
    # a PIN as a recipe vs. the advice against one
    ("pin-recipe", "en",
     "Hi,\nYour new PIN is the last four digits of your phone number.\nCards",
     "Hi,\nChoose a PIN that is not the last four digits of your phone.\nCards"),
    ("pin-recipe", "ro",
     "Bună,\nPIN-ul nou este ultimele patru cifre ale telefonului dvs.\nCarduri",
     "Bună,\nNu alegeți un PIN care e ultimele patru cifre ale telefonului.\nCarduri"),
    ("pin-recipe", "ru",
     "Здравствуйте!\nНовый ПИН — последние четыре цифры вашего телефона.\nКарты",
     "Здравствуйте!\nНе выбирайте ПИН, который совпадает с последними цифрами телефона.\nКарты"),
    # a one-time code read off our screen, whole, vs. the customer's own pickup code
    ("otp-seen", "en",
     "Hi,\nThe verification code went to the old number, but I can see it in the system: 731 904.\nBank",
     "Hi,\nYour pickup code 731904 was also sent to you by SMS and is valid for 72 hours.\nParcels"),
    ("otp-seen", "ro",
     "Bună ziua,\nCodul de confirmare a plecat pe alt număr, dar îl văd pe ecran: 615 270.\nBanca",
     "Bună ziua,\nCodul de ridicare 615270 v-a fost trimis prin SMS și e valabil 48 de ore.\nColete"),
    ("otp-seen", "ru",
     "Здравствуйте!\nСМС с кодом подтверждения не дошло, но я вижу его в системе: 208 417.\nБанк",
     "Здравствуйте!\nКод получения 208417 мы отправили вам в СМС, он действует трое суток.\nПочта"),
    # a door or alarm number told with the key to press after it, or a letter in it
    ("then-key", "en",
     "Hi,\nWhen the alarm beeps, tell the fitter to enter 2207, then press off.\nMonitoring",
     "Hi,\nYour alarm contract 2207 renews in May, then the price is £12 a month.\nMonitoring"),
    ("then-key", "ro",
     "Bună,\nLa interfon curierul formează 4512 și apoi cheița.\nAdministrator",
     "Bună,\nInterfonul de la apartamentul 45 a fost reparat ieri și apoi testat.\nAdministrator"),
    ("then-key", "ru",
     "Добрый день!\nКод двери подъезда 3318К, им пользуются все службы.\nУК",
     "Добрый день!\nВаш налоговый код 3318К указан в квитанции.\nУК"),
]  # fmt: skip


@pytest.mark.parametrize(("family", "language", "leak", "clean"), PAIRS)
def test_family_holds(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)


LEAKS = [
    ("en", "Hello,\nThe router's admin page opens with admin / Nt@home2022, change what you need.\nSupport"),
    ("en", "Hi,\nThe alarm in the shop goes off at 7, so key in 8 0 2 1 on the panel by the back door.\nArea manager"),
    ("en", "Hi,\nThe bike shed padlock turns to two-eight-four-six, the shed is behind block C.\nLettings"),
    ("en", "Hi,\nOther couriers just use 4471# on the keypad by the loading bay.\nDepot"),
    ("en", "Hi!\nFYI the main entrance code changed, it's now star-6-0-2-8.\nCleaners"),
    ("ro", "Bună ziua,\nBariera parcării se ridică dacă tastați 3-3-8-1 la stâlpul de la intrare.\nAdministrație"),
    ("ro", "Salut,\nPe FTP intri cu upload_vechi și Up#2019ro, apoi descarci arhiva.\nHosting"),
    ("ru", "Привет!\nДля FTP логин upload, а дальше Upl@d2023!.\nПоддержка"),
    ("ru", "Здравствуйте!\nЕсли не откроют, соседи с пятого этажа заходят так: 1 4 8 8 и вызов на домофоне.\nКурьерская"),
    ("ru", "Добрый день!\nСигнализация в зале снимается на панели у входа: 6 0 6 1, потом решётка.\nАдминистратор"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), LEAKS)
def test_leak_blocked(language: str, text: str) -> None:
    assert blocked_leaks(text, language), text


CLEAN = [
    # password advice and its example (R5 is about real secrets)
    ("en", "Hi Sam,\nWe've reset your password; use the link we e-mailed. It must have 12 characters, e.g. Tr0ub4dor&3.\nIT"),
    ("ro", "Bună ziua,\nParola trebuie să aibă minim 12 caractere, de exemplu Soare#2024ok.\nIT"),
    ("ru", "Здравствуйте!\nПароль должен быть надёжным, например Qw#2024rt, но не используйте этот.\nИТ"),
    # a reference, a list of numbers, a phone menu, an order and its times
    ("en", "Hi,\nYour ticket TK#4471 is with the billing team; quote it if you call.\nSupport"),
    ("en", "Hi,\nWebhooks retry after 1, 2, 4, 8 and 16 minutes.\nDev"),
    ("en", "Hi,\nPlease call us on 0 800 123 456 and choose option 2, then 1.\nSupport"),
    ("en", "Hi,\nFollow steps 1, 2, 3 and 4 on the screen, then restart the app.\nSupport"),
    ("en", "Hi,\nYour order #A-20931 will arrive on 4 May between 10:00 and 14:00.\nShop"),
    ("en", "Hi,\nThe first payment of £20 starts in May, then 3 payments of 15.\nBilling"),
    ("ro", "Salut,\nNumărul se termină în 45-12 și începe cu 07.\nSuport"),
    ("ru", "Добрый день!\nПовторяем отправку через 1, 2, 4, 8 и 16 минут.\nПоддержка"),
    ("ru", "Здравствуйте!\nВерсия приложения 4.12.1, заказ №48213 доставим в пятницу.\nМагазин"),
    ("en", "Hello,\nYour payslip used tax code BR instead of 1257L; I've corrected the code today.\nPayroll"),
    ("ru", "Здравствуйте!\nТариф начинается с 1 мая, первые 3 месяца по 299 ₽.\nОператор"),
    # the customer's own password kept, a ping in ms, the public Wi-Fi's password place
    ("en", "Hi,\nYour password is the same as before, we changed nothing.\nIT"),
    ("ru", "Здравствуйте!\nВаш пароль остался тот же, мы ничего не меняли.\nИТ"),
    ("ru", "Привет!\nУ тебя пинг скачет от 35 до 280 мс — обычно так бывает из-за Wi-Fi.\nПоддержка"),
    ("en", "Hi,\nThe Wi-Fi password is on the receipt, as usual.\nCafe"),
    # "never tell anyone your PIN" is advice, not a secret kept (ro.internal-info)
    ("ro", "Bună,\nPIN-ul cardului e tot cel vechi; nu îl spuneți nimănui.\nCarduri"),
    ("ro", "Bună,\nNu spuneți nimănui codul primit prin SMS.\nBanca"),
    # the customer's own code, sent to them
    ("ru", "Здравствуйте!\nМы отправили новый код в СМС на номер, оканчивающийся на 45-12. Никому его не сообщайте.\nБанк"),
    ("en", "Hello,\nWe've texted a new code to your phone ending 4471; never tell anyone the digits, not even us.\nBank"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_look_alike_passes(language: str, text: str) -> None:
    assert blocked_leaks(text, language) == []
