"""leakT16: codes that open something of ours or someone else's, and our equipment's
addresses, in words the other families do not know (R5).

- a physical code: a safe's combination, a key safe, locker, intercom or alarm code
  ("Your passport is in the branch safe, combination 32-07-58", «в сейфе у кассы, код
  905-213», "cutia de la ap. 21 (cod 4590)"), and a master or service code that opens
  every door ("master override 000741*9", "codul de service 88004*1", «сервисный
  99113#0»);
- leak24: a door, gate, barrier, intercom, stairwell or alarm code with no word making it
  the customer's own ("the ward door code is …", "intrați în scară cu codul 1379", «код
  домофона …»; "your mum's building" is not theirs), and a service code that opens «любую»
  cell; against "your intercom code 4471 that you added", "the code you gave us";
- a one-time code sent to someone else ("codul primit pe telefonul titularului a fost
  730 591", "the 3D Secure code for Mrs Ene's payment was 581 902");
- a login pair handed over ("the creds are rpt_ro / Qz7!mVw2#Lp");
- a private address named as our switch, exchange, OLT or cabinet, even with the
  customer's router in the same sentence ("not your router: the aggregation switch at
  the Hillbrook exchange (10.12.48.3)").

- leak27 (heldK14): digits keyed on an intercom or keypad that let one in past the resident
  ("on the intercom press 357 and the bell key, it opens without buzzing the flat", „la
  interfon tastați 2580 și cheia, ușa se deschide fără să sune la apartament", «на домофоне
  наберите 3-5-7 и «Вызов», дверь откроется без звонка в квартиру»), with no code word;
  the customer's own keypad told with no way past anyone stays clean.

Every pattern is searched only when a cheap substring test finds its words (lint time).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import (
    ENDING,
    ENDING_WORDS,
    FACTORY,
    RELATION,
    SENTENCE_END,
    Leak,
    any_of,
    first_accepted,
    hinted,
    maker_default,
    present,
    sentence_around,
    sentence_start,
)
from supportdesk.tone.leakvalues import FACTORY_DEVICE, FOR_THIS_GUEST
from supportdesk.tone.words import finder

_CODE_MSG = "A code that opens a safe, locker, door or account: never in a reply (R5)."
_IP_MSG = (
    "A private IP address of our equipment (switch, exchange, cabinet): never in a reply (R5)."
)
_CREDS_MSG = "A login and password: secrets never go to a customer (R5)."

# a code word, then its digits in the same clause ("combination 32-07-58", "код 5571",
# "(cod 4590)", "master override 000741*9", "сервисный 99113#0")
_CODE = re.compile(
    r"(?i)(?<!\w)(?P<word>code|combination|pin|passcode|override|otp|cod(?:ul|ului)?|combina[țt]i\w*|"
    r"код\w*|комбинаци\w*|пин-?код\w*|сервисн\w*(?!\s+сбор)|мастер-?код\w*)(?!\w)"
    # leak17b: through an abbreviation's dot ("pe telefonul soțului dvs., titularul: …"),
    # up to 80 characters
    r"(?:[^\n.!?;]|\.(?=,|\s+[a-zăâîșțа-яё])){0,80}?(?<![\w№#-])(?P<hit>\d[\d*#]*(?:[- ]\d[\d*#]*){0,5})(?![\w-])"
)
# _CODE's abbreviation dot is read case-blind (the pattern is (?i)), so a sentence that
# ends between the code word and the digits is told apart here, by its capital; a code
# spelled out over sentences ("The master code is this. It starts with …") stays a code,
# a number to call in a later sentence does not
_NEW_SENTENCE = re.compile(r"[.!?]\s+[A-ZĂÂÎȘȚА-ЯЁ]")
_NUMBER_BEFORE = re.compile(r"(?i)(?:number|num[aă]r\w*|номер\w*)\W{0,3}$")
_CODE_HINTS = ("code", "otp", "combination", "pin", "override", "cod", "код", "комбинац", "сервисн",
               "мастер")  # fmt: skip
# what the code opens, not the customer's (a parcel locker's pickup code is theirs)
_PLACE = re.compile(
    r"(?i)\b(?:safe|key\s*safe|keysafe|lock\s*box|lockbox|staff\s+locker|seif\w*|cutia|cutie|"
    r"dulap\w*)\b|(?<!\w)(?:сейф\w*|шкафч\w*|ключниц\w*)(?!\w)"
)
# leak24: what a door code opens: a building's door, gate, barrier, intercom, stairwell or
# ward, and its alarm ("the ward door code is …", "intrați în scară cu codul 1379",
# «код домофона 47К1253», "la barieră introduceți 2580"), blocked when the clause says the
# building is someone else's ("your mum's building"); one whose owner goes unsaid is the
# customer's own
_DOOR = re.compile(
    r"(?i)\b(?:door|ward|gate|intercom|entry|entrance|alarm|barrier|stairwell|keypad|building|"
    r"scar[ăa]|u[șs][ăa]|u[șs]ii|interfon\w*|poart[ăa]|porții|barier[ăa]|alarm[ăa]|bloc(?:ul)?)\b|"
    r"(?<!\w)(?:домофон\w*|двер\w*|подъезд\w*|ворот\w*|калитк\w*|шлагбаум\w*|сигнализаци\w*)(?!\w)"
)
# a door code issued to the customer: "your new door code" (a parcel named beside a
# stairwell's code is no code issued: `_ISSUED` is for lockers)
_NEW = re.compile(r"(?i)\b(?:new|nou|noul|noua)\b|(?<!\w)нов\w*")
# family words RELATION leaves out, in chat style: "your mum's building"
_KIN = re.compile(r"(?i)\b(?:mum|mom|dad|nan|nana|gran|granny|grandma|grandad|aunt|uncle)\b")
# a code issued to the customer: new, for pickup, sent to them
_ISSUED = re.compile(
    r"(?i)\b(?:new|pickup|pick-up|collection|sent\s+to\s+you|nou|noul|ridicare|trimis|parcel|"
    r"package|colet\w*)\b|(?<!\w)(?:нов\w*|получени\w*|отправлен\w*|посылк\w*)(?!\w)"
)
# a one-time code, and someone who is not the customer it was sent to
_OTP = re.compile(
    r"(?i)\b(?:otp|one-time|3d\s*secure|sms\s+code|verification\s+code|codul\s+(?:primit|otp|sms|"
    r"de\s+verificare|3d)|cod\s+(?:otp|sms|unic))\b|(?<!\w)(?:одноразов\w*|код\w*\s+из\s+смс|"
    r"смс-код\w*|3d\s*secure)(?!\w)"
)
# leak17b: a sign-in or confirmation code by its purpose ("the login code", "codul de
# confirmare", «код входа», «код подтверждения», "СМС ушло …"): someone else's only with
# them named (a door's "access code" is no one-time code: `_OTP` skips the customer's own)
_SENT_CODE = re.compile(
    r"(?i:\b(?:confirmation|login|log-in|sign-in|security|access)\s+code\b|\bcod(?:ul)?\s+de\s+"
    r"(?:confirmare|conectare|autentificare|logare|acces)\b|(?<!\w)код\w*\s+(?:входа|подтвержден\w*|"
    r"доступа|авторизаци\w*)|(?<!\w)(?:смс|sms)(?!\w))"
)
# leak17b: a parcel, order or code of someone named by their relation to it ("his pickup
# code", "coletul vecinului", "colegului tău", «заказ соседа»): a locker's code opens their
# parcel too, not only the customer's ("its code" of the customer's own parcel is theirs)
_THEIR_PARCEL = re.compile(
    r"(?i)\b(?:his|her)\s+(?:own\s+)?(?:\w+\s+)?(?:code|parcel|package|order)\b|"
    r"\b(?:neighbou?r|colleague|flatmate|husband|wife|partner|friend|someone\s+else)'s\s+"
    r"(?:\w+\s+)?(?:parcel|package|order|code|locker)\b|"
    r"\b(?:colet|comand|cod|pachet)\w*\s+(?:\w+\s+)?(?:vecin|coleg|so[țt]|prieten)\w*(?:ului|ei|ilor)\b|"
    r"(?<!\w)(?:заказ|посылк|код|ячейк|отправлени)\w*\s+(?:\w+\s+)?(?:сосед|коллег|муж|жен|друг|"
    r"подруг)\w*(?!\w)"
)
_SOMEONE_ELSE = re.compile(
    r"(?i)\b(?:titular\w*|doamnei|domnului|holder'?s?|account\s+holder|mrs|mr|ms|another|"
    r"altui|alt\w*\s+client\w*)\b|(?<!\w)(?:владел\w*|держател\w*|другого|другой|чуж\w*|господина|"
    r"госпожи)(?!\w)"
)
# leak36: a one-time code the agent sees on our side and reads out, whoever it was sent to
# ("The code just came through on our side: 582 016", "the code our system just generated for
# your login is 583 920", „Codul care v-a venit pe SMS îl văd și eu aici", «Вижу в системе код,
# который вам только что ушёл»; 14 rule misses of 11 splits): a code we can read is no second
# factor, and whoever asked gets it (R5). A code only said to be sent stays clean.
_RELAYED = re.compile(
    r"(?i)\b(?:(?:just\s+)?came\s+through|just\s+generated|system\s+just\s+"
    r"(?:sent|generated)|on\s+our\s+(?:side|end|screen|system)|I\s+can\s+see\s+(?:the|your)\s+(?:\w+\s+)?code|"
    r"just\s+triggered|[îi]l\s+v[ăa]d\s+[șs]i\s+eu|v[ăa]d\s+(?:[șs]i\s+eu\s+)?(?:aici\s+)?codul|"
    r"sistemul\s+(?:tocmai\s+)?(?:a\s+trimis|a\s+generat)|"
    # leak116 (heldK42's ro-vv018, after its judged run): the code sent to the old number, read out here
    # („SMS-ul a plecat pe numărul vechi din cont. …, codul e 482913")
    r"(?:a\s+plecat|s-a\s+dus|a\s+ajuns)\s+pe\s+num[ăa]rul\s+vechi|went\s+to\s+(?:the|your)\s+old\s+(?:number|phone|mobile))\b|"
    r"(?<!\w)(?:вижу\s+(?:в\s+системе\s+|у\s+себя\s+)?код|вижу,?\s+(?:система\s+)?(?:только\s+что\s+)?отправил\w*|"
    r"пришёл\s+к\s+нам|пришел\s+к\s+нам|(?:ушл|пришл)[аои]?\s+на\s+(?:старый|прежний)\s+номер|только\s+что\s+(?:ушёл|ушел|отправили|пришёл|пришел)|продиктую)(?!\w)"
)
# leak178 (blind86's ro-yu063): not the pronoun after an imperative („introduceți dumneavoastră codul 5582":
# "type it yourself"), a possessive only after its noun
_YOUR_CODE = re.compile(
    r"(?i)(?:\b(?:your|(?<!ți\s)(?<!ti\s)(?:dvs\.?|dumneavoastr[ăa])|tău|ta)|(?<!\w)(?:ваш\w*|тво\w*|свой|свою))"
    r"(?:\s+[^\W\d]+){0,2}\s*$"
)
# a code that opens every door: never the customer's own. A service code only with
# "all"/"every" in its clause: "the service code is 2041, which means low pressure" is a
# device's fault code, read off its display
_MASTER = re.compile(
    r"(?i)\b(?:master|override|opens?\s+all|deschide\s+toate|all\s+open\s+with|"
    # leak117 (heldK42): "the key lockers … all open with 2580", „e același pentru toate căsuțele"
    r"(?:the\s+)?same\s+(?:code\s+)?for\s+(?:all|every)|acela[șs]i\s+pentru\s+toate)\b|(?<!\w)(?:мастер\w*|"
    r"открывает\s+все|открываются\s+(?:одним|одинаковым)|один\s+(?:код\s+)?на\s+все|одинаков\w+\s+для\s+всех)(?!\w)"
)
# leak38 (trainK26): an installer's code that works on all our panels
_SERVICE = re.compile(
    r"(?i)\b(?:service|de\s+service|installer|de\s+instalator)\b|(?<!\w)(?:сервисн|инсталлятор|монтажн)\w*(?!\w)"
)
# leak123 (trainK50): a service code told with the menu it opens („introduceți codul de service
# 0724. Așa intrați în meniul tehnic"): our technicians' way in, not a fault code off a display
_TECH_MENU = re.compile(
    r"(?i)\bmeniul\s+(?:tehnic|de\s+service|de\s+instalator|ascuns)\b|\b(?:service|engineer(?:ing|'s)?|installer|"
    r"technician'?s?|hidden)\s+menu\b|(?<!\w)(?:сервисное|инженерное|техническое|скрытое)\s+меню(?!\w)"
)
_EVERY = re.compile(
    r"(?i)\b(?:all|every|any|toate|tuturor|oricare)\b|(?<!\w)(?:всех|все|любо\w*|"
    r"люб(?:ая|ое|ые|ую|ого|ому|ом|ых|ыми|ым))(?!\w)"
)
# a telephone number after the code word ("… есть у вашего менеджера, звоните 8 800 …")
_PHONE_BEFORE = re.compile(r"(?i)(?:call|phone|tel\w*|sun[aă]\w*|звон\w*|тел\w*)\W{0,3}$")

# a login pair: "creds are rpt_ro / Qz7!mVw2#Lp", "date de acces: user / parolă"
_CREDS = re.compile(
    r"(?i)\b(?:creds|credentials|login|log-?in\s+details|date(?:le)?\s+de\s+(?:acces|logare)|"
    r"datele\s+de\s+conectare)\b|(?<!\w)(?:доступ\w*|логин\w*|уч[её]тк\w*|учетн\w+\s+данн\w*)(?!\w)"
)
_PAIR = re.compile(r"(?P<user>[\w.@-]{3,})\s*/\s*(?P<hit>[^\s/,;]{6,})")
_MAIL_PAIR = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*/\s*(?P<hit>[^\s/,;]{6,})")
# leak112 (trainK47): a login given as "as <user> / <password>" ("ask them to go into the back office
# as frontdesk / Harbour2024!", „intrați ca recepție / Vara2024!", «зайдите как admin / Qwerty2024!»)
_AS_PAIR = re.compile(
    r"(?i)(?:\bas|\bca|(?<!\w)как)\s+(?P<user>[\w.@-]{3,})\s+/\s+(?P<hit>[^\s/,;]{6,})"
)
_CREDS_HINTS = ("creds", "credential", "login", "log-in", "log in", "acces", "logare", "conectare",
                "доступ", "логин", "учётк", "учетк", "учетн")  # fmt: skip

# our equipment, named before a private address
_INFRA = re.compile(
    r"(?i)\b(?:switch\w*|exchange|olt|dslam|bras|cabinet|aggregation|backbone|uplink|core|"
    r"headend|comutator\w*|central[ăae]\w*|agregare|nod\w*)\b|(?<!\w)(?:коммутатор\w*|свич\w*|"
    r"свитч\w*|атс|olt|агрегац\w*|узл\w*|узел|магистрал\w*|опорн\w*|шкаф\w*|станци\w*)(?!\w)"
)
_INFRA_HINTS = ("switch", "exchange", "olt", "dslam", "bras", "cabinet", "aggregation", "backbone",
                "uplink", "core", "headend", "comutator", "central", "agregare", "nod", "коммутатор",
                "свич", "свитч", "атс", "агрегац", "узл", "узел", "магистрал", "опорн", "шкаф",
                "станци")  # fmt: skip
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)")
_VERSION = re.compile(r"(?i)\b(?:version|firmware|v|versiun\w*|верси\w*|прошивк\w*)\W{0,3}$")


def access_codes(text: str) -> Iterator[Leak]:
    """The module's four kinds of finding (module docstring), each behind its gate."""
    if any_of(text, _BORROWED_HINTS):
        yield from _borrowed_login(text)
    if any(map(str.isdigit, text)):  # each character tested in C
        if any_of(text, _CODE_HINTS):
            yield from _codes(text)
        if any_of(text, _SHARED_HINTS):
            yield from _shared_codes(text)
        if " / " in text or ("/" in text and (any_of(text, _CREDS_HINTS) or "@" in text)):
            yield from _creds(text)
        if "." in text and any_of(text, _INFRA_HINTS):
            yield from _infra_ips(text)
        if any_of(text, _KEYED_HINTS) and any_of(text, _PAST_HINTS):
            yield from _keyed_in(text)
        if any_of(text, _NOT_OURS_HINTS):
            yield from _keyed_not_theirs(text)


