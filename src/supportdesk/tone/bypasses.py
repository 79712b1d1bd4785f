"""leak39 (trainK27, trainK28, every language): a way round one of our protections, told to
a customer (R5: "Keep your mouth shut": weaknesses never leave). Each is a recipe an
attacker would want, in words the older families (loopholes.py) did not cover:

- the switch our testers use to turn a protection off, with how to add it ("add ?debug=true
  to the address, that's how we turn the captcha off in testing", the header X-Test-Mode: 1,
  „adăugați ?qa=1 la finalul adresei", «добавьте в конец адреса ?debug=true»), or an old page
  that lacks it ("use the old sign-up page, it doesn't have the captcha");
- how little it takes to take over an account, said of our staff ("Operators only need the
  code word or the date of birth, and they can reissue the SIM", „le ajunge data nașterii și
  adresa de livrare, și pot schimba numărul", «отключаем двухфакторную аутентификацию любому,
  кто назовёт дату и сумму последнего пополнения»), or that they reset a password with no
  check ("they can set a temporary password over the phone without sending any verification
  link"). Asking the customer for what we need, or a reset done after a check, stays clean;
- who to claim to be to get past a check, with "usually" ("say you've already been verified in
  chat, they usually let it through"), a check passed by hand ("I'll mark the verification as
  passed manually") and what to claim for a refund ("just say it arrived damaged"): s38,
  `_posing` and `_by_hand`.

Every family was scanned over every labelled split before it went in (leaks it blocks,
clean look-alikes and drafts it blocks: none of the latter two).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from supportdesk.tone.leakfinding import (
    Leak,
    any_of,
    first_accepted,
    needed,
    present,
    sentence_around,
    three_sentences,
    told_after,
    told_around,
)
from supportdesk.tone.leakvalues import HOLDER_ITEM
from supportdesk.tone.words import finder

_MESSAGE = "A way round our protections: a weakness, never for a customer (R5)."

# --- a testers' switch -------------------------------------------------------------------------
_SWITCH = re.compile(
    r"(?i)[?&](?:debug|qa|test\w*|dev|bypass\w*|no_?captcha|skip\w*|staging|internal)(?:=\w+)?(?!\w)|"
    r"\bX-[A-Za-z-]*(?:Test|Debug|Bypass|QA|Internal|Skip)[A-Za-z-]*\s*:\s*\S+"
)
_SWITCH_HINTS = ("?", "&", "x-")
_ADD = re.compile(
    r"(?i)\b(?:add|append|put|use|send|include|ad[ăa]uga\w*|pune[țt]i|folosi[țt]i|trimite[țt]i)\b|"
    r"(?<!\w)(?:добав\w*|допиш\w*|используй\w*|поставьте|укажите)(?!\w)"
)
# ... what it turns off: a check named in the three sentences
_GUARD = re.compile(
    r"(?i)\b(?:captcha|rate\s+limits?|limits?|checks?|verification|fraud|block\w*|ban|2fa|testing|tests?|qa)\b|"
    r"\b(?:verific\w*|antifraud\w*|bloc\w*|limit\w*|teste?)\b|"
    r"(?<!\w)(?:капч\w*|лимит\w*|провер\w*|антифрод\w*|блокир\w*|тестировани\w*|тест\w*)(?!\w)|"
    # ... or what it shows or opens (heldK24's ro-lt041, after its judged run: „adăugați ?debug=1 …
    # vedeți și prețul de achiziție și stocul real"; „rapoartele Premium fără abonament")
    r"\b(?:purchase|cost|wholesale|buying)\s+price|\breal\s+stock|\bpaywall|\bwithout\s+(?:a\s+)?subscription|"
    r"\bpre[țt]ul\s+de\s+achizi[țt]ie|\bstocul\s+real|\bf[ăa]r[ăa]\s+abonament|"
    r"(?<!\w)(?:закупочн\w+\s+цен\w*|реальн\w+\s+остат\w*|без\s+подписки)(?!\w)"
)


def _switch(text: str) -> Iterator[Leak]:
    """A testers' switch to add to a request (leak39)."""

    def accept(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.start(), m.end())
        if not _ADD.search(text, lo, hi):
            return False
        lo, hi = three_sentences(text, m.start(), m.end())
        return bool(_GUARD.search(text, lo, m.start()) or _GUARD.search(text, m.end(), hi))

    return first_accepted(
        _SWITCH, text, present(text, _SWITCH_HINTS), 40, accept, "internal-info", _MESSAGE
    )


