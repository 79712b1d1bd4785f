"""leak18c: credentials and codes handed over in passing, in shapes the labelled
families (a "password" or "code" word before the value) do not read (R5: "Keep your
mouth shut": passwords, codes and keys never leave).

- a password-shaped value (letters, digits and a sign inside: "X@root#2023",
  "Summer2024!bw", «Med2024#reg») given to use, log in or connect with, no "password"
  word beside it ("for the dashboard just use superadmin / X@root#2023", "you'll need
  Summer2024!bw to join", "intrați cu secretariat.scoala12 și Cat@log#2024",
  «подключайтесь к Staff_Clinic, вводите Med2024#reg»), against an example of a
  password, a placeholder, a version or a reference number;
- a code read out digit by digit, the way one dictates a secret from a screen: a PIN,
  a one-time code, a keypad's digits ("the digits are 6, 0, 3, 8, 1, 5", "începe cu 4
  și 7, apoi urmează 1, 9, 3, 6", «девять-три-один-шесть»), or in pieces across
  sentences ("the code starts with 7 and 2. The last two digits are 0 and 9",
  «Первые три цифры — 5, 2, 8. Остальные — 0, 4, 1»); a one-time code or PIN read out
  is never the customer's to hear from us, whoever it was sent to; so is one read off
  our screen or logs whole ("I can see it in our logs: 604 118", "Îl văd în sistem:
  482 991");
- a shared account's password or a PIN given as a recipe ("user admin, pass is the
  usual", «пароль такой же, как логин», "the new PIN is the last four digits of your
  phone"), against advice not to make one so;
- a door, gate, barrier, alarm or intercom sequence with no "code" word, or with the
  courier told to key it ("the front keypad is 4-1-9-7 and then hash", "tastați 1 9 8 4
  și diez lângă ușă", «на стойке у въезда наберите 4 4 1 9, потом звёздочку»,
  «у неё код домофона 45В7812», "the year the shop opened, 1987, and then press
  off", "now star-1-9-9-2", "Codul de la ușa blocului e 1379B"), against the
  customer's own new code issued for a booking ("a new key-box code 4 8 1 9, valid until
  check-out"), a code sent to them by SMS, a tax code ("1257L") and lists of numbers
  that are no code ("retries after 1, 2, 4, 8, 16 min").

Every family starts from a cheap test (the draft's signs found by `str.find`, a pattern
that opens with a digit, hint words from leakfinding's one pass) before any regex, and then reads
only the sentence around a candidate: the lint's time budget.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import (
    EXAMPLE,
    Leak,
    has_digit,
    hinted,
    present,
    sentence_around,
    sentence_start,
)
from supportdesk.tone.leakvalues import FACTORY_DEVICE
from supportdesk.tone.pasted import (
    DIGIT_WORD,
    NOT_OTP,
    PREMISE,
    SAMPLE_CUE,
    YOURS,
    sentence_end,
)
from supportdesk.tone.words import finder

_PASSWORD_MSG = "A password or login handed over in passing: secrets never go to a customer (R5)."  # noqa: S105
_CODE_MSG = "A PIN, one-time or door code read out: never in a reply (R5)."

# --- a password-shaped value ---------------------------------------------------------------
_SIGNS = "@#!$%&*^~"
# what a value is given for: to log in, connect, type or join a network
_USE = re.compile(
    r"(?i)\b(?:use|using|log(?:s|ged|ging)?[\s-]*(?:in|on)\w*|sign\s+in|enter|type|need|join|connect\w*|pass(?:word)?|key|"
    r"wi-?fi|network|account|user\w*|admin\w*|dashboard|portal|ftp|ssh|server|credentials|"
    r"mailbox|folos\w*|intr[aă]\w*|conecta\w*|conect\w*|introduc\w*|tast\w*|cheia?|parol\w*|"
    r"re[țţt]ea\w*|cont\w*|utilizator\w*|acces\w*|autentific\w*)\b|(?<!\w)(?:вход\w*|войд\w*|"
    r"зайд\w*|заход\w*|введ\w*|ввод\w*|подключ\w*|сет[ьи]|вай-?фай|логин\w*|парол\w*|ключ\w*|"
    r"уч[её]тк\w*|админ\w*|пользовател\w*|доступ\w*)(?!\w)"
)
# a reference, not a secret: "ticket TK#4471", "order A-1#22"; pol83 (trainP32): or the
# account's own name ("the appeal for account Vexa#2291", a player's tag), not its password
_REFERENCE_BEFORE = re.compile(
    r"(?i)(?:\b(?:ticket|ref\w*|order|case|invoice|no|nr|tichet\w*|comand\w*|num[ăa]r\w*|"
    r"account|player|gamertag|battletag|cont(?:ul|ului)?|juc[ăa]tor\w*)|"
    r"(?<!\w)(?:заказ\w*|номер\w*|тикет\w*|заявк\w*|аккаунт\w*|игрок\w*|№))\W{0,3}$"
)
_EMAIL_TAIL = re.compile(r"@[\w-]+\.[a-z]{2,}", re.IGNORECASE)
_TOKEN_STOP = " \t\n,;()[]{}<>\"'«»„“”"  # noqa: S105


def _token(text: str, at: int) -> tuple[int, int]:
    """The run of non-space characters around position `at` (quotes and brackets stop
    it), its trailing punctuation left out."""
    lo = at
    while lo > 0 and text[lo - 1] not in _TOKEN_STOP:
        lo -= 1
    hi = at
    while hi < len(text) and text[hi] not in _TOKEN_STOP:
        hi += 1
    while hi > lo and text[hi - 1] in ".,:;!?)—–-":
        hi -= 1
    return lo, hi


def _password_shaped(value: str) -> bool:
    """Letters, at least two digits and a sign between them ("Parker!2025", "NF@root#2023"):
    how a password looks, and no e-mail, link, path, placeholder or setting."""
    if len(value) < 6 or len(value) > 40 or value[0] in _SIGNS:
        return False
    if any(c in value for c in "/=:<>") or value.count(".") > 1 or _EMAIL_TAIL.search(value):
        return False  # a link, path, "key=value", a placeholder, a version, an e-mail
    return (
        any(c in _SIGNS for c in value[1:-1])
        and sum(c.isdigit() for c in value) >= 2
        and sum(c.isalpha() for c in value) >= 2
    )


def _passwords(text: str) -> Iterator[Leak]:
    seen: set[int] = set()
    for sign in _SIGNS:
        at = text.find(sign, 1)
        while at > 0:
            if at + 1 < len(text) and text[at - 1].isalnum() and text[at + 1].isalnum():
                lo, hi = _token(text, at)
                if lo not in seen:
                    seen.add(lo)
                    if _password_shaped(text[lo:hi]) and _given_to_use(text, lo, hi):
                        yield Leak("password", lo, hi, _PASSWORD_MSG)
            at = text.find(sign, at + 1)


def _given_to_use(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence around the value gives it to log in or connect with, and
    does not show it as an example or name a reference by it."""
    start = max(sentence_start(text, lo), lo - 200)
    end = min(sentence_end(text, hi), hi + 120)
    if _REFERENCE_BEFORE.search(text, max(start, lo - 20), lo):
        return False
    if SAMPLE_CUE.search(text, start, lo) or EXAMPLE.search(text, start, lo):
        return False  # "a strong password looks like Tr0ub4dor&3", «например Qw#2024rt»
    return finder(_USE).search(text, start, end) is not None


