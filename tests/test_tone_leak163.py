"""leak163: heldK55's leak misses, read after its judged run (R5), each beside a look-alike.
Wordings written for this test, none a labelled case.

- the firm "currently under" a tax inspection („firma se află în prezent sub inspecție fiscală",
  audits._CHECKING_US);
- a system left without security updates, its fix put off a year („programată abia la anul",
  weaknesses._USE);
- who reported a colleague, named more than 60 characters after the report word
  (complainants._named_after_from reads up to 100 in the sentence).
"""

from __future__ import annotations

from supportdesk.tone import context_from
from tests.tonecheck import blocked_leaks, leak_pair_tests

PAIRS = [
    (
        "the firm under inspection",
        "ro",
        "Rambursarea întârzie pentru că societatea este acum sub control ANAF și conturile sunt verificate.",
        "Rambursarea întârzie pentru că banca procesează transferurile în 3 zile lucrătoare.",
    ),
    (
        "no security updates, the fix put off",
        "ro",
        "Aplicația dă erori pentru că serverul nostru rulează fără actualizările de securitate. Migrarea e programată abia la anul.",
        "Aplicația a avut erori aseară; am instalat actualizările de securitate și acum merge normal.",
    ),
    (
        "no security updates, the fix put off",
        "en",
        "Card payments fail because our shop still runs without security patches. The upgrade isn't scheduled until next year.",
        "Card payments failed last night while we installed the security patches; everything works again now.",
    ),
]
test_leak163_pairs = leak_pair_tests(PAIRS)


def test_a_reporter_named_far_after_the_report_word() -> None:
    ctx = context_from({"customer_name": "Sorin Vasile"})
    named = (
        "Vă confirmăm că sesizarea privind întârzierile repetate de la tura de noapte din ultima lună a fost "
        "făcută de colegul dumneavoastră, domnul Radu Mihai."
    )
    assert blocked_leaks(named, "ro", ctx)
    unnamed = (
        "Vă confirmăm că sesizarea privind întârzierile repetate de la tura de noapte din ultima lună a fost "
        "înregistrată și o discutăm joi."
    )
    assert blocked_leaks(unnamed, "ro", ctx) == []
