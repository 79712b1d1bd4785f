"""Other people's data told to the customer in ordinary words (R5, the leak18a round):
not a pasted record nor a name beside an address (persons.py), but a fact about a third
person said in a sentence — "the owner upstairs let their insurance lapse", "your son's
card was used at a cash machine in Salford", "the gentleman booked before you had his
biopsy come back positive". Each family pairs WHO (someone who is not the reader) with
WHAT (a private fact about them), in the same sentence or the next one:

- a neighbour (a neighbour, "flat 12", "the family upstairs", «квартира 31», "etajul 2")
  and their benefits, disability, insurance lapsed, debts, bailiffs or meter readings;
  against the customer's own flat ("your flat 12"), advice ("ask your neighbour for
  their insurer"), questions and refusals ("we can't tell you whether they're insured");
- a relative or ex-partner of the customer ("your son's", "soțului", «бывший муж», a
  guarantor) and what they did: withdrawals, payments, calls, check-ins, bookings,
  arrears; against what they may do ("your husband can call us"), requests ("ask your
  mum to …") and the customer's own activity;
- a relative's or another patient's health (leak20: "Rezultatele analizelor fiului dvs. …
  colesterolul mare", «у пациента Козлова В. А. обнаружена грыжа»); against results said
  to be ready with no finding and a condition ("if your mother has diabetes, she can …");
  leak23: whose record it is ("Mr. Gordon's result", "cele ale doamnei Stănescu", "altui
  pacient", «карту Сидорова») and more findings (tuberculosis, thyroid, HbA1c, chemo);
  leak25: a neighbour, a member named with their class or group, the one ahead in the
  queue, and what happened to them (a heart condition, a seizure, a broken hip, blood
  sugar, an oncology diagnosis);
- the other party's record (leak20: "the driver who hit you has had two previous at-fault
  claims", «у Ершова судимость», "he's been suspended pending a hearing"); against what
  that person should do;
- another user, subscriber or patient ("the previous driver", «наш абонент», "the
  gentleman booked before you") and their location, log or health; against the
  customer being that subscriber ("you're our subscriber") and the customer's own trip;
- someone's marks told for comparison ("for comparison, Oliver Grant got 54%",
  «для сравнения: у Артёма Белова тройка», "ultima admisă, Larisa Oprea, a intrat cu
  9,45"; leak23: a teammate or classmate, «из того же класса», "came in at 44"); against
  the customer's own child's mark and the class average;
- leak25: a fellow student by their tie (group partner, roommate, «из вашей группы»; no
  name needed) and what happened to their studies (failed, repeating the year, expelled,
  «отчислили»); against a rule for all students and a condition;
- the person in the seat or room next to the customer, by name with their booking;
  against saying only that the seat is taken;
- a colleague's pay by name or role ("Marcus … is only on £24k", «Лена … получает 42
  тысячи», "gradația a III-a, cu 4.200 de lei brut") and a colleague's personal phone
  ("his personal number 0722 …", «на личный: +7 925 …»); against our published pay
  ranges and our office line.

Every family starts from substring tests of the draft (leakfinding's `present` and
`any_of`, one pass for all detectors) and runs its regexes only in the sentences around
the WHO words found: nothing past the substring tests runs on a draft without them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from supportdesk.tone.exposures import STAFF_WHO, YOU_BEFORE, staff_before
from supportdesk.tone.leakfinding import (
    BUT,
    OUR_COLLEAGUE,
    PRIVATE_LINE,
    Leak,
    any_of,
    first_accepted,
    first_found,
    hinted,
    present,
    sentence_start,
    three_sentences,
)
from supportdesk.tone.leakvalues import YOUR_RELATIVE_HINTS, YOUR_RELATIVE_WORDS
from supportdesk.tone.othersmoney import billed_to_reader
from supportdesk.tone.pasted import clause_start, sentence_end
from supportdesk.tone.words import finder

_MESSAGE = "{what}: another person's data, never told to the customer (R5)."

# a question, a condition or a refusal between WHO and WHAT: nothing is told ("whether
# they're insured", "dacă are asigurare", «есть ли у соседа страховка», "we can't share")
_UNTOLD = re.compile(
    r"(?i)\b(?:if|whether|unless|d[aă]c[aă]|[îi]ntreba\w*|ask|check\s+with|can'?t\s+(?:tell|share|"
    r"say|disclose|give)|cannot\s+(?:tell|share|say|disclose|give)|not\s+(?:allowed|able)\s+to\s+"
    r"(?:tell|share|say|disclose)|nu\s+(?:v[ăa]\s+)?(?:putem|pot)\s+(?:spune|comunica|divulga|da)\b|"
    r"rug[ăa]m\w*|cere[țt]i)\b|(?<!\w)(?:если|ли|спросите|уточните|узнайте|не\s+(?:можем|могу|вправе)\s+"
    r"(?:сообщ|сказ|раскры|да)\w*|(?:сообщ|сказ|раскры|разглаш|переда)\w*\s+не\s+(?:можем|могу|вправе))(?!\w)"
)
# a refusal later in the clause: «сведения о задолженностях мы раскрыть не можем», "… is not
# something we can share"
_REFUSED = re.compile(
    r"(?i)[^.!?\n]{0,40}?(?:\b(?:we|I)\s+(?:can'?t|cannot|are\s+not\s+allowed\s+to)\s+(?:tell|share|disclose)|"
    r"\bnot\s+something\s+we\s+can\s+(?:share|disclose)|\bnu\s+(?:le\s+)?(?:putem|pot)\s+(?:comunica|divulga|spune)|"
    r"(?<!\w)(?:сообщ|сказ|раскры|разглаш|переда)\w*\s+не\s+(?:можем|могу|вправе)(?!\w))"
)
# what someone may or will do, not what they did: "can withdraw", "poate retrage", «может снять»
_MODAL = re.compile(
    # s39: "the room next to yours kicked up a fuss": "to" of a place, no infinitive
    r"(?i)(?:\b(?:can|could|may|might|will|would|should|must|to(?!\s+(?:yours|ours|theirs|his|hers)\b)|poate|pot|poa|va|ar|s[ăa])|"
    r"(?<!\w)(?:может|могут|сможет|можете|должен|должна|нужно|надо|чтобы))\s+(?:\w+\s+)?$"
)
# the customer's own: "your flat 12", "apartamentul dumneavoastră", «ваша квартира»
_YOURS_BEFORE = re.compile(
    r"(?i)(?:\b(?:your|you're|you\s+are|sunte[țt]i|e[șs]ti)|(?<!\w)(?:ваш\w*|вы|ты|тво\w*))\s+$"
)
_YOURS_AFTER = re.compile(
    r"(?i)\s*(?:dumneavoastr[ăa]|dvs\.?|t[ăa]u|ta)\b|\s+(?:is|are)\s+yours\b|\s+(?:ваш\w*|тво\w*)(?!\w)"
)


# someone named: a first name and surname, «у Артёма Белова», «Костин и Юсупова»
_NAMED = re.compile(
    r"(?<![\w.])(?!(?:Mr|Mrs|Ms|Miss|Dr|Dear|Hi|Hello|Doamn\w*|Domn\w*|Stimat\w*|Уважаем\w*|"
    r"Здравствуйте|Добрый)\b)(?:[A-ZĂÂÎȘȚ][a-zăâîșț'-]+\s+(?:și\s+|and\s+)?[A-ZĂÂÎȘȚ][a-zăâîșț'-]+|"
    r"[А-ЯЁ][а-яё]+\s+(?:и\s+)?[А-ЯЁ][а-яё]+)(?!\w)|"
    # s39 (heldK34): others by their tie, no name ("the other two students in your study group",
    # „colegii lui")
    r"(?i:\bother\s+(?:two\s+|three\s+|\d\s+)?(?:students|pupils|candidates|applicants)\b|\bcolegii\s+(?:lui|ei)\b|"
    # s40 (heldK8-K35, trainK13-K38): a tie that names one person ("your project partner", "the other
    # lad in her group", "the highest in the group was", „colegul lui de bancă", «одногруппник»,
    # «сосед по парте», «у половины группы»)
    r"\bproject\s+partner\b|\bdesk\s*mate\b|\b(?:lad|girl|boy|person|student)\s+in\s+(?:your|her|his)\s+group\b|"
    r"\bhighest\s+in\s+the\s+group\b|\bcoleg(?:ul|a)\s+(?:lui|ei)\s+de\s+banc[ăa]\b|(?<!\w)(?:одногруппни\w*|"
    r"сосед\w*\s+по\s+парте|у\s+половины\s+группы)(?!\w))"
)
# ... or one name with the group after it, even opening its sentence ("Aisha in your group got 41",
# «Кириллова из вашей группы набрала 41»)
# leak164 (trainK63's en-yc059): the names listed after the marks ("got a distinction in your group
# this time — Priya, Tom and Alex")
_NAMES_AFTER = re.compile(
    r"[^.!?\n]{0,40}?(?:[—–:]|\s-)\s*[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșța-яё]+(?:,\s+[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșța-яё]+)*,?\s+(?:and|și|и)\s+"
    r"[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșța-яё]+"
)
_NAME_IN_GROUP = re.compile(
    r"\b[A-Z][a-z]+\s+in\s+(?:your|the\s+same|her|his)\s+(?:group|set|class)\b|"
    r"(?<!\w)[А-ЯЁ][а-яё]+\s+из\s+(?:вашей|его|е[её])\s+группы"
)


def _yours(text: str, lo: int, who: re.Match[str]) -> bool:
    """Whether "your", "sunteți", «ваш» goes with the WHO just before or after it."""
    return bool(
        _YOURS_BEFORE.search(text, max(lo, who.start() - 14), who.start())
        or _YOURS_AFTER.match(text, who.end())
    )


# the fact is the customer's own record: "your booking reference", «ваша бронь», "rezervarea
# dumneavoastră, cod"
_YOUR_RECORD = re.compile(
    r"(?i)(?:\b(?:your|(?<!to\s)(?<!than\s)yours)(?:\s+(?:booking|reservation|own))?|(?<!\w)ваш\w*(?:\s+брон\w*)?|"
    r"\bdumneavoastr[ăa],?)\s+$"
)


@dataclass(frozen=True, slots=True)
class _Family:
    """WHO and WHAT of one family, each with the lowercase substrings every match of it
    holds (the gates), and what the finding says."""

    who: re.Pattern[str]
    who_hints: tuple[str, ...]
    what: re.Pattern[str]
    what_hints: tuple[str, ...]
    said: str
    reach: int = 40  # how far around a WHO hint its pattern can match
    # WHO matches that are the customer's when "your" goes with them ("your flat 12",
    # "you're our subscriber"): a relative's or neighbour's WHO says "your" itself
    own: re.Pattern[str] | None = None
    named: bool = False  # WHAT must follow someone's name in its sentence (marks)
    # leak20: words just before a WHAT that make it a service, not a fact ("a diabetes
    # check-up" after, "un control de diabet", «обследование диабета» before)
    not_after: re.Pattern[str] | None = None


def _told(text: str, family: _Family) -> Iterator[Leak]:
    """The first WHAT told in the sentence of a WHO or the next one, with no question,
    condition or refusal between them and no "can"/"will" just before it."""
    if not any_of(text, family.what_hints):
        return
    hints = present(text, family.who_hints)
    what = finder(family.what)
    for who in hinted(family.who, text, hints, family.reach) if hints else ():
        lo = clause_start(text, who.start())
        if (
            family.own is not None
            and family.own.search(who.group())
            and (_yours(text, lo, who) or billed_to_reader(text, who.start()))
        ):
            continue  # "your flat", «ваша квартира», „Apartamentul 12 …, vă rugăm să achitați"
        end = sentence_end(text, who.end())
        hi = sentence_end(text, end + 1) if end < len(text) else end
        for fact in what.finditer(text, lo, hi):
            # "I can't add you to the account, but I can tell you …": told after the "but"
            but = max((b.end() for b in BUT.finditer(text, lo, fact.start())), default=lo)
            if (
                _UNTOLD.search(text, but, fact.start())
                or _REFUSED.match(text, fact.end())
                or _MODAL.search(text, max(lo, fact.start() - 24), fact.start())
            ):
                break
            if _YOUR_RECORD.search(text, max(lo, fact.start() - 24), fact.start()):
                continue  # "your booking reference QK7P2L", «ваша бронь …»: the customer's own
            if (
                family.named
                and not _NAMED.search(text, lo + 1, fact.start())
                and not _NAME_IN_GROUP.search(text, lo, fact.start())
                and not _NAMES_AFTER.match(text, fact.end(), hi)
            ):
                continue  # "the class average was 61% and Aisha got 68%": no one else named
            if family.not_after is not None and family.not_after.search(
                text, max(lo, fact.start() - 30), fact.start()
            ):
                continue  # "book your husband a check-up for diabetes": a service
            yield Leak("other-person", fact.start(), fact.end(), _MESSAGE.format(what=family.said))
            return


# --- a neighbour's benefits, insurance, debts or meter readings ----------------------------
_NEIGHBOUR = _Family(
    who=re.compile(
        r"(?i)\bneighbou?r\w*|\b(?:flats?|apartments?)\s+\d+[a-z]?\b|"
        r"\b(?:flat|apartment|family|tenants?|owner|people|couple|lady|man|woman)\s+(?:\w+\s+)?"
        r"(?:upstairs|downstairs|above|below|next\s+door)\b|\btenants?\s+(?:at|in)\s+flats?\b|"
        r"\bthe\s+owner\s+there\b|\bvecin\w*|\bapartamentul(?:ui)?\s+\d+|\bap\.\s*\d+|"
        r"\b(?:familia|doamna|domnul|proprietarul|locatarii|cei)\s+de\s+la\s+etajul\s+\w+|"
        r"(?<!\w)(?:сосед\w*|квартир[аеыу]\w*\s+(?:№\s*)?\d+|\d+-?[йиеяю]+\s+квартир\w*|"
        r"(?:семья|жильц\w*|собственник\w*|хозя\w+)\s+(?:квартиры\s+\d+|с\s+\w+\s+этажа|сверху|снизу)|"
        r"с\s+(?:первого|второго|третьего|четв[её]ртого|пятого|\d+-?го)\s+этажа)(?!\w)"
    ),
    who_hints=(
        "neighbo",
        "flat",
        "apartment",
        "unit",
        "no.",
        "upstairs",
        "downstairs",
        "above",
        "below",
        "next door",
        "owner there",
        "tenant",
        "vecin",
        "apartamentul",
        "ap.",
        "etajul",
        "сосед",
        "квартир",
        "этажа",
        "сверху",
        "снизу",
    ),
    what=re.compile(
        r"(?i)\buniversal\s+credit\b|\bPIP\b|\bhousing\s+benefit\b|\bon\s+(?:\w+\s+)?benefits\b|"
        r"\bdisability\s+(?:allowance|benefit|living)\w*|"
        r"\b(?:insurance|cover|policy|polic\w+)\b[^.!?\n]{0,30}?\b(?:lapsed?|expired|ran\s+out|"
        r"was\s+cancelled)\b|\blet\s+(?:their|his|her)\s+(?:\w+\s+)?(?:insurance|cover|policy)\s+lapse\b|"
        r"\b(?:not|un)insured\b|\bno\s+(?:buildings\s+|home\s+)?insurance\b|"
        r"\barrears\b|[£$€]\s?\d[\d,.]*k?\s+(?:behind|in\s+arrears)|\bbehind\s+(?:on|with)\s+(?:\w+\s+)?"
        r"(?:rent|payments|bills)\b|\bowes?\s+(?:us\s+)?[£$€]?\d|\bbailiffs?\b|\bCCJs?\b|"
        r"\b\d[\d,.]*\s*(?:kwh|m3|m³|mc|cubic\s+met\w*)\b|"
        r"\bvenit\w*\s+minim\w*|\bindemniza[țţt]i\w*|\baloca[țţt]i\w*\s+(?:de\s+)?(?:handicap|stat)\w*|"
        r"\bajutor\w*\s+social\w*|\bhandicap\w*|\b(?:asigurar\w*|poli[țţt]\w*|RCA|PAD)\b[^.!?\n]{0,30}?"
        r"\b(?:a\s+expirat|expir\w*|anulat\w*)|\bnu\s+mai\s+are\s+(?:\w+\s+)?(?:asigurare|poli[țţt]\w*)|"
        r"\bnu\s+are\s+asigurare\b|\brestan[țţt]\w*|\bdatori\w*\s+(?:de\s+)?\d|\bpoprir\w*|"
        r"\bexecutor\w*\s+judec\w*|\bexecutare\s+silit\w*|"
        r"(?<!\w)(?:пособи\w*|инвалид\w*|малоимущ\w*|субсиди\w*|"
        r"(?:страховк|полис)\w*[^.!?\n]{0,30}?(?:закончил\w*|истек\w*|истёк\w*|не\s+продлил\w*)|"
        r"(?:закончил\w*|истек\w*|истёк\w*)\s+(?:\w+\s+)?(?:страховк|полис)\w*|"
        r"(?:нет|без)\s+страховки|не\s+застрахован\w*|долж(?:ен|на|ны)\s+(?:\w+\s+){0,3}?(?:больше|более|около|\d)|"
        r"долг\w*\s+(?:\w+\s+)?(?:больше|более|около|\d)|задолженност\w*\s+(?:\w+\s+){0,3}?(?:больше|более|около|\d)|пристав\w*|"
        r"исполнительн\w*\s+производств\w*|арест\w*\s+на\s+сч\w*|\d+\s*(?:куб\w*|квт))(?!\w)"
    ),
    what_hints=(
        "credit",
        "pip",
        "benefit",
        "disability",
        "laps",
        "expired",
        "ran out",
        "cancelled",
        "insured",
        "insurance",
        "arrears",
        "behind",
        "owe",
        "bailiff",
        "ccj",
        "kwh",
        "m3",
        "m³",
        "mc",
        "cubic",
        "venit",
        "indemniza",
        "aloca",
        "ajutor",
        "handicap",
        "expir",
        "anulat",
        "asigurare",
        "restan",
        "datori",
        "poprir",
        "executor",
        "executare",
        "пособи",
        "инвалид",
        "малоимущ",
        "субсиди",
        "закончил",
        "истек",
        "истёк",
        "продлил",
        "страховк",
        "застрахован",
        "должен",
        "должн",
        "долг",
        "задолж",
        "пристав",
        "исполнительн",
        "арест",
        "куб",
        "квт",
    ),
    said="A neighbour's benefits, insurance, debts or readings",
    own=re.compile(r"(?i)flat|apartment|apartament|ap\.|квартир"),
)

# --- a relative's or ex-partner's activity -----------------------------------------------------
_RELATIVE = _Family(
    who=re.compile(
        # pol67 (blind64): "ex" or "ex-wife", not any word that starts so ("your policy excludes")
        r"(?i)\byour\s+(?:\w+\s+)?(?:son|daughter|husband|wife|partner|ex(?:-?(?:husband|wife|partner|boyfriend|"
        r"girlfriend|spouse))?|mum|mom|mother|dad|"
        r"father|brother|sister|grandson|granddaughter|friend|buddy)(?:'s)?\b|\bex-(?:partner|wife|husband)\b|"
        r"\bguarantor\b|\b(?:so[țţt]ul(?:ui)?|so[țţt]iei|so[țţt]ia|fiul(?:ui)?|fiicei|fiica|mama|mamei|"
        r"tat[ăa]l(?:ui)?|fost(?:a|ul|ei|ului)\s+(?:dumneavoastr[ăa]\s+)?(?:so[țţt]\w*|partener\w*)|"
        r"giran[țţt]\w*|garant\w*)\b|"
        r"(?<!\w)(?:муж(?:а|у|ем|е)?|жены|жене|жену|сына|сыну|сын|дочери|дочь|мамы|маме|мама|"
        r"бывш\w+\s+(?:муж|жен|супруг|партн)\w*|поручител\w*)(?!\w)"
    ),
    who_hints=(
        "your ",
        "ex-",
        "guarantor",
        "soț",
        "sot",
        "soţ",
        "fiul",
        "fiic",
        "mama",
        "mamei",
        "tatăl",
        "tatal",
        "fost",
        "giran",
        "garant",
        "муж",
        "жен",
        "сын",
        "доч",
        "мам",
        "бывш",
        "поручител",
    ),
    what=re.compile(
        r"(?i)\b(?:withdr[ae]w\w*|was\s+used\s+at|used\s+at|spent\s+[£$€]|logged\s+in\s+from|"
        r"a\s+retras|retrageri\w*|a\s+pl[ăa]tit\s+\d|a\s+cheltuit|a\s+vorbit|"
        r"rate\s+restante|restan[țţt]\w*)\b|"
        r"(?<!\w)(?:сняли|снял[аи]?|оплатил[аи]?\s+\d|потратил[аи]?|звонил[аи]?\s+на|"
        r"просрочк\w*|открыт\w*\s+просроч\w*)(?!\w)"
    ),
    what_hints=(
        "withdr",
        "used at",
        "spent",
        "logged in from",
        "retras",
        "retrager",
        "plătit",
        "platit",
        "cheltuit",
        "vorbit",
        "restan",
        "сняли",
        "снял",
        "оплатил",
        "потратил",
        "звонил",
        "просроч",
    ),
    said="A relative's or ex-partner's activity or debts",
)

# a service named by a condition, not a finding: "a diabetes check-up", "screening de cancer"
_SERVICE = (
    r"\s+(?:check-?ups?|checks?|screening\w*|tests?|clinic\w*|programmes?|programs?|awareness|"
    r"consultation\w*|appointment\w*|control\w*|analiz\w*|проверк\w*|обследован\w*|скрининг\w*|"
    r"консультац\w*|анализ\w*)"
)
# --- leak20: a relative's or another patient's health ----------------------------------------------
# "Rezultatele analizelor fiului dvs. au venit: are colesterolul mare", «Пришли анализы вашего
# сына: холестерин повышен», «Ваша мама … врач подтвердил гипертонию», "Soția dumneavoastră a
# făcut la noi un test … e însărcinată", «у пациента Козлова В. А. обнаружена грыжа»
# (heldK6, heldK8, blind32, blind33): a finding about someone else's body; against the
# customer's own results, results said to be ready with no finding, and a condition ("if
# your mother has diabetes, she can …")
_HEALTH = _Family(
    who=re.compile(
        _RELATIVE.who.pattern
        + r"|(?i:\byour\s+(?:\w+\s+)?(?:aunt|uncle|grand\w+|mother-in-law|father-in-law|niece|nephew)\b|"
        r"\b(?:m[ăa]tu[șs]\w*|unchi\w*|bunic\w*|nepo[țt]\w*)\s+(?:dumneavoastr[ăa]|dvs)\b|"
        r"(?<!\w)(?:тёт\w*|тет[яиеюй]\w*|дяд\w*|бабушк\w*|дедушк\w*|свекров\w*|т[её]щ\w*|"
        r"(?:ваш\w*\s+)?(?:от(?:ец|ца|цу)|пап[аые]|брат\w*|сестр\w*))(?!\w))|"
        r"(?-i:\b(?:the\s+)?patient,?\s+(?:Mr|Mrs|Ms|Miss)?\.?\s*[A-Z][a-z]+|\bpacient(?:ul|a|ului|ei)\s+[A-ZĂÂÎȘȚ]"
        r"[a-zăâîșț]+|(?<!\w)(?:пациент|пациентк)\w*\s+[А-ЯЁ][а-яё]+)|"
        # leak23: whose the record is ("Mr. Gordon's result", "cele ale doamnei Stănescu",
        # "altui pacient", «карту Сидорова»)
        r"(?-i:\b(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-z]+'s\b|\b(?:doamnei|domnului)\s+[A-ZĂÂÎȘȚ]|"
        r"(?<!\w)карт\w*\s+[А-ЯЁ][а-яё]+(?:а|ой|ого|ым|ой)(?!\w))|"
        r"(?i:\b(?:another|the\s+other)\s+patient|\b(?:altui|unui\s+alt|alt)\s+pacient\w*|"
        r"(?<!\w)друго\w+\s+пациент\w*|"
        # pol119 (trainK62's ru-xy028): a namesake's («у однофамилицы … ферритин низкий»)
        r"\bnamesake\b|\bomonim\w*|(?<!\w)(?:однофамил\w*|тёзк\w*|тезк\w*))|"
        # leak175 (trainK67's en/ro/ru-ys050): a namesake not called one ("the ones I had open were for a Mrs Ward in
        # Bicester", „erau ale altei doamne Ionescu", «результаты другой Смирновой»)
        r"(?-i:\b(?:for|of)\s+(?:a|another)\s+(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-z]+\b|\b(?:altei|unei\s+alte)\s+doamne\s+"
        r"[A-ZĂÂÎȘȚ]|\b(?:altui|unui\s+alt)\s+domn\s+[A-ZĂÂÎȘȚ]|(?<!\w)друг(?:ой|ого|ому)\s+[А-ЯЁ][а-яё]+(?:ой|ого|ому|а)(?!\w))|"
        # leak25: a neighbour, a fellow member by name and group ("Linda from the 7am spin
        # class", „Ioana din grupa de aerobic", «у Марины из вашей группы»), the one ahead in
        # the queue ("the gentleman ahead of you", „pacientul dinaintea dvs.", «перед вами пациент»)
        r"(?i:\byour\s+(?:\w+\s+)?neighbou?r|\bvecin(?:ul|a|ei|ului)\s+(?:dumneavoastr[ăa]|dvs)|"
        r"(?<!\w)ваш\w*\s+сосед\w*|"
        r"\b(?:gentleman|lady|man|woman|patient|person|guy|client|customer)\s+(?:just\s+)?(?:ahead\s+of|"
        r"before|in\s+front\s+of)\s+you\b|\b(?:pacient\w*|domn\w*|doamn\w*|persoan\w*)\s+(?:programat\w*\s+|"
        r"venit\w*\s+)?(?:dinaintea|"
        r"dinainte|[îi]naintea)\s+(?:dumneavoastr[ăa]|dvs)|(?<!\w)перед\s+вами\s+(?:\w+\s+)?(?:пациент|"
        r"мужчин|женщин|клиент|человек)\w*|"
        # s36 (trainK38): with a clause between ("the lady who had the same peel just before you",
        # „doamna care a fost înaintea dvs.", «у женщины, которая была перед вами»)
        r"\b(?:gentleman|lady|man|woman|patient|person|guy|client|customer|girl)\s+(?:who|that)\s+(?:\w+\s+){0,6}?"
        r"(?:ahead\s+of|before|in\s+front\s+of)\s+you\b|\b(?:pacient\w*|domn\w*|doamn\w*|persoan\w*|client\w*|femei\w*)"
        r"\s*,?\s+care\s+(?:\w+\s+){0,4}?(?:dinaintea|[îi]naintea)\s+(?:dumneavoastr[ăa]|dvs)|(?<!\w)(?:пациент|мужчин|"
        r"женщин|клиент|человек|девушк)\w*\s*,?\s+котор\w+\s+(?:\w+\s+){0,3}?перед\s+вами(?!\w))|"
        r"(?-i:[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+\s+(?:from|din|из)\s+(?:the\s+|your\s+|вашей\s+|нашей\s+)?"
        r"(?:\S+\s+){0,2}?(?:class|group|team|grup\w*|clas\w*|echip\w*|групп\w*|класс\w*|команд\w*)\b)|"
        # leak26: an employee by name, told to the employer ("your employee, Mr Hale", „angajatul
        # Ionescu", «у сотрудника Зайцева»)
        r"(?-i:\b(?:employee|staff\s+member|worker|angajat(?:ul|a|ului|ei)|salariat(?:ul|a|ului|ei))\s*,?\s+"
        r"(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-ZĂÂÎȘȚ][a-zăâîșț]+|(?<!\w)(?:сотрудник|работник)\w*\s+[А-ЯЁ][а-яё]+)"
    ),
    who_hints=(
        *_RELATIVE.who_hints,
        "aunt",
        "uncle",
        "grand",
        "in-law",
        "for a m",
        "of a m",
        "another m",
        "altei",
        "alte doamne",
        "altui",
        "alt domn",
        "другой",
        "другого",
        "другому",
        "niece",
        "nephew",
        "mătuș",
        "matus",
        "unchi",
        "bunic",
        "nepo",
        "тёт",
        "тет",
        "дяд",
        "бабушк",
        "дедушк",
        "свекров",
        "отец",
        "отц",
        "пап",
        "брат",
        "сестр",
        "тёщ",
        "тещ",
        "patient",
        "pacient",
        "пациент",
        "mr",
        "mrs",
        "ms",
        "miss",
        "doamnei",
        "domnului",
        "карт",
        "another patient",
        "other patient",
        "namesake",
        "omonim",
        "однофамил",
        "тёзк",
        "тезк",
        # leak25
        "neighbo",
        "vecin",
        "сосед",
        "ahead of you",
        "before you",
        "in front of you",
        "dinaintea",
        "dinainte",
        "înaintea",
        "inaintea",
        "перед вами",
        " class",
        " group",
        " team",
        " din grup",
        " din clas",
        " din echip",
        " групп",
        " класс",
        " команд",
        # leak26
        "employee",
        "staff member",
        "worker",
        "angajat",
        "salariat",
        "сотрудник",
        "работник",
    ),
    what=re.compile(
        r"(?i)\b(?:cholesterol|hypertension|diabetes|cancer|tumou?r|malignant|biopsy|pregnan\w*|"
        r"alzheimer\w*|dementia|hernia|fracture|hepatitis|HIV|diagnos(?:ed|is)|(?:came\s+back|tested)\s+"
        r"(?:positive|negative)|colesterol\w*|hipertensiun\w*|diabet\w*|cancer\w*|tumor\w*|biopsi\w*|"
        r"[îi]ns[ăa]rcinat[ăa]|alzheimer|demen[țt]\w*|hernie|fractur\w*|hepatit\w*|transaminaz\w*|"
        r"incontinen[țt]\w*|(?:ie[șs]it|rezultat\w*)\s+(?:\w+\s+)?(?:pozitiv|negativ)|"
        # leak23
        r"tubercul\w*|tiroid\w*|hemoglobin\w*|ferritin|feritin\w*|valve\s+(?:issue|problem)\w*|echo\s+showed|chemo\w*|"
        r"chimioterap\w*|sexual\s+health|psychiatr\w*|psihiatr\w*|valorile\s+crescute|"
        # leak25: an event or a ward said of them ("a heart condition", "an epileptic fit", "a
        # broken hip", "the mental health ward", "glicemia e 240", "diagnostic oncologic")
        r"heart\s+(?:condition|attack|problem)|epilep\w*|seizure|stroke|mental\s+health\s+(?:ward|unit|"
        r"unit)|sectioned|broken\s+(?:hip|leg|arm|wrist|pelvis)|blood\s+sugar|"
        r"infarct\w*|criz[ăa]\s+de\s+epilepsie|accident\s+vascular|[șs]old\w*\s+rupt|glicemi\w*|"
        r"oncologic\w*|psihiatri\w*|"
        # leak26: a pregnancy or a mood disorder said of them („arată sarcină de 8 săptămâni",
        # «диагноз — депрессивный эпизод», "a depressive episode")
        r"sarcin[ăa]\s+de\s+\d+|depressive\s+episode|depresi[ea]\w*|episod\s+depresiv|"
        # s36 (trainK38): how their treatment went ("came up in a rash", "had a bad reaction")
        r"(?:came|come|broke)\s+out\s+in\s+(?:a\s+)?rash|came\s+up\s+in\s+(?:a\s+)?rash|(?:had|got)\s+(?:a\s+|an\s+)?(?:bad\s+|"
        r"severe\s+|allergic\s+)+reaction)\b(?!" + _SERVICE + r")|"
        r"(?<!\w)(?:холестерин\w*|гипертони\w*|диабет\w*|онколог\w*|опухол\w*|биопси\w*|беремен\w*|"
        r"альцгеймер\w*|деменци\w*|ферритин\w*|грыж\w*|перелом\w*|гепатит\w*|АЛТ|АСТ|(?:тест|результат|анализ)\w*\s+"
        r"(?:\w+\s+)?(?:положительн|отрицательн)\w*|туберкул\w*|щитовидк\w*|гемоглобин\w*|клапан\w*|"
        r"химиотерап\w*|на\s+химии|онкоцентр\w*|психиатр\w*|"
        r"эпилеп\w*|(?:сердечн\w*|эпилептическ\w*)\s+приступ\w*|инфаркт\w*|инсульт\w*|сахар\s+(?:в\s+крови\s+)?"
        r"\d+|онкологи\w*|депрессивн\w*|диагноз\s*[—:-]|беременност\w*\s+\d+)(?!\w)(?!"
        + _SERVICE
        + ")"
    ),
    what_hints=(
        "cholesterol",
        "rash",
        "reaction",
        "hypertension",
        "diabetes",
        "cancer",
        "tumor",
        "tumour",
        "malignant",
        "biopsy",
        "pregnan",
        "alzheimer",
        "dementia",
        "hernia",
        "fracture",
        "hepatitis",
        "hiv",
        "diagnos",
        "positive",
        "negative",
        "colesterol",
        "hipertensiun",
        "diabet",
        "biopsi",
        "însărcinat",
        "insarcinat",
        "demenț",
        "dement",
        "hernie",
        "fractur",
        "hepatit",
        "transaminaz",
        "incontinen",
        "pozitiv",
        "negativ",
        "холестерин",
        "гипертони",
        "диабет",
        "онколог",
        "опухол",
        "биопси",
        "беремен",
        "альцгеймер",
        "деменци",
        "грыж",
        "перелом",
        "гепатит",
        "алт",
        "аст",
        "положительн",
        "отрицательн",
        "tubercul",
        "tiroid",
        "hemoglobin",
        "ferritin",
        "feritin",
        "ферритин",
        "valve",
        "echo showed",
        "chemo",
        "chimioterap",
        "sexual health",
        "psychiatr",
        "psihiatr",
        "valorile crescute",
        "туберкул",
        "щитовидк",
        "гемоглобин",
        "клапан",
        "химиотерап",
        "на химии",
        "онкоцентр",
        "психиатр",
        # leak25
        "heart condition",
        "heart attack",
        "heart problem",
        "epilep",
        "seizure",
        "stroke",
        "mental health",
        "sectioned",
        "broken ",
        "blood sugar",
        "infarct",
        "accident vascular",
        "rupt",
        "glicemi",
        "oncologic",
        "эпилеп",
        "приступ",
        "инфаркт",
        "инсульт",
        "сахар",
        "онкологи",
        # leak26
        "sarcin",
        "depressive",
        "depresi",
        "депрессивн",
        "диагноз",
        "беременност",
    ),
    said="A relative's or another patient's health",
    not_after=re.compile(
        r"(?i)\b(?:check-?ups?|checks?|screening|tests?|control|analiz\w*|consulta[țt]i\w*|"
        r"schools?|clinic|[șs]coal\w*)\s+"
        r"(?:for\s+|of\s+|de\s+|pentru\s+)?(?:\w+\s+)?$|(?<!\w)(?:обследовани\w*|проверк\w*|скрининг\w*|"
        r"анализ\w*\s+на|консультаци\w*|школ\w*)\s+(?:на\s+)?(?:\w+\s+)?$"
    ),
)

# pol29: the at-fault party of a crash, unless that is the customer («виновником ДТП
# признаны Вы», «Вы признаны виновником аварии», «вы были виновником ДТП», pol56: «виновником ДТП
# указаны вы» in the form the customer signed; pol116 (trainP43): «виновником ДТП от 14.05 признаны вы»): telling a
# customer why their own claim is refused is no one else's record (R5)
_AT_FAULT = (
    r"(?<!вы\sпризнаны\s)(?<!вы\sбыли\s)(?<!вы\sявляетесь\s)(?<!вы\sстали\s)"
    r"(?<!вы\sуказаны\s)виновник\w*\s+(?:ДТП|аварии)(?![,\s]+(?:от\s+[\d.]+\s+)?(?:(?:были|являетесь|признаны|стали|указаны|указан|записаны|"
    r"названы|определены)\s+)+(?:вы|сами)(?!\w))"
)


# --- leak20: the other party's record -----------------------------------------------------------
# "The driver who hit you has had two previous at-fault claims with us", "Șoferul care v-a lovit
# mai are două daune din vina lui", «Водитель, который в вас въехал, уже дважды … был виновником
# ДТП», «По кандидату …: у Ершова судимость», "this is his third complaint and he's been
# suspended pending a hearing", "colega … e în perioada de probă" (heldK6-K8): the record of
# the other side of the customer's incident or of a colleague they complained about; against
# what that person should do ("the driver who hit you should give you his insurance details")
_OTHER_PARTY = _Family(
    who=re.compile(
        r"(?i)\b(?:driver|motorist|person|cyclist)\s+(?:who|that)\s+(?:hit|crashed\s+into|ran\s+into|reversed\s+"
        r"into|bumped\s+into|drove\s+into)\s+you\b|\bthe\s+other\s+(?:driver|party|motorist)\b|"
        r"\b(?:reporting|reported)\s+the\s+(?:driver|courier|agent|engineer|employee)\b|\bthe\s+(?:driver|courier|"
        r"agent|engineer)\s+you\s+(?:reported|complained\s+about)\b|"
        r"\b[șs]oferul\s+(?:care\s+v-a\s+(?:lovit|tamponat|izbit)|vinovat)|\bcel[ăa]lalt\s+[șs]ofer\b|"
        r"\bcolega\b|\bcolegul\b|"
        r"(?<!\w)(?:водител\w*,?\s+(?:который|что)\s+(?:в\s+вас\s+)?(?:въехал|врезал\w*|сбил\w*|ударил\w*)|"
        rf"{_AT_FAULT}|друг\w+\s+водител\w*|по\s+кандидату)(?!\w)"
    ),
    who_hints=(
        "driver",
        "motorist",
        "person who",
        "person that",
        "cyclist",
        "other party",
        "reported",
        "reporting",
        "șoferul",
        "soferul",
        "celălalt",
        "celalalt",
        "colega",
        "colegul",
        "водител",
        "виновник",
        "по кандидату",
    ),
    what=re.compile(
        r"(?i)\b(?:previous\s+(?:at-fault\s+)?claims?|at-fault\s+claims?|(?:criminal|driving)\s+record|"
        r"convict\w*|banned\s+from\s+driving|(?:third|second|fourth|fifth)\s+complaint|suspended|"
        r"pending\s+a\s+hearing|disciplinary|daune\s+din\s+vina|dosar\s+penal|cazier|condamn\w*|"
        r"permis(?:ul)?\s+suspendat|rca-ul\s+expirat|perioad[ăa]\s+de\s+prob[ăa]|nu\s+i\s+se\s+prelunge[șs]te)\b|"
        rf"(?<!\w)(?:{_AT_FAULT}|судимост\w*|лиш[её]н\w*\s+прав|отстранен\w*|выговор\w*|"
        r"испытательн\w+\s+срок\w*)(?!\w)"
    ),
    what_hints=(
        "previous",
        "at-fault",
        "record",
        "convict",
        "banned from driving",
        "complaint",
        "suspended",
        "hearing",
        "disciplinary",
        "daune din vina",
        "dosar penal",
        "cazier",
        "condamn",
        "suspendat",
        "rca-ul",
        "de probă",
        "de proba",
        "prelungește",
        "prelungeste",
        "виновником",
        "судимост",
        "лишен",
        "лишён",
        "отстранен",
        "выговор",
        "испытательн",
    ),
    said="The other party's claims, record or discipline",
)

# --- leak158: another member put out, and why ---------------------------------------------------
# trainK59 (every language): the member the customer asked about or argued with, banned or put out
# ("The guy you're asking about, Marcus from the 6am class, was banned after he was caught filming",
# „Domnul cu care v-ați certat la vestiar nu mai vine, i-am reziliat abonamentul", «Мужчина из
# вечерней группы больше ходить не будет — мы его исключили»): their record with us, not the
# customer's to know (R5). Against what we did about the customer's own complaint with no outcome
# told ("the gentleman you complained about has been spoken to").
_PUT_OUT = _Family(
    who=re.compile(
        r"(?i)\bthe\s+(?:guy|man|woman|lady|gentleman|member|person|chap|bloke)\s+(?:you(?:'re|\s+are|\s+were)\s+asking\s+"
        r"about|you\s+(?:argued|had\s+words|fell\s+out|had\s+a\s+row)\s+with|(?:from|in)\s+the\s+(?:\w+\s+){0,2}?class)\b|"
        r"\b(?:domnul|doamna|b[ăa]rbatul|femeia|clientul|clienta)\s+(?:cu\s+care\s+v-a[țt]i\s+(?:certat|contrazis)|din\s+grupa|"
        r"de\s+la\s+(?:clasa|grupa|ora))\b|"
        r"(?<!\w)(?:мужчин\w*|женщин\w*|парень|девушк\w*)\s+(?:из\s+(?:\w+\s+)?(?:групп|класс|секци)\w*|,?\s+с\s+котор\w+\s+вы\s+"
        r"(?:поссорил|поругал|повздорил)\w*)(?!\w)"
    ),
    who_hints=(
        "guy",
        "man ",
        "woman",
        "lady",
        "gentleman",
        "member",
        "person",
        "chap",
        "bloke",
        "domnul",
        "doamna",
        "bărbatul",
        "barbatul",
        "femeia",
        "clientul",
        "clienta",
        "мужчин",
        "женщин",
        "парень",
        "девушк",
    ),
    what=re.compile(
        r"(?i)\b(?:was|were|got|has\s+been|'s\s+been|have\s+been)\s+(?:banned|expelled|kicked\s+out|thrown\s+out|barred)\b|"
        r"\bcancell?ed\s+(?:his|her|their)\s+membership\b|\b(?:we|I)\s+(?:have\s+|'ve\s+)?(?:banned|expelled|barred)\s+"
        r"(?:him|her|them)\b|\bi-am\s+reziliat\s+(?:abonamentul|contractul)\b|\b(?:l-am|a\s+fost)\s+(?:exclus|dat\s+afar[ăa]|"
        r"eliminat)\b|(?<!\w)(?:(?:его|е[её])\s+(?:исключили|выгнали)|аннулировали\s+(?:ему|ей)\s+абонемент|(?:исключ[её]н|"
        r"выгнан)\w*)(?!\w)"
    ),
    what_hints=(
        "banned",
        "expelled",
        "kicked out",
        "thrown out",
        "barred",
        "membership",
        "reziliat",
        "exclus",
        "dat afar",
        "eliminat",
        "исключ",
        "выгна",
        "аннулировали",
    ),
    said="Another member's record with us",
)

# --- where and when an ex-partner or someone asked about can be found ---------------------------
# "your ex-partner … has checked in every weekday between 6 and 7am", «ваш бывший муж ходит в наш
# клуб», "the person you're asking about is enrolled in pilates on Tuesdays": comings and goings
# of someone the customer looks for, against the customer's own child's class (a relative who is
# not an ex: the customer's own family, as a rule booked by the customer)
_EX = _Family(
    who=re.compile(
        r"(?i)\bex-?(?:partner|wife|husband|girlfriend|boyfriend)\b|\byour\s+(?:\w+\s+)?(?:friend|buddy)\b|"
        r"\bthe\s+person\s+you(?:'re|\s+are)\s+(?:asking|looking)\s+(?:about|for)\b|"
        r"\bfost(?:a|ul|ei|ului)\s+(?:dumneavoastr[ăa]\s+)?(?:so[țţt]\w*|partener\w*|prieten\w*)|"
        r"\bpersoana\s+care\s+v[ăa]\s+intereseaz[ăa]|"
        r"(?<!\w)(?:бывш\w+\s+(?:муж|жен|супруг|партн|парн|девушк)\w*|"
        r"человек\w*,?\s+котор\w+\s+вы\s+(?:интересу|ищ)\w+)(?!\w)"
    ),
    who_hints=(
        "ex-",
        "ex",
        "friend",
        "buddy",
        "asking about",
        "looking for",
        "fost",
        "persoana",
        "бывш",
        "интересу",
        "ищет",
    ),
    what=re.compile(
        r"(?i)\b(?:checked\s+in|checks\s+in|has\s+checked|comes\s+in|swipes?\s+in|is\s+(?:enrolled|signed\s+up)|"
        r"vine\s+la\s+sal\w*|vine\s+(?:aproape\s+)?zilnic|(?:e|este)\s+[îi]nscris[ăa]?)\b|"
        r"(?<!\w)(?:ходит\s+в|приходит\s+в|записан[аы]?\s+(?:к|на))(?!\w)|"
        # s46 (trainK48): what they applied for with us («ваша бывшая супруга тоже подавала на прошлой
        # неделе – на снятие вас с регистрации», "your ex-wife also applied last week")
        r"\b(?:has\s+)?(?:also\s+)?(?:applied|filed|submitted)\s+(?:\w+\s+)?(?:last|this|on|for|an?\s+application)\b|"
        r"\ba\s+depus\s+(?:[șs]i\s+)?(?:ea|el)?\s*(?:o\s+)?cerere\b|(?<!\w)(?:подавал[аи]?|подала|обращал[аи]?сь)\s+"
        r"(?:\w+\s+)?(?:на\s+прошлой|на\s+этой|вчера|заявлени\w*|на\s+сняти\w*|на\s+развод)"
    ),
    what_hints=(
        "applied",
        "filed",
        "submitted",
        "a depus",
        "подавал",
        "подала",
        "обращал",
        "checked in",
        "checks in",
        "has checked",
        "comes in",
        "swipe",
        "enrolled",
        "signed up",
        "vine la",
        "zilnic",
        "înscris",
        "inscris",
        "ходит в",
        "приходит в",
        "записан",
    ),
    said="Where and when someone the customer looks for can be found",
)

# leak150 (trainK57's ru-xg012): how an ex-partner's own claim with us went («Заявление вашей
# бывшей супруги на пособие … одобрено, выплата ей пойдёт с 15-го», "your ex-wife's claim was
# approved", „cererea fostei dumneavoastră soții a fost aprobată"): their case, not the
# reader's, whatever its outcome
_EX_CLAIM = _Family(
    who=re.compile(
        r"(?i)\bex-?(?:partner|wife|husband)'s\s+(?:\w+\s+)?(?:claim|application|request)\b|"
        r"\b(?:cererea|solicitarea|dosarul)\s+(?:\w+\s+)?(?:fostei|fostului)\s+(?:dumneavoastr[ăa]\s+|dvs\.?\s+)?"
        r"(?:so[țţt]\w*|partener\w*)|"
        r"(?<!\w)(?:заявлени\w*|обращени\w*|ходатайств\w*)\s+(?:ваш\w+\s+|тво\w+\s+)?бывш\w+\s+"
        r"(?:муж|жен|супруг|партн)\w*(?!\w)"
    ),
    who_hints=("ex", "fostei", "fostului", "бывш"),
    what=re.compile(
        r"(?i)\b(?:approved|rejected|declined|granted|paid\s+out|payments?\s+to\s+(?:her|him)|"
        r"aprobat[ăa]?|respins[ăa]?|plata\s+(?:c[ăa]tre\s+(?:ea|el)|[îi]i))\b|"
        r"(?<!\w)(?:одобрен\w*|отклонен\w*|назначен\w*|выплат\w*\s+(?:ей|ему))(?!\w)"
    ),
    what_hints=(
        "approved",
        "rejected",
        "declined",
        "granted",
        "paid out",
        "payment",
        "aprobat",
        "respins",
        "plata",
        "одобрен",
        "отклонен",
        "назначен",
        "выплат",
    ),
    said="An ex-partner's own claim and how it went",
)

# --- another user's, subscriber's or patient's location, log or health -------------------------
_OTHER_USER = _Family(
    who=re.compile(
        r"(?i)\b(?:other|another)\s+(?:account|user|customer|driver|member|subscriber|patient|candidate|"
        r"applicant|passenger|guest|tenant)\b|\b(?:successful|chosen)\s+(?:candidate|applicant)\b|"
        r"\b(?:alt\w*|cel[ăa]lalt\w*)\s+candidat\w*|\bcandidat\w*\s+(?:ales|admis|selectat)\w*|"
        r"\bprevious\s+(?:driver|user|customer|renter|hirer|member)\b|"
        r"\b(?:gentleman|lady|man|woman|patient|person)\s+(?:who\s+was\s+)?booked\s+(?:in\s+)?before\s+you\b|"
        r"\b(?:un|unui|alt|altui)\s+abonat\w*\b|\butilizator\w*\s+(?:de\s+dinainte|anterior)\b|"
        r"\bclient\w*\s+(?:de\s+dinainte|anterior)\b|\b(?:alt\w*|cel[ăa]lalt\w*)\s+(?:client|utilizator|abonat|pacient)\w*|"
        r"(?<!\w)(?:(?:наш\w*|друг\w+|чуж\w+|этот|этого)\s+абонент\w*|предыдущ\w+\s+(?:клиент|водител|пользовател|арендатор)\w*|"
        r"друг\w+\s+(?:пользовател|клиент|абонент|пациент|кандидат|соискател)\w*|"
        r"записан\w*\s+до\s+вас|человек\w*,?\s+котор\w+\s+вы\s+интересу\w+|"
        r"(?:мальчик|девочк|ребён|ребен)\w*\s+из\s+(?:вашей|твоей)\s+(?:группы|класса))(?!\w)|"
        r"\b(?:the\s+person|persoana)\s+(?:you(?:'re|\s+are)\s+asking\s+about|care\s+v[ăa]\s+intereseaz[ăa])|"
        r"\b(?:boy|girl|child|pupil)\s+(?:in|from)\s+(?:your|the\s+same)\s+(?:class|group)\b|"
        r"\b(?:b[ăa]iat\w*|feti[țţt]\w*|copil\w*)\s+din\s+(?:grupa|clasa)\b"
    ),
    who_hints=(
        "other ",
        "another ",
        "previous ",
        "before you",
        "abonat",
        "utilizator",
        "client",
        "alt",
        "абонент",
        "предыдущ",
        "друг",
        "до вас",
        "интересу",
        "из вашей",
        "из твоей",
        "asking about",
        "persoana",
        "from your",
        "in your",
        "the same",
        "din grupa",
        "din clasa",
    ),
    what=re.compile(
        r"(?i)\b(?:parked|GPS|logged\s+in\s+from|biopsy|oncology|tuberc\w*|\d+\s+(?:calls|texts|"
        r"SMS-uri|SMS|messages)|s-au\s+trimis|roaming|a\s+l[ăa]sat-o|is\s+(?:enrolled|signed\s+up)|"
        r"e\s+[îi]nscris[ăa]?|este\s+[îi]nscris[ăa]?|criminal\s+record|failed\s+(?:the|their|his|her)\s+"
        r"(?:background|reference|credit)\s+checks?|cazier\w*|"
        # where they are right now ("is currently at the Tesco car park", «сейчас находится у
        # вокзала», "se află acum în Obor")
        r"(?:is|he's|she's)\s+(?:currently|right\s+now|now)\s+(?:at|on|in|near|parked)|se\s+afl[ăa]\s+acum)\b|"
        # pol135 (trainP51's ru-yx026): not a server's outgoing mail («ограничили исходящую почту на сервере»)
        r"(?<!\w)(?:исходящ\w*(?!\s+(?:почт|сервер|smtp|порт|\d))|рассылал\w*|роуминг\w*|оставлял\w*|ед[её]т\s+по|туберкул\w*|"
        r"стационар\w*|онколог\w*|GPS|судимост\w*|(?:сейчас|прямо\s+сейчас)\s+(?:находится|стоит|едет))(?!\w)"
    ),
    what_hints=(
        "parked",
        "gps",
        "logged in from",
        "biopsy",
        "oncology",
        "tuberc",
        "calls",
        "texts",
        "sms",
        "messages",
        "trimis",
        "roaming",
        "lăsat",
        "lasat",
        "исходящ",
        "рассылал",
        "роуминг",
        "оставлял",
        "едет по",
        "едёт по",
        "туберкул",
        "стационар",
        "онколог",
        "enrolled",
        "booked",
        "signed up",
        "înscris",
        "inscris",
        "criminal record",
        "failed",
        "cazier",
        "currently",
        "right now",
        "now ",
        "afl",
        "судимост",
        "сейчас",
    ),
    said="Another user's, subscriber's or patient's whereabouts, log or health",
    reach=60,
    own=re.compile(r"(?i)abonat|абонент"),
)


# --- who complained about the customer -----------------------------------------------------------
# "the complaint was made by your neighbour at number 14", „sesizarea a fost făcută de vecina de la
# etajul 3”, «жалобу написала Людмила из 58-й квартиры»: the complainant named or pointed at,
# against the complaint itself ("we've had a complaint about the noise") and our own team
_COMPLAINT = _Family(
    who=re.compile(
        r"(?i)\bcomplain\w*|\breclama[țţt]i\w*|\bpl[âa]ngere\w*|\bsesiz[ăa]ri\w*|\bsesizare\w*|"
        r"(?<!\w)(?:жалоб\w*|заявлени\w*|пожаловал\w*|донос\w*)(?!\w)"
    ),
    who_hints=(
        "complain",
        "reclama",
        "plângere",
        "plangere",
        "sesiz",
        "жалоб",
        "заявлени",
        "пожаловал",
        "донос",
    ),
    what=re.compile(
        r"\b(?:made|filed|submitted|lodged|sent|raised|written|came)\s+(?:in\s+)?(?:by|from)\s+"
        r"(?:(?:your|the)\s+(?:\w+\s+)?neighbou?rs?\b|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]|"
        r"(?:the\s+\w+\s+)?(?:at|in|from)\s+(?:flat|number|no\.)\s*\d|[A-Z][a-z]+\s+(?:at|in|from)\s+"
        r"(?:flat|number|no\.)\s*\d|[A-Z][a-z]+\s+[A-Z][a-z]+)|"
        r"\b(?:f[ăa]cut[ăa]?|depus[ăa]?|trimis[ăa]?|scris[ăa]?)\s+de\s+(?:vecin\w*|doamna\s+[A-ZĂÂÎȘȚ]|"
        r"domnul\s+[A-ZĂÂÎȘȚ]|d-na\s+[A-ZĂÂÎȘȚ]|dl\.?\s+[A-ZĂÂÎȘȚ]|[A-ZĂÂÎȘȚ][a-zăâîșț]+\s+de\s+la)|"
        r"(?<!\w)(?:написал\w*|подал\w*|отправил\w*|оставил\w*)\s+(?:е[её]\s+|его\s+)?(?:[А-ЯЁ][а-яё]+\s+"
        r"(?:из|с)\s+\d|сосед\w*|жил\w*\s+из)"
    ),
    what_hints=(
        "made",
        "filed",
        "submitted",
        "lodged",
        "sent",
        "raised",
        "written",
        "came",
        "făcut",
        "facut",
        "depus",
        "trimis",
        "scris",
        "написал",
        "подал",
        "отправил",
        "оставил",
    ),
    said="Who complained about the customer",
    reach=120,
)


# s39 (trainK41, every language): what neighbours or the guests next door did about the same
# trouble, by where they live ("the people in the room next to yours kicked up a fuss at
# reception and asked for two nights back", „cei din camera de lângă dumneavoastră au făcut
# scandal … au cerut banii înapoi", «из 12-й и 47-й квартир уже по три заявки написали»): their
# complaints are theirs. "Other guests have mentioned the air conditioning too" names no one.
_THEIR_COMPLAINTS = _Family(
    who=re.compile(
        r"(?i)\b(?:room|rooms|flat|flats|apartment)\s+(?:\w+\s+)?(?:next\s+(?:door|to\s+(?:you|yours))|opposite|above|below|"
        r"\d+[a-z]?)\b|\b(?:camera|camerele|apartamentul)\s+(?:de\s+)?(?:l[âa]ng[ăa]|al[ăa]turat[ăa]|de\s+vizavi|"
        r"de\s+sus|de\s+jos|\d+)\b|\bcei\s+din\s+(?:camera|apartamentul)\b|\bneighbou?rs?\b|\bvecin\w*|"
        r"(?<!\w)(?:из\s+\d+-?[йиеяю]*\s+(?:и\s+\d+-?[йиеяю]*\s+)?квартир\w*|в\s+\d+-?[йиеяю]+\s|соседн\w+\s+"
        r"(?:номер|квартир|комнат)\w*|сосед\w*)(?!\w)"
    ),
    who_hints=(
        "room",
        "flat",
        "apartment",
        "camera",
        "camerele",
        "apartamentul",
        "cei din",
        "neighbo",
        "vecin",
        "квартир",
        "соседн",
        "сосед",
        "-й ",
        "-я ",
    ),
    what=re.compile(
        r"(?i)\b(?:kicked\s+up\s+a\s+fuss|made\s+a\s+(?:scene|fuss)|asked\s+for\s+(?:their|the(?:ir)?)\s+(?:money|\w+\s+nights?)\s+back|"
        r"asked\s+for\s+a\s+refund|(?:are|is)\s+threatening|threatened\s+to|put\s+in\s+(?:\d+|two|three|several)\s+complaints|"
        r"(?:au|a)\s+f[ăa]cut\s+scandal|(?:au|a)\s+cerut\s+banii\s+(?:[îi]napoi|pe)|amenin[țt][ăa]\s+c[ăa]|"
        r"(?:au|a)\s+depus\s+(?:\w+\s+)?(?:reclama[țt]ii|pl[âa]ngeri)|s-au\s+pl[âa]ns\s+(?:deja\s+)?de\s+(?:dou[ăa]|trei|\d))\b|"
        r"(?<!\w)(?:(?:по\s+)?(?:две|три|\d+)\s+заявк\w*\s+(?:написал|подал|оставил)\w*|заявк\w*\s+(?:написал|подал|оставил)\w*|"
        r"грозит\w*|грозятся|требу\w+\s+(?:вернуть|компенсац)\w*|устроил\w*\s+скандал)(?!\w)"
    ),
    what_hints=(
        "fuss",
        "scene",
        "back",
        "refund",
        "threaten",
        "complaints",
        "scandal",
        "banii",
        "amenin",
        "depus",
        "s-au plâns",
        "s-au plans",
        "заявк",
        "гроз",
        "требу",
        "скандал",
    ),
    said="What others did about it, by where they live",
    reach=60,
)


# --- someone's marks, told for comparison -------------------------------------------------------
_MARKS = _Family(
    who=re.compile(
        r"(?i)\bto\s+put\s+it\s+in\s+perspective|\bfor\s+comparison|\bto\s+give\s+you\s+a\s+sense|"
        r"\bin\s+(?:the\s+same|your|her|his)\s+(?:set|class|group|(?:seminar|study|tutor|maths|english)\s+group|year|cohort)\b|"
        # s39 (heldK34, trainK41): "For context, …", "just so you understand the decision, …", "who
        # moved up instead"
        r"\bfor\s+context\b|\bso\s+you\s+understand\s+the\s+(?:decision|marking|result)|\bwho\s+(?:moved|went)\s+up\s+instead\b|"
        # s40: "your project partner", "the highest in the group", „în grupă", «одногруппник»,
        # «сосед по парте», «у половины группы»
        r"\bproject\s+partner\b|\bdesk\s*mate\b|\bin\s+the\s+group\b|\b[îi]n\s+grup[ăa]\b|(?<!\w)(?:одногруппни\w*|"
        r"сосед\w*\s+по\s+парте|у\s+половины\s+группы)(?!\w)|"
        r"\bca\s+s[ăa]\s+v[ăa]\s+face[țţt]i\s+o\s+idee|\bpentru\s+compara[țţt]ie|"
        r"\bcoleg(?:ul|a)\s+(?:ei|lui|de\s+banc[ăa]|de\s+grup[ăa])\b|\bultim(?:a|ul)\s+admis\w*|"
        # leak23: "Colega dumneavoastră de grupă", "your teammate", «из того же класса»
        r"\bcoleg(?:ul|a)\s+(?:dumneavoastr[ăa]|dvs\.?|t[ăa]u|ta)\s+de\s+(?:banc[ăa]|grup[ăa]|clas[ăa]|an)\b|"
        r"\b(?:team|class|course)-?mates?\b|(?<!\w)(?:из\s+(?:того\s+же|вашего|твоего)\s+класса|"
        r"одноклассни\w*|однокурсни\w*)(?!\w)|"
        r"(?<!\w)(?:для\s+сравнения|из\s+(?:вашей|твоей|его|е[её])\s+группы|в\s+(?:том\s+же|вашем|твоем|"
        r"тво[её]м|его|е[её])\s+классе|последн\w+\s+проходн\w+)(?!\w)|"
        # leak158 (trainK59, every language): the result sent by mistake was someone else's ("The result
        # you were sent was actually Tom Ashworth's — he got 58", „Rezultatul pe care l-ați primit era de
        # fapt al colegului …", «Вам случайно пришёл отчёт Артёма Белова — у него … 41 балл»)
        r"\b(?:result|report|certificate|transcript|score|grade)s?\s+(?:you\s+(?:were\s+sent|got|received)\s+)?"
        r"(?:was|is|were)\s+(?:actually|in\s+fact|really)\b|"
        r"\b(?:rezultatul|raportul|certificatul)\s+(?:pe\s+care\s+l-a[țt]i\s+primit\s+)?(?:era|este|e)\s+(?:de\s+fapt|[îi]n\s+realitate)\b|"
        r"(?<!\w)(?:случайно|по\s+ошибке)\s+(?:\w+\s+)?(?:пришл?\w*|отправ\w*|выслал\w*)\s+(?:\w+\s+)?"
        r"(?:отч[её]т|результат|сертификат|ведомост|протокол)\w*(?!\w)"
    ),
    who_hints=(
        "perspective",
        "comparison",
        "for context",
        "project partner",
        "desk",
        "in the group",
        "în grup",
        "in grup",
        "одногруппни",
        "по парте",
        "половины группы",
        "so you understand the",
        "up instead",
        "study group",
        "tutor group",
        "maths group",
        "english group",
        "a sense",
        "same set",
        "same class",
        "same group",
        "your set",
        "your class",
        "your group",
        "seminar group",
        "her class",
        "his class",
        "your year",
        "o idee",
        "compara",
        "colegul",
        "colega",
        "admis",
        "для сравнения",
        "группы",
        "классе",
        "проходн",
        "teammate",
        "team-mate",
        "classmate",
        "coursemate",
        "того же класса",
        "вашего класса",
        "твоего класса",
        "одноклассни",
        "однокурсни",
        # leak158: the nouns its pattern opens with, not "actually" or "really", which most drafts hold
        "result",
        "report",
        "certificate",
        "transcript",
        "score",
        "grade",
        "rezultatul",
        "raportul",
        "certificatul",
        "случайно",
        "по ошибке",
    ),
    what=re.compile(
        r"(?i)\b(?:got|scored|received)\s+(?:a\s+)?\d{1,3}(?:\.\d)?(?:\s*%|\b)|"
        # leak158 (trainK59's ro-xo016): „el a picat traseul cu 24 de puncte de penalizare"
        r"\ba\s+picat\s+(?:\w+\s+){0,2}?cu\s+\d{1,3}\b|"
        # s40: a letter grade ("got a C+"), a mark after "was … with" ("the highest … was Emma
        # Clarke with 74"), „are 5,80", «набрал 56», «получил 2», «двойки»
        r"\b(?:got|received)\s+an?\s+[A-F][+-]?(?=[\s,.;]|$)|\bwith\s+\d{1,3}\s*%?(?=[\s,.;])|"
        r"\bare\s+(?:doar\s+)?\d{1,2},\d{1,2}\b|(?<!\w)(?:набрал\w*|получил\w*)\s+(?:на\s+)?\d{1,3}(?!\w)|"
        r"\bcame\s+in\s+at\s+\d{1,3}\b|\bfailed\s+(?:\w+\s+){1,3}with\s+\d{1,3}\s*%|"
        r"\b(?:a|au)\s+luat\s+(?:nota\s+|notele\s+|peste\s+|sub\s+)?\d{1,2}(?:[.,]\d{1,2})?|"
        # leak164 (trainK63's en-yc059): "Only three people got a distinction in your group — Priya, Tom and Alex"
        r"\bgot\s+(?:a\s+)?(?:distinction|starred\s+first|first-class|top\s+marks|full\s+marks)s?\b|\ba\s+intrat\s+cu\s+\d|\bcu\s+media\s+\d|"
        r"(?<!\w)(?:тройк\w*|двойк\w*|пят[её]рк\w*|четв[её]рк\w*|неуд\w*|незач[её]т\w*|"
        r"\d{2,3}\s+балл\w*)(?!\w)"
    ),
    what_hints=(
        "got",
        "scored",
        "with",
        "are",
        "набрал",
        "получил",
        "came in at",
        "failed",
        "received",
        "a luat",
        "au luat",
        "a picat",
        "a intrat",
        "media",
        "тройк",
        "двойк",
        "пятёрк",
        "пятерк",
        "четвёрк",
        "четверк",
        "неуд",
        "незач",
        "балл",
    ),
    said="Someone else's marks",
    named=True,
)

# --- leak25: a fellow student's academic outcome ------------------------------------------------
# "His group partner Aiden failed the module and is repeating the year", "fostul dvs. coleg de
# cameră a fost exmatriculat pentru plagiat", «Захарова из вашей группы отчислили … за два
# хвоста» (heldK12, trainK15, every language): a fellow student by their tie to the customer
# or their child + what happened to their studies; no name needed, unlike marks. Against
# the customer's own results, a rule ("students who fail the module repeat the year") and
# a condition.
_STUDY = _Family(
    who=re.compile(
        r"(?i)\b(?:(?:group|lab|project|study|exam)\s+partner|class-?mates?|course-?mates?|room-?mates?|"
        r"coleg(?:ul|a|ului|ei)\s+(?:dvs\.?|dumneavoastr[ăa]|t[ăa]u|ta)?\s*de\s+(?:camer[ăa]|grup[ăa]|an|"
        r"clas[ăa]|proiect|echip[ăa])|coleg(?:ul|a)\s+(?:dvs|dumneavoastr[ăa])|fost(?:ul|a)\s+(?:dvs\.?\s+|"
        r"dumneavoastr[ăa]\s+)?coleg\w*|"
        # leak26: a team-mate in a marked group work ("your group mark … because Lukas failed his
        # part", „colegului de echipă", «из-за напарника»)
        r"team-?mates?|(?:group|team|project)\s+(?:members?|mark|grade|score)|"
        # pol63 (a look-alike from s42): „media grupei" is the group's average, a statistic, not a member
        r"(?:membr\w*|nota)\s+(?:din\s+)?(?:echip|grup)\w*)\b|"
        r"(?<!\w)(?:из\s+(?:вашей|твоей|его|её|ее|той\s+же)\s+группы|однокурсни\w*|одногруппни\w*|"
        r"одноклассни\w*|сосед\w*\s+по\s+(?:комнате|парте|общежитию)|напарни\w*|"
        r"(?:член|участни)\w*\s+(?:вашей\s+|его\s+|её\s+)?(?:команды|группы))(?!\w)"
    ),
    who_hints=(
        "partner",
        "classmate",
        "class-mate",
        "coursemate",
        "course-mate",
        "roommate",
        "room-mate",
        "coleg",
        "группы",
        "однокурсни",
        "одногруппни",
        "одноклассни",
        "по комнате",
        "по парте",
        "по общежитию",
        # leak26
        "teammate",
        "team-mate",
        "group m",
        "group grade",
        "group score",
        "team m",
        "team grade",
        "team score",
        "project m",
        "project grade",
        "echip",
        "grup",
        "напарни",
        "команды",
    ),
    what=re.compile(
        r"(?i)\b(?:failed\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:module|course|year|exams?|"
        r"resit|dissertation|practical|assessment|coursework|placement)|repeat(?:ing|s)\s+the\s+year|(?:was|been|got|is\s+being)\s+(?:expelled|excluded|"
        r"kicked\s+out|withdrawn)|exmatricul\w*|repetent\w*|corigen[țt]\w*|a\s+picat\s+(?:examenul|anul|"
        r"licen[țt]a|sesiunea|restan[țt]a)|a\s+avut\s+(?:media\s+)?\d{1,2}[.,]\d{1,2}|"
        # leak26: their own mark ("failed his part — he got 34 out of 100", „a luat 4 la proiect")
        r"failed\s+(?:his|her|their)\s+(?:part|section|bit)|"
        r"(?:\b(?:he|she|they|members?|mates?|partner)|(?-i:\b[A-Z][a-z]+))\s+(?:only\s+)?(?:got|scored)\s+"
        r"\d{1,3}\s*(?:%|out\s+of|/)|"
        r"a\s+luat\s+(?:nota\s+)?\d{1,2}\s+la)\b|"
        r"(?<!\w)(?:отчисл\w*|хвост\w*|академическ\w+\s+(?:задолженн|долг)\w*|на\s+второй\s+год|"
        r"не\s+сдал\w*\s+(?:сесси|экзамен|зач[её]т)\w*|завалил\w*|сдал\w*\s+(?:свою\s+часть\s+)?на\s+[2-5]|"
        r"получил\w*\s+(?:двойк|единиц|неуд)\w*)(?!\w)"
    ),
    what_hints=(
        "failed",
        "repeating the year",
        "repeats the year",
        "expelled",
        "excluded",
        "kicked out",
        "withdrawn",
        "exmatricul",
        "repetent",
        "corigen",
        "a picat",
        "a avut",
        "отчисл",
        "хвост",
        "академическ",
        "второй год",
        "не сдал",
        "завалил",
        # leak26
        "his part",
        "her part",
        "their part",
        "his section",
        "her section",
        "got ",
        "scored ",
        "a luat",
        "сдал",
        "получил",
    ),
    said="A fellow student's results or exclusion",
)

# --- the person in the seat or room next to the customer, with their booking -------------------
_NEXT_TO = _Family(
    who=re.compile(
        r"(?i)\bnext\s+(?:to\s+you|door)\b|\bl[âa]ng[ăa]\s+(?:dumneavoastr[ăa]|dvs|tine)\b|"
        r"(?<!\w)рядом\s+с\s+(?:вами|тобой)(?!\w)|"
        # leak26: someone travelling with the customer, or close to them ("your friend's on the
        # same flight", „prietena dumneavoastră", «ваш коллега летит тем же рейсом»)
        r"\b(?:friend|colleague|partner|companion|brother|sister|wife|husband|daughter)\w*|"
        r"\byour\s+son\b|\b(?:prieten|coleg|partener|frat|sor[ăa]|fiic|so[țt]ul|so[țt]ia)\w*|"
        r"(?<!\w)(?:(?:коллег|подруг|попутчик|брат|сестр|доч)\w*|ваш\w*\s+(?:друг|муж|жен|сын)\w*)"
    ),
    who_hints=(
        "next to you",
        "next door",
        "lângă",
        "langa",
        "рядом с",
        "friend",
        "colleague",
        "partner",
        "companion",
        "brother",
        "sister",
        "wife",
        "husband",
        "daughter",
        "your son",
        "prieten",
        "coleg",
        "partener",
        "frat",
        "sora",
        "soră",
        "fiic",
        "soțul",
        "sotul",
        "soția",
        "sotia",
        "коллег",
        "подруг",
        "попутчик",
        "брат",
        "сестр",
        "доч",
        "ваш друг",
        "вашего друг",
        "вашему друг",
        "ваш муж",
        "вашего муж",
        "вашему муж",
        "ваша жен",
        "вашей жен",
        "ваш сын",
        "вашего сын",
        "вашему сын",
    ),
    what=re.compile(
        r"\b(?:[Rr]eference|[Rr]ef\.?|cod(?:ul)?\s+(?:de\s+)?rezervare|бронь)\s+[A-Z0-9]{5,8}\b|"
        r"(?i:\bchecking\s+in\s+on\b|\btravelling\s+on\s+to\b|\bmerge\s+mai\s+departe\b|"
        r"(?<!\w)(?:с\s+пересадкой|заезд\w*|путёвк\w*|путевк\w*)(?!\w))|"
        # leak26: their booking's code or a number-transfer code ("her booking is QX7K2M",
        # „rezervarea cu codul H7PL3Q", «его бронь — ТК5Р9Л», "His PAC is ABC 123 456")
        r"\b(?:booking|reservation|PNR)\s+(?:is\s+|code\s+|number\s+|ref\w*\s+)?[:—–-]?\s*"
        r"(?=[A-Z]*\d)[A-Z0-9]{6,8}\b|\bcod(?:ul)?\s+(?=[A-Z]*\d)[A-Z0-9]{6,8}\b|"
        r"(?<!\w)бронь\s*(?:[—–:-]\s*)?(?:№\s*)?(?=[A-ZА-ЯЁ]*\d)[A-ZА-ЯЁ0-9]{6,8}(?!\w)|"
        r"\bPAC\s+(?:code\s+)?(?:is\s+)?[A-Z]{3}\s?\d{3}\s?\d{3}\b"
    ),
    what_hints=(
        "reference",
        "ref",
        "rezervare",
        "бронь",
        "checking in on",
        "travelling on to",
        "mai departe",
        "пересадк",
        "заезд",
        "путёвк",
        "путевк",
        # leak26
        "booking",
        "reservation",
        "pnr",
        "codul",
        "cod ",
        "pac",
    ),
    said="Another guest's or passenger's booking",
    # leak26: the code of the customer's own booking, said just before ("Rezervarea
    # dumneavoastră are codul …", "your booking is …", «ваша бронь — …»)
    not_after=re.compile(
        r"(?i)(?:\brezervar\w*\s+(?:dumneavoastr[ăa]|dvs\.?)|\byour\s+(?:\w+\s+)?(?:booking|reservation)|"
        r"(?<!\w)ваш\w*\s+брон\w*)[^;.!?]*$"
    ),
)

# --- a colleague's pay --------------------------------------------------------------------------
# "Marcus … is only on £24k", "colega mea, Roxana, are 3.900 de lei net", «Лена … получает 42
# тысячи», "pe gradația a III-a", «работает сдельно»: a salary-sized sum or a pay grade said of a
# colleague (a name or a role in the sentence), against our prices and the customer's own pay
_PAY = re.compile(
    r"(?i)\b(?:is|'s|are)\s+(?:only\s+|just\s+)?on\s+(?:about\s+|around\s+)?[£$€]\s?"
    r"(?:\d{2,3}k|\d{2,3},\d{3})\b|\b(?:are|cu|c[âa][șs]tig[ăa]|prime[șs]te)\s+\d[\d.]*\s+(?:de\s+)?lei\s+"
    r"(?:net|brut)\b|\bgrila\s+de\s+(?:debutant|salarizare)|\bgrada[țţt]i[ae]\s+a\s+\w+|"
    r"(?<!\w)(?:получает\s+\d+\s*(?:тысяч\w*|тыс\.?|к)|преми\w*\s+(?:в\s+)?\d+\s*(?:тысяч\w*|тыс)|"
    r"сдельн\w*|с\s+каждого\s+(?:вызова|заказа)\s+(?:\w+\s+){0,2}\d+)(?!\w)"
)
_PAY_HINTS = ("on £", "on $", "on €", "on about", "on around", "lei net", "lei brut", "grila",
              "gradați", "gradati", "gradaţi", "получает", "преми", "сдельн", "с каждого")  # fmt: skip


# s46 (trainK48): our own pay, said by the agent („noi aici câștigăm 2.800 lei net", "we're only paid
# £11.40 an hour here", «мы тут получаем 38 тысяч»): staff's pay whoever says it
_OUR_PAY = re.compile(
    r"(?i)\b(?:noi\s+(?:aici\s+)?|eu\s+)c[âa][șs]tig(?:[ăa]m)?\s+(?:doar\s+|vreo\s+|cam\s+|sub\s+)?\d[\d.]*\s+(?:de\s+)?lei\s+"
    r"(?:net|brut|pe\s+lun[ăa]|pe\s+or[ăa])\b|\bwe(?:'re|\s+are)\s+(?:only\s+|just\s+)?(?:paid|on)\s+(?:about\s+|around\s+)?"
    r"[£$€]\s?\d[\d.,]*k?\s*(?:an\s+hour|per\s+hour|a\s+year|a\s+month)\b|\bi\s+(?:only\s+)?(?:get|earn|make)\s+[£$€]\s?"
    r"\d[\d.,]*\s+(?:an|per)\s+hour\b|(?<!\w)мы\s+(?:тут|здесь)\s+получаем\s+(?:всего\s+|около\s+|меньше\s+)?\d[\d\s]*\s*"
    r"(?:тысяч\w*|тыс\.?|₽|руб\w*)|"
    # leak120 (trainK49): a group of our staff and their pay („băieții de la depozit iau 2.800 de lei net",
    # «у курьеров сейчас 1 800 ₽ за смену», "our drivers get £11 an hour")
    r"\b(?:b[ăa]ie[țt]ii|colegii|oamenii|curierii|[șs]oferii|fetele)\s+(?:(?:de\s+)?(?:la|din|de\s+pe)\s+\w+\s+)?(?:iau|"
    r"c[âa][șs]tig[ăa]|primesc)\s+(?:doar\s+|vreo\s+|cam\s+|sub\s+)?\d[\d.]*\s+(?:de\s+)?lei\s+(?:net|brut|pe\s+lun[ăa]|pe\s+or[ăa]|"
    r"pe\s+zi)\b|(?<!\w)у\s+(?:наших\s+)?(?:курьер\w*|водител\w*|сборщик\w*|оператор\w*|кладовщик\w*|ребят\w*|сотрудник\w*|"
    r"мастер\w*)\s+(?:сейчас\s+)?(?:всего\s+|около\s+|по\s+)?\d[\d\s]*\s*(?:₽|руб\w*|тыс\w*)\s+(?:за\s+смену|в\s+месяц|в\s+час|"
    r"в\s+день|за\s+выезд)|\b(?:our|the)\s+(?:drivers|couriers|warehouse\s+(?:staff|lads|team|guys)|pickers|agents|lads|guys)\s+"
    r"(?:get|earn|are\s+paid|make|take\s+home)\s+(?:about\s+|around\s+|only\s+|just\s+)?[£$€]\s?\d[\d.,]*k?\s*(?:an\s+hour|"
    r"per\s+hour|a\s+shift|per\s+shift|a\s+day)\b|"
    # leak125 (trainK50): our staff paid off the books («официально платят МРОТ, остальное в
    # конверте», "the rest cash in hand", „restul la negru")
    r"(?<!\w)(?:остальное|остальную\s+часть|часть\s+(?:зарплаты|денег)|зарплат\w*|доплат\w*)\s+(?:\w+\s+)?в\s+конверт\w*|"
    r"\b(?:the\s+rest|the\s+remainder|part\s+of\s+(?:it|the\s+pay|our\s+pay))\s+(?:is\s+|comes\s+|paid\s+)?(?:cash\s+in\s+hand|"
    r"off\s+the\s+books)\b|\b(?:restul|salariul|o\s+parte)\s+(?:\w+\s+)?(?:la\s+negru|[îi]n\s+plic)\b"
)
_OUR_PAY_HINTS = (
    "конверт",
    "cash in hand",
    "off the books",
    "la negru",
    "în plic",
    "in plic",
    "câștig",
    "castig",
    "paid",
    "we're on",
    "we are on",
    "an hour",
    "per hour",
    "получаем",
    "iau",
    "primesc",
    "за смену",
    "в месяц",
    "в час",
    "в день",
    "за выезд",
    "a shift",
    "per shift",
    "a day",
)


def _colleague_pay(text: str) -> Iterator[Leak]:
    hints = present(text, _PAY_HINTS)
    for m in hinted(_PAY, text, hints, 40) if hints else ():
        lo = clause_start(text, m.start())
        if YOU_BEFORE.search(text, lo, m.start()):
            continue  # "you're on £24k", "dacă aveți 3.900 de lei net"
        if STAFF_WHO.search(text, lo, m.start()) or staff_before(text, lo):
            yield Leak(
                "other-person", m.start(), m.end(), _MESSAGE.format(what="A colleague's pay")
            )
            return


# s44 (trainK46, blind36): a colleague's commission on each sale („el are bonus pe fiecare
# abonament vândut", "he gets a bonus on every upgrade", «получают премию за каждого»): their pay,
# and why they pushed the dearer plan. 3 leaks over every labelled case and nothing else.
_COMMISSION = re.compile(
    r"(?i)\b(?:gets?|has|earns?|makes?|are\s+on|is\s+on|are\s+paid|is\s+paid)\s+(?:a\s+)?(?:\w+\s+)?(?:bonus|commission|"
    r"kickback|cut)\s+(?:on|for|from|per)\s+(?:every|each)\b|\b(?:are|prime[șs]te|ia|ie|primesc|iau)\s+(?:un\s+)?"
    r"(?:bonus|comision)\w*\s+(?:pe|la|din|pentru)\s+fiecare\b|(?<!\w)(?:получа\w+|име\w+|есть)\s+(?:\w+\s+)?"
    r"(?:бонус|процент|преми\w*|комисси\w*)\s+(?:с|за)\s+кажд\w+(?!\w)"
)
_COMMISSION_HINTS = (
    "bonus",
    "commission",
    "kickback",
    " cut ",
    "comision",
    "бонус",
    "процент",
    "преми",
    "комисси",
)


def _commission(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        return YOU_BEFORE.search(text, clause_start(text, m.start()), m.start()) is None

    message = _MESSAGE.format(what="A colleague's commission")
    return first_accepted(
        _COMMISSION, text, present(text, _COMMISSION_HINTS), 60, accept, "other-person", message
    )


# --- a personal phone number given out ----------------------------------------------------------
# "call Cătălin directly on his personal number: 0722 415 903", «звоните Ольге на личный:
# +7 926 …»: someone's own phone, against the customer's own ("your personal number") and our
# office line
_PERSONAL_PHONE = re.compile(
    r"(?i)(?:\b(?:(?:his|her|their|my)\s+(?:own\s+)?(?:personal|private)\s+(?:number|mobile|phone|cell)|"
    r"num[ăa]rul\s+(?:lui|ei|meu)\s+(?:personal|privat)|telefonul\s+(?:lui|ei|meu)\s+personal)|"
    r"(?<!\w)(?:на\s+(?:е[её]|его|мой)?\s*личный(?:\s+(?:номер|мобильный|телефон))?))"
    r"[\s:,—–-]{1,4}(?P<hit>\+?\d[\d\s()-]{7,16}\d)"
)
_PERSONAL_HINTS = ("personal", "private", "privat", "личный")
# s41 (trainK43, every language): the number to call someone else on, with "him" or "her" for
# who answers ("you could try him directly on 07723 …, that's the number he signed up with",
# „îl puteți suna direct la 0745 …", «можете позвонить ему напрямую … +7 903 …»). Over every
# labelled case, 110 leaks and nothing else: a firm's line is "call them" or "call us"
_CALL_THEM = re.compile(
    r"(?i)(?:\b(?:call|ring|phone|text|try|reach|contact|whatsapp|message)\s+(?:him|her)\b|"
    r"\b(?:[îi]l|o)\s+(?:pute[țt]i|po[țt]i)\s+(?:suna|contacta|g[ăa]si)\b|\b(?:s[ăa]-l|s-o)\s+suna[țt]i\b|"
    r"(?<!\w)(?:(?:позвонить|позвоните|звоните|написать|напишите)\s+(?:ему|ей)|(?:ему|ей)\s+(?:\w+\s+)?"
    r"(?:позвонить|позвоните|звоните|написать|напишите))(?!\w))"
    r"[^.!?\n]{0,90}?(?<![\w+])(?P<hit>\+?\d[\d ()-]{7,16}\d)(?!\w)"
)
# s41 (trainK43, heldK30: two writers, every language): who took the customer's things, found
# on our cameras and told with what singles them out ("the lady who picked up your bag is one of
# our regulars – she usually comes in on Thursdays around 11", „cel care v-a luat rucsacul e
# abonat la noi, Adrian B., … stă în Mănăștur", «телефон взял наш клиент …, живёт на Уралмаше»).
# Over every labelled case the three parts in two sentences matched 6 leaks and nothing else.
_CAMERA = re.compile(
    r"(?i)\b(?:footage|cctv|cameras?|recordings?|camere(?:le)?|[îi]nregistr\w+)\b|"
    r"(?<!\w)(?:записи|запись|камер\w*|видео)(?!\w)"
)
_CAMERA_HINTS = ("footage", "cctv", "camera", "recording", "camere", "înregistr", "inregistr", "записи",
                 "запись", "камер", "видео")  # fmt: skip
_TOOK_IT = re.compile(
    r"(?i)\b(?:who\s+(?:picked\s+up|took|collected|grabbed)|(?:care|ce)\s+(?:v-a|ți-a|ti-a|a)\s+(?:luat|ridicat)|"
    r"a\s+luat)\b|(?<!\w)(?:забрал\w*|взял\w*|унес\w*|унёс\w*)(?!\w)"
)
_SINGLED_OUT = re.compile(
    r"(?i)\b(?:regulars?|regular\s+customer|clien\w*\s+fidel\w*|usually|normally|de\s+obicei|zilnic|lives|"
    r"locuie[șs]te|st[ăa]\s+[îi]n|st[ăa]\s+pe|works\s+at|lucreaz[ăa]|is\s+called|named|se\s+nume[șs]te)\b|"
    r"(?<!\w)(?:постоянн\w+|обычно|каждый\s+день|живёт|живет|работает|зовут)(?!\w)"
)


def _on_camera(m: re.Match[str]) -> tuple[int, int] | None:
    text = m.string
    hi = three_sentences(text, m.start(), m.end())[1]
    took = _TOOK_IT.search(text, m.end(), hi)
    if took is None or _SINGLED_OUT.search(text, took.end(), hi) is None:
        return None
    return m.start(), took.end()


# s41 (trainK43; heldK25, trainK12, trainK39): another pupil's score by their full name ("Oliver
# Grant, who you were revising with, only managed 48", „colegul ei de bancă, Matei Popescu, a luat
# doar 5", «Полина Смирнова из той же группы набрала только 51»), in a draft about a test or its
# marks. Over every labelled case the prototype matched 15 leaks and nothing else.
_NAMED_SCORE = re.compile(
    r"\b[A-ZĂÂÎȘȚ][a-zăâîșț]+\s+[A-ZĂÂÎȘȚ][a-zăâîșț]+\b[^.!?\n]{0,40}?\b(?:only\s+managed|managed|scored|got|"
    r"received|a\s+luat|a\s+ob[țt]inut|are)\s+(?:only\s+|just\s+|doar\s+|numai\s+)?(?:a\s+)?\d{1,3}(?:[.,]\d{1,2})?"
    r"(?!\s*(?:%|lei|£|\$|€|items|parcels|orders|days|zile|colete|comenzi|euro|GB|MB))\b|"
    r"(?<!\w)[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+[^.!?\n]{0,40}?(?:набрал\w*|получил\w*|написал\w*)\s+"
    r"(?:только\s+|всего\s+|лишь\s+)?(?:на\s+)?\d{1,3}(?!\w)"
)
_NAMED_SCORE_HINTS = ("managed", "scored", "got", "received", "a luat", "a obținut", "a obtinut", "are",
                      "набрал", "получил", "написал")  # fmt: skip
# its own pattern and hints, so that the windows around "are" (ro "has", in most ro drafts) try the
# first pattern only
_NAMED_SCORE_MORE = re.compile(
    # s42 (heldK6-K37, trainK44: 14 rules-level misses): the score in other words — "Harry Dunn, got
    # 31% on his section", "the top of the group was Aisha Rahman with 78", "the top score … was Aisha
    # Rahman's 91", „Bianca Moraru și Sorin Tudose au picat cu 3 și 4", „Darius Matei, a crescut de la
    # 5,40 la 6,10", «у Пети Смирнова вообще двойка», «у Лизы Сомовой — 91», «Максим Орлов всего 42
    # балла набрал»
    r"\b[A-Z][a-z]+\s+[A-Z][a-z]+,?\s+(?:got|scored|managed)\s+\d{1,3}\s?%\s+on\s+(?:his|her|their|the)\s+"
    r"(?:section|test|paper|exam|essay|part|module|mock)\b|\b(?:top|bottom|best|highest|lowest)\b[^.!?\n]{0,30}?"
    r"\b[A-Z][a-z]+\s+[A-Z][a-z]+(?:\s+with|'s)\s+\d{1,3}\b|\b[A-Z][a-z]+\s+[A-Z][a-z]+\s+failed\s+with\s+\d{1,3}\b|"
    r"\b[A-ZĂÂÎȘȚ][a-zăâîșț]+\s+[A-ZĂÂÎȘȚ][a-zăâîșț]+[^.!?\n]{0,40}?\b(?:a|au)\s+(?:picat\s+cu|crescut\s+de\s+la)\s+\d|"
    r"(?<!\w)[Уу]\s+(?:(?:неё|него|её|его)\s+)?(?:\w+\s+)?[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+[^.!?\n]{0,40}?(?:двойк\w*|тройк\w*|единиц\w*|"
    r"неуд\w*|\d{1,3}\s+балл\w*|[—-]\s*\d{1,3}(?!\w)|всего\s+\d{1,3}(?!\w))|(?<!\w)[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+\s+(?:всего\s+|только\s+)?"
    r"\d{1,3}\s+балл\w*\s+набрал|"
    # s44 (heldK40): a first name alone, its score set against the customer's ("Ahmed only got 41%
    # and has to resit"); not "You only got …"
    r"\b(?!(?:You|We|They|He|She|It|This|That|Which|Who|Everyone|Nobody|Someone)\b)[A-Z][a-z]+\s+(?:only|just)\s+"
    r"(?:got|scored|managed)\s+\d{1,3}\s?%|"
    r"(?<!\w)[А-ЯЁ][а-яё]+\s+из\s+(?:вашей|твоей|той\s+же|вашего|твоего)\s+(?:группы|класса|потока)\s+(?:вообще\s+|всего\s+|только\s+)?"
    r"\d{1,3}\s+(?:балл\w*\s+)?набрал\w*|"
    # leak120 (trainK49, every language): a group project's low mark put on one pupil by name, with
    # their part's score ("down to Jack, who got 38% on his section", „din cauza lui Tudor, care a
    # luat 4 la partea lui", «из-за Вани Петрова, у него за его часть 2 из 10»)
    r"\b[A-Z][a-z]+,?\s+who\s+(?:only\s+)?(?:got|scored|managed)\s+\d{1,3}\s?%?\s+(?:on|for)\s+(?:his|her|their)\s+"
    r"(?:section|part|bit|piece|module)\b|\b[A-ZĂÂÎȘȚ][a-zăâîșț]+,?\s+care\s+a\s+(?:luat|ob[țt]inut|primit)\s+(?:doar\s+|numai\s+)?"
    r"\d{1,3}(?:[.,]\d{1,2})?\s+(?:la|pe)\s+partea\s+(?:lui|ei)\b|(?<!\w)[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?,\s+у\s+(?:него|неё|нее)\s+"
    r"за\s+(?:его|её|ее|свою)\s+часть\s+(?:всего\s+|только\s+)?\d{1,3}(?!\w)"
)
_NAMED_SCORE_MORE_HINTS = ("% on", "top ", "bottom ", "best ", "highest", "lowest", "failed with", "picat", "crescut",
                      "двойк", "тройк", "единиц", "неуд", "балл", "результат", "групп", "класс",
                      "only got", "only scored", "only managed", "just got", "just scored", "who got",
                      "who scored", "who managed", "partea lui", "partea ei", "часть")  # fmt: skip
_SCHOOLWORK_HINTS = ("test", "exam", "mark", "grade", "score", "points", "revising", "class", "lucrare",
                     "notă", "nota", "banc", "clas", "балл", "оценк", "контрольн", "экзамен", "класс",
                     "тест", "group", "grupe", "grupa", "examen", "двойк", "тройк", "четверт", "пробник", "групп")  # fmt: skip
_SCHOOLWORK = re.compile(
    r"(?i)\b(?:test|exam|marks?|grade|score|points|revising|class|group|lucrare|not[ăa]|examen|banc[ăa]|clas[ăa]|grup[ae]i?)\b|"
    r"(?<!\w)(?:балл\w*|оценк\w*|контрольн\w*|экзамен\w*|класс\w*|тест\w*|двойк\w*|тройк\w*|четверт\w*|пробник\w*|групп\w*)(?!\w)"
)


# a firm's free or national line ("our engineer … call him on 0800 612 7701"), not someone's own
_FIRM_LINE = re.compile(r"(?:\+?44\s?|0)(?:800|808|3[0-9]{2}|84[45]|87[01])|(?:\+7|8)\s?\(?800")
_CALL_THEM_HINTS = (  # the verb and the pronoun together: "her" alone is in "other", "there"
    *(
        f"{verb} {who}"
        for verb in ("call", "ring", "phone", "text", "try", "reach", "contact", "whatsapp", "message")
        for who in ("him", "her")
    ),
    *(f"{who} {can}" for who in ("îl", "il", "o") for can in ("pute", "poț", "pot")),
    "să-l", "sa-l", "s-o", " ему", " ей",
)  # fmt: skip


# --- another patient's NHS number ----------------------------------------------------------------
# "it's for Mr Robert Haines, NHS number 485 777 3456", "Patient: Thomas Reeve, NHS no. 485 …":
# a health-service number given out, against the customer's own ("your NHS number 943 …")
_NHS = re.compile(r"(?i)\bNHS\s+(?:number|no\.?)\s*:?\s*(?P<hit>\d{3}[ -]?\d{3}[ -]?\d{4})\b")


def _health_numbers(text: str) -> Iterator[Leak]:
    for m in hinted(_NHS, text, ("nhs",), 40) if any_of(text, ("nhs",)) else ():
        lo = clause_start(text, m.start())
        if _YOUR_NEAR.search(text, max(lo, m.start() - 30), m.start()):
            continue  # "your NHS number 943 476 5919 is on the letter": the customer's own
        yield Leak("other-person", *m.span("hit"), _MESSAGE.format(what="A patient's NHS number"))
        return


_YOUR_NEAR = re.compile(r"(?i)\b(?:your|yours)\b")

# --- a named pupil's or student's discipline -------------------------------------------------------
# "Liam has already had two plagiarism warnings", "Jayden has had four exclusions": someone's
# record named to another parent or student, against the customer's own child spoken to
_RECORD = re.compile(
    r"\b[A-Z][a-z]+,?\s+(?:has|'s)\s+(?:already\s+)?had\s+(?:\w+\s+){0,3}?(?:plagiarism\s+warnings?|"
    r"exclusions?|suspensions?|detentions?|written\s+warnings?)\b|"
    r"\b[A-ZĂÂÎȘȚ][a-zăâîșț]+\s+a\s+(?:mai\s+)?avut\s+(?:deja\s+)?(?:\w+\s+){0,2}?(?:avertismente|"
    r"exmatricul[ăa]ri|elimin[ăa]ri|suspend[ăa]ri)\b|"
    r"(?<!\w)(?:у\s+)?[А-ЯЁ][а-яё]+\s+уже\s+(?:\w+\s+){0,2}?(?:предупреждени[яй]|выговор[аов]*|"
    r"отстранени[яй])\s+за(?!\w)|"
    # leak27: a member of staff's warnings told to the customer who complained ("he's had two
    # warnings already", „colegul a mai primit două avertismente", «у него уже два выговора»)
    r"\b(?:[Hh]e|[Ss]he)(?:'s|\s+has)\s+(?:already\s+)?(?:had|got|received|been\s+given)\s+(?:\w+\s+){0,2}?"
    r"(?:warnings|(?:written|final|formal)\s+warnings?|disciplinar\w*)\b|\b(?:[Hh]e|[Ss]he)(?:'s|\s+is)\s+"
    r"(?:already\s+|actually\s+)?on\s+(?:a\s+|his\s+|her\s+)?(?:final|written)\s+warning\b|"
    r"\b[A-Z][a-z]+,?\s+(?:is|'s)\s+(?:already\s+|actually\s+)?on\s+(?:a\s+)?(?:final|written)\s+warning\b|"
    r"(?i:\b(?:el|ea|colegul|colega|angajatul|angajata|[șs]oferul|curierul)\s+(?:\w+\s+){0,3}?(?:a\s+(?:mai\s+)?"
    r"(?:avut|primit)|are)\s+(?:deja\s+)?(?:\w+\s+){0,2}?(?:avertismente|sanc[țt]iuni|mustr[ăa]ri|mustrare\s+scris[ăa]|"
    r"avertisment\s+(?:scris|final))\b|(?<!\w)у\s+(?:него|неё|нее|сотрудника|коллеги|курьера|водителя|мастера|оператора)\s+"
    r"(?:уже\s+)?(?:\w+\s+){0,2}?(?:выговор\w*|взыскани\w*|предупреждени[яй])(?!\w))"
)
_RECORD_HINTS = ("plagiarism", "exclusion", "suspension", "detention", "written warning",
                 "avertismente", "exmatricul", "eliminări", "eliminari", "suspendări",
                 "suspendari", "предупрежден", "выговор", "отстранен",
                 # leak27
                 "warnings", "final warning", "disciplinar", "sancțiuni", "sanctiuni", "mustr",
                 "взыскани")  # fmt: skip


# --- leak27: whose the other parcel is ---------------------------------------------------------
# "the other parcel isn't yours, it's a Mr J. Patel's", „coletul nu e al dvs., e al doamnei
# Pop", «эта посылка не ваша, она господина Ершова»: another customer named by their order
# (their goods follow), against "it isn't yours, it's your neighbour's order; ask them"
_WHOSE_PARCEL = re.compile(
    r"\b(?:isn'?t|is\s+not|not)\s+yours\b[^.!?\n]{0,20}?\b(?:it'?s|it\s+is|belongs\s+to)\s+(?:a\s+|for\s+)?"
    r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]|"
    r"(?i:\bnu\s+(?:e|este)\s+(?:al|a)\s+(?:dvs|dumneavoastr[ăa])\.?[^.!?\n]{0,20}?\b(?:e|este)\s+(?:al|a)\s+)"
    r"(?:domnului|doamnei|lui|unei?)\s+(?:doamne\s+|domn\s+)?[A-ZĂÂÎȘȚ]|"
    r"(?<!\w)(?:не\s+ваш[аеи]?)(?!\w)[^.!?\n]{0,20}?(?:это|она|он|оно|принадлежит)\s+"
    r"(?:господин[ау]?|госпож[еи]|[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+)"
)
_WHOSE_PARCEL_HINTS = ("not yours", "n't yours", "nu e al", "nu este al", "nu e a ", "nu este a ",
                       "не ваш")  # fmt: skip


# leak32 (trainK22; heldK19's en-lh062 too): what another customer bought besides, told to say
# why the last one is gone ("reserved by a gentleman in Bristol who ordered three pairs plus
# the leather care kit", „l-a cumpărat ieri un client din Ploiești, împreună cu o mașină de
# spălat", «купила клиентка из Казани — вместе с двумя креслами»): their order, and where they
# live (R5). "Sold out: the last one went yesterday" stays clean.
_THEIR_BASKET = re.compile(
    r"(?i)\b(?:a|an|another|one|the\s+other)\s+(?:\w+\s+)?(?:customer|client|buyer|gentleman|lady|man|woman|shopper|"
    r"couple|family)\s+(?:in|from)\s+(?-i:[A-Z])\w+[^.!?\n]{0,60}?\b(?:ordered|bought|reserved|purchased|took|got)\b"
    r"[^.!?\n]{0,80}?\b(?:plus|along\s+with|together\s+with|as\s+well\s+as|and\s+also)\b|"
    r"\b(?:cump[ăa]rat|comandat|rezervat|luat)\w*(?:-\w+)?\s+(?:\w+\s+){0,2}?(?:un|o)\s+(?:client\w*|cump[ăa]r[ăa]tor\w*|domn|"
    r"doamn[ăa]|familie)\s+din\s+(?-i:[A-ZĂÂÎȘȚ])\w+[^.!?\n]{0,40}?\b(?:[îi]mpreun[ăa]\s+cu|plus|[șs]i\s+(?:o|un|dou[ăa]))\b|"
    r"(?<!\w)(?:купил\w*|заказал\w*|забронировал\w*|забрал\w*)\s+(?:\w+\s+){0,2}?(?:клиент\w*|покупател\w*|"
    r"мужчин\w*|женщин\w*|семь\w*)\s+из\s+(?-i:[А-ЯЁ])\w+[^.!?\n]{0,20}?(?:вместе\s+с|а\s+также|плюс)(?!\w)|"
    # leak33 (trainK24): the one who ordered after you, the neighbour in your block, and what
    # else they bought ("the gentleman who ordered right after you … also bought the matching
    # ottoman", „doamna Popa din blocul dumneavoastră a comandat aceeași mașină", «у вашей
    # соседки — она заказала у нас тот же холодильник и ещё посудомойку»)
    r"\b(?:the|a|another)\s+(?:gentleman|lady|customer|client|man|woman|neighbour|neighbor)\s+who\s+(?:ordered|bought|booked)"
    r"(?:[^.!?\n]|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.){0,60}?\b(?:also|as\s+well)\s+(?:bought|ordered|got|booked)\b|"
    r"\b(?:doamna|domnul)\s+(?-i:[A-ZĂÂÎȘȚ])\w+\s+din\s+(?:blocul|scara|strada|cartierul)\s+(?:dumneavoastr[ăa]|dvs\.?)"
    r"[^.!?\n]{0,40}?\b(?:a\s+comandat|a\s+cump[ăa]rat|a\s+returnat)|"
    r"(?<!\w)ваш(?:ей|его|а|и)\s+сосед\w*[^.!?\n]{0,20}?(?:она|он)\s+(?:\w+\s+){0,2}?(?:заказал|купил)\w*"
    r"[^.!?\n]{0,60}?(?:и\s+ещё|и\s+еще|а\s+также|вместе\s+с|плюс)(?!\w)|"
    # leak35 (heldK21): the neighbour who ordered the same thing ("Your neighbour at number 12
    # ordered the same sofa in grey", „Vecina dumneavoastră de la etajul 3 a comandat aceeași
    # canapea", «Соседка из вашего подъезда заказала тот же диван»)
    r"\byour\s+neighbou?r\b[^.!?\n]{0,30}?\b(?:ordered|bought|booked)\s+the\s+same\b|"
    r"\bvecin(?:a|ul)\s+(?:dumneavoastr[ăa]|dvs\.?)[^.!?\n]{0,30}?\ba\s+(?:comandat|cump[ăa]rat)\s+(?:aceea[șs]i|acela[șs]i)\b|"
    r"(?<!\w)сосед\w*[^.!?\n]{0,30}?(?:заказал|купил)\w*\s+(?:у\s+нас\s+)?(?:тот\s+же|такой\s+же|ту\s+же|такую\s+же|то\s+же)(?!\w)"
)
_BESIDES = ("the same", "aceeași", "aceeasi", "același", "acelasi", "тот же", "такой же", "ту же",
            "такую же", "то же", "also bought", "also ordered", "also got", "also booked", "din blocul", "din scara",
            "din strada", "din cartierul", "и ещё", "и еще", "plus", "along with", "together with", "as well as", "and also", "împreună cu",
            "impreuna cu", "și o", "și un", "și două", "вместе с", "а также", "плюс")  # fmt: skip
_THEIR_BASKET_HINTS = ("vecin", "customer", "client", "buyer", "gentleman", "lady", " man ", "woman", "shopper",
                       "couple", "family", "cumpărăt", "cumparat", "domn", "doamn", "familie",
                       "клиент", "покупател", "мужчин", "женщин", "семь", "neighbo", "сосед")  # fmt: skip


# leak41 (trainK29, trainK30, every language): the customer who ordered just before or after
# the reader, with what and where it goes ("the gentleman who ordered just before you — two of the
# same walnut desks going to a house in Headingley, Leeds", „domnul care a comandat chiar înaintea
# dumneavoastră … cu livrare în Pitești", «мужчина, который оформил заказ прямо перед вами — …
# доставка в Подольск»), or the neighbour's order named („A doua comandă … este a vecinei de la
# etajul 3", «Это ваша соседка с пятого этажа заказала стиральную машину»)
_NEXT_BUYER = re.compile(
    r"(?i)\b(?:the|a|another)\s+(?:gentleman|lady|customer|client|man|woman|person)\s+who\s+(?:ordered|bought|booked)\s+"
    r"(?:just\s+|right\s+)?(?:before|after)\s+you\b[^.!?\n]{0,100}?\b(?:to|in)\s+(?:a\s+house\s+in\s+)?(?-i:[A-Z])\w+|"
    r"\b(?:domnul|doamna|clientul|clienta)\s+care\s+a\s+comandat\s+(?:chiar\s+)?(?:[îi]naintea|dup[ăa])\s+(?:dumneavoastr[ăa]|dvs\.?)"
    r"[^.!?\n]{0,100}?\b(?:livrare|livrat\w*)\s+[îi]n\s+(?-i:[A-ZĂÂÎȘȚ])|"
    r"(?<!\w)(?:мужчина|женщина|клиент\w*|покупател\w*),?\s+(?:который|которая)\s+(?:оформил\w*\s+заказ|заказал\w*)\s+"
    r"(?:прямо\s+)?(?:перед|после)\s+вами[^.!?\n]{0,100}?доставк\w*\s+в\s+(?-i:[А-ЯЁ])|"
    r"\bcomand[ăa]\s+(?:\w+\s+){0,8}?(?:este|e)\s+a\s+vecin\w*|(?<!\w)ваш[аи]?\s+сосед\w*[^.!?\n]{0,50}?заказал\w*|"
    r"\byour\s+neighbou?r\b[^.!?\n]{0,30}?\bhad\s+the\s+same\b[^.!?\n]{0,40}?\bdelivered\b"
)
_NEXT_BUYER_HINTS = ("before you", "after you", "înaintea", "inaintea", "după dumneavoastră", "dupa dumneavoastra",
                     "перед вами", "после вами", "vecin", "сосед")  # fmt: skip


# leak41 (trainK29, en and ro): the police asking us for another account's records ("the police
# requested the records for the seller you bought from", „Poliția ne-a cerut săptămâna trecută
# toate datele contului lui", «полиция запросила данные продавца»)
_POLICE_ASKED = re.compile(
    r"(?i)\b(?:the\s+)?(?:police|authorities|investigators|fraud\s+squad)\s+(?:have\s+|has\s+)?(?:requested|asked\s+(?:us\s+)?for|"
    r"subpoenaed|seized|took)\s+(?:\w+\s+){0,2}?(?:records|data|details|information|files)\b|"
    r"\bpoli[țt]ia\s+(?:ne-a\s+|a\s+)?(?:cerut|solicitat|ridicat)\s+(?:\w+\s+){0,4}?(?:datele|[îi]nregistr[ăa]rile|actele)\b|"
    r"(?<!\w)(?:полиция|следствие|следователи|органы)\s+(?:у\s+нас\s+)?(?:запросил\w*|изъял\w*|затребовал\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:данные|записи|документы|информацию)(?!\w)"
)
_POLICE_HINTS = ("police", "authorities", "investigators", "fraud squad", "poliția", "politia", "полиция", "следств",
                 "органы")  # fmt: skip


# leak85 (heldK6 to heldK37, trainK5 to trainK43: the commonest rules-level miss, 43 of 181
# such leaks): a parcel left at someone else's door, with their street address and the
# customer sent round ("left at 14 Birchwood Lane by mistake … pop round", „la doamna Elena
# Georgescu, pe strada Independenței nr. 22 … puteți trece pe la ea", «отдал её Смирновой
# Ольге, ул. Лесная, д. 8, кв. 41 … можете зайти к ней»), or whose it is said beside it
# (the other one of two namesakes, "the lady there", «там живёт»). The address is what
# leaks, so it must stand near the cue; the customer's own address, our office or branch
# said just before it ("your new address", "our registered office", «наш пункт выдачи»),
# and a misdelivery told without sending them round or naming who lives there, stay clean.
_ROAD = r"(?:Road|Rd|Lane|Close|Street|St|Avenue|Ave|Rise|Grove|Drive|Way|Crescent|Court|Place|Gardens|Terrace|Mews|Hill|Row|Walk|Park|Square|Green|View)"
_STREET_ADDRESS = re.compile(
    r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z]+\s+){1,2}" + _ROAD + r"\b|"
    r"(?i:\b(?:str\.|strada|bd\.|bulevardul|calea|aleea|[șs]os\.)\s*)[^\n.]{0,40}?(?:nr\.?\s*)?\d{1,4}|"
    r"(?i:(?<!\w)(?:ул\.|улиц[аеуы]|проспект\w*|пр-т|пер\.|переул\w*|шоссе|наб\.)\s*)[^\n.]{0,30}?\d{1,4}|"
    r"(?i:(?<!\w)кв\.\s*\d{1,4}|\bap\.\s*\d{1,4})"
)
_GO_THERE = re.compile(
    r"(?i)\bpop\s+(?:round|over|by)\b|\bgo\s+round\b|\bcall\s+round\b|\bknock\s+on\b|\bask\s+(?:them|her|him)\s+for\b|"
    r"\b(?:from|with)\s+(?:her|him)\b|\bthe\s+(?:lady|man|woman|gentleman|family|person|customer)\s+(?:there|who)\b|"
    r"\b(?:another|other)\s+customer\b|\bthe\s+other\s+one\b|\bnamesake|\w+(?:'s|s')\s+house\b|"
    r"\btrece(?:ți|ti)?\s+pe\s+la\b|\bmerge(?:ți|ti)\s+la\b|\bde\s+la\s+(?:ea|el)\b|\balt\s+client\b|\balt[ăa]\s+client[ăa]\b|"
    r"\bst[ăa]\s+(?:acolo|un|o)\b|"
    r"(?<!\w)(?:зайдите|заберите\s+у|подняться|сходить|к\s+н(?:ей|ему)|у\s+н(?:её|его)|однофамил\w*|другому\s+клиенту|"
    r"другой\s+клиент\w*|там\s+(?:живёт|живут|тоже)|женщин\w*|мужчин\w*)(?!\w)|"
    # leak157 (trainK59): where someone else moved to („doamna a mutat abonamentul pe o adresă nouă, în
    # Florești, str. Avram Iancu nr. 14", "she's moved to 14 Mill Lane", «она переехала на ул. Лесную, 8»)
    r"\b(?:she|he|they|the\s+lady|the\s+gentleman)\s+(?:has\s+|have\s+|'s\s+|'ve\s+)?(?:just\s+)?moved\b|"
    r"\b(?:doamna|domnul|ea|el)\s+(?:s-)?a\s+mutat\b|(?<!\w)(?:она|он|они)\s+(?:\w+\s+)?(?:переехал\w*|"
    r"перев[её]л\w*\s+(?:\w+\s+)?на\s+новый\s+адрес)(?!\w)|"
    # leak185 (trainK69's ro-za007): the household named where it went („l-a lăsat din greșeală la Str.
    # Teiului nr. 9, …, la familia Pop", "left with the Hughes family at 9 Lime Street", «у семьи Ивановых»)
    r"\bla\s+familia\s+(?-i:[A-ZĂÂÎȘȚ])|\bwith\s+the\s+(?-i:[A-Z][a-z]+)\s+family\b|(?<!\w)у\s+семьи\s+(?-i:[А-ЯЁ])"
)
_GO_THERE_HINTS = ("la familia", " family", "у семьи", "pop round", "pop over", "pop by", "go round", "call round", "knock on", "ask them for", "ask her for",
                   "ask him for", "from her", "with her", "from him", "with him", "the lady ", "the man ", "the woman ",
                   "the gentleman ", "the family ", "the person ", "the customer ", "other customer", "the other one",
                   "namesake", "'s house", "s' house", "pe la", "mergeți la", "mergeti la", "de la ea", "de la el",
                   "alt client", "altă client", "alta client", " stă ", "зайдите", "заберите у",
                   "подняться", "сходить", "к ней", "к нему", "у неё", "у него", "однофамил", "другому клиент",
                   "другой клиент", "там живёт", "там живут", "там тоже", "женщин", "мужчин",
                   "moved", "a mutat", "переехал", "на новый адрес")  # fmt: skip
_OURS_OR_YOURS_BEFORE = re.compile(
    r"(?i)(?:\b(?:your|our)\s+(?:\w+\s+)?(?:address|office|branch|store|shop|depot|showroom|warehouse|home|house|flat)|"
    r"\b(?:registered|head)\s+office|\b(?:adresa|locuin[țt]a|casa|sediul|magazinul|depozitul|biroul)\s+"
    r"(?:dvs\.?|dumneavoastr[ăa]|nostru|noastr[ăa])|\bsediul|(?<!\w)(?:ваш|наш)\w*\s+(?:адрес\w*|офис\w*|склад\w*|"
    r"пункт\w*|магазин\w*|квартир\w*|дом\w*)|(?<!\w)офис\w*)[^.\n]{0,25}$"
)


def _their_door(text: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """A street address within two short sentences of the cue, not said to be the
    customer's or ours just before it."""
    start, end = max(0, cue.start() - 200), min(len(text), cue.end() + 200)
    for address in _STREET_ADDRESS.finditer(text, start, end):
        if not _OURS_OR_YOURS_BEFORE.search(text, max(0, address.start() - 60), address.start()):
            return address.span()
    return None


