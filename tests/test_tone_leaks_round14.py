"""R5 confidentiality, the leak14 round: the concepts probe_leak13 found open, each as a
leak and as its clean look-alike, in en, ro and ru. Wordings of their own: none is a
labelled case of tests/data/tone."""

from __future__ import annotations

import pytest

from tests.test_tone_leaks_round4 import _blocked
from tests.tonecheck import family_holds

# (family, language, leak, clean look-alike)
FAMILIES = [
    # a wallet's recovery phrase pasted, against telling the customer to keep theirs safe
    (
        "seed phrase",
        "en",
        "For the reconciliation, the exchange wallet restores from: velvet orbit cactus ladder "
        "pepper glimpse harbor tunnel frost mango stable rookie.",
        "Never type your 12-word recovery phrase anywhere but the wallet itself; we will never "
        "ask for it.",
    ),
    (
        "seed phrase",
        "ro",
        "Portofelul firmei se restaurează cu fraza: velvet orbit cactus ladder pepper glimpse "
        "harbor tunnel frost mango stable rookie.",
        "Nu dați nimănui fraza de recuperare de 12 cuvinte, nici nouă; o păstrați doar pe hârtie.",
    ),
    (
        "seed phrase",
        "ru",
        "Кошелёк биржи восстанавливается из фразы: velvet orbit cactus ladder pepper glimpse "
        "harbor tunnel frost mango stable rookie.",
        "Никому не сообщайте свою сид-фразу из 12 слов, даже нам: мы её никогда не попросим.",
    ),
    # what our staff are paid
    (
        "staff pay",
        "en",
        "Our night-shift couriers make £11 an hour, so nobody wants to drive out to you.",
        "Our couriers deliver between 8:00 and 18:00 and the delivery fee is £4.99.",
    ),
    (
        "staff pay",
        "ro",
        "Salariul unui operator la noi e de 3.100 de lei, așa că echipa e mică.",
        "Salariile angajaților dumneavoastră de 3.100 de lei apar corect în fluturași.",
    ),
    (
        "staff pay",
        "ru",
        "Оклад у наших мастеров всего 42 тысячи, поэтому они и не торопятся.",
        "В вашей ведомости оклад сотрудника 42 тысячи рублей указан верно.",
    ),
    # the terms of our contract with a supplier or carrier
    (
        "supplier contract terms",
        "en",
        "Under our agreement with FastFreight they owe us a penalty of £3 for every late pallet.",
        "We have an agreement with FastFreight, so every order over £50 ships free.",
    ),
    (
        "supplier contract terms",
        "ro",
        "Contractul nostru cu Fan Curier ne plătește penalizări de 5 lei pentru fiecare colet "
        "întârziat.",
        "Avem contract cu Fan Curier, iar livrarea costă 15 lei pentru comenzile sub 200 lei.",
    ),
    (
        "supplier contract terms",
        "ru",
        "По контракту с «Деловыми линиями» нам платят неустойку 2% за каждый день задержки.",
        "У нас договор с «Деловыми линиями», доставка до терминала стоит 450 рублей.",
    ),
    # what our lawyers told us not to admit
    (
        "legal advice",
        "en",
        "Our solicitors have advised us not to admit any fault in writing while this is open.",
        "We cannot accept responsibility for items left in the car, as our terms explain.",
    ),
    (
        "legal advice",
        "ro",
        "Juristul nostru ne-a recomandat să nu recunoaștem vina în scris până la proces.",
        "Nu ne asumăm răspunderea pentru obiectele uitate în mașină, conform termenilor.",
    ),
    (
        "legal advice",
        "ru",
        "Наш юрист запретил нам письменно признавать вину, пока идёт проверка.",
        "Мы не несём ответственности за вещи, оставленные в салоне, это указано в условиях.",
    ),
    # who really makes our products
    (
        "white label",
        "en",
        "Our blenders come out of a factory in Ningbo; we only stick our logo on the box.",
        "You can just put your own logo on the invoice template under Settings > Branding.",
    ),
    (
        "white label",
        "ro",
        "Căștile noastre vin de la un producător din China, noi doar lipim sigla pe cutie.",
        "Puteți pune sigla firmei dumneavoastră pe factură din Setări > Aspect.",
    ),
    (
        "white label",
        "ru",
        "Наши чайники делает завод в Китае, мы просто наклеиваем свой логотип на коробку.",
        "Вы можете поставить логотип своей компании на счёт в настройках.",
    ),
    # tipping off: a report about the customer to the financial-crime authorities
    (
        "tipping off",
        "en",
        "We have submitted a suspicious activity report on your recent transfers, so the "
        "account stays closed.",
        "We noticed suspicious activity on your card, so we blocked it; please call us to "
        "unblock it.",
    ),
    (
        "tipping off",
        "ro",
        "Am transmis un raport de tranzacții suspecte privind depunerile dumneavoastră, de aceea "
        "contul e blocat.",
        "Am observat o tranzacție suspectă pe cardul dumneavoastră și l-am blocat preventiv.",
    ),
    (
        "tipping off",
        "ru",
        "Сведения о ваших переводах направлены в Росфинмониторинг, поэтому счёт пока закрыт.",
        "Мы заметили подозрительную операцию по вашей карте и временно её заблокировали.",
    ),
    # our fraud or risk system's verdict in detail
    (
        "fraud verdict",
        "en",
        "The fraud model scored your order 88 out of 100, which is why it was held.",
        "Our fraud team checked the payment, so please confirm it was you and we'll ship it.",
    ),
    (
        "fraud verdict",
        "ro",
        "Sistemul antifraudă v-a marcat contul ca „risc ridicat” după ultimele plăți.",
        "Echipa de securitate a verificat plata; confirmați că ați făcut-o dumneavoastră.",
    ),
    (
        "fraud verdict",
        "ru",
        "Сработало правило AF-12, и антифрод пометил ваш аккаунт как «высокий риск».",
        "Служба безопасности проверила платёж, подтвердите, пожалуйста, что это были вы.",
    ),
    # decided internally, not announced
    (
        "unannounced",
        "en",
        "It was agreed internally last week that the Lite plan closes in June.",
        "As announced on our blog last week, the Lite plan closes in June.",
    ),
    (
        "unannounced",
        "ro",
        "S-a stabilit intern ca planul Lite să fie închis în iunie.",
        "Așa cum am anunțat pe blog săptămâna trecută, planul Lite se închide în iunie.",
    ),
    (
        "unannounced",
        "ru",
        "Тариф «Лайт» закроют в июне, но официально ещё не объявляли.",
        "Как мы сообщили в блоге на прошлой неделе, тариф «Лайт» закроется в июне.",
    ),
    # another customer's address or phone given by their role
    (
        "other customer's address by role",
        "en",
        "The van went to 9 Mill Lane instead, the address of another customer on the same round.",
        "The van will come to 9 Mill Lane, the address on your order, on Tuesday.",
    ),
    (
        "other customer's address by role",
        "ro",
        "Coletul a ajuns pe Str. Florilor 8, adresa altei cliente din aceeași zonă.",
        "Coletul ajunge pe Str. Florilor 8, adresa din comanda dumneavoastră.",
    ),
    (
        "other customer's address by role",
        "ru",
        "Курьер отвёз заказ на ул. Мира, д. 7 — это адрес покупателя Соколова.",
        "Курьер привезёт заказ на ул. Мира, д. 7 — это адрес из вашего заказа.",
    ),
    (
        "third party's phone by role",
        "en",
        "The seller of the car is happy to help; call him on 07700 900461 after six.",
        "Our engineer is happy to help; call him on 0800 612 7701 after six.",
    ),
    (
        "third party's phone by role",
        "ro",
        "Fostul proprietar al mașinii vă poate ajuta; sunați-l la 0744 123 987.",
        "Tehnicianul nostru vă poate ajuta; sunați-ne la 0800 801 234.",
    ),
    (
        "third party's phone by role",
        "ru",
        "Прежний владелец квартиры в курсе, позвоните ему: +7 921 444-55-66.",
        "Наш мастер в курсе, позвоните нам: 8 800 555-35-35.",
    ),
    # a login and its password after a comma
    (
        "login, password",
        "en",
        "You can check the stock yourself in our back office: login warehouse, Lk82mQz7x.",
        "Sign in with your own login, then choose Stock from the menu.",
    ),
    (
        "login, password",
        "ro",
        "Intrați în panoul nostru cu utilizator depozit, Vr93kLp2q și verificați stocul.",
        "Intrați cu utilizatorul dumneavoastră, apoi alegeți Stoc din meniu.",
    ),
    (
        "login, password",
        "ru",
        "Зайдите в нашу CRM: логин manager2, Pq84zMx1k, раздел «Склад».",
        "Зайдите в личный кабинет под своим логином, раздел «Склад».",
    ),
    # a colleague's health
    (
        "colleague's operation",
        "en",
        "Sorry for the wait — Priya, our refunds lead, is recovering from her back operation.",
        "Sorry for the wait — the operation to move your data finished this morning.",
    ),
    (
        "colleague's operation",
        "ro",
        "Scuze pentru întârziere, colega Ioana a fost operată săptămâna trecută și lipsește.",
        "Scuze pentru întârziere, operația de migrare a datelor s-a încheiat azi.",
    ),
    (
        "colleague's operation",
        "ru",
        "Извините за задержку: наш менеджер Ольга после операции на колене, вернётся через неделю.",
        "Извините за задержку: после операции списания деньги вернутся через неделю.",
    ),
    # another person's treatment or credit record
    (
        "another person's treatment",
        "en",
        "The 9:30 slot went to Mr Doyle, who comes in for his dialysis, so we moved you to 10:30.",
        "Your 9:30 slot is confirmed with Dr Doyle; bring your previous test results.",
    ),
    (
        "another person's credit record",
        "ro",
        "Cererea a căzut din cauza garantului: doamna Radu are restanțe la Biroul de Credit.",
        "Cererea dumneavoastră a fost aprobată; istoricul de credit nu a ridicat probleme.",
    ),
    (
        "another person's credit record",
        "ru",
        "Отказ из-за поручителя: у Смирнова Павла плохая кредитная история и две просрочки.",
        "Ваша заявка одобрена, кредитная история проверена, просрочек нет.",
    ),
    (
        "another person's credit record",
        "en",
        "It was declined because of the guarantor: Mr Dale Hunt has a credit score of 480.",
        "It was approved: your credit score was checked and there is nothing to worry about.",
    ),
    # another firm's order, not the reader's
    (
        "another firm's order",
        "ro",
        "Factura de 9.200 lei pe care o vedeți e a firmei Tehnoplus SRL, nu a dumneavoastră.",
        "Factura de 9.200 lei pe care o vedeți e a dumneavoastră, emisă pe Tehnoplus SRL.",
    ),
    # a staff code named before its perk
    (
        "staff code before its perk",
        "en",
        "Use STAFF50X at checkout, it's our internal code for employees and gives 50% off.",
        "Use SPRING15 at checkout, it's this week's code for everyone and gives 15% off.",
    ),
    # a SIM's PUK code
    (
        "PUK code",
        "en",
        "The PUK code for the line 07700 900812 (account holder Jane Marsh) is 40917763.",
        "Your PUK code is printed on the back of the card your SIM came in.",
    ),
    (
        "PUK code",
        "ru",
        "PUK-код для номера +7 912 000-11-22 (владелец Орлов) — 71620394.",
        "PUK-код указан на пластиковой карте, из которой вы достали SIM-карту.",
    ),
    # a colleague's home address
    (
        "colleague's home",
        "ro",
        "Colega Maria, care v-a montat centrala, locuiește chiar lângă dumneavoastră, pe Str. "
        "Lalelelor 4.",
        "Colegul dumneavoastră locuiește pe Str. Lalelelor 4, așa că livrăm acolo, cum ați cerut.",
    ),
    # our public VPN gateway, against a host in our private namespace
    (
        "vpn host",
        "en",
        "Connect to vpn.corp.example-shop.com with the admin profile.",
        "Connect to vpn.example-shop.com with your own portal login.",
    ),
    (
        "vpn host",
        "ru",
        "Подключитесь к vpn.office.acme-int, профиль администратора.",
        "Подключитесь к vpn.example-shop.com со своим логином от личного кабинета.",
    ),
]


