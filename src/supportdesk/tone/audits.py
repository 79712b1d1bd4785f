"""leak36: what an audit found in us, or a regulator's check on us now, told to a customer
(R5: "Keep your mouth shut": audit findings and open inspections are the team's). Writers
since heldK10 wrote it in every language, two dozen rule misses: "Our last security audit
actually found that full card numbers were being written to the debug logs", "the last audit
did flag that we hadn't been revoking leaver access", „Auditul de securitate de luna trecută
l-am picat", «Внутренний аудит выяснил, что номера карт целиком писались в логи», "HMRC
started an audit of our VAT returns", „suntem investigați de ANSPDCP", «ФНС начала выездную
проверку».

A finding is an AUDIT that found, flagged or was failed (not "found no issues"), or a
REGULATOR named with its audit, inspection or investigation of us. A certificate held or an
audit passed stays clean ("we're ISO 27001 certified and passed last year's audit").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import Leak, hinted, present
from supportdesk.tone.words import finder

_MESSAGE = "What an audit or a regulator found in us: the team's, not the customer's (R5)."

_FOUND = re.compile(
    r"(?i)\b(?:(?:audit|assessment)\w*\s+(?:\w+\s+){0,3}?(?:found|flagged|showed|revealed|uncovered|discovered|picked\s+up)|"
    # leak38 (trainK26): „la ultimul audit intern s-a constatat că …"
    r"audit\w*\s+(?:\w+\s+){0,2}?s-a\s+(?:constatat|descoperit|g[ăa]sit)|"
    r"audit\s+(?:did\s+)?flag(?:ged)?|failed\s+(?:the|our|a|its)\s+(?:\w+\s+)?audit|"
    r"audit\w*\s+(?:\w+\s+){0,4}?(?:a\s+g[ăa]sit|a\s+descoperit|a\s+ar[ăa]tat|a\s+constatat|a\s+scos\s+la\s+iveal[ăa])|"
    r"la\s+(?:ultimul\s+)?audit\s+ni\s+s-a\s+(?:g[ăa]sit|constatat)|audit\w*\s+(?:\w+\s+){0,5}?l-am\s+picat|"
    # leak37 (heldK22): an internal review or check that found ("internal review showed",
    # „verificarea internă a arătat", «внутренняя проверка показала»)
    r"internal\s+(?:review|check|investigation)\s+(?:\w+\s+)?(?:found|showed|revealed)|verificarea\s+intern[ăa]\s+"
    r"(?:\w+\s+)?(?:a\s+ar[ăa]tat|a\s+g[ăa]sit|a\s+constatat))\b|"
    r"(?<!\w)внутренн\w+\s+(?:проверк\w*|расследовани\w*)\s+(?:\w+\s+)?(?:показал\w*|выявил\w*|выяснил\w*)(?!\w)|"
    r"(?<!\w)(?:аудит\w*\s+(?:\w+\s+){0,3}?(?:нашёл|нашел|выяснил|показал|выявил|обнаружил)|аудит\w*\s+(?:\w+\s+){0,4}?"
    r"(?:мы\s+)?(?:завалили|провалили)|по\s+итогам\s+(?:\w+\s+)?аудита)(?!\w)|"
    # leak39 (trainK27, trainK28): the finding a few words or a clause later („auditul intern de
    # săptămâna trecută, care a descoperit că", „la auditul intern din primăvară s-a descoperit",
    # «из-за внутренней проверки: выяснилось, что»)
    r"\baudit\w*\s+(?:[\w,]+\s+){0,5}?(?:care\s+|which\s+|that\s+)?(?:a\s+descoperit|a\s+g[ăa]sit|a\s+constatat|"
    r"s-a\s+(?:constatat|descoperit|g[ăa]sit)|found|uncovered|discovered)\b|"
    r"(?<!\w)внутренн\w+\s+(?:проверк\w*|аудит\w*|расследовани\w*)\s*[:,—–-]?\s+(?:\w+\s+)?(?:выяснилось|оказалось|"
    r"обнаружилось|нашли|обнаружили)(?!\w)"
)
_FOUND_HINTS = ("audit", "аудит", "assessment", "internal review", "internal check", "internal investigation",
                "verificarea intern", "внутренн")  # fmt: skip
_REGULATOR = re.compile(
    r"\b(?:HMRC|FCA|ICO|Ofcom|Ofgem|CMA|Trading\s+Standards|ANPC|ANSPDCP|ANAF|ASF|ITM|DSV|DIICOT|BNR|ФНС|"
    r"(?:the\s+)?(?:regulator|ombudsman|watchdog)|"
    r"Роспотребнадзор\w*|Роскомнадзор\w*|ЦБ|Центробанк\w*|прокуратур\w*|налогов\w+|санэпид\w*)\b"
)
_CHECKING_US = re.compile(
    r"(?i)\b(?:(?:started|opened|begun|launched|running|doing)\s+(?:an?\s+)?(?:\w+\s+)?(?:audit|inspection|investigation|"
    r"inquiry)\s+(?:of|into|on|at)\s+(?:us|our)|(?:audit|inspection|investigation|inquiry)\s+(?:of|into|on|at)\s+(?:us|our)|"
    r"(?:we'?re|we\s+are)\s+(?:being\s+)?(?:investigated|audited|inspected)|suntem\s+(?:investiga[țt]i|controla[țt]i|"
    r"verifica[țt]i)|avem\s+(?:acum\s+)?(?:un\s+)?(?:control|audit)|"
    r"la\s+noi\s+(?:e|este|are\s+loc)\s+(?:acum\s+)?(?:un\s+)?(?:control|audit|inspec[țt]ie)|"
    r"(?:is|are)\s+(?:already\s+)?(?:looking\s+into|investigating|examining)\s+(?:how\s+we|us|our)|(?:a\s+deschis|au\s+deschis)\s+(?:deja\s+)?o\s+"
    r"(?:anchet[ăa]|investiga[țt]ie|cercetare)\s+la\s+noi|"
    # leak46 (trainK32): "Ofcom has already written to us about our speed claims", „ASF are
    # deschisă o anchetă la noi", «Центробанк выдал нам предписание»
    r"(?:has|have)\s+already\s+(?:written\s+to|contacted|warned)\s+us\b|"
    r"are\s+deschis[ăa]\s+(?:o\s+)?(?:anchet[ăa]|investiga[țt]ie|cercetare)\s+la\s+noi|"
    # s29 (trainK29, trainK31): "the FCA has been asking us questions about …", «у нас уже третью
    # неделю сидит проверка из налоговой, и … нам уже выписали штраф»
    r"(?:has|have|'s|'ve)\s+been\s+(?:asking|questioning|pressing|chasing)\s+us\b|"
    r"(?:is|are)\s+(?:now\s+)?(?:asking|questioning)\s+us\s+(?:questions|about)\b|"
    r"ne\s+(?:cere|cer|au\s+cerut|a\s+cerut)\s+explica[țt]ii\b)|"
    r"(?<!\w)(?:у\s+нас\s+(?:\w+\s+){0,4}?(?:сидит|идёт|идет|работает|проходит)\s+(?:\w+\s+)?проверк\w*|"
    r"нам\s+(?:уже\s+)?выписали\s+штраф\w*|нас\s+(?:уже\s+)?оштрафовали|"
    # «сейчас у бухгалтерии выездная налоговая проверка», «Нам ЦБ выписал предписание» (trainK31)
    r"выездн\w+\s+(?:налогов\w+\s+)?проверк\w*|(?:нам|нас)\s+(?:\w+\s+)?(?:выписал\w*|выдал\w*|вынес\w*)\s+"
    r"(?:\w+\s+)?(?:предписани|штраф)\w*|(?:выписал\w*|выдал\w*|вынес\w*)\s+(?:нам|нас)\s+(?:\w+\s+)?(?:предписани|штраф)\w*)(?!\w)|"
    r"(?<!\w)(?:(?:начал\w*|проводит|идёт|идет|у\s+нас)\s+(?:\w+\s+)?(?:выездн\w+\s+)?проверк\w*|"
    r"проверк\w*\s+(?:у\s+нас|нашей\s+компании))(?!\w)"
)
_CHECKING_HINTS = ("audit", "inspection", "investigat", "inquiry", "audited", "inspected", "suntem investiga",
                   "la noi e", "la noi este", "la noi are loc", "looking into", "examining",
                   "suntem controla", "suntem verifica", "avem acum", "avem un control", "avem control",
                   "deschis", "проверк", "asking us", "questioning us", "pressing us", "chasing us",
                   "explicaț", "explicat", "выписали штраф", "оштрафовали", "выездн", "предписани",
                   "выписал", "выдал", "вынес", "already written to us", "already contacted us",
                   "already warned us")  # fmt: skip
# nothing found: "found no issues", "n-a găsit nimic", «ничего не нашёл»
_CLEAR = re.compile(
    r"(?i)\b(?:no\s+(?:issues|problems|findings|concerns)|nothing|a\s+clean|passed|n-a\s+g[ăa]sit|nicio\s+problem[ăa]|"
    r"nicio\s+neregul\w*|[îi]n\s+regul[ăa]|in\s+order|all\s+(?:fine|good|clear))\b|"
    r"(?<!\w)(?:ничего|нарушений\s+не|замечаний\s+не|вс[её]\s+в\s+порядке)(?!\w)"
)


def audits(text: str) -> Iterator[Leak]:
    """The first audit's finding, or a regulator checking us now (R5)."""
    for m in hinted(_FOUND, text, present(text, _FOUND_HINTS), 60):
        if finder(_CLEAR).search(text, m.end(), min(len(text), m.end() + 40)):
            continue  # "the audit found no issues"
        yield Leak("internal-info", m.start(), m.end(), _MESSAGE)
        return
    for m in hinted(_CHECKING_US, text, present(text, _CHECKING_HINTS), 50):
        lo, hi = max(0, m.start() - 80), min(len(text), m.end() + 60)
        if _REGULATOR.search(text, lo, hi):
            yield Leak("internal-info", m.start(), m.end(), _MESSAGE)
            return
