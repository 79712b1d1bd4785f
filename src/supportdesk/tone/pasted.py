"""Confidentiality families (R5) found open by probe_leak15 (the leak15 round): what an
agent reads out or pastes from the desk's own tools and premises, in shapes the other
detectors do not read. Each family has look-alikes that stay clean:

- several people's records from a lookup, one line each with a birth date and a bank or
  identity number ("Daniel Hart  14/02/1979  40-11-62  31926819" and a second such line),
  against the customer's own record read back on one line;
- another account's record as JSON from an admin tool (a tenant or client key beside a
  billing, revenue or contact key), against an API example or a payload without a party;
- a key split across lines to be joined back ("split it in three lines, just join them"),
  against lines of a config to type in;
- a password spelt out in words ("the secret word is purple giraffe seven seven
  exclamation mark", «с большой буквы, и в конце цифры два, ноль»), against password
  advice ("must have a capital letter and a number");
- a one-time code sent to someone else read out ("the code that went out there was
  604 118"), against saying a code was sent;
- the codes of our premises: gate, alarm, key safe, intercom ("gate 4-7-1-9",
  «код домофона 17К4062»), against the customer's own door code and door numbers;
- an on-call rota: a staff line with an extension and a mobile number, against a
  switchboard with its extension;
- what we pay our supplier ("costs us £41.60", "ne vine cu 118 lei bucata", «берём по
  2 350 ₽»), against prices for the customer;
- other tenants named on the same server, shard or cluster, against "your workspace
  stays on the same server";
- a sign-in or reset link with its token meant for someone else (a colleague), against
  the customer's own reset link;
- a person named after a name label with their birth date or home ("name Graham Pell,
  born 22 July 1968"), against the customer's own.

Every family starts from a substring test of the draft (`any_of`, one pass over it for
all detectors: leakfinding's gates) and runs its regexes in small windows only: the
lint's 5 ms budget.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from supportdesk.tone.leakfinding import (
    RELATION,
    Known,
    Leak,
    any_of,
    has_digit,
    hinted,
    maker_default,
    present,
)
from supportdesk.tone.leakvalues import FOR_THIS_GUEST, placeholder
from supportdesk.tone.persons import NOT_NAME_WORDS, known_names
from supportdesk.tone.samples import sample_person
from supportdesk.tone.words import finder, lowered

SAMPLE_CUE = re.compile(
    r"(?i)\b(?:example|sample|e\.g\.|for\s+instance|looks?\s+like|exempl\w*|de\s+forma|fictiv\w*)"
    r"|(?<!\w)(?:пример\w*|образ[её]?ц\w*|вида|вымышлен\w*|тестов\w*)"
)


def clause_start(text: str, at: int, reach: int = 240) -> int:
    """Where the sentence holding `at` starts, by the last ". ", "! ", "? " or line break
    before it (a few C-level searches: `sentence_start`'s pattern is dearer, and these
    families need no more than a bound)."""
    lo = max(0, at - reach)
    ends = (text.rfind(". ", lo, at), text.rfind("! ", lo, at), text.rfind("? ", lo, at))
    end = max(ends)
    return max(end + 2 if end >= 0 else lo, text.rfind("\n", lo, at) + 1, lo)


_END = re.compile(r"[.!?](?=\s+[A-ZĂÂÎȘȚА-ЯЁ]|\s*$)|\n")  # not "no. 14", "str. Morii"


def sentence_end(text: str, at: int) -> int:
    """Where the sentence holding `at` ends (its mark or line break), or the text's end."""
    end = _END.search(text, at)
    return end.start() if end else len(text)


