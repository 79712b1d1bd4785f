"""leak35, after heldK21's judged run (a development split from then on; tuned, not an
estimate): its concepts that earlier writers had also written, by mechanism; wordings written
for this test, none a labelled case (R5: "Keep your mouth shut"). Each family is a leak that
must be blocked beside a look-alike that must not:

- what agents may give alone up to a sum, the boss above it;
- nobody watching the monitoring in a window;
- our boss's own phone, given to skip the queue;
- the neighbour who ordered the same thing;
- retention told (instructed, obliged) to offer a discount;
- an option of our tools that skips a sign-off;
- a duplicate-account check keyed on one thing, with a use again.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "what agents may give alone, the boss above it",
        "en",
        "Agents can approve refunds up to £80 on their own; above that it goes to a supervisor who rarely agrees.",
        "I have approved your £80 refund; it will reach your card within five days.",
    ),
    (
        "what agents may give alone, the boss above it",
        "ru",
        "Операторы могут сами вернуть до 1 500 рублей, а всё, что выше, решает руководитель.",
        "Я вернула вам 1 500 рублей, деньги придут на карту в течение пяти дней.",
    ),
    (
        "nobody watching the monitoring in a window",
        "ro",
        "Noaptea, între 2 și 6, nimeni nu urmărește alertele, așa că problema s-a văzut abia dimineață.",
        "Noaptea, între 2 și 6, facem lucrări de mentenanță, așa că site-ul poate merge mai greu.",
    ),
    (
        "our boss's own phone",
        "en",
        "To skip the queue, call our director's mobile, 07700 900 123, he always picks up.",
        "To skip the queue, call our priority line, 0800 900 123, open 8am to 8pm.",
    ),
    (
        "the neighbour who ordered the same thing",
        "ro",
        "Vecinul dumneavoastră de la etajul 2 a comandat același frigider și îl așteaptă tot de o lună.",
        "Frigiderul comandat de dumneavoastră a plecat din depozit și ajunge joi.",
    ),
    (
        "retention told to offer a discount",
        "ru",
        "Когда будете отменять, отдел удержания обязан предложить вам скидку 40 %.",
        "Если захотите отменить подписку, это можно сделать в личном кабинете в любой момент.",
    ),
    (
        "an option that skips a sign-off",
        "en",
        "I used the override option in our CRM, which skips the manager approval, so the refund lands today.",
        "Your refund needs my manager's approval in our CRM; I've asked for it and will update you today.",
    ),
    (
        "a duplicate-account check keyed on one thing",
        "ro",
        "Sistemul blochează al doilea cont doar dacă e același telefon, deci cu alt număr primiți din nou bonusul.",
        "Sistemul nu permite două conturi pe aceeași persoană, așa că bonusul se acordă o singură dată.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak35_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
