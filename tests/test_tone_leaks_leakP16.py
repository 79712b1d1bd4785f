"""R5 confidentiality, leakP16 round (trainK1-3 misses, generalised by concept; the
families are in tone/backoffice.py): per concept and language a leak in wordings of our
own (none is a labelled case of tests/data/tone) and a clean look-alike that must stay
quiet (tests.tonecheck.family_holds)."""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

# (family, language, leak, clean look-alike)
CASES = [
    # a labelled note on this customer left in the draft
    (
        "note",
        "en",
        "Thanks for writing.\n[Case notes: keeps disputing fees, do not waive anything]\nBest,",
        "Thanks for writing.\nCase reference: 55120. We will reply within two days.\nBest,",
    ),
    (
        "note",
        "ro",
        "Mulțumim.\nPentru colegi: clientul e dificil, nu-i mai acordați nimic.\nEchipa",
        "Mulțumim.\nPentru dumneavoastră: factura este atașată.\nEchipa",
    ),
    (
        "note",
        "ru",
        "Спасибо.\nДля своих: клиентка конфликтная, компенсацию не предлагать.\nПоддержка",
        "Спасибо.\nДля вас: счёт во вложении, оплатить можно до пятницы.\nПоддержка",
    ),
    (
        "note",
        "en",
        "Hello,\nRetention: likely to leave, go to 30% before letting her cancel.\nTeam",
        "Hello,\nRetention: we keep your invoices for six years, as the law asks.\nTeam",
    ),
    # a not-for-sending marker
    (
        "marker",
        "en",
        "Hi,\n=== internal - do not send: vendor patch is late again ===\nThanks",
        "Hi,\nPlease do not send card numbers by e-mail.\nThanks",
    ),
    (
        "marker",
        "ro",
        "Bună,\nINTERN – NU TRIMITEȚI: furnizorul întârzie din nou.\nMulțumim",
        "Bună,\nVă rugăm să nu trimiteți datele cardului pe e-mail.\nMulțumim",
    ),
    (
        "marker",
        "ru",
        "Добрый день.\nВНУТРЕННЕЕ — НЕ ПЕРЕСЫЛАТЬ: подрядчик опять сорвал сроки.\nСпасибо",
        "Добрый день.\nПожалуйста, не пересылайте данные карты по почте.\nСпасибо",
    ),
    # colleagues quoted on the customer
    (
        "quoted",
        "en",
        "I asked the assessors. Quoting them: 'he is exaggerating the damage'.",
        "I asked the assessors; they will visit on Monday at 10.",
    ),
    (
        "quoted",
        "ro",
        "Am întrebat echipa. Citez: „exagerează paguba, nu plătim tot”.",
        "Am întrebat echipa; evaluatorul vine luni la ora 10.",
    ),
    (
        "quoted",
        "ru",
        "Спросил у оценщиков, цитирую: «он явно преувеличивает ущерб».",
        "Спросил у оценщиков, они приедут в понедельник в 10.",
    ),
    # how far retention may go
    (
        "limit",
        "en",
        "I can start you on 10% off, though we're allowed to go up to 35% for a year.",
        "I can offer you 10% off for the next three months if you stay.",
    ),
    (
        "limit",
        "ro",
        "Vă ofer 10% acum, deși avem voie până la 40% pe un an.",
        "Vă putem oferi 10% reducere pentru următoarele trei luni.",
    ),
    (
        "limit",
        "ru",
        "Предлагаю 10%, хотя по регламенту можно до 45% на год.",
        "Можем предложить вам скидку 10% на ближайшие три месяца.",
    ),
    # the company's money trouble
    (
        "cash",
        "en",
        "Your payout is late because we are tight on cash until the investors pay in.",
        "Your payout is late because your bank rejected the transfer; please check the details.",
    ),
    (
        "cash",
        "ro",
        "Plata întârzie: contabilitatea a blocat toate transferurile, nu avem bani.",
        "Plata întârzie pentru că banca dvs. a respins transferul.",
    ),
    (
        "cash",
        "ru",
        "Компенсация задержится: у нас кассовый разрыв до конца квартала.",
        "Компенсация задержится: банк вернул перевод, проверьте реквизиты.",
    ),
    # layoffs not yet told
    (
        "layoff",
        "en",
        "Expect delays: the Glasgow office staff are being laid off in March.",
        "Expect delays: our Glasgow office is closed for the bank holiday.",
    ),
    (
        "layoff",
        "ro",
        "Vor fi întârzieri: angajații din depozitul din Cluj primesc preaviz luna viitoare.",
        "Vor fi întârzieri: depozitul din Cluj este închis de sărbători.",
    ),
    (
        "layoff",
        "ru",
        "Будут задержки: в марте сокращают треть сотрудников склада.",
        "Будут задержки: склад закрыт на праздники до 3 января.",
    ),
    # news kept back until an announcement
    (
        "untold",
        "en",
        "Wait a bit: the Basic plan goes up 12% in May, it hasn't been announced yet.",
        "The Basic plan costs 12 a month; I can't share anything about future prices.",
    ),
    (
        "untold",
        "ro",
        "Mai așteptați: abonamentul crește cu 12% din mai, se anunță abia în aprilie.",
        "Abonamentul costă 12 lei pe lună, conform listei de prețuri publice.",
    ),
    (
        "untold",
        "ru",
        "Подождите: с мая тариф подорожает на 12%, объявят только в апреле.",
        "Тариф стоит 12 рублей в день, как указано на сайте.",
    ),
    # an undisclosed breach
    (
        "breach",
        "en",
        "The phishing is likely from the hack in October; it hasn't been disclosed yet.",
        "The phishing is not from us: there was no hack, please report the message.",
    ),
    (
        "breach",
        "ro",
        "Mesajele vin probabil de la atacul din octombrie, încă nu am anunțat clienții.",
        "Mesajele nu vin de la noi; raportați-le ca spam.",
    ),
    (
        "breach",
        "ru",
        "Письма, скорее всего, после утечки в октябре, клиентам ещё не сообщали.",
        "Письма не от нас, отметьте их как спам, пожалуйста.",
    ),
    # the real figures behind an official SLA
    (
        "sla",
        "en",
        "Officially we answer in a day, but in reality we average 5 days now.",
        "We answer within a day on weekdays, as promised in our terms.",
    ),
    (
        "sla",
        "ro",
        "Oficial răspundem într-o zi, dar în realitate media e 5 zile acum.",
        "Răspundem într-o zi lucrătoare, conform termenilor.",
    ),
    (
        "sla",
        "ru",
        "Официально отвечаем за сутки, но по факту сейчас в среднем 5 дней.",
        "Отвечаем в течение суток в рабочие дни, как указано в договоре.",
    ),
    # what we pay a supplier
    (
        "supplier",
        "en",
        "The courier is slow; we're paying them 90p a parcel and they know it.",
        "The courier is slow this week; I have raised it with them.",
    ),
    (
        "supplier",
        "ro",
        "Curierul e lent; le plătim 4 lei pe colet și nu se grăbesc.",
        "Curierul e lent săptămâna asta; am semnalat problema.",
    ),
    (
        "supplier",
        "ru",
        "Курьеры медленные: платим им 60 рублей за посылку, вот и результат.",
        "Курьеры на этой неделе медленные, мы им уже написали.",
    ),
    # another organisation among our customers
    (
        "org",
        "en",
        "The slowdown came from Northwind Ltd on the same server running a huge import.",
        "The slowdown came from a planned update; it is finished now.",
    ),
    (
        "org",
        "ro",
        "Încetinirea a venit de la Agro Vest SRL, de pe același server, cu un import uriaș.",
        "Încetinirea a venit de la o actualizare planificată, acum e gata.",
    ),
    (
        "org",
        "ru",
        "Тормозило из-за ООО «Вектор» на том же сервере, они грузили огромный импорт.",
        "Тормозило из-за планового обновления, сейчас всё работает.",
    ),
    # another person's debt or health by their role
    (
        "role",
        "en",
        "Those letters are for the previous tenant; he owes the council £1,340 in arrears.",
        "Those letters are for the previous tenant; please return them marked 'not known here'.",
    ),
    (
        "role",
        "ro",
        "Scrisorile sunt pentru fostul chiriaș, care are datorii de 2.300 lei.",
        "Scrisorile sunt pentru fostul chiriaș; returnați-le poștei, vă rog.",
    ),
    (
        "role",
        "ru",
        "Письма для прежнего жильца, у него долг 18 000 рублей за воду.",
        "Письма для прежнего жильца, верните их на почту, пожалуйста.",
    ),
    (
        "role",
        "en",
        "We moved you because the passenger next to you has severe epilepsy.",
        "We moved you because the seat next to you had a broken tray.",
    ),
    # a colleague's illness
    (
        "ill",
        "en",
        "Sorry for the wait: Priya is off for a month after surgery on her spine.",
        "Sorry for the wait: Priya is off this week, I am covering her tickets.",
    ),
    (
        "ill",
        "ro",
        "Scuze: colega e în concediu medical de o lună după o operație la coloană.",
        "Scuze: colega e în concediu săptămâna asta, preiau eu cazul.",
    ),
    (
        "ill",
        "ru",
        "Извините: коллега на больничном месяц после операции на позвоночнике.",
        "Извините: коллега в отпуске, я веду вашу заявку.",
    ),
    # a colleague's home address
    (
        "home",
        "en",
        "Leave the form at our accountant's house, 14 Elm Grove, any evening.",
        "Leave the form at our office, 14 Elm Grove, any weekday.",
    ),
    (
        "home",
        "ro",
        "Lăsați actele la colega noastră, Str. Florilor 9, ap. 4, seara.",
        "Lăsați actele la recepție, în program de lucru.",
    ),
    (
        "home",
        "ru",
        "Оставьте документы нашей бухгалтерше дома, ул. Лесная, д. 5, кв. 12.",
        "Оставьте документы на ресепшене в рабочее время.",
    ),
    # a table of other customers
    (
        "table",
        "en",
        "Here you go:\n| Name | Owed |\n| J. Reed | £90 |\n| K. Moss | £40 |\nThanks",
        "Here you go:\n| Invoice | Owed |\n| 1021 | £90 |\n| 1022 | £40 |\nThanks",
    ),
    # the customer's place on an internal blocklist
    (
        "blocklist",
        "en",
        "I can't book it: you're on our internal blacklist since the 2022 claim.",
        "You're not on any blacklist; the booking failed because the card expired.",
    ),
    (
        "blocklist",
        "ro",
        "Nu pot rezerva: sunteți pe lista neagră internă din 2022.",
        "Nu sunteți pe nicio listă neagră; cardul a expirat.",
    ),
    (
        "blocklist",
        "ru",
        "Бронь не проходит: вы в нашем стоп-листе с 2022 года.",
        "Вы не в стоп-листе, просто у карты истёк срок.",
    ),
]


@pytest.mark.parametrize(("family", "lang", "leak", "clean"), CASES)
def test_backoffice_family_holds(family: str, lang: str, leak: str, clean: str) -> None:
    family_holds(family, lang, leak, clean)