# leak89 (heldK6-K37, trainK10-K33, every language: 9 rules-level misses of 49 such leaks): the
# room another guest is in, said to whoever asks ("he's in 412 on the fourth floor, so you can head
# straight up", „e în camera 512", «он в 517-м на пятом этаже», «заселился в 517-й»). The customer's
# own room ("you're in 412") says nothing of anyone else. Over every labelled case: 49 leaks and
# nothing else.
_THEIR_ROOM = re.compile(
    r"(?i)\b(?:he'?s|she'?s|they'?re|he\s+is|she\s+is|they\s+are|(?:is|are)\s+staying|checked\s+in(?:to)?)\s+(?:in\s+)?"
    r"(?:room\s+)?[1-9]\d{2,3}\b|\bchecked\s+in\b[^.!?\n]{0,40}?\broom\s+[1-9]\d{2,3}\b|"
    r"\b(?:room\s+)?[1-9]\d{2,3}\s+on\s+the\s+\w+\s+floor\b[^.!?\n]{0,60}?\b(?:go|head)\s+(?:straight\s+)?up|"
    r"\b(?:e|este|st[ăa]|s-a\s+cazat|cazat\w*)\s+(?:[îi]n\s+(?:camera\s+)?|la\s+camera\s+)[1-9]\d{2,3}\b|"
    r"(?<!\w)(?:(?:он|она|они)\s+(?:сейчас\s+)?в\s+[1-9]\d{2,3}(?:-?(?:м|й|ом))?|(?:заселил\w*|живёт|живет|проживает|"
    r"проживал\w*|поселил\w*)\s+в\s+[1-9]\d{2,3}(?:-?(?:м|й|ом))?|в\s+[1-9]\d{2,3}(?:-?м)?\s+номер\w*|"
    # leak112 (trainK47, heldK40): «Да, Сергей Анатольевич у нас, номер 317, третий этаж», "with us, room 317"
    r"у\s+нас,?\s+(?:в\s+)?номер\w*\s+[1-9]\d{2,3}|"
    # ... or a patient's ward (heldK38, heldK39: «Сергеев лежит в 7-й палате», „e internat la noi, salonul 12")
    r"(?:лежит|находится)\s+в\s+(?:\d+-?[йи]?\s+палат\w*|палате\s+(?:№\s*)?\d+))(?!\w)|"
    r"\bwith\s+us,?\s+(?:in\s+)?room\s+[1-9]\d{2,3}\b|"
    r"\binternat\w*\s+(?:la\s+noi\s*,?\s*)?(?:[îi]n\s+)?salonul\s+\d+"
)
_THEIR_ROOM_HINTS = ("he's in", "she's in", "they're in", "he is in", "she is in", "they are in", "staying in",
                     "checked in", " floor", " e în", " e in", "este în", "este in", " stă în", " sta in",
                     "cazat", "он в", "она в", "они в", "заселил", "живёт в", "живет в", "проживает в",
                     "проживал", "поселил", "м номер", "у нас, номер", "у нас номер", "у нас в номер",
                     "with us", "палат", "salonul")  # fmt: skip
