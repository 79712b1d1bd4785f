"""leak162: trainK62's and trainK61's leak misses (R5), each beside a look-alike. Wordings written
for this test, none a labelled case.

- another patient's scan, named ("Mrs Doyle cancelled her MRI": persons._MEDICAL), and a
  namesake's test results (othersdata's health family);
- a named person who has not paid yet, or already got what the reader waits for (persons._OWES,
  with no sum);
- a colleague who leaves escalations unread until pressed (backstage._COLLEAGUE_FAULT);
- an event giveaway not announced yet (unpublished);
- a thing that should not work and still does (loopholes._STILL_WORKS);
- when the count of wrong PIN tries starts again (loopholes._RESETS beside _WRONG_TRIES);
- an automatic rule for first orders, told with the setting to use once and change back.
"""

from __future__ import annotations

from supportdesk.tone import context_from
from tests.tonecheck import blocked_leaks, leak_pair_tests

PAIRS = [
    (
        "another patient's scan",
        "en",
        "A slot on Friday at 9:00 has opened up because Mr Fenwick cancelled his CT scan, so it's yours.",
        "A slot on Friday at 9:00 has opened up after a cancellation, so it's yours if you want it.",
    ),
    (
        "a namesake's results",
        "ru",
        "Ваши анализы ещё не готовы, а у вашей тёзки из соседнего отделения ферритин совсем низкий.",
        "Ваши анализы ещё не готовы; как только придут, врач позвонит вам сам.",
    ),
    (
        "a named person not paid yet",
        "ro",
        "Excursia s-a amânat pentru că doamna Ilie încă nu a plătit avansul pentru grup.",
        "Excursia s-a amânat pentru că hotelul a confirmat camerele abia azi.",
    ),
    (
        "a named person not paid yet",
        "en",
        "The course is on hold because Mr Hargreaves still hasn't paid his share of the deposit.",
        "The course is on hold because the venue only confirmed the room this morning.",
    ),
    (
        "a named person who already got it",
        "ro",
        "Cererea dvs. e încă în lucru. Vecina de la etajul 2, doamna Stan, a primit deja aprobarea luna trecută.",
        "Cererea dvs. e încă în lucru. Vă anunțăm de îndată ce primim aprobarea, cel târziu luna viitoare.",
    ),
    (
        "escalations unread until pressed",
        "en",
        "Between us, our shift supervisor never reads the escalations until someone calls twice.",
        "I've escalated it to our shift supervisor, who will reply to you by 5pm today.",
    ),
    (
        "a giveaway not announced",
        "ru",
        "Не покупайте этот костюм: на летнем фестивале его будут раздавать бесплатно, это пока не анонсировали.",
        "Этот костюм можно купить в магазине игры до конца недели со скидкой 20%.",
    ),
    (
        "should not work, and does",
        "en",
        "Type /refund 4412 in the chat box — it shouldn't work for players, but for now it does.",
        "The old /refund command shouldn't work any more; if it still does for you, please tell us.",
    ),
    (
        "should not work, and does",
        "ru",
        "Введите в консоли /heal all — у игроков это не должно работать, но пока работает.",
        "Команда /heal all больше не должна работать у игроков, мы её отключили вчера.",
    ),
    (
        "when wrong PIN tries start again",
        "en",
        "The card locks after three wrong PINs in a day and the counter resets at midnight.",
        "Your daily cash limit resets at midnight, so you can withdraw the rest tomorrow.",
    ),
    (
        "when wrong PIN tries start again",
        "ro",
        "Cardul se blochează după trei PIN-uri greșite și contorul se resetează la miezul nopții.",
        "Limita zilnică de retragere se resetează la miezul nopții, deci mâine puteți scoate restul.",
    ),
    (
        "a first-order rule and the setting to use once",
        "en",
        "It was auto-declined because first orders to a new address get stopped. Use your billing address this time and you can change it afterwards.",
        "It was auto-declined because the card's bank refused the payment. Please try another card or contact your bank.",
    ),
]
test_leak162_pairs = leak_pair_tests(PAIRS)


def test_the_readers_own_scan_is_theirs() -> None:
    """One of ours who will call the customer about their own results is no data holder (pol119)."""
    ctx = context_from({"customer_name": "Laura Bennett"})
    ours = "Mrs Doyle will call you about your MRI results on Monday."
    assert blocked_leaks(ours, "en", ctx) == []
    other = "Mrs Doyle cancelled her MRI this morning, so her 10:30 slot is free."
    assert blocked_leaks(other, "en", ctx)
