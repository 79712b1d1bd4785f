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

from supportdesk.tone.leakfinding import Leak, hinted, present, sentence_around
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
    r"\b(?:HMRC|FCA|ICO|Ofcom|Ofgem|CMA|Trading\s+Standards|ANPC|ANSPDCP|ANAF|ASF|ITM|DSV|DIICOT|BNR|ФНС|ФАС|"
    r"(?:the\s+)?(?:regulator|ombudsman|watchdog)|"
    r"Роспотребнадзор\w*|Роскомнадзор\w*|ЦБ|Центробанк\w*|Центральн\w+\s+банк\w*|Банк\w*\s+России|прокуратур\w*|"
    r"налогов\w+|санэпид\w*)\b"
)
_CHECKING_US = re.compile(
    r"(?i)\b(?:(?:started|opened|begun|launched|running|doing)\s+(?:an?\s+)?(?:\w+\s+)?(?:audit|inspection|investigation|"
    r"inquiry)\s+(?:of|into|on|at)\s+(?:us|our)|(?:audit|inspection|investigation|inquiry)\s+(?:of|into|on|at)\s+(?:us|our)|"
    r"(?:we'?re|we\s+are)\s+(?:being\s+)?(?:investigated|audited|inspected)|suntem\s+(?:investiga[țt]i|controla[țt]i|"
    r"verifica[țt]i)|avem\s+(?:acum\s+)?(?:un\s+)?(?:control|audit)|"
    r"la\s+noi\s+(?:e|este|are\s+loc)\s+(?:acum\s+)?(?:un\s+)?(?:control|audit|inspec[țt]ie)|"
    # s39 (heldK35): „societatea aflându-se în inspecție fiscală ANAF", "the company being under a tax
    # inspection"
    # pol119 (heldK55's ro-xx018): „firma se află în prezent sub inspecție fiscală ANAF"
    r"(?:societatea|compania|firma)\s+(?:afl[âa]ndu-se|se\s+afl[ăa]|fiind|este|e)\s+(?:[îi]n\s+prezent\s+|acum\s+|deja\s+)?"
    r"(?:[îi]n|sub)\s+(?:inspec[țt]ie|control|audit|investiga[țt]ie|anchet[ăa])|"
    r"(?:company|business)\s+(?:is\s+|being\s+)?under\s+(?:a\s+)?(?:tax\s+)?(?:inspection|audit|investigation)|"
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
    r"ne\s+(?:cere|cer|au\s+cerut|a\s+cerut)\s+explica[țt]ii\b|"
    # leak121 (trainK49): a fine we got („am și luat o amendă de la ANPC", "we were fined by Ofcom")
    # pol134 (blind85's ro-yq072): „ANPC ne-a dat deja o amendă pentru aceste contracte"
    r"(?:am|ne-au|ne-a)\s+(?:[șs]i\s+|deja\s+)?(?:luat|primit|dat)\s+(?:[șs]i\s+|deja\s+)?(?:o\s+)?amend[ăa]|ne-a(?:u)?\s+(?:[șs]i\s+|deja\s+)?"
    r"amendat|we\s+(?:were|got|'ve\s+been|have\s+been|had\s+been)\s+(?:already\s+)?fined|fined\s+us)\b|"
    r"(?<!\w)(?:у\s+нас\s+(?:\w+\s+){0,4}?(?:сидит|идёт|идет|работает|проходит)\s+(?:\w+\s+)?проверк\w*|"
    r"нам\s+(?:уже\s+)?выписали\s+штраф\w*|нас\s+(?:\w+\s+){0,4}?оштрафовал\w*|"
    # «сейчас у бухгалтерии выездная налоговая проверка», «Нам ЦБ выписал предписание» (trainK31)
    r"выездн\w+\s+(?:налогов\w+\s+)?проверк\w*|(?:нам|нас)\s+(?:\w+\s+)?(?:выписал\w*|выдал\w*|вынес\w*)\s+"
    r"(?:\w+\s+)?(?:предписани|штраф)\w*|(?:выписал\w*|выдал\w*|вынес\w*)\s+(?:нам|нас)\s+(?:\w+\s+)?(?:предписани|штраф)\w*)(?!\w)|"
    # leak130 (trainK51): «Мы сейчас и так под предписанием ЦБ», "we're under an enforcement notice from"
    r"(?<!\w)(?:мы|банк|компания)\s+(?:\w+\s+){0,3}?под\s+предписани\w*(?!\w)|"
    r"\b(?:we'?re|we\s+are)\s+(?:currently\s+|already\s+|still\s+)?under\s+(?:an?\s+)?(?:\w+\s+)?(?:order|enforcement\s+notice|"
    r"restriction|sanction)s?\s+(?:from|by|of)\b|"
    r"(?<!\w)(?:(?:начал\w*|проводит|идёт|идет|у\s+нас)\s+(?:\w+\s+)?(?:выездн\w+\s+)?проверк\w*|"
    r"проверк\w*\s+(?:у\s+нас|нашей\s+компании))(?!\w)"
)
_CHECKING_HINTS = ("audit", "inspection", "investigat", "inquiry", "audited", "inspected", "suntem investiga",
                   "inspecție", "inspectie", "în control", "in control", "sub control", "sub audit",
                   "sub investiga", "sub anchet",
                   "la noi e", "la noi este", "la noi are loc", "looking into", "examining",
                   "suntem controla", "suntem verifica", "avem acum", "avem un control", "avem control",
                   "deschis", "проверк", "asking us", "questioning us", "pressing us", "chasing us",
                   "explicaț", "explicat", "выписали штраф", "оштрафовали", "выездн", "предписани",
                   "выписал", "выдал", "вынес", "already written to us", "already contacted us",
                   "already warned us", "оштрафовал", "amend", "fined", "под предписани", "under a")  # fmt: skip
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