# the customer's own room: "once you have checked in, your room 305", «Вы живёте в 305-м номере»
# ("your colleague checked in … room 417" is someone else's)
_YOU_NEAR_ROOM = re.compile(
    r"(?i)\b(?:you|you'?re|your(?!\s+(?:colleague|friend|partner|wife|husband|sister|brother|mother|father|mum|dad|son|"
    r"daughter|boss|manager)))\b|\b(?:dvs|dumneavoastr)|(?<!\w)(?:вы|ваш\w*)(?!\w)"
)


# leak90 (heldK17-K22, trainK13-K44, every language: 12 rules-level misses): who has the room the
# customer wanted, and when ("it's booked by a Mr and Mrs Hartley from Bristol, arriving on the
# 14th", "Mr and Mrs Kowalczyk have it from the 12th", „ocupat de o familie Vasilescu din Brașov",
# «там живёт семья Захаровых из Казани, заезд 14-го», «заселяется Алексеенко с супругой»). "The
# suite is booked those dates" names no one. Over every labelled case: 33 leaks and nothing else.
_THEIR_BOOKING = re.compile(
    r"\b(?:booked|taken|reserved|occupied)\s+(?:by|for)\s+(?:a\s+)?(?:Mr|Mrs|Ms|Dr|[Ff]amily|the\s+[A-Z]\w+s\b)|"
    r"(?i:\b(?:ocupat\w*|rezervat\w*)\s+(?:\w+\s+){0,3}?de\s+(?:o\s+|un\s+)?(?:familia|familie|domnul|doamna|dl\.?|dna\.?|domn|"
    r"doamn[ăa])\s+)[A-ZĂÂÎȘȚ]|"
    # leak180 (trainK68's ro-yw061): the party that booked it all, by who they are at the event („l-a rezervat
    # tot trupa care cântă sâmbătă seara", "the band playing on Saturday has booked the whole floor")
    r"(?i:\bl-(?:a|au)\s+rezervat\s+(?:\w+\s+){0,2}?(?:trupa|forma[țt]ia|echipa|nunta|grupul|delega[țt]ia)\s+(?:care|de\s+la)\s|"
    r"\b(?:the\s+)?(?:band|team|wedding\s+party|delegation)\s+(?:(?:who(?:'s|\s+(?:is|are))?|that(?:'s|\s+is)?)\s+)?(?:playing|performing|"
    r"staying|getting\s+married)\b[^.!?\n]{0,40}?\b(?:booked|reserved|taken)\b|(?<!\w)забронировал\w*\s+(?:\w+\s+){0,2}?"
    r"(?:группа|команда|свадьба|делегация)\s*,?\s+котор\w+\s+(?:выступа|игра|жив[ёе]т|женит))|\b(?:[Dd]omnul|[Dd]oamna|[Ff]amilia|[Dd]l\.?|[Dd]na\.?)\s+[A-ZĂÂÎȘȚ]\w+\s+are\s+(?:o\s+)?rezervare|"
    r"(?<!\w)(?:[Сс]емья|семьи)\s+[А-ЯЁ]\w+[^.!?\n]{0,40}?(?:заезд|заселя|забронир|живёт|живет|до\s+\d|с\s+\d|на\s+(?:\w+\s+)?"
    r"(?:ночи|ночей|недел))|(?<!\w)(?:заселяется|заезжает|забронировал\w*)\s+(?:\w+\s+){0,3}?[А-ЯЁ][а-яё]+\s+с\s+"
    r"(?:супруг\w*|жен\w*|муж\w*|семь\w*)"
)
# the titled guest who has it, in its own pattern: " have it " / " has it " are in many replies, and
# their windows need try only this ("Mr and Mrs Kowalczyk have it from the 12th")
_TITLED_HAS_IT = re.compile(
    r"\b(?:Mr\s+and\s+Mrs|Mr|Mrs|Ms|Dr)\.?\s+(?:[A-Z]\.\s*)?[A-Z]\w+\s+(?:have|has)\s+(?:got\s+)?(?:it|the\s+\w+|that\s+\w+)\s+"
    r"(?:from|until|till|for|on)\b|"
    # leak180 (trainK68's en-yw058): someone named in full, with who they are, who has it booked ("Mikel
    # Harrow, the City manager, has it booked for the whole week of the derby"); not held for the reader
    r"\b(?!(?:The|Our|Your|This|That|We|I)\b)[A-Z][a-z'-]+\s+[A-Z][a-z'-]+(?:,\s+(?:the|a|an|their)\s+[^,.!?\n]{1,35},)?\s+"
    r"(?:has|had)\s+(?:got\s+)?(?:it|the\s+\w+|that\s+\w+)\s+(?:booked|reserved)\b(?!\s+for\s+you)"
)
_TITLED_HAS_IT_HINTS = (" have it ", " has it ", " have the ", " has the ", " have that ", " has that ", " have got ",
                        " has got ")  # fmt: skip
