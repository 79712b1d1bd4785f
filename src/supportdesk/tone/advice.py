"""Example phrases in the advice, in the draft's language (ux16).

The advice is English, the program's language (packs.py's docstring), but the phrases it
quotes as examples of what to avoid or to say are words for the draft: a Romanian draft
was told to avoid “as you describe” and to add a “please”, which the agent then has to
translate back. Pack rules of ro/ru carry their own `message_en` with their language's
examples; the lint's built-in messages (the construction model, the reply judgement, the
cold reply) quote through `in_language`, with the equivalents below.
"""

from __future__ import annotations

import re

# English example phrase -> its equivalent per draft language (the same role in a reply)
EXAMPLES: dict[str, dict[str, str]] = {
    "obviously": {"ro": "evident", "ru": "очевидно"},
    "simply": {"ro": "pur și simplu", "ru": "просто"},
    "was not done": {"ro": "nu s-a făcut", "ru": "не было сделано"},
    "good news": {"ro": "vești bune", "ru": "хорошая новость"},
    "as simply as possible": {"ro": "cât mai simplu", "ru": "как можно проще"},
    "as you describe": {"ro": "cum descrieți", "ru": "как вы описываете"},
    "our data shows": {"ro": "datele noastre arată", "ru": "по нашим данным"},
    "please": {"ro": "vă rog", "ru": "пожалуйста"},
}
_QUOTE = re.compile(r"“([^”]*)”")
_MARKS = {"ru": ("«", "»")}  # how the language quotes; “…” otherwise
_LETTERS = {"ru": re.compile(r"[\u0400-\u04ff]")}  # its words, quoted from the draft


def in_language(message: str, language: str) -> str:
    """`message` with each quoted English example (“please”) replaced by the draft
    language's equivalent, in that language's quotation marks, as are quoted words of
    the draft (“Проверь” -> «Проверь»); other quotes (“!”) stay as they are."""
    if language == "en":
        return message
    left, right = _MARKS.get(language, ("“", "”"))

    def swap(m: re.Match[str]) -> str:
        said = EXAMPLES.get(m.group(1), {}).get(language)
        if said is None and language in _MARKS and _LETTERS[language].search(m.group(1)):
            said = m.group(1)  # the draft's own words, in its quotation marks
        return m.group() if said is None else f"{left}{said}{right}"

    return _QUOTE.sub(swap, message)
