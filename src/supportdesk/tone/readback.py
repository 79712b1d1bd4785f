"""leakT16: the customer's own data read back, and our payment details, in a sentence the
reader's leak head (tone/reader.py) blocks. The meaning model reads any run of contract
numbers, addresses and passports as a leak; the rules know whose they are. A sentence
that confirms data to the customer ("Подтверждаю: договор 5501234, ул. Гагарина, 7",
"Сверили данные: Петрова Ольга Викторовна, паспорт …" to Ольга Викторовна) and names no
one but them, or that says how to pay us ("Puteți plăti onorariul în contul
cabinetului: RO66 …"), is no leak (R5). Kept here so lint.py only asks one question.
"""

from __future__ import annotations

import re

from supportdesk.tone.leakfinding import RELATION, Known
from supportdesk.tone.secrets import OUR_DETAILS, customer_names
from supportdesk.tone.words import finder

# the draft confirms or reads back what we hold for the customer
_READ_BACK = re.compile(
    r"(?i)\b(?:confirm\w*|verified|we\s+(?:have\s+)?checked|as\s+you\s+(?:sent|gave)|your\s+details|"
    r"confirm[ăa]m|am\s+verificat|datele\s+(?:dumneavoastr[ăa]|dvs)|cum\s+ne-a[țt]i\s+trimis)\b|"
    r"(?<!\w)(?:подтвержда\w*|сверил\w*|проверил\w*|как\s+вы\s+прислали)(?!\w)"
)
# someone else named or meant: then it is not a read-back
_OTHER = re.compile(
    r"(?i)\b(?:another|other|previous|former|alt\w*|fost\w*)\b|(?<!\w)(?:друг\w*|чуж\w*|"
    r"прежн\w*|предыдущ\w*|бывш\w*)(?!\w)"
)
# pol107 (blind75's ru-xa007): the reader's own client, named to their lawyer («претензию,
# направленную вами в интересах вашего доверителя, Ковалёва Сергея Петровича», „în numele
# clientului dumneavoastră, domnul Radu Vlaicu", "on behalf of your client, Mr Price"): whose case
# the lawyer brought, as persons._YOUR_CLIENT reads it for the rules. «Ваш клиент» alone is
# anyone's customer (a bank's "your client is on our stop list"), and so is not read here.
_YOUR_CLIENT_NAMED = re.compile(
    r"(?:\b[Yy]our\s+(?:client|principal)|\b[Cc]lient(?:ul|ului)?\s+(?:dumneavoastr[ăa]|dvs\.?)|"
    r"(?<!\w)[Вв]аш\w*\s+(?:доверител|подзащитн)\w*)[\s,—–-]+"
    r"(?:(?:[Mm]r|[Mm]rs|[Mm]s|[Dd]r|domnul|doamna|г-н|г-жа)\.?\s+)?[A-ZĂÂÎȘȚА-ЯЁ]"
)
_NAME_RUN = re.compile(r"[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]{2,}(?:\s+[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]{2,})*")


def cleared(text: str, start: int, end: int) -> bool:
    """Whether the sentence `text[start:end]` is our payment details or the customer's
    own data read back (module docstring): the reader's leak head does not block it."""
    sentence = text[start:end]
    if OUR_DETAILS.search(sentence):
        return True
    if _YOUR_CLIENT_NAMED.search(sentence) and not _OTHER.search(sentence):
        return True  # pol107: the lawyer's own client, named to them
    if not _READ_BACK.search(sentence):
        return False
    if finder(RELATION).search(sentence) or _OTHER.search(sentence):
        return False
    names = customer_names(text, Known())
    if not names:
        return not _NAME_RUN.search(sentence, 1)  # no name at all past its first word
    # every capitalised run after the first word must be the customer's own name
    for run in _NAME_RUN.finditer(sentence, 1):
        if not {w.lower() for w in run.group().split()} & names:
            if run.group().lower().split()[0] in _STREET_OR_ORG or _STREET_BEFORE.search(
                sentence, max(0, run.start() - 8), run.start()
            ):
                continue  # "ул. Гагарина": a street, nobody's name
            return False
    return True


_STREET_BEFORE = re.compile(r"(?i)(?:ул|str|пр|пер|бул|ш|bd|nr)\.?\s+$")
# capitalised words that name no person: a street, a bank, a company form
_STREET_OR_ORG = frozenset(
    re.findall(
        r"\S+", "ул ул. str strada street road bd бул пр просп ооо оао пао ао ип srl sa ltd llp"
    )
)