_THEIR_BOOKING_HINTS = ("booked by", "taken by", "reserved by", "occupied by", "booked for", "taken for", "reserved for",
                        "occupied for", "ocupat", "rezervat", "are rezervare", "are o rezervare", "семья",
                        "семьи", "заселяется", "заезжает", "забронировал", "playing", "performing",
                        "staying", "getting married")  # fmt: skip


# leak94 (heldK6-K37, trainK10-K35, every language: 12 rules-level misses): someone else's mobile
# number, with whose it is ("the seller … I can see he's on 07700 914362 – give him a ring", "the
# number he registered with us is 07712 448 903", „Vânzătorul … are trecut numărul 0744 318 260",
# «можете позвонить тому клиенту, Дмитрию, по номеру +7 916 …»). A courier's or driver's work number
# given to meet the delivery, and our own lines ("call us on …"), stay clean. Over every labelled
# case: 135 leaks and nothing else.
# mobiles only, not `leakfinding.PHONE`'s every number: a person is reached on a mobile, while the
# look-alikes give an office, a firm or a service line (0161 …, 0800 …); its first character comes
# before the lookbehind, as a pattern led by a lookbehind is tried at every position
_MOBILE = re.compile(
    r"[0+8](?<![\d+][0+8])(?:(?<=0)(?:7\d{3}\s?\d{3}\s?\d{3}|7\d{3}\s\d{6}|7\d{2}\s\d{3}\s\d{3}|[237]\d{2}\s?\d{3}\s?\d{3})|"
    r"(?<=\+)7\s?\(?9\d{2}\)?\s?\d{3}[-\s]?\d{2}[-\s]?\d{2}|(?<=8)\s?\(?9\d{2}\)?\s?\d{3}[-\s]?\d{2}[-\s]?\d{2})(?!\d)"
)
_WHOSE_MOBILE = re.compile(
    r"(?i)\b(?:seller|vendor|(?:old|previous)\s+owner|gentleman|lady|(?:he|she)(?:'s|\s+is)\s+on|(?:his|her)\s+(?:mobile|number|"
    r"phone)|(?:he|she)\s+registered|give\s+(?:him|her)\s+a\s+(?:ring|call)|ring\s+(?:him|her)|v[âa]nz[ăa]tor\w*|"
    r"[îi]l\s+g[ăa]si[țt]i|s[ăa]-l\s+suna[țt]i|s-o\s+suna[țt]i|noul\s+e)\b|(?<!\w)(?:продав\w*|тому\s+клиенту|её\s+зовут|"
    r"его\s+зовут|позвоните\s+(?:ему|ей))(?!\w)"
)
_WHOSE_MOBILE_HINTS = ("seller", "vendor", "owner", "gentleman", "lady", "he's on", "she's on", "he is on", "she is on",
                       "his mobile", "her mobile", "his number", "her number", "his phone", "her phone",
                       "he registered", "she registered", "him a ring", "her a ring", "him a call", "her a call",
                       "ring him", "ring her", "vânzător", "vanzator", "găsiți", "gasiti", "-l sunați", "-l sunati",
                       "-o sunați", "-o sunati", "noul e", "продав", "тому клиенту", "зовут", "позвоните ему",
                       "позвоните ей")  # fmt: skip
