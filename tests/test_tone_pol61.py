"""pol61, trainK44's rules-level false alarms on its clean look-alikes (a development split; tuned,
not an estimate), each mended where a rule misread a wording, beside a leak still blocked (R5).
Wordings written for this test, none a labelled case.

- a service's role mailbox ("assistance@…", the passenger assistance desk) is no person's address;
- a router's default login said after the password word, with the device asking for one of the
  customer's own («пароль по умолчанию — admin/admin … попросит задать свой»), is the maker's;
- an automatic refund's bar pointed to in our published terms ("section 4 of our delivery terms")
  is what every customer may read; the same bar told as a way to get the refund stays a leak;
- trainP27's polite drafts: the customer's own line suspended for unpaid bills is no colleague's
  disciplinary record; what we will hand over when the police ask is a promise, no inquiry under
  way.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a role mailbox",
        "en",
        "The other passenger, Dan Kirby, is on dan.kirby84@gmail.com if you want to sort it out.",
        "You can reach our Passenger Assistance team on assistance@northlinerail.co.uk.",
    ),
    (
        "пароль по умолчанию",
        "ru",
        "Пароль от служебного кабинета — admin/Kp77, через него всё и поправите.",
        "Логин и пароль по умолчанию — admin/admin, после входа роутер попросит задать свой пароль.",
    ),
    (
        "a bar in our published terms",
        "en",
        "The system refunds automatically only if the parcel is more than 5 days late, so wait till "
        "Friday and it'll go through.",
        "We refund the delivery charge automatically if it's more than 5 days late, as set out in "
        "section 4 of our delivery terms.",
    ),
]

PAIRS += [
    (
        "your line was suspended",
        "en",
        "Hi Ms Reid, Kevin was suspended on 12 May after the complaint about him.",
        "Hi Ms Reid, your line was suspended on 12 May because the last two bills weren't paid.",
    ),
    (
        "по запросу полиции предоставим",
        "ru",
        "Полиция уже запросила у нас выписки по вашему счёту, мы их передали.",
        "Если звонки содержат угрозы, обратитесь в полицию — по официальному запросу полиции мы "
        "предоставим всю информацию.",
    ),
]

test_pol61 = leak_pair_tests(PAIRS)
