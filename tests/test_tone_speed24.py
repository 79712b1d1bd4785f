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
- R5 searches of the whole draft gated on what every match holds: a secret's name with
  its value (`disclosures._CONFIG_TAIL`): the config-line pattern only on its lines, our word beside a
  tracker's (`disclosures._OUR_TRACKER`) before the windows of `_TRACKER_ID`; a card
  number looked for from its first 13 digits written out (`secrets._CARD_AT`).
- The pack guard words in a fifth of a language's rule examples (`packs._common_words`)
  are answered by `in` (`Substrings.common`), not reported by the automaton at each
  occurrence: the same set of words present (R1/R6 rules run on the same patterns).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache

import pytest

from supportdesk.tone.analyze import shouting
from supportdesk.tone.backoffice import _NOTE, _NOTE_HINTS, _notes
from supportdesk.tone.disclosures import (
    _CONFIG_LINE,
    _OUR_TRACKER,
    _TRACKER_HINTS,
    _TRACKER_ID,
    _config_lines,
    _config_secrets,
    _tracker_ids,
)
from supportdesk.tone.leakfinding import Known, hinted, lowered
from supportdesk.tone.lint import _LABEL_VERB
from supportdesk.tone.secrets import _CARD, _CARD_AT, _payment_data
from supportdesk.tone.substrings import Substrings
from supportdesk.tone.words import finder, fold, scan
from tests.test_tone_speed import DATA, TEXTS
from tests.test_tone_speed18 import _JOINED


# the pattern before spd24, rebuilt from the new one: its verbs and articles in "(?i:…)"
# groups, the rest (the capitals) case-sensitive
def _old_label_verb() -> re.Pattern[str]:
    source = _LABEL_VERB.pattern
    for new, old in [
        ("(?i)(?<!\\w)(?:tap", "(?<!\\w)(?i:tap"),
        (")(?:\\s+(?:the|on", ")(?i:\\s+(?:the|on"),
        ("(?-i:[A-ZĂÂÎȘȚА-ЯЁ]{2,}\\s+)", "(?:[A-ZĂÂÎȘȚА-ЯЁ]{2,}\\s+)"),
    ]:
        assert source.count(new) == 1, new
        source = source.replace(new, old)
    return re.compile(source)


_OLD_LABEL_VERB = _old_label_verb()

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