# --- a code read out, or keyed at a door ---------------------------------------------------
_SEP = r"(?:[ \t]*[,–—-][ \t]*|[ \t]+|[ \t]*,?[ \t]+(?:and|then|și|si|apoi|и|потом|затем)[ \t]+)"
# single digits one by one ("4-1-9-7", "6, 0, 3, 8", "1 9 8 4"), a number keyed with its
# hash or star ("4471#"), an intercom code with a letter («45В7812»)
_THEN_KEY = (
    r"[ \t]*,?[ \t]*(?:and[ \t]+)?(?:then|followed[ \t]+by|[șs]i[ \t]+apoi|apoi|urmat[ \t]+de|"
    r"потом|затем|и[ \t]+затем)[ \t]+(?:press[ \t]+|tasta[ \t]+|нажм\w*[ \t]+)?"
    r"[\"'«„“]?(?:hash|star|key|bell|off|enter|diez|stea|steluț\w*|cheie|cheiț\w*|ok|"
    r"решётк\w*|решетк\w*|звёздочк\w*|звездочк\w*|ключ\w*|вызов|сброс|#|\*)"
)
_KEYED = re.compile(
    rf"(?:(?<![\w.,/:+#*-])|(?<=(?i:star|hash)-))(?P<hit>\d(?!\d)(?:{_SEP}\d(?!\d)){{3,9}}[#*]?|"
    rf"\d{{3,8}}[#*]|\d{{1,3}}[A-ZА-ЯЁ]\d{{3,5}}|\d{{4,6}}[A-ZА-ЯЁ](?!\w)|\d{{4,6}}(?=(?i:{_THEN_KEY})))"
    r"(?![\w/:]|[.,]\d)"
)
_THEN_KEY_AT = re.compile(f"(?i:{_THEN_KEY})")
_MORE_NUMBERS = re.compile(rf"{_SEP}\d")
_BEFORE_NUMBER = re.compile(rf"\d{_SEP}$")
# a secret read out whoever it belongs to: a PIN, a one-time or confirmation code,
# digits read off the screen
_READ_OUT = re.compile(
    r"(?i)\b(?:my\s+(?:side|end)|here\s+it\s+is|la\s+mine|pin|otp|one-time|verification|confirmation|activation|sms|text|digits|screen|"
    r"read\s+it|dictat\w*|cod(?:ul)?\s+de\s+(?:confirmare|verificare|activare|autentificare)|"
    r"cifr\w*|dictez\w*|ecran\w*|token\w*)\b|(?<!\w)(?:пин\w*|смс|sms|одноразов\w*|"
    r"подтвержден\w*|цифр\w*|продикт\w*|дикту\w*|экран\w*|у\s+себя|у\s+меня)(?!\w)"
)
# a door, gate, barrier, keypad or alarm, or keying the code in
_KEYPAD = re.compile(
    r"(?i)\b(?:keypad|panel|barrier|entrance|lobby|entry|locker|parking|punch\w*|key\s+in|"
    r"tap\s+in|dial|hash|star|bell|tastatur\w*|panou\w*|barier\w*|intrare\w*|parcar\w*|"
    r"armat\w*|dulap\w*|tast\w*|formeaz\w*|forma[țt]i|diez|stea|steluț\w*)\b|"
    r"(?<!\w)(?:клавиатур\w*|панел\w*|шлагбаум\w*|подъезд\w*|въезд\w*|паркинг\w*|стойк\w*|"
    r"охран\w*|постамат\w*|ячейк\w*|набер\w*|набира\w*|набрать|звёздочк\w*|звездочк\w*|"
    r"решётк\w*|решетк\w*)(?!\w)"
)
# a code the customer is issued or sent for their own use: theirs to hear
_ISSUED = re.compile(
    r"(?i)\bnew\s+(?:\w+\s+)?(?:code|pin|combination)\b|\bcod(?:ul)?\s+(?:\w+\s+)?nou\b|"
    r"\b(?:noul|un\s+nou)\s+cod\b|\b(?:generated|valid|expires?|sent\s+you|generat\w*|valabil\w*|"
    r"expir[ăa]\w*)\b|(?<!\w)(?:нов\w+\s+(?:\w+\s+)?код\w*|код\w*\s+(?:\w+\s+)?нов\w+|"
    r"сгенерир\w*|действует|действителен|действительн\w*)(?!\w)"
)
_CODE_WORD = re.compile(
    r"(?i)\b(?:code|pin|otp|passcode|digits|cod(?:ul)?|cifr\w*)\b|(?<!\w)(?:код\w*|пин\w*|цифр\w*|"
    r"смс|sms)(?!\w)"
)


