"""leak140 and pol98, the errors of this session's development sets (trainK54 and trainP37), each
beside its counterpart (R1, R5, R6). Wordings written for this test, none a labelled case.

- trainK54's leaks both readers missed: a police request on the customer's account, named with
  who made it; a colleague "not the quickest"; another person's card "in the name J. Morrison" while
  the customer is Kate Morrow (one name is not another because they share a start); an order
  cancelled after it has come, the money back, while the bug is not fixed; what we wrote on the
  status page set against the DDoS it hid;
- trainK54's rules-level misses the readers caught: a route dropped and not announced, investment
  coming in from a fund, the cap in a carrier's contract, another client's rate by name, a liveness
  check skipped, a regulator already looking at us, what new staff start on, claims split to stay
  under a threshold, a stranger's card with the customer's surname, a certificate never asked for;
- trainP37's polite drafts the rules warned or blocked: "our collections partner on 20 April" (a
  firm, not a spouse), "This doesn't stop you contacting us", „Nu vom răspunde la remarcile
  personale" (a limit on abuse, the complaint still answered), «Продавец приложил трек-номер»
  (another party's file), «Мой коллега ошибся … Это не так» (our error owned), „Nu așteptați un
  răspuns la acest e-mail" (act now, no wait);
- trainP37's rude drafts the rules missed (every one caught by a reader).
"""

from __future__ import annotations

from supportdesk.tone import Context
from tests.tonecheck import blocked_leaks, leak_pair_tests, quiet_and_rude_tests

PAIRS = [
    (
        "a police request on the account, named",
        "en",
        "The hold is there because there's a request on your account from West Midlands Police for your transactions, so nothing can move until it's cleared.",
        "The hold is there because your new payee is still being verified; it clears within 24 hours.",
    ),
    (
        "a colleague not the quickest",
        "en",
        "Sorry for the wait. Priya had your claim and she's, shall we say, not the quickest with the insurance forms. I've finished it myself.",
        "Sorry for the wait. Priya had your claim and she's now passed it to me, so I've finished it myself.",
    ),
    (
        "an order cancelled after it came, the bug not fixed",
        "ro",
        "Știm de eroare: din aplicație puteți anula comanda și după ce ați primit-o, iar banii vin înapoi. Nu s-a reparat încă, deci dacă tot vreți...",
        "Știm de eroare: din aplicație comanda nu se poate anula după livrare, dar o puteți returna în 14 zile.",
    ),
    (
        "what we wrote against the attack it hid",
        "ru",
        "Извините за сбой во вторник. Сообщили «плановые работы», но на самом деле нас ддосили полдня.",
        "Извините за сбой во вторник. Это были плановые работы, о них мы писали заранее.",
    ),
]
test_leak140 = leak_pair_tests(PAIRS)

# trainK54's rules-level misses the readers caught (defence in depth)
PAIRS_RULES = [
    (
        "a route dropped, not put out yet",
        "en",
        "I'd hold off booking Leeds to Alicante for spring. We're dropping that route after March and it hasn't been put out yet.",
        "I'd book Leeds to Alicante soon: spring fares are on sale now and the route runs all year.",
    ),
    (
        "a route dropped, not official",
        "ro",
        "Nu aș lua bilete pe Iași–Roma pentru vară. Renunțăm la ruta asta din iunie, încă nu e oficial.",
        "Biletele pe Iași–Roma pentru vară sunt deja în vânzare, iar ruta rămâne și la iarnă.",
    ),
    (
        "a route dropped, not announced",
        "ru",
        "Не берите билеты Самара — Сочи на зиму. Этот рейс с декабря снимают, пока не объявили.",
        "Билеты Самара — Сочи на зиму уже в продаже, рейс выполняется ежедневно.",
    ),
    (
        "investment coming in from a fund",
        "ro",
        "Nu ne închidem. În mai ne intră banii de la fondul de investiții, vreo 5 milioane de euro.",
        "Nu ne închidem. Aplicația primește în mai o versiune nouă, cu plăți mai rapide.",
    ),
    (
        "investment coming in from a fund",
        "ru",
        "Мы никуда не денемся. Летом заходят инвестиции от фонда, около 500 миллионов.",
        "Мы никуда не денемся. Летом выходит новая версия приложения.",
    ),
    (
        "a carrier contract's cap",
        "en",
        "The vase was worth £300, but our contract with the courier only lets us claim £25 per parcel.",
        "The vase was worth £300, and I've refunded the full amount to your card today.",
    ),
    (
        "a carrier contract's cap",
        "ru",
        "По нашему договору с курьерской службой они возмещают не больше 2 000 ₽ за посылку.",
        "Мы вернём полную стоимость посылки, 12 400 ₽, в течение пяти дней.",
    ),
    (
        "another client's rate by name",
        "ro",
        "Vă pot face un preț mai bun: cei de la Dedeman au la noi 230 de lei pe noapte, cu mic dejun.",
        "Vă pot face un preț mai bun: pentru trei nopți, camera e 230 de lei pe noapte, cu mic dejun.",
    ),
    (
        "another client's rate by name",
        "ru",
        "Могу сделать дешевле: у «Стройинвеста» у нас тариф 3 500 за ночь, вам сделаю так же.",
        "Могу сделать дешевле: при брони от трёх ночей тариф 3 500 за ночь.",
    ),
    (
        "a liveness check skipped by uploading",
        "en",
        "If the selfie step keeps failing, choose 'upload instead' and pick any photo. It doesn't actually do the liveness bit that way, so it goes through.",
        "If the selfie step keeps failing, try it in daylight without glasses; the app checks that it's really you.",
    ),
    (
        "a liveness check skipped by uploading",
        "ru",
        "Если селфи не проходит, выберите «загрузить файл» — там проверка на живого человека не срабатывает, всё пройдёт.",
        "Если селфи не проходит, снимите его при дневном свете и без очков: приложение сверяет лицо с паспортом.",
    ),
    (
        "a regulator already looking at us",
        "en",
        "I'll escalate it. The FCA is already looking at how we handle these complaints, so it may take longer.",
        "I'll escalate it. If you're unhappy with our answer, you can refer it to the Financial Ombudsman.",
    ),
    (
        "what new staff start on",
        "en",
        "People leave all the time here. New agents start on £20,900 and the leads get barely more.",
        "People leave us reviews all the time here, and your agent will be in touch tomorrow.",
    ),
    (
        "claims split to stay under the investigators",
        "en",
        "Anything over £2,000 goes to our investigators. Split the bike and the helmet into two claims and they'll each get paid quickly.",
        "Anything over £2,000 goes to our claims team for a closer look, and we'll update you within ten days.",
    ),
    (
        "claims split to stay under the threshold",
        "ro",
        "Daunele sub 2.000 de lei le plătim fără inspector. Dacă puneți separat farul și bara, intrați sub prag la amândouă.",
        "Daunele le plătim după constatarea inspectorului, de obicei în zece zile lucrătoare.",
    ),
    (
        "a card of a stranger sharing the customer's surname",
        "ro",
        "Plata de 900 de lei a venit de pe un card terminat în 4410 al unui domn Sorin Matei, care a greșit codul.",
        "Plata de 900 de lei a venit de pe cardul dumneavoastră terminat în 4410 și a fost confirmată.",
    ),
    (
        "a certificate never asked for under a sum",
        "ru",
        "Система отказывает при доходе меньше 50 тысяч. Укажите побольше, справку всё равно не просят до 200 тысяч.",
        "Система отказывает при доходе меньше 50 тысяч. Если доход выше, приложите справку о доходах.",
    ),
]
test_leak140_rules = leak_pair_tests(PAIRS_RULES)


