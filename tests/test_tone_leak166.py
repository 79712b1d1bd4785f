"""leak166: trainK64's rules-level misses that the readers missed too, and its one false alarm of
the rules (R5), each beside a look-alike. Wordings written for this test, none a labelled case.

- a code that stacks when applied twice, with a fix not come ("until they fix it"; exposures._TWICE
  and `_UNFIXED`);
- an account switched to "manual verified" to skip a check (bypasses._BY_HAND);
- an automatic rule's threshold with the way to pass it, "it'll sail through" (loopholes._WILL_PASS);
- another guest confirmed to be at the hotel („e aici la noi la hotel"; described._STAY);
- false alarm: the default PIN every SIM card of ours ships with is the maker's, not a master code
  of ours (described._master_codes).
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, leak_pair_tests

PAIRS = [
    (
        "a code that stacks, not fixed",
        "en",
        "If you add the code in the app and again at checkout, the discount stacks. It isn't meant to, but it works until they fix it.",
        "If you add the code in the app, the discount shows at checkout. It only works once per order, as the terms say.",
    ),
    (
        "a check skipped by hand",
        "en",
        "If the photo check keeps failing, write to us and we'll switch your account to 'manually verified' so you skip it.",
        "If the photo check keeps failing, write to us and we'll look at the photos with you and tell you what to retake.",
    ),
    (
        "an automatic rule and the way to pass it",
        "en",
        "The payment was declined automatically because the card is less than 7 days old. If you wait a week it'll sail through.",
        "The payment was declined by your bank, not by us. If you call them to approve it, it'll sail through.",
    ),
    (
        "another guest at the hotel",
        "ro",
        "Da, vă confirm, domnul Ionescu e aici la noi la hotel până duminică.",
        "Da, vă confirm, rezervarea dumneavoastră e aici la noi la hotel până duminică.",
    ),
]
test_leak166_pairs = leak_pair_tests(PAIRS)


def test_the_default_pin_of_every_sim_is_the_makers() -> None:
    default = (
        "PIN-ul implicit pentru toate cartelele noastre este 0000; după trei greșeli cereți PUK-ul."
    )
    assert blocked_leaks(default, "ro") == []
    master = "Codul PIN comun pentru toate ușile depozitului este 4471."
    assert blocked_leaks(master, "ro")
