"""leak23: an internal fact told as a confidence (R5: "Keep your mouth shut":
confidential data never leave). The agent says themselves that they should not be
saying it, and then says it: "I'm not supposed to say this, but there's an open request
from the police asking for your call records", "legal told us not to mention it, but
there's a group claim being prepared", "Nu ar trebui să vă spun, dar avem o adresă de la
Poliție", "Neoficial, auditul intern de anul trecut a găsit că …", «Скажу неофициально: по
внутреннему регламенту компенсацию выдают только …», «…передали сведения в
Росфинмониторинг. Только я вам этого не говорила». Writers of heldK9-K11, blind36 and
blind35 wrote it in every language; what follows the marker varies (an inquiry, a
lawsuit, an audit, a rule), the marker and "internal" do not.

A finding needs, in the marker's sentence or the next one:
- a CONFIDING marker: not supposed to say, told us not to mention, you didn't hear it
  from me, off the record, unofficially, from me personally; nu ar trebui să vă spun, nu
  am voie să vă spun, neoficial, vă spun deschis; неофициально, я вам этого не говорил(а),
  не должна вам это говорить, скажу по-человечески;
- an INTERNAL fact beside it: internal, our rules or instructions, the police, compliance,
  legal or lawyers, an audit or inquiry, a report to the authorities, a court claim.

Look-alikes that stay clean: a refusal ("I'm not supposed to share internal notes, sorry"
with no "but" after it), the marker with nothing internal ("unofficially we aim to reply
within a day"), internal things said plainly (other families judge those).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import (
    BUT,
    Leak,
    first_accepted,
    first_found,
    hinted,
    present,
    sentence_around,
)
from supportdesk.tone.words import finder

_MESSAGE = "An internal fact told as a confidence: not the customer's to hear (R5)."

_CONFIDING = re.compile(
    r"(?i)\b(?:(?:not|n't)\s+(?:really\s+)?supposed\s+to\s+(?:say|tell|mention|share)\w*|"
    r"shouldn'?t\s+(?:really\s+)?(?:be\s+)?(?:say|tell)\w*|told\s+(?:us|me)\s+not\s+to\s+(?:mention|say|tell)|"
    r"didn'?t\s+hear\s+(?:it|this|that)\s+from\s+me|off\s+the\s+record|unofficially|from\s+me\s+personally|"
    r"nu\s+ar\s+trebui\s+s[ăa]\s+v[ăa]\s+(?:spun|zic)|nu\s+am\s+voie\s+s[ăa]\s+v[ăa]\s+(?:spun|zic)|"
    r"neoficial|v[ăa]\s+spun\s+deschis)\b|"
    r"(?<!\w)(?:неофициально|я\s+вам\s+этого\s+не\s+говорил\w*|не\s+должн\w*\s+(?:был\w*\s+)?(?:вам\s+)?"
    r"(?:это\w*\s+)?(?:говорить|рассказывать)|скажу\s+(?:вам\s+)?по-человечески)(?!\w)|"
    # pol106 (heldK51's ru-xf008): said last, after the fact («… и они платят без споров. Нам это
    # говорить не положено.»), a sentence of its own after the one that tells it; a refusal says
    # what it keeps back in its own sentence («Подробности проверки нам сообщать не положено»)
    r"(?:^|(?<=[.!?…]\s)|(?<=\n))(?:нам|мне)\s+(?:(?:это\w*|такое|вам)\s+){0,2}(?:говорить|рассказывать|сообщать)\s+не\s+положено"
    r"(?=\s*[.!…]|\s*$)|\bnu\s+avem\s+voie\s+s[ăa]\s+v[ăa]\s+(?:spunem|zicem)\b"
)
_CONFIDING_HINTS = ("supposed to", "shouldn't", "shouldnt", "not to mention", "not to say",
                    "not to tell", "hear it from me", "hear this from me", "hear that from me",
                    "off the record", "unofficially", "me personally", "nu ar trebui",
                    "nu am voie", "neoficial", "spun deschis", "неофициально",
                    "этого не говорил", "не должн", "по-человечески", "не положено",
                    "nu avem voie")  # fmt: skip
_INTERNAL = re.compile(
    r"(?i)\b(?:internal\w*|intern\w*|police|poli[țt]i\w*|compliance|conformitat\w*|legal|lawyers?|"
    r"avoca\w*|audit\w*|regulament\w*|instruc[țt]iuni|collections|court\s+claim|instan[țt]\w*|"
    r"investigat\w*|anchet\w*|group\s+claim|lawsuit|"
    r"authorities|autorit[ăa][țt]\w*)\b|"
    r"(?<!\w)(?:внутренн\w*|полици\w*|юрист\w*|проверк\w*|регламент\w*|инструкци\w*|суд\w*|"
    r"расследован\w*|Росфинмониторинг\w*|115-ФЗ|служб\w+\s+безопасности)(?!\w)"
)
# a refusal: the marker and no "but" after it ("I'm not supposed to share that, sorry")
_REFUSAL_MARKERS = re.compile(
    r"(?i)supposed|shouldn|nu\s+ar\s+trebui|nu\s+a[mv]\w*\s+voie|не\s+должн"
)


def _confided(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    lo, hi = sentence_around(text, m.start(), m.end())
    if _REFUSAL_MARKERS.search(m.group()) and not finder(BUT).search(text, m.end(), hi):
        return None  # "I'm not supposed to share internal notes, sorry"
    after = sentence_around(text, hi + 1, hi + 1)[1] if hi < len(text) else hi
    before = sentence_around(text, lo - 1, lo - 1)[0] if lo > 0 else lo
    # the fact follows the marker, or (a marker said last: «Только я вам этого не говорила»)
    # precedes it
    if finder(_INTERNAL).search(text, before if m.end() > hi - 3 else lo, after):
        return m.span()
    return None


# leak29 (heldK16): the agent asks not to be named as the source ("don't tell anyone I
# told you", „nu spuneți că de la mine", «только не говорите, что это я вам сказала»,
# "between you and me"): whatever the fact, the agent knows it is not to be told, so it
# needs no internal word beside it. Against "don't tell anyone your code" (a warning: no
# "I"/"me" as the source).
_SOURCE = re.compile(
    r"(?i)\b(?:don'?t|do\s+not|please\s+don'?t)\s+(?:tell\s+(?:anyone|anybody|them|people)|say|mention)\s+"
    r"(?:that\s+)?(?:I\s+(?:told|said|gave)|it\s+came\s+from\s+me|you\s+(?:heard|got)\s+it\s+from\s+me|"
    r"it\s+was\s+me)\b|\b(?:just\s+)?between\s+you\s+and\s+me\b|"
    r"\bnu\s+(?:spune[țt]i|zice[țt]i|spune|zice)\s+(?:nim[ăa]nui\s+)?c[ăa]\s+(?:v-am\s+(?:zis|spus)|(?:e\s+|este\s+)?"
    r"de\s+la\s+mine|a[țt]i\s+aflat\s+de\s+la\s+mine|eu\s+v-am)|"
    r"\b(?:s[ăa]\s+r[ăa]m[âa]n[ăa]|r[ăa]m[âa]ne)\s+[îi]ntre\s+noi\b|"
    # s31 (heldK26): the source disowned after the fact ("Nu vă spun asta oficial", «Только это не
    # от меня», "you didn't get this from me", "I'm not telling you this officially")
    r"\b(?:you\s+didn'?t\s+(?:get|hear)\s+(?:it|this|that)\s+from\s+me|(?:this|that)\s+(?:isn'?t|is\s+not)\s+"
    r"(?:coming\s+)?from\s+me|I'?m\s+not\s+(?:telling|saying)\s+(?:you\s+)?(?:this|that|it)\s+officially|"
    r"nu\s+v[ăa]\s+(?:spun|zic)\s+(?:asta|[ăa]sta|lucrul\s+[ăa]sta)\s+oficial|(?:asta\s+)?nu\s+(?:e|este)\s+de\s+la\s+mine|"
    r"n-a[țt]i\s+auzit(?:-o)?\s+de\s+la\s+mine)\b(?!\s+\w)|"
    # ... or the route said to be one staff may not offer (trainK33: „Noi nu avem voie să o propunem,
    # așa că cereți-o dvs.", «Мы сами это предлагать не можем», "we're not allowed to suggest it")
    r"\bwe(?:'re|\s+are)\s+not\s+(?:allowed|supposed|meant|permitted)\s+to\s+(?:offer|suggest|mention|propose)\s+"
    r"(?:it|this|that)\b(?!\s+to\s+(?:anyone|customers)\s+(?:under|over|below|above))|"
    r"\bnu\s+avem\s+voie\s+s[ăa]\s+(?:v[ăa]\s+)?(?:o|[îi]l|le|-o)\s*(?:propunem|oferim|sugerăm|sugeram|spunem)\b|"
    r"(?<!\w)(?:(?:мы\s+)?(?:сами\s+)?(?:это\s+)?(?:предлагать|предложить)\s+(?:это\s+)?не\s+(?:можем|имеем\s+права|должны)|"
    r"нам\s+(?:нельзя|запрещено)\s+(?:это\s+|такое\s+)?(?:предлагать|предложить))(?!\w)|"
    r"(?<!\w)(?:(?:только\s+)?это\s+не\s+от\s+меня|вы\s+(?:этого\s+)?(?:от\s+меня\s+)?не\s+слышали(?:\s+от\s+меня)?|"
    r"я\s+вам\s+(?:этого\s+|это\s+)?официально\s+не\s+говорил\w*|"
    # s46 (trainK48): said last, the source disowned («…повышают шанс легендарки. Только я вам этого не говорил.»)
    r"только\s+я\s+вам\s+(?:этого|это)\s+не\s+говорил\w*)(?=\s*[.!…🙂😉]|\s*$)|"
    r"(?<!\w)(?:не\s+говорите,?\s+(?:никому,?\s+)?(?:что\s+)?(?:это\s+)?(?:я\s+(?:вам\s+)?(?:сказал\w*|рассказал\w*)|"
    r"от\s+меня)|(?:строго\s+)?между\s+нами\s+говоря|только\s+между\s+нами)(?!\w)"
)
_SOURCE_HINTS = ("tell anyone", "tell anybody", "tell them", "tell people", "say", "mention",
                 "between you and me", "nu spune", "nu zice", "între noi", "intre noi",
                 "не говорите", "между нами",
                 # s31
                 "from me", "officially", "этого не говорил", "это не говорил", "oficial", "de la mine", "не от меня", "не слышали",
                 "официально не", "allowed to", "supposed to", "meant to", "permitted to", "nu avem voie",
                 "предлагать", "предложить")  # fmt: skip


# leak29 (heldK17): the public version set against the truth ("it isn't a system update as
# it says on the site. In fact, a virus locked our servers", „nu e din cauza unei
# «actualizări», cum scrie pe site. De fapt…", «На сайте написано про плановые работы, но на
# самом деле нас взломали»): what we chose not to announce. The truth marker opens its
# clause ("In fact, …", "but actually …"); "as the site says, it takes 3 days, and in fact
# yours came early" keeps it inside.
_PUBLIC = re.compile(
    r"(?i)\b(?:as|like|what)\s+(?:it\s+)?(?:says|said|we\s+(?:say|said|announced|posted))\s+(?:on|in)\s+"
    r"(?:the|our)\s+(?:site|website|status\s+page|app|announcement|notice|press\s+release)|"
    r"\bofficially\s+(?:it'?s|it\s+is|it\s+was|we\s+(?:say|said))\b|"
    r"\bcum\s+(?:scrie|spune|am\s+anun[țt]at|am\s+scris)\s+(?:pe|[îi]n)\s+(?:site|aplica[țt]ie|anun[țt]|comunicat)\w*|"
    r"\boficial\s+(?:e|este|a\s+fost|spunem)\b|"
    # leak140 (trainK54): what we wrote in quotes («Писали «технические работы», но на самом деле …»,
    # "we said 'maintenance', but actually …", „am scris «mentenanță», dar de fapt …")
    r"\bwe\s+(?:said|wrote|posted|put)\s+[\"'“‘]|\bam\s+(?:scris|spus|anun[țt]at)\s+[„«\"]|"
    r"(?<!\w)(?:писали|написали|объявили|сообщили)\s+[«\"„]|"
    r"(?<!\w)(?:на\s+сайте\s+(?:написано|сказано|указано|пишут)|официально\s+(?:это|мы\s+говорим|объявлено|"
    r"сообщили)|"
    # leak117 (heldK42): the line staff were told to give («Нам велели всем говорить, что задержка из-за
    # погоды, а на самом деле у борта техническая неисправность», "we've been told to tell everyone")
    r"(?:нам|нас)\s+(?:велели|сказали|попросили|приказали)\s+(?:всем\s+)?(?:говорить|отвечать))(?!\w)|"
    r"\bwe(?:'ve|\s+have)?\s+(?:been\s+)?(?:told|asked|instructed)\s+to\s+(?:tell|say\s+to)\s+(?:everyone|everybody|"
    r"(?:all\s+)?customers)\b|\bni\s+s-a\s+(?:spus|cerut)\s+s[ăa]\s+(?:le\s+)?(?:spunem|zicem)\s+(?:tuturor|clien[țt]ilor)\b"
)
_PUBLIC_HINTS = ("says on", "said on", "say on", "says in", "said in", "announced", "posted",
                 "officially", "cum scrie", "cum spune", "am anunțat", "am anuntat", "am scris",
                 "oficial", "на сайте", "официально", "велели", "сказали", "попросили", "приказали",
                 "told to tell", "asked to tell", "instructed to tell", "told to say", "ni s-a spus",
                 "ni s-a cerut", "we said", "we wrote", "we posted", "we put", "am scris", "am spus",
                 "писали", "объявили", "сообщили")  # fmt: skip
_TRUTH = re.compile(
    r"(?i)(?:^|[.!?;:—–]\s*|\b(?:but|dar|[îi]ns[ăa]|though)\s+|(?<!\w)(?:но|а)\s+)"
    r"(?:in\s+fact|actually|in\s+reality|the\s+truth\s+is|really|de\s+fapt|[îi]n\s+realitate|[îi]n\s+fapt|"
    r"adev[ăa]rul\s+e|на\s+самом\s+деле|в\s+действительности|по\s+факту)(?!\w)"
)


# what the truth is: an incident we did not announce (a hack, a virus, a breach, data lost,
# an outage's real cause), not better news than the site's ("we usually deliver in 2 days")
_INCIDENT = re.compile(
    r"(?i)\b(?:virus\w*|ransomware|malware|hack\w*|breach\w*|attack\w*|encrypt\w*|leak\w*|stolen|"
    r"compromis\w*|atac\w*|spart\w*|piratat\w*|cript\w*|furat\w*|scurger\w*|pierdut\w*)\b|"
    r"(?<!\w)(?:вирус\w*|взлом\w*|хакер\w*|атак\w*|зашифрова\w*|шифровальщик\w*|утечк\w*|украл\w*|"
    r"потерял\w*|слил\w*|неисправн\w*|поломк\w*|"
    # leak140 (trainK54): «на самом деле нас ддосили почти сутки»
    r"ддос\w*|дудос\w*)(?!\w)|\b(?:ddos\w*|denial[- ]of[- ]service)\b|\b(?:technical\s+fault|mechanical\s+fault|defec[tț]\w*|avari\w*)\b"
)


def _covered(text: str) -> Iterator[Leak]:
    def incident(m: re.Match[str]) -> tuple[int, int] | None:
        lo, hi = sentence_around(text, m.start(), m.end())
        after = sentence_around(text, hi + 1, hi + 1)[1] if hi < len(text) else hi
        truth = finder(_TRUTH).search(text, lo, after)
        if truth is None or not _INCIDENT.search(text, truth.end(), after):
            return None
        return m.start(), max(m.end(), truth.end())

    hints = present(text, _PUBLIC_HINTS)
    return first_found(_PUBLIC, text, hints, 40, incident, "internal-info", _MESSAGE)


def confided(text: str) -> Iterator[Leak]:
    """The first confiding marker beside an internal fact, else an ask not to be named as
    the source, else the public version set against an incident (R5)."""
    hints = present(text, _CONFIDING_HINTS)
    for m in hinted(_CONFIDING, text, hints, 30) if hints else ():
        span = _confided(text, m)
        if span is not None:
            yield Leak("internal-info", *span, _MESSAGE)
            return
    hints = present(text, _SOURCE_HINTS)
    source = list(first_accepted(_SOURCE, text, hints, 40, bool, "internal-info", _MESSAGE))
    yield from source or _covered(text)
