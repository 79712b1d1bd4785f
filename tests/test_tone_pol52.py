"""pol52, on trainP21's false alarms (a development split; tuned, not an estimate): polite
wordings that must stay quiet beside rude ones that must still be flagged (R1, R5). Wordings
written for this test, none a labelled case.

- the customer's word for themselves denied ("Not stupid at all!", a quoted word after „nu
  sunteți deloc" / «совсем не»: lint.unquoted, the en insult and contempt exceptions);
- the chat kept open while we check ("please don't close the chat": no matter closed, and the
  whole-reply head spared by the packs' `reader_spared`);
- a courier who left a parcel "fără să vă anunțe" (no company news kept in: unpublished._LATER);
- a debtor's letter offering instalments (the sum is the reader's own: othersmoney._BILLED).
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, quiet_and_rude_tests

QUIET = [
    ("en", "Not stupid at all! That option is buried two menus deep. Go to Settings, then Sync."),
    (
        "en",
        "You're not dumb for asking, the button moved in the last update. It's under Profile now.",
    ),
    ("ro", "Nu sunteți deloc „varză la calculatoare”! Opțiunea e bine ascunsă: Setări, apoi Cont."),
    ("ru", "Вы вовсе не «глупый», что вы! Кнопка правда спрятана: Настройки, затем Профиль."),
    ("en", "Thanks, Mia. Let me ask the stockroom, one minute — please don't close the chat."),
    (
        "ro",
        "Bună ziua! Scuze pentru întârziere: curierul a lăsat coletul la vecini fără să vă anunțe. Am raportat incidentul.",
    ),
]
RUDE = [
    ("en", "That was a stupid thing to do. Go to Settings, then Sync."),
    ("en", "Do not be stupid, read the manual first."),
    ("ro", "Sunteți prea prost pentru tehnologie, opțiunea e în Setări."),
]


test_polite_wording_stays_quiet, test_rude_counterpart_still_flagged = quiet_and_rude_tests(
    QUIET, RUDE
)


def test_instalments_offered_to_the_debtor_are_their_own_sum() -> None:
    letter = (
        "Stimate domnule Ionescu,\n\nLa adresa de consum din Brașov, str. Lungă nr. 3, figurează "
        "un sold restant de 842,10 lei pentru lunile martie și aprilie. Vă propunem eșalonarea "
        "sumei în 4 rate lunare, pentru a evita suspendarea furnizării.\n\nCu stimă,\nEcoGaz"
    )
    assert not blocked_leaks(letter, "ro")
    # a neighbour's debt told to someone else is still theirs (R5)
    assert blocked_leaks(
        "Vecinul de la apartamentul 7 are o datorie de 842,10 lei la întreținere.", "ro"
    )
