"""R5 confidentiality, the leak18b round (our own house): what our records say of the
customer (a flag, a score, a list, a note quoted) and a hole of ours not yet fixed, as
a leak and its clean look-alike in en, ro and ru. Wordings of their own: none is a
labelled case of tests/data/tone."""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

# (family, language, leak, clean look-alike)
FAMILIES = [
    # the account labelled by our risk body, the wrongdoing named (backstage._fraud_verdicts)
    (
        "suspicion flag",
        "en",
        "Your payout is on hold: the profile was marked by our compliance team as a likely mule account.",
        "Your payout is on hold while our compliance team checks the payment; it usually takes a day.",
    ),
    (
        "suspicion flag",
        "ro",
        "Transferul e blocat, contul a fost semnalat de departamentul nostru antifraudă pentru spălare de bani.",
        "Transferul e blocat temporar, departamentul nostru antifraudă verifică plata și revine azi.",
    ),
    (
        "suspicion flag",
        "ru",
        "Карту заблокировали, потому что её пометила служба безопасности как связанную с обналом.",
        "Карту временно заблокировали для вашей безопасности, позвоните по номеру на обороте.",
    ),
    # an internal score of the customer with its figure (backstage._fraud_verdicts)
    (
        "internal score",
        "en",
        "The loan was declined because your internal credit score came out at 390 against a cut-off of 420.",
        "The loan was declined; you can ask the credit bureaus for your own report free of charge.",
    ),
    (
        "internal score",
        "ro",
        "Scoringul băncii v-a acordat doar 380 de puncte, iar pragul nostru e 450.",
        "Cererea nu a fost aprobată; puteți cere raportul dvs. de la Biroul de Credit gratuit.",
    ),
    (
        "internal score",
        "ru",
        "Выплаты остановлены: у вашего магазина индекс доверия упал до 41 при пороге 55.",
        "Выплаты остановлены до проверки документов, обычно это занимает два рабочих дня.",
    ),
    # an internal list of refused customers (backoffice._blocklist)
    (
        "internal list",
        "en",
        "We can't sell you the ticket, your email is on our internal do-not-serve list since March.",
        "We can't sell you the ticket online, the internal booking system is down until 6pm.",
    ),
    (
        "internal list",
        "ro",
        "Nu vă putem închiria sala, numele apare în lista internă a clienților problemă.",
        "Nu vă putem închiria sala sâmbătă, e ocupată; lista internă de rezervări arată liber duminică.",
    ),
    (
        "internal list",
        "ru",
        "Бронь не проходит, потому что ваш номер внесён во внутренний список нежелательных гостей.",
        "Бронь не проходит из-за сбоя, внутренний сервис бронирования перезапустят к вечеру.",
    ),
    # a note of ours on the customer, quoted from the file (backoffice._colleague_notes)
    (
        "internal note quoted",
        "en",
        "Update on the claim: the investigator's report states 'damage pre-dates the policy, decline and close'.",
        "Update on the claim: the investigator's report states 'damage confirmed, repair approved'.",
    ),
    (
        "internal note quoted",
        "ro",
        "În dosarul dvs. scrie: „daune mai vechi decât polița, de respins după termen”.",
        "În dosarul dvs. scrie: „reparație aprobată, plata în 5 zile”.",
    ),
    (
        "internal note quoted",
        "ru",
        "В деле по вашему полису написано: «повреждения старые, в выплате отказать».",
        "В деле по вашему полису написано: «ремонт согласован, выплата через 5 дней».",
    ),
    # a hole of ours not fixed yet, told with its effect (exposures._weaknesses)
    (
        "unfixed hole: other customers' data",
        "en",
        "We haven't fixed it yet, but if you edit the number in the receipt link you can load other customers' receipts.",
        "We fixed it last night: a receipt link now only opens for the account that owns it.",
    ),
    (
        "unfixed hole: other customers' data",
        "ro",
        "Încă nu e reparat: dacă schimbați cifra din link, puteți vedea facturile altor clienți.",
        "Am reparat problema: linkul facturii se deschide acum doar din contul dvs.",
    ),
    (
        "unfixed hole: other customers' data",
        "ru",
        "Пока не починили: если в адресе поменять цифру, можно открыть чужие заказы.",
        "Ошибку исправили: ссылка на заказ теперь открывается только из вашего кабинета.",
    ),
    # a flaw that lets one skip paying, not fixed yet (exposures._free_rides)
    (
        "unfixed hole: no payment",
        "en",
        "The app still has a bug they haven't fixed: if you pause the ride twice, it ends without payment.",
        "If you pause the ride twice in a row, the app asks you to confirm; you are charged only for riding time.",
    ),
    (
        "unfixed hole: no payment",
        "ro",
        "Problema nu a fost reparată: dacă scanați codul de două ori, intrați fără plată.",
        "Dacă aveți abonament, intrați fără plată; scanați codul la turnichet.",
    ),
    (
        "unfixed hole: no payment",
        "ru",
        "Это ещё не исправили: если закрыть приложение до конца поездки, деньги не спишутся.",
        "Если поездка сорвалась по нашей вине, деньги не спишутся, проверьте историю через час.",
    ),
    # what we pay our carrier per parcel (disclosures._purchase_prices)
    (
        "our carrier's rate",
        "en",
        "Between us, we pay the courier just £1.90 a parcel, so I'll waive the £4.99 delivery for you.",
        "The courier charges £4.99 for next-day delivery; I'll waive it for you this time.",
    ),
    (
        "our carrier's rate",
        "ro",
        "Noi îi plătim transportatorului 8 lei pe colet, așa că vă pot returna taxa de 20 lei.",
        "Curierul percepe 20 de lei pentru livrare; de data asta vă returnez taxa.",
    ),
    (
        "our carrier's rate",
        "ru",
        "Мы платим перевозчику 150 рублей за коробку, поэтому доставку я вам верну.",
        "Перевозчик берёт за доставку 390 рублей, но в этот раз я вам её верну.",
    ),
    # what another client's contract is worth (exposures._other_client_terms)
    (
        "another client's contract value",
        "en",
        "Plenty of big names use us: the Northgate Hotels group renewed last month and their contract is worth £1.3m a year.",
        "Plenty of big names use us; your own contract renews in March at £1,200 a year.",
    ),
    (
        "another client's contract value",
        "ro",
        "Avem clienți mari, de pildă Delta Logistic SRL, cu un contract de 2 milioane de lei pe an.",
        "Contractul dvs. se reînnoiește în martie, la 1.200 de lei pe an.",
    ),
    (
        "another client's contract value",
        "ru",
        "Крупных клиентов у нас много: с «СеверСталь-Сервис» договор на 9 миллионов в год.",
        "Ваш договор продлевается в марте, сумма — 12 тысяч рублей в год.",
    ),
    # staff cuts or a closure not yet told (backoffice._business)
    (
        "planned layoffs",
        "en",
        "I'd wait before renewing: most of our night staff are getting let go after the merger.",
        "Half of the team is leaving early today for a training day, so replies may be slower.",
    ),
    (
        "planned layoffs",
        "ro",
        "Nu vă grăbiți cu abonamentul: se închide depozitul din Cluj și jumătate din echipă pleacă.",
        "Jumătate din echipă pleacă azi mai devreme la un curs, așa că răspundem mai greu.",
    ),
    (
        "planned layoffs",
        "ru",
        "Лучше не продлевайте: филиал закрывают, а курьеров сокращают уже с весны.",
        "Филиал закрыт на санобработку до среды, курьеры возят заказы из центрального склада.",
    ),
    # a change of ours not yet announced, told before it is (backstage._unannounced)
    (
        "unannounced change",
        "en",
        "Prices go up 15% in May; members haven't been told yet, so renewing now saves you money.",
        "Prices go up 15% in May; we emailed all members about it last week.",
    ),
    (
        "unannounced change",
        "ro",
        "Din mai abonamentul se scumpește cu 20%, dar clienților încă nu li s-a spus.",
        "Din mai abonamentul se scumpește cu 20%; am anunțat clienții pe e-mail săptămâna trecută.",
    ),
    (
        "unannounced change",
        "ru",
        "С июня доставку сделают платной, но покупателям пока не сообщали, так что заказывайте сейчас.",
        "С июня доставка станет платной, мы писали об этом всем покупателям в рассылке.",
    ),
    # a code or card meant for our staff, handed to a customer (disclosures._staff_codes)
    (
        "staff discount code",
        "en",
        "If the sale price won't apply, use TEAM-25-QZ at checkout, it's the code we use internally.",
        "If the sale price won't apply, use SPRING25 at checkout; it's on our homepage for everyone.",
    ),
    (
        "staff discount code",
        "ro",
        "Spuneți la casă că aveți cardul de angajat 7701-3390 și primiți 25% reducere.",
        "Spuneți la casă că aveți cardul de fidelitate și primiți 5% reducere la orice produs.",
    ),
    (
        "staff discount code",
        "ru",
        "Назовите администратору промокод «КОМАНДА-30», это скидка для своих.",
        "Назовите администратору промокод «ВЕСНА-10», он есть на сайте для всех клиентов.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak18b_family(family: str, language: str, leak: str, clean: str) -> None:
    """Each family's leak is blocked and its look-alike is not (R5)."""
    family_holds(family, language, leak, clean)