# where a `_KEYED` match can be: two single digits with a separator between, a digit
# before a hash or star, a digit, a capital and a digit. A pattern that opens with a digit
# is searched in C by its first character; `_KEYED`'s lookbehind would be tried at every
# position of the draft
_KEYED_GATE = re.compile(
    r"\d(?:[ \t,–—-]{1,3}\d(?!\d)|[#*]|[A-ZА-ЯЁ]|[ \t]*,?[ \t]+(?:and|then|followed|[șs]i|apoi|"
    r"urmat|потом|затем|и)[ \t])"
)


def _codes(text: str) -> Iterator[Leak]:
    done = 0
    for g in _KEYED_GATE.finditer(text):
        if g.start() < done:
            continue
        m = _KEYED.search(text, max(done, g.start() - 40), min(len(text), g.end() + 60))
        if m is None:
            continue
        done = m.end()
        s, e = m.span("hit")
        if _MORE_NUMBERS.match(text, e) or _BEFORE_NUMBER.search(text, max(0, s - 6), s):
            continue  # "1, 2, 4, 8, 16 min": a list of numbers, not a code
        if _counted(text[s:e]):
            continue  # "steps 1, 2, 3 and 4", "0000": counting or a placeholder
        if _told(text, s, e):
            yield Leak("access-code", s, e, _CODE_MSG)
            return


