"""What a value next to a secret word *is* (R5): a real secret, or a placeholder that
tells the customer what to fill in; and which personal data is the customer's own.

The confidentiality detectors (secrets.py) find where a password, key, connection
string or bank account would be; this module judges the value found there. Both
questions recur across every family — a placeholder looks the same after "password=",
inside a database URL, after "-u" or after an API-key header — so they are answered
once here rather than per pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words that name a slot rather than fill it, in en, ro, ru, lowercase: "user:password",
# "Password=parola", "<server>". A real password is never one of these on its own.
_SLOT_WORDS = frozenset(
    [
        "user",
        "username",
        "usr",
        "login",
        "password",
        "passwd",
        "pass",
        "pwd",
        "secret",
        "token",
        "key",
        "apikey",
        "api_key",
        "host",
        "hostname",
        "server",
        "port",
        "db",
        "dbname",
        "database",
        "schema",
        "name",
        "value",
        "example",
        "sample",
        "demo",
        "dummy",
        "placeholder",
        "changeme",
        "redacted",
        "hidden",
        "removed",
        "masked",
        "foo",
        "bar",
        "baz",
        "utilizator",
        "parola",
        "parolă",
        "gazda",
        "baza",
        "server",
        "cheie",
        "cheia",
        "nume",
        "valoare",
        "exemplu",
        "логин",
        "пароль",
        "пользователь",
        "хост",
        "сервер",
        "база",
        "ключ",
        "токен",
        "секрет",
        "имя",
        "значение",
        "пример",
    ]
)
# A token of a value that says "yours goes here": "your-api-key-here", "CHEIA_TA",
# "ВАШ_API_КЛЮЧ", "my_token", "insert_key".
_YOURS = frozenset(
    [
        "your",
        "yours",
        "my",
        "here",
        "insert",
        "put",
        "paste",
        "enter",
        "replace",
        "ta",
        "tau",
        "tău",
        "dvs",
        "dumneavoastra",
        "dumneavoastră",
        "voastra",
        "ваш",
        "ваша",
        "ваше",
        "ваши",
        "твой",
        "твоя",
        "свой",
        "свою",
        "свой",
        "вставьте",
        "vash",
        "vasha",
        "vashe",
        "tvoy",
        "tvoya",
        "svoy",
    ]
)
_SPLIT = re.compile(r"[-_.:/\s]+")
_BRACKETED = re.compile(
    r"^(?:<[^<>]*>|\{\{?[^{}]*\}?\}|\[[^\[\]]*\]|\$\{[^{}]*\}|%[^%\s]+%|\$[A-Z_]{3,})$"
)
_MASK_CHARS = frozenset("xX*•·.#?_-–—…0")


_CHANGE_ME = frozenset(("changeme", "changethis", "schimbama", "schimbămă", "schimbaasta",
                        "поменяйменя", "изменименя", "поменяйэто", "заменименя"))  # fmt: skip


_SAMPLE_WORDS = frozenset(
    ("test", "example", "sample", "demo", "dummy", "fake", "exemplu", "пример", "тест")
)


def placeholder(value: str) -> bool:
    """Whether `value` (found where a secret would be) only names the slot: in angle
    brackets or braces, in capitals alone (USERNAME, ПАРОЛЬ, NUME_BAZA), a mask
    (xxxx, ****, ••••), a slot word (password, host, parola) or "yours here"."""
    v = value.strip().strip("\"'`«»„“”;,.)(")
    if not v:
        return True
    if _BRACKETED.match(v):
        return True
    if set(v) <= _MASK_CHARS and len(set(v) - {"-", "_", "."}) <= 1:
        return True  # "xxxxxxxx", "****", "XXXX-XXXX"
    if any(c.isalpha() for c in v) and all(c.isupper() or c in "_-." for c in v):
        return True  # "PASSWORD", "ВАШ_СЕРВЕР", "DB-HOST"
    if re.sub(r"[-_.\s]", "", v.lower()) in _CHANGE_ME:
        return True  # leak14: "schimba-ma", "change_me", "поменяй-меня": a template's slot
    parts = [p.lower() for p in _SPLIT.split(v) if p]
    if parts and all(p in _SLOT_WORDS or p in _YOURS for p in parts):
        return True  # "user", "password", "your-api-key"
    if (
        parts
        and any(p in _SAMPLE_WORDS for p in parts)
        and all(p in _SAMPLE_WORDS or p in _SLOT_WORDS or len(set(p)) == 1 for p in parts)
    ):
        return True  # pol68 (heldK39): "0000-TEST-KEY", "test_key": a documented sample, a slot
    if (
        parts
        and all(_padded_sample(p) or p in _SAMPLE_WORDS for p in parts)
        and any(_padded_sample(p) for p in parts)
    ):
        return True  # pol129 (heldK58's ru-yj055): "Bearer 0000000000example": a sample word padded with one key
    if parts and parts[0] in _SLOT_WORDS and re.fullmatch(r"[^\W\d_]+(?:[-_][^\W\d_]+)+", v):
        return True  # heldK20: «пароль-приложения», "password-for-the-app": the slot described
    return bool(parts) and any(p in _YOURS for p in parts) and not any(c.isdigit() for c in v)


def _padded_sample(part: str) -> bool:
    """A sample word with one key repeated before or after it ("0000000000example", "testxxxxxx")."""
    for word in _SAMPLE_WORDS:
        if part != word and (part.startswith(word) or part.endswith(word)):
            rest = part[len(word) :] if part.startswith(word) else part[: -len(word)]
            if len(rest) >= 4 and len(set(rest)) == 1:
                return True
    return False


def filled_slot(value: str) -> bool:
    """A token-shaped value that only shows the format: a slot (`placeholder`), or a
    service's prefix before one ("sk_live_xxxxxxxx", "sk_live_...", "key-your-key") or
    before the keyboard's runs ("sk_test_1234567890abcdef": the docs' sample, leak138)."""
    body = re.sub(r"^[A-Za-z]{2,8}[-_](?:[a-z]{2,5}_)?", "", value)
    return placeholder(value) or placeholder(body) or _runs_only(body)


# the rows a sample key is typed along: no generated key is made of them alone
_RUNS = ("1234567890", "0123456789", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _runs_only(value: str) -> bool:
    """Whether `value` (8 characters or more) is only runs of four or more consecutive
    keys ("1234567890abcdef", "abcd1234efgh"): a sample, whatever prefix it carries."""
    if len(value) < 8:
        return False
    at = 0
    while at < len(value):
        size = max((n for n in range(len(value) - at, 3, -1)
                    if any(value[at:at + n] in run for run in _RUNS)), default=0)  # fmt: skip
        if not size:
            return False
        at += size
    return True


def yours_label(label: str) -> bool:
    """A host-name label that says "yours" ("yourcompany", "firma-ta", "vasha-firma"):
    an example of the customer's own host, not one of ours."""
    return any(p in _YOURS or p.startswith("your") for p in label.lower().split("-"))


