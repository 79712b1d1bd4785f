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


def sample_person(text: str, start: int, name: str) -> bool:
    """Whether the name at `start` is sample data: a name made of an example word
    ("Jane Example", «Иванов Пример Примерович») or a row under a line that says the
    data is an example ("(example data, not a real customer)") — no one's data (R5)."""
    if any(w.lower().startswith(_SAMPLE_NAME) for w in name.split()):
        return True
    lo = max(0, start - 160)
    # through its `Finder`: tried only where one of its opening words starts, where the
    # pattern's "\b" and alternation were tried at each of the 160 positions (a name
    # found in most drafts asks this)
    return bool(finder(_SAMPLE_MARK).search(text, lo, start))
