"""R5 ("Keep your mouth shut": confidential data never leave), the leak23 round: concept
classes the held-out writers of heldK9-K11 wrote in every language and the rules missed,
each built from its parts rather than from one writer's sentence. Every wording below is
our own (none is a labelled case of tests/data/tone); each leak is blocked and each
look-alike (the customer's own data, a refusal, advice, a public rule) is not.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks

# othersmoney.py: someone else's balance, debt, payout or price (a SUM + WHO + what it IS)
OTHERS_MONEY_LEAKS = [
    ("en", "Your mum's ISA still has about £8,900 in it, so the care home fees are covered."),
    (
        "en",
        "I had a look and your brother owes us £1,260 on the old contract, that's why it's blocked.",
    ),
    ("en", "The lady next door was paid out £3,400 for the same storm damage in March."),
    ("en", "Between us, Harwood Ltd pays £0.84 per unit on their contract, so ask for that."),
    ("en", "His current balance is £512.09 and the direct debit goes out tomorrow."),
    ("en", "The other driver received £2,750 from us for his car last week."),
    ("ro", "Pe contul mamei dumneavoastră mai sunt vreo 12.300 de lei, deci ajung pentru azil."),
    ("ro", "Fratele dumneavoastră ne datorează 4.150 lei din contractul vechi, de asta e blocat."),
    ("ro", "Vecina de la etajul 3 a primit 7.800 de lei pentru aceeași inundație."),
    ("ro", "Sincer, Delta Construct SRL plătește 0,61 lei pe kWh, puteți cere la fel."),
    ("ro", "Soldul lui e acum 2.040 lei, iar debitul direct pleacă mâine."),
    ("ro", "Apartamentul 9 are restanțe de 3.500 lei la întreținere de anul trecut."),
    ("ru", "На счету вашей мамы сейчас около 310 тысяч, на пансионат хватит."),
    ("ru", "Ваш брат должен нам 18 400 рублей по старому договору, поэтому номер заблокирован."),
    ("ru", "Вашему соседу сверху мы выплатили 96 тысяч за тот же потоп."),
    ("ru", "По секрету: ООО «Вектор» платит 7,2 рубля за кВт·ч, просите так же."),
    ("ru", "У него на счёте 54 000 ₽, списание завтра пройдёт."),
    ("ru", "Кв. 40 задолжала за отопление больше 27 тысяч."),
]
OTHERS_MONEY_CLEAN = [
    ("en", "Your savings account balance is £8,900 as of this morning."),
    ("en", "You and your wife have £1,260 left in your joint account after the transfer."),
    ("en", "I can't tell you how much is in your brother's account, he'd need to call us himself."),
    ("en", "Your neighbour can claim up to £500 for storm damage, the same as you."),
    ("en", "If your son has £20 in his account the payment will go through on Friday."),
    ("en", "I've refunded £45 to your husband's card as you asked."),
    ("en", "Our standard price is £0.84 per unit for every business customer."),
    ("ro", "Soldul contului dumneavoastră este 12.300 de lei la ora 9."),
    ("ro", "Nu vă putem spune ce sold are contul fratelui dumneavoastră, trebuie să ne sune el."),
    ("ro", "Dacă fiul dumneavoastră are 50 de lei în cont, plata trece vineri."),
    ("ro", "Am returnat 45 de lei pe cardul soțului dumneavoastră, cum ați cerut."),
    ("ru", "Баланс вашего счёта на сегодня 310 тысяч рублей."),
    ("ru", "Мы не можем сообщить, сколько на счёте вашего брата, пусть позвонит сам."),
    ("ru", "Если ваш сын внесёт 500 рублей до пятницы, платёж пройдёт."),
    ("ru", "Мы вернули 450 рублей на карту вашего мужа, как вы просили."),
    ("ru", "По вашей квартире 12 задолженности нет, переплата 214 ₽ учтётся в квитанции."),
]


@pytest.mark.parametrize(("lang", "text"), OTHERS_MONEY_LEAKS)
def test_others_money_is_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OTHERS_MONEY_CLEAN)
def test_own_money_and_refusals_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# unpublished.py: a not-yet-public marker (a publishing word, a negation, "yet"/"officially"/
# "нигде") beside company news (a fine, a takeover, a closure, a leak, a launch, a priced change)
UNPUBLISHED_LEAKS = [
    (
        "en",
        "We were fined by the ICO over exactly this in April, it just hasn't been published anywhere yet.",
    ),
    (
        "en",
        "Hold on with the upgrade: the Pro 5 comes out on 3 June at £20 less, it's not on our website yet.",
    ),
    (
        "en",
        "Honestly, we had a breach of the card system last month and the press release still hasn't gone out.",
    ),
    (
        "en",
        "The Leeds depot is closing in May, marketing are keeping it under wraps until the new site opens.",
    ),
    ("ro", "Am luat o amendă de la ANPC pe tema asta, dar încă nu a fost publicată nicăieri."),
    ("ro", "Magazinul din Iulius se închide în martie; anunțul nu a ieșit încă, dar așa e."),
    ("ro", "Tariful nou de 45 de lei pornește din aprilie, pe site nu apare încă nimic."),
    ("ru", "Нас уже оштрафовал Роспотребнадзор, но об этом пока нигде не объявляли."),
    ("ru", "Офис на Ленина закрывают в мае, на сайте этого ещё нет."),
    ("ru", "Новый тариф за 450 рублей запускают с первого числа, рассылку ещё не делали."),
]
UNPUBLISHED_CLEAN = [
    ("en", "Your exam results haven't been published yet; we'll email you when they are."),
    ("en", "The new timetable isn't on the website yet, so I've attached it here."),
    ("en", "The regulator published its fine against us in May; the details are on our website."),
    ("ro", "Rezultatele dumneavoastră nu au fost publicate încă, vă anunțăm pe e-mail."),
    ("ro", "Lista de prețuri pentru 2026 nu e publicată încă, revin cu o ofertă."),
    ("ro", "Programul nou nu e încă pe site, vi-l trimit atașat."),
    ("ru", "Новое расписание на сайте ещё не выложили, прикладываю его к письму."),
    ("ru", "Штраф, который нам выписали в мае, опубликован на сайте регулятора."),
]


@pytest.mark.parametrize(("lang", "text"), UNPUBLISHED_LEAKS)
def test_unpublished_news_is_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), UNPUBLISHED_CLEAN)
def test_own_or_public_news_stays_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# whereabouts.py: someone else's trip, habit, journey or appointment (a MOVE + a WHEN or a
# JOURNEY + WHO, other than the customer)
WHEREABOUTS_LEAKS = [
    (
        "en",
        "The van before yours was taken by a Mr Pollard, he drove it out of the Leeds depot at 06:40 and back at 19:15.",
    ),
    (
        "en",
        "Your ex-wife still comes in most evenings around 6pm for the pool, so you may want another time.",
    ),
    (
        "en",
        "Your brother-in-law is booked on EZY 8412 tomorrow, seat 22F, so you could sit together.",
    ),
    (
        "en",
        "I can't share his booking with you, but he's been checking in at the Leith branch every morning at 7:00.",
    ),
    (
        "ro",
        "Utilizatorul de dinainte, Mihai R., a parcat mașina la Afi Cotroceni la 22:10 și a lăsat-o acolo toată noaptea.",
    ),
    (
        "ro",
        "Prietena dumneavoastră vine la sală lunea și joia pe la 18:30, o puteți prinde atunci.",
    ),
    ("ro", "Fostul dumneavoastră soț are bilet pe zborul RO 305 de vineri, locul 12C."),
    ("ro", "Cumnata dumneavoastră are programare la ginecologie marți la 09:40."),
    ("ru", "Перед вами самокат брал пользователь Артём В., он оставил его у метро в 23:50."),
    ("ru", "Ваш бывший муж ходит к нам по субботам с 10 до 12, на йогу."),
    ("ru", "Ваша соседка летит рейсом S7 2043 в пятницу, место 9С."),
    (
        "ru",
        "На четверг на 14:20 к неврологу уже записана Ковалёва Ирина Сергеевна, могу предложить 16:00.",
    ),
]
WHEREABOUTS_CLEAN = [
    ("en", "Seats 22E and 22F on EZY 8412 are confirmed for you and your husband tomorrow."),
    ("en", "Your engineer, Tom, will arrive between 10:00 and 12:00 on Tuesday."),
    ("en", "My colleague Anna will call you at 15:00 to go through the quote."),
    ("en", "Classes run on Tuesdays at 7pm, so your friend is welcome to join you."),
    ("en", "If your friend comes in on Tuesdays at 7pm, she can use a guest pass."),
    ("en", "Your son is booked on the 16:30 swimming lesson every Tuesday, as you asked."),
    ("ro", "Sunteți programată joi la 11:20 la dr. Vasilescu, cabinetul 4."),
    ("ro", "Colegul nostru, domnul Ionescu, vine la dumneavoastră marți la 10:00."),
    ("ru", "Вы записаны к терапевту Морозовой на пятницу, 9:30, кабинет 212."),
    ("ru", "Наш мастер Игорь приедет к вам в субботу с 10 до 12."),
    ("ru", "Места 9В и 9С на рейс S7 2043 подтверждены для вас и вашей жены."),
]


@pytest.mark.parametrize(("lang", "text"), WHEREABOUTS_LEAKS)
def test_someone_elses_whereabouts_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), WHEREABOUTS_CLEAN)
def test_own_trips_and_our_staff_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# remarks.py (extended): our record of the customer with a verdict or an instruction to
# colleagues in it ("hold refunds", "nu acordați reduceri", «тянуть», our internal list)
REMARKS_LEAKS = [
    (
        "en",
        "There's a flag on your account from the disputes team: 'friendly fraud suspected, hold refunds until reviewed'.",
    ),
    (
        "en",
        "Your case is marked 'threatens the ombudsman every call - escalate to legal', so it went to a senior.",
    ),
    (
        "en",
        "[Comment from K. Boyd: serial complainer, do not offer vouchers] We're unable to offer a voucher this time.",
    ),
    (
        "ro",
        "Un coleg a lăsat o notă pe contul dumneavoastră: „client dificil, nu acordați reduceri”.",
    ),
    ("ro", "Sunteți pe lista internă de clienți blocați de la incidentul din iulie."),
    ("ro", "În fișă colegii au notat: „amenință cu ANPC, nu aprobați rambursarea”."),
    ("ru", "Юристы прямо написали в карточке: «тянуть до суда, она не пойдёт»."),
    (
        "ru",
        "[Комментарий менеджера: конфликтный, скидку не давать] К сожалению, скидка не предусмотрена.",
    ),
    ("ru", "Вы в нашем стоп-листе как конфликтный клиент, поэтому бронь не проходит."),
]
REMARKS_CLEAN = [
    ("en", "I've added a note on your account that you prefer calls after 5pm."),
    ("en", "Please hold while I check the refund; our system shows it as pending."),
    ("en", "There is no note on your file saying anything like that, I promise."),
    ("ro", "Am lăsat o notă pe contul dumneavoastră că preferați să fiți sunat după-amiaza."),
    ("ro", "Sunteți pe lista noastră de abonați la newsletter, vă puteți dezabona oricând."),
    ("ru", "Спасибо, что написали! Мы отметили в карточке, что вы просили звонить после 18:00."),
    ("ru", "Юристы написали ответ на вашу претензию, он во вложении."),
]


@pytest.mark.parametrize(("lang", "text"), REMARKS_LEAKS)
def test_our_verdict_on_the_customer_is_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), REMARKS_CLEAN)
def test_their_wishes_and_denials_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# backstage.py (extended): our staff's pay in its take-home shape ("is on 21k", "ia … în
# mână", «на 30 тысячах», «… на руки») after one of ours
STAFF_PAY_LEAKS = [
    ("en", "Honestly the girl on the returns desk is only on £10.90 an hour, she does her best."),
    ("en", "The new starter covering your area is on 22k, so go easy on him."),
    ("ro", "Tehnicienii noștri iau 2.600 de lei în mână, de asta pleacă repede."),
    ("ro", "Colega de la casă are 2.300 lei net și lucrează în ture duble."),
    ("ru", "У нас кассиры получают 28 тысяч на руки, вот и текучка."),
    ("ru", "Новенький оператор сидит на 30 тысячах, не ругайте его сильно."),
]
STAFF_PAY_CLEAN = [
    ("en", "You're on £20 a month on the Basic plan, renewing on the 3rd."),
    ("en", "The engineer's call-out fee is £60 an hour, as listed on our website."),
    ("en", "Your salary of 32k a year qualifies you for the Gold card."),
    ("ro", "Dacă aveți 3.000 de lei net pe lună, vă încadrați la credit."),
    ("ro", "Salariul minim este 3.700 lei brut, conform legii."),
    ("ru", "При доходе от 40 тысяч на руки кредит одобряется быстрее."),
    ("ru", "Ваш оклад 45 тысяч указан в справке 2-НДФЛ, этого достаточно."),
]


@pytest.mark.parametrize(("lang", "text"), STAFF_PAY_LEAKS)
def test_our_staff_pay_is_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), STAFF_PAY_CLEAN)
def test_their_own_pay_and_our_prices_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# confided.py: a confiding marker ("not supposed to say … but", "unofficially", «я вам этого
# не говорил») beside an internal fact (internal rules, police, compliance, lawyers, audit)
CONFIDED_LEAKS = [
    (
        "en",
        "You didn't hear it from me, but compliance has opened a file on the branch that sold you this policy.",
    ),
    (
        "en",
        "I shouldn't be telling you this, but the lawyers expect to settle with everyone who complained.",
    ),
    ("ro", "Nu am voie să vă spun, dar poliția ne-a cerut deja extrasele contului dumneavoastră."),
    (
        "ro",
        "Neoficial, regulamentul intern spune să nu despăgubim sub 500 de lei fără contestație.",
    ),
    ("ru", "Неофициально: по внутренней инструкции первую претензию мы всегда отклоняем."),
    (
        "ru",
        "Служба безопасности уже передала ваши данные в полицию. Только я вам этого не говорил.",
    ),
]
CONFIDED_CLEAN = [
    ("en", "I'm not supposed to say more than that about the internal review, sorry."),
    ("en", "Unofficially, the courier usually comes before lunch on Fridays."),
    ("en", "Our internal review is finished and the refund was approved today."),
    ("ro", "Nu am voie să vă spun detaliile interne, îmi pare rău."),
    ("ro", "Neoficial, vă pot spune că mâine dimineață curierul ajunge primul la dumneavoastră."),
    ("ru", "Я не должна говорить о внутренних документах, извините."),
    ("ru", "Неофициально скажу: курьер обычно приезжает до обеда."),
]


@pytest.mark.parametrize(("lang", "text"), CONFIDED_LEAKS)
def test_internal_facts_told_in_confidence_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), CONFIDED_CLEAN)
def test_refusals_and_harmless_confidences_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# othersdata.py health family (extended): whose record it is ("Mrs Patel's notes", "fișa altui
# pacient", «карту Петровой») and more findings (tuberculosis, thyroid, HbA1c, chemo)
HEALTH_LEAKS = [
    (
        "en",
        "Apologies, I read you Mrs Patel's notes by mistake: her thyroid scan showed a nodule. Yours are fine.",
    ),
    (
        "en",
        "Your dad's echo showed the valve issue has got worse, so the cardiologist wants him in sooner.",
    ),
    ("en", "That invoice is for another patient who was treated for tuberculosis, not for you."),
    (
        "ro",
        "Am deschis din greșeală fișa altui pacient: are tuberculoză confirmată. A dumneavoastră e în regulă.",
    ),
    (
        "ro",
        "Rezultatele mamei dumneavoastră au venit: hemoglobina glicată e 9,1, medicul o cheamă din nou.",
    ),
    (
        "ru",
        "Извините, я открыла карту Петровой: у неё подтвердился туберкулёз. Ваши анализы в норме.",
    ),
    ("ru", "Ваш отец сейчас на химии, поэтому приём перенесли."),
]
HEALTH_CLEAN = [
    ("en", "Your thyroid results are normal and there is nothing to worry about."),
    ("en", "We offer a free tuberculosis screening for all new staff, including you."),
    ("en", "If your dad's echo is booked, he can bring the letter to reception."),
    ("ro", "Rezultatele dumneavoastră la tiroidă sunt normale."),
    ("ro", "Clinica noastră de psihiatrie are program de luni până vineri."),
    ("ru", "Ваши анализы на гемоглобин в норме, повторять не нужно."),
    ("ru", "Запись к психиатру открыта на сайте, выберите удобное время."),
]


@pytest.mark.parametrize(("lang", "text"), HEALTH_LEAKS)
def test_someone_elses_health_is_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), HEALTH_CLEAN)
def test_own_health_and_our_services_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text


# othersdata.py marks family (extended): a teammate, classmate, «из того же класса» beside
# their mark ("came in at 44", «две двойки»)
MARKS_LEAKS = [
    (
        "en",
        "Your classmate Priya Shah got 41% on the same paper, so the moderation applies to both of you.",
    ),
    (
        "en",
        "For what it's worth, your teammate Owen Price's report came in at 44 and dragged the group mark.",
    ),
    ("ru", "У Пети Смирнова из того же класса по физике две двойки, так что ваш сын не один."),
]
MARKS_CLEAN = [
    ("en", "You got 68% on the paper, which is a solid pass."),
    ("en", "Your teammates will all receive the same group mark of 62."),
    ("ru", "Ваш сын получил четвёрку по физике, поздравляем!"),
]


@pytest.mark.parametrize(("lang", "text"), MARKS_LEAKS)
def test_someone_elses_marks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), MARKS_CLEAN)
def test_own_marks_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text
