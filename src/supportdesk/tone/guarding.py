"""leak20: how our premises, cash and goods are guarded, and when they are not, told to a
customer (R5: "Keep your mouth shut": confidential data never leave; a thief needs no
more). Writers of heldK6, heldK7 and blind31 wrote it in every language:

- a guard that is off: cameras switched off or broken, an alarm disabled, no night
  guard, a safe left unlocked, a load sent without escort ("Camerele de supraveghere din
  parcare sunt oprite de două săptămâni … nici noaptea nu mai avem paznic",
  «Видеонаблюдение на складе не работает уже месяц, а сигнализацию отключили», "pleacă joi
  la 4 dimineața … pe DN7, fără escortă"); against the customer's own camera or alarm,
  an order to switch theirs off ("please turn off the alarm before the engineer comes")
  and a guard that works ("the cameras were recording and the footage went to the
  police");
- when cash is collected or delivered: a cash-in-transit firm with its days or hours
  ("Инкассация у нас по вторникам и пятницам около 17:30", "Se alimentează marțea și
  vinerea pe la 6 dimineața, cu mașina de la transport valori"); against the firm named
  with no time ("cash machines are filled by our partner Loomis").

Both start from substring tests (leakfinding's one pass over the draft); nothing past them
runs on a draft without one of the guard or cash words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import Leak, any_of, first_accepted, present, sentence_around
from supportdesk.tone.words import finder

_MESSAGE = "How our premises, cash or goods are guarded, or when not: never for a customer (R5)."

# --- a guard that is off --------------------------------------------------------------------------
_GUARD = (
    r"cctv|(?:security|surveillance)\s+cameras?|cameras?\s+(?:in|at|on|over|covering|outside)\s+(?:the|our)\s+\w+|"
    r"video\s+surveillance|(?:burglar|security|intruder)\s+alarms?|alarm\s+system|(?:security|night)\s+guards?|"
    r"vault|camerele\s+de\s+supraveghere|camere(?:le)?\s+video|supravegherea\s+video|sistem\w*\s+de\s+alarm\w*|"
    r"alarma|seif\w*|видеонаблюдени\w*|камер\w*\s+(?:наблюдения|видеонаблюдения|на\s+\w+|в\s+\w+)|"
    r"сигнализаци\w*|сейф\w*"
)
_OFF = (
    r"off|down|broken|disabled|switched\s+off|turned\s+off|not\s+working|out\s+of\s+order|unlocked|"
    r"left\s+open|oprit\w*|dezactivat\w*|stricat\w*|defect\w*|descuiat\w*|nefunc[țt]ional\w*|"
    r"отключ\w*|выключ\w*|сломан\w*|не\s+заперт\w*|открыт\w*"
)
_GUARD_OFF = re.compile(
    rf"(?i)(?:\b|(?<=\s))(?:{_GUARD})(?:\s+(?!and\b|și\b|и\b)[^\s.!?,;]+){{0,4}}?\s+(?:(?:is|are|was|were|"
    rf"has\s+been|have\s+been|sunt|e|este|au\s+fost|a\s+fost|r[ăa]m[âa]ne|стоит|стоят|был\w*)\s+)?"
    rf"(?:\w+\s+)?(?:{_OFF})(?!\w)|"
    rf"(?:\b|(?<=\s))(?:{_GUARD})[^.!?\n]{{0,30}}?(?:\b(?:don'?t|doesn'?t|isn'?t|aren'?t|hasn'?t|haven'?t)\s+"
    rf"(?:been\s+)?(?:work\w*|record\w*|armed)|\bnu\s+(?:mai\s+)?(?:func[țt]ioneaz\w*|merg\w*|"
    rf"[îi]nregistreaz\w*)|(?<!\w)не\s+(?:работа\w*|пишут|записыва\w*))(?!\w)|"
    rf"(?<!\w)(?:\w+\s+)?(?:отключили|выключили)\s+(?:{_GUARD})|"
    r"\b(?:no\s+(?:longer\s+)?(?:a\s+)?(?:night\s+)?(?:guard|security\s+guard|escort)|without\s+(?:an?\s+)?"
    r"(?:escort|guard)|unguarded|nu\s+mai\s+avem\s+paznic|f[ăa]r[ăa]\s+(?:escort[ăa]|paz[ăa]|paznic))\b|"
    r"(?<!\w)(?:без\s+(?:охраны|сопровождения|сигнализации)|охраны\s+(?:нет|больше\s+нет)|"
    r"охранник\w*\s+(?:нет|уволил\w*|не\s+выходит))(?!\w)"
)
_GUARD_HINTS = ("cctv", "camera", "surveillance", "alarm", "guard", "vault", "escort", "camere",
                "supraveghere", "seif", "paznic", "pază", "paza", "видеонаблюд", "камер",
                "сигнализац", "сейф", "охран", "сопровожд")  # fmt: skip
# every `_GUARD_OFF` match holds one: a second gate before its windows' regex
_OFF_HINTS = ("off", "down", "broken", "disabled", "not working", "out of order", "unlocked",
              "left open", "n't work", "n't record", "n't armed", "no guard", "no longer", "no night",
              "no security", "no escort", "no a ", "without", "unguarded", "oprit", "dezactivat",
              "stricat", "defect", "descuiat", "nefuncț", "nefunct", "nu funcț", "nu funct",
              "nu mai func", "nu merg", "nu mai merg", "nu înregistr", "nu inregistr", "nu mai avem",
              "fără", "fara", "отключ", "выключ", "сломан", "не заперт", "открыт", "не работа",
              "не пишут", "не записыва", "без охраны", "без сопровожд", "без сигнализ",
              "охраны нет", "охраны больше", "охранник")  # fmt: skip
# the customer's own, or an order to switch theirs off
_THEIRS = re.compile(
    r"(?i)\b(?:your|you|please|turn\s+off|switch\s+off|dvs|dumneavoastr[ăa]|opri[țt]i|dezactiva[țt]i|"
    r"v[ăa]\s+rug[ăa]m)\b|(?<!\w)(?:ваш\w*|у\s+вас|вы|отключите|выключите|пожалуйста)(?!\w)"
)

# --- when cash is collected -----------------------------------------------------------------------
_CASH_RUN = re.compile(
    r"(?i)\b(?:cash[- ]in[- ]transit|armou?red\s+(?:van|truck|car)|cash\s+collection|security\s+van|"
    r"brinks|loomis|g4s|transport(?:ul)?\s+(?:de\s+)?valori|se\s+alimenteaz[ăa])\b|"
    r"(?<!\w)(?:инкассаци\w*|инкассатор\w*)(?!\w)"
)
_CASH_HINTS = ("cash", "armoured", "armored", "security van", "brinks", "loomis", "g4s",
               "valori", "se alimentează", "se alimenteaza", "инкасса")  # fmt: skip
_WHEN = re.compile(
    r"(?i)\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|"
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|at\s+\d{1,2}|luni(?:a)?|mar[țt]i(?:a)?|miercuri(?:a)?|joi(?:a)?|"
    r"vineri(?:a)?|s[âa]mb[ăa]t[ăa]|duminic[ăa]|ora\s+\d{1,2}|la\s+\d{1,2}|pe\s+la\s+\d{1,2})\b|"
    r"(?<!\w)(?:понедельник\w*|вторник\w*|сред(?:у|ам)|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*|"
    r"около\s+\d{1,2}|в\s+\d{1,2}[:.]\d{2})(?!\w)|\b\d{1,2}[:.]\d{2}\b"
)


def _off(text: str, m: re.Match[str]) -> bool:
    lo, _ = sentence_around(text, m.start(), m.end())
    return _THEIRS.search(text, max(lo, m.start() - 40), m.end()) is None


def _timed(text: str, m: re.Match[str]) -> bool:
    lo, hi = sentence_around(text, m.start(), m.end())
    return finder(_WHEN).search(text, lo, hi) is not None


def guarding(text: str) -> Iterator[Leak]:
    """The first guard said to be off, and the first cash run given its time (R5)."""
    hints = present(text, _GUARD_HINTS) if any_of(text, _OFF_HINTS) else ()
    yield from first_accepted(
        _GUARD_OFF, text, hints, 80, lambda m: _off(text, m), "internal-info", _MESSAGE
    )
    hints = present(text, _CASH_HINTS)
    yield from first_accepted(
        _CASH_RUN, text, hints, 30, lambda m: _timed(text, m), "internal-info", _MESSAGE
    )