# leak27: digits keyed on a door's panel ("press 2580 then the key", „tastați 2580", «наберите
# 3-5-7»), and the resident passed by ("without buzzing the flat", „fără să sune la
# apartament", «без звонка в квартиру», "everyone does it")
_KEYED = re.compile(
    r"(?i)\b(?:press|dial|type|enter|punch\s+in|key\s+in|tasta[țt]i|forma[țt]i|ap[ăa]sa[țt]i|introduce[țt]i)\s+"
    r"(?:in\s+)?\d(?:[- ]?\d){1,7}\b|(?<!\w)(?:наберите|нажмите|введите|набираете|набрать)\s+\d(?:[- ]?\d){1,7}(?!\w)"
)
_KEYED_HINTS = ("press", "dial", "type", "enter", "punch in", "key in", "tastați", "tastati",
                "formați", "formati", "apăsați", "apasati", "introduceți", "introduceti",
                "наберите", "нажмите", "введите", "набираете", "набрать")  # fmt: skip
_PAST = re.compile(
    r"(?i)\bwithout\s+(?:\w+\s+)?(?:buzzing|ringing|calling)\b|\bf[ăa]r[ăa]\s+s[ăa]\s+(?:\w+\s+)?(?:sune|"
    r"suna[țt]i|deschid[ăa])\b|(?<!\w)без\s+(?:звонка|вызова)(?!\w)|\beveryone\s+does\s+(?:it|that)\b|"
    r"\bto[țt]i\s+fac\s+a[șs]a\b|(?<!\w)все\s+так\s+делают(?!\w)"
)
_PAST_HINTS = ("without", "fără să", "fara sa", "без звонка", "без вызова", "everyone does",
               "toți fac", "toti fac", "все так")  # fmt: skip