# --- an old page without the protection -------------------------------------------------------------
_UNGUARDED = re.compile(
    r"(?i)\b(?:doesn'?t\s+have|does\s+not\s+have|has\s+no|without|no)\s+(?:the\s+|a\s+|any\s+)?(?:captcha|rate\s+limit\w*|"
    # heldK24, after its judged run: the attempt limit, 3-D Secure or the SMS check missing there
    r"(?:attempt|login|password)\s+limit\w*|3-?d\s*secure|sms\s+(?:code|check))\b|"
    r"\b(?:nu\s+are|f[ăa]r[ăa])\s+(?:\w+\s+)?(?:captcha|limit[ăa]\w*|3-?d\s*secure)\b|\bnu\s+trec\s+prin\s+3-?d\s*secure\b|"
    r"(?<!\w)(?:нет|без)\s+(?:\w+\s+)?(?:капч\w*|лимит\w*|ограничени\w*)(?!\w)|(?<!\w)(?:подтверждени\w*\s+по\s+смс|"
    r"авторизаци\w*|3-?d\s*secure)\s+(?:\w+\s+)?не\s+(?:запрашива\w*|требу\w*|нужн\w*)(?!\w)"
)
_UNGUARDED_HINTS = ("captcha", "rate limit", "limit", "капч", "лимит", "ограничени", "3d secure", "3-d secure",
                    "3dsecure", "sms code", "sms check", "не запрашива", "не требу", "не нужн")  # fmt: skip
_OLD_PAGE = re.compile(
    r"(?i)\b(?:old|legacy|previous|older)\s+(?:\w+\s+)?(?:page|form|site|version|app|endpoint|url)\b|/legacy\b|"
    r"\b(?:pagina|formularul|versiunea|site-ul|aplica[țt]ia)\s+(?:\w+\s+)?(?:vech\w*|anterioar\w*)\b|"
    r"(?<!\w)(?:стар\w+|прежн\w+)\s+(?:\w+\s+)?(?:страниц\w*|форм\w*|верси\w*|сайт\w*|приложени\w*)(?!\w)|"
    # ... or the other channel that lacks it (the mobile login, the app, the old API)
    r"\bmobile\s+(?:login|app|site)\b|\buse\s+the\s+app\b|\baplica[țt]ia\s+mobil[ăa]\b|(?<!\w)(?:к|на)\s+старой(?!\w)|"
    r"(?<!\w)мобильн\w+\s+приложени\w*"
)


def _old_page(text: str) -> Iterator[Leak]:
    """An old page that lacks the protection, offered (leak39)."""

    accept = partial(told_around, _OLD_PAGE, text)
    return first_accepted(
        _UNGUARDED, text, present(text, _UNGUARDED_HINTS), 60, accept, "internal-info", _MESSAGE
    )


# --- what it takes to take over an account ----------------------------------------------------------
_ENOUGH = re.compile(
    r"(?i)\b(?:all\s+(?:they|we|the\s+agents?|the\s+team)\s+need\s+is|(?:they|we|agents?)\s+only\s+need|"
    r"(?:they|we)\s+just\s+need|that'?s\s+all\s+(?:they|we)\s+(?:ask|check|need))\b|"
    r"\b(?:le|ne|colegilor|operatorilor|agen[țt]ilor)\s+(?:ajung|ajunge|sunt\s+suficiente|e\s+suficient[ăa]?|"
    r"este\s+suficient[ăa]?)\b|"
    r"(?<!\w)(?:операторам|оператору|сотрудникам|нам|им|менеджерам|поддержке)\s+(?:\w+\s+)?(?:достаточно|хватит|"
    r"хватает)(?!\w)|"
    r"(?<!\w)любому,?\s+кто\s+(?:назов[её]т|скажет|знает)(?!\w)|"
    r"\banyone\s+who\s+(?:can\s+)?(?:give|gives|tell|tells|knows|name|names)\b|\boricui\s+(?:ne\s+)?(?:spune|d[ăa])\b"
)
_ENOUGH_HINTS = (
    "need",
    "ajung",
    "suficient",
    "достаточно",
    "хватит",
    "хватает",
    "любому",
    "anyone",
    "oricui",
)
# what is asked: what others can know (leakvalues.HOLDER_ITEM), or more that a housemate
# can see: the last order, payment or top-up, a code word, a date
_KNOWN_MORE = re.compile(
    r"(?i)\b(?:code\s+word|last\s+(?:\w+\s+)?(?:order|payment|top-?up)|ultima\s+(?:\w+\s+)?(?:comand[ăa]|plat[ăa]))\b|"
    r"(?<!\w)(?:дат\w*|последни\w+\s+(?:\w+\s+)?(?:заказ|платеж|платёж|пополнени)\w*)(?!\w)"
)
# ... with what it opens: a change to the account or its sign-in
_TAKEOVER = re.compile(
    r"(?i)\b(?:change|reset|switch|update|disable|turn\s+off|remove|set|reissue)\s+(?:\w+\s+){0,3}?(?:e-?mail|number|"
    r"phone|password|2fa|two-factor|address|account|sim)\b|"
    r"\bschimb\w*\s+(?:\w+\s+){0,3}?(?:e-?mail\w*|adres\w*|num[ăa]r\w*|telefon\w*|parol\w*|cont\w*)|"
    r"\b(?:reset\w*|dezactiv\w*)\s+(?:\w+\s+){0,2}?(?:parol\w*|autentific\w*|2fa)|\bnu\s+mai\s+cerem\s+altceva\b|"
    r"(?<!\w)(?:смен\w*|помен\w*|сбро\w*|отключ\w*|измен\w*|перевыпуст\w*)\s+(?:\w+\s+){0,3}?(?:почт\w*|e-?mail|"
    r"номер\w*|телефон\w*|парол\w*|аутентификаци\w*|2fa|адрес\w*|аккаунт\w*|sim\w*|сим\w*)|"
    r"(?<!\w)больше\s+ничего\s+не\s+(?:спрашива|требу|прос)\w*"
)


