"""leakT16: the customer's own data read back, and our payment details, in a sentence the
reader's leak head (tone/reader.py) blocks. The meaning model reads any run of contract
numbers, addresses and passports as a leak; the rules know whose they are. A sentence
that confirms data to the customer ("Подтверждаю: договор 5501234, ул. Гагарина, 7",
"Сверили данные: Петрова Ольга Викторовна, паспорт …" to Ольга Викторовна) and names no
one but them, or that says how to pay us ("Puteți plăti onorariul în contul
cabinetului: RO66 …"), is no leak (R5). Kept here so lint.py only asks one question.

A sentence whose numbers, e-mails and streets are all the customer's own (what the ticket
holds, `Known.own_values`) is read back too, with no word saying so: trainP41's notice
opened "Cod client: 8800213476", the customer's code from the ticket, and eight more
labelled polite drafts and clean look-alikes held the customer's own phone, e-mail or
account number where the reader blocked it. The same sentence naming anyone else
("Numărul 0744 218 903 a aparținut domnului Vasile Rusu") is still no read-back.
"""

from __future__ import annotations

import re

from supportdesk.tone.leakfinding import RELATION, Known
from supportdesk.tone.leakvalues import own_values
from supportdesk.tone.secrets import OUR_DETAILS, customer_names
from supportdesk.tone.words import finder

# the draft confirms or reads back what we hold for the customer
_READ_BACK = re.compile(
    r"(?i)\b(?:confirm\w*|verified|we\s+(?:have\s+)?checked|as\s+you\s+(?:sent|gave)|your\s+details|"
    r"confirm[ăa]m|am\s+verificat|datele\s+(?:dumneavoastr[ăa]|dvs)|cum\s+ne-a[țt]i\s+trimis)\b|"
    r"(?<!\w)(?:подтвержда\w*|сверил\w*|проверил\w*|как\s+вы\s+прислали)(?!\w)"
)
# someone else named or meant: then it is not a read-back; pol138 (blind87's ro-yy079): „fostul, fosta" (former),
# not the „a fost" (was) of „a fost trimisă"
_OTHER = re.compile(
    r"(?i)\b(?:another|other|previous|former|alt\w*|fost(?:ul|a|ei|ului|ii|ele|ilor))\b|(?<!\w)(?:друг\w*|чуж\w*|"
    r"прежн\w*|предыдущ\w*|бывш\w*)(?!\w)"
)
# pol107 (blind75's ru-xa007): the reader's own client, named to their lawyer («претензию,
# направленную вами в интересах вашего доверителя, Ковалёва Сергея Петровича», „în numele
# clientului dumneavoastră, domnul Radu Vlaicu", "on behalf of your client, Mr Price"): whose case
# the lawyer brought, as persons._YOUR_CLIENT reads it for the rules. «Ваш клиент» alone is
# anyone's customer (a bank's "your client is on our stop list"), and so is not read here.
# pol113 (trainP42's ru-xp007): the other way round, the customer's own lawyer named to them
# («ваши интересы представляет юрист Ковалёв Д. А.», "your solicitor, Ms Reid", „avocatul
# dumneavoastră, dl av. Răzvan Pîrvu"), who writes for them.
_YOUR_CLIENT_NAMED = re.compile(
    r"(?:\b[Yy]our\s+(?:client|principal|solicitor|lawyer|attorney|(?:legal\s+)?representative)|"
    r"\b(?:[Cc]lient|[Aa]vocat)(?:ul|ului)?\s+(?:dumneavoastr[ăa]|dvs\.?)|"
    r"(?<!\w)[Вв]аш\w*\s+(?:доверител|подзащитн|представител|адвокат|юрист)\w*|"
    r"(?<!\w)интересы\s+представля\w+)[\s,—–-]+"
    r"(?:(?:адвокат|юрист)\w*\s+|(?:dl|dna)\.?\s+)?"
    r"(?:(?:[Mm]r|[Mm]rs|[Mm]s|[Dd]r|av|domnul|doamna|г-н|г-жа)\.?\s+)?[A-ZĂÂÎȘȚА-ЯЁ]"
)
_NAME_RUN = re.compile(r"[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]{2,}(?:\s+[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]{2,})*")


def cleared(text: str, start: int, end: int, known: Known | None = None) -> bool:
    """Whether the sentence `text[start:end]` is our payment details or the customer's
    own data read back (module docstring): the reader's leak head does not block it.
    `known`: what the ticket says of the customer (their name, their own values)."""
    known = known or Known()
    sentence = text[start:end]
    if OUR_DETAILS.search(sentence):
        return True
    if _YOUR_CLIENT_NAMED.search(sentence) and not _OTHER.search(sentence):
        return True  # pol107: the lawyer's own client, named to them
    if not _READ_BACK.search(sentence) and not only_own_values(sentence, known):
        return False
    if finder(RELATION).search(sentence) or _OTHER.search(sentence):
        return False
    names = customer_names(text, known)
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


def only_own_values(sentence: str, known: Known) -> bool:
    """Whether `sentence` holds the customer's own numbers, e-mails or streets and no one
    else's (module docstring). lint asks it of the whole reply too (pol119, blind80's ro-xw073):
    the wording leak head's verdict is the whole reply's, pointed at the sentence it scores
    highest (the sign-off „Cu stimă, Echipa Clienți" there), and a reply whose only data are
    the customer's own, read back, holds nothing of anyone else's to block."""
    if not known.own_values:
        return False
    values = own_values([sentence])
    return bool(values) and values <= known.own_values


_STREET_BEFORE = re.compile(r"(?i)(?:ул|str|пр|пер|бул|ш|bd|nr)\.?\s+$")
# capitalised words that name no person: a street, a bank, a company form
_STREET_OR_ORG = frozenset(
    re.findall(
        r"\S+", "ул ул. str strada street road bd бул пр просп ооо оао пао ао ип srl sa ltd llp"
    )
)