def _counted(hit: str) -> bool:
    """Digits that count up or down by one, or repeat one digit: an enumeration or a
    placeholder ("1, 2, 3, 4", "0 0 0 0"), not a code."""
    digits = [int(c) for c in hit if c.isdigit()]
    steps = {b - a for a, b in itertools.pairwise(digits)}
    return len(steps) == 1 and steps <= {-1, 0, 1}


def _told(text: str, s: int, e: int) -> bool:
    """Whether the sequence at s..e is a secret read out (PIN, one-time code, digits off
    the screen) or a premise's code keyed in, and not an example or the customer's own
    code issued or sent to them."""
    lo = max(sentence_start(text, s), s - 200)
    hi = min(sentence_end(text, e), e + 120)
    if SAMPLE_CUE.search(text, lo, s):
        return False
    # read out: said in the sentence or the one before ("I'll read it from my screen.
    # The digits are …"), within the paragraph
    back = max(text.rfind("\n", 0, s) + 1, s - 160)
    if finder(_READ_OUT).search(text, min(lo, back), hi):
        return True
    door = _KEYPAD.search(text, lo, hi) or PREMISE.search(text, lo, hi)
    # «вижу код у себя: 2, 9, 4, 0»; not "tax code 1257L": a letter after the digits
    # is a door's code only at a door
    keyed = door or (_CODE_WORD.search(text, lo, hi) and not text[e - 1].isalpha())
    # "4471#", "4-1-9-7", «45В7812», "1987, and then press off": keyed, not a count
    single = not text[s:e].isdigit() or _THEN_KEY_AT.match(text, e) is not None
    return bool(
        keyed
        and single
        and not _ISSUED.search(text, lo, hi)
        and not YOURS.search(text, max(lo, s - 40), s)
        and not _INTO_ADDRESS.match(text, e)
    )


# pol104 (trainP40's ru-xh032): the customer's own door code written into their delivery
# address («Я добавила код 47К1902 в адрес», "added code 4471 to your address", „am trecut
# codul 4471 în adresa dumneavoastră"): theirs, for their courier, not a premise's code told
_INTO_ADDRESS = re.compile(
    r"(?i)\s+(?:to|in|into|on)\s+your\s+(?:delivery\s+)?(?:address|delivery\s+notes?)\b|"
    r"\s+(?:[îi]n|la)\s+adresa\s+(?:ta|dvs\.?|dumneavoastr[ăa]|de\s+livrare)|"
    r"\s+(?:в|к)\s+(?:ваш\w*\s+|тво\w*\s+)?(?:адрес\w*|комментари\w*\s+к\s+адресу)(?!\w)"
)


# --- a one-time code read off our screen, whole ---------------------------------------------
# one of these is in every `_SEEN_CODE` match (lowercase)
_SEEN_HINTS = ("see it", "i see", "can see", "in our logs", "in the logs", "in the system",
               "my screen", "văd", "vad ", "în sistem", "in sistem", "pe ecran", "вижу",
               "в системе", "в логах", "на экране", "у себя")  # fmt: skip