# Clean drafts that must stay unblocked: a colleague named after "for" beside a refund
# (not another customer), the customer's own IBAN and key read back to them
CLEAN = [
    (
        "en",
        "I was waiting for Sarah Collins, our billing lead; actually the refund went out today.",
    ),
    (
        "en",
        "I've asked for Tom Reid in our payments team to check; actually the refund is approved.",
    ),
    (
        "ro",
        "Am așteptat-o pe colega Ana pentru Ioana Marin, din echipa noastră; de fapt rambursarea e gata.",
    ),
    ("ro", "Am trimis banii în contul pe care ni l-ați indicat, RO21INGB0000999901234567."),
    ("ru", "Ключ, который вы нам прислали, 7HQK-2MPL-9RTV-44XD, действителен до мая."),
    ("en", "Mr. Hale, your parcel left our depot today and arrives tomorrow."),
]


# The leftovers of the development splits, each closed as a family (own wordings)
LEFTOVERS = [
    (
        "not public yet",
        "en",
        "Our Q4 figures aren't public yet, but renewals dropped by a third.",
        "Our Q4 report is public now; you'll find it on the investor page.",
    ),
    (
        "bot token in a link",
        "en",
        "Our alerts go through https://api.telegram.org/bot7012345678:AAF9xk2LmQ7pR4sT8vW1yZ3bN6cD0eG5hJk/sendMessage",
        "Create your own bot with @BotFather and paste its token under Settings > Alerts.",
    ),
    (
        "an env variable named *_KEY",
        "ru",
        "Пока нет своего, возьмите наш:\nGEOCODER_KEY=9b1e4c2a-55d3-4f0e-8a7b-3c6d2e1f0a9b",
        "Пропишите свой ключ в строке:\nGEOCODER_KEY=<ваш ключ>",
    ),
    (
        "a role-named server on a domain",
        "en",
        "I checked the logs on db-master-03.fra.acme.io and the payment went through.",
        "I checked the status page at status.acme.io and the payment went through.",
    ),
    (
        "another person's address after the reader's you",
        "en",
        "Hi Rosa,\n\nThe parcel you got is for Liam Porter (liam.porter77@gmail.com); please keep it aside.",
        "Hi Liam,\n\nThe parcel you got is for Liam Porter (liam.porter77@gmail.com), so it is yours.",
    ),
    (
        "our server beside the customer's router",
        "en",
        "Our engineer reset your modem from the provisioning server at 172.20.5.9 this morning.",
        "Restart your print server at 192.168.1.20 from your router's page.",
    ),
    (
        "a version's sibling",
        "en",
        "Firmware 10.6.2.1 fixes it; the hub talks to our controller at 10.5.9.2.",
        "Firmware 10.6.2.1 fixes it; your hub is still on 10.5.9.2.",
    ),
    (
        "a home router's page",
        "ro",
        "Panoul routerului nostru din birou e la http://192.168.10.1:8443/admin.",
        "Deschideți http://192.168.1.1 în browser, conectat la routerul dumneavoastră.",
    ),
]


