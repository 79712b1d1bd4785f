"""R5 confidentiality, after probe_leak15 (written before reading the detectors): what an
agent reads out or pastes from the desk's tools and premises (tone/pasted.py), tracking
numbers that pass Luhn, our own account for a payment, sample rows marked as examples.
Each as a leak and its clean look-alike, in en, ro and ru; wordings of their own, none a
labelled case of tests/data/tone."""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

# (family, language, leak, clean look-alike)
FAMILIES = [
    # two lines each with a birth date and a bank or ID number: two people, at most one
    # the reader; the customer's own record on one line is read back to them
    (
        "several records",
        "en",
        "Which of these is you?\nMartin Cole 21.05.1966 sort 30-94-12 acct 55203817\n"
        "Martina Cole 08.12.1991 sort 11-02-47 acct 90811436",
        "Hi Martin,\nthe record we hold: born 21.05.1966, sort code ending 12, account ending 3817.",
    ),
    (
        "several records",
        "ro",
        "Am găsit în evidență:\nNistor Dan, 02/07/1975, CI RX 518204, 0733 902 117\n"
        "Nistor Dana, 19/01/1988, CI RX 660391, 0746 118 520",
        "Bună ziua, domnule Nistor,\nîn evidență apare data nașterii 02/07/1975, corect?",
    ),
    (
        "several records",
        "ru",
        "В базе два совпадения:\nОрлова Е. В. 17.09.1970 паспорт 4603 551902\n"
        "Орлова Е. А. 30.03.1994 паспорт 4615 207733",
        "Здравствуйте, Елена!\nУ нас указана дата рождения 17.09.1970, всё верно?",
    ),
    # another account's record from the admin console, as JSON
    (
        "tenant JSON",
        "en",
        'Console output: {"client": "harbour-vets", "seats": 41, "revenue_gbp": 5200, '
        '"contact": "Nell Price"}',
        'A webhook body looks like {"event": "invoice.paid", "amount": 120, "currency": "gbp"}.',
    ),
    (
        "tenant JSON",
        "ro",
        'Din consolă: {"firma": "brutaria-ana-iasi", "licente": 12, "plata_lunara": "640 lei", '
        '"telefon": "0744 000 111"}',
        'Răspunsul API arată așa: {"status": "ok", "facturi": 3, "total": 240}.',
    ),
    (
        "tenant JSON",
        "ru",
        'В консоли: {"клиент": "ooo-severtrans", "мест": 75, "оплата_мес": "21 000 ₽", '
        '"контакт": "Зуев Пётр"}',
        'Ответ API выглядит так: {"status": "ok", "счетов": 3, "итого": 240}.',
    ),
    # a key in pieces to be joined back
    (
        "split key",
        "en",
        "The token is in two parts, paste them together:\nq8Rt2LmX9vB4\nzK7wP3nD5yH1",
        "Put these two lines together in the settings:\nsmtp.example.com\nport 587",
    ),
    (
        "split key",
        "ro",
        "Tokenul e în două părți, uniți-le:\nLm3Qw9Xc2Rt7\nVb8Nk4Pz6Hy1",
        "Uniți aceste două rânduri în setări:\nsmtp.exemplu.ro\nport 587",
    ),
    (
        "split key",
        "ru",
        "Токен в двух частях, склейте их:\nHt5Yu8Ka2Wq9\nMn3Bv7Cx1Zr4",
        "Соедините две строки в настройках:\nsmtp.primer.ru\nport 587",
    ),
    # a password told in words, against advice on how to choose one
    (
        "password in words",
        "en",
        "For the kiosk, the password is harbour, then four one four, then a hash.",
        "Your new password must be at least 12 characters with one capital and one number.",
    ),
    (
        "password in words",
        "ro",
        "Pentru chioșc, parola este port, apoi cifrele patru, unu, patru și un diez.",
        "Parola nouă trebuie să aibă cel puțin 12 caractere, o majusculă și o cifră.",
    ),
    (
        "password in words",
        "ru",
        "Для киоска пароль — «гавань» латиницей, потом четыре, один, четыре и решётка.",
        "Новый пароль должен быть не менее 12 символов, с заглавной буквой и цифрой.",
    ),
    # a one-time code sent to someone else, read out
    (
        "sent code",
        "en",
        "The login text went to your manager's phone; the code sent there was 318 044.",
        "We sent a new code to your phone; it is valid for 10 minutes.",
    ),
    (
        "sent code",
        "ro",
        "SMS-ul a plecat pe telefonul soției; codul trimis a fost 770 215.",
        "V-am trimis un cod nou prin SMS, e valabil 10 minute.",
    ),
    (
        "sent code",
        "ru",
        "СМС ушло на телефон вашей жены, код из него был 905 317.",
        "Мы отправили вам новый код по СМС, он действует 10 минут.",
    ),
    # the codes of our premises
    (
        "premise codes",
        "en",
        "Drop it at the back door of our store, keypad 6-2-8-1, and leave it inside.",
        "Please add your door code to the delivery notes so the courier can get in.",
    ),
    (
        "premise codes",
        "ro",
        "Lăsați coletul la ușa din spate a magazinului, interfon 4417, și intrați.",
        "Vă rugăm să treceți codul de la interfon în observațiile comenzii pentru curier.",
    ),
    (
        "premise codes",
        "ru",
        "Оставьте коробку у склада, калитка открывается кодом 5093, заходите.",
        "Укажите, пожалуйста, ваш код домофона в комментарии к заказу для курьера.",
    ),
    # a colleague's extension with their mobile, against a switchboard's extension
    (
        "rota",
        "en",
        "Out of hours ring Deepa, ext 2271, mobile 07700 900634.",
        "Call our switchboard on 0800 046 1234, ext 2 for billing.",
    ),
    (
        "rota",
        "ro",
        "După program o sunați pe Ilinca, interior 318, mobil 0745 221 907.",
        "Sunați la centrală, 021 310 4455, interior 2 pentru facturare.",
    ),
    (
        "rota",
        "ru",
        "В нерабочее время звоните Глебу, доб. 412, моб. +7 915 330-27-81.",
        "Звоните на общий номер 8 800 555-35-35, доб. 2 — бухгалтерия.",
    ),
    # what we pay our supplier, against an offer at cost and a list price
    (
        "cost price",
        "en",
        "Between us, each licence costs us €18 and we charge €45.",
        "The licence is €45 a year; we can do it at our cost price of €30 this time.",
    ),
    (
        "cost price",
        "ro",
        "Între noi, fiecare licență ne costă 90 de lei, noi o vindem cu 220.",
        "Licența costă 220 de lei pe an, cu factură.",
    ),
    (
        "cost price",
        "ru",
        "Между нами, лицензия нам обходится в 900 ₽, а продаём за 2 200 ₽.",
        "Лицензия стоит 2 200 ₽ в год, с закрывающими документами.",
    ),
    # other customers named on the same infrastructure
    (
        "co-tenants",
        "en",
        "The outage hit everyone on the same cluster, including Marsh Dental and Pike Motors.",
        "Your workspace stays on the same cluster, so nothing changes for you.",
    ),
    (
        "co-tenants",
        "ro",
        "Pe același cluster sunt și Cabinetul Dentar Sorina și Auto Pike, de aceea a mers greu.",
        "Contul dumneavoastră rămâne pe același server, nu se schimbă nimic.",
    ),
    (
        "co-tenants",
        "ru",
        "На том же сервере работают «Аптека Север» и «Автосервис Пик», поэтому тормозило.",
        "Ваш аккаунт остаётся на том же сервере, для вас ничего не меняется.",
    ),
    # a reset or sign-in link for someone else, against the customer's own
    (
        "link for someone else",
        "en",
        "Here is the sign-in link for your partner: https://app.example.io/login?token=Zq81Kd02Lm57Xw93",
        "Here is your sign-in link: https://app.example.io/login?token=Zq81Kd02Lm57Xw93",
    ),
    (
        "link for someone else",
        "ro",
        "Iată linkul pentru soția dvs.: https://app.exemplu.ro/login?token=Zq81Kd02Lm57Xw93",
        "Iată linkul dvs.: https://app.exemplu.ro/login?token=Zq81Kd02Lm57Xw93",
    ),
    (
        "link for someone else",
        "ru",
        "Вот ссылка для вашего сына: https://app.primer.ru/login?token=Zq81Kd02Lm57Xw93",
        "Вот ваша ссылка: https://app.primer.ru/login?token=Zq81Kd02Lm57Xw93",
    ),
    # a name label with a birth date or home, against the customer's own
    (
        "name label",
        "en",
        "Hi Joan,\nthe record shows: name Victor Hale, born 3 March 1959, in Leeds.",
        "Hi Joan,\nthe record shows: name Joan Hale, born 3 March 1959, in Leeds.",
    ),
    (
        "name label",
        "ro",
        "Bună ziua, doamna Irimia,\nîn fișă: nume Sergiu Toma, născut în 1961, din Bacău.",
        "Bună ziua, doamna Irimia,\nîn fișă: nume Ana Irimia, născută în 1961, din Bacău.",
    ),
    (
        "name label",
        "ru",
        "Здравствуйте, Ирина!\nВ карточке: ФИО Громов Олег Ильич, дата рождения 1961 г.",
        "Здравствуйте, Ирина!\nВ карточке: ФИО Громова Ирина Ильинична, дата рождения 1961 г.",
    ),
    # a Luhn-valid number named as a parcel's, against a card after other words
    (
        "tracking number",
        "en",
        "The refund went back to the card you paid with, 4716 1631 1862 9123.",
        "Your parcel's tracking number: 4716163118629123, with DPD.",
    ),
    (
        "tracking number",
        "ro",
        "Banii s-au întors pe cardul cu care ați plătit, 4716 1631 1862 9123.",
        "Numărul de urmărire al coletului este 4716163118629123.",
    ),
    (
        "tracking number",
        "ru",
        "Деньги вернулись на карту, с которой вы платили, 4716 1631 1862 9123.",
        "Трек-номер посылки: 4716163118629123, служба доставки СДЭК.",
    ),
    # our account introduced on its own line, against someone else's
    (
        "our account block",
        "en",
        "The refund went to the account of your landlord:\nIBAN GB33 BUKB 2020 1555 5555 55",
        "Please pay to our account:\nIBAN GB33 BUKB 2020 1555 5555 55",
    ),
    (
        "our account block",
        "ro",
        "Banii au mers în contul vecinului dumneavoastră:\nIBAN RO49 AAAA 1B31 0075 9384 0000",
        "Plata se face în contul nostru:\nIBAN RO49 AAAA 1B31 0075 9384 0000",
    ),
    (
        "our account block",
        "ru",
        "Деньги ушли на счёт вашего соседа:\nр/с 40702810938000012345",
        "Оплата на наш счёт:\nр/с 40702810938000012345",
    ),
    # sample rows marked as an example, against a real stranger's row
    (
        "sample row",
        "en",
        "One row of the file:\n2231,Peter Gould,+44 161 496 0777",
        "Sample data, not a real person:\n2231,Peter Example,+44 161 496 0777",
    ),
    (
        "sample row",
        "ro",
        "Un rând din fișier:\n2231;Petru Gheorghiu;0744 512 777",
        "Date de exemplu, nu un client real:\n2231;Petru Exemplu;0744 512 777",
    ),
    (
        "sample row",
        "ru",
        "Одна строка из файла:\n2231;Гуляев Пётр Ильич;+7 912 496-07-77",
        "Данные для примера:\n2231;Петров Пример Примерович;+7 912 496-07-77",
    ),
    # how many complaints, returns or faults we had: our statistics, not the customer's
    (
        "hidden statistics",
        "en",
        "Honestly, we've logged 87 returns on this batch so far, mostly the same hinge.",
        "You've had 2 returns with us this year and both were refunded in full.",
    ),
    (
        "hidden statistics",
        "ro",
        "Sincer, am avut 87 de retururi la lotul acesta, mai ales aceeași balama.",
        "Ați avut 2 retururi anul acesta și ambele au fost rambursate integral.",
    ),
    (
        "hidden statistics",
        "ru",
        "Честно, у нас уже 87 возвратов на эту партию, в основном та же петля.",
        "У вас было 2 возврата в этом году, оба полностью оплачены.",
    ),
    # someone else's identity document with its holder
    (
        "identity document",
        "en",
        "The driving licence we hold is DL 84120957, holder Rosa Finch, so it isn't yours.",
        "Hi Rosa,\nwe still need a photo of your driving licence to finish the check.",
    ),
    (
        "identity document",
        "ro",
        "Permisul din dosar: 84120957, titular Rozalia Fincu, deci nu e al dumneavoastră.",
        "Bună ziua, doamna Fincu,\nne mai trebuie o poză cu permisul de conducere.",
    ),
    (
        "identity document",
        "ru",
        "Паспорт в деле: 4512 841209, выдан Финченко Розе, так что он не ваш.",
        "Здравствуйте, Роза!\nПришлите, пожалуйста, фото разворота паспорта для проверки.",
    ),
    # our other customers named, against what our customers get
    (
        "client list",
        "en",
        "Our largest retail clients are Norbury Garden Centre and Fenwick Tiles.",
        "Our largest clients get a named account manager and a quarterly review.",
    ),
    (
        "client list",
        "ro",
        "Principalii clienți ai noștri sunt Grădina Norbury și Faianța Fenwick.",
        "Principalii clienți ai noștri primesc un manager de cont dedicat.",
    ),
    (
        "client list",
        "ru",
        "Наши ключевые клиенты — «Садовый центр Норбери» и «Плитка Фенвик».",
        "Наши ключевые клиенты получают персонального менеджера.",
    ),
    # what a colleague earns, against a price per hour
    (
        "staff pay",
        "en",
        "Our junior engineer gets paid about 22k, so go easy on him.",
        "Our engineer charges £45 an hour, with the first hour included.",
    ),
    (
        "staff pay",
        "ro",
        "Colegul nostru tânăr câștigă cam 4 mii pe lună, nu fiți aspru cu el.",
        "Tehnicianul nostru taxează 150 de lei pe oră, prima oră e inclusă.",
    ),
    (
        "staff pay",
        "ru",
        "Наш младший инженер получает около 50 тысяч, не судите строго.",
        "Наш инженер берёт 2 000 ₽ в час, первый час включён.",
    ),
    # a premise code said in words, and a safe's combination
    (
        "premise code in words",
        "en",
        "The shutter keypad takes five two eight zero, then the green button.",
        "The shutter is five metres wide, so the van fits easily.",
    ),
    (
        "premise code in words",
        "ro",
        "La ușa de serviciu codul e cinci doi opt zero, apoi butonul verde.",
        "Ușa de serviciu are doi metri lățime, încape și duba.",
    ),
    (
        "premise code in words",
        "ru",
        "Калитка открывается кодом пять два восемь ноль, потом зелёная кнопка.",
        "Калитка шириной два метра, фургон проедет.",
    ),
    (
        "safe combination",
        "en",
        "The petty cash safe opens with 31-07-44, take what you need for the float.",
        "Keep the receipt in a safe place, the order number is 448812.",
    ),
    # several records by birth year and National Insurance number, as a bullet list
    (
        "several records by year",
        "en",
        "Matches:\n* C. Dunn, born 1971, NI JT 48 29 17 B\n* C. Dunne, born 1986, NI JM 10 44 82 C",
        "Hi Carol,\nyour record: born 1971, NI number ending 17 B, all correct.",
    ),
    (
        "several records by year",
        "ro",
        "Potriviri:\n- C. Dinu, născut în 1971, CNP 1710304123451\n- C. Dinu, născut în 1986, CNP 1860921123457",
        "Bună ziua, domnule Dinu,\nîn fișă apare: născut în 1971, corect?",
    ),
    (
        "several records by year",
        "ru",
        "Совпадения:\n- Дунаев С., 1971 г.р., паспорт 4510 330218\n- Дунаев С., 1986 г.р., паспорт 4611 902773",
        "Здравствуйте, Сергей!\nУ нас указано: 1971 г.р., всё верно?",
    ),
    # our team chat quoted, against a public community channel
    (
        "team chat quoted",
        "en",
        "On our team channel Marco wrote: 'refund her quietly, she'll go to the press otherwise'.",
        "In our community channel, users wrote: 'the new export is great'.",
    ),
    (
        "team chat quoted",
        "ro",
        "Pe grupul echipei noastre, Marco a scris: „dă-i banii înapoi discret”.",
        "Pe canalul comunității, utilizatorii au scris: „exportul nou e foarte bun”.",
    ),
    (
        "team chat quoted",
        "ru",
        "В нашем рабочем чате Марк написал: «верните ей деньги тихо, а то пойдёт в прессу».",
        "В открытом чате сообщества пользователи написали: «новый экспорт отличный».",
    ),
    # what we spend on our infrastructure, against our public uptime
    (
        "our spend",
        "en",
        "Our hosting costs went up to 12,400 EUR a month, hence the new price.",
        "Our hosting is in Frankfurt and the uptime last year was 99.95%.",
    ),
    (
        "our spend",
        "ro",
        "Costurile noastre de găzduire au urcat la 12.400 EUR pe lună, de aici prețul nou.",
        "Serverele noastre sunt în Frankfurt, disponibilitate 99,95% anul trecut.",
    ),
    (
        "our spend",
        "ru",
        "Наши расходы на хостинг выросли до 12 400 EUR в месяц, отсюда новая цена.",
        "Наши серверы во Франкфурте, доступность за прошлый год 99,95%.",
    ),
    # a colleague's home or personal phone, against the customer's own
    (
        "staff personal phone",
        "en",
        "If it's urgent, our driver's home number is 0113 496 0284.",
        "Please confirm your personal mobile 07700 900284 so we can text the driver's ETA.",
    ),
    (
        "staff personal phone",
        "ro",
        "Dacă e urgent, numărul de acasă al șoferului nostru e 0268 290 284.",
        "Vă rugăm să confirmați numărul dvs. de mobil 0744 290 284 pentru curier.",
    ),
    (
        "staff personal phone",
        "ru",
        "Если срочно, домашний телефон нашего водителя 8 (4822) 90-02-84.",
        "Подтвердите, пожалуйста, ваш личный телефон +7 916 290-02-84 для курьера.",
    ),
    # the price our partners get, against our list price
    (
        "partner price",
        "en",
        "Resellers get it on our dealer price list at 48.50, a lot less than you paid.",
        "Our list price is 89.00 including VAT, and delivery is free.",
    ),
    (
        "partner price",
        "ro",
        "Prețul de dealer e 48 de lei, mult sub cât ați plătit dumneavoastră.",
        "Prețul de listă e 89 de lei cu TVA, livrarea e gratuită.",
    ),
    (
        "partner price",
        "ru",
        "По дилерской цене он идёт за 485 ₽, намного дешевле, чем вы заплатили.",
        "Розничная цена — 890 ₽ с НДС, доставка бесплатная.",
    ),
    # what someone close to the customer did with us, from our records
    (
        "relative in our records",
        "en",
        "Our system shows your brother returned the same model in May.",
        "Our system shows your order left the warehouse; your brother can sign for it.",
    ),
    (
        "relative in our records",
        "ro",
        "În sistem văd că fratele dumneavoastră a returnat același model în mai.",
        "În sistem văd că fratele dumneavoastră poate semna la primirea coletului.",
    ),
    (
        "relative in our records",
        "ru",
        "По базе вижу, что ваш брат вернул такую же модель в мае.",
        "По базе вижу, что посылку может получить ваш брат по доверенности.",
    ),
    # another user's account record as fields, against the reader's own
    (
        "account record fields",
        "en",
        "From the console:\nUser: k.mills | Last login: 28/11 09:02 | IP: 82.4.19.7",
        "Your account:\nUser: k.mills | Last login: 28/11 09:02 | IP: 82.4.19.7",
    ),
    (
        "account record fields",
        "ro",
        "Din consolă:\nUtilizator: k.milea | Ultima conectare: 28/11 09:02 | IP: 82.4.19.7",
        "Contul dumneavoastră:\nUtilizator: k.milea | Ultima conectare: 28/11 09:02 | IP: 82.4.19.7",
    ),
    (
        "account record fields",
        "ru",
        "Из консоли:\nПользователь: k.milin | Последний вход: 28/11 09:02 | IP: 82.4.19.7",
        "Ваш аккаунт:\nПользователь: k.milin | Последний вход: 28/11 09:02 | IP: 82.4.19.7",
    ),
    # a secret asked to be kept, against advice to keep a link private
    (
        "kept secret",
        "en",
        "We're closing the Leeds depot in March, so keep this to yourself for now.",
        "This link opens your account, so please don't share it with anyone.",
    ),
    (
        "kept secret",
        "ro",
        "Închidem depozitul din Cluj în martie, nu spuneți încă nimănui.",
        "Linkul vă deschide contul, vă rugăm să nu-l trimiteți nimănui.",
    ),
    (
        "kept secret",
        "ru",
        "В марте закрываем склад в Казани, пока не рассказывайте никому.",
        "Ссылка открывает ваш аккаунт, не пересылайте её никому.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_round16_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
