"""Sample data in a draft: a CSV or record shown as an example of a format ("Jane
Example", «Иванов Пример Примерович», a row under "(example data, not a real
customer)") is no one's personal data (R5). Kept apart so that persons.py and
pasted.py both ask it without importing each other.
"""

from __future__ import annotations

import re

from supportdesk.tone.words import finder

_SAMPLE_NAME = ("exampl", "exempl", "sample", "пример", "образ", "тест", "test")
_SAMPLE_MARK = re.compile(
    r"(?i)\b(?:(?:example|sample|dummy|fake|test)\s+(?:data|rows?|records?|customers?|entr(?:y|ies))|"
    r"not\s+a\s+real|fictional|made-up|date\s+de\s+(?:exemplu|test)|date\s+fictive|"
    r"nu\s+(?:este\s+|e\s+)?un\s+client\s+real)\b|(?<!\w)(?:(?:данные\s+)?для\s+примера|"
    r"вымышлен\w*|выдуман\w*|придуман\w*|тестов\w+\s+данн\w*|не\s+реальн\w*)|"
    r"\b(?:invented|date\s+inventate)\b"
)

# pol106 (heldK51's ru-xf056): the names every form uses as its sample («например: Иванов Иван
# Иванович», "e.g. John Doe", „de exemplu: Ion Popescu"), told right after "for example". A real
# name there („de exemplu Darius Petcu a luat 3,40", "e.g. Jamie Collins in your group got a 38")
# is still someone's. The cue may stand one word back: «например: Иванов Иван Иванович» is also
# read from its «Иван Иванович».
_DUMMY = re.compile(
    r"(?i)(?:(?:mr|mrs|ms|domnul|doamna)\.?\s+)?(?:иванов\w*\s+иван\w*|иван\w*\s+иванов\w*|"
    r"j(?:ohn|ane)\s+doe|ion\s+popescu|popescu\s+ion)\b"
)
# ... and nothing told of them after it: the sample ends its sentence or its brackets
_SAMPLE_END = re.compile(r"\s*(?:[.;)»”\"\n]|$)")
_FOR_EXAMPLE = re.compile(
    r"(?i)(?:\b(?:for\s+example|for\s+instance|e\.g\.|de\s+exemplu|spre\s+exemplu)|(?<!\w)например)[:,]?\s*(?:[^\W\d_]+\s+)?$"
)


def sample_person(text: str, start: int, name: str) -> bool:
    """Whether the name at `start` is sample data: a name made of an example word
    ("Jane Example", «Иванов Пример Примерович»), a form's stock sample name given as an
    example («например: Иванов Иван Иванович»), or a row under a line that says the data
    is an example ("(example data, not a real customer)") — no one's data (R5)."""
    if any(w.lower().startswith(_SAMPLE_NAME) for w in name.split()):
        return True
    if (
        _DUMMY.match(name)
        and _FOR_EXAMPLE.search(text, max(0, start - 40), start)
        and _SAMPLE_END.match(text, start + len(name))
    ):
        return True
    lo = max(0, start - 160)
    # through its `Finder`: tried only where one of its opening words starts, where the
    # pattern's "\b" and alternation were tried at each of the 160 positions (a name
    # found in most drafts asks this)
    return bool(finder(_SAMPLE_MARK).search(text, lo, start))