def _windows(text: str, hints: tuple[str, ...], before: int, after: int) -> list[tuple[int, int]]:
    """The spans around every occurrence of the `hints` the draft holds (lowercase, found
    with `str.find` in its lower case), merged: where a family's pattern can match."""
    low = lowered(text)
    if len(low) != len(text):
        return [(0, len(text))]  # lowering moved positions ("İ"): the whole draft
    spans: list[tuple[int, int]] = []
    for hint in present(text, hints):
        at = low.find(hint)
        while at >= 0:
            spans.append((max(0, at - before), min(len(text), at + len(hint) + after)))
            at = low.find(hint, at + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


# --- several people's records from a lookup ------------------------------------------------
_DATE_HINTS = ("/19", ".19", "-19", "/200", ".200", "-200")
_YEAR_HINTS = ("born", "dob", "născut", "nascut", "г.р", "г. р", "рождения")
_BIRTH_HINTS = _DATE_HINTS + _YEAR_HINTS
_BIRTH_DATE = re.compile(
    r"(?<![\d./-])(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19[2-9]\d|200\d)(?![\d./-])"
)
# a birth year said as one ("born 1984", "născut în 1979", "1979 г.р."): near its words only
_BIRTH_YEAR = re.compile(
    r"(?i)\b(?:born|dob|n[ăa]scut[ăa]?)\s*(?:in\s+|în\s+|:\s*)?(?:19[2-9]\d|200\d)\b|"
    r"(?<!\d)(?:19[2-9]\d|200\d)\s*(?:г\.\s?р\.|года\s+рождения)"
)
# a bank or identity number beside it: a sort code, a passport's series and number, an
# account, a national id, a phone (6 digits and more, in groups or not)
_ID_NUMBER = re.compile(
    r"(?<![\w./-])(?:\d{2}-\d{2}-\d{2}|\d{4}\s\d{6}|\d[\d ]{5,15}\d|"
    # a UK National Insurance number: "JT 48 29 17 B"
    r"[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D])(?![\w./-])"
)


def _several_records(text: str) -> Iterator[Leak]:
    dates = list(finder(_BIRTH_DATE).finditer(text)) if any_of(text, _DATE_HINTS) else []
    for lo, hi in _windows(text, _YEAR_HINTS, 30, 30):
        dates.extend(_BIRTH_YEAR.finditer(text, lo, hi))
    if len({d.group() for d in dates}) < 2:
        return  # one birth date at most: one person, maybe the reader
    rows: list[tuple[int, int, str]] = []
    for born in dates:
        lo = text.rfind("\n", 0, born.start()) + 1
        hi = text.find("\n", born.end())
        hi = len(text) if hi < 0 else hi
        if hi - lo <= 200 and any(
            m.end() <= born.start() or m.start() >= born.end()
            for m in _ID_NUMBER.finditer(text, lo, hi)
        ):
            rows.append((lo, hi, born.group()))
    if len({d for _, _, d in rows}) >= 2:  # two birth dates: two people, one at most the reader
        yield Leak(
            "other-person",
            rows[0][0],
            rows[-1][1],
            "Several people's records from a lookup (birth date, bank or ID number): "
            "at most one is the customer's, never paste them (R5).",
        )


# --- another account's record as JSON ------------------------------------------------------
_JSON_HINTS = ('": ', '":')
_JSON_PAIR = re.compile(r'"(?P<key>[^"\n]{1,40})"\s*:\s*(?P<value>"[^"\n]*"|[\d.,-]+)')
_PARTY_KEY = re.compile(
    r"(?i)^(?:tenant|client|customer|company|org\w*|account|workspace|firma|клиент\w*|"
    r"компани\w*|организаци\w*|арендатор\w*)(?:_?(?:name|id|slug))?$"
)
_MONEY_KEY = re.compile(
    r"(?i)(?:mrr|arr|revenue|billing|invoice|card|payment|contact|owner|phone|factur\w*|plat\w*|"
    r"proprietar\w*|adres\w*|abonament\w*|"  # leak16: "proprietar", "adresa" (ro)
    r"persoana|telefon|контакт|плат[её]ж\w*|выручк\w*|оплат\w*|телефон|владел\w*|оборот)"
)


def _tenant_records(text: str) -> Iterator[Leak]:
    for obj in re.finditer(r"\{[^{}]{20,600}\}", text):
        pairs = list(_JSON_PAIR.finditer(obj.group()))
        if len(pairs) < 3:
            continue
        party = [
            p
            for p in pairs
            if _PARTY_KEY.match(p.group("key")) and not placeholder(p.group("value"))
        ]
        money = [p for p in pairs if _MONEY_KEY.search(p.group("key"))]
        lead = text[clause_start(text, obj.start()) : obj.start()]
        if party and money and not SAMPLE_CUE.search(lead + obj.group()):
            yield Leak(
                "other-person",
                *obj.span(),
                "Another account's record from an admin tool: never paste it into a reply (R5).",
            )
            return


# --- a key split across lines --------------------------------------------------------------
_JOIN_HINTS = ("join them", "join the", "join these", "join it", "together", "concaten",
               "combine", "lipiți", "lipiti", "lipește", "lipeste", "uniți", "uniti", "alăturați",
               "склей", "соедин", "объедин", "слитно")  # fmt: skip
_SPLIT_WORD = re.compile(
    r"(?i)\b(?:split|two|three|four|parts?|pieces?|lines|halves|două|trei|bucăți|părți|"
    r"rânduri|jumătăți)\b|(?<!\w)(?:дв[ее]|тр[иёе]|част\w*|строк\w*|куск\w*|половин\w*)"
)
_FRAGMENT = re.compile(
    r"[ \t]*(?:[^\W\d][^\n:]{0,30}:[ \t]*)?(?P<frag>[A-Za-z0-9+/=_-]{4,40})[ \t]*$"
)


def _secret_like(value: str) -> bool:
    """Letters and digits mixed, most characters different: a key, not a word or a number."""
    return (
        len(value) >= 16
        and any(c.isdigit() for c in value)
        and sum(c.isalpha() for c in value) >= 6
        and len(set(value)) >= len(value) // 2
    )


def _split_secrets(text: str) -> Iterator[Leak]:
    for lo, hi in _windows(text, _JOIN_HINTS, 120, 400):
        leak = next(_pieces(text, text.rfind("\n", 0, lo) + 1, hi), None)  # whole lines
        if leak is not None:
            yield leak
            return


def _pieces(text: str, lo: int, hi: int) -> Iterator[Leak]:
    """Consecutive lines of `text[lo:hi]` that each hold one piece of a key."""
    run: list[re.Match[str]] = []
    at = lo
    for line in text[lo:hi].split("\n"):
        piece = len(line) <= 72 and line.count(" ") <= 4  # prose is no piece
        m = _FRAGMENT.match(text, at, at + len(line)) if piece else None
        at += len(line) + 1
        if m is None:
            run = []
            continue
        run.append(m)
        joined = "".join(r.group("frag") for r in run)
        if (
            len(run) >= 2
            and _secret_like(joined)
            and not placeholder(joined)
            and _SPLIT_WORD.search(text, max(0, run[0].start() - 200), run[0].start())
        ):
            yield Leak(
                "secret",
                run[0].start("frag"),
                run[-1].end("frag"),
                "A key or token split across lines: joined back, it is still a secret (R5).",
            )
            return


# --- a password spelt out in words ---------------------------------------------------------
SPELT_HINTS = ("password", "passphrase", "secret word", "code word", "codeword", "parol",
                "cuvânt", "cuvant", "пароль", "слово")  # fmt: skip
SPELT_LEAD = re.compile(
    r"(?i)\b(?:password|passphrase|secret\s+word|code\s*word|pass\s+word|parol[aăe]\w*|"
    r"cuv[âa]nt(?:ul)?\s+(?:secret|de\s+trecere|cheie))\b|(?<!\w)(?:пароль|паролем|пароля|"
    r"секретн\w+\s+слов\w*|кодов\w+\s+слов\w*)(?!\w)"
)
SPELT_CUE = re.compile(
    r"(?i)\b(?:zero|one|two|three|four|five|six|seven|eight|nine|capital|upper\s*case|lower\s*case|"
    r"exclamation|hash|underscore|dash|at\s+sign|no\s+spaces|"
    r"unu|doi|trei|patru|cinci|[șs]ase|[șs]apte|opt|nou[ăa]|liter[ăa]\s+mare|majuscul\w*|"
    r"[A-Z]\s+mare|exclam[ăa]rii|diez|liniu[țt][ăa]|f[ăa]r[ăa]\s+spa[țt]ii)\b|"
    r"(?<!\w)(?:ноль|один|два|три|четыре|пять|шесть|семь|восемь|девять|латиниц\w*|"
    r"с\s+большой|заглавн\w*|маленьк\w*|восклицательн\w*|решётк\w*|подч[её]ркиван\w*|"
    r"без\s+пробелов)(?!\w)"
)
# one of these is in every `SPELT_CUE` match (lowercase)
_CUE_HINTS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
              "capital", "upper", "lower", "exclamation", "hash", "underscore", "dash", "at sign",
              "no spaces", "unu", "doi", "trei", "patru", "cinci", "șase", "sase", "șapte", "sapte",
              "opt", "nouă", "noua", "literă mare", "litera mare", " mare", "majuscul", "exclam",
              "diez", "liniuț", "liniut", "fără spaț", "fara spat", "ноль", "один", "два", "три",
              "четыре", "пять", "шесть", "семь", "восемь", "девять", "латиниц", "с большой",
              "заглавн", "маленьк", "восклицательн", "решётк", "подчёркиван", "подчеркиван",
              "без пробелов")  # fmt: skip
_ADVICE = re.compile(
    r"(?i)\b(?:must|should|at\s+least|needs?|has\s+to|choose|pick|create|new|strong|"
    r"trebuie|alege\w*|cel\s+pu[țt]in|minim\w*|parol[aă]\s+nou[ăa]|noua\s+parol\w*|puternic\w*)\b|"
    r"(?<!\w)(?:долж\w+|минимум|не\s+менее|придума\w*|выбер\w*|нов\w+|надёжн\w*|надежн\w*)"
)
_TOLD = re.compile(
    r"(?i)\b(?:is|was|write|type|enter|este|e|era|scrie\w*|tasta\w*|introduce\w*)\b|[:—–]|"
    r"(?<!\w)(?:это|был\w*|пишите|введите|набер\w*|вводите)(?!\w)"
)


def _spelt_passwords(text: str) -> Iterator[Leak]:
    for lead in hinted(SPELT_LEAD, text, present(text, SPELT_HINTS), 12):
        end = text.find(".", lead.end(), lead.end() + 180)
        clause = text[lead.end() : lead.end() + 180 if end < 0 else end]
        told = _TOLD.search(clause, 0, 30)
        if told is None or not any_of(clause, _CUE_HINTS):
            continue  # no digit said as a word, no capital or sign named: no spelling
        cues = list(SPELT_CUE.finditer(clause, told.end()))
        if len(cues) < 2 or _ADVICE.search(
            text, clause_start(text, lead.start()), lead.end() + len(clause)
        ):
            continue
        if not SAMPLE_CUE.search(clause):
            yield Leak(
                "password",
                lead.start(),
                lead.end() + cues[-1].end(),
                "A password spelt out in words is still a password: never send one (R5).",
            )
            return


# --- a code sent to someone else, read out -------------------------------------------------
_CODE_HINTS = ("code", "cod", "код")
_SENT_HINTS = ("sent", "went", "text", "sms", "trimis", "plecat", "mesaj", "отправ", "ушл",
               "ушё", "смс")  # fmt: skip
_SENT_CODE = re.compile(
    r"(?i)(?:\bcode|\bcod(?:ul)?|(?<!\w)код\w*)(?!\w)[^.!?\n]{0,60}?"
    r"(?:\b(?:was|is|a\s+fost|este|era)|(?<!\w)(?:был\w*|это)|[:—–])\s+"
    r"[\"'«„]?(?P<hit>\d{3}[ -]?\d{3}|\d{4,8})(?![\w-])"
)
NOT_OTP = re.compile(
    r"(?i)\b(?:discount|promo\w*|voucher|coupon|order|tracking|postcode|zip|error|reducere|comand\w*|"
    r"po[șs]tal|eroare)\b|(?<!\w)(?:скидк\w*|промокод\w*|заказ\w*|индекс\w*|ошибк\w*|трек\w*)"
)
YOURS = re.compile(
    r"(?i)\b(?:your|yours|to\s+you|dumneavoastr[ăa]|dvs)\b|(?<!\w)(?:ваш\w*|вам)(?!\w)"
)