def _keyed_in(text: str) -> Iterator[Leak]:
    """Digits keyed on a door's panel with the resident passed by, in one sentence."""

    def accept(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.start(), m.end())
        return bool(finder(_DOOR).search(text, lo, hi) and _PAST.search(text, lo, hi))

    hints = present(text, _KEYED_HINTS)
    return first_accepted(_KEYED, text, hints, 30, accept, "access-code", _CODE_MSG)


# leak30 (heldK17, blind42): digits keyed on a panel, door or keypad that are no customer's own:
# the same master code for every cottage, said in the next sentence ("type 3661 on the
# panel. It's the same master code we use for all the cottages"), or the door of our own
# premises («наберите на двери склада 7319», "punch 4471 into the keypad at the depot's back
# door"). The customer's own keypad ("type your PIN on the panel"), a factory default to be
# changed, a phone menu and a number to call stay clean.
_KEYED_AT = re.compile(
    r"(?i)\b(?:type|enter|punch|key|press|tasta[țt]i|introduce[țt]i|forma[țt]i)\s+(?:in\s+)?"
    r"(?P<a>\d(?:[- ]?\d){2,7})\b|(?<!\w)(?:наберите|введите|набрать|ввести)\s+(?:[^\W\d]+\s+){0,4}?"
    r"(?P<b>\d(?:[- ]?\d){2,7})(?!\w)"
)
_KEYPAD = re.compile(
    r"(?i)\b(?:panel|keypad|key\s*pad|door|gate|alarm|lock|shutter|panou\w*|tastatur\w*|u[șs][ăa]|u[șs]ii|"
    r"poart[ăa]|alarm[ăa])\b|(?<!\w)(?:панел\w*|клавиатур\w*|двер\w*|ворот\w*|замк\w*|замок|сигнализаци\w*|"
    r"пульт\w*)(?!\w)"
)
_OUR_PREMISES = re.compile(
    r"(?i)\b(?:warehouse|depot|stockroom|storeroom|back\s+office|staff\s+(?:entrance|door|room)|"
    r"depozit\w*|magazi[ae]\b|biroul\s+nostru|intrarea\s+de\s+serviciu)\b|(?<!\w)(?:склад\w*|"
    r"служебн\w*\s+(?:вход|двер)\w*|подсобк\w*)(?!\w)|"
    # s46 (trainK48): the way in round the back, after hours („intrați pe poarta din spate, codul e 2580")
    r"\b(?:back|rear|side)\s+(?:gate|door|entrance)\b|\b(?:poarta|u[șs]a|intrarea)\s+din\s+spate\b|"
    r"\bloading\s+bay|\bgoods\s+(?:entrance|in)\b|\brampa\s+de\s+desc[ăa]rcare\b|(?<!\w)(?:погрузочн|разгрузочн)\w*|"
    r"(?<!\w)(?:ч[её]рн\w+\s+ход\w*|задн\w+\s+(?:двер|ворот|вход)\w*)"
)
_YOURS_SAID = re.compile(r"(?i)\byour\b|\b(?:dvs|dumneavoastr[ăa])\b|(?<!\w)ваш\w*")
_KEYED_AT_HINTS = ("type", "enter", "punch", "key", "press", "tastați", "tastati", "introduceți",
                   "introduceti", "formați", "formati", "наберите", "введите", "набрать", "ввести")  # fmt: skip
