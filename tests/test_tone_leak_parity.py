"""R5 confidentiality, leak parity across en, ro and ru (the lpar16 round): a leak caught
in two languages and missed in the third is a concept the third language's detectors
lack. tests/data/tone/parity_leak16-*.jsonl holds translations of labelled leaks into the
other two languages (written before reading the detectors; first run in its commit);
each family here closes one such gap, in wordings of its own (none a labelled case),
with a clean look-alike that must stay clean."""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

# (family, language, leak, clean look-alike)
FAMILIES = [
    # a note about the customer pasted in with its words, introduced by where it comes
    # from (the CRM, the customer's card, a colleague's desk) rather than by "internal
    # note": blind23's ae065 was caught in en and ro, missed in ru
    (
        "pasted note",
        "en",
        "Hi Joe,\nhere's what the client file says, pasted from our CRM: 'Late payer, "
        "no goodwill credits without Sara's OK.'\nBest, Ann",
        "Hi Joe,\nhere's what the error on your screen says: 'Late payment fee applied.'\n"
        "Best, Ann",
    ),
    (
        "pasted note",
        "en",
        'These are the notes our billing team left on the account: "threatens chargebacks, '
        'refund only if she escalates".',
        'These are the steps our billing team suggests: "open Settings, then Billing".',
    ),
    (
        "pasted note",
        "ro",
        "Vă transcriu observația colegilor din departamentul financiar: „Clientul plătește "
        "mereu cu întârziere, fără reduceri.”",
        "Vă transcriu pașii recomandați de colegii din departamentul financiar: „Deschideți "
        "Setări, apoi Facturare.”",
    ),
    (
        "pasted note",
        "ro",
        "Iată ce s-a notat în istoricul contului: „Client dificil, nu aprobați rambursări.”",
        "Iată ce s-a notat pe avizul de livrare: „Lăsat la recepție.”",
    ),
    (
        "pasted note",
        "ru",
        "Привожу пометку коллег из отдела удержания дословно: «Клиент жалуется постоянно, "
        "бонусы не начислять».",
        "Привожу инструкцию из справки дословно: «Откройте Настройки, затем Оплата».",
    ),
    (
        "pasted note",
        "ru",
        "Из карточки абонента: «Должник, скандалит, общаться только письменно».",
        "Из карточки тарифа: «Безлимит, 500 минут, 30 ГБ».",
    ),
    # a comment-marked line for the team at a line's start: "// team only:", "// int.:",
    # "// doar pentru noi:" (ru had "// для своих:", "// внутр.:")
    (
        "comment-marked note",
        "en",
        "Refund sent.\n// team only: serial complainer, cap goodwill at £10\nMike",
        "Refund sent.\n// the refund takes 3-5 working days\nMike",
    ),
    (
        "comment-marked note",
        "en",
        "Replacement dispatched.\n# int. - flagged for abuse, no more replacements\nMike",
        "Replacement dispatched.\n# interval between checks: 5 minutes\nMike",
    ),
    (
        "comment-marked note",
        "ro",
        "Am trimis coletul.\n// doar pentru noi — client rău-platnic, fără vouchere\nMihai",
        "Am trimis coletul.\n// pentru noi e important feedbackul dumneavoastră\nMihai",
    ),
    # a neighbour named by first name and surname opening a sentence, with their flat:
    # en and ro say "Mr Daniel Voss at flat 3B", "Domnul … de la ap. 3B"; Russian writes no
    # title (blind24 af068); a street named after someone stays a street
    (
        "untitled Russian name",
        "ru",
        "Жалобу на шум проверили. Степан Мухин из кв. 51 делает ремонт, с ним уже говорили.",
        "Жалобу на шум проверили. Улица Мухина, д. 51 — там сейчас ремонт дороги.",
    ),
    (
        "untitled Russian name",
        "ru",
        "Счётчик соседа опломбирован. Белова Ирина из 14-й квартиры передаёт показания сама.",
        "Счётчик опломбирован. Курьер Белов привезёт документы, кв. 14 указана верно.",
    ),
    # the name said to the reader opens the sentence too: "Ольга Сорокина, ваш заказ …",
    # "Иван Петрович, заказ …"; "…, ваша соседка из кв. 5" is someone close to them
    (
        "untitled Russian name",
        "ru",
        "Проверили. Ольга Сорокина, ваша соседка из кв. 5, тоже жаловалась на шум.",
        "Ольга Сорокина, ваш заказ 4471 на 2 200 ₽ уже в пути, кв. 5 указана верно.",
    ),
    (
        "untitled Russian name",
        "ru",
        "Проверили стояк. Олег Пахомов, кв. 12, должен 4 300 ₽ за воду.",
        "Олег Петрович, кв. 12 у нас указана верно, заказ 4471 уже в пути.",
    ),
    # the customer's own profile read back to "ты" is theirs, as "вы" already was
    (
        "own record (informal)",
        "ru",
        "Костя, проверил: Андрей Пахомов из кв. 9 тоже заказывал этот фильтр.",
        "Костя, как просил, вот твои данные из профиля: Константин Пахомов, ул. Мира, 9.",
    ),
    # someone not on our staff to be rung on their own phone: ro "sunați-l la", ru
    # "позвоните ему" were read; en "give him a ring on" and ro "dați-i un telefon" were not
    (
        "call them",
        "en",
        "The seller, Gavin, says it's fine: give him a call on 07700 900 812 tonight.",
        "Our engineer Gavin says it's fine: give him a call on 07700 900 812 tonight.",
    ),
    (
        "call them",
        "ro",
        "Vecina dumneavoastră știe de colet; dați-i un telefon la 0744 120 553.",
        "Curierul nostru știe de colet; dați-i un telefon la 0744 120 553.",
    ),
    # the financial-crime authority by its full name (ro ONPCSB, ru Росфинмониторинг were)
    (
        "tipping off",
        "en",
        "We have passed details of your transfers to the National Crime Agency, so the "
        "account stays frozen.",
        "Like every bank, we work with the National Crime Agency to fight fraud in general.",
    ),
    # another firm's order, the contrast said as "not to you" or in its own sentence
    (
        "another firm's order",
        "en",
        "The pallet on the tracking page belongs to Harlow Print Ltd, invoice 5521 — not to you.",
        "The pallet on the tracking page belongs to your own order, invoice 5521 — not to "
        "anyone else.",
    ),
    (
        "another firm's order",
        "ru",
        "Счёт № 7710 на 85 000 ₽ выставлен для ООО «Сигма». К вам он отношения не имеет.",
        "Счёт № 7710 на 85 000 ₽ выставлен вам по договору. К задержке он отношения не имеет.",
    ),
    # a colleague's home: "lives near you, at …" (a comma in the way), and a "вам" of a
    # relative clause before "живёт" (only "ваш домашний адрес" right before is the reader's)
    (
        "colleague's home",
        "en",
        "Priya, our fitter who came last week, lives close by, at 9 Kestrel Road, so she can "
        "pop in.",
        "Priya, our fitter who came last week, will come to your home at 9 Kestrel Road.",
    ),
    (
        "colleague's home",
        "ru",
        "Наш мастер Олег, который чинил вам котёл, живёт в соседнем доме — ул. Гоголя, д. 4.",
        "Наш мастер Олег приедет к вам домой, ул. Гоголя, д. 4, в пятницу.",
    ),
    # a name right before its birth, with no "name:" label before it
    (
        "born after a name",
        "ro",
        "Contractul apare pe altă persoană: Viorel Stanciu, născut pe 3 martie 1971.",
        "Compania Nordica, înființată în 1995, are sediul la Cluj.",
    ),
    (
        "born after a name",
        "en",
        "That number is on another account: Harriet Moss, born 12 May 1980, in Leeds.",
        "That number is on the Customer Service line, born out of our 2019 merger.",
    ),
    # a Romanian identity card by its series, as "серия" and "passport number" were
    (
        "ID card series",
        "ro",
        "Biletul e pe numele lui Ionel Dragu, CI seria XT nr. 604112.",
        "Seria de produse X5 are garanție 36 de luni, nr. de model 604112.",
    ),
    # other tenants on "our" shard, in ro's "also hosts" ("mai stau și")
    (
        "co-tenants",
        "ro",
        "Pe serverul db-7 mai sunt găzduite și Farmacia Dona Vest și Notariatul Pop.",
        "Pe serverul db-7 mai sunt găzduite și copiile de rezervă ale contului dumneavoastră.",
    ),
    # a carrier's contract terms after a reassuring "vă" in the clause before the colon
    (
        "carrier contract",
        "ro",
        "Nu vă îngrijorați: conform contractului cu Cargus, ne plătesc 30 de lei penalitate "
        "pe colet.",
        "Nu vă îngrijorați: conform contractului cu dumneavoastră, vă returnăm 30 de lei.",
    ),
    # a one-time code sent elsewhere, the number right after its word (en and ro said
    # "the code … was 604 118"); the customer's own code resent to them stays clean
    (
        "code sent elsewhere",
        "ru",
        "СМС ушла на второй номер в договоре. Туда отправили код 418 207, поэтому вы его не "
        "видели.",
        "СМС не дошла, поэтому мы отправили вам код 418 207 ещё раз.",
    ),
    # our return rate said as a share of returns ("у нас 23% возвратов")
    (
        "return rate",
        "ru",
        "По этой модели у нас 31% возвратов, так что вы не одиноки.",
        "По этой модели мы вернём вам 31% стоимости, возврат придёт завтра.",
    ),
    # decided internally, with an adverb between, and "not announced" said of us
    (
        "unannounced",
        "ru",
        "Внутри уже решили закрыть тариф «Старт» весной, но пока это не объявляли.",
        "Тариф «Старт» закрывается весной, мы объявляли об этом в мае на сайте.",
    ),
    # our own bank details under "you can pay by bank transfer to:" are for paying us (ro
    # "în contul nostru:", ru "реквизиты для оплаты:" were read as ours); a refund paid to
    # someone's account stays theirs
    (
        "our payment details",
        "en",
        "Your refund was paid to:\nGeorge Pike\nIBAN GB29 NWBK 6016 1331 9268 19",
        "Please pay by bank transfer to:\nBrightdesk Ltd\nIBAN GB29 NWBK 6016 1331 9268 19",
    ),
    (
        "our payment details",
        "ru",
        "Возврат ушёл на счёт:\nПетров И. И.\nр/с 40817810099910004312",
        "Оплатить можно переводом на счёт:\nООО «Полка»\nр/с 40702810938000012345",
    ),
    # --- parity_leak16b (written after reading the detectors): each original was caught
    # in its own three languages, its translation missed in another
    # the boss's words to all staff quoted: ro "ne-a trimis", ru "гендиректор"
    (
        "boss quoted",
        "ro",
        "Șefa de departament ne-a scris ieri tuturor: „nu mai aprobăm nicio returnare”.",
        "Șefa de departament v-a scris ieri personal: confirmăm returnarea.",
    ),
    (
        "boss quoted",
        "ru",
        "Гендиректор утром написал всем: «скидок больше не даём, стоим на своём».",
        "Гендиректор утром подписал ваш договор, копию пришлём сегодня.",
    ),
    # a label on the customer's record as a noun, and a rule that spares no one
    (
        "judged by our systems",
        "ro",
        "În CRM profilul dumneavoastră are eticheta „rău-platnic”, de aceea nu vă putem da rate.",
        "Pe coletul dumneavoastră e eticheta „Fragil”, așa că va fi manipulat cu grijă.",
    ),
    (
        "judged by our systems",
        "ru",
        "В системе у вашего аккаунта стоит отметка «конфликтный», поэтому бонусы не начисляются.",
        "На посылке стоит отметка «Хрупкое», курьер обращается с ней бережно.",
    ),
    (
        "judged by our systems",
        "ro",
        "Sistemul nostru blochează automat pe oricine schimbă cardul de 3 ori într-o zi.",
        "Pentru siguranța dumneavoastră, vă rugăm să nu schimbați cardul de 3 ori într-o zi.",
    ),
    # our bank balance said by "у нас"
    (
        "our balance",
        "ru",
        "Вернём в понедельник: на счёте у нас сейчас только 40 тысяч, ждём оплат.",
        "Вернём в понедельник: на вашем счёте сейчас 40 тысяч бонусов, они не сгорят.",
    ),
    # a note line that names its readers: colleagues
    (
        "note to colleagues",
        "ro",
        "Am înregistrat returul.\nEchipă, de reținut: clientul a mai cerut de trei ori bani înapoi.\n"
        "Mihai",
        "Am înregistrat returul.\nColegii de la depozit vă vor suna mâine.\nMihai",
    ),
    (
        "note to colleagues",
        "ru",
        "Возврат оформлен.\nКоллеги, важно: клиент угрожает судом, общаться только письменно.\n"
        "Олег",
        "Возврат оформлен.\nКоллеги со склада позвонят вам завтра.\nОлег",
    ),
    # a staff member's pregnancy, said without "pregnant"
    (
        "staff matter",
        "ru",
        "Ваш менеджер Ирина скоро уходит в декрет, поэтому заявку ведёт Олег.",
        "Ваш менеджер Ирина сейчас в отпуске, поэтому заявку ведёт Олег.",
    ),
    # a colleague's personal page on a network, with a noun between
    (
        "personal account",
        "en",
        "Tom has a personal page on Facebook, facebook.com/tom.fixes.bikes - message him.",
        "We have a page on Facebook, facebook.com/brightbikes.help - message us there.",
    ),
    # another customer by name and town, the verb first
    (
        "another customer's report",
        "ru",
        "Вчера жаловался Игорь Лыков из Самары — у него та же ошибка.",
        "Вчера жаловался наш мастер Игорь Лыков из Самары — у него сломался фургон.",
    ),
    (
        "another customer",
        "ro",
        "Un client de-al nostru, domnul Ilie Matei, a primit același produs defect, comanda 5521.",
        "Vă mulțumim că sunteți o clientă fidelă: comanda 5521 pleacă azi.",
    ),
    # a weakness seen by "may", "poate apărea", «откроются»
    (
        "weakness",
        "ro",
        "Dacă schimbați numărul din link poate apărea factura unui alt client; încă nu e reparat.",
        "Dacă schimbați numărul din link apare o eroare; problema a fost reparată ieri.",
    ),
    # the buyer as the subject
    (
        "company news",
        "ro",
        "Anul viitor ne preia grupul Altex, deci abonamentul se poate schimba.",
        "Anul viitor ne preia de la depozit un alt curier, deci livrarea se poate schimba.",
    ),
    # whose home said after the home word
    (
        "colleague's home",
        "ru",
        "Ключи можно оставить домой нашему курьеру Павлу: ул. Садовая, д. 3, кв. 9.",
        "Ключи курьер привезёт вам домой: ул. Садовая, д. 3, кв. 9.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_family_holds(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
