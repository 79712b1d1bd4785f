"""The spd27 call sites (issue 8: lint of a 2,000-character draft within its budget): the
leak detectors' (R5) module-level patterns that are searched over a whole draft or long
parts of it, and whose `words.Finder` has a shortcut (opening words, or a copy the engine
skips ahead with), are searched through `finder(pattern)` at their call sites. The R5
detectors must lose nothing: each gives its own matches through the Finder, also where
a call site's window runs past the text's end (`_OUR_PLACE`: `end + 120`) or the
text is a short slice (`_ROUTER`: the 80 characters before an address). Several of
these modules (pasted, accesscodes, misdirected, backoffice) are outside
tests/test_tone_speed.py's pattern census, hence this check. Speed is measured by
bench/lint_callgrind.py, never here."""

from __future__ import annotations

import importlib
import re

import pytest

from supportdesk.tone.words import finder
from tests.test_tone_speed import TEXTS

# (module, pattern) searched through its Finder since spd27
MOVED = (
    ("pasted", "_BORN_WORD"), ("pasted", "_CHAT"), ("pasted", "_SPEND"),
    ("accesscodes", "_IPV4"), ("misdirected", "_BELONGING"), ("whereabouts", "RELATION"),
    ("backoffice", "_STAFF_UNIT"), ("disclosures", "_COUNT"), ("disclosures", "_STAFF_CODE"),
    ("disclosures", "_KEY_YOURS"), ("exposures", "_UNFIXED_RE"), ("exposures", "_TOWN"),
    ("exposures", "_PERSONAL_SOCIAL"), ("persons", "_RECORD_LABEL"), ("persons", "_TITLE_HINT"),
    ("persons", "_YOU_PAY"), ("secrets", "_IPV6"), ("secrets", "_ROUTER"),
    ("secrets", "_VERSION_BEFORE"), ("secrets", "_OUR_PLACE"), ("secrets", "_NOT_CARD"),
    ("secrets", "_SERVER_BEFORE"), ("secrets", "_YOURS_WORD"), ("secrets", "_URL"),
    ("secrets", "_IBAN"), ("secrets", "_RU_ACCOUNT"), ("secrets", "_IPV4"),
)  # fmt: skip

# Hand-written drafts, en/ro/ru, with what these patterns look for (an IBAN, a Russian
# account, a link, addresses, a birth date, our figures) and near misses (a version
# number, "http" as a word, a card-like order number), in capitals too
_OWN = [
    "Your IBAN GB82WEST12345698765432 is on file; see https://help.example.com/refunds. "
    "The server in our office is at 10.20.0.1, version 1.2.3.4 of the app is not an "
    "address. Ms Lee, born 12.03.1990, from Leeds, told us. HTTP is fine. fd12::7",
    "Contul RO49AAAA1B31007593840000 al dumneavoastră; routerul nostru are 192.168.1.1. "
    "Domnul Popescu, născut pe 3 mai 1985, din Iași, a spus. Versiunea 2.0.1.7 nu e o adresă. "
    "Avem 12.000 de clienți. Vedeți http://exemplu.ro/ajutor",
    "Ваш счёт 40817810099910004312, сервер у нас в офисе 10.0.0.5, версия 1.2.3.4. "
    "Иванов, родился 1 мая 1980 года, из Перми, сказал. Смотрите https://пример.рф/помощь. "
    "Номер заказа 4111 1111 1111 1111 — не карта.",
]
_DRAFTS = [*_OWN, *(t.upper() for t in _OWN), *TEXTS[::97]]


def _moved() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for module, name in MOVED:
        pattern = getattr(importlib.import_module(f"supportdesk.tone.{module}"), name)
        assert isinstance(pattern, re.Pattern), (module, name)
        out.append((f"{module}.{name}", pattern))
    return out


def test_hand_drafts_hold_what_the_patterns_look_for() -> None:
    """The positive examples are there: each language's draft gives matches."""
    moved = dict(_moved())
    for draft, kinds in zip(
        _OWN,
        (("secrets._IBAN", "secrets._URL"), ("secrets._IBAN",), ("secrets._RU_ACCOUNT",)),
        strict=True,
    ):
        for kind in kinds:
            assert moved[kind].search(draft), (kind, draft[:40])
    assert not moved["secrets._URL"].search("HTTP is fine, see the help page")  # a near miss


def test_moved_patterns_have_a_shortcut() -> None:
    """Why each goes through its Finder: it has one (else finder() gives the pattern's
    own search back and the call site only pays for the look-up)."""
    for name, pattern in _moved():
        found = finder(pattern)
        assert found.fast is not None or found.starts is not None, name


@pytest.mark.parametrize("shift", [0, 1])
def test_moved_finders_find_what_the_patterns_find(shift: int) -> None:
    """R5: whole drafts, windows, windows past the end, and short slices: the pattern's
    own matches and search results through its Finder (half the drafts per shift)."""
    for name, pattern in _moved():
        found = finder(pattern)
        for text in _DRAFTS[shift::2]:
            n = len(text)
            for lo, hi in ((0, n), (n // 3, n // 3 + 90), (max(0, n - 50), n + 120), (n, n + 120)):
                want = [m.regs for m in pattern.finditer(text, lo, hi)]
                assert [m.regs for m in found.finditer(text, lo, hi)] == want, (name, lo, hi)
                got, plain = found.search(text, lo, hi), pattern.search(text, lo, hi)
                assert (got and got.regs) == (plain and plain.regs), (name, lo, hi)
            piece = text[max(0, n // 2 - 80) : n // 2]
            want = [m.regs for m in pattern.finditer(piece)]
            assert [m.regs for m in found.finditer(piece)] == want, (name, piece)