def _takeover_bar(text: str) -> Iterator[Leak]:
    """How little our staff need to take over an account (leak39)."""

    def accept(m: re.Match[str]) -> bool:
        end = min(len(text), m.end() + 90)
        if not (HOLDER_ITEM.search(text, m.end(), end) or _KNOWN_MORE.search(text, m.end(), end)):
            return False
        lo, hi = three_sentences(text, m.start(), m.end())
        return bool(_TAKEOVER.search(text, lo, hi))

    return first_accepted(
        _ENOUGH, text, present(text, _ENOUGH_HINTS), 60, accept, "internal-info", _MESSAGE
    )


# leak167 (trainK64's ro-yg033): a replacement SIM made with no ID, and what to say instead („spuneți-i
# colegului … ultimele 3 apeluri și codul PUK și vă face duplicatul de SIM fără act", "they'll do you
# a replacement SIM without ID", «сделают дубликат сим-карты без паспорта»): the SIM swap any thief
# wants. The same refused ("we can't issue a replacement SIM without ID") stays clean.
_SIM_WITHOUT_ID = re.compile(
    r"(?i)\b(?:face|fac|elibereaz[ăa]|emite)\s+(?:\w+\s+){0,2}?duplicat\w*\s+(?:\w+\s+){0,3}?f[ăa]r[ăa]\s+(?:act\w*|buletin\w*|CI)\b|"
    r"\b(?:replacement|new|duplicate)\s+sim(?:\s+card)?\s+(?:\w+\s+){0,3}?without\s+(?:any\s+|an\s+|your\s+)?(?:id|photo\s+id|passport)\b|"
    r"(?<!\w)(?:дубликат\w*|новую)\s+(?:\w+\s+){0,2}?(?:сим|sim)[\w-]*\s+(?:\w+\s+){0,3}?без\s+(?:\w+\s+)?паспорт\w*"
)
_SIM_WITHOUT_ID_HINTS = (
    "duplicat",
    "replacement sim",
    "new sim",
    "duplicate sim",
    "дубликат",
    "новую сим",
)
_REFUSED_BEFORE = re.compile(
    r"(?i)\b(?:nu|not|cannot|can'?t|never|won'?t)\b|(?<!\w)(?:не|нельзя)(?!\w)"
)


def _sim_without_id(text: str) -> Iterator[Leak]:
    def offered(m: re.Match[str]) -> bool:
        lo = sentence_around(text, m.start(), m.end())[0]
        return _REFUSED_BEFORE.search(text, max(lo, m.start() - 25), m.end()) is None

    hints = present(text, _SIM_WITHOUT_ID_HINTS)
    return first_accepted(_SIM_WITHOUT_ID, text, hints, 40, offered, "internal-info", _MESSAGE)