# s36 (heldK31, trainK38: six regulators' checks in three languages, each worded its own way and
# each missed by the wordings above: "The FCA are going through our complaints handling at the
# moment", „Suntem în inspecție fiscală de la ANAF", „nu mai depuneți încă o reclamație la ANPC,
# avem deja control de la ei", «ЦБ нами плотно занимается», «Банк России в настоящее время
# проводит у нас проверку»): a regulator, a check and "us" in one sentence, read by their words
# and not by one wording. Spared where the check is the customer's route or a what-if (a clause
# with "you can", "if", "puteți", «можете», a modal or future check: "the ICO can investigate",
# «Роспотребнадзор проверит») or found nothing ("passed", "no issues").
_WATCHDOG = re.compile(
    r"(?<!\w)(?:FCA|ICO|Ofcom|Ofgem|Ofwat|CMA|HMRC|FTC|SEC|CQC|Ofsted|SFO|HSE|"
    r"(?i:trading\s+standards|information\s+commissioner\w*|police|regulator|watchdog|tax\s+(?:office|authorit\w+)|"
    r"prosecutor\w*|data\s+protection\s+authority|labour\s+inspector\w*|"
    # leak148 (trainK56): a regulator by its full name ("the Financial Conduct Authority is currently
    # reviewing how we handled …", «проверка Центрального банка»)
    r"financial\s+conduct\s+authority|competition\s+and\s+markets\s+authority|prudential\s+regulation\s+authority|"
    r"care\s+quality\s+commission|serious\s+fraud\s+office|health\s+and\s+safety\s+executive|"
    r"advertising\s+standards\s+authority|gambling\s+commission|pensions\s+regulator)|"
    r"ANPC|ANSPDCP|ANAF|ASF|BNR|ANCOM|ANRE|ITM|DSP|DSV|ANSVSA|DIICOT|DNA|ISU|"
    r"(?i:garda\s+financiar\w*|consiliul\s+concuren\w+|protec[țt]ia\s+consumatorului|poli[țt]i[ae]\w*|parchet\w*|"
    r"procuratur\w*|fiscul|inspec[țt]ia\s+muncii)|"
    r"ЦБ|ФАС|ФНС|МВД|ОБЭП|ФСБ|"
    r"(?i:банк\w*\s+росси\w*|центробанк\w*|роспотребнадзор\w*|роскомнадзор\w*|ростехнадзор\w*|росздравнадзор\w*|"
    r"трудов\w+\s+инспекци\w*|прокуратур\w*|налогов(?:ая|ой|ую)|полици\w*|следственн\w+\s+комитет\w*|"
    r"следовател\w*|санэпидстанци\w*|центральн\w+\s+банк\w*))(?!\w)"
)
_WATCHDOG_HINTS = ("fca", "ico", "ofcom", "ofgem", "ofwat", "cma", "hmrc", "ftc", "sec", "cqc", "ofsted", "sfo",
                   "hse", "conduct authority", "markets authority", "regulation authority", "quality commission",
                   "fraud office", "safety executive", "standards authority", "gambling commission",
                   "trading standards", "commissioner", "police", "regulator", "watchdog", "tax office",
                   "tax authorit", "prosecutor", "data protection authority", "labour inspector", "anpc",
                   "anspdcp", "anaf", "asf", "bnr", "ancom", "anre", "itm", "dsp", "dsv", "ansvsa", "diicot",
                   "dna", "isu", "garda financiar", "concuren", "protecția consum", "protectia consum", "poliți",
                   "politi", "parchet", "procuratur", "fiscul", "inspecția muncii", "inspectia muncii", "цб",
                   "фас", "фнс", "мвд", "обэп", "фсб", "росси", "центробанк", "центральн", "надзор", "трудов",
                   "прокуратур", "налогов", "полици", "следствен", "следовател", "санэпид")  # fmt: skip
