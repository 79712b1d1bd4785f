"""pol89, blind69's and heldK44's errors read after their judged run (now development splits),
each beside its counterpart (R1, R5, R2). Wordings written for this test, none a labelled case.

- confusion excused by the customer's ignorance («запутаться легко, если в этом не разбираться»,
  "easy to get confused if you're not technical"), against our design blamed for it;
- our legal department's address for the customer's lawyer („la adresa Departamentului Juridic,
  Str. …") and our hotline after "call us" when the sentence also names "someone else": ours;
- Romanian moods: „Ultima comandă de aici." threatens to leave (angry); „nu vreau să fac scandal,
  dar mi-e frică" and „am stat acasă degeaba" are upset, not angry.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import analyze
from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    (
        "en",
        "It's easy to get confused on that screen: the two buttons look alike, which is our fault.",
    ),
    ("ru", "В этом меню легко запутаться: пункты похожи, мы это исправим."),
    (
        "ro",
        "Avocatul dumneavoastră ne poate scrie la adresa Departamentului Juridic, Str. Morii nr. 12, București.",
    ),
    (
        "ru",
        "Если платёж сделал кто-то другой, позвоните нам по номеру 8 800 200-11-22, круглосуточно.",
    ),
]
RUDE = [
    ("en", "It's easy to get confused if you're not very technical, so here it is again."),
    ("ro", "E ușor să vă încurcați dacă nu vă pricepeți, vă explic încă o dată."),
    ("ru", "Ошибиться тут легко, если вы не разбираетесь в банковских переводах."),
]
test_pol89_quiet, test_pol89_rude = quiet_and_rude_tests(QUIET, RUDE)

MOODS = [
    ("A treia oară când vine coletul spart. Ultima comandă de la voi.", "angry"),
    ("nu vreau să fac scandal, dar copilul are febră și frigiderul nu merge de ieri 😟", "upset"),
    (
        "A treia oară când nu vine instalatorul. Am stat acasă degeaba toată ziua. Sunt dezamăgită.",
        "upset",
    ),
]


@pytest.mark.parametrize(("text", "mood"), MOODS)
def test_pol89_romanian_moods(text: str, mood: str) -> None:
    """R2: read the customer's mood before answering."""
    assert analyze(text, language="ro").mood == mood, text
