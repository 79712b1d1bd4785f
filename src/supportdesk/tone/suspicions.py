"""leak21a: what we suspect the customer of, told to them (R5: "Keep your mouth shut":
confidential data never leave; an internal doubt about a person is the team's, not theirs
to read). The writers of heldK9 wrote it in every language in words backstage.py's fraud
verdicts (a score, a rule, a label) and remarks.py's judgements do not read: a claim or
case sent to our fraud or investigations unit WITH the doubt that sent it — an assessor's
opinion ("the adjuster thought the receipts looked edited", "inspectorul a considerat că
avariile nu corespund", «эксперт решил, что повреждения старые») or the evidence said not
to hold up ("doesn't match", "nu corespund", «не соответствуют»). (The customer's place
on our block list is backoffice.py's; an internal score, backstage.py's.)

Look-alikes that stay clean: a referral with no doubt said ("your claim is with our
investigations team, who check every claim over £5,000"), a doubt said as a condition ("if
the assessor thinks the damage doesn't match, …"), and a card sent to the fraud team to
protect the customer ("we suspect someone else used your card": no assessor's opinion of
the customer's evidence).

The family starts from substring tests (leakfinding's one pass over the draft); nothing
past them runs on a draft without one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import Leak, hinted, present, three_sentences
from supportdesk.tone.words import finder

_MESSAGE = "What we suspect the customer of, and why: internal (R5)."

# a case handed to the unit that investigates fraud
_REFERRAL = re.compile(
    r"(?i)\b(?:passed|sent|referred|forwarded|escalated|handed|moved|transferred)\s+(?:\w+\s+){0,3}?"
    r"(?:to|with)\s+(?:our|the)\s+(?:\w+\s+)?(?:special\s+investigations?|fraud|counter-?fraud|anti-?fraud|"
    r"SIU|investigations?)\b|"
    r"\b(?:trimis|transmis|[îi]naintat|predat|redirec[țt]ionat|mutat)\w*\s+(?:\w+\s+){0,3}?(?:la|c[ăa]tre)\s+"
    r"(?:departamentul|echipa|serviciul|compartimentul|biroul)\s+(?:de\s+)?(?:antifraud\w*|fraud\w*|"
    r"investiga[țt]\w*|securitate|anchet\w*)|"
    r"(?<!\w)(?:передан\w*|направлен\w*|отправлен\w*|ушл[оа]|ушёл|передал\w*|направил\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:в|на)\s+(?:\w+\s+)?(?:служб\w*\s+(?:экономической\s+)?безопасности|отдел\w*\s+(?:экономической\s+)?"
    r"безопасности|антифрод\w*|отдел\w*\s+расследован\w*|СБ)(?!\w)"
)
_REFERRAL_HINTS = ("investigat", "fraud", "siu", "antifraud", "anchet", "securitate", "безопасности",
                   "антифрод", "расследован", " сб")  # fmt: skip
# the doubt that sent it: an assessor's opinion of the customer's claim, or the evidence said
# not to hold up
_DOUBT = re.compile(
    r"(?i)\b(?:adjuster|assessor|investigator|inspector|expert|examiner|handler|engineer|reviewer)s?\s+"
    r"(?:\w+\s+){0,2}?(?:thought|thinks|believed|believes|suspect\w*|reckon\w*|felt|feels|doubt\w*|"
    r"decided|concluded|considered|wasn'?t\s+convinced|isn'?t\s+convinced)\b|"
    r"\b(?:looked|look|looks|seemed|seem|seems|appeared|appear|appears)\s+(?:\w+\s+)?(?:edited|fake|forged|"
    r"altered|doctored|staged|tampered|photoshopped|made\s+up)\b|\b(?:don'?t|doesn'?t|didn'?t|did\s+not|"
    r"do\s+not|does\s+not)\s+(?:quite\s+)?(?:match|add\s+up|tally)\b|\binconsistent\s+with\b|"
    r"\b(?:inspector\w*|expert\w*|evaluator\w*|ajustor\w*|constatator\w*|analist\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:a\s+considerat|consider[ăa]|a\s+crezut|crede|b[ăa]nuie[șs]te|a\s+b[ăa]nuit|suspecteaz[ăa]|"
    r"a\s+suspectat|a\s+apreciat|a\s+concluzionat|are\s+dubii|nu\s+e\s+convins)\b|"
    r"\bnu\s+(?:mai\s+)?(?:corespund|se\s+potrivesc|se\s+potrive[șs]te|bat)\b|\bpar\s+(?:editat|falsificat|"
    r"modificat|contraf[ăa]cut)\w*|"
    r"(?<!\w)(?:(?:эксперт\w*|оценщик\w*|инспектор\w*|специалист\w*|аварийн\w+\s+комиссар\w*|проверяющ\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:решил\w*|посчитал\w*|сч[её]л\w*|считает|подозрева\w*|засомневал\w*|усомнил\w*|"
    r"предположил\w*|заключил\w*)|не\s+(?:соответству\w*|совпада\w*|сход\w*)|похож\w*\s+на\s+(?:подделк\w*|"
    r"монтаж|фальсификат\w*)|(?:поддельн|подделан|отредактирован|отфотошоплен)\w*)(?!\w)"
)
# a doubt said as a condition ("if the assessor thinks …", "dacă inspectorul consideră …")
_IF = re.compile(
    r"(?i)\b(?:if|unless|whether|d[aă]c[aă]|[îi]n\s+cazul\s+[îi]n\s+care)\b|(?<!\w)(?:если|ли)(?!\w)"
)


def _referrals(text: str) -> Iterator[Leak]:
    hints = present(text, _REFERRAL_HINTS)
    for m in hinted(_REFERRAL, text, hints, 90) if hints else ():
        lo, hi = three_sentences(text, m.start(), m.end())
        doubt = finder(_DOUBT).search(text, lo, hi)
        if doubt is None or _IF.search(text, max(lo, doubt.start() - 40), doubt.start()):
            continue  # "with our investigations team, who check every claim": no doubt told
        yield Leak(
            "internal-info", min(m.start(), doubt.start()), max(m.end(), doubt.end()), _MESSAGE
        )
        return


def suspicions(text: str) -> Iterator[Leak]:
    """The first referral told with its doubt (one finding says the draft holds it)."""
    yield from _referrals(text)