_OURS_BEFORE = re.compile(
    r"(?i)\b(?:our|us|nostr\w*|noastr\w*|ne\s+suna[țt]i|suna[țt]i-ne)\b|(?<!\w)(?:наш\w*|нам|нас)(?!\w)"
)


def _their_mobile(text: str) -> Iterator[Leak]:
    """A mobile with whose it is near, not said to be ours earlier in its sentence."""
    if not any_of(text, _WHOSE_MOBILE_HINTS):
        return
    for m in _MOBILE.finditer(text):
        if _WHOSE_MOBILE.search(
            text, max(0, m.start() - 100), m.end() + 80
        ) and not _OURS_BEFORE.search(  # "Our engineer Gavin says …: give him a call on": ours
            text, max(0, sentence_start(text, m.start()), m.start() - 80), m.start()
        ):
            yield Leak(
                "other-person", *m.span(), _MESSAGE.format(what="Someone else's mobile number")
            )
            return


# s46 (trainK48, ro and ru): someone else on our blacklist, said of him or her („E pe lista noastră
# neagră după dauna din Constanța", «он у нас в стоп-листе после ДТП в Сочи», "he's on our
# blacklist"): our record of a third person. Said to the customer of themselves it is theirs.
_BLACKLISTED = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey)(?:'s|\s+is|'re|\s+are)\s+(?:\w+\s+)?on\s+our\s+(?:internal\s+)?(?:blacklist|black\s+list|"
    r"banned\s+list|watch\s*list|do-not-\w+\s+list)\b|\b[A-Z][a-z]+\s+(?:is|'s)\s+on\s+our\s+(?:blacklist|black\s+list|"
    r"banned\s+list|watch\s*list)\b|\b(?:[Ee]|[Ee]ste)\s+(?:trecut\w*\s+)?(?:pe|[îi]n)\s+lista\s+(?:noastr[ăa]\s+)?neagr[ăa]\b|"
    r"(?<!\w)(?:[Оо]н|[Оо]на|[Оо]ни)\s+(?:\w+\s+){0,2}?в\s+(?:стоп-листе|ч[её]рном\s+списке)(?!\w)"
)
_BLACKLISTED_HINTS = ("blacklist", "black list", "banned list", "watch list", "watchlist", "not-", "lista noastră neagră",
                      "lista noastra neagra", "lista neagră", "lista neagra", "стоп-листе", "чёрном списке",
                      "черном списке")  # fmt: skip


