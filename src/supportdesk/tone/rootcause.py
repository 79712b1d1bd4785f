"""leak36: the inside story of an outage told to a customer (R5: "Keep your mouth shut": what
went wrong inside the team stays there; the public gets the incident report). Writers since
trainK10 wrote it in every language, a dozen rule misses: "The app went down because someone
in IT deleted the production config by accident on Friday", "Our warehouse computers were
locked up by ransomware", „Un coleg a tras din greșeală un cablu în camera serverelor",
«Сбой был из-за того, что наш админ обновил сервер в пятницу вечером без бэкапа», «На нас
была атака шифровальщика».

A finding needs an OUTAGE (went down, outage, crashed, the
delay; a căzut, întreruperea; сбой, лёг, не работало) and either a CULPRIT of ours with a
BLUNDER (someone in IT deleted, an engineer pushed without review, our admin forgot; un coleg a
șters; наш админ удалил, подрядчик снёс) or an ATTACK (ransomware, hackers; atac; шифровальщик,
взлом) in its sentence, the next one or the one before (at most 200 characters back). A cause the draft says is in the public incident report or on the status page stays
clean ("As our incident report says, a failed storage upgrade…"), and so does a cause with no
person of ours and no attack ("caused by a damaged fibre cable").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import Leak, hinted, present, three_sentences
from supportdesk.tone.leakvalues import REPORTED
from supportdesk.tone.words import finder

_MESSAGE = "What went wrong inside the team: the public gets the incident report, not this (R5)."

_OUTAGE = re.compile(
    r"(?i)\b(?:outage|went\s+down|was\s+down|were\s+down|crashed|died|downtime|stopped\s+working|the\s+delay|"
    r"disruption|[îi]ntrerupere\w*|a\s+c[ăa]zut|au\s+c[ăa]zut|a\s+picat|pan[ăa]\s+de|nu\s+a\s+mers)\b|"
    r"(?<!\w)(?:сбо[йяею]\w*|лежит|лежал\w*|л[её]г|легло|упал\w*|не\s+работал\w*|висели|простой)(?!\w)"
)
_OUTAGE_HINTS = ("outage", "went down", "was down", "were down", "crashed", "died", "downtime",
                 "stopped working", "the delay", "disruption", "întrerupere", "intrerupere", "căzut",
                 "cazut", "picat", "pană de", "pana de", "nu a mers", "сбо", "лежит", "лежал", "лёг",
                 " лег ", " лег,", "легло", "упал", "не работал", "висели", "простой")  # fmt: skip
# a person of ours who did it, and what they did
_CULPRIT = re.compile(
    r"(?i)\b(?:someone|somebody|one\s+of\s+(?:our|the)\s+(?:engineers|admins|developers|devs|team)|(?:an?|our)\s+"
    r"(?:engineer|admin|sysadmin|developer|dev|intern|contractor|colleague|it\s+guy)|(?:the\s+)?(?:infra|ops|it|dev)\s+"
    r"team|cineva|un\s+coleg|colegul|un\s+inginer|adminul|administratorul|un\s+angajat|stagiarul)\b|"
    r"(?<!\w)(?:кто-то|один\s+из\s+(?:наших|админов|инженеров|сотрудников|разработчиков)|наш\w*\s+(?:админ|инженер|"
    r"сотрудник|разработчик|подрядчик)\w*|админ\w*|подрядчик\w*|стаж[её]р\w*)(?!\w)"
)
_BLUNDER = re.compile(
    r"(?i)\b(?:deleted|wiped|pushed|forgot|ran\s+(?:a|the)|pulled|unplugged|misconfigured|let\s+\w+\s+expire|"
    r"without\s+(?:review|a\s+backup|testing|any\s+testing)|by\s+(?:accident|mistake)|instead\s+of\s+staging|"
    r"[șs]ters\w*|a\s+tras|a\s+uitat|din\s+gre[șs]eal[ăa]|f[ăa]r[ăa]\s+backup|a\s+rulat)\b|"
    r"(?<!\w)(?:удалил\w*|сн[её]с\w*|забыл\w*|без\s+(?:бэкапа|проверки|тестов)|случайно|по\s+ошибке|выдернул\w*|"
    r"перепутал\w*|истёк|истек)(?!\w)"
)
_ATTACK = re.compile(
    r"(?i)\b(?:ransomware|cyber-?attack|hackers?|hacked|atac\w*\s+(?:ransomware|cibernetic\w*|informatic\w*)|"
    r"hacker\w*)\b|(?<!\w)(?:шифровальщик\w*|хакер\w*|хакерск\w+\s+атак\w*|атак\w*\s+(?:хакеров|шифровальщика))(?!\w)"
)


# leak37 (heldK22, tuned): the blunder told as what happened, with no outage word: a script or
# update run on the live system instead of the test one ("Tom on the night shift ran the
# price-update script against the live shop instead of the test copy", «наш программист
# ночью запустил обновление цен не на тестовом, а на рабочем сайте»)
_LIVE_NOT_TEST = re.compile(
    r"(?i)\b(?:ran|run|pushed|deployed|applied|launched)\b[^.!?\n]{0,60}?\b(?:against|on|to|in)\s+(?:the\s+)?"
    r"(?:live|production|prod)\b[^.!?\n]{0,40}?\binstead\s+of\b|\b(?:a\s+rulat|a\s+lansat|a\s+pornit)\b[^.!?\n]{0,60}?"
    r"\b(?:pe\s+)?(?:site-ul|serverul|sistemul)\s+(?:live|real|de\s+produc[țt]ie)\b[^.!?\n]{0,30}?\b[îi]n\s+loc\s+de\b|"
    r"(?<!\w)(?:запустил\w*|выкатил\w*|накатил\w*)(?!\w)[^.!?\n]{0,60}?(?<!\w)не\s+на\s+тестов\w+,?\s+а\s+на\s+"
    r"(?:рабоч|боев|продакшн|живо)\w*"
)
_LIVE_NOT_TEST_HINTS = ("instead of", "în loc de", "in loc de", "не на тестов")


def root_causes(text: str) -> Iterator[Leak]:
    """The first outage told with a blunder of ours or an attack as its cause (R5)."""
    hints = present(text, _OUTAGE_HINTS)
    for m in hinted(_OUTAGE, text, hints, 30) if hints else ():
        lo, hi = three_sentences(text, m.start(), m.end())
        lo = max(lo, m.start() - 200)  # a long sentence before counts only near the outage
        cause = finder(_ATTACK).search(text, lo, hi)
        if cause is None:
            culprit = finder(_CULPRIT).search(text, lo, hi)
            cause = culprit and finder(_BLUNDER).search(
                text, culprit.end(), min(hi, culprit.end() + 120)
            )
        if not cause or finder(REPORTED).search(text):
            continue
        yield Leak(
            "internal-info", min(m.start(), cause.start()), max(m.end(), cause.end()), _MESSAGE
        )
        return
    for m in hinted(_LIVE_NOT_TEST, text, present(text, _LIVE_NOT_TEST_HINTS), 140):
        if not finder(REPORTED).search(text):
            yield Leak("internal-info", m.start(), m.end(), _MESSAGE)
            return