# lpar16: the code right after its word, sent elsewhere ("Туда отправили код 604 118",
# "the other phone got code 604 118"): en and ro said "the code … was 604 118"; here the
# clause must say where it went (there, the other number) and hold no "you"
_SENT_CODE_DIRECT = re.compile(
    r"(?i)(?:\bcode|\bcod(?:ul)?|(?<!\w)код\w*)[ \t]*:?[ \t]*[\"'«„]?"
    r"(?P<hit>\d{3}[ -]?\d{3}|\d{4,8})(?![\w-])"
)
_ELSEWHERE = re.compile(
    r"(?i)\b(?:there|other|second|acolo|cel[ăa]lalt\w*|cealalt[ăa]|al\s+doilea)\b|"
    r"(?<!\w)(?:туда|друг\w*|втор\w*)(?!\w)"
)


def _sent_codes(text: str) -> Iterator[Leak]:
    if not any_of(text, _SENT_HINTS):
        return
    spans = _windows(text, _CODE_HINTS, 4, 90)
    for m, direct in (
        (m, direct)
        for lo, hi in spans
        if has_digit(text, lo, hi)
        for direct, pattern in ((False, _SENT_CODE), (True, _SENT_CODE_DIRECT))
        for m in pattern.finditer(text, lo, hi)
    ):
        lo = clause_start(text, m.start())
        around = text[lo : m.start("hit")]
        if direct and (YOURS.search(around) or not _ELSEWHERE.search(around)):
            continue
        if (
            any_of(around, _SENT_HINTS)
            and not NOT_OTP.search(around)
            and not SAMPLE_CUE.search(around)
            and not YOURS.search(text, m.start(), m.start("hit"))
        ):
            yield Leak(
                "password",
                *m.span("hit"),
                "A one-time code sent to someone else: whoever reads it can sign in (R5).",
            )
            return


# --- the codes of our premises -------------------------------------------------------------
_PREMISE_HINTS = ("gate", "door", "alarm", "keypad", "key safe", "keysafe", "lockbox", "key box",
                  "keybox", "padlock", "intercom", "poart", "porți", "portii", "ușă", "ușa",
                  "usa", "usă", "ușii", "usii", "interfon", "cutia cu chei", "lacăt", "lacat",
                  "seif", "safe", "combination", "домофон", "сигнализац", "сейф", "калитк", "двер", "ворот", "замок",
                  "замк")  # fmt: skip
PREMISE = re.compile(
    r"(?i)\b(?:gate|door|alarm(?:\s+panel)?|keypad|key\s*safe|safe|combination|lockbox|key\s*box|padlock|intercom|"
    r"poart[ăa]|por[țt]ii|u[șs][ăa]|u[șs]ii|alarm[ăa]|alarma|interfon\w*|cutia\s+cu\s+chei|lac[ăa]t\w*|seif\w*)\b|"
    r"(?<!\w)(?:домофон\w*|сигнализаци\w*|сейф\w*|калитк\w*|двер\w*|ворот\w*|замк\w*|замок)(?!\w)"
)
# a digit said as a word: "four seven one nine", «четыре семь один девять»
DIGIT_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|unu|doi|trei|patru|cinci|[șs]ase|"
    r"[șs]apte|opt|nou[ăa]|ноль|один|два|три|четыре|пять|шесть|семь|восемь|девять)"
)
# s56 (trainK58's en-xk062): not a longer number's first digits ("text any gate changes to
# 07700 900215" is a phone number, more digits than any door code)
_ACCESS_CODE = re.compile(
    r"(?<![\w.,/:-])(?P<hit>\d(?:[- ]?\d){3,7}[#*]?|\d{1,3}[KКkк]\d{3,5}|"
    rf"(?i:{DIGIT_WORD}(?:[\s,-]+{DIGIT_WORD}){{3,7}}))(?![\w/:-]|[.,]\d|[ -]\d)"
)
_UNIT_AFTER = re.compile(r"(?i)\s*(?:mm|cm|m|kg|lei|ron|eur|gbp|usd|руб|р\.|₽|€|£|\$|%|x\s*\d)")
_NOT_CODE_BEFORE = re.compile(
    r"(?i)(?:\b(?:at|in|since|until|by|from|flat|apartment|apt|no|nr|number|la|în|din|până|"
    r"ap|apartament\w*|num[ăa]r\w*)|(?<!\w)(?:в|с|до|кв|квартир\w*|номер\w*|№)|[№#]|\d\s)\.?\s*$"
)


# the code is the customer's to type, or was handed to their courier: not ours to keep (the
# verb „tastați", not the noun: „alarma se dezactivează cu 1379 și tasta OFF" is our alarm's key,
# heldK24's ro-lt046)
_THEIRS_TO_TYPE = re.compile(
    r"(?i)\b(?:enter|type|sms|text\s+message|received|courier|introduce\w*|tasta[țt]i|primit|curier\w*)\b|"
    r"(?<!\w)(?:введите|наберите|смс|получен\w*|курьер\w*)(?!\w)"
)
_CLAUSE_STOP = re.compile(r"[.!?;,\n]")
_WORD_DIGITS = re.compile(rf"(?i){DIGIT_WORD}\W+{DIGIT_WORD}")


def _premise_codes(text: str) -> Iterator[Leak]:
    hints = present(text, _PREMISE_HINTS)
    if not hints:
        return
    for p in hinted(PREMISE, text, hints, 8):
        # the code is in the same clause: "gate 4-7-1-9, alarm …" (a comma starts another)
        stop = _CLAUSE_STOP.search(text, p.end(), p.end() + 45)
        end = stop.start() if stop else min(len(text), p.end() + 45)
        if not has_digit(text, p.end(), end) and not _WORD_DIGITS.search(text, p.end(), end):
            continue
        for c in _ACCESS_CODE.finditer(text, p.end(), end):
            between = text[p.end() : c.start()]
            if len(between.split()) > 7:
                break  # too far: the number is not this door's
            if NOT_OTP.search(between):
                break  # "a safe place for the order number 448812": another number
            lead = text[clause_start(text, p.start()) : c.start()]
            if (
                _NOT_CODE_BEFORE.search(text[max(0, c.start() - 16) : c.start()])
                or _UNIT_AFTER.match(text, c.end())
                or YOURS.search(lead)
                or SAMPLE_CUE.search(lead)
                or _THEIRS_TO_TYPE.search(
                    text, clause_start(text, p.start()), sentence_end(text, c.end())
                )
                or FOR_THIS_GUEST.search(text, c.end(), sentence_end(text, c.end()))
                or maker_default(text, p.start(), c.start(), c.end())
            ):
                continue  # "enter the code 1234 you got by SMS", "passed to the courier",
                # "set at the factory to 000000 … set your own code" (leak138)
            yield Leak(
                "password",
                *c.span("hit"),
                "An access code of our premises (gate, alarm, key safe, intercom): never in a reply (R5).",
            )
            return


# --- an on-call rota: extensions and mobiles of staff --------------------------------------
_EXTENSION_HINTS = (" ext", "(ext", "extension", "interior", " int.", "внутр", "доб.")
_EXTENSION = re.compile(
    r"(?i)\b(?:ext\.?|extension|interior|int\.)\s*\d{2,5}\b|(?<!\w)(?:внутр\.?|доб\.)\s*\d{2,5}\b"
)
_MOBILE = re.compile(
    r"(?<![\d+])(?:07\d{2,3}|\+?7\s?\(?9\d\d\)?|8\s?\(?9\d\d\)?|\+40\s?7\d\d|\+44\s?7\d{3})[\d ()-]{6,11}\d(?!\d)"
)


