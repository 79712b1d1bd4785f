"""R5 confidentiality, the leak20 round (issue 8). R5: "Keep your mouth shut. Turnover,
number of customers, hidden statistics, confidential data never leave." Families named by
their concept, each as a leak and its clean look-alike in en, ro and ru, in wordings of
their own (none is a labelled case of tests/data/tone):

- tone/loopholes.py: how to get around our own checks — a threshold to stay under or a
  sum to split, a check we do not make, a link edited to reach others' records;
- tone/bulkrecords.py: many people's records handed over in one file, list or link;
- tone/accesscodes.py: a code named as someone else's after it, often in the next sentence,
  and a code named as everyone's after its digits (a master or general code);
- tone/remarks.py: what our colleagues or records say of the customer, told to them;
- tone/offrecord.py: the real story beside the official line, a fact not admitted, a
  takeover under way; tone/exposures.py: news not sent out yet;
- tone/inquiries.py: an inquiry under way (compliance, police, a prosecutor) told;
- tone/guarding.py: a guard of ours that is off, and when cash is collected;
- tone/described.py: the answer to a security question read out, the customer's own too;
- tone/complainants.py: who is behind a call, message or complaint the customer asks about;
- tone/othersdata.py: a relative's or another patient's health told to the customer, and
  the other party's record (claims, convictions, discipline).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks, family_holds

# (family, language, leak, clean look-alike)
FAMILIES = [
    # a threshold to stay under, a sum to split: against instalments offered at checkout and
    # advice not to split a payment to dodge the checks
    (
        "loophole: threshold",
        "en",
        "Our fraud filter only looks at single payments, so send it as two payments of £900 and it won't be flagged.",
        "You can split the payment into three monthly instalments at checkout, and it goes through as one order.",
    ),
    (
        "loophole: threshold",
        "en",
        "Claims below £50 aren't checked by anyone, so file each broken plate as its own claim.",
        "Please don't split the transfer into smaller payments to avoid the fraud checks: that gets an account blocked.",
    ),
    (
        "loophole: threshold",
        "ro",
        "Ca să nu vă mai oprească antifrauda, trimiteți suma în două transferuri separate de câte 4.000 de lei.",
        "Puteți împărți plata în trei rate fără dobândă direct din coșul de cumpărături.",
    ),
    (
        "loophole: threshold",
        "ru",
        "Лимит проверки у нас 100 тысяч, поэтому переводите частями по 95 — тогда никаких вопросов от службы безопасности.",
        "Оплатить можно частями: рассрочка на 6 месяцев без переплаты оформляется прямо в корзине.",
    ),
    # a check we do not make, with what it lets one do: against reassurance, the reader's
    # own check and a request to check
    (
        "loophole: no check",
        "en",
        "Honestly the age gate is only checked in the browser, so anyone can untick it and buy.",
        "We never check the contents of your files, so you can store anything there safely.",
    ),
    (
        "loophole: no check",
        "en",
        "At the returns desk nobody really checks the receipt date, just bring it back whenever.",
        "You don't need to verify your email again; just sign in as usual.",
    ),
    (
        "loophole: no check",
        "ro",
        "Casa de marcat nu verifică dacă bonul a mai fost folosit, așa că puteți returna de două ori același produs.",
        "Dacă nu verificați e-mailul în 24 de ore, linkul expiră; puteți cere oricând altul.",
    ),
    (
        "loophole: no check",
        "ru",
        "На кассе никто не сверяет фамилию на карте, так что можно платить любой найденной картой.",
        "Если вы не проверите почту в течение суток, ссылка перестанет работать — можно запросить новую.",
    ),
    # a link edited to reach others' records or skip a check: against the customer's own
    # other records and a language switch
    (
        "loophole: link edit",
        "en",
        "Funny thing: if you swap the last digits in the receipt URL you get anybody's receipt, address and all.",
        "If the page shows English, change /en/ to /ro/ in the link and it will open in Romanian.",
    ),
    (
        "loophole: link edit",
        "ro",
        "Dacă modificați cifrele de la final în adresa paginii de comandă, apar comenzile altor clienți cu tot cu telefon.",
        "Pentru celelalte facturi ale dumneavoastră, schimbați numărul din link cu numărul facturii dorite.",
    ),
    (
        "loophole: link edit",
        "ru",
        "Если подставить в адрес страницы чужой номер договора, откроется и чужой договор — баг известный.",
        "Чтобы открыть другие ваши счета, поменяйте номер в ссылке на нужный.",
    ),
    # many people's records in one file: against a notice to all customers, the customer's
    # own staff, a refusal
    (
        "bulk records",
        "en",
        "Sorry for the mix-up, the CSV I sent includes every other subscriber on your street, with their phone numbers and addresses.",
        "We've emailed all customers affected by the outage; I've attached the incident report with the timeline.",
    ),
    (
        "bulk records",
        "ro",
        "V-am atașat tabelul cu toți pacienții clinicii din martie: nume, telefon și diagnostic, căutați-vă după CNP.",
        "Vă rugăm să ne trimiteți lista tuturor angajaților dvs. care au nevoie de acces (nume și e-mail).",
    ),
    (
        "bulk records",
        "ru",
        "Пересылаю вам реестр всех заёмщиков отделения — там ФИО, паспорта и суммы долга, найдите себя.",
        "Мы не можем прислать список других клиентов, но во вложении выписка с вашими платежами и адресом.",
    ),
    # a code named as someone else's after it: against the customer's own code
    (
        "someone else's code",
        "en",
        "Here's the sign-in code: 551 207. Sorry, that one was generated for another customer on the same line; yours will follow by text.",
        "Your sign-in code is 551 207; it was sent to the number registered to your account.",
    ),
    (
        "someone else's code",
        "ro",
        "Codul de ridicare de la locker este 604 318; coletul e pe numele vecinului, dar îl puteți lua dumneavoastră.",
        "Codul de ridicare de la locker este 604 318; coletul e pe numele dumneavoastră și vă așteaptă până vineri.",
    ),
    (
        "someone else's code",
        "ru",
        "Код подтверждения 390 551 — ой, это код Ирины Власовой, ваш придёт следующим сообщением.",
        "Код подтверждения 390 551 отправлен на ваш номер; никому его не сообщайте.",
    ),
    # what our colleagues or records say of the customer: against a note of their own
    # wishes and a payment flagged to protect them
    (
        "remarks",
        "en",
        "Between us, the claims handler wrote that you're probably lying about the receipt, so it's gone to a senior.",
        "In your file I've noted that you prefer calls in the afternoon.",
    ),
    (
        "remarks",
        "en",
        "I can see why it's slow: on your profile someone's put 'time-waster, low priority'.",
        "Our system flagged the payment as possibly fraudulent, so we blocked it to protect you.",
    ),
    (
        "remarks",
        "ro",
        "Colegul de la recuperări a notat în fișa dvs. că sunteți rău-platnic, de aceea nu primiți amânare.",
        "În dosar am notat că preferați să fiți sunat după-amiaza.",
    ),
    (
        "remarks",
        "ru",
        "В вашей анкете менеджер отметил: «неадекватный, общаться только письменно».",
        "В карточке я отметила, что вы просили не звонить по выходным.",
    ),
    # the real story beside the official line: against the official reason given alone
    (
        "official line",
        "en",
        "The real cause was a botched database migration on our side; officially we're blaming the payment provider.",
        "The official reason for the delay is the storm; details are on our status page.",
    ),
    (
        "official line",
        "ro",
        "Sincer, serverul a căzut pentru că n-am plătit licența la timp. Oficial spunem că a fost un atac informatic.",
        "Motivul oficial al întârzierii este furtuna; detaliile sunt pe pagina noastră de status.",
    ),
    (
        "official line",
        "ru",
        "Официально пишем, что были плановые работы, а на самом деле у нас сгорел сервер.",
        "Официальная причина задержки — снегопад, подробности на странице статуса.",
    ),
    # a fact not admitted: against liability not admitted with a goodwill payment
    (
        "not admitted",
        "en",
        "Your data was in last week's leak, but officially we're not admitting it yet.",
        "We're paying £50 as a goodwill gesture, though we're not admitting liability for the courier's delay.",
    ),
    (
        "not admitted",
        "ro",
        "Da, baza de date a fost furată, dar oficial nu recunoaștem încă.",
        "Vă oferim 100 de lei ca gest de bunăvoință, dar oficial nu recunoaștem vina curierului.",
    ),
    (
        "not admitted",
        "ru",
        "Утечка действительно была, но публично мы пока не признаём.",
        "Компенсацию выплатим, хотя официально не признаём вину перевозчика.",
    ),
    # a takeover under way: against one in the past, and "у нас покупают" (buy from us)
    (
        "takeover",
        "en",
        "No point moving to a rival: we're about to be acquired by Telnet, so prices will match anyway.",
        "We were bought by Telnet in 2021, which is why your bill shows their logo.",
    ),
    (
        "takeover",
        "ro",
        "Nu vă mai mutați, vom fi preluați de un grup german din toamnă.",
        "Am fost preluați de un grup german în 2021, de aceea factura are alt logo.",
    ),
    (
        "takeover",
        "ru",
        "Не переходите к конкурентам: нас осенью поглотит «Телесеть», тарифы всё равно выровняют.",
        "У нас покупают тарифы тысячи семей, и мы рады, что вы с нами.",
    ),
    # news not sent out yet: against news already announced
    (
        "not sent out",
        "en",
        "Lock in your price now: the comms haven't gone out yet, but every plan goes up 12% in May.",
        "The announcement went out last week; the new prices are on our website.",
    ),
    (
        "not sent out",
        "ro",
        "Nu semnați acum: din martie cresc tarifele cu 15%, dar nu s-a comunicat încă nimic clienților.",
        "Noile tarife au fost comunicate tuturor clienților pe 1 martie și sunt pe site.",
    ),
    (
        "not sent out",
        "ru",
        "Не продлевайте сейчас: с апреля тарифы вырастут на 20%, клиентам пока не сообщали.",
        "О повышении тарифов мы сообщили клиентам ещё в марте, письмо у вас в почте.",
    ),
    # an inquiry under way: against advice to report to the police
    (
        "inquiry",
        "en",
        "Just so you know, the fraud case is with the police and they've asked us for your statements from March.",
        "If you think it's fraud, please report it to the police and send us the crime reference.",
    ),
    (
        "inquiry",
        "ro",
        "Între noi fie vorba, DIICOT a solicitat istoricul tranzacțiilor firmei dvs. luna trecută.",
        "Dacă ați fost victima unei fraude, vă rugăm să depuneți plângere la poliție.",
    ),
    (
        "inquiry",
        "ru",
        "По вам сейчас идёт проверка: прокуратура запросила все ваши выписки за год.",
        "Если вы столкнулись с мошенничеством, обратитесь в полицию и пришлите нам номер заявления.",
    ),
    # a guard of ours that is off: against the customer's own alarm switched off
    (
        "guard off",
        "en",
        "Honestly, the security cameras at the depot have been off since the storm, so nobody saw who took it.",
        "Please turn off your alarm before the engineer arrives on Tuesday.",
    ),
    (
        "guard off",
        "ro",
        "Alarma depozitului e dezactivată de o lună, de aceea nu avem nicio înregistrare a spargerii.",
        "Vă rugăm să dezactivați alarma dumneavoastră înainte să vină tehnicianul.",
    ),
    (
        "guard off",
        "ru",
        "Сигнализацию в офисе отключили ещё в мае, а охранника больше нет, поэтому никто ничего не заметил.",
        "Пожалуйста, отключите вашу сигнализацию перед приходом мастера.",
    ),
    # when cash is collected: against the cash firm named with no time
    (
        "cash run",
        "en",
        "The armoured van collects from the tills on Fridays at 4pm, so come in after that.",
        "Cash machines are filled by our partner Loomis; if one is empty, try the one inside the branch.",
    ),
    (
        "cash run",
        "ro",
        "Transportul de valori vine vinerea la 18:00, după aceea casa e goală.",
        "Bancomatele sunt alimentate de o firmă de transport valori autorizată de BNR.",
    ),
    (
        "cash run",
        "ru",
        "Инкассаторы приезжают по понедельникам около 9 утра, после них в кассе пусто.",
        "Банкоматы обслуживает лицензированная служба инкассации, это безопасно.",
    ),
    # a code named as everyone's after its digits: against the customer's own code that
    # works at every locker
    (
        "shared code",
        "en",
        "If the app won't unlock the locker, key in 5521 — it's the staff code for every locker on the site.",
        "Your collection code 5521 works at all our lockers until Friday.",
    ),
    (
        "shared code",
        "ro",
        "Dacă nu merge cardul, tastați 3390 la ușa din spate, e codul general pentru toate magazinele.",
        "Codul dumneavoastră de ridicare este 3390 și e valabil la toate lockerele noastre.",
    ),
    (
        "shared code",
        "ru",
        "Нажмите на панели 7 7 1 2 — это служебный код для всех дверей склада.",
        "Ваш код получения 7712 действует во всех наших постаматах до пятницы.",
    ),
    # the answer to a security question read out, the customer's own too: against asking
    # for it
    (
        "security answer",
        "en",
        "No problem if it slipped your mind: your memorable word is 'Lighthouse', just say it on the call.",
        "On the call we'll ask for your memorable word, so please have it ready.",
    ),
    (
        "security answer",
        "ro",
        "Dacă ați uitat, cuvântul secret din cont este „Castanul”, spuneți-l operatorului.",
        "La telefon vă vom cere cuvântul secret, vă rugăm să îl aveți la îndemână.",
    ),
    (
        "security answer",
        "ru",
        "Если забыли, ваше кодовое слово — «Каштан», просто назовите его оператору.",
        "По телефону мы спросим ваше кодовое слово, держите его под рукой.",
    ),
    # who is behind a call, message or complaint: against a number not ours, a complainant
    # not named, our own line
    (
        "complainant",
        "en",
        "I checked the account that has been messaging you: it's registered to a Dean Moss in Croydon.",
        "The number that keeps calling you is not one of ours, so please block it.",
    ),
    (
        "complainant",
        "ro",
        "Reclamația despre câinele dvs. a fost făcută de doamna Ionescu de la etajul 3.",
        "Un vecin a depus o reclamație, dar nu putem spune cine.",
    ),
    (
        "complainant",
        "ru",
        "Номер, с которого вам пишут, зарегистрирован на Ольгу Сомову из соседнего подъезда.",
        "Номер, который вам звонит, — это наша курьерская служба, не волнуйтесь.",
    ),
    # a relative's or another patient's health: against results said to be ready with no
    # finding, and a condition
    (
        "someone's health",
        "en",
        "Your husband's scan is back and it shows a small hernia; the surgeon will call him.",
        "Your husband's results are ready; he can read them in his patient portal.",
    ),
    (
        "someone's health",
        "ro",
        "Bunica dumneavoastră are diabet de tip 2, medicul i-a schimbat tratamentul ieri.",
        "Dacă bunica dumneavoastră are diabet, poate cere un control gratuit la noi.",
    ),
    (
        "someone's health",
        "ru",
        "Анализы вашей дочери готовы: гепатит подтвердился, врач ждёт её в пятницу.",
        "Анализы вашей дочери готовы, она может посмотреть их в личном кабинете.",
    ),
    # the other party's record: against what that person should do
    (
        "other party's record",
        "en",
        "Between us, the other driver already has a driving record with two bans, so you'll win this.",
        "The other driver should give you his insurance details; if he refuses, call the police.",
    ),
    (
        "other party's record",
        "ro",
        "Șoferul care v-a tamponat are deja cazier pentru condus fără permis, deci câștigați sigur.",
        "Șoferul care v-a tamponat trebuie să vă dea datele asigurării sale.",
    ),
    (
        "other party's record",
        "ru",
        "Водитель, который в вас въехал, уже был лишен прав в прошлом году, так что шансы у вас хорошие.",
        "Водитель, который в вас въехал, должен передать вам данные своего полиса.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)


def test_every_family_in_three_languages() -> None:
    """Each family is tested in en, ro and ru."""
    languages: dict[str, set[str]] = {}
    for family, language, _, _ in FAMILIES:
        languages.setdefault(family, set()).add(language)
    assert all(langs == {"en", "ro", "ru"} for langs in languages.values()), languages


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a limit said with no way round it, a phishing warning, a rude draft's "someone
        # doesn't check", advice to check
        ("en", "Payments over £10,000 are always checked by our fraud team for your safety."),
        (
            "en",
            "We never verify your identity by email, so anyone asking for your password is a scammer.",
        ),
        ("en", "We can't make exceptions every time someone doesn't check the dates."),
        (
            "ro",
            "Plățile de peste 10.000 de lei sunt verificate de echipa antifraudă, pentru siguranța dvs.",
        ),
        (
            "ru",
            "Пожалуйста, проверьте адрес доставки: в ссылке из письма можно поменять только дату.",
        ),
        # a denial, a judgement of no person, the reader's own message ("спасибо, что
        # написали … затянулось")
        ("en", "We never write remarks like 'difficult customer' in anyone's file."),
        ("en", "Our aggressive pricing this month is already in the system."),
        ("ru", "Спасибо, что написали, и простите, что ожидание затянулось."),
        # what the law allows in general, a rule of compliance, a check that cleared
        ("en", "The police can only request records from us with a court order."),
        ("en", "Compliance requires us to ask for your ID before we raise the limit."),
        ("en", "Our security team checked the payment and it's fine."),
        # a guard that works
        (
            "en",
            "The cameras in the car park were recording, and we've passed the footage to the police.",
        ),
        # a service named by a condition for a relative, not a finding
        ("en", "You can also book your mum a cholesterol test at the same visit."),
        ("ro", "Pentru mama dumneavoastră putem programa un control de colesterol joi."),
        ("ru", "Вы можете записать мужа на обследование диабета онлайн."),
        # places, not people; the customer's own orders
        ("en", "Here's the list of all our branches with their phone numbers and opening hours."),
        (
            "ro",
            "V-am atașat lista tuturor comenzilor dumneavoastră din 2024, cu adresele de livrare.",
        ),
    ],
)
def test_stays_clean(language: str, text: str) -> None:
    assert not blocked_leaks(text, language)