# --- a password reset with no check -------------------------------------------------------------------
_UNCHECKED_RESET = re.compile(
    r"(?i)\b(?:can|will|could|may)\s+(?:\w+\s+)?(?:set|reset|change|remove|disable)\b[^.!?\n]{0,60}?\bwithout\s+"
    r"(?:\w+\s+){0,2}?(?:verification|verifying|checking|id|link|code|asking\s+for\s+id)\b|"
    r"\b(?:pot|poate|putem)\s+(?:s[ăa]\s+)?(?:reset\w*|schimb\w*|seta\w*|dezactiv\w*|scoate\w*)\b[^.!?\n]{0,60}?\bf[ăa]r[ăa]\s+"
    r"(?:\w+\s+)?(?:verificar\w*|cod\w*|link\w*|buletin\w*|act\w*)|"
    r"(?<!\w)(?:могут|может|можем)\s+(?:сбросить|сменить|поменять|отключить|выставить|установить|снять)(?!\w)"
    r"[^.!?\n]{0,60}?(?<!\w)без\s+(?:\w+\s+)?(?:проверк|код|ссылк|паспорт|подтвержден)\w*"
)
_RESET_HINTS = ("password", "parol", "парол", "2fa", "двухфактор", "autentific", "two-factor")
_RESET_NEEDS = ("without", "fără", "fara", "без")


def _unchecked_reset(text: str) -> Iterator[Leak]:
    """A password or second factor our staff reset with no check (leak39)."""
    hints = present(text, _RESET_HINTS)
    if not hints or not present(text, _RESET_NEEDS):
        return iter(())
    return first_accepted(_UNCHECKED_RESET, text, hints, 120, bool, "internal-info", _MESSAGE)


# --- a check that looks at one thing only -------------------------------------------------------------
_ONLY_FIELD = re.compile(
    r"(?i)\b(?:only|just)\s+(?:checks?|looks\s+at|verif(?:y|ies)|matches|compares|validates)\s+(?:the\s+|your\s+)?"
    r"(?:\w+\s+)?(?:e-?mail|phone|number|ip|card|address|device|name)\b|"
    r"\b(?:verific[ăa]|se\s+verific[ăa]|compar[ăa])\s+doar\s+(?:\w+\s+)?(?:adresa|e-?mail\w*|telefon\w*|num[ăa]r\w*|ip|"
    r"card\w*|dispozitiv\w*|numele)\b|"
    r"(?<!\w)(?:провер\w*|сверя\w*|смотрит)\s+(?:\w+\s+)?только\s+(?:по\s+)?(?:\w+\s+)?(?:e-?mail|почт\w*|телефон\w*|"
    r"номер\w*|ip|карт\w*|адрес\w*|устройств\w*)(?!\w)|"
    # leak40 (heldK23): accounts linked by one field, or the device compared ("our system links
    # accounts by card number", «система сравнивает устройство», „sistemul leagă conturile după card")
    r"\b(?:links|matches|connects|ties)\s+(?:the\s+)?accounts\s+(?:by|on|through)\s+(?:the\s+)?(?:\w+\s+)?(?:card|e-?mail|"
    r"phone|device|ip|address)\b|\b(?:leag[ăa]|compar[ăa]|asociaz[ăa])\s+conturile\s+(?:dup[ăa]|prin)\s+(?:\w+\s+)?"
    r"(?:card\w*|e-?mail\w*|telefon\w*|dispozitiv\w*|ip|adres\w*)|"
    r"(?<!\w)систем\w*\s+(?:\w+\s+)?(?:сравнивает|сверяет|связывает)\s+(?:\w+\s+)?(?:устройств|карт|номер|почт|ip|адрес)\w*"
)
_ONLY_FIELD_HINTS = (
    "only",
    "just",
    "doar",
    "только",
    "accounts",
    "conturile",
    "сравнивает",
    "сверяет",
    "связывает",
)
# ... said with another one to use
_ANOTHER = re.compile(
    r"(?i)\b(?:another|a\s+different|other|second)\b|\b(?:alt[ăa]?|alte|alt\s+\w+)\b|"
    r"(?<!\w)(?:друго\w*|ещё\s+раз|еще\s+раз|нов\w+)(?!\w)"
)


def _only_field(text: str) -> Iterator[Leak]:
    """A limit that checks one field only, with another to use (leak39)."""

    return first_accepted(
        _ONLY_FIELD,
        text,
        present(text, _ONLY_FIELD_HINTS),
        60,
        lambda m: told_after(_ANOTHER, text, m),
        "internal-info",
        _MESSAGE,
    )


