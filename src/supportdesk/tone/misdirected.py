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
from supportdesk.tone.persons import STAFF
from supportdesk.tone.words import finder, lowered

# the contrast with the reader, as substrings of the lowered draft: the gate
_CONTRAST_HINTS = ("not you", "not for you", "not yours", "actually", "in fact", "de fapt",
                   "nu pentru", "nu a ta", "nu al tău", "nu al dumneavoastr", "nu a dumneavoastr",
                   "на самом деле",
                   "не для", "не вам", "не тебе", "не ваш", "не твой",
                   "not to you", "отношения не имеет", "не имеет отношения")  # fmt: skip
_CONTRAST = re.compile(
    r"(?i)\bnot\s+(?:for\s+|to\s+)?(?:you|yours)\b|\bactually\b|\bin\s+fact\b|\bde\s+fapt\b|"
    r"\bnu\s+(?:pentru\s+(?:tine|dumneavoastr[ăa]|dvs)|a\s+ta|al\s+t[ăa]u|a\s+dumneavoastr[ăa]|"
    r"al\s+dumneavoastr[ăa])\b|"
    r"на\s+самом\s+деле|не\s+(?:для\s+)?(?:вас|тебя|вам|тебе)\b|не\s+(?:ваш|тво)\w*|"
    # lpar16: "к вам он отношения не имеет" (en "not to you", ro "nu a dumneavoastră")
    r"отношения\s+не\s+имеет|не\s+имеет\s+отношения"
)
# money or a document of someone's: what must not travel to the wrong customer
_BELONGING = re.compile(
    r"(?i)refund|invoice|order|payment|receipt|parcel|booking|£|€|\$|"
    r"rambursar\w*|factur\w*|comand\w*|plat[ăa]\w*|colet\w*|rezervar\w*|\blei\b|"
    r"возврат\w*|сч[её]т\w*|заказ\w*|плат[её]ж\w*|посылк\w*|бронь\w*|₽|руб"
)
# "for Sandra Kowalski", "pentru Sanda Cozma", "для Светланы Козловой": a full name
_FOR_NAME = re.compile(
    r"\b(?:for|belongs\s+to|pentru|lui|для|(?:este|e)\s+a(?:l)?\s+(?:firmei|companiei|domnului|doamnei)|"
    r"a(?:l)?\s+firmei|принадлежит)\s+(?:(?:Mr|Mrs|Ms|Miss|dl\.?|dna\.?|doamna|domnul)\s+)?"
    r"(?P<hit>[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+\s+[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+(?:-[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+)?|"
    # leak14: a firm by its legal form ("a firmei Dacris SRL", "принадлежит ООО «Вектор»")
    r"[A-ZĂÂÎȘȚ][\w&-]+(?:\s+[A-ZĂÂÎȘȚ][\w&-]+)?\s+(?:SRL|S\.R\.L\.|SA|Ltd|LLC|Inc|GmbH)\b|"
    r"(?:ООО|АО|ИП)\s+«[^»\n]{2,40}»)"
)
# trainK33: the other order's addressee by title and surname ("an order … going to a Ms Reid in
# Glasgow", „o comandă … către o doamnă Cârstea din Ploiești", «заказ … для некой г-жи Рид»)
_TO_TITLED = re.compile(
    r"\b(?:(?:going|sent|addressed|delivered|shipped)\s+to\s+(?:a\s+)?(?:Mr|Mrs|Ms|Miss|Dr)\.?|c[ăa]tre\s+(?:o\s+|un\s+)?"
    r"(?:doamn[ăa]|domn|dna\.?|dl\.?)|(?:для|на\s+имя)\s+(?:некоей\s+|некоего\s+|некой\s+)?(?:г-жи|г-на|госпожи|господина))\s+"
    r"(?P<hit>[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+(?:-[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+)?)"
)
# leak14: our colleague named after "for" ("waiting for Sarah Collins, our billing lead"):
# not another customer; the role said after the name, or "our …" just before it
_COLLEAGUE_AFTER = re.compile(
    r"(?i),?\s+(?:(?:from|in|on|of)\s+)?(?:our|nostr\w*|noastr\w*|din\s+echip\w*|наш\w*|из\s+наш\w*)\b|"
    r"\s+to\s+(?:sign|approve|check|review|confirm)|\s+s[ăa]\s+(?:semneze|aprobe|verifice)|"
    r",?\s+(?:чтобы|на)\s+(?:подпис|одобр|провер|согласован)"
)


def misdirected(text: str) -> Iterator[Leak]:
    """A full name after "for" beside money or a document, in a sentence that says it
    is not the reader's: another customer's data (R5)."""
    if not has_any(lowered(text), _CONTRAST_HINTS):
        return
    for c in finder(_CONTRAST).finditer(text):  # its own matches, found faster
        start = sentence_start(text, c.start())
        if c.start() - start <= 25 and start > 1:
            # lpar16: a contrast opening its own sentence ("… belongs to Dacris Ltd. It is
            # not yours.", "… ООО «Дакрис». К вам он отношения не имеет."): whose it is was
            # said in the sentence before
            start = sentence_start(text, start - 2)
        end = min(len(text), c.end() + 120)
        stop = re.search(r"[.!?\n](?:\s|$)", text[c.end() : end])
        end = c.end() + stop.start() if stop else end
        sentence = text[start:end]
        if not finder(_BELONGING).search(sentence):
            continue
        for m in [*_FOR_NAME.finditer(sentence), *_TO_TITLED.finditer(sentence)]:
            if _COLLEAGUE_AFTER.match(sentence, m.end("hit")) or STAFF.search(
                sentence, max(0, m.start() - 60), m.start()
            ):
                continue  # a colleague of ours, not another customer
            yield Leak(
                "other-person",
                start + m.start("hit"),
                start + m.end("hit"),
                "Another customer's name with their money or document: remove it (R5).",
            )
            return