def _rota_lines(text: str) -> Iterator[Leak]:
    for ext in finder(_EXTENSION).finditer(text):  # the same matches, found faster (spd16)
        lo = text.rfind("\n", 0, ext.start()) + 1
        hi = text.find("\n", ext.end())
        hi = len(text) if hi < 0 else hi
        phone = _MOBILE.search(text, lo, hi)
        if phone:
            yield Leak(
                "other-person",
                lo,
                hi,
                "A colleague's extension and mobile (an on-call rota): never give them out (R5).",
            )
            return


# --- what we pay our supplier ----------------------------------------------------------------
_COST_HINTS = ("costs us", "cost us", "our cost", "cost price", "purchase price", "we pay",
               "we buy", "wholesale", "margin", "ne cost", "ne vine", "achizi", "cumpărăm",
               "luăm cu", "adaos", "обходится", "закуп", "берём по", "берем по", "покупаем по",
               "себестоим", "наценк", "partner pric", "partner rate", "reseller pric",
               "dealer pric", "trade pric", "distributor pric", "pentru parteneri",
               "pentru dealeri", "de dealer", "pentru distribuitori", "de distribuitor",
               "pentru revânzători", "партнёрск", "партнерск", "дилерск", "оптов",
               # leak26
               "supplier", "distributor", "wholesaler", "manufacturer", "importer", "distribuitor",
               "furnizor", "producător", "producator", "importator", "поставщик", "дистрибьютор",
               "производител", "оптовик", "импортер", "импортёр")  # fmt: skip
_COST = re.compile(
    r"(?i)\b(?:costs?\s+us|our\s+(?:cost|purchase|buying|trade|wholesale)\s+price|cost\s+price|"
    r"purchase\s+price|we\s+(?:pay|buy\s+(?:it|them|these|those|this|each))\b[^.!?\n]{0,40}\b(?:supplier|vendor|"
    r"wholesaler|manufacturer|distributor|at|for)|our\s+margin|ne\s+(?:cost[ăa]|vine\s+(?:cu|la))|"
    r"pre[țt](?:ul)?\s+de\s+achizi[țt]ie|cump[ăa]r[ăa]m\s+cu|(?:[îi]l|o|le|[îi]i)\s+lu[ăa]m\s+cu|"
    r"adaos\w*)\b|(?<!\w)(?:(?:нам\s+)?обходится(?:\s+нам)?|закупочн\w+|закупаем|бер[её]м\s+по|"
    r"покупаем\s+по|себестоимост\w*|наценк\w*)(?!\w)|"
    # leak15: the price our partners get ("partner price list", «по партнёрскому прайсу»)
    r"\b(?:partner|reseller|dealer|trade|distributor)\s+(?:price|pricing|rate)s?(?:\s+list)?\b|"
    r"\bpre[țt](?:ul|uri(?:le)?)?\s+(?:\w+\s+)?(?:pentru|de)\s+(?:parteneri|dealer\w*|"
    r"distribuitor\w*|rev[âa]nz[ăa]tor\w*)\b|"
    r"(?<!\w)(?:партн[её]рск|дилерск|оптов)\w*\s+(?:прайс\w*|цен\w*)|"
    # leak26: what we buy it for from whom ("we get it from the distributor for £310", "at 8.1p
    # a unit wholesale", „intră cu 1.850 de lei de la distribuitor", «берём у поставщика за
    # 9 800»): a buying verb of ours and the supplier, in either order
    r"\b(?:we\s+(?:get|buy|pay|source|take)|(?:intr[ăa]|ne\s+vine|lu[ăa]m|cump[ăa]r[ăa]m|aducem|pl[ăa]tim))"
    r"\b(?:[^.!?\n]|\.(?=\d)){0,40}?\b(?:from|to|de\s+la|la)\s+(?:the\s+|our\s+)?(?:suppliers?|distributors?|wholesalers?|"
    r"manufacturers?|importers?|distribuitor\w*|furnizor\w*|produc[ăa]tor\w*|importator\w*)\b|"
    r"\b(?:a|per)\s+(?:unit|kwh|piece)\s+wholesale\b|"
    r"(?<!\w)(?:бер[её]м|покупаем|закупаем|получаем|платим)\s+(?:\w+\s+){0,2}у\s+(?:поставщик|дистрибьютор|"
    r"производител|оптовик|импортер|импортёр)\w*(?!\w)"
)
_MONEY = re.compile(
    r"(?i)[£$€₽]\s?\d|(?<![\d.,])\d+[.,]\d{2}(?!\d|[.,]\d)|\b\d+(?:[.,]\d+)?p\s+(?:a|per)\s+(?:unit|kwh)\b|"
    # leak26: a thousands figure after "for"/"cu"/«за» («за 9 800», „cu 3.200")
    r"(?:\bfor|\bcu|(?<!\w)за|(?<!\w)по)\s+\d{1,3}(?:[\s\u00a0.,]\d{3})+(?!\d)|\d\s?(?:de\s+)?(?:[£$€₽]|lei|ron|eur|gbp|usd|руб|р\.)|\b(?:gbp|eur|usd|ron)\s?\d"
)


# leak32 (trainK22): the cost told as a share of our selling price, no figure («закупаем мы
# его почти в два раза дешевле, чем продаём», "we buy these for less than half of what we sell
# them for", „îl cumpărăm cu jumătate din cât îl vindem")
_RESALE = re.compile(
    r"(?i)\b(?:than|of)\s+(?:what\s+)?we\s+(?:sell|charge)\b|\b(?:dec[âa]t|din\s+c[âa]t)\s+(?:[îi]l\s+|o\s+|le\s+|[îi]i\s+)?"
    r"v[âai]ndem\b|\bpre[țt](?:ul)?\s+de\s+v[âa]nzare\b|(?<!\w)(?:чем|от\s+того,?\s+за\s+сколько)\s+(?:мы\s+)?"
    r"(?:его\s+|её\s+|ее\s+|их\s+)?прода[её]м(?!\w)|(?<!\w)от\s+(?:нашей\s+)?(?:цены|стоимости)\s+продажи(?!\w)"
)


_PARTNER = re.compile(
    r"(?i)partner|reseller|dealer|trade|distribu|parteneri|rev[âa]nz|партн|дилер|оптов"
)
_AT_COST = re.compile(  # leak16: "без наценки", "without any mark-up", "fără adaos" too
    r"(?i)(?:\bat|\bla|(?<!\w)по|(?<!\w)без|\bwithout|\bf[ăa]r[ăa])\s+(?:our\s+|any\s+|niciun\s+)?$"
)


def _cost_prices(text: str) -> Iterator[Leak]:
    for m in (
        m for lo, hi in _windows(text, _COST_HINTS, 30, 60) for m in _COST.finditer(text, lo, hi)
    ):
        if _AT_COST.search(text, max(0, m.start() - 8), m.start()) and not _PARTNER.search(
            m.group()
        ):
            continue  # "we can fit a new one at our cost price, £780": the customer's price
        lo = clause_start(text, m.start())
        hi = sentence_end(text, m.end())
        priced = _MONEY.search(text, lo, hi) or _RESALE.search(text, lo, hi)
        if priced and not SAMPLE_CUE.search(text, lo, hi):
            yield Leak(
                "internal-note",
                m.start(),
                hi,
                "What we pay our supplier (cost price, margin): never tell a customer (R5).",
            )
            return


