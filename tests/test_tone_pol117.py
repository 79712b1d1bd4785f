"""pol117: blind79's and heldK54's false alarms and rude misses the rules made, read after their
judged run (R1, R3, R4, R5), each beside the wording that stays flagged. Wordings written for this
test, none a labelled case.

- the maker's default of every camera in the series, as printed in the manual (leakfinding);
- „Știu cât de neliniștitor e să vezi o plată …" (a general truth said with "tu": no register cue);
- „v-ați simțit tratat ca un prost" (ro's shared felt_foolish), „anul în curs";
- rude: „Ce coincidență … Minunile există!" (and its en and ru twins), „Vedeți e-mailul.".
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, quiet_and_rude_tests


def test_a_series_default_printed_in_the_manual_is_no_secret() -> None:
    default = (
        "La prima pornire, routerul are utilizatorul „admin” și parola „admin”, ca toate routerele din "
        "seria asta, scrie și în manual. Aplicația vă cere să o schimbați imediat."
    )
    assert blocked_leaks(default, "ro") == []
    ours = "Routerul din depozit are utilizatorul „admin” și parola „Depozit#2024”, nu o schimbați."
    assert blocked_leaks(ours, "ro")


QUIET = [
    (
        "ro",
        "Bună ziua! Știu cât de neliniștitor e să vezi o plată pe care nu ai făcut-o: banii dumneavoastră sunt în siguranță.",
    ),
    (
        "ro",
        "Bună ziua, înțeleg că v-ați simțit tratat ca un prost la ghișeu și vă cer scuze pentru asta.",
    ),
    (
        "ro",
        "Stimate domnule Pop, scutirea se aplică din 2025; impozitul pentru anul în curs se poate achita online.",
    ),
]
LOUD = [
    ("ro", "Ce coincidență: coletul apare semnat de dumneavoastră. Minunile există!"),
    (
        "en",
        "What a coincidence, the parcel that never came was signed for by you. Miracles do happen!",
    ),
    ("ru", "Какое совпадение: посылка, которой не было, подписана вами. Чудеса случаются!"),
    ("ro", "Vedeți e-mailul."),
    ("ro", "Poate vă simțiți ca un prost, dar e simplu: apăsați butonul?"),
]


test_pol117_quiet, test_pol117_loud = quiet_and_rude_tests(QUIET, LOUD)
