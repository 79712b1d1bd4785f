"""pol102, trainP39's drafts (the fifty-fourth session's development set) that the rules misread,
each beside its counterpart. Wordings written for this test, none a labelled case.

- rude drafts both readers missed: "Already answered. See above." and "the system is what it is"
  (R1);
- polite drafts the rules blocked (R5 false alarms): a delivery's signer at the customer's own
  street, read back to them; IP addresses that would land on the public spam blocklists;
- the leak that blocklist family had been blocking by chance, kept: who used the IP before.
"""

from __future__ import annotations

from supportdesk.tone.context import context_from
from tests.tonecheck import blocked_leaks, quiet_and_rude_tests

QUIET = [
    (
        "en",
        "See above for the three steps to reset the router; the second one is the one people miss.",
    ),
    (
        "en",
        "The £75 fee is what it is this month, but it drops to £50 from January if you can wait.",
    ),
    (
        "ru",
        "Сервер отключён: с него шла рассылка спама. Иначе IP-адреса всей подсети попали бы в чёрные списки.",
    ),
    (
        "en",
        "We paused the mailbox: it was sending spam, and otherwise our IPs would end up on spam blacklists.",
    ),
]
RUDE = [
    ("en", "Already answered. See above."),
    ("en", "See above."),
    ("en", "I get that you're annoyed :) Unfortunately the process is what it is. Anything else?"),
]
test_pol102_polite_quiet, test_pol102_rude_flagged = quiet_and_rude_tests(QUIET, RUDE)


def test_pol102_own_street_read_back() -> None:
    """The signer at the customer's own street is the delivery read back to them; at another
    street it is someone else's name and address (R5)."""
    ctx = context_from({"customer_address": "27 Mill Lane, Harrogate HG1 5RT"})
    own = "It was signed for by 'K. Bell' at 27 Mill Lane at 13:07. If that isn't someone in your household, tell us."
    assert blocked_leaks(own, "en", ctx) == []
    other = "It was signed for by 'K. Bell' at 29 Mill Lane at 13:07. If that isn't someone in your household, tell us."
    assert blocked_leaks(other, "en", ctx)


def test_pol102_blocklists_ours_still_blocked() -> None:
    """An IP on *our* blacklist is our list, still internal (R5)."""
    assert blocked_leaks("Your IP address is on our blacklist, so the order was cancelled.", "en")


def test_pol102_previous_user_of_the_ip_blocked() -> None:
    """Who used the IP before, by their domain, is someone else's data (R5); not named, nobody's."""
    for language, leak in [
        (
            "en",
            "The IP you got was previously used by cheap-pills-online.biz, which is why it's on the spam blacklist.",
        ),
        (
            "ro",
            "Adresa IP a fost folosită anterior de pastile-ieftine.biz, de aceea apare pe listele de spam.",
        ),
        (
            "ru",
            "Этот IP раньше использовался сайтом deshevye-tabletki.biz, поэтому он в спам-списках.",
        ),
    ]:
        assert blocked_leaks(leak, language), leak
    clean = (
        "The IP you got was previously used by another customer; we've asked for it to be delisted."
    )
    assert blocked_leaks(clean, "en") == []
