"""A first guess at the customer's register (R3: "if they address you as tu, say tu").

A deliberately small word count over the customer's own words until incoming analysis
(the tone module, issue 8) provides a better one; it only picks a template variant, and
the agent sees which one was chosen.
"""

from __future__ import annotations

import re

_MARKERS = {
    "ro": (
        {"dumneavoastră", "dumneavoastra", "dvs", "vă", "va rog", "vă rog", "bună ziua",
         "stimate", "stimată", "dumneata"},
        {"salut", "tu", "te rog", "poți", "poti", "ție", "tău", "ta", "tine", "ai putea",
         "hei", "mersi"},
    ),
    "ru": (
        {"вы", "вас", "вам", "ваш", "ваша", "ваше", "вашего", "вашей", "здравствуйте",
         "подскажите", "скажите", "можете", "могли бы"},
        {"ты", "тебя", "тебе", "твой", "твоя", "привет", "подскажи", "можешь", "скажи"},
    ),
    "en": (
        {"dear", "good morning", "good afternoon", "kind regards", "sincerely", "regards"},
        {"hi", "hey", "thanks", "cheers", "yo"},
    ),
}  # fmt: skip


def _count(text: str, words: set[str]) -> int:
    return sum(len(re.findall(rf"(?<!\w){re.escape(w)}(?!\w)", text)) for w in words)


def guess_register(text: str, language: str) -> str:
    """ "formal", "informal" or "unknown" for a customer's message in `language`."""
    markers = _MARKERS.get(language)
    if not markers or not text.strip():
        return "unknown"
    lowered = text.lower()
    formal, informal = (_count(lowered, words) for words in markers)
    if formal == informal:
        return "unknown"
    return "formal" if formal > informal else "informal"