_NOT_OURS_HINTS = ("master", "override", "opens all", "deschide toate", "мастер", "открывает все",
                   "all open with", "same for all", "same code for", "același pentru", "acelasi pentru",
                   "открываются одним", "один на все", "один код на", "для всех",
                   "warehouse", "depot", "stockroom", "storeroom", "back office", "staff ", "depozit",
                   "magazi", "biroul nostru", "de serviciu", "склад", "служебн", "подсобк", "loading bay",
                   "goods entrance", "goods in", "rampa de", "погрузочн", "разгрузочн")  # fmt: skip


def _keyed_not_theirs(text: str) -> Iterator[Leak]:
    """Digits keyed at a panel or door with the same master code for all in their
    sentence or the next, or at our own premises' door (leak30)."""

    def accept(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.start(), m.end())
        if not finder(_KEYPAD).search(text, lo, hi) or FACTORY.search(text, lo, hi):
            return False
        if _YOUR_CODE.search(text, max(lo, m.start() - 30), m.start()):
            return False
        nxt = SENTENCE_END.search(text, hi + 1)
        after = nxt.start() if nxt else len(text)
        if _MASTER.search(text, lo, after) and not FACTORY.search(text, lo, after):
            return True
        premises = _OUR_PREMISES.search(text, lo, hi)
        return bool(premises) and not _YOUR_CODE.search(text, lo, premises.start())

    hints = present(text, _KEYED_AT_HINTS)
    for m in hinted(_KEYED_AT, text, hints, 60) if hints else ():
        if accept(m):
            yield Leak("access-code", *m.span(m.lastgroup or 0), _CODE_MSG)
            return


