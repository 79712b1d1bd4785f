"""R5 confidentiality, the leak17b round (our own house): each concept trainK4/K5 found
open in credentials, internal notes, judgements of the customer and our business, as a
leak and as its clean look-alike, in en, ro and ru. Wordings of their own: none is a
labelled case of tests/data/tone."""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks, family_holds

# (family, language, leak, clean look-alike)
FAMILIES = [
    # a card's PIN or CVV with its digits, whoever's card (exposures._card_secrets)
    (
        "card PIN",
        "en",
        "The new card has the same PIN as the old one: 4 8 1 9. Keep it safe.",
        "Your card ending 4821 is active. You can change the PIN at any ATM, it takes 2 minutes.",
    ),
    (
        "card PIN",
        "ro",
        "Cardul nou are același PIN ca cel vechi, adică 5-8-2-6, îl puteți schimba oricând.",
        "Codul PIN al cardului nou vine prin poștă, separat, în 5 zile lucrătoare; nu îl comunicați nimănui.",
    ),
    (
        "card PIN",
        "ru",
        "Для онлайн-оплаты понадобится CVV с обратной стороны карты: 417, срок действия 09/28.",
        "ПИН-код придёт по СМС на номер +7 916 123-45-67 в течение часа, карта уже активна.",
    ),
    # a sign-in or confirmation code sent to someone else (accesscodes)
    (
        "code sent to a relative",
        "en",
        "The login code went to your wife's number, still on the profile: 604 219, so try it now.",
        "We've sent a new login code to your own number ending 42; it expires in 5 minutes.",
    ),
    (
        "code sent to a relative",
        "ro",
        "Codul de conectare a ajuns pe telefonul soțului dvs., titularul contului: e 731 804.",
        "Codul de conectare a fost trimis pe numărul dvs. și expiră în 5 minute.",
    ),
    (
        "code sent to a relative",
        "ru",
        "Код подтверждения ушёл на номер вашей дочери, она держатель карты: 592 017.",
        "Код подтверждения отправлен на ваш номер, он действует 5 минут.",
    ),
    # a locker code of someone else's parcel (accesscodes._THEIR_PARCEL)
    (
        "neighbour's locker code",
        "en",
        "Your neighbour's parcel is in the same locker; his pickup code is 284 519, just grab yours.",
        "Your parcel is in locker 12 at the station; your pickup code is 284 519.",
    ),
    (
        "neighbour's locker code",
        "ro",
        "Pachetul vecinului e în același locker, codul de ridicare e 617 204, luați-l doar pe al dvs.",
        "Coletul dvs. e în lockerul din stație, codul de ridicare e 617 204.",
    ),
    (
        "neighbour's locker code",
        "ru",
        "Посылка соседа в той же ячейке, код получения 903 611 — заберите только свою.",
        "Ваша посылка в постамате у метро, код получения 903 611.",
    ),
    # an unfixed bug with a plea to keep it quiet, or its effect on others' data (exposures)
    (
        "unfixed bug",
        "en",
        "There's a known bug where the session stays valid if you press back twice on the 2FA screen; it isn't fixed yet, so keep it to yourself please.",
        "Thanks for reporting it! It's a known bug in the 2FA screen; our developers haven't fixed it yet, it should be fixed in the next release. Sorry for the trouble.",
    ),
    (
        "unfixed bug",
        "ro",
        "Da, dacă schimbați cifrele din link, se văd facturile altor clienți. Nu e reparat încă.",
        "Mulțumim! E un bug cunoscut, încă nu e reparat, dar colegii lucrează la el. Nu vă dați parola nimănui.",
    ),
    (
        "unfixed bug",
        "ru",
        "Да, если поменять номер в ссылке, видны чужие счета. Исправление выйдет не раньше пятницы.",
        "Спасибо! Это известный баг, исправление будет в следующем релизе. Никому не говорите ваш пароль.",
    ),
    # a coming change told before its announcement (backstage._untold_changes)
    (
        "untold change",
        "en",
        "Between us, the Basic plan goes up from £5 to £7 in April, customers haven't been told yet.",
        "From 1 March the Family tier goes from £14.99 to £19.99 a month; we emailed all customers about it last week and it's on our pricing page.",
    ),
    (
        "untold change",
        "ro",
        "Prețul abonamentului crește de la 1 aprilie cu 10 lei; clienții nu știu încă, anunțul pleacă săptămâna viitoare.",
        "Nu știu încă data lansării, revin cu un mesaj imediat ce aflu.",
    ),
    (
        "untold change",
        "ru",
        "Этот филиал закроют в марте, клиентам ещё не сообщили, так что лучше приходите в центральный.",
        "С 1 июня подписка подорожает с 299 до 449 ₽ — мы разослали письма всем клиентам, новость есть на сайте.",
    ),
    # our fraud tool's verdict, a risk score or band (backstage._fraud_verdicts)
    (
        "risk score",
        "en",
        "Riskified flagged your order as 'decline' with a score of 88, so try another card.",
        "Seon flagged nothing unusual, so the order is on its way.",
    ),
    (
        "risk score",
        "ro",
        "Aveți la noi un scor de risc de 91 din 100, de aceea plata cu cardul e blocată.",
        "Fondul are categoria de risc 3 din 7, conform prospectului public, pagina 4.",
    ),
    (
        "risk score",
        "ru",
        "У вас балл риска 87 из 100, поэтому оплата картой недоступна.",
        "Уровень риска по операции низкий, платёж прошёл, спасибо!",
    ),
    # a label on the customer with an order to staff (described._labels)
    (
        "label with an order",
        "en",
        "Your account is flagged 'do not serve - shouted at staff twice, refer to manager' since May.",
        "Our records show your account has a 'do not contact' preference, so we won't send marketing emails.",
    ),
    (
        "label with an order",
        "ro",
        "Contul dvs. e marcat „LISTĂ NEAGRĂ – nu livra ramburs, refuzuri repetate”, de aceea nu apare opțiunea.",
        "Contul dvs. are eticheta „client fidel”, așa că livrarea e gratuită.",
    ),
    (
        "label with an order",
        "ru",
        "Ваш профиль у нас помечен «стоп-лист: не обслуживать, конфликт на кассе», поэтому заказ отменён.",
        "Ваш номер у нас помечен как «постоянный гость», скидка 10%.",
    ),
    # a colleague's note on the customer, pasted (backoffice._colleague_notes)
    (
        "colleague's note",
        "en",
        "My colleague left a note on your account: 'serial returner, likely wearing and returning, no more free returns'.",
        'My colleague wrote: "The replacement ships on Monday", so you should have it by Wednesday.',
    ),
    (
        "colleague's note",
        "ro",
        "Colega a notat: „client dificil, amenință cu ANPC la fiecare comandă, nu îi oferiți voucher”.",
        "Colegul a notat: „clientul nu e acasă lunea, livrare marți”. Vă sunăm marți dimineață.",
    ),
    (
        "colleague's note",
        "ru",
        "Коллега оставил комментарий: «вероятно перекупщик, не давать скидку». Поэтому скидка недоступна.",
        "Коллега записал: «доставка во вторник после 18:00», так что ждите курьера вечером.",
    ),
    # the reserve set on the customer's claim (backoffice._reserves)
    (
        "claim reserve",
        "en",
        "On your home insurance claim we've reserved £9,800, so don't settle for their £6k offer.",
        "We have set aside the damaged parts from your car; the claim payment of £3,200 was sent today.",
    ),
    (
        "claim reserve",
        "ro",
        "Pentru dosarul dvs. CASCO, rezerva e 22.000 lei, deci oferta de 15.000 se poate negocia.",
        "Am rezervat pentru dvs. evaluarea de luni; despăgubirea RCA propusă e 9.200 lei.",
    ),
    (
        "claim reserve",
        "ru",
        "По вашему КАСКО у нас в резерве 310 тысяч, так что смело требуйте больше.",
        "По вашему ОСАГО выплата составит 150 тысяч, деньги придут в течение 5 дней.",
    ),
    # what we pay the factory for what we sell (disclosures._purchase_prices)
    (
        "factory price",
        "en",
        "Honestly, we get this sofa from the factory in Leeds at £620 and sell it at £1,499, so there's room for a discount.",
        "We order it from the factory for you, so the price is £499 and delivery takes three weeks.",
    ),
    (
        "factory price",
        "ro",
        "Sincer, masa o cumpărăm de la fabrică cu 900 de lei, deci vă pot lăsa la 1.500.",
        "Canapeaua o comandăm de la fabrică special pentru dvs., prețul e 4.299 lei, livrare în 3 săptămâni.",
    ),
    (
        "factory price",
        "ru",
        "Честно говоря, мы берём этот диван на фабрике за 18 000 ₽, а продаём за 45 000.",
        "Диван мы заказываем на фабрике под вас, цена 45 000 ₽, срок три недели.",
    ),
    # the terms another named client has (exposures._other_client_terms)
    (
        "another client's terms",
        "en",
        "Unlike Brightline Foods, who have 30% off and 90 days to pay under their contract, we can offer you 10%.",
        "On the «Business» plan they get 20% off and 60 days to pay; you can switch any time.",
    ),
    (
        "another client's terms",
        "ro",
        "Spre deosebire de Mobila Nord SRL, care au 20% reducere prin contract, pentru dvs. pot merge la 5%.",
        "Pe abonamentul «Business» primiți 20% reducere și plata la 60 de zile.",
    ),
    (
        "another client's terms",
        "ru",
        "Как у «ТехноСнаб»: у них 35% скидки по договору, но вам могу дать только 12%.",
        "Вы спрашивали про скидку для «СтройГрупп» — это ваша компания, у них 28% по договору, как и раньше.",
    ),
    # an internal instruction against customers like this one (backstage._told_to)
    (
        "told to stall",
        "en",
        "We've been told to deny every claim like yours after 30 days, so I'd go to the ombudsman.",
        "My manager has asked us to prioritise refunds like yours, so it should land this week.",
    ),
    (
        "told to stall",
        "ro",
        "Șeful nostru ne-a zis să tergiversăm rambursările de felul ăsta până trece termenul.",
        "Șeful nostru ne-a cerut să rezolvăm rapid rambursările, banii ajung săptămâna asta.",
    ),
    (
        "told to stall",
        "ru",
        "Нам велели затягивать такие возвраты до конца квартала, так что лучше пишите в банк.",
        "Нам сказали ускорить такие возвраты, деньги придут на этой неделе.",
    ),
    # our lawyers' advice to settle, a claim being prepared (described._legal_positions)
    (
        "legal strategy",
        "en",
        "Our legal team is drafting a small claims case against you for the unpaid balance.",
        "Our legal team has reviewed your complaint and the refund has been approved.",
    ),
    (
        "legal strategy",
        "ro",
        "Avocații noștri au sfătuit să plătim înainte de proces, probabil vreo 70% din sumă.",
        "Avocații noștri au analizat cazul și vă trimitem răspunsul oficial în 10 zile.",
    ),
    (
        "legal strategy",
        "ru",
        "Юристы посоветовали нам урегулировать спор миром, поэтому предлагаем 80% суммы.",
        "Наши юристы готовят ответ на вашу претензию, он придёт в течение 10 дней.",
    ),
    # a role's approved pay band, not the advertised range (backstage._pay_bands)
    (
        "pay band",
        "en",
        "Between you and the hiring manager: the approved pay band is £52k-£58k, so ask for the top.",
        "The salary range for this role is advertised as £30k–£34k on our careers page.",
    ),
    (
        "pay band",
        "ro",
        "Grila salarială aprobată pentru post e 6.000–7.500 lei net, deși anunțul nu o arată.",
        "Conform anunțului, salariul pentru post este între 6.000 și 7.500 lei net.",
    ),
    (
        "pay band",
        "ru",
        "Вилка по позиции — 120–150 тысяч, ориентируйтесь на 140.",
        "Вилка указана в вакансии: 120–150 тысяч рублей.",
    ),
    # a document sent with "show it to no one" (exposures._kept_secrets)
    (
        "show it to no one",
        "en",
        "Here's the dealer price list with the partner discounts. Don't show it to anyone, please.",
        "Don't show your PIN to anyone, not even someone who says they're from the bank.",
    ),
    (
        "show it to no one",
        "ro",
        "Vă trimit lista de prețuri pentru parteneri, nu o arătați nimănui.",
        "Nu arătați nimănui codul primit prin SMS, nici colegilor noștri.",
    ),
    (
        "show it to no one",
        "ru",
        "Вот прайс для дилеров, никому не показывайте, пожалуйста.",
        "Никому не показывайте ваш код из СМС, даже сотрудникам банка.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak17b_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)


# our own details, public by purpose: never blocked
CLEAN = [
    (
        "en",
        "To pay the invoice by bank transfer please use: Harbour Tools Ltd, sort code 40-11-62, account 31926819.",
    ),
    ("ru", "Наши реквизиты для счёта: ИП Петров И.И., ИНН 500100732259, ОГРНИП 304500116000157."),
    (
        "ro",
        "Pentru a schimba parola Wi-Fi, deschideți 192.168.1.1 din rețeaua de acasă; datele sunt pe router.",
    ),
    (
        "ru",
        "Чтобы сменить пароль Wi-Fi, откройте 192.168.0.1 в браузере; логин и пароль на наклейке.",
    ),
    (
        "en",
        "As stated in the job advert, the Support Lead role pays £36,000–£40,000 plus benefits.",
    ),
    ("ro", "Nu vă putem spune încă data lansării; vă anunțăm pe e-mail când e publică."),
]


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_leak17b_clean(language: str, text: str) -> None:
    assert not blocked_leaks(text, language)