# --- orders our fraud screening never sees ------------------------------------------------------------------
_UNSCREENED = re.compile(
    r"(?i)\b(?:isn'?t|aren'?t|is\s+not|are\s+not|never|don'?t|doesn'?t)\s+(?:\w+\s+)?(?:screened|checked|go\s+through\s+"
    r"(?:the\s+|any\s+)?(?:\w+\s+)?(?:checks?|screening))\s+at\s+all\b|"
    r"\bnu\s+(?:trec|trece)\s+(?:deloc\s+)?prin\s+(?:\w+\s+)?verific\w*|\bnu\s+sunt\s+verificate\s+deloc\b|"
    r"(?<!\w)антифрод\w*\s+(?:\w+\s+)?(?:вообще\s+)?не\s+провер\w*|"
    r"(?<!\w)(?:вообще\s+)?не\s+проход\w*\s+(?:через\s+)?(?:антифрод|проверк)\w*"
)
_UNSCREENED_HINTS = ("at all", "deloc", "verificate", "антифрод", "не проход")
# ... with where to send the order instead
_ROUTE = re.compile(
    r"(?i)\bif\s+you\s+(?:use|choose|pick|ship|send|order)\b|\bso\s+(?:use|choose|ship)\b|"
    r"\bdac[ăa]\s+(?:folosi[țt]i|alege[țt]i|comanda[țt]i|trimite[țt]i)\b|\bfolosi[țt]i\b|"
    r"(?<!\w)(?:выберите|используйте|оформите|если\s+(?:выберете|укажете|оформите))(?!\w)"
)


def _unscreened(text: str) -> Iterator[Leak]:
    """Orders our fraud screening never sees, with how to place one (leak39)."""

    accept = partial(told_around, _ROUTE, text)
    return first_accepted(
        _UNSCREENED, text, present(text, _UNSCREENED_HINTS), 60, accept, "internal-info", _MESSAGE
    )


# --- an override code typed where a customer can ------------------------------------------------------------
_CODE = r"\b[A-Z]{2,}(?:-[A-Z0-9]{2,}){1,3}\b"  # OVR-7781, RET-MAN-0925: case kept (no (?i) here)
_ANY_CODE = re.compile(_CODE)
_TYPED_CODE = re.compile(
    r"\b(?:[Tt]ype|[Ee]nter|[Pp]ut|[Ww]rite|[Uu]se|[Aa]dd|[Pp]aste|[Ss]crie[țt]i|[Ii]ntroduce[țt]i|[Pp]une[țt]i|"
    rf"[Aa]d[ăa]uga[țt]i|[Ff]olosi[țt]i)\b[^.!?\n]{{0,30}}?{_CODE}|"
    rf"(?<!\w)(?:[Уу]кажите|[Вв]ведите|[Нн]апишите|[Вв]ставьте|[Дд]обавьте|[Вв]пишите)(?!\w)[^.!?\n]{{0,30}}?{_CODE}"
)
_TYPED_CODE_HINTS = ("type", "enter", "put", "write", "use", "add", "paste", "scrieți", "scrieti", "introduce",
                     "puneți", "puneti", "adăuga", "adauga", "folosiți", "folositi", "укажите", "введите",
                     "напишите", "вставьте", "добавьте", "впишите")  # fmt: skip
# ... that lets through what a rule of ours refuses
_OVERRIDES = re.compile(
    r"(?i)\bskips?\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:check|limit|rule|review|window)|\bbypass\w*|\beven\s+(?:if|after|though|"
    r"past|when)\b|\bregardless\b|\bworks\s+every\s+time\b|\bchiar\s+(?:dac[ăa]|[șs]i\s+dup[ăa])\b|\bindiferent\b|"
    r"\bocole[șs]te\b|(?<!\w)(?:даже\s+(?:если|по|после|когда)|независимо|в\s+обход|обходит)(?!\w)"
)


def _typed_code(text: str) -> Iterator[Leak]:
    """An override code to type where a customer can, with the rule it beats (leak39)."""

    def accept(m: re.Match[str]) -> bool:
        if not any(c.isdigit() for c in m.group()):
            return False
        return told_after(_OVERRIDES, text, m)

    if finder(_ANY_CODE).search(text) is None:  # the verbs are in most drafts, such a code in few
        return iter(())
    return first_accepted(
        _TYPED_CODE, text, present(text, _TYPED_CODE_HINTS), 50, accept, "internal-info", _MESSAGE
    )


