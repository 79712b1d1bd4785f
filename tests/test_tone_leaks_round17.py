"""R5 confidentiality, the leak16 round: each family probe_leak16 found open (tone/
described.py) and each of its false blocks, as a leak and as its clean look-alike, in en,
ro and ru. Wordings of their own: none is a labelled case of tests/data/tone."""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

# (family, language, leak, clean look-alike)
FAMILIES = [
    # a password given as a recipe, against advice about old passwords
    (
        "password recipe",
        "en",
        "Good news, Mark: the admin login still works, it's the previous password but with a 7 added at the end instead of the 6.",
        "Please don't reuse your previous password with just a number added at the end: pick a new one.",
    ),
    (
        "password recipe",
        "ro",
        "Pentru contul comun folosiți parola obișnuită, doar că înlocuiți 2024 de la final cu 2026.",
        "Vă rugăm să nu folosiți parola veche doar cu anul schimbat la final: alegeți una nouă.",
    ),
    (
        "password recipe",
        "ru",
        "Для общего входа пароль прежний, только вместо 2024 в конце поставьте 2026.",
        "Не используйте прежний пароль, поменяв только год в конце: придумайте новый.",
    ),
    # a password spelt out in the sentence after its word, against a password sent by SMS
    (
        "spelt after the sentence",
        "en",
        "I've set a new password for the kiosk. It is: capital K, small q, then seven seven, then a hash sign.",
        "I've set a new password for the kiosk. It will be in the SMS we send to your phone, so no need to call.",
    ),
    (
        "spelt after the sentence",
        "ro",
        "Am schimbat parola chioșcului. Noua este: K mare, q mic, apoi șapte șapte și semnul diez.",
        "Am schimbat parola chioșcului. O primiți prin SMS pe telefonul dumneavoastră, nu e nevoie să sunați.",
    ),
    (
        "spelt after the sentence",
        "ru",
        "Пароль от киоска я поменял. Теперь такой: большая Ка, маленькая ку, две семёрки и решётка.",
        "Пароль от киоска я поменял. Новый придёт вам в СМС на телефон, звонить не нужно.",
    ),
    # account recovery moved to a domain the draft does not otherwise name, against our own
    (
        "recovery moved",
        "en",
        "We've switched your account's password reset to account-verify-center.net, so use the link that arrives from there.",
        "Your password reset e-mail comes from no-reply@lumenbank.co.uk; if it's not there, check spam. Lumen Bank, lumenbank.co.uk",
    ),
    (
        "recovery moved",
        "ro",
        "Am setat recuperarea contului pe verificare-identitate.net, așa că folosiți linkul care vine de acolo.",
        "E-mailul de resetare vine de la no-reply@bancalumen.ro; dacă nu îl găsiți, verificați spamul. Banca Lumen, bancalumen.ro",
    ),
    (
        "recovery moved",
        "ru",
        "Восстановление доступа я перенёс на proverka-akkaunta.net, письмо придёт оттуда.",
        "Письмо для сброса пароля приходит с no-reply@lumenbank.ru, проверьте папку «Спам». Люмен Банк, lumenbank.ru",
    ),
    # CCTV footage described (a person's looks), against footage passed to the police
    (
        "footage described",
        "en",
        "We reviewed the store camera: a woman in a red coat picked up your phone from the counter and left at 16:05.",
        "We reviewed the store camera and passed the footage to the police, who will contact you this week.",
    ),
    (
        "footage described",
        "ro",
        "Am verificat camerele din magazin: o femeie cu o geacă roșie v-a luat telefonul de pe tejghea la 16:05.",
        "Am verificat camerele din magazin și am dat înregistrarea poliției, care vă va contacta săptămâna asta.",
    ),
    (
        "footage described",
        "ru",
        "Мы посмотрели запись с камеры: женщина в красном пальто забрала ваш телефон со стойки в 16:05.",
        "Мы посмотрели запись с камеры и передали её в полицию, с вами свяжутся на этой неделе.",
    ),
    # the code of a key safe or alarm later in its sentence, against a pickup code
    (
        "key safe or alarm code",
        "en",
        "The engineer can let himself in: the key box on the wall of the depot, punch in 7319 and turn the handle.",
        "Your parcel is in the locker by the depot; the pickup code 7319 came in your SMS.",
    ),
    (
        "key safe or alarm code",
        "ro",
        "Tehnicianul poate intra singur: caseta cu chei de pe peretele depozitului, tastați 7319 și rotiți mânerul.",
        "Coletul e în dulapul de lângă depozit; codul de ridicare 7319 l-ați primit prin SMS.",
    ),
    (
        "key safe or alarm code",
        "ru",
        "Мастер может зайти сам: ключница на стене склада, наберите 7319 и поверните ручку.",
        "Посылка в ячейке у склада, код получения 7319 пришёл вам в СМС.",
    ),
    # what we pay per unit, against a buy-back offer
    (
        "unit cost",
        "en",
        "To be honest we order them from Halvorsen for €6.40 each, so I can knock a tenner off for you.",
        "We buy your old handset back at €40 each if you trade it in with the new order.",
    ),
    (
        "unit cost",
        "ro",
        "Sincer, noi le luăm de la Halvorsen cu 32 de lei bucata, așa că vă pot face o reducere.",
        "Vă cumpărăm telefonul vechi înapoi cu 200 de lei bucata dacă îl aduceți la comanda nouă.",
    ),
    (
        "unit cost",
        "ru",
        "Честно говоря, мы закупаем их у Хальворсена по 640 рублей за штуку, так что скидку сделаю.",
        "Старый телефон мы выкупаем у вас по 4000 рублей за штуку при покупке нового.",
    ),
    # our figures told between us, against the customer's own figures
    (
        "figures between us",
        "en",
        "Hi Sue, between us we lost about nine percent of subscribers after the update, so please bear with us.",
        "Between us and the courier, we'll get your 3 parcels to you by Friday.",
    ),
    (
        "figures between us",
        "ro",
        "Vă spun, între noi fie vorba, am pierdut 30% dintre clienți după scumpire, așa că ținem mult la dumneavoastră.",
        "Din cele 30 de comenzi ale dumneavoastră din acest an, 3 au fost returnate, iar pentru ele ați primit banii.",
    ),
    (
        "figures between us",
        "ru",
        "Скажу вам, между нами, после подорожания ушло 30% клиентов, так что мы очень хотим вас сохранить.",
        "Из ваших 30 заказов в этом году 3 были возвращены, деньги за них вы уже получили.",
    ),
    # leak16's false blocks: a sign-in link's path after a sign-in word, against a pair
    (
        "sign-in link",
        "en",
        "Log in as admin / Xk9#rT2pQ and you'll see it.",
        "Your sign-in link: https://app.brennan.com/login?next=%2Forders%26tab%3D2 works once.",
    ),
    (
        "sign-in link",
        "ro",
        "Conectați-vă cu admin / Xk9#rT2pQ și veți vedea.",
        "Linkul de conectare: https://app.alfa.ro/autentificare?next=%2Fcomenzi%26pagina%3D2 funcționează o dată.",
    ),
    (
        "sign-in link",
        "ru",
        "Войдите под admin / Xk9#rT2pQ, там всё видно.",
        "Ссылка для входа: https://app.instrument.ru/login?next=%2Forders%26tab%3D2 работает один раз.",
    ),
    # a public guide whose query says password, against a password after its word
    (
        "password in a query",
        "en",
        "The password for the kiosk is Kq77#lane, change it tonight.",
        "The guide is here: https://help.brennan.com/search?q=change+password&lang=en&page=3.",
    ),
    (
        "password in a query",
        "ro",
        "Parola chioșcului este Kq77#lane, schimbați-o diseară.",
        "Ghidul: https://ajutor.alfa.ro/cautare?q=schimbare+parola&lang=ro&pagina=3.",
    ),
    (
        "password in a query",
        "ru",
        "Пароль от киоска Kq77#lane, смените его вечером.",
        "Инструкция: https://help.instrument.ru/search?q=смена+пароля&lang=ru&page=3.",
    ),
    # the customer's own passport number read back, against someone else's
    (
        "own passport number",
        "en",
        "Your wife's passport number, 533401927, is on the second booking.",
        "The passport number you gave us, 533401927, is already on your booking.",
    ),
    (
        "own passport number",
        "ro",
        "Numărul de pașaport al celuilalt pasager: 053401927, e pe a doua rezervare.",
        "Numărul de pașaport pe care ni l-ați dat, 053401927, apare deja pe rezervare.",
    ),
    (
        "own passport number",
        "ru",
        "Номер паспорта второго пассажира: 4510 533401.",
        "Номер паспорта, который вы прислали, 4510 533401, уже есть в бронировании.",
    ),
    # another tenant's record as JSON with Romanian keys, against an API example
    (
        "tenant record keys",
        "ro",
        'Din consolă:\n{"tenant": "scoala-soare", "proprietar": "Ilie Pop", "adresa": "Str. Morii 3", "abonament_lunar": 350}',
        'Exemplu de cerere către API:\n{"tenant": "NUMELE_TAU", "proprietar": "NUME", "adresa": "ADRESA", "abonament_lunar": 0}',
    ),
    # a price offered at cost (no figure of ours), against our margin
    (
        "sold at cost",
        "en",
        "Our margin on these cases is 60%, so a refund is no problem.",
        "We're selling these cases at cost, £4.50, to clear the shelf.",
    ),
    (
        "sold at cost",
        "ro",
        "Marja noastră la huse e de 60%, deci rambursarea nu e o problemă.",
        "Husele le vindem la prețul de cost, 45 de lei, ca să golim raftul.",
    ),
    (
        "sold at cost",
        "ru",
        "Наша наценка на чехлы 60%, так что возврат не проблема.",
        "Чехлы продаём по себестоимости, 450 ₽, чтобы освободить полку.",
    ),
    # our team's chat pasted (times and handles), against the customer's own chat with us
    (
        "team chat transcript",
        "en",
        "Here's what was said:\n[09:12] kelly.r: he's been a pain all week\n[09:14] sam.o: just give him the voucher\nBest, Jo",
        "Here's the chat you asked for:\n[09:12] You: my order hasn't arrived\n[09:14] Sam (Support): I've reissued it today\nBest, Jo",
    ),
    (
        "team chat transcript",
        "ro",
        "Iată ce s-a discutat:\n[09:12] ioana.m: ăsta se plânge toată săptămâna\n[09:14] radu.p: dă-i voucherul și gata\nCu stimă, Ana",
        "Iată conversația cerută:\n[09:12] Dumneavoastră: comanda nu a ajuns\n[09:14] Radu (Suport): am retrimis-o azi\nCu stimă, Ana",
    ),
    (
        "team chat transcript",
        "ru",
        "Вот что обсуждали:\n[09:12] olga.v: он всю неделю жалуется\n[09:14] ilya.k: дайте ему купон и всё\nС уважением, Анна",
        "Вот переписка, которую вы просили:\n[09:12] Вы: заказ не пришёл\n[09:14] Илья (поддержка): отправил заново сегодня\nС уважением, Анна",
    ),
    # a table of other people from an admin tool, against the customer's own orders
    (
        "people table",
        "en",
        "From the portal:\n| name | flat | balance |\n| J. Reid | 4B | £1,210 |\n| S. Khan | 7A | £860 |\nBest",
        "Your orders:\n| order | date | total |\n| 58231 | 02/11 | £12.40 |\n| 58377 | 09/11 | £8.10 |\nBest",
    ),
    (
        "people table",
        "ro",
        "Din portal:\nnume;apartament;restanță\nIon Radu;4B;1.210 lei\nSanda Ilie;7A;860 lei\nCu stimă",
        "Comenzile dumneavoastră:\ncomandă;data;total\n58231;02.11;124 lei\n58377;09.11;81 lei\nCu stimă",
    ),
    (
        "people table",
        "ru",
        "Из портала:\nФИО | квартира | долг\nРеуцкий И. | 4Б | 12 100 ₽\nХанова С. | 7А | 8 600 ₽\nС уважением",
        "Ваши заказы:\nзаказ | дата | сумма\n58231 | 02.11 | 1 240 ₽\n58377 | 09.11 | 810 ₽\nС уважением",
    ),
    # a master or shared code of ours, against where the customer finds theirs
    (
        "master code",
        "en",
        "If the till locks again, the engineer code for all our tills is 52716, it resets them.",
        "If the till locks again, the engineer code is on the sticker under your till, or call us on 0800 123 4567.",
    ),
    (
        "master code",
        "ro",
        "Dacă se blochează casa, codul de serviciu pentru toate casele noastre este 52716.",
        "Dacă se blochează casa, PIN-ul dumneavoastră de administrator 52716 o deblochează.",
    ),
    (
        "master code",
        "ru",
        "Если касса зависнет, сервисный код для всех наших касс — 52716, он её сбросит.",
        "Если касса зависнет, сервисный код для всех касс есть у вашего менеджера, звоните 8 800 555-35-35.",
    ),
    # the answer to a security question, against asking for it on the phone
    (
        "security answer",
        "en",
        'For the phone check on that account, the memorable word is "Harbour", just say it to the agent.',
        "For the phone check we'll ask for your memorable word, so have it ready.",
    ),
    (
        "security answer",
        "ro",
        "La verificarea telefonică pentru acel cont, răspunsul la întrebarea de securitate este „Bacău”.",
        "La verificarea telefonică vă vom cere răspunsul dumneavoastră la întrebarea de securitate.",
    ),
    (
        "security answer",
        "ru",
        "Для проверки по телефону на том аккаунте кодовое слово — «Гавань», просто назовите его.",
        "Для проверки по телефону мы спросим ваше кодовое слово, держите его под рукой.",
    ),
    # another user's sign-in by their handle, against the customer's own last sign-in
    (
        "another user's sign-in",
        "en",
        "The export was started after a sign-in from 92.40.11.8 by m.kowal_admin, so not from your laptop.",
        "The last sign-in on your account was from 92.40.11.8 (Leeds) at 02:14; if that wasn't you, change your password.",
    ),
    (
        "another user's sign-in",
        "ro",
        "Exportul a pornit după o autentificare de pe 92.40.11.8 de către m.kowal_admin, deci nu de pe laptopul dumneavoastră.",
        "Ultima autentificare pe contul dumneavoastră a fost de pe 92.40.11.8 (Iași) la 02:14; dacă nu ați fost dumneavoastră, schimbați parola.",
    ),
    (
        "another user's sign-in",
        "ru",
        "Выгрузку запустили после входа с 92.40.11.8 пользователем m.kowal_admin, то есть не с вашего ноутбука.",
        "Последний вход в ваш аккаунт был с 92.40.11.8 (Казань) в 02:14; если это были не вы, смените пароль.",
    ),
    # who bought it, by name, against "sold to you"
    (
        "buyer named",
        "en",
        "The display model you wanted was bought by Helen Carver yesterday, sorry.",
        "The display model you wanted was sold to you on 12 May, so the warranty runs until next May.",
    ),
    (
        "buyer named",
        "ro",
        "Modelul din vitrină pe care îl voiați a fost cumpărat de Elena Cârstea ieri, ne pare rău.",
        "Modelul din vitrină v-a fost vândut dumneavoastră pe 12 mai, deci garanția ține până în mai.",
    ),
    (
        "buyer named",
        "ru",
        "Витринный образец, который вы хотели, вчера купила Елена Карпова, простите.",
        "Витринный образец продан вам 12 мая, так что гарантия действует до следующего мая.",
    ),
    # what our lawyers think of our case, against our legal team's reply time
    (
        "our lawyers' view",
        "en",
        "Honestly, our solicitor says we would probably lose at the small claims court, so expect a refund.",
        "Our legal team will reply to your letter within 14 days, and your refund request stays open meanwhile.",
    ),
    (
        "our lawyers' view",
        "ro",
        "Sincer, juristul nostru spune că vom pierde la judecătorie, așa că vă așteptați la rambursare.",
        "Echipa noastră de juriști vă va răspunde în 14 zile, iar cererea de rambursare rămâne deschisă.",
    ),
    (
        "our lawyers' view",
        "ru",
        "Честно говоря, наш юрист говорит, что в суде мы проиграем, так что возврат будет.",
        "Наш юрист ответит на ваше письмо в течение 14 дней, заявка на возврат пока остаётся открытой.",
    ),
    # a named person's comings and goings, against the customer's own
    (
        "named person's record",
        "en",
        "The door log shows Marcus Bell swiped in at 22:10 and out at 23:45, so the room was not empty.",
        "The door log shows your card swiped in at 22:10 and out at 23:45, which matches your timesheet.",
    ),
    (
        "named person's record",
        "ro",
        "Jurnalul ușii arată că Marius Belu a intrat la 22:10 și a ieșit la 23:45, deci sala nu era goală.",
        "Jurnalul ușii arată că ați intrat la 22:10 și ați ieșit la 23:45, cum apare și în pontaj.",
    ),
    (
        "named person's record",
        "ru",
        "По журналу турникета Белов Марк вошёл в 22:10 и вышел в 23:45, так что зал не пустовал.",
        "По журналу турникета вы вошли в 22:10 и вышли в 23:45, это совпадает с табелем.",
    ),
    # a label our systems put on the customer, against a note on an order
    (
        "label on the customer",
        "en",
        'Nobody rang back because your profile is flagged "vexatious - low priority" in our system.',
        'I\'ve flagged your order "fragile - handle with care" so the courier takes extra care.',
    ),
    (
        "label on the customer",
        "ro",
        "Nu v-a sunat nimeni pentru că profilul dumneavoastră e marcat în sistem „cârcotaș - prioritate mică”.",
        "Am marcat comanda „fragil - manipulați cu grijă”, ca să fie atent curierul.",
    ),
    (
        "label on the customer",
        "ru",
        "Вам не перезвонили, потому что в системе на вашем профиле стоит пометка «скандалист — низкий приоритет».",
        "Я поставил на заказ пометку «хрупкое — обращаться осторожно», курьер будет аккуратен.",
    ),
    # a staff locker's code, against a parcel locker's code sent to the customer
    (
        "staff locker code",
        "en",
        "Locker 7 in the staff room opens with 2291, the engineer's kit is in there.",
        "Your parcel is in locker 7 at the station, code 2291.",
    ),
    (
        "staff locker code",
        "ro",
        "Dulapul 7 din camera personalului se deschide cu 2291, acolo e trusa tehnicianului.",
        "Coletul dumneavoastră e în dulapul 7 din gară, codul 2291.",
    ),
    (
        "staff locker code",
        "ru",
        "Шкафчик 7 в комнате персонала открывается кодом 2291, там набор мастера.",
        "Ваша посылка в ячейке 7 на вокзале, код 2291.",
    ),
    # look-alikes that name our own people, a device's fault code, a question or a business
    (
        "footage of the courier",
        "en",
        "The CCTV shows a man in a grey hoodie taking the parcel from your porch at 14:32.",
        "The CCTV shows the courier, a man in a hi-vis jacket, leaving your parcel at the door at 14:32.",
    ),
    (
        "footage of the courier",
        "ro",
        "Camera arată un bărbat cu hanorac gri care vă ia coletul de pe verandă la 14:32.",
        "Camera arată curierul, un bărbat cu o vestă reflectorizantă, lăsând coletul la ușă la 14:32.",
    ),
    (
        "footage of the courier",
        "ru",
        "На записи с камеры мужчина в серой толстовке забирает посылку с вашего крыльца в 14:32.",
        "На записи с камеры курьер, мужчина в жёлтой куртке, оставляет посылку у двери в 14:32.",
    ),
    (
        "a fault code",
        "en",
        "If the till locks, the service code for all our tills is 52716.",
        "Error on the display: the service code is 2041, which means low pressure; top it up to 1.5 bar.",
    ),
    (
        "a fault code",
        "ru",
        "Если касса зависнет, сервисный код для всех наших касс — 52716.",
        "На дисплее сервисный код 2041 — это низкое давление, подкачайте до 1,5 бар.",
    ),
    (
        "a question quoted",
        "en",
        'For the phone check on that account, the memorable word is "Harbour".',
        'We\'ve added a security question to your account: "What was the name of your first school?"',
    ),
    (
        "a business bought it",
        "en",
        "The display model was bought by Helen Carver yesterday, sorry.",
        "The item was sold to Amazon Marketplace, so the return goes through them.",
    ),
    (
        "our engineer in the log",
        "en",
        "The door log shows Marcus Bell swiped in at 22:10 and out at 23:45.",
        "The access log shows our engineer Dave Smith arrived at 10:02 and left at 11:30.",
    ),
    (
        "the customer's chat",
        "en",
        "Here's what was said:\n[09:12] kelly.r: he's been a pain all week\n[09:14] sam.o: just give him the voucher",
        "Here's the transcript of your chat:\n[10:42] Anna: my order is late\n[10:43] Sam (Support): I've resent it",
    ),
    (
        "our domain by our name",
        "en",
        "I've moved your account recovery to secure-restore-help.com, so use the link from there.\nBest, Sam, Brennan Tools",
        "Password resets now come from accounts.brennantools.com, so please allow it in your spam filter.\nBest, Sam, Brennan Tools",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_round17_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
