"""leak82, heldK36 and blind61 after their judged run (development splits since; tuned, not an
estimate): this session's families widened where those sets said the same thing in other
words (R5). Each leak beside a look-alike. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "nobody inspects returns",
        "en",
        "Drop the van after 8pm: nobody inspects returns until the next day.",
        "Drop the van after 8pm; our team inspects every return the next morning.",
    ),
    (
        "the system bans anyone who",
        "en",
        "Just so you know, the system bans anyone who has 3 chargebacks in a year.",
        "Just so you know, your account was restored this morning and the ban is lifted.",
    ),
    (
        "a condition before the automatic flag",
        "en",
        "New accounts listing more than 5 items on day one get flagged automatically.",
        "Your listing got flagged automatically, and I've asked the team to review it today.",
    ),
    (
        "a colleague who gets most things wrong",
        "en",
        "Please ignore what Sam said yesterday; between us he gets most things wrong.",
        "Please ignore what Sam said yesterday; he gave you the wrong date and I've fixed it.",
    ),
    (
        "taken over in the autumn",
        "en",
        "Don't worry about switching: once Brightline takes us over in the autumn, you move anyway.",
        "Don't worry about switching: your contract stays the same for the next two years.",
    ),
    (
        "I'd sign this week before a rise",
        "en",
        "I'd sign this week: the Lite plan goes up to £29 from April, letters aren't out yet.",
        "I'd sign this week if you want the router delivered before your move in April.",
    ),
    (
        "approved without a check, ro",
        "ro",
        "Scrieți în formular că are un defect și se aprobă banii fără să se mai verifice.",
        "Scrieți în formular defectul, iar colegii verifică produsul în două zile.",
    ),
    (
        "the letters will go out only later, ru",
        "ru",
        "Берите годовую сейчас: с 1 марта тариф подорожает до 750 ₽, рассылку будут делать в конце "
        "февраля.",
        "Как мы писали в рассылке, с 1 марта тариф подорожает до 750 ₽, годовая цена сохранится.",
    ),
]

test_leak82 = leak_pair_tests(PAIRS)