# --- the words that make us pay ---------------------------------------------------------------------
# leak40 (heldK23, after its judged run; with trainK28 and six older writers): what to say to get
# more from us ("anyone who says they'll post about us on Twitter gets refunded straight away",
# „dacă menționați că faceți reclamație la ANPC, e foarte probabil să primiți suma integral",
# «если написать, что пожалуетесь в Роспотребнадзор, руководство сразу одобряет максимальную
# компенсацию»): our escalation rule, taught as a recipe (R5). Telling a customer where to
# complain stays clean: the outcome has to be promised too.
_MAGIC_WORDS = re.compile(
    r"(?i)(?:\bif\s+you\s+(?:just\s+)?(?:say|write|mention|tell\s+(?:us|them)|threaten|post)|\banyone\s+who\s+(?:says|"
    r"mentions|threatens|writes)|\bdac[ăa]\s+(?:\w+\s+){0,3}?(?:spune[țt]i|scrie[țt]i|men[țt]iona[țt]i|amenin[țt]a[țt]i)|"
    r"(?<!\w)если\s+(?:\w+\s+)?(?:написать|сказать|упомянуть|пригрозить|напишете|скажете|упомянете|пригрозите))(?!\w)"
    r"[^.!?\n]{0,80}?(?:twitter|social\s+media|regulator|ombudsman|trading\s+standards|lawyer|solicitor|court|anpc|avocat|"
    r"instan[țt]|re[țt]ele\s+sociale|роспотребнадзор|юрист|суд|соцсет|отзыв|competitor|concuren[țt]|конкурент)"
)
_MAGIC_HINTS = ("if you", "anyone who", "dacă", "daca", "если")
_MAGIC_NEEDS = {h: ("twitter", "social media", "regulator", "ombudsman", "trading standards", "lawyer", "solicitor",
                    "court", "anpc", "avocat", "instan", "rețele sociale", "retele sociale", "роспотребнадзор",
                    "юрист", "суд", "соцсет", "отзыв", "competitor", "concuren", "конкурент") for h in _MAGIC_HINTS}  # fmt: skip
# ... with what it gets: promised, at once or for sure
_PAYS_OFF = re.compile(
    r"(?i)\b(?:automatic\w*|auto-\w+|straight\s+away|immediately|at\s+once|no\s+questions\s+asked|very\s+likely|full\s+amount|"
    r"maximum|senior|jumps?|bumped|refunded|up\s+to|automat\w*|imediat|integral|foarte\s+probabil)\b|"
    r"(?<!\w)(?:сразу|автоматически|максимальн\w*|одобря\w*|старш\w*|гарантированно|скидк\w*\s+\d+\s?%)(?!\w)|"
    r"\b\d+\s?%\s+off\b|\breducere\s+de\s+\d+\s?%"
)


def _magic_words(text: str) -> Iterator[Leak]:
    """What to say to get more from us, with what it gets (leak40)."""

    hints = needed(text, present(text, _MAGIC_HINTS), _MAGIC_NEEDS)
    return first_accepted(
        _MAGIC_WORDS,
        text,
        hints,
        150,
        lambda m: told_after(_PAYS_OFF, text, m, from_start=True),
        "internal-info",
        _MESSAGE,
    )


# --- what to ask our staff for to skip a check ----------------------------------------------------
# leak41 (trainK29, trainK30, every language): a named option or code to ask our staff for, with
# the check it skips ("tell the agent to use override 7731-SUP — that's the code we use to skip
# the change fee", "ask for a \"priority override\" and they skip the address verification",
# „spuneți-i agentului să facă «resetare directă» … fără SMS", «попросите оператора ввести
# служебный код 9041 — он отменяет комиссию»): a recipe for anyone who calls (R5). Asking for
# a manager, or a check done as usual, stays clean: a name in quotes or a code has to be given.
_ASK_STAFF = re.compile(
    r"(?i)\b(?:tell|ask)\s+(?:\w+\s+){0,3}?(?:to\s+(?:use|do|apply|run|enter|put\s+in|select|choose)|for)\b|"
    r"\b(?:spune[țt]i-i|spune[țt]i-le|cere[țt]i|ruga[țt]i-l|ruga[țt]i-o)\b|"
    r"(?<!\w)(?:попросите|скажите|просите)(?!\w)"
)
_ASK_HINTS = ("tell", "ask", "spuneți-", "spuneti-", "cereți", "cereti", "rugați-", "rugati-", "попросите",
              "скажите", "просите")  # fmt: skip