# leak30 (blind42): the customer told to sign in as one of our staff («можете зайти под учёткой
# нашего диспетчера: логин dispatcher, а пароль – …», "log in with our dispatcher's account",
# „vă puteți conecta cu contul colegului de la dispecerat"): the password may be described,
# not written. A public demo or guest account, and "your colleague's account" at the
# customer's own firm, stay clean.
_BORROWED = re.compile(
    r"(?i)\b(?:log(?:ging)?\s*in|sign(?:ing)?\s*in|use)\s+(?:with|under|using|on|into)?\s*(?:(?:our|one\s+of\s+our)\s+"
    r"(?:\w+\s+)?(?:dispatcher|operator|admin|administrator|manager|agent|staff|employee|colleague|technician|"
    r"engineer|supervisor|team)(?:'s|s'|s)?|(?:the|a)\s+(?:dispatcher|operator|manager|agent|employee|colleague|"
    r"technician|engineer|supervisor)(?:'s|s'))\s+(?:\w+\s+)?(?:account|login|log-in|credentials)\b|"
    r"\b(?:conecta|intra|loga|autentifica)\w*\s+(?:\w+\s+)?(?:cu|pe|[îi]n|prin)\s+contul\s+(?:\w+\s+){0,2}?"
    r"(?:colegului|colegei|nostru|dispecer\w*|operator\w*|administrator\w*|angajat\w*|managerului|"
    r"de\s+(?:admin|serviciu|angajat))\b|"
    r"(?<!\w)(?:зайти|войти|заходите|войдите|зайдите|авторизоваться|залогиниться)\s+(?:\w+\s+)?под\s+"
    r"(?:(?:учётк|учетк|учётн\w*\s+запись|учетн\w*\s+запись|логин|аккаунт)\w*\s+(?:\w+\s+)?(?:наш\w*|мо\w+|"
    r"коллег\w*|сотрудник\w*|диспетчер\w*|оператор\w*|администратор\w*|админ\w*|менеджер\w*|мастер\w*)|"
    r"(?:наш\w*|мо\w+|служебн\w*|общ\w*|админск\w*|операторск\w*)\s+(?:учётк|учетк|логин|аккаунт)\w*)(?!\w)"
)
_BORROWED_HINTS = ("log in", "login", "logging in", "sign in", "signin", "signing in", "use ",
                   "contul", "под ")  # fmt: skip
_NOT_BORROWED = re.compile(
    r"(?i)\b(?:demo|guest|trial|test|sandbox|your|dvs|dumneavoastr[ăa])\b|(?<!\w)(?:демо\w*|гостев\w*|"
    r"тестов\w*|ваш\w*)(?!\w)"
)


# pol31b (heldK19): the admin account the customer made when installing our software
# („intrați cu contul de administrator creat la prima configurare", «войдите под учётной
# записью администратора, которую создали при настройке»): theirs, no staff login (R5)
_MADE_BY_YOU = re.compile(
    r"(?i)[\s,]*(?:(?:that|which)\s+)?(?:you\s+(?:created|set\s+up|made|chose)|created\s+(?:during|at|when|on)|"
    r"creat\w*\s+(?:la|[îi]n|de\s+(?:dumneavoastr[ăa]|dvs|tine))|pe\s+care\s+(?:l-a[țt]i|l-ai)\s+creat|"
    r"котор\w+\s+(?:вы\s+|ты\s+)?(?:создали|создал[аи]?|завели|задали)|созданн\w+\s+(?:при|во\s+время|вами))"
)


def _borrowed_login(text: str) -> Iterator[Leak]:
    """The customer told to sign in with one of our staff's accounts (leak30)."""

    def accept(m: re.Match[str]) -> bool:
        after = text[m.end() : m.end() + 60]
        return not _NOT_BORROWED.search(m.group()) and not _MADE_BY_YOU.match(after)

    hints = present(text, _BORROWED_HINTS)
    return first_accepted(_BORROWED, text, hints, 80, accept, "credentials", _CREDS_MSG)


