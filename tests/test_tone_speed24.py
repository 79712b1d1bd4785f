"""The spd24 shortcuts (issue 8: lint of a 2,000-character draft within its budget),
each a cheaper way to the same matches or a necessary condition tested before a search
that can only find something when it holds, shown here to change nothing. Speed is
measured by bench/lint_callgrind.py, never here.

- `lint._LABEL_VERB` (R1: a button's label in capitals after the verb that works it is
  no shouting) is case-insensitive as a whole with its capitals scoped case-sensitive,
  so its `Finder` tries it only where one of its verbs starts: the old pattern's answer.
- `backoffice._NOTE` (R5: a staff note pasted with its label) is tried only where a
  match can open (`backoffice._note_starts`: a line's start, a bracket, "//", "p.s."):
  its own matches, in every window `leakfinding.hinted` reads and in whole drafts.
"""

from __future__ import annotations

import re

import pytest

from supportdesk.tone.analyze import shouting
from supportdesk.tone.backoffice import _NOTE, _NOTE_HINTS, _notes
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


_NOTES = [
    ("[CRM note: customer is difficult, max discount 10%]", True),
    ("Hi Ana,\n// internal: churn risk, do not offer more\nThanks", True),
    ("P.S. Fraud team: flagged as serial refunder.", True),
    ("> #INC-1 Internal: score 3, aggressive", True),
    ("(Notă CRM: client dificil, reducere maximă 5%)", True),
    ("Pentru colegi: nu mai oferiți nimic.", True),
    ("{Для своих: клиент склочный, скидку не давать}", True),
    ("Заметка для себя: вероятно перекуп.", True),
    ("Please see the note: your refund is on its way.", False),
    ("Nota: livrarea durează 3 zile.", False),
    ("Примечание: доставка займёт 3 дня.", False),
    ("The internal review: done, all good.", False),
]


@pytest.mark.parametrize(("text", "leak"), _NOTES)
def test_note_examples(text: str, leak: bool) -> None:
    """R5: a labelled staff note in en, ro and ru is found; a note to the customer not."""
    assert bool(list(_notes(text))) == leak


def _note_texts() -> list[str]:
    drafts = _JOINED + [t.upper() for t in _JOINED[::10]]
    return drafts + TEXTS[::3] + [t for t, _ in _NOTES] + ["\n\n//\n", "p.s. ", "p", ""]


def test_note_starts_give_the_pattern_matches() -> None:
    """R5: through `_note_starts`, `_NOTE`'s `Finder` gives the pattern's own matches
    and groups, over whole texts and in windows of the sizes `hinted` reads (80
    characters either side of a hint) and past them, starting anywhere."""
    found = finder(_NOTE)
    assert found.starts is not None
    matched = 0
    for text in _note_texts():
        want = [m.regs for m in _NOTE.finditer(text)]
        assert [m.regs for m in found.finditer(text)] == want, text[:80]
        matched += len(want)
        for lo in range(0, len(text), 37):
            for size in (80, 170, 400):
                want = [m.regs for m in _NOTE.finditer(text, lo, lo + size)]
                got = [m.regs for m in found.finditer(text, lo, lo + size)]
                assert got == want, (text[lo : lo + size], lo, size)
    assert matched > 50


def test_note_hints_windows_give_the_pattern_matches() -> None:
    """R5: in the very windows `_notes` searches (around each hint present), the same."""
    from supportdesk.tone.leakfinding import lowered_for_hints, present

    found = finder(_NOTE)
    for text in _note_texts():
        low, _ = lowered_for_hints(text)
        for hint in present(text, _NOTE_HINTS):
            at = low.find(hint)
            while at >= 0:
                lo, hi = max(0, at - 80), min(len(text), at + len(hint) + 80)
                want = [m.regs for m in _NOTE.finditer(text, lo, hi)]
                assert [m.regs for m in found.finditer(text, lo, hi)] == want
                at = low.find(hint, at + 1)
