"""The twenty-third session's rounds, seen on trainP6 and trainK21 (development splits)
and fixed by mechanism; wordings written for this test, none a labelled case (R1, R5, R6):

- pol31, polite drafts no longer warned about: the customer's fault denied ("not something
  you caused", „nu că … din cauza ta", «а не что … по твоей вине», «вы ничего не
  сломали»); "No," before a reassurance that they missed or broke nothing; "I can't blame
  you" (their anger found fair); the customer's weariness guessed ("You must be fed up",
  «Вы, наверное, устали объяснять»); our carelessness owned («Мы были невнимательны»);
  "Ugh, that's the worst timing" before an apology; "I'm not going to argue with how this
  felt"; «Больше никому не сообщайте код» (a protective warning); «уже на складе» (good
  news, no reminder); "you were charged twice" (our billing error, no weakness);
- pol31b (blind44, after its judged run): "Please don't blame yourself"; the fault placed on
  our side („Problema nu este la … dumneavoastră, ci la …", «Проблема не в вашем …, а в
  …»); the customer's words quoted a clause after «Вы пишете, что …»; «если … снова
  зависнет» (a thing failing again); «технически сложный товар» (the law's term); „Dacă nu
  vă convine …, vă returnăm banii" (an offer);
- pol31, rude drafts now found: the customer told not to come back ("Don't order from us
  again", „Nu mai comandați de la noi", «Больше у нас не заказывайте»), insults the packs
  lacked ("nitwit", „descreierat", «безмозглый»), an absurd favour offered ("Sure, we'll
  just rebuild the whole app for you. Anything else?");
- leak31, leaks now blocked: a confirmation code read out with its value, even "generated
  for the payment"; a booking found under another traveller's name with its code or seat;
  what a regulator's audit found about our storage ("stored unencrypted"); where a spouse's
  ride ended and when; returns nobody opens or weighs, refunded automatically once scanned; our lawyers'
  plan to deny claims first and settle only at court; news marked as not out yet
  ("marketing hasn't said anything yet", „angajații au aflat ieri, dar nu e public"); the
  balance of someone close named after their account ("the account your brother holds with
  us shows £…", "his account now shows"); "the code we texted to …" with its value;
- leak31f (heldK19, after its judged run): papers we never check ("we never call the
  employer", «справку мы не проверяем»), a gap that reaches other users' accounts without a
  token, a score's internal cut-off, an incident "not reported yet"; where our courier or
  technician lives said with „stă pe / lângă …" (ten writers had the concept);
- leak31, look-alikes no longer blocked: a loopback address not said to be ours (the
  customer's own machine), a vendor's published sample key framed as the docs' example, the
  admin account the customer created at setup, a test card from the documentation a long
  clause after "test mode".
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, assert_rude, family_holds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("That crash is on our side and not something you caused. A fix goes out on Monday.", "en"),
        (
            "Serverul a căzut la noi, nu că fișierul s-a pierdut din cauza ta. Îl găsești în cont.",
            "ro",
        ),
        ("Сбой был у нас, а не что платёж сорвался по твоей вине. Попробуй ещё раз завтра.", "ru"),
        ("Нет, вы ничего не сломали: обновление просто сбросило настройки. Я вернула их.", "ru"),
        ("No, you haven't missed the renewal date; the reminder went out early by mistake.", "en"),
        ("Nu, nu ați ratat plata: notificarea a plecat din greșeală. Contul e în regulă.", "ro"),
        (
            "Нет, вы не пропустили оплату: напоминание ушло по ошибке. Со счётом всё в порядке.",
            "ru",
        ),
        (
            "Four failed deliveries in a row, so I really can't blame you for being cross. I've booked a named-day slot for Friday.",
            "en",
        ),
        (
            "You must be tired of explaining this again. I've read the full history, and the engineer comes on Tuesday.",
            "en",
        ),
        (
            "Вы, наверное, уже устали повторять одно и то же. Я прочитала всю переписку, мастер будет во вторник.",
            "ru",
        ),
        (
            "Мы были невнимательны и перепутали адрес. Посылку отправили заново, она уже в пути.",
            "ru",
        ),
        (
            "Ugh, that's such bad timing. I'm sorry the app locked you out at the airport; it's unlocked now.",
            "en",
        ),
        (
            "I won't pretend this was fine, and I'm not going to argue with how it felt for you. The refund is on its way.",
            "en",
        ),
        (
            "Если вам звонят «из банка», больше никому не сообщайте код из SMS. Карту мы заблокировали.",
            "ru",
        ),
        ("Ваш новый роутер уже на складе и уедет к вам завтра утром.", "ru"),
        # pol31b (blind44, after its judged run)
        ("Please don't blame yourself for the late payment; our reminder never went out.", "en"),
        (
            "Problema nu este la routerul dumneavoastră, ci la echipamentul din bloc. Tehnicianul vine joi.",
            "ro",
        ),
        (
            "Проблема не в вашем роутере, а в оборудовании в подъезде. Мастер придёт в четверг.",
            "ru",
        ),
        (
            "Вы пишете, что устали ждать и что вас «в пятый раз футболят». Понимаю. Мастер будет завтра в 10:00.",
            "ru",
        ),
        ("Если программа снова зависнет, пришлите, пожалуйста, файл журнала.", "ru"),
        (
            "Ноутбук — технически сложный товар, поэтому вернуть его без дефекта нельзя, но мы можем проверить экран бесплатно.",
            "ru",
        ),
        (
            "Dacă nu vă convine noua dată, vă returnăm integral banii în cinci zile lucrătoare.",
            "ro",
        ),
        (
            "I can see you were charged twice this month. The second charge has been reversed today.",
            "en",
        ),
    ],
)
def test_polite_stays_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Fine, refunded. Never shop with us again.", "en"),
        ("Bine, banii sunt returnați. Nu mai cumpărați nimic de la noi.", "ro"),
        ("Деньги вернули. Больше к нам не обращайтесь.", "ru"),
        ("Only a dimwit would type the code into that site.", "en"),
        ("Of course, we'll just move the whole airport for you. Anything else?", "en"),
        ("Desigur, mutăm tot depozitul special ca să vă ajungă coletul azi.", "ro"),
        ("Ну конечно, перенесём весь склад специально для вас. Что-нибудь ещё?", "ru"),
        ("Doar un descreierat ar da parola la telefon.", "ro"),
        ("Надо быть совсем безмозглым, чтобы так сделать.", "ru"),
    ],
)
def test_rude_is_found(text: str, language: str) -> None:
    assert_rude(text, language)


FAMILIES = [
    (
        "one-time code read out",
        "en",
        "The SMS didn't reach you, so here it is: the verification code for the transfer is 403 118.",
        "The SMS didn't reach you, so I've asked the system to send a new verification code to your phone.",
    ),
    (
        "one-time code read out",
        "ro",
        "SMS-ul nu a ajuns, deci vi-l spun eu: codul de confirmare pentru transfer este 403118.",
        "SMS-ul nu a ajuns, așa că am cerut sistemului să vă retrimită codul de confirmare pe telefon.",
    ),
    (
        "one-time code read out",
        "ru",
        "СМС не дошло, поэтому диктую: код подтверждения для перевода — 403118.",
        "СМС не дошло, поэтому я запросила повторную отправку кода подтверждения на ваш телефон.",
    ),
    (
        "booking under another name",
        "en",
        "There is a booking on that date, but it's under Priya Nandakumar, ref K7PZ2Q, seat 14C.",
        "There is a booking on that date under your name, ref K7PZ2Q, seat 14C.",
    ),
    (
        "booking under another name",
        "ro",
        "Există o rezervare pe data aceea, dar e pe numele Ioana Mureșan, cod T4X9LM, locul 31.",
        "Există o rezervare pe data aceea pe numele dumneavoastră, cod T4X9LM, locul 31.",
    ),
    (
        "booking under another name",
        "ru",
        "Бронь на эту дату есть, но она на Марину Олеговну Кравец: рейс 2241, место 12.",
        "Бронь на эту дату есть, она на ваше имя: рейс 2241, место 12.",
    ),
    (
        "what an audit found about our storage",
        "en",
        "The regulator's audit found that passport scans were kept unencrypted on a shared drive.",
        "The regulator's audit found nothing wrong, and your documents are stored encrypted.",
    ),
    (
        "what an audit found about our storage",
        "ru",
        "Ревизия нашла, что анкеты клиентов лежали на сервере в открытом виде.",
        "Ревизия ничего не нашла, ваши анкеты хранятся в зашифрованном виде.",
    ),
    (
        "where a spouse's ride ended",
        "ro",
        "Din istoricul curselor, soțul dumneavoastră a fost lăsat aseară la 23:10 la Hotel Continental.",
        "Din istoricul curselor, ați fost lăsat aseară la 23:10 la Hotel Continental.",
    ),
    (
        "where a spouse's ride ended",
        "ru",
        "По истории поездок ваш муж вчера в 23:10 доехал до гостиницы «Заря».",
        "По истории поездок вы вчера в 23:10 доехали до гостиницы «Заря».",
    ),
    (
        "what an audit found about our storage",
        "ro",
        "Controlul ASF a găsit că păstrăm contractele clienților pe un disc nesecurizat.",
        "Controlul ASF nu a găsit nicio problemă, contractele sunt păstrate în siguranță.",
    ),
    (
        "returns nobody opens",
        "en",
        "Between us, returns under £30 never get opened at the depot; they're auto-refunded once scanned.",
        "Returns are opened and checked at the depot, and the refund then goes out automatically.",
    ),
    (
        "returns nobody opens",
        "ro",
        "Retururile sub 100 de lei nu se verifică în depozit, banii se dau automat la scanare.",
        "Retururile se verifică în depozit, apoi banii se dau automat în două zile.",
    ),
    (
        "returns nobody opens",
        "ru",
        "Возвраты до 1500 ₽ на складе не проверяют, деньги уходят автоматически после сканирования.",
        "Возвраты на складе проверяют, после этого деньги уходят автоматически.",
    ),
    (
        "our lawyers' plan for claims",
        "en",
        "Off the record, our lawyers settle only once a claim is filed at the small claims court.",
        "Our lawyers will look at your claim this week; you can also take it to the small claims court.",
    ),
    (
        "our lawyers' plan for claims",
        "ru",
        "Между нами: юристы сначала отказывают всем, а платят, только когда дело доходит до суда.",
        "Юристы рассмотрят вашу претензию за десять дней, а если не согласитесь, можно обратиться в суд.",
    ),
    (
        "news marked as not out yet",
        "en",
        "The new tariff starts on 1 March at £12; marketing still hasn't announced it, so keep it quiet.",
        "The new tariff starts on 1 March at £12; it is on our pricing page since this morning.",
    ),
    (
        "news marked as not out yet",
        "ro",
        "Sediul din Brașov se mută în aprilie, angajații au aflat ieri, dar nu e public.",
        "Sediul din Brașov se mută în aprilie, anunțul e pe site de ieri.",
    ),
    (
        "one-time code read out",
        "en",
        "The code we texted to your partner's phone is 551 204, so you can log in without him.",
        "The code we texted to your partner's phone is valid for ten minutes; ask him to read it to you.",
    ),
    (
        "someone close to the customer's balance",
        "en",
        "For what it's worth, the savings account your sister keeps with us shows £8,210.55.",
        "For what it's worth, your savings account with us shows £8,210.55.",
    ),
    (
        "papers we never check",
        "en",
        "Honestly we never call the employer to check those payslips, we just file them.",
        "We always call the employer to check payslips, so please add their phone number.",
    ),
    (
        "papers we never check",
        "ru",
        "Выписку можно любую: мы её не проверяем, просто прикладываем к делу.",
        "Выписку мы проверяем в течение двух дней и сообщим результат.",
    ),
    (
        "a gap that reaches others",
        "en",
        "For now the app lets you open another user's invoices without the email code.",
        "For now the app lets you open your own invoices without the email code on a trusted device.",
    ),
    (
        "a score's cut-off",
        "en",
        "You were declined because the internal threshold is 650 and you scored 640.",
        "You were declined; you can ask for a manual review by replying to this e-mail.",
    ),
    (
        "an incident we have not reported",
        "ro",
        "Am avut o scurgere de date în martie, dar nu am raportat-o încă nimănui.",
        "Am avut o scurgere de date în martie, am raportat-o la ANSPDCP și v-am scris atunci.",
    ),
    (
        "the customer's own admin account",
        "ru",
        "Зайдите под учёткой нашего администратора, пароль пришлю отдельно.",
        "Зайдите под учётной записью администратора, которую вы создали при установке.",
    ),
    (
        "a documented test card",
        "ru",
        "Вот карта клиента из вчерашнего заказа: 5555 5555 5555 4477, срок 12/27.",
        "В тестовом режиме берите карту из нашей документации 5555 5555 5555 4477, срок любой.",
    ),
    (
        "where our courier lives (stă pe …)",
        "ro",
        "Curierul nostru, Sorin, stă chiar lângă dumneavoastră, pe strada Morilor nr. 14.",
        "Curierul nostru, Sorin, stă pe loc până semnați, apoi pleacă spre strada Morilor nr. 14.",
    ),
    (
        "loopback not said to be ours",
        "en",
        "Our staging admin runs at http://127.0.0.1:9000 on the ops host, use that.",
        "When the installer finishes, open http://127.0.0.1:9000 in a browser on that computer.",
    ),
    (
        "a vendor's sample key framed as the docs' example",
        "en",
        "Use our key for now: sk_test_4eC39HqLyjWDarjtT1zdp7dc.",
        "The docs example shows sk_test_4eC39HqLyjWDarjtT1zdp7dc; it is a public sample, so create your own key.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_round31_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