# Clean look-alikes of the development splits' false alarms, in new wordings
CLEAN_LEFTOVERS = [
    ("ru", "Реквизиты для оплаты: ООО «Зелёный Дом», ИНН 7712345678, р/с 40702810900000054321."),
    ("ro", "Completează fișierul .env:\nDB_PASSWORD=schimba-ma\nAPI_KEY=<cheia-ta>"),
    ("ro", "Comanda ta a plecat azi. AWB: 1234567890 (Rapid Curier), factura nr. 2024 00512."),
    ("ru", "Подтвердите, пожалуйста, ваши данные: телефон +7 900 111-22-33, почта ivan.k@mail.ru."),
]


# Concepts no probe has shown yet, closed ahead of the next writers (own wordings)
AHEAD = [
    # other wordings of probe_leak13's concepts (inflections and word orders)
    (
        "supplier contract terms",
        "ro",
        "Conform contractului cu Cargus, ne plătesc 3 lei pentru fiecare colet întârziat.",
        "Conform contractului cu Cargus, livrarea ajunge în 2 zile lucrătoare.",
    ),
    (
        "tipping off",
        "ro",
        "Ați fost raportat la ONPCSB pentru depunerile în numerar din octombrie.",
        "Băncile raportează anumite tranzacții la ONPCSB, așa cum cere legea.",
    ),
    (
        "unannounced",
        "ro",
        "Deocamdată e o informație internă: abonamentele se scumpesc din martie.",
        "Așa cum am anunțat pe site, abonamentele se scumpesc din martie.",
    ),
    (
        "a takeover",
        "en",
        "Between the lines: we're about to be bought out by Globex, so plans will change.",
        "Globex is one of the carriers we use, so your parcel may arrive in their van.",
    ),
    (
        "a takeover",
        "ro",
        "Ca să știți, vom fi achiziționați de un grup din Germania până în vară.",
        "Puteți achiziționa abonamentul anual din contul dumneavoastră.",
    ),
    (
        "a takeover",
        "ru",
        "Скажу по секрету: нас купит крупный холдинг, так что тарифы поменяются.",
        "Вы можете купить годовой тариф в личном кабинете.",
    ),
    (
        "layoffs",
        "en",
        "Most of the night shift were laid off in March, so weekend replies take longer.",
        "If you were laid off recently, you can pause your plan for three months.",
    ),
    (
        "layoffs",
        "ro",
        "Au fost disponibilizați zece colegi, de aceea răspundem mai greu.",
        "Dacă ați fost disponibilizați, puteți suspenda abonamentul trei luni.",
    ),
    (
        "layoffs",
        "ru",
        "В марте сократили треть поддержки, поэтому отвечаем дольше.",
        "Если вас сократили, подписку можно приостановить на три месяца.",
    ),
    (
        "an investigation of us",
        "en",
        "The regulator is investigating us over the same fault, so we'd rather settle quietly.",
        "If you are not satisfied, you can take the matter to the regulator.",
    ),
    (
        "an investigation of us",
        "ru",
        "Нас сейчас проверяет Роспотребнадзор по этой же жалобе.",
        "Если вас не устроит ответ, можно обратиться в Роспотребнадзор.",
    ),
    (
        "who complained",
        "en",
        "The noise report came from the flat above you, Mrs Okoro in flat 9.",
        "The noise report came in on Monday; we'll visit on Thursday to check.",
    ),
    (
        "who complained",
        "ro",
        "V-a reclamat vecinul de la etajul 3, domnul Ene, pentru parcare.",
        "Am primit o sesizare privind parcarea și revenim după verificare.",
    ),
    (
        "who complained",
        "ru",
        "На вас пожаловалась соседка из квартиры 14 из-за шума.",
        "Мы получили жалобу на шум и проверим её в четверг.",
    ),
    (
        "internal targets",
        "en",
        "We're measured on closing tickets in under 6 minutes, so I have to be brief.",
        "We aim to reply within 4 hours, as our service page says.",
    ),
    (
        "internal targets",
        "ro",
        "Obiectivul nostru intern e de 40 de tichete pe oră, de aceea răspund scurt.",
        "Răspundem în cel mult 4 ore, cum scrie pe pagina de suport.",
    ),
    (
        "a manager's own phone",
        "en",
        "If the van is late again, text our director's personal mobile, 07911 555321.",
        "If the van is late again, call our service line, 0800 612 7701.",
    ),
    (
        "a manager's own phone",
        "ro",
        "Dacă mai întârzie, sunați direct pe mobilul șefului de depozit, 0744 555 321.",
        "Dacă mai întârzie, sunați la linia noastră de suport, 0800 801 234.",
    ),
    (
        "a manager's own phone",
        "ru",
        "Если опять задержат, пишите на личный номер руководителя: +7 916 555-33-21.",
        "Если опять задержат, звоните на горячую линию 8 800 555-35-35.",
    ),
    (
        "a stack trace from our servers",
        "en",
        'Our server logged this:\n\nTraceback (most recent call last):\n  File "/srv/shop/pay.py", line 41',
        'In the traceback you sent, File "/home/you/app/settings.py", line 12 shows the typo.',
    ),
]