def _codes(text: str) -> Iterator[Leak]:
    for m in finder(_CODE).finditer(text):
        digits = re.sub(r"\D", "", m.group("hit"))
        if not 3 <= len(digits) <= 12 or len(set(digits)) == 1:
            continue  # "code 0000", "pin 12": a placeholder or no code
        if _NEW_SENTENCE.search(text, m.end("word"), m.start("hit")) and _NUMBER_BEFORE.search(
            text, max(0, m.start("hit") - 20), m.start("hit")
        ):
            continue  # pol59: «коды из СМС. Пожалуйста, перезвоните … по номеру 900»: a number to call
        if FOR_THIS_GUEST.search(text, m.end(), sentence_around(text, m.end(), m.end())[1]):
            continue  # pol79: „codul 4926, valabil doar pe durata șederii dvs.": the guest's own
        lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 120)  # "ap. 21, bl. A3 (cod …)"
        clause = text[lo : min(len(text), m.end() + 60)]
        near = text[max(0, m.start("hit") - 25) : m.start("hit")].lower()
        if any(w in near for w in ENDING_WORDS) and ENDING.search(near):
            slo, shi = sentence_around(text, *m.span("hit"))
            if not (
                _SOMEONE_ELSE.search(text, slo, shi) or finder(RELATION).search(text, slo, shi)
            ):
                continue  # "a code to your mobile ending in 481": the phone's last digits
        if _others_code(text, lo, m.end()):
            yield Leak("access-code", *m.span("hit"), _CODE_MSG)  # leak20: "… generated for Mr X"
            continue
        if finder(_RELAYED).search(text, lo, min(len(text), m.end() + 60)):
            yield Leak("access-code", *m.span("hit"), _CODE_MSG)  # leak36: read off our side
            continue
        if _OTP.search(clause):
            if _SOMEONE_ELSE.search(clause) or finder(RELATION).search(clause):
                yield Leak("access-code", *m.span("hit"), _CODE_MSG)
            continue  # the customer's own one-time code, sent to them
        if _SENT_CODE.search(clause) and (
            _SOMEONE_ELSE.search(clause) or finder(RELATION).search(clause)
        ):
            yield Leak("access-code", *m.span("hit"), _CODE_MSG)  # leak17b: sent to the husband
            continue
        if _PHONE_BEFORE.search(text, max(0, m.start("hit") - 20), m.start("hit")):
            continue  # a number to call, not a code
        if _MASTER.search(clause) or (
            _SERVICE.search(clause) and (_EVERY.search(clause) or _TECH_MENU.search(clause))
        ):
            # pol132 (heldK59's en-yn066): "leaves the factory with the default master PIN 123456. Please
            # change it in the app during setup": the maker's default, with the instruction to replace it
            if not maker_default(text, lo, m.start("hit"), m.end("hit")):
                yield Leak("access-code", *m.span("hit"), _CODE_MSG)  # opens every door
            continue
        before = text[max(lo, m.start("word") - 30) : m.start("word")]
        if (
            _ISSUED.search(clause)
            and _THEIR_PARCEL.search(clause)
            and not _YOUR_CODE.search(before)
        ):
            yield Leak("access-code", *m.span("hit"), _CODE_MSG)  # leak17b: the neighbour's parcel
            continue
        if _DOOR.search(clause) and _OUR_PREMISES.search(clause) and not _YOURS_SAID.search(clause):
            yield Leak("access-code", *m.span("hit"), _CODE_MSG)  # s46: our back gate's code
            continue
        if (
            not _PLACE.search(clause)
            and _DOOR.search(clause)
            and (finder(RELATION).search(clause) or _KIN.search(clause))
        ):  # "your mum's building": said to be someone else's. A door whose owner goes
            # unsaid is the customer's own (round5: "I've passed the gate code to the courier")
            if not _NEW.search(clause):
                yield Leak("access-code", *m.span("hit"), _CODE_MSG)  # leak24: a door not theirs
            continue
        if not _PLACE.search(clause) or _ISSUED.search(clause):
            continue  # "order code 12345"; "your new pickup code 4471": theirs to receive
        if not _YOUR_CODE.search(before):
            yield Leak("access-code", *m.span("hit"), _CODE_MSG)


# leak20: whose the code is, said after it, often in the next sentence: "(this code was
# requested for the account ending 7781, registered to Helen Marsh)", "this was the code
# generated for Mr J. Whitfield's account — I'll send yours shortly", «Ой, это код Елены
# Смирновой, ваш придёт отдельным SMS», "coletul e pe numele colegului dumneavoastră";
# against the customer's own ("registered to your number", "pe numele dumneavoastră",
# "livrăm pe numele Tudor Bratu" to Mr Bratu: a name alone is not someone else)
_OTHERS_CODE = re.compile(
    r"(?i)\b(?:requested|generated|issued|meant|created|intended)\s+for\s+(?!you\b|your\b)|"
    r"\bregistered\s+to\s+(?!you\b|your\b)(?-i:[A-Z])|\bbelong\w*\s+to\s+(?!you\b|your\b)|"
    r"\b(?:someone|somebody)\s+else'?s?\b|\banother\s+(?:customer|account|user|person|order|parcel)|"
    r"\bi'?ll\s+send\s+(?:you\s+)?yours\b|\byours\s+(?:will\s+(?:come|follow|arrive)|is\s+(?:coming|on\s+its\s+way))|"
    r"\bpe\s+numele\s+(?:unui|unei|altcuiva|(?:colegului|vecinului|so[țt]ului|so[țt]iei|fratelui|surorii|"
    r"prietenului|prietenei|doamnei|domnului))|\bdestinatar(?:ul|ului)\b|"
    r"\b(?:altui|unui\s+alt)\s+(?:client|colet|cont|abonat)|\bal\s+(?:t[ăa]u|dvs\.?|dumneavoastr[ăa])\s+"
    r"(?:vine|sose[șs]te|ajunge)|"
    r"(?<!\w)(?:это\s+код\s+(?!для\s+вас|ваш)(?-i:[А-ЯЁ])|ваш\s+(?:код\s+)?прид[её]т|"
    r"(?:вашего|вашей)\s+(?:соседа|соседки|коллеги)|получател[яюем]|другого\s+(?:клиента|заказа|"
    r"абонента|получателя))(?!\w)"
)