# --- other tenants on the same infrastructure ------------------------------------------------
_SHARED_HINTS = ("same server", "same shard", "same cluster", "same instance", "same node",
                 "same host", "same database", "same machine", "also hosts", "also runs",
                 "același server", "același cluster", "același nod", "aceeași instan",
                 "aceeași baz", "aceeași mașin", "acelasi server", "acelasi cluster",
                 "aceeasi baz", "том же сервер", "том же кластер", "том же узл", "том же хост",
                 "том же шард", "том же инстанс", "той же баз", "одном сервер", "одном кластер",
                 "одном узл", "общем сервер", "общем кластер",
                 # lpar16: ro's "also hosts" ("pe shard-ul eu-3 mai stau și Clinica …")
                 "același shard", "acelasi shard", "mai stau", "mai sunt găzdui",
                 "mai sunt gazdui", "mai găzduiește", "mai gazduieste", "mai rulează",
                 "mai ruleaza")  # fmt: skip
_SHARED = re.compile(
    r"(?i)\b(?:same\s+(?:server|shard|cluster|instance|node|host|database|machine)|also\s+(?:hosts|runs))\b|"
    r"\b(?:acela[șs]i|aceea[șs]i)\s+(?:server|cluster|nod|instan[țt][ăa]|baz[ăa]|ma[șs]in[ăa]|shard)\b|"
    r"\b(?:server\w*|shard\w*|cluster\w*|nod\w*|instan[țt]\w*)\b[^.!?\n]{0,30}?\bmai\s+(?:stau|sunt\s+"
    r"g[ăa]zduit\w*|g[ăa]zduie[șs]te|ruleaz[ăa])(?:\s+[șs]i)?\b|"
    r"(?<!\w)(?:том\s+же|той\s+же|одном|общем)\s+(?:сервер|кластер|узл|инстанс|баз|хост|шард)\w*"
)
_ORG = re.compile(
    r"[«„“\"][^»”\"\n]{3,40}[»”\"]|"
    r"(?<![.!?]\s)(?<=\s)[A-ZĂÂÎȘȚА-ЯЁ][\w'-]+(?:\s+(?:&\s+)?[A-ZĂÂÎȘȚА-ЯЁ][\w'-]+)+"
)


def _co_tenants(text: str) -> Iterator[Leak]:
    for m in _SHARED.finditer(text):
        hi = sentence_end(text, m.end())
        org = _ORG.search(text, m.end(), hi)
        if org:
            yield Leak(
                "other-person",
                m.start(),
                org.end(),
                "Other customers named on our infrastructure: never tell one about another (R5).",
            )
            return


# --- a sign-in or reset link meant for someone else -------------------------------------------
_LINK_HINTS = ("token=", "key=", "t=", "code=", "sig=", "auth=")
_TOKEN_LINK = re.compile(
    r"https?://[^\s?#]+\?[^\s#]*?\b(?:token|key|t|code|auth|k)=(?P<hit>[A-Za-z0-9_-]{16,})"
)


def _links_for_others(text: str) -> Iterator[Leak]:
    for m in _TOKEN_LINK.finditer(text):
        lo = max(0, text.rfind("\n\n", 0, m.start()) + 1, m.start() - 200)
        hi = min(len(text), m.end() + 120)
        near = text[lo : m.start()] + text[m.end() : hi]
        if RELATION.search(near):  # "for your colleague Alan", «вашего коллеги Павла»
            yield Leak(
                "token",
                *m.span("hit"),
                "A sign-in or reset link for someone else: it opens their account (R5).",
            )
            return


# --- a person after a name label, with their birth date or home -------------------------------
_LABEL_HINTS = ("name", "nume", "имя", "фио", "holder", "titular", "владел")
_NAME_LABEL = re.compile(
    r"(?i)\b(?:name|full\s+name|holder|nume(?:le)?|titular\w*)\b|(?<!\w)(?:имя|фио|владел\w*)(?!\w)"
)
_LABELLED = re.compile(
    r"[:\s]\s*(?P<name>(?:[A-ZĂÂÎȘȚА-ЯЁ][\w'-]+[ \t]+){1,2}[A-ZĂÂÎȘȚА-ЯЁ][\w'-]+)"
)
_BORN_HINTS = ("born", "dob", "birth", "lives at", "home address", "născut", "nascut",
               "nașterii", "nasterii", "locuie", "domicili", "родил", "рождения", "прописк",
               "проживает")  # fmt: skip
_BORN_OR_HOME = re.compile(
    r"(?i)\b(?:born|dob|date\s+of\s+birth|lives\s+at|home\s+address|n[ăa]scut\w*|data\s+na[șs]terii|"
    r"locuie[șs]te|domicili\w*)\b|(?<!\w)(?:родил\w*|дата\s+рождения|прописк\w*|проживает)(?!\w)"
)


def _someone_elses(text: str, known: Known, name: re.Match[str], end: int) -> Leak | None:
    """The record of the person `name` (its group "name") up to `end`, unless the name is
    the customer's or the agent's (greeted, signed) or a sample's ("Jane Example")."""
    greeted = known_names(text, known)
    if any(w[:4].lower() in greeted for w in name.group("name").split()):
        return None  # the customer's own record read back to them
    if sample_person(text, name.start("name"), name.group("name")):
        return None
    return Leak(
        "other-person",
        name.start("name"),
        end,
        "Someone else's record (name with birth date or home): never share it (R5).",
    )


def _labelled_people(text: str, known: Known) -> Iterator[Leak]:
    labels = present(text, _LABEL_HINTS)
    if not labels or not any_of(text, _BORN_HINTS):
        return
    for label in hinted(_NAME_LABEL, text, labels, 12):
        m = _LABELLED.match(text, label.end())
        if m is None:
            continue
        data = _BORN_OR_HOME.search(text, m.end(), min(len(text), m.end() + 60))
        if data is None or re.search(r"[.!?]\s|\n", text[m.end() : data.start()]):
            continue
        leak = _someone_elses(text, known, m, data.end())
        if leak is not None:
            yield leak
            return


# --- lpar16: a name right before its birth, no label: "apare pe alt cont: Grigore Pop,
# născut pe 22 iulie 1968, domiciliat în Ploiești" (en read "name Graham Pell, born …" by
# its label, ru "Пелевин Григорий Аркадьевич, 22.07.1968 г. р." by the patronymic) ----------
_BORN_NAME_HINTS = ("born", "născut", "nascut", "родил")
_FIRMS = frozenset(("company", "firm", "compania", "firma", "societatea", "компания", "фирма"))
_BORN_WORD = re.compile(r"(?i)\b(?:born|n[ăa]scut[ăa]?)\b|(?<!\w)родил(?:ся|ась)(?!\w)")
_NAME_BEFORE = re.compile(
    r"(?<![\w'-])(?P<name>(?:[A-ZĂÂÎȘȚА-ЯЁ][\w'-]+[ \t]+){1,2}[A-ZĂÂÎȘȚА-ЯЁ][\w'-]+),?[ \t]*$"
)


def _born_named(text: str, known: Known) -> Iterator[Leak]:
    for born in finder(_BORN_WORD).finditer(text):
        if not has_digit(text[born.end() : born.end() + 30]):
            continue  # "born and raised here": no date
        m = _NAME_BEFORE.search(text, max(0, born.start() - 60), born.start())
        if m is None:
            continue
        words = m.group("name").lower().split()
        if any(w in NOT_NAME_WORDS or w in _FIRMS for w in words):
            continue  # "Customer Service, born …", "Compania Nordica, născută în 1995": no one
        leak = _someone_elses(text, known, m, born.end())
        if leak is not None:
            yield leak
            return


# --- hidden statistics: how many complaints, returns or faults we had --------------------------
_STATS_HINTS = ("chargeback", "вернули", "complaint", "return", "refund", "fault", "failure", "cancell", "churn",
                "reclama", "retur", "defect", "rambursă", "anulă", "жалоб", "возврат", "претензи",
                "поломк", "брак", "отказ", "отток", "rezili", "расторж", "am avut peste", "am avut aproape",
                "had over", "had nearly", "had more than", "было больше", "было более",
                "было почти", "dezabon", "unsubscribe", "отпис")  # fmt: skip