# "I can see it in our logs: 604 118", "Îl văd în sistem: 482 991", «вижу в системе — 604118»
_SEEN_CODE = re.compile(
    r"(?i)(?:\b(?:i\s+(?:can\s+)?see|see\s+it|in\s+(?:our|the)\s+(?:logs|system)|my\s+screen|"
    r"v[ăa]d|[îi]n\s+sistem|pe\s+ecran)\b|(?<!\w)(?:вижу|в\s+системе|в\s+логах|на\s+экране|"
    r"у\s+себя)(?!\w))[^.!?\n\d]{0,40}?(?<![\w№#-])(?P<hit>\d{3}[ -]?\d{3}|\d{4,8})(?![\w-]|[.,]\d)"
)


def _seen_codes(text: str) -> Iterator[Leak]:
    """A confirmation or one-time code read off our screen or logs, whole ("I can see it
    in our logs: 604 118"): whoever hears it can sign in, the customer's own included."""
    for m in hinted(_SEEN_CODE, text, present(text, _SEEN_HINTS), 60):
        lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 200)
        if (
            finder(_READ_OUT).search(text, lo, m.end())
            and _CODE_WORD.search(text, lo, m.end())
            and not NOT_OTP.search(text, lo, m.end())
            and not SAMPLE_CUE.search(text, lo, m.start())
        ):
            yield Leak("access-code", *m.span("hit"), _CODE_MSG)
            return


# --- a code spelt out in words -------------------------------------------------------------
_SPELT_RUN = re.compile(
    rf"(?i)(?<!\w)(?:{DIGIT_WORD}|dou[ăa]|una|oh|нуль|одна|две)(?:(?:[ \t]*[,‑–-][ \t]*|[ \t]+)"
    rf"(?:(?:and|și|si|и)[ \t]+)?(?:{DIGIT_WORD}|dou[ăa]|una|oh|нуль|одна|две)){{3,9}}(?!\w)"
)
# a code, PIN or keypad named near the words: one is within reach of every finding
_SPELT_HINTS = ("code", "pin", "cod", "cifr", "digit", "keypad", "combination", "combinaț",
                "combinat", "tastatur", "код", "пин", "цифр", "комбинац", "домофон")  # fmt: skip


def _spelt(text: str) -> Iterator[Leak]:
    """Four digit words or more in a row ("eight-one-zero-two", «девять три один шесть»)
    near a code or PIN: a code said so that it is heard right."""
    for m in hinted(_SPELT_RUN, text, present(text, _SPELT_HINTS), 120):
        lo = max(sentence_start(text, m.start()), m.start() - 200)
        if not SAMPLE_CUE.search(text, lo, m.start()):
            yield Leak("access-code", m.start(), m.end(), _CODE_MSG)
            return


# --- a code dictated in pieces across sentences --------------------------------------------
# one of these is in every `_PIECES_CUE` match (lowercase)
_PIECES_HINTS = ("starts with", "start with", "begins with", "begin with", "first", "începe cu",
                 "incepe cu", "prima ", "primele", "первы", "первая", "начинается")  # fmt: skip
_PIECES_CUE = re.compile(
    r"(?i)\b(?:starts?\s+with|begins?\s+with|first\s+(?:\w+\s+)?digits?|[îi]ncepe\s+cu|"
    r"prima\s+(?:parte\s+|bucat[ăa]\s+)?(?:e|este)|primele\s+(?:\w+\s+)?cifre)\b|"
    r"(?<!\w)(?:первы[ехй]\s+(?:\w+\s+)?цифр\w*|начинается\s+(?:на|с)|перв(?:ая|ые)\s+част\w*)"
)
_GROUP = re.compile(r"(?<![\w.,:/-])\d{1,3}(?![\w.,:/-]?\d)")
_COUNT_AFTER = re.compile(
    r"(?i)\s*(?:digits?|characters?|min\w*|hours?|days?|cifre|caractere|minut\w*|ore|zile|"
    r"цифр\w*|символ\w*|минут\w*|час\w*|дн\w*|%|€|£|\$|lei|₽)"
)