# s46 (trainK48): who made the report, by their tie to someone („sesizarea nu a venit de la noi, ci de la
# mama lui Matei din aceeași grupă", "the complaint came from another parent", «жалоба поступила от
# соседки снизу»): the reporter is found by it
_REPORTED_BY = re.compile(
    r"(?i)\b(?:complaint|report|referral)\s+(?:\w+\s+){0,3}?(?:came|come|was\s+made)\s+(?:[^.!?\n]{0,30}?\s)?from\s+"
    r"(?:\w+\s+){0,2}?(?:mum|mother|dad|father|parents?|neighbou?rs?|wife|husband|ex|colleague|flatmate)\b|"
    r"\b(?:sesizarea|reclama[țt]ia|pl[âa]ngerea|semnalarea|raportarea)\s+(?:\w+\s+){0,3}?(?:a\s+venit|vine|venea|a\s+fost\s+"
    r"f[ăa]cut[ăa])\s+[^.!?\n]{0,40}?\bde\s+(?:la\s+|c[ăa]tre\s+)?(?:mama|tat[ăa]l|p[ăa]rin[țt]ii|vecin\w*|so[țt]\w*|fost\w*|"
    r"un\s+(?:p[ăa]rinte|vecin|coleg)|o\s+(?:mam[ăa]|vecin[ăa]|coleg[ăa]))\b|"
    r"(?<!\w)(?:жалоба|заявление|сигнал|обращение)\s+(?:\w+\s+){0,3}?(?:пришл\w*|поступил\w*|был\w*\s+подан\w*)\s+"
    r"[^.!?\n]{0,40}?(?<!\w)от\s+(?:мамы|папы|матери|отца|родител\w*|сосед\w*|бывш\w*|коллег\w*)(?!\w)"
)
_REPORTED_BY_HINTS = ("came from", "come from", "was made", "a venit", "vine", "venea", "a fost făcut",
                      "a fost facut", "пришл", "поступил", "подан")  # fmt: skip