# every `_STATS` match ends with a period or the product named: one of these
_PERIOD_HINTS = ("this month", "this week", "this year", "this quarter", "today", "since",
                 "so far", "this model", "this product", "this device", "this batch", "luna ",
                 "săptămâna", "saptamana", "anul ", "modelul", "produsul", "lotul", "за месяц",
                 "за неделю", "за год", "за квартал", "в этом", "эту модель", "этот товар",
                 "эту партию", "last month", "last quarter", "last week", "last year", "luna trecut",
                 "trimestrul trecut", "в прошлом", "за прошлый")  # fmt: skip
_STATS = re.compile(
    # not a sum of money ("the £140 goodwill refund last week": the customer's own)
    r"(?i)(?<![\w.,£$€])(?P<n>\d[\d,. ]{0,6}\d|\d)\s*%?\s+(?:\w+\s+){0,2}?"
    r"(?:complaints?|returns?|refunds?|refund\s+requests?|faults?|failures?|cancellations?|chargebacks?|"
    r"reclama[țt]ii|retururi|defecte|rambursări|anulări|"
    # leak181 (trainK69's ro-za021): „am avut peste 2.800 de dezabonări doar luna asta", «2 800 отписок за месяц»
    r"dezabon[ăa]ri|rezilieri|unsubscribes|отпис\w*|расторжени\w*|"
    r"жалоб\w*|возврат\w*|претензи\w*|поломок|поломк\w*|брак\w*|отказ\w*)(?!\w)"
    r"[^.!?\n]{0,60}?(?:this\s+(?:month|week|year|quarter)|today|since|so\s+far|"
    # s46 (trainK48): the last period ("3,400 chargebacks last quarter", „luna trecută", «в прошлом месяце»)
    r"last\s+(?:month|week|year|quarter)|luna\s+trecut[ăa]|trimestrul\s+trecut|в\s+прошлом\s+(?:месяце|квартале|году)|"
    r"за\s+прошлый\s+(?:месяц|квартал|год)|"
    r"about\s+this\s+(?:model|product|device|batch)|on\s+this\s+(?:model|product|batch)|"
    r"luna\s+(?:asta|aceasta)|s[ăa]pt[ăa]m[âa]na\s+(?:asta|aceasta)|anul\s+(?:[ăa]sta|acesta)|"
    r"(?:la|pe)\s+(?:modelul|produsul|lotul)\s+(?:[ăa]sta|acesta)|"
    r"за\s+(?:месяц|неделю|год|квартал)|в\s+этом\s+(?:месяце|году|квартале)|"
    r"на\s+(?:эту|этот)\s+(?:модель|товар|партию))|"
    # leak112 (trainK47): the period first („luna asta am avut peste 2.300 de reziliere doar în Timiș",
    # "this month we've had over 2,300 cancellations", «в этом месяце у нас было больше 2 300 расторжений»)
    r"(?:\b(?:luna\s+(?:asta|aceasta|trecut[ăa])|(?:this|last)\s+(?:month|week|quarter))\s+(?:am\s+avut|we(?:'ve|\s+have)?\s+had)\s+"
    r"(?:peste|aproape|over|nearly|more\s+than)\s+\d[\d,. ]*\s+(?:de\s+)?(?:reziliere|rezilieri|cancellations|"
    r"reclama[țt]ii|retururi|returns|complaints)\b|(?<!\w)в\s+этом\s+месяце\s+(?:у\s+нас\s+)?было\s+(?:больше|более|почти)\s+"
    r"\d[\d\s.,]*\s+(?:расторжени|возврат|жалоб)\w*|"
    # leak118 (heldK42): «в прошлом квартале нам вернули почти 30% этих наушников»
    r"(?<!\w)(?:в\s+прошлом|в\s+этом)\s+(?:месяце|квартале|году)\s+нам\s+вернули\s+(?:почти\s+|около\s+|больше\s+|более\s+)?\d+\s?%)"
)


def _hidden_stats(text: str) -> Iterator[Leak]:
    if not any_of(text, _PERIOD_HINTS):
        return
    for lo, hi in _windows(text, _STATS_HINTS, 30, 100):
        leak = next(_stats_in(text, lo, hi), None) if has_digit(text, lo, hi) else None
        if leak is not None:
            yield leak
            return


# s46 (trainK48): "strict with your card is we had about 3,400 chargebacks": what we had, whatever
# of the customer's came before it
_WE_HAD = re.compile(
    r"(?i)\bwe(?:'ve|\s+have)?\s+(?:had|got|received|saw)\b|\bam\s+avut\b|(?<!\w)у\s+нас\s+было(?!\w)"
)


def _stats_in(text: str, lo: int, hi: int) -> Iterator[Leak]:
    for m in finder(_STATS).finditer(text, lo, hi):
        lead = text[clause_start(text, m.start()) : m.start()]
        ours = list(_WE_HAD.finditer(lead))
        if ours:
            lead = lead[ours[-1].end() :]
        if YOURS.search(lead + m.group()) or SAMPLE_CUE.search(lead):
            continue  # "your 3 complaints this month": the customer's own
        n = int(re.sub(r"\D", "", m.group("n") or m.group()) or 0)
        if n < 5:
            continue  # "2 returns this year": too few to be a statistic of ours
        yield Leak(
            "internal-note",
            *m.span(),
            "Internal statistics (complaints, returns, faults): never tell a customer (R5).",
        )
        return


# --- someone else's identity document ------------------------------------------------------
_DOC_HINTS = ("passport", "pașaport", "pasaport", "id card", "driving licen", "driver's licen",
              "drivers licen", "buletin", "carte de identitate", "cartea de identitate",
              "permisul", "permis de conducere")  # fmt: skip
_DOC = re.compile(
    r"(?i)\b(?:passport|pa[șs]aport\w*|id\s+card|driv(?:ing|er'?s)\s+licen[cs]e|buletin\w*|"
    r"carte(?:a)?\s+de\s+identitate|permisul(?:\s+de\s+conducere)?|permis\s+de\s+conducere)\b"
)
_DOC_NUMBER = re.compile(r"(?<![\w-])[A-Z]{0,2}\s?\d{6,10}(?![\w-])")
_HOLDER = re.compile(
    r"(?i)\b(?:holder|issued\s+to|in\s+the\s+name\s+of|belongs\s+to|titular\w*|"
    r"eliberat\w*\s+(?:pe\s+numele|lui)|pe\s+numele)\b[:\s]+"
    r"(?P<name>(?-i:[A-ZĂÂÎȘȚ][\w'-]+(?:[ \t]+[A-ZĂÂÎȘȚ][\w'-]+)+))"
)


def _documents(text: str, known: Known) -> Iterator[Leak]:
    for doc in hinted(_DOC, text, present(text, _DOC_HINTS), 25):
        number = _DOC_NUMBER.search(text, doc.end(), min(len(text), doc.end() + 60))
        if number is None:
            continue
        holder = _HOLDER.search(text, doc.start(), min(len(text), number.end() + 80))
        if holder is None or _mine(text, holder.group("name"), known):
            continue
        yield Leak(
            "national-id",
            doc.start(),
            max(number.end(), holder.end()),
            "Someone else's identity document: never share its number (R5).",
        )
        return


def _mine(text: str, name: str, known: Known) -> bool:
    """Whether `name` is the customer's (or the agent's): greeted, signed or the ticket's."""
    greeted = known_names(text, known)
    return any(w[:4].lower() in greeted for w in name.split())


# --- our other customers named ---------------------------------------------------------------
_CLIENTS_HINTS = ("clients", "customers", "clienți", "clienti", "clienții", "клиент", "заказчик")
_CLIENT_LIST = re.compile(
    r"(?i)\b(?:our|ours)\s+(?:biggest|largest|top|main|key|major|other|best|oldest)\s+"
    r"(?:\w+\s+)?(?:clients|customers)\b|"
    r"\b(?:cei\s+mai\s+(?:mari|vechi|importan[țt]i)|principalii|ceilal[țt]i)\s+clien[țt]i\s+(?:ai\s+)?no[șs]tri\b|"
    r"\bclien[țt]ii\s+no[șs]tri\s+(?:cei\s+mai\s+mari|principali|mari)\b|"
    r"(?<!\w)наш\w*\s+(?:крупнейш\w*|крупн\w*|главн\w*|основн\w*|ключев\w*|други\w*|постоянн\w*)\s+"
    r"(?:клиент\w*|заказчик\w*)"
)


