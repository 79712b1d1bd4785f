"""Confidentiality families (R5) found open by probe_leak16 (the leak16 round): secrets
and other people's data *described* in ordinary words rather than pasted, so that no
detector of a secret's shape sees them. Each family has look-alikes that stay clean:

- a password given as a recipe ("your old password with the year changed to 2025",
  "parola veche, doar că schimbați anul în 2025", «старый пароль, только год поменяйте
  на 2025»), against advice ("don't just change the year of your old password");
- leak25: a password or PIN made from a value anyone can find ("every router we ship uses
  the last six digits of its serial as the admin password", "her PIN is her birth year",
  «название компании латиницей с заглавной, потом год»), against advice and the
  customer's own first PIN ("your PIN is your date of birth");
- a password spelt out letter by letter in the sentence after the password word ("I've
  reset the password. The temporary one is: M mare, a mic, r, s …"), against password
  rules ("must have a capital letter and a number");
- account recovery moved to a domain the draft does not otherwise use ("I've moved the
  account recovery to secure-restore-help.com"), against our own domain (named elsewhere
  in the draft) and the customer's own address;
- CCTV footage described: a person by their clothes or a car by its plate ("on the CCTV
  a man in a grey hoodie drives off in a blue Astra, KX19 BVD"), against saying footage
  was checked or passed to the police;
- the code that opens a key safe, key box or alarm, later in the same sentence ("the key
  safe next to it opens with 6-0-4-1", "alarm panel by the side door, key 2580"),
  against the customer's own alarm and a locker's pickup code;
- what we pay per unit for what we sell ("we buy that cartridge from Kessler at £3.10 a
  unit"), against a buy-back offer to the customer;
- figures told "between us" (complaints, subscribers lost, turnover), against "between
  us and the courier".

Every family starts from a substring test of the draft (`present`, one pass over it for
all detectors: leakfinding's gates) and runs its regexes in a sentence or small window:
the lint's 5 ms budget per 2,000-character draft.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from supportdesk.tone.leakfinding import (
    BUT,
    FACTORY,
    PHONE,
    RELATION,
    Known,
    Leak,
    first_accepted,
    first_found,
    has_digit,
    hint_positions,
    hinted,
    lowered_for_hints,
    present,
)
from supportdesk.tone.leakvalues import DOMAIN, FACTORY_DEVICE, FOR_THIS_GUEST
from supportdesk.tone.pasted import (
    SAMPLE_CUE,
    SPELT_CUE,
    SPELT_HINTS,
    SPELT_LEAD,
    clause_start,
    sentence_end,
)
from supportdesk.tone.persons import SERVICE_LINE, own_record
from supportdesk.tone.words import finder

Span = tuple[int, int]
# "your", "yours", "dumneavoastră", "ваш", "твой": the customer's own thing
_YOUR = re.compile(
    r"(?i)\b(?:your|yours|dumneavoastr[ăa]|dvs|t[ăa]u|ta)\b|(?<!\w)(?:ваш\w*|тво\w*)(?!\w)"
)
# advice or a rule about passwords, not one: "don't", "never", "must not", "nu", "не"
_NOT = re.compile(
    r"(?i)\b(?:don'?t|do\s+not|never|not|can'?t|cannot|avoid|nu|niciodat[ăa]|evita\w*)\b|"
    r"(?<!\w)(?:не|нельзя|никогда|избегайте)(?!\w)"
)


# our own people and the courier: their looks or their times in a log are no one else's data
_OUR_PEOPLE = re.compile(
    r"(?i)\b(?:courier|driver|postman|postwoman|delivery|engineer|technician|our\s+(?:staff|team|"
    r"colleague)|curier\w*|[șs]ofer\w*|livrator\w*|po[șs]ta[șs]\w*|tehnician\w*|colegul\s+nostru|"
    r"echipa\s+noastr[ăa])\b|(?<!\w)(?:курьер\w*|водител\w*|доставщик\w*|почтальон\w*|мастер\w*|"
    r"техник\w*|наш\w*\s+сотрудник\w*|коллег\w*)(?!\w)"
)


def _sentence(text: str, start: int, end: int) -> Span:
    return clause_start(text, start), sentence_end(text, end)


# --- a password given as a recipe ------------------------------------------------------------
_RECIPE_HINTS = ("password", "parol", "пароль", "пароля", "паролем", "pass as", "pass is")
# leak26: "same pass as the user name" (the word cut short, said with what it equals)
_RECIPE_LEAD = re.compile(
    r"(?i)\bpass(?:word|phrase)\b|\bpass(?=\s+(?:as|is)\b)|\bparol[aăe]\w*|(?<!\w)парол\w*"
)
_OLD = re.compile(
    r"(?i)\b(?:old|previous|usual|former|same|last|vech\w*|anterioar\w*|obi[șs]nuit\w*|"
    # leak26: „aceeași ca anul trecut", «такой же, как логин»
    r"dinainte|aceea[șs]i|acela[șs]i|trecut)\b|(?<!\w)(?:стар\w+|прежн\w+|обычн\w+|прошл\w+|тот\s+же|"
    r"так(?:ой|ая|ое)\s+же|как\s+(?:и\s+)?(?:логин|имя\s+пользователя))(?!\w)"
)
_CHANGED = re.compile(
    r"(?i)\b(?:chang\w*|replac\w*|swap\w*|add\w*|append\w*|plus|instead|bump\w*|"
    r"schimb\w*|[îi]nlocu\w*|ad[ăa]ug\w*|pune\w*\s+(?:la\s+)?(?:final|sf[âa]r[șs]it)|"
    r"[îi]n\s+loc|"
    # leak26: a part put at the end ("with 99 on the end", "followed by the year", „cu 2025 la
    # final", «с 77 в конце»)
    r"(?:on|at)\s+the\s+end|followed\s+by|la\s+(?:final|sf[âa]r[șs]it|coad[ăa])|urmat\w*\s+de)\b|"
    r"(?<!\w)(?:помен\w+|замен\w+|добав\w+|допиш\w+|допис\w+|вместо|смен\w+|в\s+конце|на\s+конце)(?!\w)"
)
# the part that changes: a digit, the year, a sign
_PART = re.compile(
    r"(?i)\d|\b(?:year|an(?:ul)?|exclamation|semnul)\b|(?<!\w)(?:год\w*|цифр\w*|восклицательн\w*)"
)


# one of each is in every draft `_password_recipes` blocks (lowercase)
_OLD_HINTS = ("old", "previous", "usual", "former", "same", "last", "vech", "anterio", "obișnu",
              "obisnu", "dinainte", "стар", "прежн", "обычн", "прошл", "тот же",
              "aceeași", "aceeasi", "același", "acelasi", "trecut", "такой же", "такая же",
              "такое же", "как логин", "как и логин", "как имя")  # fmt: skip
_CHANGED_HINTS = ("chang", "replac", "swap", "add", "append", "plus", "instead", "bump", "schimb",
                  "înlocu", "inlocu", "adăug", "adaug", "pune", "în loc", "in loc", "помен",
                  "замен", "добав", "допиш", "допис", "вместо", "смен",
                  "the end", "followed by", "la final", "la sfârșit", "la sfarsit", "la coad",
                  "urmat", "в конце", "на конце")  # fmt: skip


# leak26: one password for everyone ("the archive password is the same for all clients:
# Contabil2024", „aceeași pentru toți clienții", «пароль один для всех клиентов»): whoever
# reads it opens every other customer's archive
_FOR_ALL = re.compile(
    r"(?i)\b(?:same\s+for\s+(?:all|every(?:one|body)?)|aceea[șs]i\s+pentru\s+(?:to[țt]i|toate)|"
    r"acela[șs]i\s+pentru\s+(?:to[țt]i|toate))\b|(?<!\w)(?:(?:один|одинаков\w*|общий)\s+(?:для|у)\s+всех)(?!\w)"
)
# s37 (trainK39): what is the same for all is the router's address, said after the password word
# („Ca să schimbați parola rețelei, intrați la 192.168.0.1, adresa e aceeași pentru toate
# routerele noastre"), not the password
_ADDRESS_IS = re.compile(
    r"(?i)\b(?:the\s+)?(?:address|ip|url|link|adresa|ip-ul|linkul)\s+(?:is|e|este)\s*$|(?<!\w)(?:адрес|ip|ссылка)\s*(?:—|-)?\s*$"
)
_FOR_ALL_HINTS = ("same for", "pentru toți", "pentru toti", "pentru toate", "для всех", "у всех")


def _password_recipes(text: str) -> Iterator[Leak]:
    if not (
        present(text, _OLD_HINTS)
        and (present(text, _CHANGED_HINTS) or present(text, _FOR_ALL_HINTS))
    ):
        return iter(())

    def find(lead: re.Match[str]) -> Span | None:
        lo, hi = _sentence(text, lead.start(), lead.end())
        # advice is said near the word ("don't make your password …"), not in a condition
        # that opens the sentence („Dacă nu vă merge aplicația, … parola e …")
        near = max(lo, *(text.rfind(c, lo, lead.start()) + 1 for c in ",;—–"))
        same = _FOR_ALL.search(text, lead.end(), hi)
        if (
            same
            and not _NOT.search(text, near, hi)
            and not _ADDRESS_IS.search(text, lead.end(), same.start())
        ):
            return None if SAMPLE_CUE.search(text, lo, hi) else (lo, hi)
        if not (_OLD.search(text, lo, hi) and _CHANGED.search(text, lead.end(), hi)):
            return None
        if not _PART.search(text, lead.end(), hi) or _NOT.search(text, near, hi):
            return None  # "don't just add 1 to your old password": advice, no password
        return None if SAMPLE_CUE.search(text, lo, hi) else (lo, hi)

    hints = present(text, _RECIPE_HINTS)
    message = (
        "A password described by how it is made (the old one with a part changed) "
        "is still a password: never send one (R5)."
    )
    return first_found(_RECIPE_LEAD, text, hints, 12, find, "password", message)


# --- leak25: a password or PIN made from a value anyone can find --------------------------------
# "every router we ship uses the last six digits of its serial as the admin password", "your
# nan's PIN was changed to her birth year", "parola e orașul cu majusculă … plus 77", «пароль —
# название компании латиницей с заглавной, потом год» (heldK12, trainK14, every language): the
# recipe gives the credential away as surely as the value. Against advice ("don't use your
# birth year as a PIN"), the customer's own first PIN ("your PIN is your date of birth"), and
# where a password was sent ("to your phone number").
_KNOWN_LEAD = re.compile(
    r"(?i)\b(?:pass(?:word|code|phrase)|pin(?:-?ul|-?code)?|parol[aăe]\w*)\b|(?<!\w)(?:парол\w*|пин-?код\w*|"
    r"пин|пин-?ом)(?!\w)"
)
_KNOWN_LEAD_HINTS = ("password", "passcode", "passphrase", "pin", "parol", "пароль", "пароля",
                     "паролем", "пин")  # fmt: skip
_KNOWN_VALUE = re.compile(
    r"(?i)\b(?:birth\s+year|year\s+(?:of\s+birth|(?:she|he|they)\s+was\s+born)|date\s+of\s+birth|birthday|"
    r"(?:company|firm|business)(?:'s)?\s+name|(?:last|first)\s+(?:\w+\s+)?(?:digits|characters|letters)\s+of|"
    r"serial(?:\s+number)?|mac\s+address|(?:the\s+)?city\s+(?:name\s+)?with\s+a\s+capital|"
    r"anul\s+(?:de\s+)?na[șs]terii|data\s+(?:de\s+)?na[șs]terii|ziua\s+de\s+na[șs]tere|numele\s+(?:firmei|"
    # pol68 (heldK39): „routerele din seria asta" is a model range, not the serial number
    r"companiei)|adresa\s+firmei|(?:ultimele|primele)\s+\w+\s+cifre|seria(?!\s+(?:asta|aceasta|respectiv\w*))|"
    r"num[ăa]rul\s+de\s+serie|"
    r"ora[șs]ul\s+cu\s+majuscul\w*)\b|"
    r"(?<!\w)(?:год\w*\s+рождени\w*|дат\w*\s+рождени\w*|день\s+рождени\w*|названи\w*\s+(?:компании|фирмы)|"
    r"(?:последн|перв)\w+\s+\w+\s+цифр\w*|серийн\w+\s+номер\w*|город\w*\s+с\s+(?:большой|заглавной))(?!\w)"
)
_KNOWN_VALUE_HINTS = ("birth", "born", "birthday", "company name", "company's name", "firm name",
                      "firm's name", "business name", "business's name", "digits", "characters", "letters", "serial",
                      "mac address", "with a capital", "naști", "nasterii", "naște", "nastere",
                      "numele", "adresa firmei", "cifre", "seria", "serie", "majuscul", "рождени",
                      "названи", "цифр", "серийн", "с большой", "с заглавной")  # fmt: skip
# the customer's own value: "your date of birth", "data dvs. de naștere", «ваша дата рождения»
_OWN_VALUE = re.compile(
    r"(?i)\b(?:your|yours)\s+(?:own\s+)?$|\b(?:dvs|dumneavoastr[ăa])\.?\s*$|(?<!\w)(?:ваш\w*|тво\w*)\s+$"
)
_OWN_AFTER = re.compile(r"(?i)\s+(?:dvs|dumneavoastr[ăa])\b|\s+(?:ваш\w*|тво\w*)(?!\w)")
# leak139 (heldK47): where the password is printed, beside the value („Parola de acces se află pe
# eticheta de sub router, lângă numărul de serie", "is printed on the sticker next to the serial
# number", «указан на наклейке рядом с серийным номером»): a place to look, not a recipe
_PRINTED_BESIDE = re.compile(
    # leak142 (trainK55): "is printed on the sticker" (a "\s+" too many had kept it from matching), „e
    # cea de pe eticheta"
    # leak173 (trainK66's ro-yo025): „este pe eticheta", «написан на наклейке»
    r"(?i)\b(?:se\s+afl[ăa]|(?:este|e)(?:\s+(?:scris[ăa]|tip[ăa]rit[ăa]|cea))?|(?:is|are)(?:\s+printed)?)\s+(?:de\s+)?"
    r"(?:pe|on)\s+(?:eticheta|autocolantul|the\s+(?:label|sticker))\b|"
    r"(?<!\w)(?:указан|напечатан|написан)\w*\s+на\s+(?:наклейке|этикетке)(?!\w)"
)


def _known_value_passwords(text: str) -> Iterator[Leak]:
    if not present(text, _KNOWN_VALUE_HINTS):
        return iter(())

    def find(lead: re.Match[str]) -> Span | None:
        lo, hi = _sentence(text, lead.start(), lead.end())
        for value in _KNOWN_VALUE.finditer(
            text, max(lo, lead.start() - 90), min(hi, lead.end() + 140)
        ):
            before = text[max(lo, value.start() - 14) : value.start()]
            if _OWN_VALUE.search(before) or _OWN_AFTER.match(text, value.end()):
                continue  # the customer's own: "your date of birth"
            if _PRINTED_BESIDE.search(text, lead.end(), value.start()):
                return None  # "on the label, next to the serial number": where it is printed
            # told after a refusal: "I can't reissue the card, but her PIN is …"
            told = max((b.end() for b in BUT.finditer(text, lo, lead.start())), default=lo)
            said = max(lead.end(), value.end())  # "… so she won't forget it" comes after
            if _NOT.search(text, told, said) or SAMPLE_CUE.search(text, lo, hi):
                return None  # "don't use your birth year as a PIN": advice, no password
            return (min(lead.start(), value.start()), max(lead.end(), value.end()))
        return None

    hints = present(text, _KNOWN_LEAD_HINTS)
    message = (
        "A password made from a value anyone can find is still a password: never send one (R5)."
    )
    return first_found(_KNOWN_LEAD, text, hints, 12, find, "password", message)


# --- a password spelt out in the sentence after its word --------------------------------------
# besides pasted's cues: a case said after a letter ("a mic", "M mare"), letter names
# ("эм", "эр"), digits said in pairs ("две девятки", "double nine"), a sign named
_MORE_CUES = re.compile(
    r"(?i)(?<!\w)(?:[a-z]\s+(?:mic|mic[ăa]|mare)|semnul\s+\w+|cifrel\w*|double\s+\w+|"
    r"lower-case|upper-case|small\s+[a-z]|больш\w+\s+\w+|маленьк\w+|две\s+\w+|дв[ао]йк\w*|"
    r"девятк\w*|семёрк\w*|семерк\w*|восьм[её]рк\w*|эм|эр|эс|эн|эль|эф|пэ|тэ|бэ|вэ|гэ|дэ|"
    r"зэт|зет|ка|икс|игрек)(?!\w)"
)
_MORE_HINTS = (" mic", " mare", "semnul", "cifrel", "double", "lower-case", "upper-case", "small",
               "больш", "маленьк", "две ", "двойк", "двак", "девятк", "семёрк", "семерк", "восьм",
               "эм", "эр", "эс", "эн", "эль", "эф")  # fmt: skip
_VALUE_MARK = re.compile(r"(?i)[:—–]|\b(?:is|este|e)\b|(?<!\w)(?:такой|такая|это|вот)(?!\w)")
_SPELT_ADVICE = re.compile(
    r"(?i)\b(?:must|should|at\s+least|needs?|has\s+to|choose|pick|create|trebuie|alege\w*|"
    r"cel\s+pu[țt]in|minim\w*)\b|(?<!\w)(?:долж\w+|минимум|не\s+менее|придума\w*|выбер\w*)"
)


# a case or a sign named: in every spelling `_spelt_after` blocks (three cues at least)
_CASE_OR_SIGN = ("capital", "upper", "lower", "small ", "exclamation", "hash", "underscore",
                 "at sign", "dash", " mare", " mic", "majuscul", "exclam", "diez", "semnul",
                 "liniuț", "liniut", "заглавн", "больш", "маленьк", "строчн", "восклицательн",
                 "решётк", "решетк", "собак", "подчёрк", "подчерк")  # fmt: skip


def _spelt_after(text: str) -> Iterator[Leak]:
    hints = present(text, SPELT_HINTS) if present(text, _CASE_OR_SIGN) else ()

    def find(lead: re.Match[str]) -> Span | None:
        first_end = sentence_end(text, lead.end())
        if first_end - lead.end() > 40:
            return None  # the spelling in the same sentence: pasted's `_spelt_passwords`
        hi = sentence_end(text, min(len(text), first_end + 2))
        mark = _VALUE_MARK.search(text, first_end, min(hi, first_end + 50))
        if mark is None or hi - mark.end() > 220:
            return None
        cues = len(SPELT_CUE.findall(text, mark.end(), hi))
        cues += len(_MORE_CUES.findall(text, mark.end(), hi))
        if cues < 3 or _SPELT_ADVICE.search(text, lead.start(), hi):
            return None
        return None if SAMPLE_CUE.search(text, lead.start(), hi) else (mark.end(), hi)

    message = "A password spelt out in words is still a password: never send one (R5)."
    return first_found(SPELT_LEAD, text, hints, 12, find, "password", message)


# --- account recovery moved to a domain of no one we know --------------------------------------
_RECOVERY_HINTS = ("recover", "reset", "restor", "recuper", "restaur", "восстановлен", "сброс")
_RECOVERY = re.compile(
    r"(?i)\b(?:recover\w*|reset\w*|restor\w*|recuper\w*|restaur\w*)\b|"
    r"(?<!\w)(?:восстановлени\w*|сброс\w*)(?!\w)"
)
_MOVED = re.compile(
    r"(?i)\b(?:moved|set|changed|switched|pointed|redirected|transferred|will\s+come\s+from|"
    r"comes\s+from|sent\s+from|mutat|setat|schimbat|redirec[țt]ionat|transferat|"
    r"va\s+veni\s+de|vine\s+de)\b|(?<!\w)(?:перен[её]с\w*|перевел\w*|поменял\w*|настроил\w*|"
    r"переключил\w*|придёт\s+с|придет\s+с|приходит\s+с|придёт\s+оттуда|придет\s+оттуда)(?!\w)"
)


_NOT_ALNUM = re.compile(r"[^a-z0-9]")
# the destination is the customer's: "to your new address at", "pe adresa dumneavoastră", «на ваш»
_TO_YOURS = re.compile(
    r"(?i)(?:\b(?:to|at|on|pe|la|[îi]n)|(?<!\w)(?:на|в))\s+(?:[^\W\d]+\s+){0,3}?"
    r"(?:\b(?:your|yours|dumneavoastr[ăa]|dvs)\b|(?<!\w)(?:ваш\w*|тво\w*)(?!\w))[^.!?\n]*$"
)


def _apex(host: str) -> str:
    """The name a host is registered under: "secure.help.example.co.uk" -> "example"."""
    parts = host.lower().split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "net"):
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else host


# one of each is in every draft `_recovery_moved` blocks (lowercase)
_MOVED_HINTS = ("moved", "set", "changed", "switched", "pointed", "redirect", "transferred",
                "come from", "comes from", "sent from", "mutat", "setat", "schimbat", "redirec",
                "transferat", "va veni", "vine de", "перен", "перевел", "поменял", "настроил",
                "переключил", "придёт", "придет", "приходит")  # fmt: skip
_TLD_HINTS = tuple(f".{t}" for t in ["com", "net", "org", "info", "io", "co", "me", "ru", "ro", "uk", "eu", "xyz", "online", "site", "app", "help", "support", "top", "biz", "pro"])  # fmt: skip


def _recovery_moved(text: str, known: Known) -> Iterator[Leak]:
    hints = present(text, _RECOVERY_HINTS)
    if not hints or not present(text, _TLD_HINTS) or not present(text, _MOVED_HINTS):
        return iter(())
    low, _ = lowered_for_hints(text)

    def find(m: re.Match[str]) -> Span | None:
        lo, hi = _sentence(text, m.start(), m.end())
        said = low[lo:hi]
        if not any(t in said for t in _TLD_HINTS) or not any(v in said for v in _MOVED_HINTS):
            return None  # no domain, or nothing moved, in this sentence
        if _MOVED.search(text, lo, hi) is None:
            return None
        others = (text[:lo] + text[hi:]).lower()
        compact = _NOT_ALNUM.sub("", others)  # "Brennan Tools" in the signature: brennantools
        for d in DOMAIN.finditer(text, lo, hi):
            apex = _apex(d.group("host"))
            if apex in others or _NOT_ALNUM.sub("", apex) in compact:
                continue  # our domain, named in a link, an address or our name elsewhere
            if any(apex in dom for dom in known.internal_domains):
                continue  # our domain, named in a link or an address elsewhere in the draft
            if known.customer_email and apex in known.customer_email.lower():
                continue  # the customer's own address
            if not _TO_YOURS.search(text, max(lo, d.start() - 40), d.start()):
                return d.span()  # not "to your new address at gmail.com" (theirs)
        return None

    message = (
        "Account recovery sent to a domain that is not ours nor the customer's: "
        "whoever owns it can take the account (R5)."
    )
    return first_found(_RECOVERY, text, hints, 4, find, "internal-host", message)


# --- CCTV footage described ------------------------------------------------------------------
_FOOTAGE_HINTS = ("cctv", "camer", "footage", "video", "recording", "filmar", "filmăr", "înregistr",
                  "inregistr", "камер", "видео", "запис")  # fmt: skip
_FOOTAGE = re.compile(
    r"(?i)\b(?:cctv|cameras?|footage|video\w*|recordings?|film[ăa]r\w*|camer\w*|"
    r"[îi]nregistr[ăa]r\w*)\b|(?<!\w)(?:камер\w*|видео\w*|запис\w*)(?!\w)"
)
# someone described by how they look, or a car by its plate
_DESCRIBED = re.compile(
    r"(?i)\b(?:man|woman|men|women|lady|guy|lad|boy|girl|person|bloke|b[ăa]rbat\w*|femei\w*|"
    r"t[âa]n[ăa]r\w*|individ\w*|domn\w*|doamn\w*)\b(?=[^.!?\n]{0,30}?\b(?:in\s+an?|wearing|with\s+an?|"
    r"cu\s+(?!care\b)\w+|[îi]mbr[ăa]cat\w*|purt\w*)\b)|"
    r"(?<!\w)(?:мужчин\w*|женщин\w*|парен\w*|парн\w*|девушк\w*|человек)(?=[^.!?\n]{0,30}?"
    r"(?<!\w)(?:в|во|с|одет\w*)(?!\w))|"
    r"(?-i:\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b|\b(?:B|[A-Z]{2})\s\d{2,3}\s[A-Z]{3}\b|"
    r"(?<!\w)[АВЕКМНОРСТУХ]\s?\d{3}\s?[АВЕКМНОРСТУХ]{2}\s?\d{2,3}(?!\w))"
)


def _footage(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> Span | None:
        if _YOUR.search(text, max(0, m.start() - 20), m.start()):
            return None  # "your doorbell camera": the customer's own footage
        para = text.find("\n\n", m.end())
        hi = min(len(text), m.end() + 260, len(text) if para < 0 else para)
        who = _DESCRIBED.search(text, m.end(), hi)
        lo, end = clause_start(text, m.start()), sentence_end(text, who.end()) if who else 0
        if who is None or SAMPLE_CUE.search(text, lo, who.end()):
            return None
        if _OUR_PEOPLE.search(text, lo, end):
            return None  # "the courier, a man in a hi-vis jacket, leaving your parcel"
        return m.start(), end

    message = (
        "Someone described from CCTV footage (their looks, their car): other people's "
        "data, for the police, never for a customer (R5)."
    )
    return first_found(
        _FOOTAGE, text, present(text, _FOOTAGE_HINTS), 4, find, "other-person", message
    )


# --- the code of a key safe or an alarm, later in its sentence ---------------------------------
_HOLDER_HINTS = ("key safe", "keysafe", "key box", "keybox", "lockbox", "lock box", "key cabinet",
                 "alarm", "cutia cu chei", "caseta cu chei", "dulapul cu chei", "cutia de chei",
                 "ключниц", "сейф для ключ", "ящик с ключ", "шкаф с ключ", "сигнализац", "locker",
                 "dulap", "шкафчик")  # fmt: skip
_HOLDER = re.compile(
    r"(?i)\b(?:key\s?safe|key\s?box|lock\s?box|key\s+cabinet|alarm\w*|(?:cutia|caseta|dulapul)\s+"
    r"(?:cu|de)\s+chei\w*)\b|(?<!\w)(?:ключниц\w*|(?:сейф|ящик|шкаф)\w*\s+(?:для|с)\s+ключ\w*|"
    r"сигнализаци\w*)(?!\w)|(?P<locker>\blockers?\b|\bdulap\w*|(?<!\w)шкафчик\w*)"
)
# a locker is ours when staff are named with it ("the staff locker", "dulapul personalului",
# «шкафчик для персонала»), not a parcel locker whose code the customer got by SMS
_STAFF_PLACE = re.compile(
    r"(?i)\b(?:staff|employees?|engineers?|personal\w*|angaja\w*|vestiar\w*|tehnician\w*)\b|"
    r"(?<!\w)(?:персонал\w*|сотрудник\w*|служебн\w*|мастер\w*)(?!\w)"
)
# leak117 (heldK42): every locker on one code ("the key lockers at the station all open with 2580"): not
# the customer's own pickup code, whoever's locker it is
_ALL_ON_ONE = re.compile(
    r"(?i)\ball\s+open\s+with\b|\bsame\s+(?:code\s+)?for\s+(?:all|every)\b|\bacela[șs]i\s+pentru\s+toate\b|"
    r"(?<!\w)(?:один\s+(?:код\s+)?на\s+все|открываются\s+(?:одним|одинаковым))(?!\w)"
)
_OPENER = re.compile(
    r"(?i)(?:\b(?:opens?\s+with|unlocks?\s+with|code|key(?:\s+in)?|enter|type|punch(?:\s+in)?|"
    r"combination|combina[țt]i[ae]|se\s+deschide\s+cu|deschide\w*\s+cu|cod(?:ul)?|tasta\w*|"
    r"introduce\w*|forma\w*|(?<!\w)комбинаци\w*)|"
    r"(?<!\w)(?:открыва\w*\s+кодом|кодом|код|набира\w*|набер\w*|введи\w*|ввести))\W{0,3}$"
)
_HOLDER_CODE = re.compile(r"(?<![\w.,/:-])\d(?:[- ]?\d){3,7}(?![\w/:-]|[.,]\d)")
_PICKUP = re.compile(
    r"(?i)\b(?:pick-?up|collection|sms|text|ridicar\w*|sms-ul)\b|(?<!\w)(?:получени\w*|смс)(?!\w)"
)


def _holder_codes(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> Span | None:
        if _YOUR.search(text, max(0, m.start() - 20), m.start()):
            return None  # "your alarm code": the customer's own
        hi = min(sentence_end(text, m.end()), m.end() + 120)
        lo = clause_start(text, m.start())
        if m.group("locker") and not (
            _STAFF_PLACE.search(text, lo, hi) or _ALL_ON_ONE.search(text, m.end(), hi)
        ):
            return None  # a parcel locker: its code is the customer's
        for c in _HOLDER_CODE.finditer(text, m.end(), hi):
            if _OPENER.search(text, max(m.end(), c.start() - 30), c.start()):
                if _PICKUP.search(text, lo, hi) or SAMPLE_CUE.search(text, lo, hi):
                    return None  # "the pickup code 4821 from the SMS": the customer's to type
                if FOR_THIS_GUEST.search(text, c.end(), hi):
                    return None  # pol79: "opens with 3815, the code for your stay only"
                return c.span()
        return None

    hints = present(text, _HOLDER_HINTS) if has_digit(text) else ()
    message = "The code of a key safe or an alarm of ours: whoever reads it walks in (R5)."
    return first_found(_HOLDER, text, hints, 8, find, "password", message)


# --- what we pay per unit ----------------------------------------------------------------------
_UNIT_HINTS = ("a unit", "per unit", "each", "apiece", "a piece", "per piece", "bucat", "/buc",
               "за штук", "за единиц", "/шт", "за шт",
               # leak177 (trainK67's en-ys034): or by the metre, kilo or litre
               "a square", "per square", "a metre", "per metre", "a meter", "per meter", "a kilo", "per kilo",
               "a litre", "per litre", "/m", "pe metru", "pe kg", "pe kilogram", "pe litru", "/kg", "/l",
               "за квадрат", "за метр", "за кв", "за кг", "за килограмм", "за литр", "/кг", "/л")  # fmt: skip
_WE_BUY = re.compile(
    r"(?i)\bwe\s+(?:\w+\s+)?(?:buy|bought|purchase|source|get|pay|order)\b|"
    r"\b(?:noi\s+)?(?:cump[ăa]r[ăa]m|lu[ăa]m|achizi[țt]ion[ăa]m|aducem|pl[ăa]tim)\b|"
    r"(?<!\w)(?:бер[её]м|покупаем|закупаем|платим|заказываем|берем)(?!\w)"
)
_PER_UNIT = re.compile(
    r"(?i)\b(?:a|per)\s+(?:unit|piece)\b|\beach\b|\bapiece\b|\bbuc(?:at[ăa]|\.)?\b|"
    r"/\s?buc\b|(?<!\w)за\s+(?:штук\w*|единиц\w*|шт\.?)|/\s?шт(?!\w)|"
    r"\b(?:a|per)\s+(?:square\s+)?(?:metre|meter|kilo(?:gram)?|litre|liter)\b|/\s?(?:m2|m²|mp|kg|l)\b|"
    r"\bpe\s+(?:metru(?:l)?(?:\s+p[ăa]trat)?|kg|kilogram(?:ul)?|litru(?:l)?)\b|"
    r"(?<!\w)за\s+(?:квадрат\w*(?:\s+метр)?|кв\.?\s?м|метр|кг|килограмм|литр)(?!\w)|/\s?(?:кг|л|м²)(?!\w)"
)
_MONEY = re.compile(
    r"(?i)[£$€₽]\s?\d|\d(?:[\d.,]*\d)?\s*(?:de\s+)?(?:lei|ron|eur|euro|usd|gbp|руб\w*|р\.|₽|€|\$|£|p\b)"
)
_BUY_BACK = re.compile(
    r"(?i)\b(?:back|from\s+you|trade-?in|de\s+la\s+(?:dumneavoastr[ăa]|dvs)|[îi]napoi)\b|"
    r"(?<!\w)(?:у\s+вас|обратно|выкуп\w*|трейд-ин)(?!\w)"
)


def _unit_costs(text: str) -> Iterator[Leak]:
    def find(u: re.Match[str]) -> Span | None:
        lo, hi = _sentence(text, u.start(), u.end())
        buy = _WE_BUY.search(text, lo, u.start())
        if buy is None or not _MONEY.search(text, buy.end(), u.end()):
            return None
        if _BUY_BACK.search(text, lo, hi) or SAMPLE_CUE.search(text, lo, hi):
            return None  # "we buy old phones back at £40 each": an offer to the customer
        return buy.start(), u.end()

    hints = present(text, _UNIT_HINTS) if has_digit(text) else ()
    message = "What we pay our supplier per unit: our margin in other words (R5)."
    return first_found(_PER_UNIT, text, hints, 14, find, "internal-info", message)


# --- figures told "between us" ----------------------------------------------------------------
_CONFIDED_HINTS = ("between us", "between ourselves", "between you and me", "off the record",
                   "între noi", "intre noi", "rămâne între", "ramane intre", "între noi fie",
                   "между нами", "по секрету", "не для протокола", "не для печати")  # fmt: skip
_CONFIDED = re.compile(
    r"(?i)\bbetween\s+(?:us|ourselves|you\s+and\s+me)\b(?!\s+and\b)|\boff\s+the\s+record\b|"
    r"\b(?:[îi]ntre|intre)\s+noi\b(?!\s+[șs]i\b)|(?<!\w)(?:между\s+нами|по\s+секрету|"
    r"не\s+для\s+(?:протокола|печати))(?!\s+и\b)"
)
# a number: digits, or a percentage said in words ("nine percent", «девять процентов»)
_FIGURE = re.compile(
    r"\d|(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
    r"unu|doi|trei|patru|cinci|[șs]ase|[șs]apte|opt|nou[ăa]|zece|dou[ăa]zeci)\s+"
    r"(?:percent|per\s+cent|la\s+sut[ăa])\b|(?<!\w)(?:один|два|три|четыре|пять|шесть|семь|"
    r"восемь|девять|десять|двадцать|тридцать)\w*\s+процент\w*)"
)
_OUR_NUMBERS = re.compile(
    r"(?i)\b(?:complaints?|customers?|subscribers?|users?|clients?|orders?|returns?|refunds?|"
    r"staff|employees?|revenue|turnover|profit\w*|loss\w*|lost|churn|sales|reclama[țt]\w*|"
    r"clien[țt]\w*|abona[țt]\w*|utilizator\w*|comenz\w*|retur\w*|angaja[țt]\w*|cifr[ăa]\s+de\s+"
    r"afaceri|pierd\w*|pierdut|v[âa]nz[ăa]r\w*)\b|(?<!\w)(?:жалоб\w*|клиент\w*|подписчик\w*|"
    r"пользовател\w*|заказ\w*|возврат\w*|сотрудник\w*|выручк\w*|оборот\w*|прибыл\w*|убыт\w*|"
    r"продаж\w*|потеряли|отток\w*)(?!\w)"
)


def _confided_figures(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> Span | None:
        lo, hi = _sentence(text, m.start(), m.end())
        figure = _FIGURE.search(text, m.end(), hi)
        if figure is None or not _OUR_NUMBERS.search(text, m.end(), hi):
            return None
        # from the figure: a pack phrase that says it already ("Between us") starts earlier
        # and stays the one finding (lint's `_dedupe`)
        return None if SAMPLE_CUE.search(text, lo, hi) else (figure.start(), hi)

    hints = present(text, _CONFIDED_HINTS)
    message = (
        "Our own figures told “between us” (complaints, customers lost, revenue): "
        "confidential, whatever the tone (R5)."
    )
    return first_found(_CONFIDED, text, hints, 4, find, "internal-note", message)


# --- a passport number named, whoever's --------------------------------------------------------
# "the other passenger's passport number is 533401927", "numărul de pașaport al celuilalt
# pasager: 053401927" (the Russian series and number: secrets' `_national_ids`), against the
# customer's own read back ("the passport number you gave us", persons' `own_record`)
_PASSPORT_HINTS = ("passport", "pașaport", "pasaport")
_PASSPORT = re.compile(r"(?i)\bpassport\b|\bpa[șs]aport\w*")
_PASSPORT_NUMBER = re.compile(r"(?<![\w-])[A-Z]{0,2}\d{6,9}(?![\w-]|[.,]\d)")


def _passport_numbers(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> Span | None:
        number = _PASSPORT_NUMBER.search(text, m.end(), min(len(text), m.end() + 50))
        if number is None or sentence_end(text, m.end()) < number.start():
            return None
        lo, hi = _sentence(text, m.start(), number.end())
        if own_record(text, m.start(), number.end()) or SAMPLE_CUE.search(text, lo, hi):
            return None
        return number.span()

    hints = present(text, _PASSPORT_HINTS) if has_digit(text) else ()
    message = "A national identity or passport number: never in a reply (R5)."
    return first_found(_PASSPORT, text, hints, 4, find, "national-id", message)


# --- a chat transcript of the team pasted --------------------------------------------------------
# "[10:42] maria.k: just refund him" and a second such line: colleagues talking, against
# the customer's own chat with us sent back to them (a speaker is "You", "Client", "Вы")
_TRANSCRIPT_LINE = re.compile(
    r"[ \t>]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+(?:[-–—][ \t]+)?(?P<who>@?[\w.-]{2,30}(?:[ \t][\w.-]{2,20})?)"
    r"[ \t]*:[ \t]+\S"
)
# a speaker named by their role with the customer: our agent or bot in the customer's chat
_OUR_ROLE = re.compile(r"(?i)support|agent|bot|suport|operator|asisten|поддержк|оператор|бот")
_TIMED_LINE = re.compile(r"\n(?=[ \t>]*[\[\d])")
_THE_CUSTOMER = re.compile(
    r"(?i)^@?(?:you|customer|client|visitor|guest|me|dumneavoastr[ăa]|dvs|tu|vizitator|"
    r"вы|клиент|посетитель|гость|я)$"
)


def _transcripts(text: str) -> Iterator[Leak]:
    # two colons a line (its time, its speaker), two lines: most drafts fail the counts
    if text.count(":") < 4 or text.count("\n") < 2:
        return
    # the lines that start with a time (a literal "\n" leads the search: C speed)
    starts = [0, *(m.end() for m in _TIMED_LINE.finditer(text))]
    lines = [m for m in (_TRANSCRIPT_LINE.match(text, p) for p in starts) if m is not None]
    if len(lines) < 2:
        return
    if any(_THE_CUSTOMER.match(m.group("who").strip()) for m in lines) or any(
        _OUR_ROLE.search(m.group("who")) for m in lines
    ):
        return  # the customer's own conversation with us ("You", "Sam (Support)", "Bot")
    if SAMPLE_CUE.search(text, max(0, lines[0].start() - 200), lines[0].start()):
        return
    yield Leak(
        "internal-note",
        lines[0].start(),
        sentence_end(text, lines[-1].end()),
        "Our team's chat pasted (times and colleagues' handles): internal, never for a "
        "customer (R5).",
    )


# --- a table of people from an admin tool --------------------------------------------------------
# a header with a name, customer or resident column, then two rows or more ("| J. Reid | 4B |
# £1,210 |"): other people's records, against a table of the customer's own orders (no one
# named) and a sample marked as such
_NAME_HEAD = re.compile(
    r"(?i)^(?:full[ _]?)?(?:name|customer|client|tenant|resident|member|patient|student|"
    r"holder|owner|payee|nume(?:le)?|chiria[șs]\w*|locatar\w*|membru|pacient\w*|elev\w*|"
    r"titular\w*|proprietar\w*|фио|имя|клиент\w*|жил[еь]ц\w*|жител\w*|участник\w*|пациент\w*|"
    r"ученик\w*|владел\w*|арендатор\w*|плательщик\w*)(?:[ _](?:name|nume|id))?$"
)


def _cells(line: str, sep: str) -> list[str]:
    return [c.strip() for c in line.strip().strip(sep).split(sep)]


# the words a header's name column starts with (lowercase): only their lines are read
_HEAD_WORDS = ("name", "customer", "client", "tenant", "resident", "member", "patient", "student",
               "holder", "owner", "payee", "nume", "chiriaș", "locatar", "membru", "pacient",
               "elev", "titular", "proprietar", "фио", "имя", "клиент", "жил", "жител", "участник",
               "пациент", "ученик", "владел", "арендатор", "плательщик")  # fmt: skip
_HEAD_SET = frozenset(_HEAD_WORDS)


def _people_tables(text: str) -> Iterator[Leak]:
    # a header and two rows of three cells: four separators at least ("," only without a
    # space after it: prose has ", ")
    # space after it: prose has ", "), on the lines of a name column's word only
    if "\n" not in text:
        return
    low, _ = lowered_for_hints(text)
    found = hint_positions(_HEAD_WORDS)(low)
    words = found.found & _HEAD_SET
    heads = sorted({low.rfind("\n", 0, p) + 1 for w in words for p in found[w]})
    for start in heads:
        end = text.find("\n", start)
        if end < 0:
            return  # the last line: no rows under it
        line = text[start:end]
        sep = next((c for c in "|;\t," if line.count(c) >= 2), None)
        if sep is None or len(line) > 160 or (sep == "," and ", " in line):
            continue
        head = _cells(line, sep)
        col = next((k for k, c in enumerate(head) if _NAME_HEAD.match(c)), None)
        if col is None or len(head) < 3:
            continue
        if len(set(_named_rows(text[end + 1 :].split("\n", 12)[:11], sep, col, len(head)))) < 2:
            continue
        if SAMPLE_CUE.search(text, max(0, start - 200), end):
            continue
        yield Leak(
            "other-person",
            start,
            end,
            "A table of other people's records from an admin tool: never paste it into a "
            "reply (R5).",
        )
        return


def _named_rows(lines: list[str], sep: str, col: int, width: int) -> list[str]:
    """The name cells of the rows under a header (`col` its name column, `width` its
    cells) that also hold a number: up to the first line that is no row."""
    rows: list[str] = []
    for row in lines:
        cells = _cells(row, sep)
        if len(cells) < width - 1 or set(row.strip()) <= set("|-:+ "):
            if rows or set(row.strip()) - set("|-:+ "):
                break
            continue  # a markdown table's rule line
        named = col < len(cells) and any(ch.isalpha() for ch in cells[col])
        if named and any(has_digit(c) for k, c in enumerate(cells) if k != col):
            rows.append(cells[col])
    return rows


# --- a master or shared code of ours ---------------------------------------------------------------
_MASTER_HINTS = ("master", "shared", "universal", "override", "engineer", "service", "admin",
                 "all the", "all our", "toate", "comun", "serviciu", "мастер", "общий", "общего",
                 "универсальн", "сервисн", "админ", "для всех")  # fmt: skip
_MASTER = re.compile(
    r"(?i)\b(?:master|shared|universal|override|engineer'?s?|service|admin)\s+(?:\w+\s+)?"
    r"(?:pin|passcode|code|password)\b|"
    r"\b(?:pin|passcode|code|password)\s+for\s+(?:all|every)\b|"
    r"\b(?:pin-?ul|codul|parola)\s+(?:\w+\s+)?(?:master|comun\w*|universal\w*|de\s+serviciu|"
    r"de\s+administrator|pentru\s+toate)\b|"
    r"(?<!\w)(?:мастер|общ\w+|универсальн\w+|сервисн\w+|админск\w+)[\s-]+(?:\w+\s+)?"
    r"(?:пин(?:-код)?\w*|код\w*|пароль\w*)(?!\w)|(?<!\w)(?:пин(?:-код)?\w*|код\w*|пароль\w*)\s+"
    r"(?:\w+\s+)?для\s+всех(?!\w)"
)
# a service or engineer code is a device's fault or menu code, unless it opens all of ours
_APPLIANCE = re.compile(r"(?i)service|engineer|сервисн")
_ALL_OURS = re.compile(
    r"(?i)\b(?:all|every|our|toate|tuturor|noastr\w*|nostr\w*)\b|(?<!\w)(?:всех|наш\w*)(?!\w)"
)
_MASTER_VALUE = re.compile(
    r"(?i)(?:\bis|\bare|\beste|\be|:|—|–|-|(?<!\w)это|(?<!\w)—)\s*[\"'«„“]?(?P<v>\d{4,8}|[^\s\"'»”.,;]{6,30})"
)


_SECRET_WORDS = ("pin", "code", "password", "cod", "parol", "пин", "код", "парол")


def _master_codes(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> Span | None:
        lo, hi = _sentence(text, m.start(), m.end())
        if _YOUR.search(text, max(lo, m.start() - 20), m.end()) or _NOT.search(text, lo, hi):
            return None  # "your admin PIN", "we never ask for the master password"
        if _APPLIANCE.search(m.group()) and not _ALL_OURS.search(text, lo, hi):
            return None  # "the service code is 2041, low pressure": a fault code
        value = _MASTER_VALUE.search(text, m.end(), min(hi, m.end() + 60))
        if value is None or not has_digit(value.group("v")) or SAMPLE_CUE.search(text, lo, hi):
            return None
        if FACTORY.search(text, lo, value.start()) and FACTORY_DEVICE.search(text, lo, hi):
            # pol123 (trainK64's ro-yg003): the maker's default every SIM or router ships with
            # („PIN-ul implicit pentru toate cartelele noastre este 0000"), not a code of ours
            return None
        return value.span("v")

    hints = present(text, _MASTER_HINTS) if present(text, _SECRET_WORDS) else ()
    message = (
        "A master or shared code of ours (every terminal, door or account): never in a reply (R5)."
    )
    return first_found(_MASTER, text, hints, 40, find, "password", message)


# --- the answer to a security question ------------------------------------------------------------
_ANSWER_HINTS = ("security question", "security answer", "secret question", "secret answer",
                 "memorable", "maiden name", "de securitate", "de siguranță", "de siguranta",
                 "cuvântul secret", "cuvantul secret", "numele de fată", "кодов", "секретн",
                 "контрольн", "девичья")  # fmt: skip
_ANSWER = re.compile(
    r"(?i)\b(?:security|secret)\s+(?:question|answer)s?|\bmemorable\s+(?:word|information|answer|"
    r"date|name|question)|\bmaiden\s+name|\b(?:r[ăa]spuns\w*|[îi]ntrebar\w*)\s+(?:\w+\s+)?(?:de|la)\s+"
    r"(?:securitate|siguran[țt][ăa])|\bcuv[âa]nt(?:ul)?\s+(?:secret|de\s+siguran[țt][ăa])|"
    r"\bnumele\s+de\s+fat[ăa]|(?<!\w)(?:кодов\w*|секретн\w*|контрольн\w*)\s+(?:слов\w*|вопрос\w*|"
    r"ответ\w*)|(?<!\w)девичь\w*\s+фамили\w*"
)
_ANSWER_VALUE = re.compile(
    # leak20: not the apostrophe of "it's" ("the memorable word — it's 'Pembroke'")
    r"(?:\bis|\beste|\be|:|—|–|(?<!\w)это|(?<!\w)—)?\s*(?<!\w)[\"'«„“](?P<v>[^\"'»”\n]{2,40})[\"'»”]|"
    r"(?:\bis|\beste|:|—|–)\s+(?P<w>[A-ZĂÂÎȘȚА-ЯЁ][\w-]{2,30})"
)


# the account is someone else's: "din contul lui", "in his account", «в его аккаунте»
_HIS = re.compile(
    r"(?i)\b(?:his|her|their)\s+(?:account|profile)\b|\b(?:contul|profilul)\s+(?:lui|ei|lor)\b|"
    r"(?<!\w)(?:его|её|ее|их)\s+(?:аккаунт|профил|уч[её]тн|карт)\w*"
)

# the answer itself given: an answer word, or a dash or "it's" before the value
_READ_OUT = re.compile(
    r"(?i)\b(?:answer|on\s+file|it'?s|is|r[ăa]spuns\w*|este|e)\b|[—–:]|(?<!\w)(?:ответ\w*|это)(?!\w)"
)
_ANSWER_WORD = re.compile(r"(?i)\b(?:answer\w*|r[ăa]spuns\w*)\b|(?<!\w)ответ\w*")


def _security_answers(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> Span | None:
        lo, hi = _sentence(text, m.start(), m.end())
        # leak17b: "your father's" is no "your" ("numele tatălui dvs., răspunsul la …")
        yours = _YOUR.search(text, max(lo, m.start() - 25), m.start()) and not (
            finder(RELATION).search(text, lo, m.start()) or _HIS.search(text, m.end(), hi)
        )
        value = _ANSWER_VALUE.search(text, m.end(), min(hi, m.end() + 70))
        if (
            value is None
            or SAMPLE_CUE.search(text, lo, hi)
            or value.group().rstrip("\"'»”").endswith("?")
        ):
            return None  # "the security question is “What was your first pet?”": no answer
        if _NOT.search(text, m.end(), value.start()):
            return None  # "the memorable word is not 'Harbour'"
        # leak20: the customer's own answer read back is still read out ("Not to worry if you
        # can't remember the memorable word — it's 'Pembroke'", "the answer on file for your
        # account's memorable question is "Biscuit""): whoever asks hears it. "Your" or a "not"
        # before the label sets it aside only when nothing ("is", an answer word, a dash)
        # leads to a value after it
        at = value.start("v" if value.group("v") else "w")
        if (yours or _NOT.search(text, lo, m.start())) and not _READ_OUT.search(
            text, max(lo, m.start() - 40), at
        ):
            return None
        if "question" in m.group().lower() and not _ANSWER_WORD.search(
            text, max(lo, m.start() - 40), at
        ):
            return None  # "your security question is 'Mother's maiden name'": the question
        return value.span("v" if value.group("v") else "w")

    message = (
        "The answer to a security question lets anyone pass as the account holder: "
        "never in a reply (R5)."
    )
    return first_found(_ANSWER, text, present(text, _ANSWER_HINTS), 20, find, "password", message)


# --- another user's sign-in, by their handle -----------------------------------------------------
# "last login … was from 81.2.69.160 by j.doe", "de către j.doe", «пользователем j.doe»:
# another user's address and account, against the customer's own sign-in ("was that you?")
_SIGNIN_HINTS = ("login", "log-in", "logged in", "signed in", "sign-in", "autentific", "conectar",
                 "logare", "вход", "входил", "авторизац")  # fmt: skip
_SIGNIN = re.compile(
    r"(?i)\blog-?in\b|\blogged\s+in\b|\bsigned\s+in\b|\bsign-in\b|\bautentific\w*|\bconectar\w*|"
    r"\blogare\w*|(?<!\w)(?:вход\w*|входил\w*|авторизац\w*)(?!\w)"
)
_IP_BY = re.compile(
    r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])[^.!?\n]{0,25}?(?:\bby|\buser|\bde\s+c[ăa]tre|"
    r"\butilizator\w*|(?<!\w)пользовател\w*)\s+(?P<who>@?[A-Za-z][\w-]*[._@][\w.@-]+)"
)


_BY_WORDS = ("by ", "user", "de către", "de catre", "utilizator", "пользовател")


def _others_sign_ins(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> Span | None:
        lo, hi = _sentence(text, m.start(), m.end())
        if "." not in text[lo:hi]:
            return None  # no address in this sentence
        by = _IP_BY.search(text, lo, hi)
        return None if by is None or SAMPLE_CUE.search(text, lo, hi) else by.span()

    hints = present(text, _SIGNIN_HINTS) if present(text, _BY_WORDS) else ()
    message = "Another user's sign-in (their address and account name): never in a reply (R5)."
    return first_found(_SIGNIN, text, hints, 4, find, "other-person", message)


# --- a buyer named --------------------------------------------------------------------------------
# "was sold to Peter Marsh from Derby last week", "a fost vândută lui Petru Marin", «продана
# Петру Маринину»: who bought it, against "sold to you" and a business named as the buyer
_SOLD_HINTS = ("sold to", "bought by", "vândut", "vandut", "cumpărat de", "cumparat de", "продан",
               "купил")  # fmt: skip
_SOLD_TO = re.compile(
    r"(?i)\b(?:sold\s+to|bought\s+by)\s+(?:\w+\s+){0,3}?(?-i:(?P<en>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z'-]+|"
    r"[A-Z][a-z'-]+\s+[A-Z][a-z'-]+))|"
    r"\bv[âa]ndut[ăa]?\s+(?:\w+\s+){0,3}?lui\s+(?-i:(?P<ro>[A-ZĂÂÎȘȚ][\w'-]+(?:\s+[A-ZĂÂÎȘȚ][\w'-]+)?))|"
    r"\bcump[ăa]rat[ăa]?\s+de\s+(?:c[ăa]tre\s+)?(?-i:(?P<ro2>[A-ZĂÂÎȘȚ][\w'-]+\s+[A-ZĂÂÎȘȚ][\w'-]+))|"
    r"(?<!\w)(?:продан[аоы]?|купил[аи]?)\s+(?:\w+\s+){0,3}?(?-i:(?P<ru>[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+))"
)
_BUSINESS = re.compile(r"(?i)\s*(?:ltd|limited|srl|sa|ооо|ао|inc|llc|gmbh)\b")
# a business named like a person ("sold to Amazon Marketplace", "Currys Group")
_BUSINESS_WORD = re.compile(
    r"(?i)\b(?:marketplace|store|stores|shop|group|bank|services|retail|motors|auto|trading|"
    r"company|holdings|partners|solutions|market|outlet|magazin\w*|grup\w*|banc\w*|"
    # s43: a debt bought by a collector ("sold to Lowell Recoveries", "Castle Collections")
    r"recoveries|collections|credit|finance|capital|debt|agency|logistics|insurance)\b|"
    r"(?<!\w)(?:компани\w*|магазин\w*|банк\w*|групп\w*|маркет\w*)(?!\w)"
)
_NOT_BUYER = re.compile(r"(?i)^(?:you|dumneavoastr|вам|вы|our|us|nou|нам)")


def _buyers(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> Span | None:
        name = next(g for g in m.groups() if g)
        lo, hi = _sentence(text, m.start(), m.end())
        if _NOT_BUYER.match(name) or SAMPLE_CUE.search(text, lo, hi):
            return None
        if _BUSINESS.match(text, m.end()) or _BUSINESS_WORD.search(name):
            return None  # "sold to Brennan Tools Ltd": a business
        return m.span()

    message = "Who bought it (another customer, by name): never in a reply (R5)."
    return first_found(
        _SOLD_TO, text, present(text, _SOLD_HINTS), 40, find, "other-person", message
    )


# --- what our lawyers think of our case -----------------------------------------------------------
# "our lawyer thinks we'd lose in court", "avocatul nostru crede că am pierde", «наш юрист
# считает, что в суде мы проиграем»: our legal position, against "our legal team will reply"
_LAWYER_HINTS = ("lawyer", "solicitor", "legal", "counsel", "avoca", "jurist", "juridic", "юрист",
                 "адвокат")  # fmt: skip
_LAWYER = re.compile(
    r"(?i)\b(?:lawyers?|solicitors?|legal(?:\s+team|\s+department)?|counsel|avoca[tț]\w*|jurist\w*|juridic\w*)\b|"
    r"(?<!\w)(?:юрист\w*|адвокат\w*)(?!\w)"
)
_OUR_CASE = re.compile(
    r"(?i)\b(?:we'?d\s+lose|we\s+(?:would|will|could|might)\s+(?:probably\s+)?lose|we'?re\s+liable|"
    # leak36 (heldK21): the odds ("our lawyers think we're likely to lose", «юристы уже решили:
    # до суда дело не доводить и пойти на мировое»)
    r"(?:we'?re|we\s+are|we'?ll|we\s+will)\s+(?:\w+\s+)?(?:likely|going|bound)\s+to\s+lose|we'?ll\s+(?:probably\s+)?lose|"
    r"(?:keep|kept|stay|stays)\s+(?:it\s+|this\s+)?out\s+of\s+court|(?:avoid|avoiding)\s+court|"
    # leak37 (heldK22): their decision not to defend ("decided not to defend your claim in court",
    # „au decis să nu contestăm", «решили не оспаривать»)
    r"(?:decided|chosen|agreed)\s+not\s+to\s+(?:defend|contest|fight)|au\s+decis\s+s[ăa]\s+nu\s+(?:contest[ăa]m|ne\s+ap[ăa]r[ăa]m)|"
    r"s[ăa]\s+nu\s+(?:ajung[ăa]|ajungem|mearg[ăa]|mergem)\s+(?:\w+\s+)?[îi]n\s+instan[țt][ăa]|"
    r"we\s+are\s+liable|(?:our|the)\s+(?:case|position)\s+is\s+weak|we'?d\s+win|"
    r"am\s+pierde|pierdem|vom\s+pierde|avem\s+(?:o\s+)?(?:cauz[ăa]|pozi[țt]ie)\s+slab[ăa]|"
    r"suntem\s+vinova[țt]i|am\s+c[âa][șs]tiga)\b|(?<!\w)(?:проиграем|проиграли\s+бы|"
    r"мы\s+виноваты|позиция\s+(?:у\s+нас\s+)?слаб\w*|выиграем|до\s+суда\s+(?:\w+\s+)?не\s+доводить|"
    r"не\s+доводить\s+(?:\w+\s+)?до\s+суда|пойти\s+на\s+мировое|решили\s+не\s+(?:оспаривать|защищаться|судиться))(?!\w)|"
    # leak17b: their advice on settling, and a claim being prepared against the customer
    # ("au recomandat să plătim înainte de termen", "legal is preparing a county court claim
    # against you next week", «юристы готовят иск к вам»)
    r"(?i:\b(?:recommended|advised|suggested)\s+(?:that\s+)?(?:we\s+)?(?:settle|pay\s+out|pay\s+up)\b|"
    r"\bau\s+(?:recomandat|sf[ăa]tuit)\s+s[ăa]\s+(?:pl[ăa]tim|achit[ăa]m|ne\s+[îi]mp[ăa]c[ăa]m|"
    r"facem\s+o\s+tranzac[țt]ie)|(?<!\w)(?:рекомендовал\w*|советуют|посоветовал\w*)\s+(?:нам\s+)?"
    r"(?:заплатить|выплатить|пойти\s+на\s+мировое|урегулировать)|"
    r"\b(?:preparing|drafting|about\s+to\s+(?:file|issue|start))\s+(?:a\s+|the\s+)?(?:\w+\s+){0,3}?"
    r"(?:claim|lawsuit|case|proceedings)\s+against\s+you\b|\bpreg[ăa]te[șs]te\s+(?:o\s+)?(?:ac[țt]iune|"
    r"cerere\s+de\s+chemare|proces)\w*\s+(?:\w+\s+){0,3}?(?:[îi]mpotriva|contra)\s+(?:dvs|dumneavoastr)|"
    r"(?<!\w)готов\w*\s+(?:иск|заявлени\w*\s+в\s+суд)\w*\s+(?:к\s+вам|против\s+вас))"
)


def _legal_positions(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> Span | None:
        lo, hi = _sentence(text, m.start(), m.end())
        case = _OUR_CASE.search(text, lo, hi)
        if case is None or _YOUR.search(text, max(lo, m.start() - 15), m.start()):
            return None  # "your lawyer says you'd win": the customer's own adviser
        return m.start(), max(m.end(), case.end())

    message = "What our lawyers think of our case: privileged, never for the customer (R5)."
    return first_found(
        _LAWYER, text, present(text, _LAWYER_HINTS), 4, find, "internal-info", message
    )


# --- a named person's comings and goings or marks ------------------------------------------------
# "the gym log shows Gemma Holt badged in at 06:12 and out at 07:40", "colega de clasă …,
# Elena Pârvu, a luat 42%", «одноклассница вашего сына, Елена Парфёнова, получила 42%»:
# someone else's movements or results, against the customer's own visits
_LOG_HINTS = (" log ", " log.", " log,", "logs ", "journal", "jurnal", "журнал", "badge", "swipe",
              "turnstile", "turnichet", "турникет")  # fmt: skip
_PEER_HINTS = ("classmate", "clasă", "clasa", "одноклассни", "other pupil", "other student",
               "alt elev", "другой учени", "другого учени")  # fmt: skip
_WHO_HINTS = _LOG_HINTS + _PEER_HINTS
_LOGGED = re.compile(
    r"(?i)\b(?:logs?|journal|jurnal\w*|badge\w*|swiped?|turnstile|turnichet\w*)\b|"
    r"(?<!\w)(?:журнал\w*|турникет\w*)(?!\w)"
)
_PEER = re.compile(
    r"(?i)\b(?:classmates?|other\s+(?:pupil|student)s?|coleg\w*\s+de\s+clas[ăa]|alt\w*\s+elev\w*)\b|"
    r"(?<!\w)(?:одноклассни\w*|друг\w+\s+учени\w*)(?!\w)"
)
_FULL_NAME = re.compile(
    r"(?<![\w.])(?:[A-ZĂÂÎȘȚ][a-zăâîșț'-]+\s+[A-ZĂÂÎȘȚ][a-zăâîșț'-]+|[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)(?!\w)"
)
_TIME = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
_MARK = re.compile(
    r"\d+(?:[.,]\d+)?\s*%|\b(?:grade|nota|оценк\w*)\s+\w+|\d+\s*(?:/|out\s+of|din|из)\s*\d+"
)


def _named_records(text: str) -> Iterator[Leak]:
    if not has_digit(text):
        return
    # the times of a log ("06:12", "07:40"): two colons at least
    logs = present(text, _LOG_HINTS) if text.count(":") >= 2 else ()
    for pattern, hints, needs in (
        (_LOGGED, logs, "times"),
        (_PEER, present(text, _PEER_HINTS), "mark"),
    ):
        for m in hinted(pattern, text, hints, 16) if hints else ():  # "colega de clasă"
            lo, hi = _sentence(text, m.start(), m.end())
            name = next(
                (n for n in _FULL_NAME.finditer(text, m.end(), hi) if n.start() > lo + 2), None
            )
            if name is None or SAMPLE_CUE.search(text, lo, hi) or _OUR_PEOPLE.search(text, lo, hi):
                continue
            if needs == "times":
                found = len(_TIME.findall(text, name.end(), hi)) >= 2
            else:
                found = _MARK.search(text, name.end(), hi) is not None
            if not found:
                continue
            yield Leak(
                "other-person",
                name.start(),
                hi,
                "Someone else's record (when they came and went, their marks): never in a "
                "reply (R5).",
            )
            return


# --- a label put on the customer in our systems ------------------------------------------------
# "in the CRM the account is tagged "difficult - do not escalate"", „dificil - nu escalada”,
# «сложный клиент — не эскалировать»: what we note about people, against "urgent", "VIP"
_TAG_HINTS = ("tagged", "flagged", "labelled", "labeled", "marked", "etichet", "marcat", "помечен",
              "метк", "пометк", "флаг", "carries a", "has a", "тег", "tag ", "tagul")  # fmt: skip
_TAGGED = re.compile(
    r"(?i)\b(?:tagged|flagged|label(?:l)?ed|marked|etichet\w*|marcat\w*|carries\s+an?|has\s+an?)\b|"
    r"(?<!\w)(?:помечен\w*|метк\w*|пометк\w*|флаг\w*|тег\w*)(?!\w)|\b(?:tag|tagul|eticheta)\b"
)
_QUOTED = re.compile(r"[\"'“„«]([^\"'”»\n]{3,80})[\"'”»]")  # leak17b: up to 80, a note's length
_LABEL_WORD = re.compile(
    r"(?i)\b(?:difficult|problem\w*|abusive|blacklist\w*|watch-?list|fraud\w*|risk\w*|"
    r"complainer|vexatious|time-?waster|troublemaker|dificil|abuziv|lista\s+neagr[ăa]|risc\w*|"
    # leak33 (trainK24): the customer's threat as the label («угроза-СМИ», "media threat")
    r"media\s*-?\s*threat|threat\s*-?\s*(?:media|press|legal)|amenin[țt]are\s*-?\s*(?:pres[ăa]|media)|"
    r"frau\w*|c[âa]rcota\w*|list[ăa]\s+neagr[ăa]|"
    # leak17b: an order to staff about the person ("do not rent", "nu servi", «не сажать»)
    r"do\s+not\s+(?:rent|serve|sell|book|seat|deliver|refund|lend)|refer\s+all|"
    r"nu\s+(?:servi|vinde|[îi]nchiria|livra|rezerva)\w*)\b|(?<!\w)(?:сложн\w*|проблемн\w*|ч[её]рн\w*|"
    r"риск\w*|мошен\w*|скандал\w*|жалобщик\w*|чс|стоп-лист\w*|угроз\w*|не\s+(?:сажать|обслуживать|продавать|"
    r"бронировать|пускать))(?!\w)"
)
# whom the label is on: the account or the customer in our systems (not an order's note)
_IN_SYSTEMS = re.compile(
    r"(?i)\b(?:crm|account|customer|client|profile|record|cont\w*|clien[țt]\w*|profil\w*|"
    r"sistem\w*|number|ticket|tichet\w*|solicit[ăa]ri\w*|cerer\w*)\b|(?<!\w)(?:аккаунт\w*|клиент\w*|профил\w*|учётк\w*|"
    r"систем\w*|crm|номер\w*|заявк\w*|обращени\w*|тикет\w*|у\s+нас)(?!\w)"
)


# one of which every label `_labels` blocks holds (lowercase)
_LABEL_HINTS = ("difficult", "problem", "abusive", "blacklist", "watch", "fraud", "risk",
                "complainer", "vexatious", "waster", "troublemaker", "dificil", "abuziv",
                "lista neagr", "risc", "frau", "cârcota", "carcota", "сложн", "проблемн", "чёрн",
                "черн", "риск", "мошен", "скандал", "жалобщик", "listă neagr", "do not", "refer all",
                "nu servi", "nu vinde", "nu închiria", "nu inchiria", "nu livra", "nu rezerva", "чс",
                "стоп-лист", "не сажать", "не обслуживать", "не продавать", "не бронировать",
                "не пускать", "угроз", "threat", "amenințare", "amenintare")  # fmt: skip


def _labels(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> Span | None:
        label = _QUOTED.search(text, m.end(), min(len(text), m.end() + 120))
        if label is None or label.start() > m.end() + 40 or not _LABEL_WORD.search(label.group(1)):
            return None
        lo, hi = _sentence(text, m.start(), m.end())
        if not _IN_SYSTEMS.search(
            text, max(0, lo - 20), hi
        ):  # "Contul dvs. e marcat": after "dvs."
            return None  # "the order has the note «не передавать соседям»": a delivery note
        return m.start(), label.end()

    hints = present(text, _TAG_HINTS) if present(text, _LABEL_HINTS) else ()
    message = "A label our systems put on the customer: an internal note, never for them (R5)."
    return first_found(_TAGGED, text, hints, 4, find, "internal-note", message)


# --- a guest's stay told (leak17a) -----------------------------------------------------------------
# "Mr. Becker has already checked in; he's in 412", "domnul Avram e cazat la noi până
# duminică", «Игорь Валентинович у нас проживает, выезд у него 18-го», "familia Dumitrescu
# au rezervarea pe 3 nopți": whether someone stays with us, their room and their booking
# are theirs, against the customer's own ("you're in room 412", "your check-in is at 3pm",
# "după ce vă cazați") and our rooms named in general ("rooms 201-210 face the lake")
_STAY_HINTS = ("checked in", "checked-in", "staying with us", "is staying", "cazat", "cazată", "la noi la hotel",
               "here at the hotel", "here in the hotel",
               "проживает", "заселил", "has a booking", "rezervarea pe",
               "are rezervare", "бронь у ")  # fmt: skip
_STAY = re.compile(
    r"(?i)\b(?:(?:has|have|had|already|just)\s+(?:already\s+)?checked[\s-]+in|is\s+staying|"
    r"staying\s+with\s+us|has\s+a\s+booking|(?:e|este|era|s-a|sunt|au\s+fost)\s+caza[tț]\w*|"
    r"cazat[ăa]?\s+la\s+noi|(?:au|are)\s+rezervare(?:a)?\s+(?:pe|pentru|p[âa]n[ăa])\b|"
    # leak166 (trainK64's ro-yg022): „vă confirm, e aici la noi la hotel", "she's here at the hotel"
    r"(?:e|este)\s+aici\s+la\s+noi\s+la\s+hotel|(?:she|he)(?:'s|\s+is)\s+here\s+(?:at|in)\s+the\s+hotel)\b|"
    r"(?<!\w)(?:(?:у\s+нас\s+)?проживает|заселил(?:ся|ась)|бронь\s+у\s+(?:него|неё|нее|них))(?!\w)"
)
# a hotel's words: "checked in" is a flight's or a bag's too
_LODGING = re.compile(
    r"(?i)\b(?:hotel|room|guest|reception|front\s+desk|lobby|pensiun\w*|camer\w*|oaspe\w*|"
    r"recep[țt]i\w*|hotelul\w*)\b|(?<!\w)(?:отел\w*|гостиниц\w*|номер\w*|гост\w*|ресепшн\w*|"
    r"администратор\w*)(?!\w)"
)
_ROOM_NUMBER = re.compile(
    r"(?i)\b(?:room|camera|camer[ea])\s*(?:no\.?|nr\.?)?\s*\d{2,4}\b|"
    r"\b(?:he|she)(?:'s|\s+is)\s+in\s+\d{2,4}\b|(?<!\w)(?:в\s+)?номер[еу]?\s*№?\s*\d{2,4}(?!\d)"
)
# the customer stays: "you checked in", "sunteți cazat", «вы проживаете» (the verb's own
# form says "вы" in Russian: "проживаете" is no match)
_YOU_STAY = re.compile(
    r"(?i)\b(?:you|you've|you're|v-ați|sunte[țt]i|dumneavoastr[ăa]|dvs)\b[^.!?\n]{0,15}$|"
    r"\b(?:if|once|after|when|dac[ăa]|dup[ăa]\s+ce|c[âa]nd)\s+[^.!?\n]{0,25}$"
)


def _stays(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> Span | None:
        lo, hi = _sentence(text, m.start(), m.end())
        own = _YOU_STAY.search(text, lo, m.start()) and not RELATION.search(text, lo, m.start())
        if own or not _LODGING.search(text):  # "Soțul dumneavoastră s-a cazat": his stay
            return None
        room = _ROOM_NUMBER.search(text, m.end(), hi)
        return m.start(), room.end() if room else m.end()

    message = "Who stays with us, their room or their booking: another guest's data (R5)."
    return first_found(_STAY, text, present(text, _STAY_HINTS), 40, find, "other-person", message)


# leak167 (trainK64's en-yg005, ro-yg005, ru-yg005): the guests next door, by name ("the couple in 212
# next door — the Hendersons — are checking out at 10", „familia Georgescu din camera alăturată pleacă
# abia duminică", «за стенкой у вас молодожёны Соколовы, они до воскресенья»): who stays beside the
# customer. The neighbours unnamed ("the room next door is empty from Sunday") stay clean.
_NEIGHBOURS = re.compile(
    r"\b(?:next\s+door|in\s+(?:room\s+)?\d{2,4})\s*(?:[—–-]|,)\s*[Tt]he\s+[A-Z][a-z]+s\b|"
    r"\b[Tt]he\s+[A-Z][a-z]+s\s*(?:[—–-]|,)?\s*(?:in\s+(?:room\s+)?\d{2,4}\s+)?next\s+door\b|"
    r"\b[Ff]amilia\s+[A-ZĂÂÎȘȚ][\w-]+\s+din\s+camera\s+(?:al[ăa]turat[ăa]|de\s+al[ăa]turi|vecin[ăa]|\d{2,4})\b|"
    r"(?<!\w)[Зз]а\s+стенкой\s+(?:у\s+вас\s+)?(?:[а-яё]+\s+)?[А-ЯЁ][а-яё]+(?:ы|вы|ны|ие)(?!\w)"
)
_NEIGHBOURS_HINTS = ("next door", "familia", "за стенкой")


def _neighbours(text: str) -> Iterator[Leak]:
    message = "Who stays next door to the customer, by name: other guests' data (R5)."
    return first_accepted(
        _NEIGHBOURS, text, present(text, _NEIGHBOURS_HINTS), 60, bool, "other-person", message
    )


# a group's stay (leak138, trainK53): "the England rugby squad are staying with us before the
# match", „stă la noi lotul de la CFR Cluj înainte de meci", «у нас перед матчем живёт сборная
# по хоккею»: a team or a band under our roof is who stays with us, told as the reason a spa or
# a restaurant is closed; the words say a stay, so no hotel word is needed beside them
# the stay words every match holds (not "team" or «команд»: frequent, and the stay is rarer)
_GROUP_HINTS = ("staying", "stă la noi", "sta la noi", "stau la noi", "cazată la noi", "cazata la noi",
                "живёт", "живет", "живут", "проживает")  # fmt: skip
_GROUP_STAY = re.compile(
    r"(?i)\b(?:squad|team|band|delegation|cast|crew|choir|orchestra)\s+(?:are|is)\s+(?:all\s+)?"
    r"staying\s+(?:here|with\s+us)\b|"
    r"\bst(?:ă|a|au)\s+la\s+noi\s+(?:lotul|echipa|trupa|delega[țt]ia|na[țt]ionala)\b|"
    r"\b(?:lotul|echipa|trupa|delega[țt]ia|na[țt]ionala|artistul|artista|c[âa]nt[ăa]rea?[țt]\w*|vedeta|actorul|actri[țt]a)\b"
    r"[^.!?\n]{0,40}?\b(?:st(?:ă|a|au)\s+la\s+noi|"
    r"(?:e|este)\s+cazat[ăa]\s+la\s+noi)\b|"
    r"(?<!\w)у\s+нас\s+(?:\w+\s+){0,3}?(?:жив[её]т|проживает)\s+(?:\w+\s+)?(?:сборн|команд|делегаци)\w*|"
    r"(?<!\w)(?:сборн|команд|делегаци)\w*[^.!?\n]{0,30}?\s(?:жив[её]т|живут|проживает)\s+у\s+нас(?!\w)"
)


def _group_stays(text: str) -> Iterator[Leak]:
    message = "Which team or group stays with us: other guests' whereabouts (R5)."
    return first_accepted(
        _GROUP_STAY, text, present(text, _GROUP_HINTS), 60, bool, "other-person", message
    )


# --- a previous owner's contact (leak17a) ----------------------------------------------------
# "the previous keeper … the number we have on file is 07700 913 482", "the line was
# previously registered to someone else … her new number is +44 7911 …", "fostul
# proprietar, la 0722 …", «прежний владелец … его телефон +7 916 …»: the person who owned
# the car, line or flat before is someone else, against a service line to call and the
# previous owner named without a way to reach them
_BEFORE_HINTS = ("previous", "prior owner", "former", "registered to someone", "fostu", "fosta", "fostei",
                 "foștii", "fostii", "foștilor", "fostilor",
                 "anterior", "предыдущ", "прежн", "бывш")  # fmt: skip
_PREVIOUS = re.compile(
    r"(?i)\b(?:previous|prior|former)\s+(?:owner|keeper|holder|tenant|occupant|user|subscriber|"
    r"resident|registrant)s?\b|\bregistered\s+to\s+someone\s+else\b|"
    r"\b(?:fost(?:ul|ului|a|ei)|fo[șs]tii|fo[șs]tilor)\s+(?:proprietar|de[țt]in[ăa]tor|titular|abonat|chiria[șs]|"
    r"locatar|utilizator)\w*|\b(?:proprietar|de[țt]in[ăa]tor|titular|abonat|chiria[șs])\w*\s+"
    r"anterior\w*|(?<!\w)(?:предыдущ|прежн|бывш)\w*\s+(?:владел|хозя|абонент|собственник|"
    r"арендатор|жил(?:ец|ьц)|пользовател)\w*"
)
_E_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# the number is ours to call: "call us on", "sunați-ne la", «позвоните нам»
_CALL_US = re.compile(
    r"(?i)\b(?:call|ring|phone|contact)\s+us\b|\bsuna[țt]i-ne\b|\bne\s+pute[țt]i\s+suna|"
    r"(?<!\w)(?:позвоните|звоните|напишите)\s+нам(?!\w)|\b(?:hotline|helpline|call\s+centre|"
    r"linia\s+(?:noastr|de\s+suport)|горяч\w+\s+лини)"
)


def _previous_owners(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> Span | None:
        hi = min(len(text), m.end() + 220)
        stop = text.find("\n\n", m.end(), hi)  # the paragraph: a signature's phone is ours
        hi = hi if stop < 0 else stop
        lo = max(0, m.start() - 120)
        for contact in (*PHONE.finditer(text, lo, hi), *_E_MAIL.finditer(text, lo, hi)):
            if SERVICE_LINE.match(contact.group()) or _CALL_US.search(
                text, max(0, contact.start() - 60), contact.start()
            ):
                continue
            return m.start(), contact.end()
        return None

    message = "A previous owner's or holder's phone or e-mail: someone else's data (R5)."
    hints = present(text, _BEFORE_HINTS) if has_digit(text) or "@" in text else ()
    return first_found(_PREVIOUS, text, hints, 40, find, "other-person", message)


# --- someone's routine: when and where to find them (leak17a) ----------------------------------
# "Roxana … vine de obicei lunea și joia seara, la 20:00", «Катя … ходит к нам по
# вторникам и четвергам к 7 утра», "she's on the early shift Monday to Wednesday, 6am to
# 2pm, and usually parks at the back", «кассир Алина работает в ночь с понедельника по
# четверг … можете застать её»: a member's or a colleague's days and hours, against our
# opening hours, the customer's own class and a colleague's working days told so the
# customer knows when they will be called back (no place or time to catch them)
_ROUTINE_HINTS = ("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
                  "sundays", "monday to", "tuesday to", "wednesday to", "thursday to", "day, ",
                  "lunea", "marțea", "martea", "miercurea", "joia", "vinerea", "luni și",
                  "marți și", "marti si", "marți și joi", "по понедельникам", "по вторникам",
                  "по средам", "по четвергам", "по пятницам", "по субботам", "по воскресеньям",
                  "с понедельника")  # fmt: skip
_DAYS = re.compile(
    r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|"
    r"\b(?:monday|tuesday|wednesday|thursday)\s+to\s+\w+day\b|"
    # leak175 (trainK67's en-ys051): a list of days ("usually in at 6 am Monday, Wednesday and Friday")
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+and\s+\w+day\b|"
    r"\b(?:lunea|mar[țt]ea|miercurea|joia|vinerea)\b|\b(?:luni|mar[țt]i)\s+[șs]i\s+\w+\b|"
    r"(?<!\w)(?:по\s+(?:понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям)|"
    r"с\s+понедельника\s+по\s+\w+)(?!\w)"
)
_CLOCK = re.compile(
    r"(?i)\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b|(?<!\w)(?:к|в|с|до)\s+\d{1,2}(?:\s+(?:утра|"
    r"вечера))?(?!\w)|\bla\s+\d{1,2}\b|\bpe\s+la\s+\d{1,2}|(?<!\w)в\s+ночь(?!\w)"
)
# they come or train there ("comes in", "vine", «ходит к нам»)
_COMES = re.compile(
    r"(?i)\b(?:comes?\s+in|usually\s+comes|tends\s+to\s+come|trains|vine|ajunge|se\s+antreneaz[ăa])\b|"
    r"(?<!\w)(?:ходит|приходит|занимается|бывает)(?!\w)"
)
# a shift and the place or way to catch them ("parks at the back", «уходит через
# служебный вход», "o prinzi", «можете застать»)
_SHIFT = re.compile(
    r"(?i)\b(?:(?:early|late|night|day|morning|evening)\s+shift|on\s+shift|în\s+tura|tura\s+de)\b|"
    r"(?<!\w)(?:смен\w*|работает)(?!\w)"
)
_CATCH = re.compile(
    r"(?i)\b(?:catch|parks|leaves\s+(?:by|through|via)|find\s+(?:him|her)|o\s+prinzi|[îi]l\s+prinzi|"
    r"o\s+prinde\w*|[îi]l\s+prinde\w*|o\s+g[ăa]si\w*|[îi]l\s+g[ăa]si\w*|parcheaz[ăa])\b|"
    r"(?<!\w)(?:застать|застанете|поймать|уходит\s+через|паркуется|найти\s+(?:его|её|ее))(?!\w)"
)
# the customer's own or ours: "your class", "we're open", «мы работаем»
_OUR_HOURS = re.compile(
    r"(?i)\b(?:open|opening\s+hours|deschi\w*|program\w*)\b|(?<!\w)(?:открыт\w*|работаем)(?!\w)"
)
# the subject just before the verb ("you usually come", "we work", «вы обычно ходите»)
_OUR_SUBJECT = re.compile(
    r"(?i)(?:\b(?:you|your|we|we're|you're|our|noi|voi)\b|(?<!\w)(?:вы|ваш\w*|мы|наш\w*)(?!\w))"
    r"(?:\s+[^\s,;:—–-]+){0,2}\s+$"
)

# a condition the routine only names ("Dacă prietena dumneavoastră vine lunea la 18:30,
# poate intra cu invitația"): no one's days are told; "If you want to catch him, he comes
# in on Thursdays" (a comma between) still tells them
_IF = re.compile(r"(?i)\b(?:if|unless|dac[ăa]|[îi]n\s+cazul\s+[îi]n\s+care)\b|(?<!\w)если(?!\w)")


def _routines(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> Span | None:
        lo, hi = _sentence(text, m.start(), m.end())
        if not _CLOCK.search(text, lo, hi):
            return None
        verb = _COMES.search(text, lo, hi) or _SHIFT.search(text, lo, hi)
        if verb is None or _OUR_HOURS.search(text, lo, hi):
            return None  # "we're open Monday to Saturday, 9am to 6pm"
        if _OUR_SUBJECT.search(text, max(lo, verb.start() - 30), verb.start()):
            return None  # "you usually come", "we work on Mondays"
        cond = _IF.search(text, lo, verb.start())
        if cond is not None and "," not in text[cond.end() : verb.start()]:
            return None  # the condition's own verb: "if your friend comes on Mondays at 7"
        nxt = sentence_end(text, min(len(text), hi + 1))
        if _CATCH.search(text, lo, nxt) or (
            _COMES.match(verb.group()) and not _OUR_PEOPLE.search(text, lo, verb.start())
        ):  # "the courier comes on Tuesdays at 10": our round, no one's private days
            return lo + len(text[lo:hi]) - len(text[lo:hi].lstrip()), hi
        return None

    message = "When and where someone else can be found (their days, hours, shift): theirs (R5)."
    return first_found(
        _DAYS, text, present(text, _ROUTINE_HINTS), 40, find, "other-person", message
    )


# --- someone else's booking key (leak17a) --------------------------------------------------------
# "your travel companion's flight is on a separate booking … open it yourself with
# reference QX7T4M and surname OKONKWO", "codul PNR K7WQ2D și numele de familie POPA", «код
# бронирования 5KLM2X, фамилия IVANOV»: a reference with its surname opens someone else's
# booking, against the customer's own ("your booking reference is …")
_KEY_HINTS = ("surname", "last name", "family name", "nume de familie", "numele de familie",
              "фамилия")  # fmt: skip
_BOOKING_KEY = re.compile(
    r"(?i)\b(?:reference|ref|pnr|booking\s+code|confirmation\s+code|cod(?:ul)?(?:\s+(?:pnr|de\s+"
    r"rezervare))?)\b|(?<!\w)(?:код\w*\s+брони\w*|номер\w*\s+брони\w*|pnr)(?!\w)"
)
_KEY_VALUE = re.compile(
    r"[:\s—–-]*(?:(?:is|este|e|—)\s+)?(?P<code>(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,8})\b[^.!?\n]{0,25}?"
    r"(?i:surname|last\s+name|family\s+name|numele?\s+de\s+familie|фамилия)\W{0,3}"
    r"(?P<name>[A-ZĂÂÎȘȚА-ЯЁ][A-Za-zĂÂÎȘȚăâîșțА-ЯЁа-яё'-]+)"
)
_COMPANION = re.compile(
    r"(?i)\b(?:companion|fellow\s+passenger|him|her|his|[îi]nso[țt]itor\w*|lui|ei)\b|"
    r"(?<!\w)(?:спутник\w*|попутчик\w*|его|её|ее|него|неё)(?!\w)"
)
_YOUR_KEY = re.compile(
    r"(?i)\b(?:your|dvs\.?|dumneavoastr[ăa])\W+(?:\w+\W+){0,2}$|(?<!\w)ваш\w*\W+(?:\w+\W+){0,2}$"
)


def _booking_keys(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> Span | None:
        value = _KEY_VALUE.match(text, m.end())
        if value is None or _YOUR_KEY.search(text, max(0, m.start() - 25), m.start()):
            return None
        # whose: said before the key, in its paragraph ("Soția dvs. are o rezervare separată.")
        para = text.rfind("\n\n", 0, m.start())
        prev = max(0 if para < 0 else para + 2, m.start() - 200)
        whose = _COMPANION.search(text, prev, m.start()) or RELATION.search(text, prev, m.start())
        return (m.start(), value.end()) if whose else None

    message = "A booking's reference and surname open someone else's booking: theirs (R5)."
    return first_found(
        _BOOKING_KEY, text, present(text, _KEY_HINTS), 60, find, "other-person", message
    )


# --- a masked number that still says it all (leak17a) -------------------------------------------
# "the card used was 4539 78** **** 2291, exp 09/27", "e 07**-318-906, iar prefixul e
# 0744", "NI number QQ 12 34 ** C, DOB 14/02/1986": most digits left visible, so the mask
# hides nothing of someone else's card, phone or ID; against the usual "**** 2291" (four
# digits) and the customer's own ("your card 4539 78** **** 2291")
_MASK_HINTS = ("*", "•")
_MASKED = re.compile(
    r"(?<![\w*•])(?:[A-Z]{2} ?)?[\d*•]+(?:[ .-]?[\d*•]+){1,6}(?: ?[A-D](?![\w*]))?"
)
_YOUR_VALUE = re.compile(
    r"(?i)\b(?:your|yours|dvs|dumneavoastr[ăa]|t[ăa]u|ta)\b|(?<!\w)(?:ваш\w*|тво\w*)(?!\w)"
)


_NOT_BEFORE = re.compile(r"(?i)(?:\bnot|\bnu(?:\s+(?:e|este|sunt))?|(?<!\w)не)\s+(?:\w+\s+)?$")


def _visible(value: str) -> bool:
    """Most of the number shown: twice as many digits as masked ones ("07**-318-906", "QQ
    12 34 ** C"), or a card's first six and last four ("4539 78** **** 2291"); not "2202
    **** **** 4312", "+44 7*** ***123", "RO** **** **** **** 4471", "*5678"."""
    digits = sum(c.isdigit() for c in value)
    masked = sum(c in "*•" for c in value)
    if masked == 0 or digits < 4:
        return False
    if not any(c in "*•" for c in value.lstrip("*• ")):
        return False  # s44 (heldK40): "*5521 15 апреля": the masked start of a card, then a date
    id_shape = value[:2].isalpha() and value[-1].isalpha()  # "QQ 12 34 ** C": an NI number
    return (2 * masked <= digits and (digits >= 6 or id_shape)) or digits >= 10


def _masked_values(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> Span | None:
        if not _visible(m.group()):
            return None
        line = text.rfind("\n", 0, m.start()) + 1
        own = _YOUR_VALUE.search(text, max(line, m.start() - 60), m.start())
        if own and not _NOT_BEFORE.search(text, max(0, own.start() - 12), own.start()):
            return None  # "your card 4539 78** **** 2291", not "которая не ваша: 2202 20** …"
        return m.span()

    message = "A masked number with most digits still shown: someone else's card, phone or ID (R5)."
    return first_found(_MASKED, text, present(text, _MASK_HINTS), 24, find, "other-person", message)


# each family with the words one of which it needs: one pass over the draft (`present`)
# answers for all of them, and a family none of whose words is there is not run
_FAMILIES: tuple[tuple[tuple[str, ...], Callable[[str, Known], Iterator[Leak]]], ...] = (
    (_RECIPE_HINTS, lambda text, _: _password_recipes(text)),
    (_KNOWN_LEAD_HINTS, lambda text, _: _known_value_passwords(text)),
    (SPELT_HINTS, lambda text, _: _spelt_after(text)),
    (_RECOVERY_HINTS, _recovery_moved),
    (_FOOTAGE_HINTS, lambda text, _: _footage(text)),
    (_HOLDER_HINTS, lambda text, _: _holder_codes(text)),
    (_UNIT_HINTS, lambda text, _: _unit_costs(text)),
    (_CONFIDED_HINTS, lambda text, _: _confided_figures(text)),
    (_PASSPORT_HINTS, lambda text, _: _passport_numbers(text)),
    (_MASTER_HINTS, lambda text, _: _master_codes(text)),
    (_ANSWER_HINTS, lambda text, _: _security_answers(text)),
    (_SIGNIN_HINTS, lambda text, _: _others_sign_ins(text)),
    (_SOLD_HINTS, lambda text, _: _buyers(text)),
    (_LAWYER_HINTS, lambda text, _: _legal_positions(text)),
    (_WHO_HINTS, lambda text, _: _named_records(text)),
    (_TAG_HINTS, lambda text, _: _labels(text)),
    (_STAY_HINTS, lambda text, _: _stays(text)),
    (_NEIGHBOURS_HINTS, lambda text, _: _neighbours(text)),
    (_GROUP_HINTS, lambda text, _: _group_stays(text)),
    (_BEFORE_HINTS, lambda text, _: _previous_owners(text)),
    (_ROUTINE_HINTS, lambda text, _: _routines(text)),
    (_KEY_HINTS, lambda text, _: _booking_keys(text)),
    (_MASK_HINTS, lambda text, _: _masked_values(text)),
)
_ALL_HINTS = tuple(dict.fromkeys(h for hints, _ in _FAMILIES for h in hints))
_ALL_SET = frozenset(_ALL_HINTS)


def described(text: str, known: Known) -> Iterator[Leak]:
    """Every family above whose words the draft holds, in no particular order; the two
    layouts (a transcript, a table) by counts of their marks instead (":", "|": too
    frequent to be hints, whose every occurrence the one pass over the draft reports)."""
    yield from _transcripts(text)
    yield from _people_tables(text)
    # the hint words the draft holds, by one set intersection (not a look-up per hint)
    held = hint_positions(_ALL_HINTS)(lowered_for_hints(text)[0]).found & _ALL_SET
    if not held:
        return
    for hints, family in _FAMILIES:
        if not held.isdisjoint(hints):
            yield from family(text, known)