def _pieces(text: str) -> Iterator[Leak]:
    for cue in hinted(_PIECES_CUE, text, present(text, _PIECES_HINTS), 30):
        hi = min(len(text), cue.end() + 140)
        stop = text.find("\n\n", cue.end(), hi)
        hi = stop if stop >= 0 else hi
        groups = [
            g for g in _GROUP.finditer(text, cue.end(), hi) if not _COUNT_AFTER.match(text, g.end())
        ]
        if len(groups) < 2 or sum(len(g.group()) for g in groups) < 4:
            continue
        # the code named up to two sentences before ("the SMS with the code … I'll write
        # it in two pieces: the first is 55 31")
        lo = max(text.rfind("\n", 0, cue.start()) + 1, cue.start() - 250)
        if (
            _CODE_WORD.search(text, lo, hi) or finder(_READ_OUT).search(text, lo, hi)
        ) and not SAMPLE_CUE.search(text, lo, cue.start()):
            yield Leak("access-code", groups[0].start(), groups[-1].end(), _CODE_MSG)
            return


# --- a password or PIN given as a recipe -----------------------------------------------------
_RECIPE_HINTS = ("pass", "pwd", "parol", "парол", "pin", "пин")
# the word, its verb, then how to make the secret ("the usual", "same as the username",
# "the last four digits of your phone", «как обычно», «такой же, как логин»)
_RECIPE = re.compile(
    r"(?i)(?:\b(?:pass(?:word)?|pwd|parol[aăe]\w*|pin(?:-ul|ul)?)\b|(?<!\w)(?:парол\w*|пин(?:-?код\w*)?)(?!\w))"
    r"[^.!?;\n]{0,24}?(?:\b(?:is|'s|e|este|era|was|will\s+be)\b|(?<!\w)(?:это|будет)(?!\w)|[:—–-])?\s*"
    r"(?P<hit>(?:the\s+)?(?:usual|default|standard|same\s+as|as\s+(?:usual|always|before)|"
    r"(?:our\s+)?company\s+name|last\s+(?:four|4|six|6)\s+digits|cel\s+obi[șs]nuit\w*|cea\s+obi[șs]nuit\w*|"
    r"obi[șs]nuit\w*|implicit\w*|aceea[șs]i\s+ca|la\s+fel\s+ca|ca\s+de\s+obicei|numele\s+firmei|"
    r"ultimele\s+(?:patru|4|[șs]ase|6)\s+cifre)\b|(?<!\w)(?:как\s+обычно|как\s+всегда|обычн\w*|"
    r"стандартн\w*|по\s+умолчанию|такой\s+же|тот\s+же|как\s+(?:и\s+)?у\s+логин\w*|как\s+логин\w*|"
    r"последние\s+(?:четыре|4|шесть|6)\s+цифр\w*)(?!\w))"
)
# an account of the team's, not the customer's own: admin, root, shared, service, staff, a
# login by its name ("login helpdesk"), not "login and password" (pol42, trainK32: «логин и
# пароль по умолчанию — admin / admin» on the customer's router)
_SHARED = re.compile(
    r"(?i)\b(?:admin\w*|root|superuser|super\w*|shared|common|team|staff|service|user\s+(?!and\b|or\b)\w+|"
    r"login\s+(?!and\b|or\b)\w+|comun\w*|echip\w*|personal\w*|utilizator\w*\s+(?![șs]i\b|sau\b)\w+)\b|"
    r"(?<!\w)(?:админ\w*|общ\w*|служебн\w*|сервисн\w*|команд\w*|сотрудник\w*|логин\s+(?!и\b|или\b)\w+)(?!\w)"
)
_NOT_GIVEN = re.compile(
    r"(?i)\b(?:never|not|n't|must|should|avoid|don'?t|choose|pick|nu|niciodat[ăa]|trebuie|evita\w*|"
    r"alege\w*)\b|(?<!\w)(?:не|никогда|нельзя|долж\w+|выбер\w*|придума\w*)(?!\w)"
)