_CHECK = re.compile(
    r"(?i)\b(?:inspect\w*|investigat\w*|audit\w*|reviewing|review\s+(?:into|of)|inquiry\s+into|going\s+through|gone\s+through|looking\s+into|"
    r"look(?:ed)?\s+into|prob(?:e|es|ed|ing)|examin\w*|scrutin\w*|raid\w*|(?:asked|requested|demanded)\s+(?:us\s+)?for|"
    r"inspec[țt]i\w*|control\w*|verific(?!abil)\w*|anchet\w*|investig\w*|cercet\w*|ne-a\s+cerut|ne-au\s+cerut|"
    r"a\s+solicitat|au\s+solicitat|perchezi[țt]i\w*)\b|"
    r"(?<!\w)(?:провер\w*|расслед\w*|занима\w*ся|запраш\w*|запросил\w*|изуча\w*|аудит\w*|ревизи\w*|обыск\w*|"
    r"интересу\w*ся)(?!\w)"
)
_US = re.compile(
    r"(?i)\b(?:us|our|ours|we|we'?re|we'?ve|noi|ne|nostr\w*|noastr\w*|avem|suntem)\b|\bne-|"
    # s38 (heldK33): the check's object as how we acted („anchetă privind modul în care am aplicat
    # garanția"): the bare „am" is also the first person singular, so only after „modul/felul în care"
    r"\b(?:modul|felul)\s+[îi]n\s+care\s+(?:am|ne-am)\b|"
    # leak126 (heldK44): the same in the passive („ASF verifică modul în care au fost instrumentate
    # daunele RCA"), and "how claims were handled": our handling, whoever did it
    r"\b(?:modul|felul)\s+[îi]n\s+care\s+(?:au\s+fost|a\s+fost|s-au|s-a)\s+(?:instrumentat|gestionat|solu[țt]ionat|"
    r"procesat|tratat|aplicat|calculat|v[âa]ndut|facturat)\w*|\bhow\s+(?:\w+\s+){1,2}(?:were|was|have\s+been|has\s+been)\s+"
    r"(?:handled|processed|settled|sold|billed|calculated)\b|"
    r"(?<!\w)(?:нас|нами|нам|наш\w*|мы)(?!\w)|"
    # leak148 (trainK56): the bank writing of itself («в банке проводится проверка»), not "your bank"
    r"(?<!ашем\s)(?<!ругом\s)(?<!\w)в\s+банке(?!\w)"
)
# the clause is the customer's route or a what-if, not a check under way
_ROUTE = re.compile(
    r"(?i)\b(?:you\s+(?:can|could|may|might|have\s+the\s+right|are\s+(?:entitled|free|welcome))|you'?re\s+(?:entitled|free|welcome)|"
    r"if\s+you|if\s+(?:they|it)|(?:can|could|will|would|may|might|should)\s+(?:\w+\s+)?(?:investigate|review|inspect|audit|"
    r"look\s+into|examine|check)|"
    r"pute[țt]i|po[țt]i|ave[țt]i\s+dreptul|dac[ăa]|(?:va|vor|poate|pot)\s+(?:\w+\s+)?(?:verifica|analiza|investiga|controla|"
    r"cerceta))\b|"
    r"(?<!\w)(?:можете|сможете|вправе|имеете\s+право|обратит\w*|обращайтесь|если|пожаловат\w*|подать\s+жалобу|"
    r"(?:может|могут|будет)\s+(?:\w+\s+)?(?:проверить|провести|проверять|расследовать)|проверит|проведёт|проведет)(?!\w)"
)
# s41 (blind61): the customer asked to report it themselves («подайте, пожалуйста, заявление в
# полицию и пришлите нам номер КУСП — … вернём деньги на время проверки», "please report it to the
# police and send us the crime number", „depuneți o plângere la poliție"): their case, not a check
# on us
_THEIR_REPORT = re.compile(
    r"(?i)\b(?:(?:please\s+)?(?:report\s+it|file\s+a\s+(?:police\s+)?report|make\s+a\s+(?:police\s+)?report)\b|"
    r"(?:depune[țt]i|face[țt]i)\s+(?:\w+\s+)?(?:o\s+)?(?:pl[âa]ngere|sesizare|reclama[țt]ie))|"
    r"(?<!\w)(?:подайте|напишите|оформите)[\s,]+(?:\w+[\s,]+){0,2}?заявлени\w*(?!\w)"
)
# „vă rugăm să nu depuneți încă o plângere", «не подавайте заявление»: asked not to, so the
# check on us is the point
_NOT_TO = re.compile(r"(?i)(?:\bnu|\bnot|n't|(?<!\w)не)\s+(?:mai\s+)?$")


