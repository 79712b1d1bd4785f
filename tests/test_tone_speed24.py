"""The spd24 shortcuts (issue 8: lint of a 2,000-character draft within its budget),
each a cheaper way to the same matches or a necessary condition tested before a search
that can only find something when it holds, shown here to change nothing. Speed is
measured by bench/lint_callgrind.py, never here.

- `lint._LABEL_VERB` (R1: a button's label in capitals after the verb that works it is
  no shouting) is case-insensitive as a whole with its capitals scoped case-sensitive,
  so its `Finder` tries it only where one of its verbs starts: the old pattern's answer.
"""

from __future__ import annotations

import re

import pytest

from supportdesk.tone.analyze import shouting
from supportdesk.tone.lint import _LABEL_VERB
from supportdesk.tone.words import finder
from tests.test_tone_speed import TEXTS
from tests.test_tone_speed18 import _JOINED

# the pattern before spd24: its verbs in a "(?i:…)" group, the rest case-sensitive
_OLD_LABEL_VERB = re.compile(
    r"(?<!\w)(?i:tap|click|press|hit|select|choose|pick|open|enable|disable|toggle|switch\s+(?:on|off)|"
    r"turn\s+(?:on|off)|go\s+to|says|shows|showed|displays|displayed|reads|"
    r"apăsați|apasă|apasati|apasa|selectați|selectati|selectează|selecteaza|alegeți|alegeti|alege|"
    r"deschideți|deschideti|deschide|activați|activati|activează|activeaza|dezactivați|dezactivati|"
    r"mergeți\s+la|mergeti\s+la|afișează|afiseaza|arată|arata|apare|"
    r"нажмите|нажми|выберите|выбери|откройте|открой|включите|включи|отключите|отключи|"
    r"перейдите\s+в|показывает|выдает|выдаёт|высвечивается|появляется)"
    r"(?i:\s+(?:the|on|pe|butonul|opțiunea|optiunea|кнопку|пункт))?[\s:]+(?:[A-ZĂÂÎȘȚА-ЯЁ]{2,}\s+){0,3}$"
)

_LABELS = [
    ("Please tap SAVE to keep it.", True),
    ("Then switch off AUTO SYNC and wait.", True),
    ("The app says NO SIGNAL again.", True),
    ("Apăsați butonul TRIMITE din colț.", True),
    ("Pe ecran apare EROARE la plată.", True),
    ("Нажмите кнопку ОТПРАВИТЬ внизу.", True),
    ("Экран показывает ОШИБКА при входе.", True),
    ("I SAID the refund is NOT possible.", False),
    ("Am spus că NU se poate.", False),
    ("Я же сказал, что это НЕВОЗМОЖНО.", False),
    ("Tap save, then OPEN the app.", False),
]


@pytest.mark.parametrize(("text", "label"), _LABELS)
def test_label_verb_examples(text: str, label: bool) -> None:
    """R1: the label after its verb in en, ro and ru, and capitals after no such verb."""
    start = min(s for s, _ in shouting(text) or [(len(text), 0)])
    found = finder(_LABEL_VERB).search(text, max(0, start - 60), start)
    assert (found is not None) == label
    assert (_OLD_LABEL_VERB.search(text, max(0, start - 60), start) is not None) == label


def test_label_verb_finder_gives_the_old_pattern_matches() -> None:
    """R1: before every run of capitals (and every 7th position) of the joined drafts,
    in capitals too, and of every labelled text, the new pattern through its `Finder`
    gives the old pattern's match in the 60 characters `lint._labels` reads."""
    found = finder(_LABEL_VERB)
    checked = hits = 0
    drafts = _JOINED + [t.upper() for t in _JOINED[::10]]
    for text in drafts + TEXTS[::4]:
        ends = {s for s, _ in shouting(text)} | set(range(0, len(text), 7))
        for end in sorted(ends):
            lo = max(0, end - 60)
            want = _OLD_LABEL_VERB.search(text, lo, end)
            got = found.search(text, lo, end)
            assert (got and got.regs) == (want and want.regs), (text[lo:end], end)
            checked += 1
            hits += want is not None
    assert checked > 10000 and hits > 20