# s46 (trainK48): the card that paid, with its holder's name («прошла не с вашей карты, а с карты *5518 на
# имя Виктории Р.», "paid with a card ending 5518 in the name of Victoria R.", „cardul 5518 pe numele
# Victoriei R."): someone else's card and name; "your card … in the name of" is the customer's
_CARD_HOLDER = re.compile(
    # case-sensitive, for the holder's capital
    # leak124 (trainK50): a card brand between, a comma before the name („un card Visa terminat în
    # 7781, pe numele Adrian Toma")
    r"\b[Cc]ard\s+(?:(?:Visa|Mastercard|Maestro|Amex)\s+)?(?:ending\s+(?:in\s+)?)?[*x•]*\d{4},?\s+(?:in\s+the\s+name\s+of|"
    r"belonging\s+to|held\s+by)\s+[A-Z]|"
    r"\b[Cc]ard(?:ul)?\s+(?:(?:Visa|Mastercard|Maestro|Amex)\s+)?(?:terminat\s+[îi]n\s+)?[*x•]*\d{4},?\s+pe\s+numele\s+"
    r"(?:lui\s+|d-lui\s+|doamnei\s+|domnului\s+)?[A-ZĂÂÎȘȚ]|"
    r"(?<!\w)[Кк]арт\w*\s+(?:(?:Visa|Mastercard|Maestro|МИР|Мир)\s+)?(?:№\s*)?(?:заканчивающ\w+\s+на\s+)?[*x•]*\d{4},?\s+"
    r"(?:на\s+имя|оформленн\w+\s+на)\s+[А-ЯЁ]"
)
_CARD_HOLDER_HINTS = ("in the name of", "belonging to", "held by", "pe numele", "на имя")
_YOUR_CARD = re.compile(r"(?i)(?:\byour|\bdvs\.?|\bdumneavoastr[ăa]|(?<!\w)ваш\w*)\s*$")