@cache
def _every() -> tuple[str, ...]:
    return tuple(
        json.loads(line)["text"]
        for path in sorted(DATA.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )


def _labelled(keep: Callable[[str], object], n: int) -> list[str]:
    """`n` labelled texts `keep` accepts, evenly spread over every file: the counts the
    tests below ask for then hold whichever texts the equivalence sample (TEXTS) holds."""
    kept = [t for t in _every() if keep(t)]
    step = max(1.0, len(kept) / n)
    return [kept[int(i * step)] for i in range(min(n, len(kept)))]


def _note_texts() -> list[str]:
    drafts = _JOINED + [t.upper() for t in _JOINED[::10]]
    return (
        drafts
        + TEXTS[::3]
        + _labelled(_NOTE.search, 60)
        + [t for t, _ in _NOTES]
        + ["\n\n//\n", "p.s. ", "p", ""]
    )


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
    assert matched > 60  # 86 on the eighteenth session's data


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


_GATED = [
    # (text, config secret, tracker id, card number)
    ("DB_PASSWORD=Xk29fLq7pQ in the .env we sent", True, False, False),
    ('{"stripe_api_key": "Zq81xLm2Vb7"}', True, False, False),
    ("Your password: at least 8 characters.", False, False, False),
    ("Fișierul .env:\nDB_PASSWORD=Tr8kq2Lm9x", True, False, False),
    ("Конфиг:\nexport APP_SECRET=Zx81qwLp77", True, False, False),
    ("Parola trebuie schimbată: o găsiți în aplicație.", False, False, False),
    ("It is logged in our Jira as OPS-2231.", False, True, False),
    ("Am deschis tichetul în Jira noastră, BILL-7741.", False, True, False),
    ("Это записано в нашем трекере: SUP-2291.", False, True, False),
    ("Our team tracks it; the order is 12345678.", False, False, False),
    ("The card 4111 1111 1111 1111 was declined.", False, False, True),
    ("Cardul 5500-0000-0000-0004 a fost respins.", False, False, True),
    ("Карта 2202 2006 1234 5678, срок 08/27.", False, False, True),
    ("Call +40 721 555 123 or 0721 555 124 on 2024-05-01.", False, False, False),
]


@pytest.mark.parametrize(("text", "config", "tracker", "card"), _GATED)
def test_gated_examples(text: str, config: bool, tracker: bool, card: bool) -> None:
    """R5: config secrets, our tracker's ids and card numbers in en, ro and ru are
    still found; prose about passwords, an order number and phone numbers not."""
    low = lowered(text)
    assert bool(list(_config_secrets(text, low))) == config
    assert bool(list(_tracker_ids(text, low))) == tracker
    assert any(leak.kind == "card-number" for leak in _payment_data(text, Known())) == card


def _gated_texts() -> list[str]:
    digits = "Ref 1234 5678 9012 3456 789, tel 0721-555-123-456-7, 4111111111111111111111."
    return (
        _JOINED
        + [t.upper() for t in _JOINED[::10]]
        + TEXTS
        + _labelled(lambda t: next(hinted(_TRACKER_ID, t, _TRACKER_HINTS, 120), None), 20)
        # config lines drawn for themselves too: the even sample (TEXTS) holds fewer of them
        # as other sets are added (20 once trainK22/23 and trainP7/P8 came in)
        + _labelled(lambda t: _CONFIG_LINE.search(t), 25)
        + [t for t, *_ in _GATED]
        + [digits, digits.replace(" ", "-"), "1 2 3 4 5 6 7 8 9 0 1 2 3", "-" * 30]
        + ["x\nDB_PASSWORD=abcd1234\n{x_token: 'zzzz9999'}, y_secret=qqqq1111\nz_pwd = 12345"]
    )


def test_gates_hold_wherever_the_patterns_match() -> None:
    """R5: `_config_lines` (the lines holding a `_CONFIG_TAIL` match) gives
    `_CONFIG_LINE`'s own matches over every text; where a
    window `_tracker_ids` reads holds a `_TRACKER_ID` match, `_OUR_TRACKER` matches
    the draft; so neither gate leaves a finding out. And `scan` through `_CARD_AT`
    gives `_CARD`'s own matches."""
    configs = trackers = cards = 0
    for text in _gated_texts():
        want = [m.regs for m in _CONFIG_LINE.finditer(text)]
        assert [m.regs for m in _config_lines(text)] == want, text[:80]
        configs += bool(want)
        if next(hinted(_TRACKER_ID, text, _TRACKER_HINTS, 120), None) is not None:
            trackers += 1
            assert finder(_OUR_TRACKER).search(text) is not None, text[:80]
        want = [m.regs for m in _CARD.finditer(text)]
        assert [m.regs for m in scan(_CARD, _CARD_AT, text)] == want, text[:80]
        cards += bool(want)
    assert configs > 20 and trackers >= 5 and cards > 20


def test_common_guard_words_exist_in_every_language() -> None:
    """R1/R6: each language's pack guard words have some answered by `in`, short and
    frequent ones ("th", "a ", "на"), and not most of them."""
    from supportdesk.tone import builtin_packs

    for lang in ("en", "ro", "ru"):
        words = builtin_packs().languages[lang].guard_words
        assert 5 <= len(words.common) < len(words.vocabulary) // 10
        assert set(words.common) <= words.vocabulary


def test_common_guard_words_give_the_same_words_present() -> None:
    """R1/R6: on every draft and labelled text, folded as a document folds it, the
    guard words present with the common ones answered by `in` are `in`'s answers for
    every word, and those of an automaton over all of them."""
    from supportdesk.tone import builtin_packs

    texts = _JOINED + [t.upper() for t in _JOINED[::10]] + TEXTS[::7]
    for lang in ("en", "ro", "ru"):
        words = builtin_packs().languages[lang].guard_words
        plain = Substrings(words.vocabulary)
        for text in texts:
            folded = fold(text)
            got = words.present(folded)
            assert got == plain.present(folded)
            assert got - {""} == {w for w in words.vocabulary if w and w in folded}


def test_substrings_common_words_examples() -> None:
    """Common words answered by `in` (en "the", ro "nu", ru "не"), the rest by the
    automaton; absent ones absent, in every language."""
    words = Substrings(["the", "nu", "не", "refund", "rambursare", "возврат"], ["the", "nu", "не"])
    assert words.present("Nu, the refund e gata") == {"the", "refund"}
    assert words.present("nu se face rambursare") == {"nu", "rambursare"}
    assert words.present("возврат не положен") == {"не", "возврат"}
    assert words.present("") == set()
    assert set(words.positions("the refund, the end")["the"]) == {0, 12}