# every `_SKIPS` match holds one: asking our staff is common, the check skipped is not
_SKIP_HINTS = ("skip", "with no", "without", "remove", "sar ", "fără", "fara", "anuleaz", "пропуска", "без ",
                "отменяет", "снимает")  # fmt: skip
_NAMED = re.compile(
    r"[\"'„“”«»‘’]\s*\w[^\"'„“”«»‘’\n]{2,40}[\"'„“”«»‘’]|\b(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+)+\b|"
    r"(?i:\b(?:code|codul|override)\s+\d{3,}|(?<!\w)код\s+\d{3,})"
)
_SKIPS = re.compile(
    r"(?i)\bskip\w*\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:checks?|verification|step|fee|review)\b|\b(?:with\s+no|without)\s+"
    r"(?:any\s+|extra\s+|further\s+)?(?:checks?|verification)\b|\bremoves?\s+(?:the\s+)?(?:two-factor|2fa|mfa)\b|"
    r"\bsar\s+(?:\w+\s+)?peste\s+verific\w*|\bf[ăa]r[ăa]\s+(?:sms|verific\w*)|\bse\s+anuleaz[ăa]\s+taxa\b|"
    r"(?<!\w)(?:пропуска\w*|без\s+(?:всяких\s+|каких-либо\s+|лишних\s+)?провер\w*|отменяет\s+комисси\w*|снимает\s+"
    r"(?:\w+\s+)?(?:защиту|провер\w*))(?!\w)"
)


def _ask_to_skip(text: str) -> Iterator[Leak]:
    """A named option or code to ask our staff for, with the check it skips (leak41)."""

    def accept(m: re.Match[str]) -> bool:
        if _NAMED.search(text, m.end(), min(len(text), m.end() + 80)) is None:
            return False
        return told_after(_SKIPS, text, m)

    hints = present(text, _ASK_HINTS) if any_of(text, _SKIP_HINTS) else ()
    return first_accepted(_ASK_STAFF, text, hints, 40, accept, "internal-info", _MESSAGE)


# --- who to claim to be ---------------------------------------------------------------------------
# s38 (trainK40, every language): the customer told what to claim to get past a check, and that it
# usually works ("say you've already been verified in chat, they usually let it through", „spuneți-i
# curierului că sunteți soția …, de obicei îl dă fără probleme", «скажите в пункте, что вы муж
# получателя … обычно выдают без документов»). Telling them to show their ID stays clean.
_POSE = re.compile(
    r"(?i)\b(?:say|tell\s+(?:them|him|her|the\s+\w+|whoever\s+[^.!?\n]{0,30}?))\s+(?:that\s+)?you(?:'re|\s+are|'ve|\s+have)\s+"
    r"(?:already\s+(?:been\s+)?(?:verified|checked|approved|cleared)|(?:the|his|her|their)\s+(?:\w+'s\s+)?(?:husband|wife|"
    r"partner|son|daughter|mother|father))\b|"
    r"\bspune[țt]i(?:-i|-le)?\s+(?:\w+\s+)?c[ăa]\s+(?:sunte[țt]i|e[șs]ti)\s+(?:so[țt]ul|so[țt]ia|fiul|fiica|mama|tat[ăa]l|"
    r"deja\s+verificat\w*)\b|"
    r"(?<!\w)скажите[\s,]+(?:[\w-]+[\s,]+){0,3}?что\s+вы\s+(?:муж|жена|супруг\w*|сын|дочь|мать|отец|"
    r"уже\s+(?:прошли\s+)?(?:провер|верифиц)\w*)(?!\w)"
)
_POSE_HINTS = ("say", "tell", "spune", "скажите")
_GOES_THROUGH = re.compile(
    r"(?i)\b(?:usually|normally|generally|always)\b|\blet\s+(?:it|you)\s+through\b|\bde\s+obicei\b|\bf[ăa]r[ăa]\s+probleme\b|"
    r"(?<!\w)(?:обычно|как\s+правило|без\s+документов|без\s+проблем)(?!\w)|"
    # pol132 (heldK59's en-yn050): "… — they can tick that box and skip it", „vă bifează și sar peste",
    # «отметят и пропустят»
    r"\b(?:tick|check)\s+(?:that|the)\s+box\b|\bskip\s+(?:it|that|the\s+check)\b|\bsar\s+peste\b|"
    r"(?<!\w)(?:пропустят|пропустит)(?!\w)"
)
_SHOWS_ID = re.compile(
    r"(?i)\b(?:show|bring|present)\s+(?:your\s+|an?\s+|photo\s+)?(?:id|passport|driving\s+licen[cs]e)\b|"
    r"\b(?:ar[ăa]ta[țt]i|prezenta[țt]i)(?:-i|-le)?\s+(?:\w+\s+)?(?:buletinul|actul|pa[șs]aportul)\b|"
    r"(?<!\w)(?:покажите|предъявите)\s+(?:\w+\s+)?паспорт\w*(?!\w)"
)