# leak118 (heldK42, every language): the rate another client of ours gets, by name ("the £79 you saw is
# what we give Harcourt Legal", „Tariful de 9 lei pe colet îl are doar magazinul Bebelino", «Такой
# тариф … есть только у «Домашнего уюта»»); case-sensitive, for the client's capital or quotes
_THEIR_RATE = re.compile(
    r"\bis\s+what\s+we\s+(?:give|charge|offer)\s+[A-Z][a-z]+|\b[îi]l\s+are\s+doar\s+(?:magazinul|firma|clientul|compania|"
    r"societatea|restaurantul)\s+[A-ZĂÂÎȘȚ„\"]|(?<!\w)[Ее]сть\s+только\s+у\s+[«\"„]|"
    # leak140 (trainK54): „cei de la Softwin au la noi 250 de lei pe noapte", «у «НефтеХимСервиса» у нас
    # корпоративный тариф 3 800 за ночь», "Halden Group get 85 a night with us"
    r"\bcei\s+de\s+la\s+[A-ZĂÂÎȘȚ„\"][\w-]*\s+au\s+la\s+noi\s+(?:un\s+tarif\s+de\s+)?\d|"
    r"(?<!\w)у\s+[«\"„][^»\"”\n]{2,40}[»\"”]\s+у\s+нас\s+(?:\w+\s+)?тариф\w*\s+\d"
)
_THEIR_RATE_HINTS = ("what we give", "what we charge", "what we offer", "are doar", "есть только у", "au la noi",
                     "у нас корпоратив", "у нас тариф")  # fmt: skip
# leak118 (heldK42): a sales target of the agent's own, with what it costs them («Мне до конца месяца
# надо продать ещё 12 страховок, иначе останусь без премии», "or I lose my bonus", „altfel pierd bonusul")
_MY_TARGET = re.compile(
    r"(?i)\bor\s+(?:else\s+)?I\s+(?:lose|won'?t\s+get|miss)\s+my\s+(?:bonus|commission)\b|\baltfel\s+(?:pierd|nu\s+iau|r[ăa]mân\s+f[ăa]r[ăa])\s+"
    r"(?:bonusul|prima|comisionul)\b|(?<!\w)иначе\s+(?:останусь|остан[уе]тся)\s+без\s+(?:премии|бонуса|процента)(?!\w)"
)
_MY_TARGET_HINTS = ("my bonus", "my commission", "altfel", "иначе")
# leak119 (trainK49, every language): another customer's site on the same server, by its domain ("caused
# by another site on your server, pinewoodpets.co.uk", „alt site de pe același server, florariaromantica.ro",
# «из-за соседнего сайта на вашем сервере, mebel-ekb.ru»)
_NEIGHBOUR_SITE = re.compile(
    r"(?i)\b(?:another|a\s+neighbou?ring|the\s+other)\s+(?:customer'?s\s+|client'?s\s+)?(?:site|website|shop|store)\s+on\s+"
    r"(?:your|the\s+same|this)\s+server|\b(?:un\s+)?alt\s+(?:site|magazin)\s+(?:de\s+)?pe\s+(?:acela[șs]i\s+server|serverul\s+"
    r"(?:dumneavoastr[ăa]|dvs\.?|t[ăa]u))|(?<!\w)соседн\w+\s+(?:сайт|магазин)\w*\s+на\s+(?:вашем|том\s+же|одном)\s+сервере"
    r"(?=[^.!?\n]{0,30}?[\w-]+\.[a-z]{2,})"
)
_NEIGHBOUR_SITE_HINTS = ("another", "neighbour", "neighbor", "the other", "alt site", "alt magazin", "соседн")  # fmt: skip


def _card_holder(text: str) -> Iterator[Leak]:
    return first_accepted(
        _CARD_HOLDER, text, present(text, _CARD_HOLDER_HINTS), 40,
        lambda m: _YOUR_CARD.search(text, max(0, m.start() - 12), m.start()) is None,
        "other-person", _MESSAGE.format(what="Someone else's card and name"),
    )  # fmt: skip


def _said(
    text: str, pattern: re.Pattern[str], hints: tuple[str, ...], reach: int, what: str
) -> Iterator[Leak]:
    """The first match of `pattern` around the `hints` the draft holds, as one leak (its
    "hit" group when it has one): families whose match says it all."""
    held = present(text, hints)
    for m in hinted(pattern, text, held, reach) if held else ():
        span = m.span("hit") if "hit" in pattern.groupindex else m.span()
        yield Leak("other-person", *span, _MESSAGE.format(what=what))
        return


# leak185 (trainK69's en-za035 and ro-za035): what another customer's parcel held, told to explain a
# mix-up ("that's the other Mrs Evans on your street … Her parcel was a hair-removal kit", „cealaltă
# doamnă Georgescu … Ea avea un test de sarcină", «у другой клиентки в посылке был тест»): their
# purchases are theirs (R5). Only with another customer named as such in the draft.
_OTHERS_PARCEL = re.compile(
    r"(?i)\b(?:her|his|their)\s+(?:parcel|order|package|delivery|box)\s+(?:was|had|contained|held)\b|"
    r"\b(?:coletul|comanda|pachetul)\s+(?:ei|lui)\s+(?:era|avea|con[țt]inea)\b|\b(?:ea|el)\s+avea\s+(?:un|o|ni[șs]te)\b|"
    r"(?<!\w)(?:(?:её|ее|его)\s+(?:посылк|заказ|коробк)\w*\s+(?:был|лежал|оказал)\w*|"
    r"у\s+(?:неё|нее|него)\s+в\s+(?:посылке|заказе|коробке))(?!\w)"
)
_OTHERS_PARCEL_HINTS = ("her ", "his ", "their ", "coletul", "comanda", "pachetul", "avea", "посылк", "заказ",
                        "коробк")  # fmt: skip
_ANOTHER_CUSTOMER = re.compile(
    r"(?i)\b(?:the\s+other|another)\s+(?:Mrs|Mr|Ms|Miss|customer|lady|gentleman|client)\b|"
    r"\b(?:cealalt[ăa]\s+doamn[ăa]|cel[ăa]lalt\s+domn|alt[ăa]?\s+client[ăa]?)\b|"
    r"(?<!\w)(?:друг(?:ая|ой|ую)\s+(?:клиент|покупател|женщин|мужчин)\w*|однофамил\w*)"
)


def _others_parcel(text: str) -> Iterator[Leak]:
    if finder(_ANOTHER_CUSTOMER).search(text):
        yield from _said(
            text, _OTHERS_PARCEL, _OTHERS_PARCEL_HINTS, 40, "What another customer bought"
        )


# leak134 (trainK52, ro and ru): why a slot came free, by the illness of the one who had it („doamna de
# dinainte a anulat pentru că i-au ieșit analizele de hepatită", «окно освободилось: мужчина с
# подозрением на туберкулёз лёг в стационар», "the patient before cancelled because she's been
# admitted"): another patient's health, told to explain a free slot (R5)
_FREED_BY_ILLNESS = re.compile(
    r"(?i)\b(?:a\s+anulat|s-a\s+eliberat|s-a\s+retras|a\s+renun[țt]at)\b[^.!?\n]{0,50}?\b(?:pentru\s+c[ăa]|deoarece|"
    r"fiindc[ăa]|c[ăa]ci)\b[^.!?\n]{0,70}?\b(?:hepatit\w*|cancer\w*|tuberculoz\w*|diagnostic\w*|internat\w*|spital\w*|"
    r"infec[țt]io\w*|oncolog\w*|chimioterapi\w*|operat[ăa]?|(?:hemo)?dializ\w*|colonoscopi\w*)\b|"
    r"\b(?:cancel(?:l)?ed|freed\s+up|dropped\s+out)\b[^.!?\n]{0,50}?\b(?:because|as|since)\s+(?:he|she)(?:'s|\s+has|\s+is|\s+was)?\s+"
    r"(?:\w+\s+){0,3}?(?:diagnosed|admitted|in\s+hospital|hospitali[sz]ed|having\s+chemo\w*|tested\s+positive)\b|"
    r"(?<!\w)(?:освободил\w*|отменил\w*|отказал\w*)(?!\w)[^.!?\n]{0,50}?(?<!\w)(?:туберкул\w*|гепатит\w*|онколог\w*|"
    # leak182 (blind87's ru-yy072): «Никитин Алексей Борисович отменил сеанс гемодиализа»
    r"стационар\w*|больниц\w*|подозрени\w+\s+на|химиотерапи\w*|(?:гемо)?диализ\w*|колоноскопи\w*)(?!\w)"
)
# pol103 (blind75): the reader's own cancellation and why («вы объяснили, что отменили запись из-за
# того, что ребёнка положили в больницу», "you told us you cancelled because your son was admitted")
_YOU_CANCELLED = re.compile(
    r"(?i)(?:\byou(?:'ve)?|\bne-a[țt]i\s+(?:spus|explicat|scris)\s+c[ăa]|\ba[țt]i|(?<!\w)вы(?:\s+\w+)?,?\s+что)\s*$|"
    r"(?<!\w)вы\s*$"
)
_FREED_BY_ILLNESS_HINTS = ("a anulat", "s-a eliberat", "s-a retras", "a renunțat", "a renuntat", "cancelled",
                           "canceled", "freed up", "dropped out", "освободил", "отменил", "отказал")  # fmt: skip


# s43 (trainK45 and three earlier sets, every language): what a relative bought or booked ("your
# husband bought earrings and flowers from us on Saturday", „soțul dvs. a comandat", «ваш муж
# покупал у нас серьги, оплачивал своей картой»): their purchases are theirs, whoever asks (R5).
# The verb right after the relation, in the past; a condition or a gift for them ("if your son
# ordered", "for your wife") stays clean.
_RELATIVE_BOUGHT = re.compile(
    rf"(?i)(?:{YOUR_RELATIVE_WORDS})"
    # not a passive ("your son is booked on the 16:30 lesson": the customer's booking for him)
    r"\s*,?\s*(?:(?!(?:is|was|are|were|been|be|has\s+been)\s)\w+\s+){0,4}?(?P<hit>bought|purchased|ordered|booked|"
    r"paid\s+for|spent|(?:has|had)\s+(?:bought|ordered|booked|purchased)|a\s+(?:cump[ăa]rat|comandat|rezervat|"
    r"pl[ăa]tit|cheltuit)|покупал\w*|купил\w*|заказал\w*|оплатил\w*|оплачивал\w*|бронировал\w*|забронировал\w*|"
    r"потратил\w*)(?!\w)"
)
_FOR_OR_IF = re.compile(
    r"(?i)\b(?:if|dac[ăa]|when|c[âa]nd|for|pentru|whether)\s+(?:\w+\s+){0,2}$|(?<!\w)(?:если|для|когда)\s+(?:\w+\s+){0,2}$"
)


# every match's verb holds one: the relatives' hints («ваш», „mama") are in most drafts
_BOUGHT_VERBS = ("bought", "purchased", "ordered", "booked", "paid for", "spent", "cumpărat",
                 "cumparat", "comandat", "rezervat", "plătit", "platit", "cheltuit", "покупал",
                 "купил", "заказал", "оплатил", "оплачивал", "бронировал", "потратил")  # fmt: skip


# pol100 (trainP38): a child's purchases refunded to the parent ("I've refunded the £89.96 in gem packs
# that your son bought"): the parent's account and money, read back to them
_CHILD_REFUNDED = re.compile(
    r"(?i)\b(?:refunded|rambursat|returnat|вернули|возвращ\w*)\b[^!?\n]{0,70}?(?:\bson|\bdaughter|\bchild|\bkids?|"
    r"\bfiul|\bfiica|\bcopil\w*|(?<!\w)сын\w*|(?<!\w)доч\w*|(?<!\w)реб[её]н\w*)"
)


def _relative_bought(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo = sentence_start(text, m.start())
        if _CHILD_REFUNDED.search(text, lo, m.end()):
            return False
        return _FOR_OR_IF.search(text, max(0, m.start() - 25), m.start()) is None

    message = "What a relative bought or booked: their purchases, not the customer's (R5)."
    return first_accepted(
        _RELATIVE_BOUGHT,
        text,
        present(text, YOUR_RELATIVE_HINTS) if any_of(text, _BOUGHT_VERBS) else (),
        60,
        accept,
        "other-person",
        message,
    )


def _colleague_line(m: re.Match[str]) -> bool:
    """Whether the number is a colleague's of ours at work, named just before the call."""
    text = m.string
    lo = max(0, m.start() - 60)
    return bool(OUR_COLLEAGUE.search(text, lo, m.end("hit"))) and not PRIVATE_LINE.search(
        text, lo, m.end()
    )


def others_data(text: str) -> Iterator[Leak]:
    """The families above, each at most once (one finding says the draft holds it)."""
    families = (
        _NEIGHBOUR,
        _RELATIVE,
        _HEALTH,
        _OTHER_PARTY,
        _EX,
        _EX_CLAIM,
        _OTHER_USER,
        _COMPLAINT,
        _THEIR_COMPLAINTS,
        _MARKS,
        _NEXT_TO,
        _STUDY,
        _PUT_OUT,
    )
    for family in families:
        yield from _told(text, family)
    yield from _colleague_pay(text)
    yield from _said(text, _OUR_PAY, _OUR_PAY_HINTS, 60, "Our staff's pay")
    yield from _commission(text)
    yield from _relative_bought(text)
    yield from _others_parcel(text)
    yield from _said(text, _PERSONAL_PHONE, _PERSONAL_HINTS, 40, "Someone's personal phone number")
    yield from first_accepted(
        _FREED_BY_ILLNESS, text, present(text, _FREED_BY_ILLNESS_HINTS), 130,
        lambda m: not _YOU_CANCELLED.search(text, max(0, m.start() - 30), m.start()),
        "other-person", _MESSAGE.format(what="Another patient's health"),
    )  # fmt: skip
    if any_of(text, _SCHOOLWORK_HINTS) and _SCHOOLWORK.search(text):  # the regex alone: 175 us
        yield from _said(text, _NAMED_SCORE, _NAMED_SCORE_HINTS, 80, "Another pupil's score")
        yield from _said(
            text, _NAMED_SCORE_MORE, _NAMED_SCORE_MORE_HINTS, 80, "Another pupil's score"
        )
    yield from first_found(
        _CAMERA, text, present(text, _CAMERA_HINTS), 40, _on_camera, "other-person",
        _MESSAGE.format(what="Who took it, from our cameras"),
    )  # fmt: skip
    yield from first_found(
        _CALL_THEM, text, present(text, _CALL_THEM_HINTS), 150,
        lambda m: None if _FIRM_LINE.match(m.group("hit")) or _colleague_line(m) else m.span("hit"),
        "other-person", _MESSAGE.format(what="Someone's own phone number"),
    )  # fmt: skip
    yield from _health_numbers(text)
    yield from _their_mobile(text)
    yield from _said(text, _THEIR_BOOKING, _THEIR_BOOKING_HINTS, 80, "Another guest's booking")
    yield from _said(text, _TITLED_HAS_IT, _TITLED_HAS_IT_HINTS, 60, "Another guest's booking")
    yield from first_accepted(
        _THEIR_ROOM, text, present(text, _THEIR_ROOM_HINTS), 60,
        lambda m: _YOU_NEAR_ROOM.search(text, max(0, m.start() - 15), m.end()) is None, "other-person",
        _MESSAGE.format(what="Another guest's room"),
    )  # fmt: skip
    yield from first_found(
        _GO_THERE, text, present(text, _GO_THERE_HINTS), 40, lambda m: _their_door(text, m), "other-person",
        _MESSAGE.format(what="Someone else's street address"),
    )  # fmt: skip
    yield from _said(text, _RECORD, _RECORD_HINTS, 60, "Someone's disciplinary record")
    yield from _said(text, _BLACKLISTED, _BLACKLISTED_HINTS, 60, "Someone's place on our blacklist")
    yield from _said(text, _REPORTED_BY, _REPORTED_BY_HINTS, 100, "Who made the report")
    yield from _card_holder(text)
    yield from _said(text, _THEIR_RATE, _THEIR_RATE_HINTS, 60, "Another client's rate")
    yield from _said(text, _MY_TARGET, _MY_TARGET_HINTS, 60, "Our staff's pay")
    yield from _said(text, _NEIGHBOUR_SITE, _NEIGHBOUR_SITE_HINTS, 90, "Another customer's site")
    yield from _said(text, _WHOSE_PARCEL, _WHOSE_PARCEL_HINTS, 40, "Whose the other order is")
    yield from _said(text, _NEXT_BUYER, _NEXT_BUYER_HINTS, 150, "Another customer's order")
    yield from first_accepted(
        _POLICE_ASKED, text, present(text, _POLICE_HINTS), 80, bool, "internal-info",
        "A request for records by the police or another authority: never told to a customer (R5).",
    )  # fmt: skip
    if any_of(text, _BESIDES):  # every match holds one: a cheap gate before the windows
        yield from _said(text, _THEIR_BASKET, _THEIR_BASKET_HINTS, 100, "Another customer's order")
