"""leak52, on heldK31's and trainK38's misses (development splits; tuned, not an estimate), and
the first-run misses of earlier held-out writers: families worded by words, not by one wording
(R5: "Keep your mouth shut"). Wordings written for this test, none a labelled case. Each is a
leak that must be blocked beside a look-alike that must not:

- a regulator or the police named with its check on us in one clause, whatever the verb
  (audits.under_watch), beside the customer's route to it, a check that may come, and who
  licenses us;
- a sum kept under a check or split round it, in more words for the check got round ("you won't
  be held up", „fără SMS de confirmare", „nu vă mai cere nimeni", «проверки не будет», «без
  осмотра») and for the way round („nu treceți … peste", „împărțiți … pe câteva zile", «на два
  заказа») (loopholes._evasions), beside a published bar stated („sub pragul de 9,35");
- a colleague run down in more words („habar n-are", „mai încurcă lucrurile", «понятия не
  имеет», «вечно всё путает») after "what X told you", «он у нас», „șefa noastră de tură"
  (backstage._colleague_faults), beside the agent owning that they do not know;
- a colleague's sanction: a pay cut, or "Tom has been put on a final written warning"
  (exposures._staff_matters), beside a discount and a delivery put on hold;
- another patient "who was before you" with their condition or reaction (othersdata's health
  family), beside the customer's own reaction;
- a known bug told with its use: a discount taken twice, a way in without the code, six zeros
  (weaknesses._failing), beside a payment sandbox's test card;
- our hosts: a "-int" domain, a numbered VPN host, a record in our ops views (secrets._hosts),
  beside a SaaS admin address the customer logs in to;
- the leavers' offer got by "tell them you're off to …" or by naming a competitor, its gain "six
  months free" too (backstage._say_leaving);
- a false reason picked (an imperfective «выбирайте», "say it arrived faulty") with what it gets
  past („nu se verifică", «вернут сразу», «забирать не будут») (loopholes._picked_option);
- another traveller's flight ("flew with us", „a zburat") with its seat, and a car "on a rental"
  found by its tracker (whereabouts), beside the customer's own flight and rental;
- our losses with their amount (disclosures' business figures), beside a loss of the customer's;
- another order, or one on someone's name, with the street it went to
  (persons._other_order_address), beside the customer's second order sent to them;
- a supplier's or seller's terms with us said as "are în contract", «у него с нами», the terms
  before the contract in its sentence too (backstage._supplier_contracts), beside our public fee;
- an exam's questions said to be the practice test's (loopholes._exam_key), beside its format;
- a claim against us in more words („ne-a dat în judecată", «на нас сейчас подали групповой иск»),
  our sale „suntem deja vânduți" and cuts „restul suntem dați afară" (backstage);
- advice to wait for a launch as «я бы пока не брала» (unpublished._wait_for_launch), beside a
  colour that is simply out of stock.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "a regulator going through our handling",
        "en",
        "Replies are slow this month because Ofgem are going through our billing complaints right now.",
        "If you are not happy with our answer, you can ask Ofgem to look at our billing complaints.",
    ),
    (
        "the police asking us for records",
        "en",
        "I can see the police asked us for the call logs on your line last week, so I can't change it.",
        "If the calls carry on, please report them to the police and give them the dates you noted.",
    ),
    (
        "a regulator's review into us",
        "en",
        "The CMA has opened a review into how we price renewals, so the offer is on hold.",
        "We are authorised by the FCA, and the CMA's review of renewal pricing is on its website.",
    ),
    (
        "an inspection of us from the regulator (ro)",
        "ro",
        "Întârzierea vine de acolo că avem control de la ANCOM de o săptămână pe tarife.",
        "Dacă nu sunteți mulțumit, puteți sesiza ANCOM, care va verifica tarifele noastre.",
    ),
    (
        "the tax office checking us (ro)",
        "ro",
        "Facturile întârzie fiindcă suntem în verificare la ANAF până la sfârșitul lunii.",
        "Suntem autorizați de ASF, iar autorizația este verificabilă în registrul public.",
    ),
    (
        "the central bank busy with us (ru)",
        "ru",
        "Вклады пока не открываем: Центробанк сейчас нами плотно занимается.",
        "Если ответ вас не устроит, вы можете обратиться в Центробанк, он проверит нашу работу.",
    ),
    (
        "a prosecutor's request to us (ru)",
        "ru",
        "Прокуратура на прошлой неделе запрашивала у нас данные по этому магазину.",
        "Подайте заявление в полицию и пришлите нам номер КУСП — это ускорит проверку.",
    ),
    (
        "a sum sent in two to pass the call",
        "en",
        "The confirmation call only starts at £2,000, so send £1,950 today and the rest on Monday and you won't be held up.",
        "Transfers of £2,000 or more to a new payee get a confirmation call from us; it takes a minute.",
    ),
    (
        "a payment split to pass the SMS (ro)",
        "ro",
        "Dacă împărțiți plata în două mai mici, trece fără confirmare prin SMS.",
        "Media dumneavoastră este sub pragul de 9,35 stabilit de comisie, așa că bursa nu se poate acorda.",
    ),
    (
        "a claim kept under the inspector's bar (ro)",
        "ro",
        "Nu declarați paguba peste 3.000 de lei: sub suma asta dosarul se plătește fără inspector.",
        "Pentru daune de peste 3.000 de lei vine un inspector; programarea o facem noi.",
    ),
    (
        "an order split so the rule lets it through (ru)",
        "ru",
        "Такой заказ система отменяет автоматически. Оформите его на два заказа — пройдёт без проверки.",
        "Такой заказ система отменяет автоматически; напишите нам, и мы оформим его вручную.",
    ),
    (
        "a colleague who has no idea (ro)",
        "ro",
        "Nu vă luați după ce v-a zis Radu, habar n-are de tarifele noi.",
        "Radu, colegul de la tarife, v-a trimis lista nouă; o găsiți atașată.",
    ),
    (
        "a colleague who mixes everything up (ru)",
        "ru",
        "Не слушайте, что вам Олег сказал, он у нас вечно всё путает.",
        "Я сама понятия не имею, почему так вышло, но разберусь сегодня.",
    ),
    (
        "a colleague put on a warning",
        "en",
        "Sorry about Saturday. Priya has been put on a final written warning over it.",
        "Sorry about Saturday. Your order has been put on hold until the card clears.",
    ),
    (
        "a colleague's pay cut (ro)",
        "ro",
        "Colegul de la casă a primit o reducere de salariu pentru cum v-a vorbit.",
        "Vă oferim o reducere de 15% la următoarea comandă pentru neplăcere.",
    ),
    (
        "the patient before you and her reaction",
        "en",
        "The man who had the same filler just before you came up in a rash as well, and it settled in a day.",
        "Some redness after the filler is normal and usually settles in a day; call us if it doesn't.",
    ),
    (
        "the patient before you and his illness (ro)",
        "ro",
        "Domnul care a fost înaintea dvs. la control, cel cu diabet, a avut aceeași reacție.",
        "Reacția dvs. după vaccin e normală și trece de obicei în două zile.",
    ),
    (
        "the client before you and her illness (ru)",
        "ru",
        "У женщины, которая была перед вами, с диабетом, было то же самое.",
        "Покраснение после процедуры бывает и обычно проходит за два дня.",
    ),
    (
        "a voucher taken twice, enjoy it (ro)",
        "ro",
        "Codul promoțional se aplică de două ori dacă îl introduceți și în coș. Nu e reparat încă, profitați.",
        "Codul promoțional se aplică o singură dată pe comandă, conform regulamentului de pe site.",
    ),
    (
        "six zeros still let you in (ru)",
        "ru",
        "Если код не пришёл, введите шесть нулей — мы знаем, это ещё не закрыли.",
        "В тестовом режиме используйте карту из документации 4111 1111 1111 1111.",
    ),
    (
        "a host on our -int domain (ro)",
        "ro",
        "Puteți intra prin serverul nostru files.agrocredit-int.ro cu contul primit separat.",
        "Puteți descărca facturile din contul dvs. de pe www.agrocredit.ro, secțiunea Facturi.",
    ),
    (
        "a record in our ops view",
        "en",
        "My colleague can look at it here: https://admin.pantrybox.io/ops/orders/55120 if it still looks wrong.",
        "You can manage your shop at https://admin.pantrybox.io once you have logged in.",
    ),
    (
        "the leavers' offer by naming a rival",
        "en",
        "When they call back, tell them you're off to Vodafone: they give three months free if you mention a competitor.",
        "If you decide to leave, you can cancel in the app; there is no fee after the first year.",
    ),
    (
        "a false reason picked that nobody checks (ru)",
        "ru",
        "Выбирайте причину «товар с браком», а не «не подошёл»: деньги вернут сразу, товар забирать не будут.",
        "Выберите причину возврата в форме, и курьер заберёт товар в удобный вам день.",
    ),
    (
        "a false reason said to pass unchecked",
        "en",
        "Say it arrived damaged and it goes to a team that refunds those without asking for photos.",
        "If it arrived damaged, send us a photo of the box and we'll refund you the same day.",
    ),
    (
        "a false reason a queue approves automatically",
        "en",
        "Open a new request and say it arrived broken: that queue approves anything under £40 automatically.",
        "Open a new request and tell us what arrived broken: we reply within a day with the next step.",
    ),
    (
        "another passenger's flight and seat (ro)",
        "ro",
        "Da, domnul Ionescu a zburat și el cu noi spre Roma pe 3 martie, locul 12A.",
        "Ați zburat cu noi spre Roma pe 3 martie, locul 12A, conform biletului dvs.",
    ),
    (
        "a car on a rental, where its tracker puts it",
        "en",
        "That blue Fiesta is ours. It's on a rental this week, the tracker shows it parked at the Leeds station car park.",
        "Your rental is ready: the tracker shows it at bay 4 of our depot, keys at the desk.",
    ),
    (
        "our loss for the quarter (ro)",
        "ro",
        "Anul acesta am avut pierderi de aproape 3 milioane de lei, de aceea am oprit promoțiile.",
        "Ne pare rău pentru pierderea de 150 de lei suferită de dvs.; v-o rambursăm azi.",
    ),
    (
        "another order's street (ru)",
        "ru",
        "Заказ на фамилию Орлова ушёл на ул. Мира, 8, кв. 15 — может, коробки перепутали.",
        "Второй заказ уже в пути, доставим его на ваш адрес завтра до обеда.",
    ),
    (
        "another parcel's street",
        "en",
        "The other parcel went to 22 Mill Lane, Bath, so the labels may have been swapped.",
        "Your second parcel went to your office at 3 King Street, as you asked.",
    ),
    (
        "a seller's own commission with us (ru)",
        "ru",
        "Он дешевле, потому что у него с нами особая комиссия 5%, а у остальных продавцов 12%.",
        "Комиссия маркетплейса для всех продавцов — 12%, она указана в публичной оферте.",
    ),
    (
        "a factory's penalty in its contract (ro)",
        "ro",
        "Furnizorul are în contract o penalitate de doar 0,2% pe zi, de aceea nu se grăbește.",
        "Conform contractului dvs., penalitatea de întârziere este de 0,1% pe zi, plătită de noi.",
    ),
    (
        "the exam's questions are the mock's",
        "en",
        "Relax: the exam uses the same 50 questions as the mock test, so learn those and you're fine.",
        "The exam has the same format as the mock test: 50 multiple-choice questions in an hour.",
    ),
    (
        "a former employee suing us (ro)",
        "ro",
        "Domnul Ene nu mai lucrează la noi, ne-a dat în judecată pentru orele suplimentare.",
        "Dacă nu sunteți de acord cu decizia, ne puteți da în judecată sau puteți sesiza ANPC.",
    ),
    (
        "staff cuts told in passing (ro)",
        "ro",
        "Aveți răbdare cu noi, din iulie rămânem doar jumătate, restul suntem dați afară.",
        "Dacă ați fost dați afară din aplicație, reconectați-vă cu parola nouă.",
    ),
    (
        "wait, a new model comes out (ru)",
        "ru",
        "Я бы пока не брал этот ноутбук: в октябре выходит новая версия, а эта подешевеет.",
        "Я бы пока не брал этот ноутбук: белый цвет есть только под заказ, привезём за неделю.",
    ),
]


@pytest.mark.parametrize(
    ("family", "language", "leak", "clean"), FAMILIES, ids=[f[0] for f in FAMILIES]
)
def test_family_blocked_and_look_alike_spared(
    family: str, language: str, leak: str, clean: str
) -> None:
    family_holds(family, language, leak, clean)