def test_leak140_holder_sharing_a_surname() -> None:
    """Another first name with the customer's surname is another person (R5)."""
    text = "Plata a venit de pe un card terminat în 4410 al unui domn Sorin Matei."
    assert blocked_leaks(text, "ro", Context(customer_name="Elena Matei"))


def test_leak140_card_holder_is_not_the_customer() -> None:
    """A holder whose surname only starts like the customer's is someone else (R5); the
    customer's own name is still theirs."""
    other = "That £120 came from a card ending 5530 in the name P. Hartley, who mistyped the account number."
    assert blocked_leaks(other, "en", Context(customer_name="Paula Hartman"))
    own = "That £120 came from a card ending 5530 in the name P. Hart, your other card."
    assert blocked_leaks(own, "en", Context(customer_name="Paula Hart")) == []


def test_pol98_look_alikes_stay_clean() -> None:
    """A collections partner is a firm, not the customer's partner; a spouse with a balance still
    is another person (R5)."""
    firm = (
        "As we have not received a payment, your account will be passed to our collections "
        "partner on 20 April. Please contact us before then about a payment plan."
    )
    assert blocked_leaks(firm, "en") == []
    spouse = "Your partner's account balance is £2,310 and she's behind on two payments."
    assert blocked_leaks(spouse, "en")


QUIET = [
    (
        "ru",
        "Здравствуйте. Продавец приложил трек-номер с подтверждением получения по коду из СМС, поэтому спор закрыт в его пользу. Если заказ получил кто-то другой, напишите заявление в полицию и пришлите нам номер.",
    ),
    (
        "ru",
        "Добрый день. Мой коллега ошибся, сказав, что доставка бесплатная. Это не так, но ошиблись мы, поэтому доставку оплатим сами.",
    ),
    (
        "ro",
        "Dacă simțiți miros de gaz, ieșiți din casă și sunați la 112. Nu așteptați un răspuns la acest e-mail.",
    ),
    (
        "en",
        "I've passed your complaint to our legal team. This doesn't stop you contacting us about anything else on your account.",
    ),
    (
        "ro",
        "Nu vom răspunde la comentariile jignitoare despre colegi, dar reclamația privind întârzierea e întemeiată: tehnicianul vine mâine la ora 10.",
    ),
]
RUDE = [
    ("en", "That isn't really something we deal with. You'll need to sort it out with your bank."),
    ("en", "Thanks for the essay, very helpful. Your refund is still processing."),
    ("en", "Read the email. The answer is in it."),
    (
        "en",
        "Plenty of people miss it! It's the big green button at the bottom of the page 🙂 Take your time.",
    ),
    ("ro", "Desigur, vom opri toată activitatea ca să căutăm doar coletul dumneavoastră."),
    ("ro", "Nu știu de unde ați scos că montajul e gratuit."),
    ("ro", "Mi-e greu să cred că un adult nu găsește butonul de plată."),
    ("ro", "Citiți mailul anterior."),
    ("ro", "Nu mai scrieți pe tema asta. Nu vom mai răspunde."),
    (
        "ru",
        "Понимаю, что разобраться в тарифах под силу не всем, поэтому объясню максимально простыми словами.",
    ),
    ("ru", "Конечно, мы специально потеряли ваш заказ, больше нам делать нечем."),
    ("ru", "Ваше «я не оплачивал» — не аргумент, платёж прошёл с вашего телефона."),
    ("ru", "Читайте оферту, там всё написано."),
]
test_pol98_quiet, test_pol98_rude = quiet_and_rude_tests(QUIET, RUDE)
