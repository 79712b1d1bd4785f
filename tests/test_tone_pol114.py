"""pol114: the default every new SIM or router starts with is no secret of ours (R5), by the rules
(leakfinding.maker_default reads "every new SIM" after the value as it reads "default" before it)
and by the readers (the packs' `reader_leak_spared`). trainK59's en-xo057 and heldK52's en-xj041
were blocked. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import lint
from supportdesk.tone.reader import shared_reader

DEFAULTS = [
    (
        "en",
        "The voicemail PIN is 4321 until you change it; every new SIM comes with that one. Call 121 to pick yours.",
    ),
    (
        "ro",
        "PIN-ul căsuței vocale este 4321 până îl schimbați; toate cartelele noi vin cu el. Sunați la 121 ca să-l schimbați.",
    ),
    (
        "ru",
        "PIN голосовой почты 4321, пока вы его не смените: он стоит на всех новых сим-картах. Смените его по номеру 0600.",
    ),
]
SECRETS = [
    # the same shapes with a code of ours, no default
    ("en", "The voicemail PIN for the shop's own line is 4321 until we change it next month."),
    ("ro", "PIN-ul telefonului de serviciu din magazin este 4321, nu-l schimbați."),
    ("ru", "PIN служебного телефона в салоне 4321, не меняйте его."),
]


def _blocked(text: str, lang: str, reader=None) -> list[str]:
    report = lint(text, language=lang, reader=reader)
    return [f.rule for f in report.findings if f.severity == "block" and f.serves == "R5"]


@pytest.mark.parametrize(("lang", "text"), DEFAULTS)
def test_every_new_sims_default_is_not_blocked(lang: str, text: str) -> None:
    assert _blocked(text, lang) == []
    assert _blocked(text, lang, shared_reader()) == []


@pytest.mark.parametrize(("lang", "text"), SECRETS)
def test_our_own_code_stays_blocked(lang: str, text: str) -> None:
    assert _blocked(text, lang, shared_reader()), text
