"""leak43, on trainK31's rule misses and heldK24's and trainK29's left open (development splits;
tuned, not an estimate). Most of them are concepts that four or more writers have written, each
in words no family read (R5: "Keep your mouth shut"). The wordings below were written for this
test, none a labelled case. Each family is a leak that must be blocked beside a look-alike that
must not:

- secrecy said outright or news told later: kept secret, "not advertised", "customers will be
  told later", "it'll be in the press in…", "not official yet", seen at a staff briefing, what
  everyone here expects (unpublished.py);
- bookings with their figure, a funding round, merger talks (unpublished.py);
- another person's card named before its digits, or said to be someone else's (exposures.py);
- what a carrier charges us a parcel, a supplier's penalty threshold (backstage.py);
- an offer our staff are told to keep back (backstage.py);
- a count of our paying customers or the members we signed up (disclosures.py);
- the price we buy at from a supplier (disclosures.py);
- a regulator asking us questions, a tax inspection sitting with us, a fine or an order issued to
  us (audits.py);
- a check we do not make on one channel, a code not rechecked, a photo not compared, a system that
  checks only one thing (loopholes.py);
- a price going from one figure to another beside advice to lock in now (pricetips.py).

And two bugs: «оформлен не на вас, а на …» (NOT in your name) was read as the customer's own
record, so someone else's passport after it went through (persons.own_record; five writers wrote
it); and a doctor named right after the role («приём у терапевта Ивановой И. И.») was read as
another person whose data the reminder gave away (persons.STAFF).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "news kept secret",
        "ru",
        "Склад в Туле закрывают в мае, но пока это держат в тайне.",
        "Склад в Туле закрывают в мае, об этом мы писали в рассылке.",
    ),
    (
        "news not advertised",
        "ru",
        "У нас сейчас проверка Роспотребнадзора, это нигде не афишируется.",
        "Если вас не устроит ответ, можете обратиться в Роспотребнадзор.",
    ),
    (
        "a price rise customers will be told of later",
        "ru",
        "С марта тариф «Базовый» подорожает до 790 рублей, абонентов уведомят позже.",
        "С марта тариф «Базовый» подорожает до 790 рублей, об этом есть новость на сайте.",
    ),
    (
        "a funding round in the press later",
        "en",
        "We've just closed a funding round of about £8m, and it'll be in the press next month.",
        "We were featured in the press last month for our recycling scheme.",
    ),
    (
        "news not official yet",
        "ro",
        "Nu e încă oficial, dar hackerii au furat datele cardurilor de pe platformă.",
        "Rezultatul oficial al concursului apare pe site vineri.",
    ),
    (
        "a launch seen at a staff briefing",
        "en",
        "Hold off a little: the X5 lands in stores on the 21st, I've seen the training deck.",
        "Hold off a little: your X5 replacement lands at our depot on the 21st.",
    ),
    (
        "merger talks everyone here expects",
        "en",
        "If the talks with Northwind go through like everyone here expects, your plan moves to theirs.",
        "If the courier's van goes through the depot today, your parcel moves to the next route.",
    ),
    (
        "another person's card before its digits",
        "en",
        "That charge was a payment from a Ms K. Bell, Visa ending 2290, matched to your account by mistake.",
        "That charge was your own payment from your Visa ending 2290, taken twice by mistake.",
    ),
    (
        "a card said to be someone else's",
        "ru",
        "Списание прошло с карты, оканчивающейся на 5521, другого клиента.",
        "Списание прошло с вашей карты, оканчивающейся на 5521, мы его уже отменили.",
    ),
    (
        "what a carrier charges us a parcel",
        "en",
        "Our courier is slow because we only pay them £1.90 a parcel on the new deal.",
        "Standard delivery costs £3.95 a parcel, or free over £40.",
    ),
    (
        "what a carrier charges us a parcel",
        "ru",
        "Мы платим перевозчику 160 рублей за посылку, поэтому экспресс не подключаем.",
        "Доставка стоит 290 рублей за посылку, при заказе от 3 000 — бесплатно.",
    ),
    (
        "a supplier's penalty threshold",
        "ru",
        "По договору неустойка у поставщика начинается только после 20 дней просрочки.",
        "По договору неустойка для вас начисляется только после 20 дней просрочки платежа.",
    ),
    (
        "an offer staff may not mention",
        "en",
        "Ask for the £15 loyalty rate when you call; we're not allowed to offer it first.",
        "Ask for the £15 loyalty rate when you call; it's on our pricing page for every customer.",
    ),
    (
        "an offer not on the site",
        "ro",
        "Cereți reducerea de fidelitate de 20%. Nu apare nicăieri pe site, dar v-o aprobăm.",
        "Cereți reducerea de fidelitate de 20%. O găsiți pe site la secțiunea Oferte.",
    ),
    (
        "our paying customers counted",
        "en",
        "Don't worry, we're a steady business with about 6,400 paying subscribers.",
        "Don't worry, your account has 6 active users and room for 20.",
    ),
    (
        "the members we signed up",
        "en",
        "We signed up over 12,000 new members this spring, so the club is doing well.",
        "You signed up for the spring classes, so your membership card is on its way.",
    ),
    (
        "the price we buy at",
        "ru",
        "Мы берём эти кресла у поставщика по 7 200, так что скидку дать можем.",
        "Эти кресла стоят у нас 12 900, скидку по карте лояльности дать можем.",
    ),
    (
        "a regulator asking us questions",
        "en",
        "Ofgem has been asking us questions about these billing delays, so things should speed up.",
        "If you're unhappy with our answer, you can ask Ofgem or the Energy Ombudsman to look at it.",
    ),
    (
        "a field tax inspection",
        "ru",
        "Возврат задержится: у нас сейчас выездная налоговая проверка.",
        "Возврат задержится: налоговый вычет оформляется через вашу налоговую.",
    ),
    (
        "an order issued to us",
        "ru",
        "Переводы проверяем вручную: нам ЦБ выдал предписание в прошлом месяце.",
        "Переводы проверяем вручную по правилам ЦБ, это занимает до суток.",
    ),
    (
        "security questions not run on a channel",
        "en",
        "The chat doesn't run the security questions, so it's the easiest way to change the email.",
        "The chat runs the same security questions as the phone line, so have your details ready.",
    ),
    (
        "a code not rechecked",
        "en",
        "The app doesn't recheck the code on a known phone, it just trusts the device.",
        "The app checks the code every time, even on a known phone.",
    ),
    (
        "a system that checks only one thing",
        "ro",
        "Sistemul verifică doar e-mailul, așa că puteți face oricând un cont nou pentru cod.",
        "Sistemul verifică e-mailul și telefonul, iar codul merge o singură dată.",
    ),
    (
        "a price rise beside advice to lock in",
        "en",
        "I'd lock in the yearly plan now: next month it's going from £60 to £72.",
        "I'd lock in the yearly plan now: as announced in our newsletter, it's going from £60 to £72.",
    ),
    (
        "someone else's passport, not in your name",
        "ru",
        "Договор оформлен не на вас, а на Орлову Нину Петровну, паспорт 45 11 204587.",
        "Договор оформлен на вас, данные паспорта вы указали в заявлении.",
    ),
    (
        "a patient named, not the doctor",
        "ru",
        "Напоминаем: перед вами записан Иванов Игорь Ильич, в среду в 10:20, паспорт 45 12 345678.",
        "Напоминаем: приём у терапевта Ивановой И. И. в среду в 10:20, возьмите паспорт.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak43_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