def _their_report(text: str, lo: int, hi: int) -> bool:
    return any(
        not _NOT_TO.search(text, max(lo, r.start() - 12), r.start())
        for r in _THEIR_REPORT.finditer(text, lo, hi)
    )


# the sentence says who licenses us, not who checks us
_LICENSED = re.compile(
    r"(?i)\b(?:regulated|authori[sz]ed|licen[sc]ed|supervised)\s+by\b|\b(?:autoriza[țt]\w*|reglementa[țt]\w*|"
    r"suprave(?:gheat|ghea[țt]i)\w*|licen[țt]ia[țt]\w*)\b|(?<!\w)(?:лицензи\w*\s+(?:\w+\s+){0,2}?(?:№|N|номер)|под\s+надзором)(?!\w)"
)
_CLAUSE_END = re.compile(r"[,;:—–()]|\s(?:but|dar|[îi]ns[ăa]|но|а|однако)\s", re.IGNORECASE)
_WATCHED_MESSAGE = (
    "A regulator's or the police's check on us, not made public: the team's to know (R5)."
)


def _clause(text: str, lo: int, hi: int, at: int) -> tuple[int, int]:
    """The clause of the sentence `text[lo:hi]` that holds position `at`."""
    start = lo
    for m in _CLAUSE_END.finditer(text, lo, hi):
        if m.start() >= at:
            return start, m.start()
        start = m.end()
    return start, hi


def route_before(text: str, at: int) -> bool:
    """Whether the clause up to `at` is the customer's route or a what-if ("You can bring a
    claim against our company", «Вы можете подать иск»): backstage's litigation asks it too."""
    lo, hi = sentence_around(text, at, at)
    start, _ = _clause(text, lo, hi, at)
    return finder(_ROUTE).search(text, start, at) is not None


# pol90: a clause that opens on "which"/„care"/«который» describes the body the customer was just
# told they may turn to ("you can complain to the FCA, which reviews our decision"): what it does
# in general, no check under way
_WHICH = re.compile(r"(?i)\s*(?:which|who|care|ce|который|которая|которое|которые)\b")


def under_watch(text: str) -> Iterator[Leak]:
    """The first sentence naming a regulator with its check on us (R5)."""
    for w in hinted(_WATCHDOG, text, present(text, _WATCHDOG_HINTS), 30):
        lo, hi = sentence_around(text, w.start(), w.end())
        if finder(_LICENSED).search(text, lo, hi) or _their_report(text, lo, hi):
            continue  # "authorised by the FCA, number … verifiable in the public register"
        for c in finder(_CHECK).finditer(text, lo, hi):
            a, b = _clause(text, lo, hi, c.start())
            if not finder(_US).search(text, a, b) or finder(_ROUTE).search(text, a, b):
                continue  # "… and send us the crime number — it speeds up the check"
            if _WHICH.match(text, a) and finder(_ROUTE).search(text, lo, a):
                continue  # pol90: „puteți depune o reclamație la ASF, care verifică soluția noastră"
            if finder(_CLEAR).search(text, c.end(), min(hi, c.end() + 40)):
                continue
            yield Leak("internal-info", c.start(), c.end(), _WATCHED_MESSAGE)
            return
