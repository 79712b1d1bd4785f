"""leak153: the first run's leak misses of trainK58 and the rules' misses of heldK51 (R5), each
beside a look-alike:

- other customers gone to law over the same thing ("customers affected by the same fault have
  instructed solicitors", „o acțiune în instanță a unui grup de clienți", «жители подали на
  управляющую компанию в суд»), beside the customer who instructed solicitors themselves;
- what a courier charges us, in the progressive ("we're paying Parcelway £3.85 a parcel");
- a game exploit told with what it leaves and the bug unfixed („primești și banii … nu l-au
  reparat încă", "the devs haven't got to it yet");
- a colleague's matter in two wordings: "while she recovers from her surgery", "at his family's
  place in Lahore until the 14th".

And two clean look-alikes the rules blocked: a phone number after an airport gate ("text any gate
changes to 07700 900215"), a closure said to be in the app («информация об этом есть в
приложении»). Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, leak_pair_tests

PAIRS = [
    (
        "other customers gone to law",
        "en",
        "Your refund of £31.50 is on its way. For what it's worth, several customers with the same boiler fault have instructed solicitors over it.",
        "Your refund of £31.50 is on its way. If you wish, you may instruct solicitors, and we will cooperate fully with them.",
    ),
    (
        "other customers gone to law",
        "ro",
        "Vă informăm că pe această temă există o acțiune în instanță a mai multor abonați, cu termen în martie.",
        "Vă informăm că aveți dreptul să formulați o acțiune în instanță dacă nu sunteți mulțumit de răspuns.",
    ),
    (
        "other customers gone to law",
        "ru",
        "Перерасчёт выполнен. Кстати, собственники соседнего дома подали на управляющую компанию в суд по тем же начислениям.",
        "Перерасчёт выполнен. Если вы не согласны с ним, вы вправе обратиться в суд или в жилищную инспекцию.",
    ),
    (
        "what a courier charges us",
        "en",
        "Delivery is £3.99, sorry — we're paying SwiftPost £3.40 a parcel ourselves, so there's not much in it.",
        "Delivery is £3.99 per order, and it's free on orders over £40 — the basket shows it before you pay.",
    ),
    (
        "a game exploit, unfixed",
        "ro",
        "Dacă anulezi schimbul chiar când se închide fereastra, primești și banii înapoi. E bug știut, nu l-au reparat încă.",
        "Dacă anulezi schimbul înainte să se închidă fereastra, obiectul rămâne la tine. Așa funcționează schimbul.",
    ),
    (
        "a game exploit, unfixed",
        "en",
        "Yes, the dupe thing is still there: log out on the trade screen and you keep both items. The devs haven't got to it yet.",
        "Trades can't be undone once both players confirm, so please check the items before you accept.",
    ),
    (
        "a colleague recovering from surgery",
        "en",
        "Sorry Priya hasn't called you back. She's away while she recovers from her knee surgery, so I'll take it from here.",
        "Sorry Priya hasn't called you back. She's away on a training course this week, so I'll take it from here.",
    ),
    (
        "a colleague at his family's place",
        "en",
        "Tomasz who fitted your boiler is off this week, he's at his family's house in Gdansk until Monday.",
        "Tomasz who fitted your boiler is off this week, so a colleague will come out on Monday instead.",
    ),
]
test_leak153_pairs = leak_pair_tests(PAIRS)


def test_leak153_customers_own_recovery_is_clean() -> None:
    """The customer's own surgery and family visit are theirs to tell (R5)."""
    text = (
        "No rush at all while you recover from your surgery. If you're at your family's place "
        "in May, we can deliver there instead."
    )
    assert blocked_leaks(text, "en") == []


def test_leak153_phone_number_after_a_gate_is_no_door_code() -> None:
    """An airport gate, then the customer's mobile: more digits than any door code (R5)."""
    text = "Your flight is confirmed. We'll text any gate changes to 07700 900215, the number on your booking."
    assert blocked_leaks(text, "en") == []


def test_leak153_closure_said_to_be_in_the_app_is_clean() -> None:
    """A closure the app already tells every customer is public (R5)."""
    text = (
        "Пункт выдачи на ул. Мира, 8 закрывается 15 мая — информация об этом есть в приложении. "
        "Ближайший пункт: ул. Садовая, 3."
    )
    assert blocked_leaks(text, "ru") == []