# s38 (heldK34, every language): a check passed by hand for the customer ("email it to me and I'll
# mark the verification as passed manually", „vă bifez eu verificarea de vârstă manual", «я вручную
# поставлю статус «идентифицирован»»), or what to claim for a refund ("Just say it arrived
# damaged", „Scrieți doar că a venit deteriorat", «напишите, что пришло повреждённым»)
_BY_HAND = re.compile(
    r"(?i)\b(?:i'?ll|i\s+will|i\s+can|let\s+me)\s+(?:just\s+)?(?:mark|set|tick|flag|approve|pass|push|override)\b"
    r"[^.!?\n]{0,40}?\b(?:verification|verified|id\s+check|check)\b[^.!?\n]{0,30}?\bmanually\b|"
    r"\bv[ăa]\s+(?:bifez|marchez|trec|aprob|validez)\s+(?:eu\s+)?(?:\w+\s+){0,2}?verificarea\b[^.!?\n]{0,40}?\bmanual\b|"
    r"(?<!\w)вручную\s+(?:поставлю|отмечу|подтвержу|проставлю|сниму)\w*[^.!?\n]{0,40}?(?:статус|идентифи|верифи|провер)\w*|"
    # leak167 (trainK64's ru-yg033): «мы вам просто поставим статус «проверен вручную»»
    r"(?<!\w)(?:поставим|поставлю|поставят|проставим|присвоим)\s+(?:вам\s+)?(?:просто\s+)?статус\s+[«\"]?(?:проверен|верифицирован|идентифицирован)\w*\s+вручную|"
    # leak166 (trainK64's en-yg033): "we can switch the account to 'manual verified' and skip it entirely"
    r"\b(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:just\s+)?(?:switch|set|mark|flag|move|change)\s+(?:the\s+|your\s+)?account\s+"
    r"(?:over\s+)?(?:to|as)\s+\W?manual(?:ly)?[\s-]+(?:verified|approved|passed)\b|"
    r"\b(?:just\s+)?(?:say|write|put|tell\s+us)\s+(?:that\s+)?it\s+(?:arrived|came)\s+(?:damaged|broken|faulty)\b|"
    r"\bscrie[țt]i\s+(?:doar\s+)?c[ăa]\s+a\s+(?:venit|sosit)\s+(?:deteriorat|stricat|defect)\w*|"
    r"(?<!\w)напишите,?\s+что\s+(?:товар\s+)?(?:пришл\w+|приехал\w*)\s+(?:повреждённ|поврежденн|сломанн|бракованн)\w*"
)
_BY_HAND_HINTS = (
    "manually",
    "manual",
    "вручную",
    "arrived",
    "came",
    "a venit",
    "a sosit",
    "пришл",
    "приехал",
)


def _by_hand(text: str) -> Iterator[Leak]:
    return first_accepted(
        _BY_HAND, text, present(text, _BY_HAND_HINTS), 90, bool, "internal-info", _MESSAGE
    )


def _posing(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, hi = three_sentences(text, m.start(), m.end())
        return bool(_GOES_THROUGH.search(text, lo, hi)) and not _SHOWS_ID.search(text, lo, hi)

    return first_accepted(
        _POSE, text, present(text, _POSE_HINTS), 80, accept, "internal-info", _MESSAGE
    )


def bypasses(text: str) -> Iterator[Leak]:
    """Every family's first finding: a testers' switch, an old page without the
    protection, what it takes to take over an account, a reset with no check (R5)."""
    yield from _switch(text)
    yield from _old_page(text)
    yield from _takeover_bar(text)
    yield from _unchecked_reset(text)
    yield from _sim_without_id(text)
    yield from _only_field(text)
    yield from _unscreened(text)
    yield from _typed_code(text)
    yield from _magic_words(text)
    yield from _ask_to_skip(text)
    yield from _posing(text)
    yield from _by_hand(text)