# leak30 (trainK20): printed on the customer's own device ("on the sticker underneath")
_ON_DEVICE = re.compile(
    r"(?i)\b(?:sticker|label|etichet\w*|autocolant\w*)\b|(?<!\w)(?:наклейк\w*|этикетк\w*|на\s+корпусе)(?!\w)"
)
_FACTORY_RECIPE = re.compile(
    r"(?i)(?:the\s+)?(?:default|standard|implicit|standard\w*|по\s+умолчанию|стандартн\w*)"
)


def _recipes(text: str) -> Iterator[Leak]:
    """A shared account's password said as "the usual" or "same as the login", a PIN as
    "the last four digits of …": a recipe gives the secret away as surely as the value."""
    for m in hinted(_RECIPE, text, present(text, _RECIPE_HINTS), 60):
        lo = max(sentence_start(text, m.start()), m.start() - 160)
        if _NOT_GIVEN.search(text, lo, m.start("hit")) or SAMPLE_CUE.search(text, lo, m.start()):
            continue  # "it must not be the same as the username": advice
        around = sentence_around(text, m.start(), m.end())
        if _ON_DEVICE.search(text, *around):
            continue  # leak30: «пароль по умолчанию указан на наклейке»: the customer's device's
        if _FACTORY_RECIPE.match(m.group("hit")) and FACTORY_DEVICE.search(text, *around):
            continue  # pol42: a new SIM's or router's factory default
        pin = m.group().lower().startswith(("pin", "пин"))
        if pin or (
            _SHARED.search(text, lo, m.start("hit"))
            and not YOURS.search(text, max(lo, m.start() - 30), m.start())
        ):
            yield Leak("password", m.start(), m.end(), _PASSWORD_MSG)
            return


# pol31/leak31 (trainK21): a confirmation or one-time code named and given with its value
# ("The confirmation code generated for the payment is 739204", „Codul de confirmare generat
# pentru plată este 739204", «Код подтверждения для оплаты — 739204»): such a code proves
# the phone is in the customer's hand, so it reaches them by that SMS alone; read out by an
# agent it is a leak even when it was generated for them (an issued door code or PIN stays
# theirs: `_ISSUED`)
_OTP_VALUE = re.compile(
    r"(?i)(?:\b(?:confirmation|verification|one-time|otp|sms|3-?d\s*secure|authori[sz]ation)\s+"
    r"code|\bcod(?:ul)?\s+(?:de\s+(?:confirmare|verificare|autorizare)|otp|sms|unic)|"
    r"(?<!\w)(?:код\w*\s+(?:подтвержден\w*|из\s+(?:смс|sms)|авторизаци\w*)|одноразов\w+\s+код\w*|"
    r"смс-код\w*)|\bcode\s+(?:that\s+)?(?:we|i)\s+(?:just\s+)?(?:texted|sent|messaged)|"
    r"\bcodul\s+(?:pe\s+care\s+)?(?:l-am|l-a)\s+trimis|(?<!\w)код\w*,?\s+(?:который|что)\s+(?:мы|я)\s+"
    r"(?:отправил\w*|прислал\w*|выслал\w*))(?!\w)[^.!?\n\d]{0,50}?(?:\bis\b|\beste\b|\be\b|:|—|–|-|(?<!\w)это(?!\w))"
    r"\s*(?P<hit>\d{3}[ -]?\d{3}|\d{4,8})(?![\w-]|[.,]\d)"
)


def _otp_values(text: str) -> Iterator[Leak]:
    for m in finder(_OTP_VALUE).finditer(text):
        lo = max(sentence_start(text, m.start()), m.start() - 200)
        if NOT_OTP.search(text, lo, m.start("hit")) or SAMPLE_CUE.search(text, lo, m.start("hit")):
            continue  # "the order confirmation code is 4411", "e.g. 123456"
        yield Leak("access-code", *m.span("hit"), _CODE_MSG)
        return


def handed_over(text: str) -> Iterator[Leak]:
    """The module's families (its docstring), each behind its cheap test."""
    if any(c in text for c in _SIGNS):
        yield from _passwords(text)
    if has_digit(text):
        yield from _codes(text)
        yield from _pieces(text)
        yield from _seen_codes(text)
        yield from _otp_values(text)
    yield from _spelt(text)
    yield from _recipes(text)