def _client_lists(text: str) -> Iterator[Leak]:
    for m in hinted(_CLIENT_LIST, text, present(text, _CLIENTS_HINTS), 60):
        hi = sentence_end(text, m.end())
        org = _ORG.search(text, m.end(), hi)
        if org:
            yield Leak(
                "other-person",
                m.start(),
                org.end(),
                "Our other customers named: never tell one about another (R5).",
            )
            return


# --- what a colleague earns ------------------------------------------------------------------
_PAY_HINTS = ("earn", "salary", "wage", "paid", "is on", "câștig", "castig", "caștig", "câstig",
              "salari", "plătit", "platit", "получает", "зарплат", "оклад")  # fmt: skip
_PAY = re.compile(
    r"(?i)\b(?:earns?|salary|wages?|(?:is|gets)\s+paid|is on|c[âa][șs]tig[ăa]|salariu\w*|"
    r"pl[ăa]tit)\b|(?<!\w)(?:получает|зарплат\w*|оклад\w*)(?!\w)"
)
# a wage, not a price: thousands ("19k", "45 тысяч", "3 mii"), or a sum per year, month or hour
_WAGE = re.compile(
    r"(?i)(?:[£€$]\s?\d[\d,.]*\s?k\b|\d[\d,.]*\s?(?:k\b|grand|thousand|mii|тысяч\w*|тыс\.?)|"
    r"(?:[£€$]\s?\d[\d,.]*|\d[\d,. ]*\s?(?:lei|ron|руб\w*|₽|£|€))\s*(?:a|an|per|pe|в)\s+"
    r"(?:year|month|annum|week|hour|an|lun[ăa]|or[ăa]|год|месяц|час))"
)
_STAFF_WORD = re.compile(
    r"(?i)\b(?:our|team|colleague|agent|engineer|technician|manager|he|she|his|her|"
    r"coleg\w*|nostru|noastr[ăa]|tehnician\w*|agentul|el|ea)\b|"
    r"(?<!\w)(?:наш\w*|коллег\w*|сотрудник\w*|мастер\w*|менеджер\w*|он|она)(?!\w)"
)


def _staff_pay(text: str) -> Iterator[Leak]:
    for m in hinted(_PAY, text, present(text, _PAY_HINTS), 8):
        if not has_digit(text, m.end(), m.end() + 45):
            continue
        wage = _WAGE.search(text, m.end(), min(len(text), m.end() + 45))
        lo = clause_start(text, m.start())
        if wage is None or re.search(r"[.!?]\s|\n", text[m.end() : wage.start()]):
            continue
        if _STAFF_WORD.search(text, lo, m.start()) and not YOURS.search(text, lo, m.start()):
            yield Leak(
                "internal-note",
                m.start(),
                wage.end(),
                "What a colleague earns: never tell a customer (R5).",
            )
            return


# --- our team chat quoted ------------------------------------------------------------------
_CHAT_HINTS = ("slack", "teams", "chat", "channel", "канал", "чат", "слак", "тимс", "телеграм",
               "whatsapp", "grupul", "группе")  # fmt: skip
_CHAT = re.compile(
    r"(?i)\b(?:slack|teams|chat|channel|whatsapp|grupul|canalul)\w*|"
    r"(?<!\w)(?:слак\w*|тимс\w*|чат\w*|канал\w*|телеграм\w*|групп\w*)(?!\w)"
)
_OURS_NEAR = re.compile(
    r"(?i)\b(?:our|internal|team|staff|nostru|noastr[ăa]|intern\w*|echipei)\b|"
    r"(?<!\w)(?:наш\w*|внутренн\w*|рабоч\w*|команд\w*)(?!\w)"
)
_WROTE = re.compile(
    r"(?i)\b(?:wrote|said|posted|put\s+it|replied|commented|a\s+scris|a\s+zis|a\s+postat|"
    r"a\s+r[ăa]spuns)\b|(?<!\w)(?:написал\w*|пишет|ответил\w*|сказал\w*)(?!\w)"
)
_COMMUNITY = re.compile(
    r"(?i)\b(?:community|public|open|users?|comunit\w*|public\w*|utilizatori)\b|"
    r"(?<!\w)(?:сообществ\w*|публичн\w*|открыт\w*|пользовател\w*)(?!\w)"
)
_QUOTE_OPEN = re.compile(r"[:—–-]?\s*[\"“„«']")


# leak167 (trainK64's ru-yg049): our team chat's own handle or invite link, for the customer to
# write in («напишите прямо в наш рабочий чат диспетчеров в телеграме, @karshering_disp_vnutr»,
# "message our drivers' WhatsApp group: chat.whatsapp.com/…"): the staff's channel, not a door
# for customers. Our public channel ("our community chat @acme_users") stays clean.
_HANDLE = re.compile(
    r"(?<![\w.@])@[A-Za-z][\w]{3,}(?![\w@-]|\.\w)|\b(?:t\.me|chat\.whatsapp\.com)/\S+"
)
# the staff's, said so: "our" alone is as often the public support chat ("наш чат поддержки @acme_help")
_STAFF_CHAT = re.compile(
    r"(?i)\b(?:internal|staff|work|colleagues'?|employees'?|agents'?|ops|dispatch\w*|drivers'|intern\w*|"
    r"angaja[țt]\w*|coleg\w*|dispecer\w*)\b|(?<!\w)(?:рабоч\w*|внутренн\w*|служебн\w*|сотрудник\w*|"
    r"диспетчер\w*|операторов|водителей)(?!\w)"
)


def _our_chats(text: str, ours: re.Pattern[str], reach: int) -> Iterator[re.Match[str]]:
    """Each chat or channel named with `ours` within `reach` characters after it (and from
    its clause's start), not a public community's: the two families below share it."""
    for lo, hi in _windows(text, _CHAT_HINTS, 40, 60):
        for chat in finder(_CHAT).finditer(text, lo, hi):
            start = max(clause_start(text, chat.start()), chat.start() - 30)
            if not ours.search(text, start, min(len(text), chat.end() + reach)):
                continue
            if not _COMMUNITY.search(text, start, chat.end() + 10):
                yield chat  # not "in our community Slack, Mark wrote …": a public channel


def _chat_handles(text: str) -> Iterator[Leak]:
    if "@" not in text and "t.me/" not in text and "chat.whatsapp" not in text:
        return
    for chat in _our_chats(text, _STAFF_CHAT, 30):
        handle = _HANDLE.search(text, chat.end(), min(len(text), chat.end() + 60))
        if handle is not None:
            yield Leak(
                "internal-note",
                chat.start(),
                handle.end(),
                "Our team's own chat, for staff only: never send a customer there (R5).",
            )
            return


def _chat_quotes(text: str) -> Iterator[Leak]:
    for chat in _our_chats(text, _OURS_NEAR, 10):
        wrote = _WROTE.search(text, chat.end(), min(len(text), chat.end() + 50))
        quote = wrote and _QUOTE_OPEN.match(text, wrote.end())
        if wrote and quote:
            close = re.search(r"[\"”“»']", text[quote.end() :])
            end = quote.end() + close.end() if close else len(text)
            yield Leak(
                "internal-note",
                chat.start(),
                end,
                "Our team chat quoted: what colleagues say among themselves stays there (R5).",
            )
            return


# --- what we spend (bills of our infrastructure, rent, payroll) ------------------------------
_SPEND_HINTS = ("aws", "azure", "google cloud", "hosting", "server", "cloud", "electricity", "rent",
                "payroll", "găzduire", "chiri", "salarii", "servere", "хостинг", "аренд", "зарплат",
                "сервер", "облак")  # fmt: skip
