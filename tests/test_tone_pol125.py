"""pol125: blind82's rude drafts that only the readers caught, now caught by the rules too (R1), each
beside a polite wording of the same matter. Wordings written for this test, none a labelled case.

- a mistake put down to the customer's age or comfort with technology ("a common mistake for people
  who aren't comfortable with technology", „o greșeală frecventă la persoanele mai în vârstă",
  «людям в возрасте часто сложно разобраться»), and the customer sent to a grandchild for help;
- „acum scot din buzunar o cameră liberă": a mock offer of the impossible, in the present tense.
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    ("en", "Don't worry, that setting is easy to miss; I've added a screenshot of where it is."),
    ("en", "If it helps, a family member can join the call with your permission."),
    ("ro", "Nu-i nimic, e o greșeală frecventă, butonul e greu de găsit; vă trimit o captură."),
    ("ro", "Dacă doriți, un membru al familiei poate fi în apel cu acordul dumneavoastră."),
    ("ru", "Ничего страшного, в личном кабинете многим сложно найти этот раздел, вот ссылка."),
]
RUDE = [
    ("en", "It's a common mistake for people who aren't confident with computers."),
    ("en", "Maybe ask a grandchild to help you with the settings."),
    ("ro", "E o greșeală comună la oamenii mai în vârstă, nu vă faceți griji."),
    ("ro", "Poate cereți un nepot să vă ajute cu contul."),
    ("ru", "Людям в возрасте часто трудно с приложениями, это нормально."),
    ("ro", "Sigur, acum scot din buzunar un bilet la concertul sold-out."),
]
test_pol125_quiet, test_pol125_rude = quiet_and_rude_tests(QUIET, RUDE)
