"""pol139: the reply-level model's false alarms on trainP52's dry formal letters and scam warning
(R1), each beside a rude counterpart that stays flagged. Wordings written for this test, none a
labelled case.

- "No further action is required on your part" and "no further sums are due": nothing left for
  the customer to do or pay, not the matter shut on them; "Following review," opens no order;
- „confirmarea de închidere a contractului": the closure the customer asked for, confirmed;
- a scam warning's "call your bank straight away to block the card" („sunați imediat la banca
  dumneavoastră ca să blocați cardul", «сразу позвоните в свой банк, чтобы заблокировать карту»):
  how to protect their money, not the customer passed on.
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

test_polite_wording_stays_quiet, test_rude_counterpart_still_flagged = quiet_and_rude_tests(
    [
        (
            "en",
            "Dear Mr Osei,\n\nFollowing review, the annual fee of £30.00 applied on 2 May stands, as the "
            "card was renewed on 28 April. No further action is required on your part.\n\n"
            "Yours sincerely,\nCard Services",
        ),
        (
            "en",
            "Dear Ms Pike,\n\nYour loan account was closed today as you asked. The balance of "
            "£0.00 confirms that no further payments are due.\n\nYours sincerely,\nLoan Services",
        ),
        (
            "ro",
            "Stimate domnule Pop,\n\nVă transmitem alăturat confirmarea de închidere a contractului de "
            "internet. Soldul de 0 lei arată că nu mai aveți nimic de plată.\n\nCu stimă,\nServiciul Clienți",
        ),
        (
            "ro",
            "Atenție: e-mailul cu „factura restantă” nu e trimis de noi. Nu deschideți linkul. Dacă ați "
            "introdus datele, sunați imediat la banca dumneavoastră ca să blocați cardul.",
        ),
        (
            "en",
            "Please note: that text about a missed parcel isn't from us. Please don't open the link. If you entered "
            "your card details, call your bank straight away to block the card.",
        ),
    ],
    [
        (
            "en",
            "Dear Mr Osei,\n\nThe fee stands. This matter is closed and will not be reviewed again.\n\nCard Services",
        ),
        ("ro", "Nu ne ocupăm noi de carduri. Sunați la bancă."),
        ("en", "We don't deal with that here. Call your bank."),
    ],
)