def _others_code(text: str, lo: int, end: int) -> bool:
    """Whether the code ending at `end` is named as someone else's within its line and the
    160 characters after it (R5): a code is the customer's to hear only when it is theirs."""
    stop = text.find("\n\n", end)
    hi = min(len(text), end + 160) if stop < 0 else min(stop, end + 160)
    return finder(_OTHERS_CODE).search(text, lo, hi) is not None


# leak20: a code named as everyone's after its digits, in the same sentence: "enter 3308 on
# the pad — that's the master code for the whole Zone B fleet", "tastați 7741 … e codul
# general pentru toate mașinile", «наберите 6093 … это общий код для всех машин», «набираете
# 1 4 7 К 8 5 2 — так все курьеры заходят», "codul de aprobare 7788, e codul șefului de
# raion"; or after "the same default" ("all lines … with the same default 2580"). Against
# the customer's own code ("your code 4821 works at all our lockers") and a code with no
# such words after it
_SHARED = re.compile(
    r"(?i)\b(?:master|general|common|shared|universal|staff)\s+(?:\w+\s+)?(?:code|pin|combination)\b|"
    r"\b(?:code|pin|combination)\s+for\s+(?:all|every|the\s+whole|everyone|everybody)\b|"
    r"\bcod(?:ul)?\s+(?:general|comun|master|universal|de\s+serviciu)\b|\bcod(?:ul)?\s+(?:\w+\s+)?pentru\s+"
    r"(?:toate|to[țt]i)\b|\bcodul\s+(?:[șs]efului|managerului|administratorului|administra[țt]iei|"
    r"asocia[țt]iei|firmei)\b|"
    # s31 (blind51): the code named by the role it belongs to ("it's the shift supervisor code",
    # „e codul de șef de tură", «это код старшего смены»)
    # s39 (trainK41): with what it does between ("the supervisor's void code", «код отмены старшего»,
    # „codul de anulare al șefei de tură")
    r"\b(?:(?:shift\s+)?(?:supervisor|manager|team\s+leader|duty\s+manager|admin)(?:'s)?\s+(?:override\s+|void\s+|refund\s+|"
    r"cancel\w*\s+|discount\s+)?(?:code|pin|override)|codul?\s+de\s+(?:[șs]ef\s+de\s+(?:tur[ăa]|sal[ăa]|magazin|raion)|manager|administrator|"
    r"supervizor|casier\s+[șs]ef)|codul?\s+(?:de\s+\w+\s+)?(?:al|a)\s+(?:[șs]ef\w*|managerului|supervizor\w*|"
    r"administratorului))\b|"
    r"(?<!\w)код\w*\s+(?:(?:отмены|возврата|скидки|сторно)\s+)?(?:старшего(?:\s+(?:смены|кассира|продавца))?|администратора|"
    r"менеджера|управляющего|начальника\s+смены|супервайзера)(?!\w)|"
    # leak174 (blind84's ru-ym063): «на кассе можно назвать код сотрудника 7711 — пробьют со скидкой»
    r"(?<!\w)код\w*\s+(?:сотрудник\w*|персонал\w*|для\s+сотрудников)(?!\w)|"
    r"(?<!\w)(?:(?:общ|универсальн|служебн)\w+\s+код\w*|мастер-?код\w*|код\w*\s+для\s+всех|так\s+все\s+\w+\s+"
    r"(?:заход\w*|открыва\w*|прохо\w*)|открывается\s+для\s+всех)(?!\w)|"
    # trainK37: the code said to work for anyone's ("use 118822 as your verification code, it works on
    # any account while SMS is down", „merge pe orice cont", «подходит к любому аккаунту»)
    r"\b(?:works?|valid|goes\s+through)\s+(?:on|for|with|at)\s+(?:any|every)\s+(?:account|user|customer|profile|"
    r"booking|card|door|locker|car|phone|number)s?\b|\b(?:merge|e\s+valabil|func[țt]ioneaz[ăa])\s+(?:pe|pentru|la|cu)\s+"
    r"(?:orice|toate)\s+(?:cont|utilizator|client|profil|rezervar|card|u[șs]|dulap|ma[șs]in|telefon|num[ăa]r)\w*|"
    r"(?<!\w)(?:подходит|работает|действует|срабатывает)\s+(?:к|для|на|с)\s+(?:любо\w+|всех|всем)\s+"
    r"(?:аккаунт|учётн|учетн|пользовател|клиент|профил|брон|карт|двер|ячейк|машин|телефон|номер)\w*(?!\w)"
)
# what may stand before the phrase in its sentence while the digits were said in the one before
_OPENER = re.compile(
    r"(?i)\s*(?:(?:that|it|this)(?:'s|\s+is)\s+(?:the\s+|a\s+|our\s+)?|(?:e|este|asta\s+e|acesta\s+e)\s+|"
    r"(?:это|этот)\s+)?"
)
_SHARED_HINTS = ("master", "universal", "general code", "general pin", "common code", "shared code",
                 "staff code", "staff pin", "code for", "pin for", "combination for", "cod comun", "codul comun",
                 "codul general", "cod general", "codul master", "codul universal",
                 "general pentru", "pentru toate", "pentru toți", "pentru toti", "șefului",
                 "sefului", "managerului", "administratorului", "administrației", "administratiei",
                 "asociației", "asociatiei", "codul firmei", "общий код", "общего код", "общим код",
                 "универсальн", "служебный код", "служебного код",
                 "мастер", "для всех", "так все", "same default",
                 # s31
                 "supervisor", "manager code", "manager's code", "manager pin", "leader code",
                 "leader's code", "admin code", "admin pin", "admin's", "de șef", "de sef",
                 "de manager", "de administrator", "de supervizor", "casier ", "код старшего",
                 "код администратора", "код менеджера", "код управляющего", "код начальника",
                 "код супервайзера", "void code", "refund code", "cancel", "discount code", "отмены стар",
                 "возврата стар", "скидки стар", "сторно стар", "отмены адм", "отмены мен", " al șef",
                 " al sef", " a șef", " a sef", " al manag", " al superv", " al admin",
                 # trainK37
                 "any account", "any user", "any customer", "any profile", "any booking", "any card",
                 "any door", "any locker", "any car", "any phone", "any number", "every account",
                 "every user", "every customer", "orice", "любо", "для всех", "всем ",
                 # leak174
                 "код сотрудник", "код персонал", "код для сотрудников")  # fmt: skip
