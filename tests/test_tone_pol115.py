"""pol115: blind78's polite drafts the rules flagged, read after its judged run, each beside the
rude wording that stays flagged (R1, R5). Wordings written for this test, none a labelled case.

- "Nobody should come away from it feeling stupid", "you're far from the only one who's told us"
  (en's shared nobody_feels_stupid, and the same comfort as "not the only one");
- „am gestionat prost rezervarea" (our own work owned: ro's shared own_work_poorly);
- „deplasările ratate" (a plural in -ările, missed like „programări ratate");
- „firme care au venit neanunțate" (arrived without notice, not news kept back).
"""

from __future__ import annotations

import pytest

from supportdesk.tone import lint


def _flags(text: str, lang: str) -> list[str]:
    return [f.rule for f in lint(text, language=lang).findings if f.severity != "info"]


QUIET = [
    (
        "en",
        "Thanks for telling us. Nobody should leave the checkout feeling stupid, and you're far from the only one who's told us so.",
    ),
    ("ro", "Aveți dreptate, am organizat prost programarea și îmi cer scuze."),
    ("ro", "Vă dau un credit de 30 de lei pentru vizitele ratate și vă programez joi."),
    ("ro", "Înțeleg neîncrederea: au mai fost firme care au venit neanunțate la clienți."),
]
LOUD = [
    ("en", "You must be feeling stupid now that you've read the manual."),
    ("en", "You're the only one who's complained about this."),
    ("ro", "Ați organizat prost totul, sunteți prost."),
    ("ro", "Sunteți un ratat."),
    ("ro", "Intern s-a decis o reducere neanunțată încă clienților."),
]


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_polite_wording_is_not_flagged(lang: str, text: str) -> None:
    assert _flags(text, lang) == [], text


@pytest.mark.parametrize(("lang", "text"), LOUD)
def test_rude_or_leaking_wording_stays_flagged(lang: str, text: str) -> None:
    assert _flags(text, lang), text


def test_what_a_policy_covers_is_no_loss() -> None:
    """blind78's en-xm093 (and five older sets' twins, rules alone): "covers accidental damage"
    asks what a policy covers; the damage itself still upsets."""
    from supportdesk.tone import analyze

    asked = "Dear Sir or Madam,\n\nDoes my policy cover accidental damage to a tablet at school?\n\nKind regards,\nP. Lane"
    assert analyze(asked, language="en").mood == "neutral"
    hurt = "Dear Sir or Madam,\n\nMy tablet arrived damaged and nobody has replied in a week.\n\nP. Lane"
    assert analyze(hurt, language="en").mood in ("upset", "angry")