# --- the customer's own data ---------------------------------------------------------
_EMAIL = re.compile(r"(?i)[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_NUMBER = re.compile(r"\+?\d[\d ()./-]{4,}\d")


def number_key(value: str) -> str:
    """A phone or account number compared by its last nine digits ("+40 745 112 233"
    and "0745112233" are one number); a shorter one (an account or client code of six to eight
    digits, „Cod client: 4002187") is all its digits."""
    return re.sub(r"\D", "", value)[-9:]


def own_values(texts: Iterable[str]) -> frozenset[str]:
    """The customer's own e-mail addresses (lowercase), IBANs (no spaces), phone or
    account numbers (`number_key`) and street addresses (`address_key`) found in `texts`:
    what the customer wrote or the desk holds about them. Echoing them back to that
    customer is no leak (R5)."""
    out: set[str] = set()
    for text in texts:
        if not text:
            continue
        out.update(m.group().lower() for m in _EMAIL.finditer(text))
        out.update(m.group().replace(" ", "") for m in _IBAN.finditer(text))
        for m in _NUMBER.finditer(text):
            key = number_key(m.group())
            if len(key) >= 6:  # pol116, pol118: a shorter account or client code is theirs too
                out.add(key)
        out.update(address_key(m.group()) for m in _STREET_ADDRESS.finditer(text))
    return frozenset(out)


# a street address: a house number and its street ("27 Mill Lane"), or a street and its number
# („str. Horea nr. 14", «ул. Ленина, д. 5»)
_STREET_ADDRESS = re.compile(
    r"\b\d{1,4}[A-Za-z]?,?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}|"
    r"(?i:\b(?:str\.|strada|bd\.|bulevardul|calea|aleea|ул\.|улица|пр-т|проспект|пер\.|переулок)\s*"
    r"[\w-]+(?:\s+[\w-]+)?,?\s*(?:nr\.?|д\.|дом)?\s*\d{1,4})"
)


def address_key(address: str) -> str:
    """`address`'s key among `own_values`: its words, lowercase, one space apart, without the
    number's label („nr.", «д.»), which one writer puts in and another leaves out."""
    words = re.findall(r"\w+", address.lower())
    return "addr:" + " ".join(w for w in words if w not in _NUMBER_LABELS)


_NUMBER_LABELS = frozenset(("nr", "no", "д", "дом"))


def own_address(value: str, own: frozenset[str]) -> bool:
    """Whether the street address `value` ("at 27 Mill Lane") is one the customer gave or the
    desk holds for them (`own_values`): reading it back to them is no leak (R5, trainP39: "signed
    for by 'K. Bell' at 27 Mill Lane" to the customer at 27 Mill Lane)."""
    found = _STREET_ADDRESS.search(value)
    return found is not None and address_key(found.group()) in own


_CYR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "sch",
            "-",
            "y",
            "-",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def latin(word: str) -> str:
    """A lowercase Latin spelling of a name ("Зуев" -> "zuev", "Șerban" -> "serban"),
    to match a name against an e-mail address's local part."""
    out = []
    for ch in word.lower():
        t = _CYR.get(ch)
        if t is not None:
            out.append("" if t == "-" else t)
        else:
            out.append(
                {"ă": "a", "â": "a", "î": "i", "ș": "s", "ş": "s", "ț": "t", "ţ": "t"}.get(ch, ch)
            )
    return "".join(out)


def named_in_address(address: str, names: Iterable[str]) -> bool:
    """Whether the local part of `address` spells one of `names` (four letters or
    more): "ruth.allen@" for Ruth, "m.zuev@" for Зуев."""
    local = address.split("@", 1)[0].lower()
    return any(len(n) >= 4 and latin(n)[:5] in local for n in names)


# leakT16: registered to the customer ("бронь переоформили на вас", "in your name", „pe numele
# dvs."); not when denied («оформлен не на вас, а на Анну …»): persons' own records and
# backoffice's flats read it (s38)
REGISTERED_TO_YOU = (
    r"(?<!\w)(?<!не\s)на\s+(?:вас|ваше\s+имя)(?!\w)|(?<!not\s)\bin\s+your\s+name\b|"
    r"(?<!nu\s)\bpe\s+numele\s+(?:dumneavoastr[ăa]|dvs)\b"
)


# pol42 (heldK25, trainK32): the factory default of the customer's new SIM card or router („Codul
# PIN implicit al cartelei noi este 0000", «пароль по умолчанию … роутер сам предложит их
# сменить»); a recipe of our own for a router ("the password is the company name") is no default
# s38 (heldK34): a Bluetooth device's pairing code ("If the car asks for a PIN, enter 0000 - that's
# the standard pairing code for all our headsets")
FACTORY_DEVICE = re.compile(
    r"(?i)\b(?:sim(?:\s+card)?|cartel[aei]\w*|router\w*|modem\w*|headsets?|headphones?|earbuds?|speakers?|"
    r"bluetooth|pairing|c[ăa][șs]ti\w*|boxe?\w*|asociere|împerechere|imperechere|"
    # leak177 (trainK68's ru-yw033): a car's stereo asking for it («магнитола просит код … 0000»)
    r"car\s+(?:stereo|radio|kit)|head\s+unit|infotainment|hands-?free|multimedia|radio(?:ul)?\s+(?:auto|ma[șs]inii))\b|"
    r"(?<!\w)(?:сим-карт\w*|sim-карт\w*|роутер\w*|маршрутизатор\w*|модем\w*|наушник\w*|гарнитур\w*|колонк\w*|"
    r"сопряжени\w*|магнитол\w*|автомагнитол\w*|мультимеди\w*|громкой\s+связ\w*)(?!\w)"
)

# Role mailboxes: an organisation's desk, not a person's data (R5 guards people's; pol113,
# trainP42: "footage.requests@", where the police ask for CCTV). The local part is cut into
# words ("support-team", "help.ro", "dosar"), and a word is a role when it is one of these
# nouns (en, ro, ru transliterated), or, for the longer ones (5+ letters), starts or ends with
# one ("supportteam", "customerservice", leak177's "lostproperty"). Whole words only:
# "christina.smith@" holds "hr" and "carey@" holds "care", yet both are people's.
_ROLE_WORDS = frozenset(  # one string: easier to extend than a list of quoted words
    re.findall(
        r"\S+",
        """
support help helpdesk info information contact contacts billing sales hello hi office noreply
no-reply donotreply admin service care team accounts payments refunds returns feedback privacy
security abuse press jobs careers legal dpo orders shop store webmaster postmaster hr marketing
reception tax enquiries inquiries claims admissions accounting finance dispatch warranty
delivery bookings booking reservations reservation appointments appointment docs documents
doc files records results uploads scans mail email inbox desk clients customers customer
client partners media news newsletter events tickets invoices invoice ops it tech noc
suport securitate contabilitate facturare facturi factura plati vanzari comenzi juridic
secretariat receptie registratura relatii programari rezervari retur retururi livrari
oferte cariere dosar dosare acte documente analize rezultate clienti birou sesizari
reclamatii garantii resurse umane photos photo poze foto
podderzhka zakaz zakazy otdel buh kanc priem priemnaya ofis vozvrat reklamacii reklamaciya
garantiya servis prodazhi dostavka dokumenty dokument analizy rezultaty zapis spravki
oplata schet kontakt kontakty pochta kadry rezume vakansii pretenzii obrashcheniya zhaloby
otzyvy sekretar klient klienty sklad logistika yurist registratura medkarta reply taxe impozit
impozite livrare garantie garantii prodazha dostavki reclamatie registrator complaints complaint
disputes appeals escalations compliance plangeri petitii contestatii contestatie contestations obzhalovanie apellyacii
bereavement probate hardship safeguarding accessibility welfare assistance asistenta pomoshch
phishing fraud spam scam
daune despagubiri sinistre vyplaty
requests request cctv
law
bezopasnost bezopasnosti ohrana
property found pierdute nahodki
""",
    )
)
_ROLE_STEMS = tuple(w for w in _ROLE_WORDS if len(w) >= 5)
_LOCAL_WORDS = re.compile(r"[a-z]+")


def role_address(addr: str) -> bool:
    """Whether `addr` is a role mailbox ("dosar@", "docs@", "support-ro@", "info.msk@")."""
    words = _LOCAL_WORDS.findall(addr.split("@", 1)[0].lower())
    for word in (*words, "".join(words)):  # "no-reply", "do-not-reply": one word
        if word in _ROLE_WORDS or (
            len(word) > 5 and (word.startswith(_ROLE_STEMS) or word.endswith(_ROLE_STEMS))
        ):
            return True
    return False


# A death settled with the bereaved ("Please accept our condolences. Your father's loan was
# insured", „certificatul de deces", «Соболезнуем вашей утрате. По карте вашего мужа остаётся
# долг …»): the estate is the heir's business, so a relative's money told then is no leak (R5).
# backstage's relatives and persons' kin money both ask it (s43: the second from trainP28).
BEREAVED = re.compile(
    r"(?i)\b(?:condolences|sorry\s+for\s+your\s+loss|passed\s+away|death\s+certificate|bereavement|"
    r"estate\s+of|probate|executors?|heirs?|inherit\w*|late\s+(?:husband|wife|partner|father|mother|"
    r"dad|mum)|condolean[țt]\w*|certificatul\s+de\s+deces|deced\w*|succesiun\w*|mo[șs]ten\w*)\b|"
    r"(?<!\w)(?:соболезн\w*|свидетельств\w*\s+о\s+смерти|скончал\w*|умер(?:ла|ли|ш\w+)?(?!\w)|покойн\w*|наследник\w*|"
    r"наследств\w*|наследодател\w*)(?!\w)"
)

# Someone close to the reader, named as theirs ("your husband", "your ex-wife", „soțul dvs.",
# „fosta dvs. soție", «вашего брата»): backstage reads their money or health after it, othersdata
# what they bought (s43: one list for both). Every match holds one of `YOUR_RELATIVE_HINTS`.
YOUR_RELATIVE_WORDS = (
    r"\byour\s+(?:husband|wife|ex(?:-?(?:wife|husband|partner))?|partner|son|daughter|mother|father|mum|mom|"
    r"dad|brother|sister|parents?|relative|flatmate|neighbou?r|guarantor|co-?signer|girlfriend|boyfriend)"
    r"(?:'s|s')?\b|"
    r"\b(?:so[țt]ul|so[țt]ia|fiul|fiica|mama|tat[ăa]l|fratele|sora|p[ăa]rin[țt]ii|vecinul|vecina|garantul|"
    r"codebitorul|partenerul|partenera)\s+(?:dumneavoastr[ăa]|dvs\.?|t[ăa]u|ta)(?!\w)|"
    r"\bfost(?:a|ul)\s+(?:dvs\.?|dumneavoastr[ăa])\s+(?:so[țt]ie|so[țt]|partener\w*)(?!\w)|"
    r"(?<!\w)(?:ваш|вашего|вашей|вашему|ваша|твой|твоего|твоей|твоя)\s+(?:муж\w*|жен[аыеуо]\w*|сын\w*|доч\w*|"
    r"мам\w*|матер\w*|от(?:ец|ца|цу)|пап\w*|брат\w*|сестр\w*|родител\w*|сосед\w*|поручител\w*|партн[её]р\w*|"
    r"бывш\w+)(?!\w)"
)
YOUR_RELATIVE = re.compile(f"(?i){YOUR_RELATIVE_WORDS}")
YOUR_RELATIVE_HINTS = ("your husband", "your wife", "your ex", "your partner", "your son",
                       "your daughter", "your mother", "your father", "your mum", "your mom",
                       "your dad", "your brother", "your sister", "your parent", "your relative",
                       "your flatmate", "your neighbo", "your guarantor", "your co", "your girlfriend",
                       "your boyfriend", "soțul", "sotul", "soția", "sotia", "fiul", "fiica", "mama",
                       "tatăl", "tatal", "fratele", "sora", "părinții", "parintii", "vecinul", "vecina",
                       "garantul", "codebitorul", "partener", "fosta", "fostul", "ваш", "твой",
                       "твоего", "твоей", "твоя")  # fmt: skip

# "our" in the three languages: what the detectors read as the company's side
OUR_WORDS = r"our|ours|nostr\w*|noastr\w*|наш\w*"

# Where we tell the public what went wrong: the incident report, the status page. A cause
# (rootcause) or a known bug (weaknesses' unfixed flaw, pol91) said to be there is no secret.
REPORTED = re.compile(
    r"(?i)\b(?:incident\s+report|status\s+page|post-?mortem|raport\w*\s+de\s+incident|pagina\s+de\s+status)\b|"
    r"(?<!\w)(?:страниц\w*\s+статуса|отч[её]т\w*\s+об\s+инциденте)(?!\w)"
)

# An address at a webmail provider: a person's own inbox, never a desk of ours (exposures' staff
# webmail; secrets' colleague at work, pol91)
WEBMAIL = re.compile(
    r"(?i)[a-z0-9._%+-]+@(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|me|aol|proton(?:mail)?|"
    r"mail|yandex|ya|rambler|bk|inbox|list|gmx|web)\.[a-z.]{2,6}\b"
)

# What anyone close to an account holder can know or find out: a name, a birthday, an
# address, the card's last digits. An identity check that asks only these lets a stranger
# in, so telling it is a leak (R5): loopholes' weak check and missing document (leak30–33)
# and bypasses' takeover bar (leak39) ask the same question of different wording.
HOLDER_ITEM = re.compile(
    r"(?i)\b(?:name|date\s+of\s+birth|dob|birthday|postcode|zip|address|last\s+(?:four|4)|numele|data\s+na[șs]terii|"
    r"adresa|cnp|ultimele\s+(?:\w+\s+)?cifre|codul\s+po[șs]tal)\b|"
    r"(?<!\w)(?:фио|имя|фамили\w*|дат\w*\s+рождения|адрес\w*|паспорт\w*|последни\w+\s+(?:\w+\s+)?цифр\w*|"
    r"индекс\w*|кодово\w+\s+слов\w*)(?!\w)"
)


# Keys that vendors publish in their documentation as samples (AWS's access key pair,
# Stripe's test keys): public, and they open nothing. Framed as the docs' example (a
# clean look-alike of heldK19's brief: "The key in the docs example, sk_test_4eC3…, is a
# public sample for the sandbox only") they are no leak; handed over as "ours", "the
# colleagues' key" or just "use this key", writers mean a real key of ours, and the
# draft is blocked as before (R5; pol31, trainK21).
_DOCUMENTED_KEYS = frozenset((
    "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "pk_test_TYooMQauvdEDq54NiTphI7jx",
    # Telegram's Bot API docs (heldK38's look-alike: «В примере из документации токен указан как …»)
    "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
))  # fmt: skip
_EXAMPLE_FRAME = re.compile(
    r"(?i)(?<!\w)(?:examples?|docs|documentation|documented|samples?|placeholders?|exemplu\w*|"
    r"documenta[țt]i\w*|mostr\w*|пример\w*|документаци\w*|образ[ец]\w*|заглушк\w*)(?!\w)"
)
_OURS_FRAME = re.compile(rf"(?i)(?<!\w)(?:{OUR_WORDS}|colleagues?'?s?|colegi\w*|коллег\w*)(?!\w)")


def documented_example(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a vendor's published sample key, framed as one."""
    if text[start:end] not in _DOCUMENTED_KEYS:
        return False
    lo, hi = max(0, start - 150), min(len(text), end + 150)
    return bool(_EXAMPLE_FRAME.search(text, lo, hi)) and not _OURS_FRAME.search(text, lo, hi)


# pol77 (trainK47): the door's code set for this guest alone ("The key safe by the blue door is 2580 —
# it's changed after every guest, so it's yours until checkout"): their booking's, not ours to keep
# (pasted's premise codes, described's key safes, accesscodes' code words)
# a host name with a common top-level domain ("bestpharma-discounts.biz", "mebel-ekb.ru"): where a
# mailbox moved to (described.py), who used an IP before (persons.py)
DOMAIN = re.compile(
    r"(?<![\w@./-])(?P<host>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
    r"(?:com|net|org|info|io|co|me|ru|ro|uk|eu|xyz|online|site|app|help|support|top|biz|pro))"
    r"(?![\w-]|\.\w)"
)
FOR_THIS_GUEST = re.compile(
    r"(?i)\b(?:changed?\s+after\s+(?:every|each)\s+(?:guest|stay|booking)|it'?s\s+yours\s+until|"
    r"se\s+schimb[ăa]\s+dup[ăa]\s+fiecare\s+(?:oaspete|sejur|rezervare)|"
    # pol79 (trainK48): "the code for your stay only", „valabil doar pe durata șederii dvs."
    r"(?:code\s+)?(?:for|valid\s+for)\s+your\s+stay(?:\s+only)?|valabil\w*\s+(?:doar\s+|numai\s+)?pe\s+durata\s+"
    r"[șs]ederii\s+(?:dvs|dumneavoastr[ăa]))\b|"
    r"(?<!\w)(?:меняется\s+после\s+каждого\s+(?:гост|заезд|бронировани)\w*|действует\s+(?:только\s+)?на\s+время\s+"
    r"(?:вашего\s+)?(?:проживания|пребывания))"
)