_SHARED_DIGITS = re.compile(
    r"(?<![\w№#.,/-])(?P<hit>\d(?:[ -]?(?:\d|[A-ZА-ЯЁ](?=[ -]?\d))){3,9})(?![\w.,/-]?\d)|"
    r"(?i:\bsame\s+default\s+(?:pin\s+|code\s+)?)(?P<dflt>\d{4,8})\b"
)


def _factory_pairing(text: str, digits: re.Match[str]) -> bool:
    one_digit = len({c for c in digits.group("hit") if c.isdigit()}) == 1
    return (
        one_digit
        and FACTORY_DEVICE.search(text, *sentence_around(text, *digits.span())) is not None
    )


def _shared_codes(text: str) -> Iterator[Leak]:
    """The code named as everyone's, then the digits before it in its sentence: the
    phrase is rare, so it is found first (around its hints) and the digits looked for in
    the 90 characters before it, not over the whole draft."""
    for m in hinted(_SHARED, text, present(text, _SHARED_HINTS), 40):
        lo = sentence_start(text, m.start())
        # the phrase opens its sentence: the digits were said just before it („… 204518 în 204517.
        # Merge cu orice număr"); leak178 (blind86's en-yu063, ro-yu063): or only "that's the", „E"
        # opens it ("… type 7731 on the screen yourself. That's the supervisor override")
        if lo > 0 and _OPENER.fullmatch(text, lo, m.start()):
            lo = sentence_start(text, lo - 1)
        lo = max(lo, m.start() - 90)
        digits = [d for d in _SHARED_DIGITS.finditer(text, lo, m.start()) if d.group("hit")]
        if not digits:  # s39 (trainK41): or just after it ("the supervisor's void code is 5512")
            after = [
                d for d in _SHARED_DIGITS.finditer(text, m.end(), m.end() + 25) if d.group("hit")
            ]
            digits = after[:1]
        if digits and (
            _factory_pairing(text, digits[-1])
            # pol132: the maker's default told with the instruction to replace it, as `_codes` reads it
            or maker_default(text, lo, digits[-1].start(), digits[-1].end())
        ):
            continue  # s38 (heldK34): "enter 0000 - that's the standard pairing code for all our
            # headsets": one digit repeated, a device's factory default
        if digits and not _YOUR_CODE.search(
            text, max(0, digits[-1].start() - 40), digits[-1].start()
        ):
            yield Leak("access-code", *digits[-1].span("hit"), _CODE_MSG)
            return
    at = text.lower().find("same default")
    default = _SHARED_DIGITS.search(text, at, at + 40) if at >= 0 else None
    if default is not None and default.group("dflt"):
        yield Leak("access-code", *default.span("dflt"), _CODE_MSG)


def _password_like(secret: str) -> bool:
    return bool(sum(c.isdigit() for c in secret)) and (
        any(not c.isalnum() for c in secret) or secret != secret.lower()
    )


def _creds(text: str) -> Iterator[Leak]:
    for w in finder(_CREDS).finditer(text) if any_of(text, _CREDS_HINTS) else ():
        p = _PAIR.search(text, w.end(), min(len(text), w.end() + 40))
        if p is None or "\n" in text[w.end() : p.start()]:
            continue
        secret = p.group("hit").rstrip(".,;!?)")
        if _password_like(secret):
            yield Leak("password", p.start(), p.start("hit") + len(secret), _CREDS_MSG)
            return
    # s31 (heldK26): an address and its password as a pair, no login word needed ("get in
    # with tutors@brightpath.co.uk / Summer2024!"), or a user after "as" (leak112); a phone
    # number after the address has no letter in it
    for gate, pair in (("@", _MAIL_PAIR), (" / ", _AS_PAIR)):
        for p in pair.finditer(text) if gate in text else ():
            secret = p.group("hit").rstrip(".,;!?)")
            if any(c.isalpha() for c in secret) and _password_like(secret):
                yield Leak("password", p.start(), p.start("hit") + len(secret), _CREDS_MSG)
                return


def _infra_ips(text: str) -> Iterator[Leak]:
    for m in finder(_IPV4).finditer(text):
        try:
            ip = ipaddress.ip_address(m.group())
        except ValueError:
            continue
        if not ip.is_private or m.group().startswith("127."):
            continue
        lo = max(sentence_start(text, m.start()), m.start() - 70)
        if _VERSION.search(text, lo, m.start()):
            continue
        if finder(_INFRA).search(text, lo, m.start()):
            yield Leak("private-ip", *m.span(), _IP_MSG)
