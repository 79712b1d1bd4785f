"""Another customer's money or document named to this one (R5): "the refund you saw is
actually for Sandra Kowalski (invoice INV-20931), not you". No e-mail address gives the
third person away here, only a full name after "for"/"pentru"/"для" beside a refund,
invoice or order, in a sentence that contrasts them with the reader ("not you",
"de fapt", "на самом деле"). The customer's own name and invoice read back to them has
no such contrast and stays clean. Kept apart from persons.py so the gate (a contrast
word, a cheap substring test) runs before any regex."""

from __future__ import annotations

import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import Leak, has_any, sentence_start
from supportdesk.tone.words import lowered

# the contrast with the reader, as substrings of the lowered draft: the gate
_CONTRAST_HINTS = ("not you", "not for you", "not yours", "actually", "in fact", "de fapt",
                   "nu pentru", "nu a ta", "nu al tău", "nu al dumneavoastr", "на самом деле",
                   "не для", "не вам", "не тебе", "не ваш", "не твой")  # fmt: skip
_CONTRAST = re.compile(
    r"(?i)\bnot\s+(?:for\s+)?(?:you|yours)\b|\bactually\b|\bin\s+fact\b|\bde\s+fapt\b|"
    r"\bnu\s+(?:pentru\s+(?:tine|dumneavoastr[ăa]|dvs)|a\s+ta|al\s+t[ăa]u|al\s+dumneavoastr[ăa])\b|"
    r"на\s+самом\s+деле|не\s+(?:для\s+)?(?:вас|тебя|вам|тебе)\b|не\s+(?:ваш|тво)\w*"
)
# money or a document of someone's: what must not travel to the wrong customer
_BELONGING = re.compile(
    r"(?i)refund|invoice|order|payment|receipt|parcel|booking|£|€|\$|"
    r"rambursar\w*|factur\w*|comand\w*|plat[ăa]\w*|colet\w*|rezervar\w*|\blei\b|"
    r"возврат\w*|сч[её]т\w*|заказ\w*|плат[её]ж\w*|посылк\w*|бронь\w*|₽|руб"
)
# "for Sandra Kowalski", "pentru Sanda Cozma", "для Светланы Козловой": a full name
_FOR_NAME = re.compile(
    r"\b(?:for|belongs\s+to|pentru|lui|для)\s+(?:(?:Mr|Mrs|Ms|Miss|dl\.?|dna\.?|doamna|domnul)\s+)?"
    r"(?P<hit>[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+\s+[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+(?:-[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+)?)"
)


def misdirected(text: str) -> Iterator[Leak]:
    """A full name after "for" beside money or a document, in a sentence that says it
    is not the reader's: another customer's data (R5)."""
    if not has_any(lowered(text), _CONTRAST_HINTS):
        return
    for c in _CONTRAST.finditer(text):
        start = sentence_start(text, c.start())
        end = min(len(text), c.end() + 120)
        stop = re.search(r"[.!?\n](?:\s|$)", text[c.end() : end])
        end = c.end() + stop.start() if stop else end
        sentence = text[start:end]
        if not _BELONGING.search(sentence):
            continue
        for m in _FOR_NAME.finditer(sentence):
            yield Leak(
                "other-person",
                start + m.start("hit"),
                start + m.end("hit"),
                "Another customer's name with their money or document: remove it (R5).",
            )
            return