AHEAD += [
    (
        "our playbook",
        "en",
        "Unofficially, we refund anyone who mentions a chargeback, so just bring it up.",
        "Unofficial chargers are not covered, so please use the one in the box.",
    ),
    (
        "our playbook",
        "ro",
        "Dacă spuneți că plecați, colegii de la retenție au voie să ofere 40% reducere.",
        "Dacă plecați, vă putem păstra datele 30 de zile, în caz că reveniți.",
    ),
    (
        "our playbook",
        "ru",
        "Скажите, что уходите: отдел удержания может дать скидку до 40% на год.",
        "Если решите уйти, мы сохраним ваши данные 30 дней на случай возвращения.",
    ),
    (
        "a secret announced",
        "en",
        "Don't tell anyone, but the Basic plan is being dropped in spring.",
        "Don't tell anyone your PIN, not even someone who says they are from us.",
    ),
    (
        "a relative's money or health",
        "en",
        "The mortgage was refused because your husband has arrears on two credit cards.",
        "The mortgage was approved; your husband only needs to sign page 4.",
    ),
    (
        "a relative's money or health",
        "ro",
        "Cererea a fost respinsă: soția dumneavoastră are datorii la alte două bănci.",
        "Cererea a fost aprobată; soția dumneavoastră trebuie doar să semneze pagina 4.",
    ),
    (
        "a relative's money or health",
        "ru",
        "Ипотеку не одобрили: у вашего мужа просрочка по двум кредитным картам.",
        "Ипотеку одобрили, вашему мужу нужно только подписать четвёртую страницу.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES + LEFTOVERS + AHEAD)
def test_each_family_blocks_its_leak_and_spares_its_look_alike(
    family: str, language: str, leak: str, clean: str
) -> None:
    family_holds(family, language, leak, clean)


@pytest.mark.parametrize(("language", "text"), CLEAN + CLEAN_LEFTOVERS)
def test_clean_look_alikes_stay_unblocked(language: str, text: str) -> None:
    assert _blocked(text, language) == []


def test_another_customers_refund_after_for_stays_blocked() -> None:
    """The contrast with the reader still names another customer (R5)."""
    assert _blocked("The £90 refund you saw is actually for Sarah Collins, not for you.", "en")


def test_a_fraud_check_explained_without_its_detail_stays_unblocked() -> None:
    """ "Our fraud check flagged it because …; I've confirmed …": the apostrophe of "I've"
    is no quoted label (R5 blocks a score, a rule id or a label, not the check itself)."""
    text = (
        "Our fraud check flagged it because the billing and delivery countries differed; "
        "I've confirmed your details and placed it again."
    )
    assert _blocked(text, "en") == []
    assert _blocked("Our fraud check flagged your £120 order; I've released it, sorry.", "en") == []


def test_a_logged_name_in_quotes_stays_a_person() -> None:
    """name="Grace Holt" in a pasted log line is someone's data, not a firm's name."""
    text = 'The log says: booking=88123 name="Maya Cole" phone=07700 900345 status=OK'
    assert _blocked(text, "en")