_SPEND = re.compile(
    r"(?i)\b(?:our|we\s+(?:pay|spend))\b[^.!?\n]{0,25}?\b(?:aws|azure|google\s+cloud|hosting|"
    r"servers?|cloud|electricity|rent|payroll)\b[^.!?\n]{0,20}?\b(?:bill|costs?|spend|invoice)?|"
    r"\b(?:factura|costurile|cheltuielile)\s+(?:noastr[ăa]|noastre)\s+(?:de|cu|pe)\s+(?:aws|azure|"
    r"g[ăa]zduire|servere|cloud|chirie|salarii|curent)\b|"
    r"(?<!\w)(?:наш\w*\s+(?:сч[её]т|расход\w*|затрат\w*)\s+(?:за|на)\s+(?:aws|azure|хостинг\w*|"
    r"сервер\w*|облак\w*|аренд\w*|зарплат\w*|электричеств\w*))"
)
_BIG_MONEY = re.compile(
    r"(?i)(?:[£€$]\s?\d{1,3}(?:[,.\s]\d{3})+|[£€$]\s?\d+\s?k\b|\d{1,3}(?:[,.\s]\d{3})+\s?"
    r"(?:usd|eur|gbp|lei|ron|руб\w*|₽|£|€|\$)|\d+\s?(?:k|mii|тыс\w*)\s?(?:usd|eur|gbp|lei|ron|₽|руб\w*)?\b)"
)


def _our_spend(text: str) -> Iterator[Leak]:
    for lo, hi in _windows(text, _SPEND_HINTS, 60, 90):
        if not has_digit(text, lo, hi):
            continue
        for m in finder(_SPEND).finditer(text, lo, hi):
            end = sentence_end(text, m.end())
            money = _BIG_MONEY.search(text, m.end(), min(end, m.end() + 80))
            if money:
                yield Leak(
                    "internal-note",
                    m.start(),
                    money.end(),
                    "What we spend (hosting, rent, payroll): our figures stay internal (R5).",
                )
                return


# --- what someone close to the customer did with us, read from our records -------------------
_RECORD_HINTS = ("crm", "our system", "the system", "records", "database", "admin", "sistem",
                 "evidenț", "evident", "baza de date", "систем", "базе", "учёт", "учет", "админк")  # fmt: skip
_ACTED = re.compile(
    r"(?i)\b(?:cancel+ed|ordered|complained|returned|paid|owes|bought|upgraded|downgraded|left\s+us|"
    r"switched|claimed|disputed|reported|a\s+anulat|a\s+comandat|a\s+reclamat|a\s+returnat|"
    r"a\s+pl[ăa]tit|datoreaz[ăa]|a\s+cump[ăa]rat|a\s+renun[țt]at|a\s+cerut|a\s+depus)\b|"
    r"(?<!\w)(?:отказал\w*|заказал\w*|жаловал\w*|вернул\w*|оплатил\w*|должен|должна|купил\w*|"
    r"расторг\w*|ушл[аи]|ушёл|требовал\w*|подал\w*)(?!\w)"
)


def _relatives_records(text: str) -> Iterator[Leak]:
    for lo, hi in _windows(text, _RECORD_HINTS, 100, 140):
        # the act first (rarer than the relation words' many openings), then whose it was
        for acted in finder(_ACTED).finditer(text, lo, hi):
            start = max(clause_start(text, acted.start()), acted.start() - 80)
            rel = finder(RELATION).search(text, start, acted.start())
            end = sentence_end(text, acted.end())
            if rel and any_of(text[clause_start(text, rel.start()) : end], _RECORD_HINTS):
                yield Leak(
                    "other-person",
                    rel.start(),
                    acted.end(),
                    "What someone close to the customer did with us, from our records: "
                    "theirs to tell, not ours (R5).",
                )
                return


# --- another user's account record, as fields ------------------------------------------------
_FIELD_HINTS = ("last login", "last seen", "last sign", "ultima conectare", "ultima autentificare",
                "последний вход", "последняя активность", "ip:", "ip ")  # fmt: skip
_FIELD = re.compile(r"(?P<label>[^\W\d][^\n|;:]{0,24}):\s*(?P<value>[^|;\n]{1,60})")
_USER_LABEL = re.compile(
    r"(?i)^\s*(?:user(?:name)?|login|account|e-?mail|utilizator\w*|cont\w*|"
    r"пользовател\w*|логин\w*|аккаунт\w*|учётн\w*)\s*$"
)
_ACTIVITY_LABEL = re.compile(
    r"(?i)last\s+(?:login|seen|sign)|\bip\b|card|device|ultima\s+(?:conectare|autentificare)|"
    r"dispozitiv|последн\w+\s+(?:вход|активн)|карт\w*|устройств\w*"
)


def _account_records(text: str) -> Iterator[Leak]:
    for lo, hi in _windows(text, _FIELD_HINTS, 200, 200):
        lo = text.rfind("\n", 0, lo) + 1
        for line in text[lo:hi].split("\n"):
            if line.count("|") + line.count(";") < 2:
                lo += len(line) + 1
                continue
            labels = [f.group("label") for f in _FIELD.finditer(line)]
            if (
                len(labels) >= 3
                and any(_USER_LABEL.match(x) for x in labels)
                and any(_ACTIVITY_LABEL.search(x) for x in labels)
                and not YOURS.search(text, max(0, lo - 150), lo)
            ):
                yield Leak(
                    "other-person",
                    lo,
                    lo + len(line),
                    "Another user's account record (login, IP, card): never paste it (R5).",
                )
                return
            lo += len(line) + 1


# each family with the words one of which it needs: one pass over the draft (`present`)
# answers for all of them, and a family none of whose words is there is not run
_FAMILIES: tuple[tuple[tuple[str, ...], Callable[[str, Known], Iterator[Leak]]], ...] = (
    (_BIRTH_HINTS, lambda text, _: _several_records(text)),
    (_JSON_HINTS, lambda text, _: _tenant_records(text)),
    (_JOIN_HINTS, lambda text, _: _split_secrets(text)),
    (SPELT_HINTS, lambda text, _: _spelt_passwords(text)),
    (_CODE_HINTS, lambda text, _: _sent_codes(text)),
    (_PREMISE_HINTS, lambda text, _: _premise_codes(text)),
    (_EXTENSION_HINTS, lambda text, _: _rota_lines(text)),
    (_COST_HINTS, lambda text, _: _cost_prices(text)),
    (_SHARED_HINTS, lambda text, _: _co_tenants(text)),
    (_LINK_HINTS, lambda text, _: _links_for_others(text)),
    (_LABEL_HINTS, _labelled_people),
    (_BORN_NAME_HINTS, _born_named),
    (_STATS_HINTS, lambda text, _: _hidden_stats(text)),
    (_DOC_HINTS, _documents),
    (_CLIENTS_HINTS, lambda text, _: _client_lists(text)),
    (_PAY_HINTS, lambda text, _: _staff_pay(text)),
    (_CHAT_HINTS, lambda text, _: _chat_quotes(text)),
    (_CHAT_HINTS, lambda text, _: _chat_handles(text)),
    (_RECORD_HINTS, lambda text, _: _relatives_records(text)),
    (_FIELD_HINTS, lambda text, _: _account_records(text)),
    (_SPEND_HINTS, lambda text, _: _our_spend(text)),
)
_ALL_HINTS = tuple(dict.fromkeys(h for hints, _ in _FAMILIES for h in hints))


def pasted(text: str, known: Known) -> Iterator[Leak]:
    """Every family above whose words the draft holds, in no particular order."""
    held = set(present(text, _ALL_HINTS))
    if not held:
        return
    for hints, family in _FAMILIES:
        if not held.isdisjoint(hints):
            yield from family(text, known)
