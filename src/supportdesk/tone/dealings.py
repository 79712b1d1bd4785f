"""leak39 (trainK27 with heldK22, trainK21 and older writers, every language): how we deal
with others, told to a customer (R5: "Keep your mouth shut": what the team decides stays in
the team). Three concepts several writers wrote that no older family caught in all three
languages:

- our standing line on disputes ("we contest every chargeback over £100", „contestăm orice
  chargeback de peste 500 de lei", «мы оспариваем всё от 5 000 рублей»): the bar a customer
  could play;
- a partner, staff or customers not yet told ("we're dropping DPD at the end of the month.
  They don't know yet", „trecem pe Sameday, doar că ei încă nu știu", «мы от них уходим,
  просто они пока не в курсе»): news that is not ours to give before them;
- how low our sellers may go ("our reps are allowed to go down to $7,200", „agenții noștri au
  voie să coboare până la 30.000", «менеджеры имеют право опуститься до 800 тысяч»), or how
  high we may go in a settlement ("they've told me I can go as high as £2,000"): the floor or
  ceiling of a negotiation, which the other side must never hear.

Every family was scanned over every labelled split before it went in: none blocks a clean
look-alike or a draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from supportdesk.tone.leakfinding import Leak, first_accepted, present, told_around

_DISPUTE_LINE = "Our standing line on disputes: an internal policy, never for a customer (R5)."
_CONTEST_ALL = re.compile(
    r"(?i)\bwe\s+(?:always\s+)?(?:contest|fight|dispute|challenge|defend)\s+(?:every|all|any|each)\s+(?:\w+\s+)?"
    r"(?:chargebacks?|disputes?|claims?)\b|"
    r"\bcontest[ăa]m\s+(?:orice|toate|fiecare)\s+(?:\w+\s+)?(?:chargeback\w*|contesta\w*|disput\w*|reclama\w*)|"
    r"(?<!\w)оспариваем\s+(?:все|всё|любые|каждый|любой)(?!\w)"
)
_CONTEST_HINTS = (
    "contest",
    "fight",
    "dispute",
    "challenge",
    "defend",
    "contestăm",
    "contestam",
    "оспариваем",
)

# leak41 (trainK29, trainK30, every language): how often we win them, or that we fight
# every one ("we win almost all of them because the bank only looks at the delivery scan",
# „le contestăm pe toate și câștigăm în vreo 80% din cazuri", «выигрываем почти все»): the
# odds a customer would weigh, with a chargeback or the bank's dispute in the sentences
# around. "We won't contest it" stays clean.
_WIN_RATE = re.compile(
    r"(?i)\bwe\s+(?:\w+\s+)?win\s+(?:almost\s+|nearly\s+|virtually\s+|about\s+|around\s+|roughly\s+|over\s+)?"
    r"(?:all|most|every\s+one|\d+\s?%)|\bwe\s+(?:always\s+)?(?:contest|fight|dispute|challenge)\s+(?:every\s+one|"
    r"them\s+all|all\s+of\s+them)\b|"
    r"\ble\s+contest[ăa]m\s+pe\s+toate\b|\bc[âa][șs]tig[ăa]m\s+(?:[îi]n\s+)?(?:vreo\s+|aproape\s+|cam\s+|peste\s+)?"
    r"(?:\d+\s?%|toate|majoritatea)|"
    r"(?<!\w)выигрываем\s+(?:почти\s+|примерно\s+|около\s+|больше\s+)?(?:все|всё|большинство|в\s+\d+|\d+)(?!\w)"
)
_WIN_HINTS = ("win", "contest", "fight", "câștig", "castig", "выигрываем")
_DISPUTE = re.compile(
    r"(?i)\b(?:chargebacks?|disputes?|bank|contesta\w*|b[ăa]nc\w*)\b|(?<!\w)(?:чарджб[эе]к\w*|оспари\w*|банк\w*)(?!\w)"
)

_NOT_TOLD = re.compile(
    r"(?i)\b(?:they|he|she)\s+(?:don'?t|doesn'?t|do\s+not|does\s+not)\s+know\s+(?:that\s+|about\s+it\s+)?yet\b|"
    r"\b(?:[îi]nc[ăa]\s+nu\s+[șs]tiu|nu\s+[șs]tiu\s+[îi]nc[ăa])\b|"
    r"(?<!\w)(?:пока|ещ[её])\s+(?:об\s+этом\s+)?(?:не\s+знают|не\s+в\s+курсе)(?!\w)"
)
_NOT_TOLD_HINTS = ("know yet", "know that yet", "know about it yet", "încă nu știu", "inca nu stiu", "nu știu încă",
                   "nu stiu inca", "не знают", "не в курсе")  # fmt: skip
# ... what they have not been told: a change we are making (said around it)
_CHANGE = re.compile(
    r"(?i)\b(?:dropping|switching|moving|replacing|leaving|closing|clos\w+|firing|fired|let\s+go|laid\s+off|"
    r"ending|cancel\w*|renun[țt]\w*|trecem|mut[ăa]m|[îi]nchide\w*|concedi\w*|schimb[ăa]m|demol\w*|v[âa]nd\w*|"
    r"termin[ăa]|scoate\w*|se\s+[îi]nchide)\b|"
    r"(?<!\w)(?:уходим|переходим|меняем|закрыва\w*|закро\w*|увольня\w*|уволя\w*|сокраща\w*|прода\w*|сносим|"
    r"снос\w*|расторга\w*|отказыва\w*)(?!\w)"
)

_FLOOR = re.compile(
    r"(?i)\b(?:allowed|authori[sz]ed|able|permitted|approved)\s+to\s+go\s+(?:down|as\s+low)\s+(?:to|as)\s+"
    r"(?:about\s+)?[£$€]?\s?\d|"
    r"\b(?:au|are|avem|am)\s+voie\s+s[ăa]\s+(?:coboare|cobor\w*|scad\w*)\s+(?:\w+\s+)?p[âa]n[ăa]\s+la\s+\d|"
    r"(?<!\w)(?:имеют\s+право|имею\s+право|могут|можем|разрешено)\s+(?:опуститься\s+|спуститься\s+|снизить\s+(?:\w+\s+)?|"
    r"скинуть\s+)до\s+\d"
)
# ... or how high our side may go in a settlement or a retention offer ("they've told me I can
# go as high as £2,000", „am aprobare să mergem până la 8.000 de lei", «юристы готовы
# заплатить до 150 тысяч»)
_CEILING = re.compile(
    r"(?i)\b(?:i|we|agents?|staff|reps?|team\s+leads?|retention|managers?|supervisors?)\s+(?:\w+\s+){0,2}?"
    r"(?:can|may|could|(?:are|am|is)\s+allowed\s+to|(?:are|am|is)\s+authori[sz]ed\s+to)\s+go\s+(?:as\s+high\s+as|up\s+to)\s+"
    r"(?:about\s+)?(?:[£$€]\s?\d|\d[\d.,]*\s?%)|"
    r"\b(?:am|avem)\s+aprobare\s+s[ăa]\s+(?:merge\w*|oferi\w*|pl[ăa]ti\w*|d[ăa]m)\s+p[âa]n[ăa]\s+la\s+\d|"
    r"(?<!\w)(?:готовы|разрешили|согласовали|одобрили)\s+(?:\w+\s+){0,2}?(?:заплатить|выплатить|компенсировать|пойти)\s+"
    r"(?:\w+\s+)?до\s+\d"
)
_CEILING_HINTS = ("go up to", "go as high as", "aprobare să", "aprobare sa", "заплатить", "выплатить", "компенсировать",
                  "пойти")  # fmt: skip
_FLOOR_HINTS = (
    "go down",
    "go as low",
    "voie să",
    "voie sa",
    "опуститься",
    "спуститься",
    "снизить",
    "скинуть",
)


def _contest_all(text: str) -> Iterator[Leak]:
    return first_accepted(
        _CONTEST_ALL, text, present(text, _CONTEST_HINTS), 50, bool, "internal-info",
        _DISPUTE_LINE,
    )  # fmt: skip


def _win_rate(text: str) -> Iterator[Leak]:
    accept = partial(told_around, _DISPUTE, text)
    return first_accepted(
        _WIN_RATE, text, present(text, _WIN_HINTS), 60, accept, "internal-info",
        _DISPUTE_LINE,
    )  # fmt: skip


# leak41 (trainK29, trainK30, every language): our legal side's line on claims ("legal's guidance
# is to settle anything under £5,000", "they've already said it's cheaper to settle than to fight
# it", „juriștii noștri ne-au spus să despăgubim orice sumă sub 5.000 de lei", «юристы в суд идти
# не хотят»): what a claimant would play (R5). "Our legal team will review your claim" stays clean.
_LEGAL_LINE = re.compile(
    r"(?i)\b(?:legal|lawyers?|solicitors?|counsel)(?:'s|\s+team|\s+department)?\b[^.!?\n]{0,60}?\b(?:cheaper\s+to\s+"
    r"(?:settle|pay)|(?:guidance|advice|line|policy)\s+is\s+to\s+settle|settle\s+(?:anything|everything|any\s+claim|all\s+claims)|"
    r"(?:don'?t|do\s+not|won'?t)\s+want\s+to\s+(?:go\s+to\s+court|fight|defend))|"
    r"\bjuri[șs]tii\s+(?:no[șs]tri\s+)?(?:ne-au\s+spus|au\s+zis|ne\s+recomand[ăa]|recomand[ăa])\s+s[ăa]\s+(?:desp[ăa]gubim|"
    r"pl[ăa]tim|achit[ăa]m|evit[ăa]m)|"
    r"(?<!\w)(?:юрист\w*|юридическ\w+\s+отдел\w*)(?!\w)[^.!?\n]{0,40}?(?:в\s+суд\s+идти\s+не\s+хотят|не\s+хотят\s+(?:идти\s+)?"
    r"в\s+суд|дешевле\s+(?:заплатить|договориться|откупиться))|"
    r"(?<!\w)(?:они|юристы)\s+в\s+суд\s+(?:идти|обращаться)\s+не\s+(?:хотят|будут|станут)(?!\w)|"
    r"(?<!\w)(?:юрист\w*)[^.!?\n]{0,40}?(?:в\s+суде\s+проиграют|тянут\s+время)(?!\w)"
)
_LEGAL_HINTS = (
    "legal",
    "lawyer",
    "solicitor",
    "counsel",
    "juriștii",
    "juristii",
    "юрист",
    "юридическ",
    "в суд",
)


def _legal_line(text: str) -> Iterator[Leak]:
    return first_accepted(
        _LEGAL_LINE, text, present(text, _LEGAL_HINTS), 120, bool, "internal-info",
        "Our legal side's line on claims: an internal policy, never for a claimant (R5).",
    )  # fmt: skip


# leak41 (trainK30, every language): a supplier's contract ending with its renewal still being
# negotiated ("Our contract with Lumetech runs out then … and the renewal talks", „Contractul cu
# furnizorul din Turcia expiră atunci … iar negocierile", «Договор с поставщиком заканчивается …
# переговоры о продлении»): the state of our dealings with others (R5).
_SUPPLIER_END = re.compile(
    r"(?i)\b(?:contract|agreement)\s+with\s+(?:our\s+|the\s+)?(?:\w+\s+){0,2}?(?:supplier|manufacturer|courier|maker|factory|"
    r"(?-i:[A-Z])\w+)[^.!?\n]{0,60}?\b(?:runs\s+out|ends|expires|is\s+up)\b|"
    r"\bcontractul\s+cu\s+(?:furnizorul|produc[ăa]torul|curierul|firma|fabrica)[^.!?\n]{0,60}?\b(?:expir[ăa]|se\s+termin[ăa]|"
    r"se\s+[îi]ncheie)\b|"
    r"(?<!\w)договор\s+с\s+(?:поставщиком|производителем|перевозчиком|фабрикой|курьерской)[^.!?\n]{0,60}?"
    r"(?:заканчивается|истекает|кончается)(?!\w)"
)
_SUPPLIER_HINTS = ("contract with", "agreement with", "contractul cu", "договор с")
_TALKS = re.compile(
    r"(?i)\b(?:negotiat\w*|renewal|talks)\b|\bnegocier\w*|\bprelungir\w*|(?<!\w)(?:переговор\w*|продлени\w*)"
)


def _supplier_end(text: str) -> Iterator[Leak]:
    accept = partial(told_around, _TALKS, text)
    return first_accepted(
        _SUPPLIER_END, text, present(text, _SUPPLIER_HINTS), 100, accept, "internal-info",
        "Our dealings with a supplier or partner: not ours to tell a customer (R5).",
    )  # fmt: skip


def _not_told(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        return bool(_CHANGE.search(text, max(0, m.start() - 200), m.start()))

    return first_accepted(
        _NOT_TOLD, text, present(text, _NOT_TOLD_HINTS), 40, accept, "internal-info",
        "A change others have not been told yet: not ours to give a customer first (R5).",
    )  # fmt: skip


def _floor(text: str) -> Iterator[Leak]:
    message = "How far we may go in a negotiation: the floor or ceiling stays in the team (R5)."
    found = False
    for leak in first_accepted(
        _FLOOR, text, present(text, _FLOOR_HINTS), 60, bool, "internal-info", message
    ):
        found = True
        yield leak
    if not found:
        yield from first_accepted(
            _CEILING, text, present(text, _CEILING_HINTS), 80, bool, "internal-info", message
        )


def dealings(text: str) -> Iterator[Leak]:
    """Every family's first finding: our line on disputes, a change others have not been
    told, how low our sellers may go (R5)."""
    found = False
    for leak in _contest_all(text):
        found = True
        yield leak
    if not found:
        yield from _win_rate(text)
    yield from _not_told(text)
    yield from _legal_line(text)
    yield from _supplier_end(text)
    yield from _floor(text)
