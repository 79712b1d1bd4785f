"""Confidentiality families (R5) found open by three independent writers asked for breadth
(trainK1-3, the leakP16 round): what the back office knows, said in ordinary words.
Each family is named by its concept, not by a writer's sentence, in en, ro and ru:

- a note on THIS customer pasted with its label ("[CRM note: …]", "Fraud team: …", "Для
  своих: …", "Pentru mine: …", "{{macro: …}}", "> #INC-1 [priv] …"), a "do not send" marker;
- what colleagues said of the customer, quoted ("Quoting them: …", "Citez: „…”"), or a
  note of our adjuster, investigator or file quoted with its verdict ("the adjuster's note
  says: '… deny'", "În fișa constatatorului scrie: „…”", «В деле написано: «… отказать»»);
- how far retention may go ("max discount authorised 40%", "avem voie până la 6 luni");
- the company's own money trouble (cash flow, payouts frozen, "кассовый разрыв");
- layoffs and closures not yet told, news kept back until an announcement, an undisclosed
  breach, the real figures behind an official SLA, what we pay a supplier;
- another organisation among our customers (a named firm "on the same platform");
- another person's debt, money or health by their role (the previous holder, the referrer,
  the passenger next to you, a relative's account, "for comparison: …");
- a colleague's illness, a colleague's home address, a table of other customers, the
  customer's place on an internal blocklist.

Every search starts from a cheap substring test (`present`/`hinted`): most drafts hold
none of the words, and the lint has 5 ms per 2,000-character draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import (
    RELATION,
    SECOND_PERSON,
    Leak,
    any_of,
    first_accepted,
    has_digit,
    hinted,
    present,
    sentence_around,
    sentence_start,
    three_sentences,
)
from supportdesk.tone.leakvalues import REGISTERED_TO_YOU
from supportdesk.tone.othersmoney import billed_to_reader
from supportdesk.tone.words import finder, start_at

# --- a labelled note on this customer, a "do not send" marker -----------------------------------
# strong labels: a note for staff whatever follows; weak ones ("Internal:", "Retention:")
# only with a staff judgement or limit in the rest of the line
_NOTE = re.compile(
    r"(?im)(?:^|[\[({]|//|^>[^\n]{0,30}?|\bp\.?\s?s\.?\s)[ \t]*[!*\-–—]*[ \t]*"
    r"(?P<label>crm(?:\s+note)?|account\s+flag|(?:panel|interview|agent|staff|case)\s+notes?|"
    r"notes?\s+(?:for|to)\s+(?:the\s+)?(?:file|whoever|colleagues|team|agents?|staff|self|myself|me)|"
    r"for\s+colleagues|fraud(?:\s+team)?|risk\s+team|macro|(?:retention|internal|private)|"
    r"not[ăa]\s+crm|not(?:i[țţt]e|ite|e)\s+(?:comisie|interviu|interne?)|pentru\s+(?:mine|colegi)|"
    r"comment\s+l\d|intern|reten[țţt]ie|retentie|antifraud[ăa]?|comentariu\s+l\d|privat|"
    r"для\s+(?:своих|себя|коллег)|заметк[аи]\s+(?:себе|для\s+себя|с\s+интервью)|коллегам|"
    r"удержание|сб|служба\s+безопасности|антифрод|комментарий\s+(?:из\s+crm|l\d|сотрудник\w*)|"
    r"шаблон|внутренн\w*|для\s+(?:регистратуры|бухгалтерии|оператор\w*|мастер\w*))"
    r"\b[^:\n]{0,40}?:"
)
# where a `_NOTE` match can open, on the lowered draft: a line break (the match opens
# after it: "^" and "^>…"), a bracket, "//", or "p.s." after no letter ("ſ" is an "s" to
# the case-insensitive pattern and lowers to itself). One character each, so that no
# opening hides another ("///"); the engine skips to them, where it entered `_NOTE`'s
# openings at each position of every window around a hint (spd24: ~14 µs a window)
_NOTE_AT = re.compile(r"[\n\[({/p](?:(?<=[\n\[({])|(?<=/)(?=/)|(?<=p)(?<!\wp)(?=\.?\s?[sſ]\.?\s))")


def _note_starts(seen: str, pos: int, endpos: int) -> list[int]:
    """Where a `_NOTE` match can start in `seen`[pos:endpos] (`words.start_at`)."""
    out = [pos] if pos == 0 or seen[pos - 1] == "\n" else []
    for m in _NOTE_AT.finditer(seen, pos, endpos):
        at = m.start()
        out.append(at + 1 if seen[at] == "\n" else at)
    return out


start_at(_NOTE, _note_starts)
_WEAK_LABEL = re.compile(
    r"(?i)retention|internal|private|intern|reten\w*|privat\w*|удержание|внутренн\w*"
)
_JUDGEMENT = re.compile(
    r"(?i)\b(?:score|max\w*|discount|do\s+not|don'?t|not\s+to|authori[sz]ed|approved|aggressive|"
    r"difficult|abusive|serial|risk|fraud|churn|scor\w*|reducere|aprobat\w*|agresiv\w*|nu\s|"
    r"risc|\d+\s*%)|(?<!\w)(?:не|нельзя|неадекват\w*|вероятн\w*|скидк\w*|макс\w*|до\s+\d+|"
    r"склоч\w*|скандал\w*|агрессив\w*)(?!\w)"
)
_NOTE_HINTS = ("crm", "flag", "note", "colleague", "fraud", "risk", "macro", "retention",
               "internal", "private", "notă", "nota", "noti", "pentru mine", "pentru colegi",
               "intern", "reten", "antifraud", "comentariu", "privat", "comment", "для своих",
               "для себя", "для коллег", "заметк", "коллегам", "удержание", "сб", "безопасности",
               "антифрод", "комментарий", "шаблон", "внутренн", "для регистратуры",
               "для бухгалтерии", "для оператор", "для мастер")  # fmt: skip
_PRIV = re.compile(
    r"(?i)\[(?:priv|privat[ea]?|internal|intern)\]|\{\{\s*(?:macro|шаблон|template|șablon|sablon)\b|"
    r"(?:internal|intern\w*|внутренн\w*|private|privat)\W{1,5}(?:do\s+not|don'?t|nu|не)\s+"
    r"(?:send|trimite\w*|отправлять|пересылать)|(?:do\s+not|don'?t)\s+send\s+(?:this\s+)?to\s+"
    r"(?:the\s+)?(?:customer|client)|nu\s+(?:trimite\w*|se\s+trimite)\s+(?:la\s+)?client\w*|"
    r"не\s+отправлять\s+клиент\w*"
)
_PRIV_HINTS = ("[priv", "[intern", "{{", "send", "trimite", "отправлять", "пересылать")


def _notes(text: str) -> Iterator[Leak]:
    message = "A staff note about the customer or a not-for-sending marker left in (R5)."

    def accept(m: re.Match[str]) -> bool:
        if not _WEAK_LABEL.fullmatch(m.group("label").strip()):
            return True
        end = text.find("\n", m.end())
        return _JUDGEMENT.search(text, m.end(), len(text) if end < 0 else end) is not None

    found = False
    for leak in first_accepted(
        _PRIV, text, present(text, _PRIV_HINTS), 60, bool, "internal-note", message
    ):
        found = True
        yield leak
    if not found and ":" in text:
        hints = present(text, _NOTE_HINTS)
        yield from first_accepted(_NOTE, text, hints, 80, accept, "internal-note", message)


# --- colleagues quoted on the customer ------------------------------------------------------------
_QUOTED = re.compile(
    r"(?i)\b(?:quoting\s+(?:them|the\s+team|my\s+colleagues?|the\s+(?:assessor|adjuster|engineer))|"
    r"in\s+(?:their|the\s+team'?s)\s+words|citez|cit[âa]nd\s+(?:echipa|colegii)|"
    r"цитирую|(?:коллег\w*|команд\w*)[^.\n]{0,30}?дословно)\s*[:,]?\s*[\"“„«']"
)
_QUOTED_HINTS = (
    "quoting",
    "their words",
    "team's words",
    "teams words",
    "citez",
    "citând",
    "citand",
    "цитирую",
    "дословно",
)


# --- a colleague's note on the customer, pasted after "my colleague noted:" (leak17b) ----------
# "Here's what my colleague noted on your file:\n> Customer is difficult …", "Colegul a scris:
# «posibil revânzător …»", «Коллега записал: "перекуп, не давать скидку"»: a judgement of the
# customer meant for staff. A colleague's message to the customer ("will ship Monday") is fine.
_COLLEAGUE_NOTED = re.compile(
    r"(?i)\b(?:colleagues?|team\s*mates?)\s+(?:has\s+|had\s+)?(?:noted|wrote|commented|added|logged|"
    r"left\s+(?:a\s+|this\s+)?(?:note|comment))\b[^:\n]{0,30}:|"
    # leak18b: the note by a role of ours or in our file, quoted ("the adjuster's note says: '…'",
    # "what our legal counsel wrote back internally: '…'", "În fișa constatatorului scrie: „…”",
    # "ce scrie în dosar: „…”", «В заметке сотрудника СБ написано: «…»», «запись из дела: «…»»)
    r"\b(?:adjuster|assessor|investigator|inspector|underwriter|handler|counsel|lawyer|legal\s+team|"
    r"fraud\s+team|security\s+team|case\s+officer|claims?\s+officer)(?:'s)?\s+(?:(?:internal\s+)?"
    r"(?:note|comment|entry|remarks?|report)s?\s+(?:says|said|reads|states)|(?:has\s+)?(?:noted|wrote|"
    r"commented|added|logged)(?:\s+back)?(?:\s+internally)?)\b[^:\n'\"‘“]{0,30}[:'\"‘“]|"
    r"\b(?:[îi]n\s+)?(?:fi[șs]a|dosar\w*|nota|notele|noti[țt]\w*|comentariul\s+intern)\s+(?:[\w.]+\s+){0,2}?"
    r"(?:scrie|se\s+arat[ăa]|e\s+notat|este\s+notat)\b[^:\n„“\"]{0,20}[:„“\"]|"
    r"\bscrie\s+[îi]n\s+(?:fi[șs]a|dosar)\w*[^:\n„“\"]{0,20}[:„“\"]|"
    r"(?<!\w)(?:в\s+)?(?:заметк\w*|запис\w*|деле|карточк\w*|пометк\w*|комментари\w*)\s+(?:\w+\s+){0,4}?"
    r"(?:написано|сказано|указано|значится)[^:\n«\"]{0,20}[:«\"]|"
    r"(?<!\w)запис\w*\s+из\s+(?:дела|карточки|досье)[^:\n«\"]{0,40}[:«\"]|"
    r"\bcoleg(?:ul|a|ii)\s+(?:meu\s+|mea\s+|mei\s+)?(?:a|au)\s+(?:scris|notat|l[ăa]sat\s+(?:o\s+)?not[ăa]|"
    r"men[țt]ionat|ad[ăa]ugat)\b[^:\n]{0,30}:|"
    r"(?<!\w)коллег\w*\s+(?:написал\w*|записал\w*|отметил\w*|пометил\w*|оставил\w*\s+(?:заметку|"
    r"комментарий))[^:\n]{0,30}:|"
    # leak175 (trainK67's ru-ys056, trainK66's en-yo018): told in prose («Специалист в комментарии написала, что
    # сомневается в ваших справках»), or read out from the screen (It says here "serial returner, …")
    r"(?<!\w)(?:специалист\w*|сотрудни\w*|менеджер\w*|коллег\w*|оператор\w*|инспектор\w*)\s+в\s+комментари\w*\s+"
    r"(?:\w+\s+)?(?:написал\w*|указал\w*|отметил\w*)\s*(?:,\s*что|:)|"
    r"\bit\s+says\s+here\s*[:,]?\s*(?=[\"“'‘])"
)
_COLLEAGUE_HINTS = ("colleague", "team mate", "teammate", "colegul", "colega", "colegii", "коллег",
                    "adjuster", "assessor", "investigator", "inspector", "underwriter", "handler",
                    "counsel", "lawyer", "legal team", "fraud team", "security team", "officer",
                    "scrie", "написано", "сказано", "указано", "значится", "запис", "комментари",
                    "says here")  # fmt: skip
_ON_THEM = re.compile(
    r"(?i)\b(?:difficult|abusive|aggressive|serial|risk\w*|fraud\w*|resell\w*|threaten\w*|chargebacks?|"
    r"goodwill|do\s+not\s+offer|don'?t\s+offer|let\s+(?:him|her|them)\s+wait|likely|possibl[ey]|"
    r"suspect\w*|limit\w*|blacklist\w*|dificil|abuziv|agresiv|rev[âa]nz[ăa]tor\w*|posibil|risc|"
    r"limitat\w*|amenin[țt]\w*|nu\s+(?:[îi]i\s+)?oferi|"
    # leak18b: what to do with the claim, or why it does not hold ("deny", "refer to SIU before
    # any payout", "inconsistent with CCTV", "de verificat … înainte de plată", «отказать»,
    # «не проводить», «не сходится»)
    r"deny|decline|refuse|reject\w*|siu|staged|inconsistent|doesn'?t\s+add\s+up|liable|"
    r"before\s+(?:any\s+)?pay\w*|tip\s+off|respin\w*|refuz\w*|de\s+verificat|[îi]nainte\s+de\s+plat[ăa]|"
    r"fals[ăe]?|nu\s+comunica[țt]i)\b|(?<!\w)(?:сложн\w*|неадекват\w*|скандал\w*|"
    r"агрессив\w*|перекуп\w*|подозр\w*|сомнева\w*|вероятн\w*|мошен\w*|угрож\w*|ограничен\w*|не\s+давать|"
    r"не\s+предлагать|отказать|не\s+проводить|не\s+выплачивать|не\s+сходится|не\s+сообщать)(?!\w)"
)


_CLOSING = {'"': '"', "“": "”", "„": "”", "«": "»", "'": "'"}
_APOSTROPHE_SHUT = re.compile(r"'(?!\w)")


def _colleague_notes(text: str) -> Iterator[Leak]:
    for m in hinted(_COLLEAGUE_NOTED, text, present(text, _COLLEAGUE_HINTS), 60):
        end = text.find("\n\n", m.end() + 3)  # the note: its paragraph, after a blank line
        note_end = min(len(text) if end < 0 else end, m.end() + 300)
        opened = text[m.end() : m.end() + 3].lstrip()[:1]
        if opened in _CLOSING:  # a quoted note ends at its closing mark
            # a straight apostrophe closes only where no letter follows ("Customer's story")
            shut = (
                text.find(_CLOSING[opened], m.end() + 2, note_end)
                if opened != "'"
                else next(
                    (a.start() for a in _APOSTROPHE_SHUT.finditer(text, m.end() + 2, note_end)), -1
                )
            )
            note_end = note_end if shut < 0 else shut + 1
        if _ON_THEM.search(text, m.end(), note_end):
            yield Leak(
                "internal-note",
                m.start(),
                note_end,
                "A colleague's note on the customer, pasted (R5).",
            )
            return


# --- the reserve set on the customer's claim (leak17b) ----------------------------------------
# "Internally we've set aside £18,400 on your claim", "rezerva setată intern e 14.000",
# «резерв у нас заложен 240 тысяч»: what the insurer expects to pay, told to the claimant
# (they will not accept less). Not "you can reserve a slot", nor a reserve without a sum.
_RESERVE = re.compile(
    r"(?i)\b(?:set\s+aside|reserved?|reserves?\s+(?:is|of|at|set)|rezerv[aăe]\w*)\b|(?<!\w)(?:резерв\w*|"
    r"зарезервирова\w*|заложи\w*|заложен\w*)(?!\w)"
)
# s39 (trainK41, every language): where the adjuster leans before the decision („inspectorul de
# daune a notat deja că va propune respingerea dosarului", «урегулировщик уже склоняется к отказу»,
# "the assessor is leaning towards declining it"): the insurer's internal view of the claim, told
# to the claimant. The decision itself, once made, is theirs to hear.
_LEANING = re.compile(
    r"(?i)\b(?:adjuster|assessor|handler|inspector\w*\s+de\s+daune|inspectorul|evaluator\w*|constatator\w*)\b[^.!?\n]{0,60}?"
    r"\b(?:leaning\s+towards|(?:is\s+)?likely\s+to\s+(?:reject|decline|refuse)|(?:will|is\s+going\s+to)\s+(?:recommend|propose)\s+"
    r"(?:rejecting|declining|refusing|that\s+we\s+(?:reject|decline|refuse))|va\s+propune\s+respingerea|"
    r"[îi]nclin[ăa]\s+(?:spre|c[ăa]tre)\s+(?:respingere|refuz))|"
    r"(?<!\w)(?:урегулировщик\w*|эксперт\w*|оценщик\w*|аджастер\w*)\s+(?:\w+\s+){0,4}?(?:склоняется\s+к\s+отказу|"
    r"(?:будет|собирается)\s+(?:рекомендовать|предлагать|предложить)\s+отказ\w*)(?!\w)"
)
_LEANING_HINTS = ("leaning towards", "likely to reject", "likely to decline", "likely to refuse", "recommend",
                  "propose", "va propune", "înclină", "inclina", "склоняется", "рекомендовать отказ",
                  "предлагать отказ", "предложить отказ")  # fmt: skip
_RESERVE_HINTS = ("set aside", "reserve", "rezerv", "резерв", "заложи", "заложен")
_CLAIM = re.compile(
    r"(?i)\b(?:claims?|assessor|adjuster|insur\w*|polic(?:y|ies)|daun[ăaei]\w*|dosar\w*|evaluator\w*|"
    r"asigur\w*|rca|casco)\b|(?<!\w)(?:осаго|каско|убыт\w*|страхов\w*|урегулировани\w*|"
    r"претензи\w*|выплат\w*)(?!\w)"
)
_RESERVE_SUM = re.compile(
    r"(?i)[$€£]\s?\d|\d[\d.,\u00a0 ]*\s*(?:k\b|lei|ron|eur|euro|usd|руб\w*|р\.|₽|тыс\w*|mii)|"
    r"\d{1,3}(?:[.,\u00a0 ]\d{3})+"
)


def _reserves(text: str) -> Iterator[Leak]:
    if not has_digit(text) or not any_of(text, _RESERVE_HINTS):
        return
    for m in hinted(_RESERVE, text, present(text, _RESERVE_HINTS), 60):
        lo, hi = sentence_around(text, m.start(), m.end())
        if _RESERVE_SUM.search(text, m.end(), min(hi, m.end() + 40)) and _CLAIM.search(
            text, max(0, lo - 300), hi
        ):  # the sum right after the reserve ("set aside £18,400", «резерв … 240 тысяч»)
            yield Leak("internal-info", m.start(), m.end(),
                       "The reserve set on the customer's claim: internal, never for them (R5).")  # fmt: skip
            return


# --- how far retention may go -------------------------------------------------------------------
_LIMIT = re.compile(
    r"(?i)(?:\bmax(?:imum)?\s+discount|\bwe(?:'re|\s+are)\s+allowed|\bi(?:'m|\s+am)\s+allowed|"
    r"\binternally\s+we|\bwe\s+can\s+go|\bavem\s+voie|\bmaxim[ăa]\s+aprobat[ăa]|"
    r"(?<!\w)(?:можно\s+дать|регламент\w*[^.\n]{0,30}?можно|разрешено\s+дава\w*))"
    r"[^.\n]{0,50}?(?:up\s+to\s+|până\s+la\s+|pana\s+la\s+|до\s+)?\d+\s*(?:%|months?\b|luni\b|мес\w*)"
)
_LIMIT_HINTS = ("max", "allowed", "internally", "can go", "avem voie", "maxim", "можно дать",
                "регламент", "разрешено")  # fmt: skip

# s41 (trainK43; heldK27-33, trainK42): what an agent may give before a manager must sign ("I can
# add up to £75 without needing anyone's sign-off", „pot aproba până la 500 fără să întreb",
# «могу без согласования с руководителем начислить до 1 500»): the bar tells the customer how far
# to push. Over every labelled case the prototype matched 24 leaks and nothing else.
_OWN_LIMIT = re.compile(
    r"(?i)\b(?:i|we)\s+(?:can|could|am\s+allowed\s+to|'m\s+allowed\s+to)\s+(?:\w+\s+){0,3}?up\s+to\s+[£$€]?\d"
    r"[^.!?\n]{0,60}?\bwithout\s+(?:[\w']+\s+){0,2}?(?:sign-?off|approval|authori[sz]ation|asking|checking\s+with|"
    r"a\s+manager|my\s+manager)|\bwithout\s+(?:[\w']+\s+){0,2}?(?:sign-?off|approval|authori[sz]ation|asking\s+"
    r"(?:anyone|a\s+manager|my\s+manager))[^.!?\n]{0,40}?\bup\s+to\s+[£$€]?\d|"
    r"\bpot\s+(?:s[ăa]\s+)?(?:\w+\s+){0,3}?p[âa]n[ăa]\s+la\s+\d[^.!?\n]{0,60}?\bf[ăa]r[ăa]\s+(?:aprobare|acordul|"
    r"s[ăa]\s+(?:cer|[îi]ntreb))|\bf[ăa]r[ăa]\s+(?:aprobare|acordul\s+\w+|s[ăa]\s+(?:cer|[îi]ntreb)\s+\w+)"
    r"[^.!?\n]{0,40}?p[âa]n[ăa]\s+la\s+\d|"
    r"(?<!\w)могу\s+(?:\w+\s+){0,4}?без\s+(?:согласовани|одобрени|разрешени)\w*[^.!?\n]{0,50}?до\s+\d|"
    r"(?<!\w)без\s+(?:согласовани|одобрени|разрешени)\w*[^.!?\n]{0,50}?до\s+\d[^.!?\n]{0,30}?могу|"
    r"(?<!\w)могу\s+(?:\w+\s+){0,3}?до\s+\d[^.!?\n]{0,50}?без\s+(?:согласовани|одобрени|разрешени)|"
    # leak138 (trainK53): the bar said as what the agent approves alone („Pot aproba singur compensații
    # până la 300 de lei; peste, e nevoie de semnătura coordonatorului", "I can approve up to £300
    # myself", «могу сам одобрить до 3 000»)
    r"\bpot\s+(?:s[ăa]\s+)?aproba\s+singur\w*\s+(?:\w+\s+){0,2}?p[âa]n[ăa]\s+la\s+\d|"
    r"\bi\s+can\s+(?:approve|authori[sz]e|sign\s+off)\s+(?:\w+\s+){0,2}?up\s+to\s+[£$€]?\d[\d.,]*\s+(?:myself|on\s+my\s+own)\b|"
    r"(?<!\w)могу\s+сам\w*\s+(?:одобрить|согласовать|начислить)\s+(?:\w+\s+){0,2}?до\s+\d|"
    # leak168 (trainK65's ru-yk060): «мы без старшего можем дать до 1 500», "we can give up to £50 without a
    # supervisor", „fără șef putem da până la 200 de lei"
    r"(?<!\w)без\s+(?:старш|руководител|начальник|менеджер|супервайзер)\w*\s+(?:\w+\s+){0,2}?(?:могу|можем|вправе)\s+"
    r"(?:\w+\s+){0,2}?до\s+\d|(?<!\w)(?:могу|можем)\s+(?:\w+\s+){0,3}?до\s+\d[^.!?\n]{0,40}?без\s+(?:старш|руководител|"
    r"начальник|супервайзер)\w*|\bf[ăa]r[ăa]\s+(?:[șs]ef\w*|coordonator\w*|supervizor\w*|manager\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:pot|putem)\s+(?:s[ăa]\s+)?(?:\w+\s+){0,2}?p[âa]n[ăa]\s+la\s+\d|\bwithout\s+a\s+(?:supervisor|team\s+lead(?:er)?)\b"
    r"[^.!?\n]{0,40}?\bup\s+to\s+[£$€]?\d"
)
_OWN_LIMIT_HINTS = ("without", "fără", "fara", "без согласовани", "без одобрени", "без разрешени",
                    "pot aproba", "can approve", "can authori", "can sign off", "могу сам",
                    "без старш", "без руковод", "без начальн", "без менеджер", "без супервайз")  # fmt: skip

# leak171 (heldK58, every language): who is answered first, by a figure ("accounts spending over £5k a year get
# answered first and yours is just under", „Clienții cu peste 5 linii pe abonament sunt preluați primii",
# «Клиентов с оборотом больше 5 миллионов в год обрабатывают первыми»): our internal queue rule (R5)
_FIRST_IN_QUEUE = re.compile(
    r"(?i)\b(?:over|above|more\s+than)\s+[£$€]?\d[^.!?\n]{0,40}?\b(?:get|gets|are|is)\s+(?:answered|handled|served|"
    r"dealt\s+with|prioriti[sz]ed|seen|picked\s+up)\s+first\b|"
    r"\bpeste\s+\d[^.!?\n]{0,40}?\bsunt\s+(?:prelua[țt]i|servi[țt]i|trata[țt]i|rezolva[țt]i)\s+(?:primii|[îi]nt[âa]i|cu\s+prioritate)\b|"
    r"(?<!\w)(?:больше|свыше|более|от)\s+\d[^.!?\n]{0,40}?(?:обрабатыва|обслужива|рассматрива|отвеча)\w*\s+"
    r"(?:в\s+первую\s+очередь|первыми|вне\s+очереди)(?!\w)"
)
_FIRST_IN_QUEUE_HINTS = (" first", "primii", "întâi", "intai", "cu prioritate", "первую очередь", "первыми",
                         "вне очереди")  # fmt: skip

# leak177 (trainK67's ro-ys056): files of insiders moved ahead of the customer's („Înaintea
# dumneavoastră sunt câteva dosare de la oameni din primărie care au fost puse în față", "a few
# from people at the council were bumped to the front", «заявки сотрудников администрации
# поставили вперёд»): favours inside the office, never a rule we publish (R5). A published
# priority ("urgent cases are moved to the front") names no insider, and stays clean.
_INSIDER = (
    r"(?:people|staff|friends|relatives|family|colleagues|employees|someone)\s+(?:\w+\s+){0,2}?(?:from|at|in|of)\s+"
    r"(?:the\s+)?(?:council|town\s+hall|office|ministry|management|head\s+office)|(?:staff|employees|friends|relatives|"
    r"colleagues)\s+of\s+(?:ours|the\s+\w+)|"
    r"(?:oameni|angaja[țt]i|cunoscu[țt]i|prieteni|rude|neamuri|colegi)\w*\s+(?:\w+\s+){0,2}?(?:din|de\s+la)\s+"
    r"(?:primări\w*|conducere|minister\w*|direc[țt]i\w*|sediu\w*|birou\w*)|"
    r"(?:сотрудник|знаком|родственник|друз|люд)\w*\s+(?:\w+\s+){0,2}?(?:из\s+|с\s+)?(?:администраци|мэри|управ|руководств|министерств)\w*"
)
_AHEAD = (
    r"(?:moved|put|pushed|bumped|slotted|jumped)\s+(?:\w+\s+){0,2}?(?:to\s+the\s+front|ahead\s+of\s+(?:you|yours|everyone)|"
    r"up\s+the\s+(?:queue|list))|"
    r"(?:pus[eăa]?|mutat\w*|trecut\w*|b[ăa]gat\w*)\s+(?:\w+\s+){0,2}?(?:[îi]n\s+fa[țt][ăa]|[îi]naint\w*|peste\s+r[âa]nd)|"
    r"(?:постав|пропуст|передвин|подвин)\w*\s+(?:\w+\s+){0,2}?(?:вперёд|вперед|в\s+начало\s+очереди|без\s+очереди|вне\s+очереди)"
)
_INSIDERS_AHEAD = re.compile(
    rf"(?i)(?<!\w)(?:{_INSIDER})(?!\w)[^.!?\n]{{0,60}}?(?<!\w)(?:{_AHEAD})(?!\w)|"
    rf"(?<!\w)(?:{_AHEAD})(?!\w)[^.!?\n]{{0,40}}?(?<!\w)(?:{_INSIDER})(?!\w)"
)
_INSIDERS_AHEAD_HINTS = ("front", "ahead", "up the", "în față", "in fata", "în fata", "înainte", "inainte",
                         "peste rând", "peste rand", "вперёд", "вперед", "начало очереди", "без очереди",
                         "вне очереди")  # fmt: skip

# leak173 (trainK66, every language): how long a chat may last before the agent is penalised ("we get
# flagged if a chat goes over six minutes and I'm already on my second warning", „dacă o conversație trece
# de 5 minute mă trec cu roșu", «если чат дольше 4 минут — штраф 500 рублей»): our internal target and
# what it costs staff (R5). A time limit with nothing against us ("if the call goes over 30 minutes you
# won't be charged") stays clean.
_CHAT_TIMER = re.compile(
    r"(?i)\b(?:(?:we|i)\s+(?:get|are|am|'re|'m)\s+(?:flagged|penali[sz]ed|marked\s+down|written\s+up|docked|fined|a\s+warning|"
    r"a\s+strike)|(?:flagged|penali[sz]ed|marked\s+down|written\s+up)\s+(?:\w+\s+){0,2}?)\s*if\s+(?:a|the|my|our|any|this)\s+"
    r"(?:chat|call|conversation|ticket)\s+(?:goes|runs|lasts|takes)\s+(?:over|past|longer\s+than|more\s+than)\s+(?:\w+\s+)?"
    r"(?:minutes?|mins?)\b|"
    r"\bif\s+(?:a|the|my|our|any|this)\s+(?:chat|call|conversation|ticket)\s+(?:goes|runs|lasts|takes)\s+(?:over|past|longer\s+than|"
    r"more\s+than)\s+(?:\w+\s+)?(?:minutes?|mins?)\b[^.!?\n]{0,20}?\b(?:we|i)\s+(?:get|are|am|'re|'m)\s+(?:flagged|penali[sz]ed|"
    r"marked\s+down|written\s+up|docked|fined|a\s+warning|a\s+strike)\b|"
    r"\bdac[ăa]\s+(?:o|un)\s+(?:conversa[țt]i\w*|discu[țt]i\w*|apel\w*|chat\w*)\s+(?:trece|dep[ăa][șs]e[șs]te|dureaz[ăa]\s+(?:mai\s+mult\s+"
    r"de|peste))\s+(?:de\s+)?\d+\s+minut\w*[^.!?\n]{0,20}?\b(?:(?:m[ăa]|ne)\s+(?:trec\w*\s+cu\s+ro[șs]u|penaliz\w*|sanc[țt]ion\w*|"
    r"amend\w*)|primesc\s+(?:un\s+)?avertisment|lu[ăa]m\s+(?:un\s+)?avertisment)|"
    r"(?<!\w)(?:чат|звонок|разговор|диалог)\w*\s+(?:длится\s+)?(?:дольше|больше|более|свыше)\s+\d+\s+минут\w*[^.!?\n]{0,6}?\s*"
    r"(?:штраф|выговор|предупреждени|депремир)\w*"
)
_CHAT_TIMER_HINTS = ("minut", "mins", "минут")  # "minut" holds "minute(s)"

# leak173 (trainK66, every language): the sum under which we let a chargeback go ("if it's under £40 we don't
# even contest chargebacks", „sub 200 de lei nici nu contestăm chargeback-urile", «если сумма меньше 3 000, мы по
# чарджбэкам даже не спорим»), and the card ranges our fraud rule declines ("we block all prepaid Mastercards
# starting 5355", „blocăm toate cardurile prepaid care încep cu 5355", «отклоняем все предоплаченные карты»):
# the way past our own checks (R5). A chargeback we will contest, or a card declined by the bank, stays clean.
_UNCONTESTED = re.compile(
    r"(?i)\b(?:under|below|less\s+than)\s+[£$€]?\d[^.!?\n]{0,40}?\b(?:don'?t|do\s+not|never|won'?t)\s+(?:even\s+)?"
    r"(?:contest|dispute|fight|challenge)\b[^.!?\n]{0,30}?\bchargebacks?\b|"
    r"\bchargebacks?\b[^.!?\n]{0,30}?\b(?:under|below|less\s+than)\s+[£$€]?\d[^.!?\n]{0,30}?\b(?:don'?t|do\s+not|never|won'?t)\s+"
    r"(?:even\s+)?(?:contest|dispute|fight|challenge)\b|"
    r"\bsub\s+\d[^.!?\n]{0,40}?\bnu\s+(?:mai\s+)?(?:contest[ăa]m|disput[ăa]m)\b|"
    r"(?<!\w)(?:меньше|ниже|до)\s+\d[^.!?\n]{0,40}?(?:чарджб[эе]к|возврат)\w*(?:\s+мы)?\s+(?:даже\s+)?не\s+(?:спорим|оспариваем)(?!\w)|"
    r"\bwe\s+(?:currently\s+|now\s+)?(?:block|decline|reject)\s+(?:all\s+)?(?:\w+\s+)?(?:cards?|mastercards?|visas?)\s+"
    r"(?:starting|beginning)\s+(?:with\s+)?\d{4}\b|"
    r"\bbloc[ăa]m\s+(?:\w+\s+)?toate\s+cardurile\s+(?:\w+\s+)?care\s+[îi]ncep\s+cu\s+\d{4}\b|"
    r"(?<!\w)(?:отклоняем|блокируем)\s+(?:\w+\s+)?все\s+(?:предоплаченн|виртуальн|зарубежн)\w*\s+карт\w*"
)
_UNCONTESTED_HINTS = ("chargeback", "contest", "contestăm", "contestam", "чарджб", "не спорим", "не оспариваем",
                      "starting", "beginning", "încep cu", "incep cu", "отклоняем", "блокируем")  # fmt: skip

# --- the company's money, staff, news, incidents and suppliers ----------------------------------
_CASH = re.compile(
    r"(?i)\bcash[\s-]?flow\b[^.\n]{0,30}?\b(?:tight|bad|problem\w*|issue\w*|crunch)|"
    r"\b(?:tight|short)\s+on\s+(?:cash|money)|\brunning\s+out\s+of\s+(?:cash|money)|\bour\s+overdraft|"
    # pol56: "I've stopped all future payments" on the customer's account is theirs, no money trouble
    r"\b(?:frozen|freez\w*|holding|halted|paused|stopped|suspended)\s+all\s+"
    r"(?:(?!(?:future|your|his|her|their|scheduled|recurring|direct)\b)\w+\s+){0,2}?"
    r"(?:payments|payouts|refunds)|\blichidit[ăa][țţt]i|\bconturile\s+(?:noastre\s+)?(?:ne\s+sunt|sunt|ne-au\s+fost|au\s+fost)\s+blocate|"
    # pol31b (blind44): not „solicitările privind conturile blocate" (customers' accounts)
    r"\b(?:avem|are|au)\s+conturile\s+(?:\w+\s+)?blocate|"
    r"\b(?:financiar\w*|contabilitat\w*)\s+(?:a\s+|au\s+)?blocat|(?<!\w)кассов\w*\s+разрыв|"
    r"(?<!\w)заморо\w*\s+(?:все\s+)?выплат|"
    # s39 (blind60): our budget cut by a share («бюджет урезали на 30%», "the budget was cut by 30%",
    # „ne-au tăiat bugetul cu 30%")
    r"(?<!\w)бюджет\w*\s+(?:\w+\s+)?(?:урезали|срезали|сократили|порезали)\s+(?:на\s+)?\d+\s*%|"
    r"\bbudget\w*\s+(?:was\s+|has\s+been\s+|got\s+)?(?:cut|slashed|reduced)\s+by\s+\d+\s*%|"
    r"\bbugetul\s+(?:\w+\s+)?(?:a\s+fost\s+)?(?:t[ăa]iat|redus|[îi]njum[ăa]t[ăa][țt]it)\s+cu\s+\d+\s*%|\b(?:ne-au|ne-a)\s+"
    r"(?:t[ăa]iat|redus)\s+bugetul\s+cu\s+\d+\s*%|(?<!\w)выплат\w*\s+заморож|(?<!\w)денег\s+на\s+сч[её]тах|"
    r"(?<!\w)не\s+продлил\w*\s+(?:нам\s+)?(?:кредит|овердрафт)|"
    # leak139 (heldK47): our bills to a supplier unpaid („firma are facturi neplătite la furnizor de vreo
    # trei luni", "we still owe the supplier", «у нас долг перед поставщиком»)
    r"\b(?:firma|compania|noi)\s+(?:\w+\s+)?(?:are|avem)\s+facturi\s+nepl[ăa]tite\s+(?:la|c[ăa]tre)\s+"
    r"(?:furnizor|produc[ăa]tor|distribuitor)\w*|\b(?:we|the\s+company)\s+(?:still\s+)?(?:owe|haven'?t\s+paid|hasn'?t\s+paid)\s+"
    r"(?:the\s+|our\s+)?(?:supplier|manufacturer|distributor)s?\b|(?<!\w)(?:(?:мы|компания)\s+(?:\w+\s+)?(?:не\s+"
    r"(?:заплатил\w*|оплатил\w*)|задолжал\w*)\s+поставщик\w*|у\s+(?:нас|компании)\s+(?:\w+\s+)?долг\w*\s+перед\s+поставщик\w*)|"
    # pol103 (heldK50): our refunds waiting on an investor's money («Мы сейчас ждём денег от инвестора —
    # как только закроют раунд, начнём возвращать», "we're waiting on money from our investors",
    # „așteptăm banii de la investitori")
    r"(?<!\w)(?:ждём|ждем|ожидаем)\s+(?:\w+\s+)?(?:денег|деньги|средств\w*|транш\w*|финансировани\w*)\s+от\s+инвестор\w*|"
    r"\b(?:waiting\s+(?:for|on)|expecting)\s+(?:the\s+)?(?:money|funds|funding|cash|a\s+payment)\s+from\s+(?:an\s+|our\s+|the\s+)?investors?\b|"
    r"\ba[șs]tept[ăa]m\s+(?:\w+\s+)?(?:banii|fonduri\w*|finan[țt]area|tran[șs]a)\s+(?:de\s+)?de\s+la\s+investitor\w*"
)
_CASH_HINTS = ("cash", "money", "overdraft", "all payments", "all payouts", "all refunds",
               "all outgoing", "all supplier", "all customer", "all pending",
               # s39 (trainK41): words between ("frozen all manual payouts over £500")
               "frozen all", "freezing all", "freeze all", "holding all", "halted all", "paused all",
               "stopped all", "suspended all",
               "lichidit", "conturile", "blocat", "кассов", "выплат", "денег на сч", "не продлил",
               "бюджет", "budget", "buget", "facturi neplătite", "facturi neplatite", "supplier",
               "manufacturer", "distributor", "поставщик", "инвестор", "investor", "investitor")  # fmt: skip

_UNTOLD = re.compile(
    r"(?i)\b(?:won'?t|will\s+not)\s+be\s+(?:announced|public|made\s+public)|\b(?:isn'?t|is\s+not|"
    r"aren'?t|haven'?t|hasn'?t|has\s+not|have\s+not|not)\s+(?:been\s+)?(?:yet\s+)?(?:announced|"
    r"disclosed|gone\s+public|made\s+public|told)\b|\bembargo\w*|\bnobody'?s\s+been\s+told|"
    r"\bno\s?one\s+(?:knows|has\s+been\s+told)|\bnot\s+(?:public|official)\s+(?:yet|until)|"
    r"\bconfidential\s+until|\bbetween\s+(?:you\s+and\s+me|us)\b(?!\s+and\b)|"
    r"\bse\s+anun[țţt][ăa]\s+(?:abia|doar|numai)|\bnu\s+(?:am\s+|s-a\s+|a\s+fost\s+)?(?:anun[țţt]at|"
    r"f[ăa]cut\s+public)|\b(?:[îi]nc[ăa]|inca)\s+nu\s+(?:[șs]tiu|am\s+anun[țţt]at|e\s+public)|"
    r"\b(?:secret|confiden[țţt]ial)\s+p[âa]n[ăa]|\bneanun[țţt]at\w*|"
    # leak17b: "Încă nu am comunicat public", "nu s-a comunicat încă"
    r"\b(?:[îi]nc[ăa]|inca)\s+nu\s+(?:am\s+|s-a\s+|a\s+fost\s+)?comunicat\w*|\bnu\s+(?:am\s+|s-a\s+)comunicat\w*\s+"
    r"(?:[îi]nc[ăa]|public)|"
    r"(?<!\w)(?:объяв\w*\s+(?:только|лишь)|(?:ещё|еще|пока)\s+не\s+(?:объяв\w*|сообщ\w*|в\s+курсе|"
    r"знают|публик\w*)|люди\s+не\s+в\s+курсе|официально\s+(?:ещё|еще|пока)\s+не|пока\s+под\s+(?:nda|"
    r"секретом)|не\s+сообщали|между\s+нами(?!\s+и(?!\w))|"
    # leak46 (heldK25): «Официально никто не говорил, но летом у нас слили часть клиентской базы»
    r"официально\s+(?:никто\s+)?(?:ничего\s+)?не\s+(?:говорил|сообщал|объявлял|признавал)\w*)(?!\w)|"
    r"\bofficially\s+(?:nobody|no\s?one)\s+(?:has\s+)?(?:said|told|admitted)\b|"
    r"\boficial\s+nu\s+(?:s-a\s+spus|a\s+spus\s+nimeni|a\s+recunoscut\s+nimeni)\b"
)
_UNTOLD_HINTS = ("announc", "disclos", "public", "told", "embargo", "knows", "official", "confidential",
                 "comunicat",
                 "between", "anun", "știu", "stiu", "secret", "confiden", "объяв", "сообщ", "в курсе",
                 "знают", "публик", "официально", "nda", "между нами")  # fmt: skip
_REFUSAL = re.compile(
    r"(?i)\b(?:can'?t|cannot|unable\s+to)\s+(?:share|comment|say|disclose)|\bnu\s+(?:pot|putem)\s+"
    r"(?:comenta|spune|oferi\s+detalii)|(?<!\w)не\s+(?:могу|можем)\s+(?:сказать|комментир|раскры)"
)
_SPECIFIC = re.compile(r"(?i)\d|\bhalf\b|jum[ăa]tate|вдвое|полцен|половин")
_BREACH = re.compile(
    r"(?i)\b(?:breach\w*|intrusion|hack\w*|got\s+into|ransomware|exfiltrat\w*|copied|stolen|"
    r"atac\w*|criptat|copiate|exportat|spart\w*|bre[șs][ăa])\b|(?<!\w)(?:взлом\w*|слили|слив|"
    r"утечк\w*|атак\w*|шифровальщик\w*|вымогател\w*)(?!\w)"
)
_BREACH_HINTS = ("breach", "intrusion", "hack", "got into", "ransomware", "exfiltrat", "copied",
                 "stolen", "atac", "criptat", "copiate", "exportat", "spart", "breș", "bres", "взлом",
                 "слили", "слив", "утечк", "атак", "шифровальщик", "вымогател")  # fmt: skip
_BREACH_UNTOLD = re.compile(
    r"(?i)\blegal\s+hasn'?t\s+decided|\bnegoci\w*\s+cu\s+atacator\w*|\bnegotiat\w*\s+with\s+(?:the\s+)?"
    r"attackers?|(?<!\w)переговор\w*\s+с\s+(?:хакер|вымогател|злоумышленник)\w*|\bnot\s+(?:yet\s+)?"
    r"(?:notified|reported)"
)
_LAYOFF = re.compile(
    r"(?i)\b(?:made\s+redundant|redundanc(?:y|ies)|lay(?:ing)?[\s-]?offs?|laid\s+off|"
    r"concedi(?:ez|eri|ază|aza)\w*|disponibiliz\w*|preaviz\w*)\b|"
    # leak168 (trainK65's ro-yk048): „se dau afară jumătate dintre cei de la suportul din Iași"
    r"\b(?:se\s+dau|d[ăa]m|vor\s+da|va\s+da)\s+afar[ăa]\b|"
    # pol111 (heldK52's ru-xj024): not «ожидание должно сократиться» (a wait that will shorten)
    r"(?<!\w)(?:сокраща\w*|сократ(?!ит(?:ь)?ся|ятся)\w*|увольня\w*|уволят|закрыва\w*|закроют)(?!\w)|"
    r"\b(?:se\s+[îi]nchide|[îi]nchidem|closing\s+down|shutting\s+down|will\s+close|closes)\b|"
    # leak18b: "half of the support team here is being let go"
    r"\b(?:being|be|been|getting|get)\s+let\s+go\b|"
    # "jumătate din echipă pleacă", «половина сотрудников уходит»: half the staff going (with a
    # closure in the sentence: `_business`)
    r"\b(?:half|jum[ăa]tate)\s+(?:of\s+)?(?:the\s+|din\s+)?(?:\w+\s+)?(?:team|staff|echip\w*|angaja\w*)\s+"
    r"(?:\w+\s+)?(?:pleac[ăa]|is\s+leaving|are\s+leaving|will\s+leave)\b|(?<!\w)половин\w*\s+(?:\w+\s+)?"
    r"(?:сотрудник|персонал|команд|штат)\w*\s+(?:\w+\s+)?(?:уйд[её]т|уход\w*|сократ\w*|уволят)"
)
_LAYOFF_HINTS = ("redundan", "layoff", "lay-off", "lay off", "laying off", "laid off", "let go", "half", "jumătate", "jumatate", "половин", "concedi", "disponibiliz", "preaviz", "afară", "afara", "сокра",
                 "увольня", "уволят", "закрыва", "закроют", "inchide", "închide", "closing",
                 "shutting", "will close", "closes")  # fmt: skip
_STAFF_UNIT = re.compile(
    r"(?i)\b(?:call[\s-]*cent(?:re|er)|contact\s+cent(?:re|er)|support\s+team|staff|branch|office|"
    r"warehouse|department|team|callcenter\w*|agen[țţt]i\w*|sucursal\w*|filial\w*|depozit\w*|"
    r"personal\w*|oamenii|angaja[țţt]i\w*|suportul\w*|"
    # leak18b: the people by their trade ("всех фармацевтов сокращают", "all the drivers")
    r"employees|workers|drivers|pharmacists|echip[aăe]\w*|lucr[ăa]tori\w*|farmaci[șs]ti\w*)\b|"
    r"(?<!\w)(?:персонал\w*|контакт-центр\w*|колл-центр\w*|"
    r"отдел\w*|филиал\w*|офис\w*|штат\w*|сотрудник\w*|люди|работник\w*|фармацевт\w*|продавц\w*|"
    r"кассир\w*|курьер\w*|оператор\w*)(?!\w)"
)
_STRONG_LAYOFF = re.compile(
    r"(?i)redundan|lay|laid|being|be\b|been|getting|get\b|concedi|disponibiliz|preaviz|сокра|увольня|уволят|se\s+dau|d[ăa]m\s|vor\s+da|va\s+da"
)
_SLA = re.compile(
    r"(?i)(?:\bofficially|\boficial|(?<!\w)официально|\bon\s+paper|\bpe\s+h[âa]rtie|"
    r"(?<!\w)на\s+бумаге)\b[^.\n]{0,80}?(?:\bbut\b|\bdar\b|\b[îi]ns[ăa]\b|(?<!\w)но(?!\w))"
    r"[^.\n]{0,40}?(?:\binternally|\bintern\b|\bin\s+reality|\breally|\bactually|\bavera\w*|\bmedia\b|"
    r"\b[îi]n\s+(?:medie|realitate)|(?<!\w)(?:по\s+факту|на\s+деле|реально|в\s+среднем))[^.\n]{0,40}?\d"
)
_SLA_HINTS = ("officially", "oficial", "официально", "on paper", "hârtie", "hartie", "на бумаге")
# pol117 (heldK54's ro-xr004): the official line told with what really happened („Oficial s-a spus că e o
# avarie pe rețea, dar de fapt o echipă de-a noastră a tăiat conducta", "Officially it's down to a
# network fault, but actually one of our crews cut the main", «Официально сказали, что авария, но на
# самом деле …»): the cover story and its truth (R5). The official cause alone stays clean.
# pol117 (heldK54's ru-xr042, trainK60's ru-xs001): how far we overbook («мы продаём процентов на 10
# больше мест, чем есть в самолёте», "we sell about 8% more seats than the plane has", „vindem cu 10% mai
# multe locuri"): the airline's yield rule, internal (R5)
_OVERSOLD = re.compile(
    r"(?i)\b(?:sell|oversell|overbook)\w*\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(?:\d+\s*%|\d+\s+per\s*cent|\w+\s+per\s*cent)\s+"
    r"more\s+(?:seats|tickets|rooms|places)\b|\boverbook\w*\s+(?:\w+\s+)?by\s+(?:about\s+|around\s+)?\d|"
    r"\bvindem\s+(?:\w+\s+)?(?:cu\s+)?(?:aproximativ\s+|cam\s+|vreo\s+)?\d+\s*(?:%|la\s+sut[ăa])\s+mai\s+multe\s+(?:locuri|bilete|camere)\b|"
    r"(?<!\w)прода[её]м\s+(?:\w+\s+)?(?:процент\w*\s+на\s+\d+|на\s+\d+\s*(?:%|процент\w*))\s+больше\s+(?:мест|билетов|номеров)(?!\w)"
)
_OVERSOLD_HINTS = ("sell", "overbook", "vindem", "продаём", "продаем")
_COVER_STORY = re.compile(
    r"(?i)(?:\bofficially|\boficial|(?<!\w)официально)\b[^.\n]{0,100}?"
    r"(?:\bbut\s+(?:actually|really|in\s+fact|the\s+truth\s+is)|\bdar\s+(?:de\s+fapt|[îi]n\s+realitate|adev[ăa]rul\s+e)|"
    r"(?<!\w)но\s+(?:на\s+самом\s+деле|по\s+факту|реально|в\s+действительности))(?!\w)"
)
_SUPPLIER = re.compile(
    r"(?i)\bwe(?:'re|\s+are)?\s+pay(?:ing)?\s+them\b[^.\n]{0,20}?\d|\b(?:le|[îi]i)\s+pl[ăa]tim\b"
    r"[^.\n]{0,20}?\d|(?<!\w)(?:платим\s+им|им\s+платим)(?!\w)[^.\n]{0,20}?\d"
)
_SUPPLIER_HINTS = ("paying them", "pay them", "plătim", "platim", "платим")

# --- another organisation among our customers ---------------------------------------------------
_OTHER_ORG = re.compile(
    r"(?i)\b(?:Ltd|Limited|LLC|Inc|GmbH|PLC|S\.?R\.?L|S\.?A)\b|(?<!\w)(?:ООО|ОАО|АО|ИП)\s*[«\"]|"
    r"(?<!\w)(?:лице[йя]|школ[аы]|гимнази[яи])\s*№\s*\d+"
)
_SHARED = re.compile(
    r"(?i)\bsame\s+(?:platform|server|cluster|node|instance)|\bacee?a[șs]i\s+platform[ăa]|"
    r"\bacela[șs]i\s+server|(?<!\w)(?:на\s+)?(?:том|этом|одном)\s+же\s+(?:сервер|платформ|кластер)\w*|"
    r"(?<!\w)в\s+это\s+же\s+время|(?<!\w)соседн\w*\s+офис\w*|\banother\s+(?:client|"
    r"customer)|\balt\s+client|(?<!\w)друг\w*\s+клиент\w*"
)
_SHARED_HINTS = ("same ", "aceea", "acela", "том же", "этом же", "одном же", "это же время",
                 "соседн", "another client", "another customer", "alt client", "клиент")  # fmt: skip
_ORG_HINTS = ("ltd", "limited", "llc", "inc.", " inc", "gmbh", "plc", "srl", "s.r.l", "ооо", "оао", "ао ",
              "ип ", "лице", "школ", "гимнази")  # fmt: skip

# --- another person's debt, money or health, by their role --------------------------------------
# leak25: a neighbour by their flat or house is a role too ("кв. 12 не платит с весны, уже 67
# тысяч", "the house next door owes us £780"); with "you" beside it the flat is the customer's.
_ROLE = re.compile(
    r"(?i)\bprevious\s+(?:holder|owner|tenant|occupant|resident|user|subscriber|customer|account\s+"
    r"holder)|\b(?:registered|belonged)\s+to\s+(?:mr|mrs|ms|miss|dr)\b|\bwho\s+referred\s+you|"
    r"\byour\s+referrer|\bpassenger\s+(?:next\s+to|beside|behind|in\s+front\s+of)\s+you|"
    r"\b(?:other|another|second)\s+(?:passenger|patient|applicant|candidate|student|pupil|tenant|"
    r"resident|guest|member)|\bfor\s+comparison|\byour\s+(?:sister|brother|daughter|son|husband|wife|"
    r"partner|mother|father)'?s?\s+account|"
    r"\bfost\w*\s+(?:proprietar|titular|chiria[șs]|locatar|de[țţt]in[ăa]tor)\w*|\b(?:cel|cea)\s+care\s+"
    r"(?:te-a|v-a)\s+recomandat|\bpasager\w*\s+de\s+l[âa]ng[ăa]|\b(?:alt|alte|altui|altei|celuilalt|"
    r"al\s+doilea)\s+(?:pasager|pacient|candidat|elev|chiria[șs]|locatar)\w*|\bcoleg\w*\s+(?:lui|ei)\b|"
    r"\bpentru\s+compara[țţt]ie|\bcontul\s+(?:surorii|fratelui|fiicei|fiului|so[țţt]ului|so[țţt]iei|"
    r"mamei|tat[ăa]lui)|\b(?:fiica|fiul|so[țţt]ul|so[țţt]ia|sora|fratele)\s+(?:dvs|dumneavoastr[ăa]|"
    r"t[ăa]u|ta)\b|"
    r"(?<!\w)(?:(?:предыдущ|прежн|бывш)\w*\s+(?:владел|абонент|собственник|жил|арендатор|хозя|"
    r"пользовател)\w*|котор\w*\s+(?:тебя|вас)\s+(?:по)?рекомендовал\w*|пассажир\w*\s+рядом|"
    r"(?:друг|втор|соседн)\w*\s+(?:пассажир|пациент|заявител|кандидат|ученик|жил)\w*|"
    r"для\s+сравнения|у\s+(?:вашего\s+|вашей\s+|твоего\s+|твоей\s+)?(?:сына|дочери|мужа|жены|сестры|"
    r"брата)|заёмщик\w*|заемщик\w*|"
    # leak25: a neighbour by their flat or house ("кв. 12 не платит с весны, уже 67 тысяч",
    # "chiriașa de la apartamentul 14 are restanțe", "the house next door owes us £900")
    r"кв\.\s*\d+|квартир[аеыу]\s+\d+|(?:\d+-?[йя]|соседн\w+)\s+квартир\w*)(?!\w)|"
    r"\b(?:(?:the\s+)?(?:house|flat|people)\s+next\s+door|flat\s+\d+[a-z]?|"
    r"(?:chiria[șs]|locatar|proprietar|vecin)\w*\s+de\s+la\s+(?:apartamentul|ap\.?|nr\.?)\s*\d+|"
    r"apartamentul\s+\d+|ap\.\s*\d+)\b|"
    # leak112 (trainK47): someone else's parcel or results, sent to the customer by mistake ("the box you
    # got was meant for someone else — it's a pregnancy test", «пришла чужая коробка — там тест на
    # ВИЧ», „coletul era destinat altcuiva")
    # leak129 (trainK50-51): another customer's basket ("actually for another customer — a pregnancy test
    # kit", "reserved by another customer who also bought … a breast pump", «забрала девушка с соседней
    # улицы, вместе с витаминами для беременных»)
    # leak138 (trainK53): "That parcel is for your neighbour at number 9 — it's her pregnancy tests"
    r"\bneighbou?r\s+at\s+(?:number|no\.?)\s*\d+|"
    r"\b(?:for|by)\s+another\s+(?:customer|client|shopper)\b|\b(?:pentru|de)\s+(?:un\s+alt\s+client|o\s+alt[ăa]\s+"
    r"client[ăa])\b|(?<!\w)(?:девушк|женщин|мужчин|покупател)\w*\s+с\s+соседн\w+\s+улиц\w*|"
    r"\b(?:meant|intended|addressed)\s+for\s+someone\s+else\b|\bsomeone\s+else'?s\s+(?:order|parcel|box|results?|"
    r"prescription)\b|\b(?:destinat\w*|al|a|ale)\s+altcuiva\b|(?<!\w)чуж(?:ая|ой|ую|ие|ое|ого)\s+(?:коробк|посылк|"
    r"заказ|анализ|результат|рецепт)\w*"
)
_ROLE_HINTS = (
    "previous", "registered to", "belonged to", "referred you", "referrer", "passenger",
    *(f"{a} {n}" for a in ("other", "another", "second") for n in (
        "passenger", "patient", "applicant", "candidate", "student", "pupil", "tenant",
        "resident", "guest", "member")),
    "comparison", "'s account", "s account", "fost", "recomandat", "pasager", "neighbour at", "neighbor at",
    *(f"{a} {n}" for a in ("alt", "alte", "altui", "altei", "celuilalt", "al doilea") for n in (
        "pasager", "pacient", "candidat", "elev", "chiria", "locatar")),
    "colegul lui", "colegul ei", "colega lui", "colega ei", "compara", "contul surorii",
    "contul fratelui", "contul fiicei", "contul fiului", "contul so", "contul mamei",
    "contul tat", "fiica", "fiul", "soțul", "sotul", "soția", "sotia", "sora", "fratele",
    "предыдущ", "прежн", "бывш", "рекомендовал", "пассажир", "сравнения", "заёмщик", "заемщик",
    *(f"{a} {n}" for a in ("друг", "втор", "соседн") for n in ("пасс", "паци", "заяв", "канд", "учен", "жил")),
    *(f"{a}{n}" for a in ("другой ", "другого ", "второй ", "второго ", "второму ", "соседнему ",
                          "соседней ", "соседнего ")
      for n in ("пасс", "паци", "заяв", "канд", "учен", "жил")),
    "у сына", "у дочери", "у мужа", "у жены", "у сестры", "у брата", "у вашего", "у вашей",
    "у твоего", "у твоей",
    "кв.", "квартир", "next door", "flat ", "de la apartamentul", "de la ap", "apartamentul", "ap.",
    "someone else", "altcuiva", "чуж",
    "for another customer", "by another customer", "for another client", "by another client",
    "for another shopper", "by another shopper", "alt client", "altă client", "alta client", "соседней улиц",
)  # fmt: skip
_SENSITIVE_HINTS = (
    "copd", "oxygen", "epilep", "stroke", "diabet", "cancer", "depress", "pregnan", "hiv",
    "dementia", "asthma", "seizure", "avc", "infarct", "avort", "sarcin", "dializ", "инсульт",
    "эпилеп", "диабет", "депресс", "беремен", "онколог", "инфаркт", "кислород", "диализ", "выкидыш",
    "debt", "owe", "owing", "overdue", "unpaid", "arrears", "loan", "balance", "overdraft", "bill",
    "salary", "earn", "income", "spent", "purchases", "mark", "grade", "failed", "datori", "restan",
    "descoperit", "neplat", "neplăt", "credit", "salari", "câștig", "castig", "venit", "achizi",
    "absen", "долг", "задолж", "просроч", "кредит", "зарплат", "доход", "покуп", "оценк", "получил",
    "не платит", "не платят", "не оплачива",
    # leak112: results and prescriptions
    "glucose", "blood sugar", "cholesterol", "prenatal", "prescription", "antidepress", "glicemi",
    "colesterol", "rețet", "retet", "сахар", "глюкоз", "холестерин", "вич", "рецепт", "антидепресс",
    # leak129
    "breast pump", "молокоотсос", "pompă de sân", "pompa de san",
)  # fmt: skip
_HEALTH = re.compile(
    r"(?i)\b(?:copd|oxygen|epilep\w*|stroke|diabet\w*|cancer|depress\w*|pregnan\w*|hiv|dementia|"
    r"asthma|seizure\w*|epilepsie|avc|infarct|avort|sarcin\w*|depresie|dializ\w*|"
    r"glucose|blood\s+sugar|cholesterol|prenatal|prescription|antidepress\w*|glicemi\w*|colesterol\w*|"
    r"re[țt]et\w*|antidepresiv\w*|breast\s+pump|pomp[ăa]\s+de\s+s[âa]n)\b|"
    r"(?<!\w)(?:инсульт\w*|эпилеп\w*|диабет\w*|депресс\w*|беремен\w*|онколог\w*|инфаркт\w*|"
    r"кислород\w*|диализ\w*|выкидыш\w*|сахар\w*|глюкоз\w*|холестерин\w*|ВИЧ|рецепт\w*|антидепрессант\w*|"
    r"молокоотсос\w*)(?!\w)"
)
_MONEY_WORD = re.compile(
    r"(?i)\b(?:debts?|owes?|owing|overdue|unpaid|arrears|loan|balance|overdraft|bill|salary|earns?|"
    r"income|spent|purchases|mark|grade|failed|datori\w*|restan[țţt]\w*|descoperit|neplat\w*|"
    r"nepl[ăa]t\w*|credit\w*|salari\w*|c[âa][șs]tig[ăa]|venit\w*|achizi[țţt]ii|absen[țţt]e)\b|"
    r"(?<!\w)(?:долг\w*|задолж\w*|просроч\w*|кредит\w*|зарплат\w*|доход\w*|покуп\w*|оценк\w*|"
    r"получил\w*|не\s+(?:платит|платят|оплачива\w*))(?!\w)"
)
_FIGURE = re.compile(r"\d")
_YOURS = re.compile(r"(?i)\byour\b|\bdvs\b|dumneavoastr|(?<!\w)ваш\w*|(?<!\w)тво\w*")


# leak25: a flat or house said with "you" beside it is the customer's own ("your flat 12 has
# arrears", „apartamentul 12 al dvs.", «по кв. 12 у вас долг»)
_FLAT = re.compile(r"(?i)\d|next\s+door|квартир|apartament")
_YOU_NEAR = re.compile(
    r"(?i)\b(?:you|your|v[ăa]|dvs|dumneavoastr[ăa]|a[țt]i|ave[țt]i|sunte[țt]i)\b|(?<!\w)(?:вы|вас|вам|ваш\w*)(?!\w)"
)


_REGISTERED_TO_YOU = re.compile("(?i)" + REGISTERED_TO_YOU)


def _roles(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.start(), m.end())
        neighbour = m.group()[:5].lower() == "neigh"  # "your neighbour at number 9": not "you"
        if (
            _FLAT.search(m.group())
            and not neighbour
            and (
                _YOU_NEAR.search(text, max(lo, m.start() - 20), hi)
                or billed_to_reader(text, m.start())
            )
        ):
            return False  # leak26: "Flat 4 is £120 behind, please settle it": the reader's bill
        if _FLAT.search(m.group()) and _REGISTERED_TO_YOU.search(text, lo, hi):
            return False  # s38 (blind59): «счёт оформлен на вас … по адресу … кв. 7»: their own
        window = text[lo : min(len(text), hi + 160)]
        if _HEALTH.search(window):
            return True
        for w in _MONEY_WORD.finditer(window):  # a figure next to it, and not "your bill"
            if _YOURS.search(window, max(0, w.start() - 8), w.start()):
                continue
            if _FIGURE.search(window, max(0, w.start() - 30), w.end() + 30):
                return True
        return False

    message = (
        "Another person's debt, money or health, named by their role: not the customer's (R5)."
    )
    hints = present(text, _ROLE_HINTS) if any_of(text, _SENSITIVE_HINTS) else ()
    return first_accepted(_ROLE, text, hints, 60, accept, "other-person", message)


# --- a colleague's illness or home ---------------------------------------------------------------
_ILL = re.compile(
    r"(?i)\b(?:off|away|out|on\s+(?:sick\s+)?leave)\b[^.\n]{0,40}?\b(?:with|after|due\s+to|because\s+of)"
    r"\s+(?:\w+\s+){0,2}?(?:depression|anxiety|burnout|cancer|surgery|miscarriage|stroke|breakdown|"
    r"chemo\w*|pregnan\w*)|\bconcediu\s+medical\b[^.\n]{0,40}?\b(?:dup[ăa]|din\s+cauza|cu)\s+"
    r"(?:\w+\s+){0,2}?(?:avort|depresi|burnout|cancer|opera[țţt]i|avc|infarct|sarcin)\w*|"
    r"(?<!\w)(?:на\s+больничн\w*|болеет|в\s+отпуске)[^.\n]{0,40}?(?:после|с|из-за)\s+"
    r"(?:\w+\s+){0,2}?(?:депресс|выкидыш|инсульт|инфаркт|онколог|операци|химиотерап|выгоран)\w*"
)
_ILL_HINTS = ("off", "away", "out", "leave", "concediu", "больничн", "болеет", "в отпуске")
_ILL_NEEDS = ("depress", "anxiety", "burnout", "cancer", "surgery", "miscarriage", "stroke",
              "breakdown", "chemo", "pregnan", "avort", "depresi", "operați", "operaţi", "operati", "avc", "infarct",
              "sarcin", "депресс", "выкидыш", "инсульт", "инфаркт", "онколог", "операци",
              "химиотерап", "выгоран")  # fmt: skip
# s39 (heldK34, trainK41, every language): a colleague's illness told in words the list above
# misses, beside their absence or their role ("He's been off since Tuesday — he's waiting on
# results from his heart scan", „Doamna Ionescu, consultanta dumneavoastră, e internată, a făcut
# un AVC", „nu e la birou …, e la mama lui la Vaslui, a avut-o internată", «наш мастер на
# больничном, у него инфаркт»): a medical detail of a third person, with one of ours or an
# absence in its three sentences. "Your engineer is off sick today" tells no detail; "your test
# results are in" and a relative of the customer's are the customer's own.
_MEDICAL = re.compile(
    r"(?i)\b(?:heart\s+(?:scan|attack|condition|surgery|problem|bypass)s?|bypass\s+(?:surgery|operation)|(?:scan|test|blood|biopsy)\s+results|biops(?:y|ies)|"
    r"diagnos(?:is|ed)|stroke|cancer|chemo\w*|(?:had|having|needs?|after)\s+(?:an?\s+)?(?:surgery|operation)|"
    r"hospitali[sz]ed|in\s+hospital|intensive\s+care|internat[ăa]?|internat-o|avut-o\s+internat[ăa]|[îi]n\s+spital|"
    r"avc|infarct\w*|a\s+fost\s+operat[ăa]?|terapie\s+intensiv[ăa]|diagnostic\w*|biopsi\w*|chimioterapi\w*|"
    # s43 (trainK45): a pregnancy („a intrat în concediu fiindcă are sarcină cu risc")
    r"sarcin[ăa]\s+(?:cu\s+risc|grea|dificil[ăa])|[îi]ns[ăa]rcinat[ăa]|(?:high-risk\s+)?pregnan(?:t|cy)|"
    # s44 (heldK40): a bereavement („e la Vaslui, la înmormântarea tatălui lui")
    r"funeral|[îi]nmorm[âa]ntar\w*|"
    # leak120 (trainK49): a drinking problem („a avut probleme cu băutura", «он опять запил»)
    r"drinking\s+problem|problems?\s+with\s+(?:drink|drinking|alcohol)|on\s+the\s+(?:booze|bottle)|"
    r"probleme\s+cu\s+b[ăa]utura|alcoolic\w*|"
    # leak187 (blind88's en-zc065): "off for a few weeks for her IVF treatment", „face FIV", «проходит ЭКО»
    r"IVF|fertility\s+treatment|FIV|fertilizare\s+in\s+vitro)\b|(?<!\w)(?:похорон\w*|запил\w*|запо[йе]\w*|(?-i:ЭКО))(?!\w)|"
    r"(?<!\w)(?:в\s+больниц[еу]|госпитализир\w*|в\s+реанимаци\w*|инсульт\w*|инфаркт\w*|прооперир\w*|"
    r"операци[юия]\s+на\s+(?:сердц|колен|спин|позвоночник)\w*|онколог\w*|химиотерап\w*|диагноз\w*|"
    r"беременн\w*)(?!\w)"
)
_MEDICAL_HINTS = ("heart", "results", "biops", "diagnos", "stroke", "cancer", "chemo", "surgery", "operation",
                  "hospital", "intensive care", "internat", "spital", "avc", "infarct", "operat", "terapie intensiv",
                  "chimioterap", "sarcin", "însărcinat", "insarcinat", "pregnan", "беременн", "больниц", "госпитализир", "реанимаци", "инсульт", "инфаркт", "прооперир",
                  "операци", "онколог", "химиотерап", "диагноз", "funeral", "înmormânt", "inmormant",
                  "похорон", "drinking", "drink", "alcohol", "booze", "bottle", "băutura", "bautura",
                  "alcoolic", "запил", "запо", "ivf", "fertility", "fiv", "fertilizare", "эко")  # fmt: skip
_OURS_OR_AWAY = re.compile(
    r"(?i)\b(?:colleague|consultant|adviser|advisor|agent|technician|engineer|manager|supervisor|case\s+handler|"
    # leak120 (trainK49): our courier or driver, taken off the round
    r"courier|driver|suspended|curier\w*|[șs]ofer\w*|suspendat\w*|"
    r"(?:is|'s|has\s+been|'s\s+been)\s+off\b|off\s+(?:sick|since|work|this\s+week|today)|on\s+(?:sick\s+)?leave|"
    r"(?:hasn'?t|has\s+not)\s+got\s+back|coleg\w*|consultant\w*|agent\w*|tehnician\w*|manager\w*|[șs]ef[ua]\w*|"
    r"nu\s+(?:e|este|a\s+fost|mai\s+e)\s+la\s+(?:birou|serviciu|lucru)|[îi]n\s+concediu|lipse[șs]te|"
    # s44 (heldK40): one of us who cannot call back („Domnul Ionescu nu poate să vă sune")
    r"nu\s+(?:v[ăa]\s+)?poate\s+(?:s[ăa]\s+)?(?:v[ăa]\s+)?sun[ae]|can'?t\s+(?:call|ring)\s+you)\b|"
    r"(?<!\w)(?:коллег\w*|сотрудни\w*|консультант\w*|менеджер\w*|мастер\w*|специалист\w*|на\s+больничном|"
    r"курьер\w*|водител\w*|отстран\w*|на\s+(?:\w+\s+)?больничном|не\s+на\s+работе|не\s+выходит|в\s+отпуске|отсутству\w*|(?:котор\w+|кто)\s+вел\w*\s+"
    r"(?:ваш\w*|Ваш\w*)\s+(?:дело|заявк\w*|договор|обращени\w*))(?!\w)"
)
_THIRD = re.compile(
    r"(?i)\b(?:he|she|he's|she's|his|her|him|el|ea|lui|ei|a\s+f[ăa]cut|are|a\s+avut-o|a\s+avut|l-au)\b|"
    r"(?<!\w)(?:он|она|его|её|ее|у\s+него|у\s+неё|у\s+нее)(?!\w)"
)


# s44 (heldK40): the relative is the colleague's own („la înmormântarea tatălui lui", "his father's
# funeral", «на похоронах его отца»), even where "vă" is in the sentence for the call back; a
# funeral alone is the customer's more often (trainP26: «выплатить … на организацию похорон»)
_FUNERAL = re.compile(r"(?i)funeral|[îi]nmorm[âa]ntar\w*|похорон\w*")
_THEIR_RELATIVE = re.compile(
    r"(?i)\b(?:his|her|their)\s+(?:father|mother|dad|mum|mom|son|daughter|wife|husband|brother|sister|parents?)\b|"
    r"\b(?:tat[ăa]l\w*|mam\w*|fiul\w*|fiic\w*|so[țt]i\w*|so[țt]ul\w*|frat\w*|sor\w*|p[ăa]rin[țt]i\w*)\s+(?:lui|ei)\b|"
    r"(?<!\w)(?:его|её|ее)\s+(?:от(?:ец|ца|цу)|мам\w*|матер\w*|сын\w*|доч\w*|жен\w*|муж\w*|брат\w*|сестр\w*)(?!\w)"
)


def _colleague_health(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        if SECOND_PERSON.search(text, max(0, m.start() - 20), m.start()):
            return False  # "your test results are in"
        if _FUNERAL.fullmatch(m.group()) and not _THEIR_RELATIVE.search(
            text, max(0, m.start() - 40), m.end() + 40
        ):
            return False  # a funeral is a colleague's only with their relative named beside it
        lo, hi = sentence_around(text, m.start(), m.end())
        if (
            finder(RELATION).search(text, lo, hi)
            and SECOND_PERSON.search(text, lo, hi)
            and not _THEIR_RELATIVE.search(text, lo, hi)
        ):
            return False  # "your son had an operation": the reader's own family
        wide_lo, wide_hi = three_sentences(text, m.start(), m.end())
        return bool(_THIRD.search(text, lo, hi)) and bool(
            finder(_OURS_OR_AWAY).search(text, wide_lo, wide_hi)
        )

    hints = present(text, _MEDICAL_HINTS)
    message = "A colleague's health or absence reason (R5)."
    return first_accepted(_MEDICAL, text, hints, 60, accept, "other-person", message)


# s40 (heldK6-K35, blind33, trainK42, every language): a colleague judged to the customer ("Mark
# on the phones does this constantly", "he's honestly the worst on our team", „șefa noastră e
# genul care aprobă ceva azi și mâine uită", «Марина из второй линии вечно путает возвраты»):
# an apology for a mistake is the customer's; what we think of the one who made it is the
# team's. The judgement (a habit or a want of skill), with a colleague, a third person or a
# name before it within three sentences; not said of "you" or of "someone who" (a rude reply's
# insult is the rude rules' to read), and not inside quotes (the customer's words). Over every
# labelled case: 27 leaks and nothing else (12 unblocked before).
_JUDGED = re.compile(
    r"(?i)\b(?:(?:is|'s)\s+(?:pretty\s+|quite\s+|a\s+bit\s+|really\s+|honestly\s+|just\s+)?(?:hopeless|clueless|"
    r"incompetent)|(?:the\s+)?worst\s+(?:on|in)\s+(?:our|the)\s+team|(?:is|'s)\s+(?:a\s+bit\s+of\s+)?a\s+liability|"
    r"does\s+(?:this|that)\s+(?:constantly|all\s+the\s+time)|(?:always|constantly|keeps)\s+(?:getting|mixing|messing)\s+"
    r"\w+\s*(?:\w+\s+)?(?:up|wrong)|(?:been\s+)?getting\s+\w+\s+wrong\s+all\s+(?:week|month|day)|(?:isn'?t|is\s+not|not)\s+"
    r"the\s+first\s+time\s+(?:he|she|they)(?:'s|\s+has|\s+have)?|doesn'?t\s+(?:know|have\s+a\s+clue)\s+(?:anything|what)|"
    r"gets\s+(?:most|half\s+(?:of\s+)?the|everything|all)\s+(?:things\s+)?wrong|[îi]ncurc[ăa]\s+procedurile|"
    r"nu\s+prea\s+se\s+descurc[ăa]|nu\s+e\s+prim(?:a|ul)\s+(?:oar[ăa]|reclama[țt]i\w*|dat[ăa])|e\s+cam\s+(?:certat[ăa]|"
    r"nepriceput\w*|del[ăa]s[ăa]tor\w*)|[îi]ncurc[ăa]\s+tot|mai\s+mult\s+[îi]ncurc[ăa]\s+dec[âa]t\s+ajut[ăa]|genul\s+care|habar\s+n-are|nu\s+se\s+pricepe|e\s+(?:cel\s+mai\s+slab|o\s+dezastru|un\s+dezastru))\b|"
    # s42 (heldK37, heldK38, trainK31, trainK34, trainK35): more of the same
    r"(?:is|'s)\s+(?:a\s+)?(?:total\s+|complete\s+)?nightmare\s+(?:on|with)|(?:the\s+)?laziest|(?:is|'s)\s+not\s+"
    r"(?:great|good)\s+with|"
    r"(?<!\w)(?:не\s+очень\s+соображает|(?:вообще\s+)?не\s+разбирается|мало\s+что\s+знает|(?:вечно|постоянно)\s+(?:путает|ошибается|забывает|"
    r"всё\s+путает)|не\s+умеет\s+(?:разговаривать|общаться|работать|считать|слушать)|самый\s+бестолковый|пора\s+уволить|"
    r"ничего\s+не\s+запоминает|говорит\s+что\s+в\s+голову\s+придёт|на\s+(?:неё|него)\s+постоянно\s+жалуются|"
    r"(?:это\s+)?уже\s+не\s+первый\s+раз|(?:сам|сама)\s+(?:в\s+\w+\s+)?путается|"
    # s44 (trainK46): hard to work with, approving nothing, a poor worker («работник из него так
    # себе», «всем так обещает, чтобы отвязаться», „e foarte greu de lucrat cu ea")
    r"работник\s+из\s+(?:него|неё|нее)\s+(?:так\s+себе|никакой|плохой)|всем\s+так\s+обещает|"
    r"ничего\s+никогда\s+не\s+одобряет|никогда\s+ничего\s+не\s+одобряет|"
    # leak112 (trainK47): «ему лишь бы галочку поставить, на клиентов ему плевать», „Marius e cam leneș"
    r"(?:ему|ей)\s+лишь\s+бы\s+галочку|на\s+клиентов\s+(?:ему|ей|им)\s+(?:плевать|наплевать|всё\s+равно)|"
    # leak177 (trainK68's ru-yw045): what he is called («халтурщик», "a bit of a cowboy", „un cârpaci")
    r"халтурщи\w*|бездельни\w*|разгильдя\w*|раздолба\w*|криворук\w*)(?!\w)|"
    r"\b(?:is|'s)\s+(?:a\s+bit\s+of\s+|a\s+)?(?:total\s+|complete\s+|real\s+)?(?:cowboy|bodger|slacker|waste\s+of\s+space)\b|"
    r"\b(?:e|este)\s+(?:cam\s+|un\s+|o\s+)?(?:c[âa]rpaci|chiulangi\w*|neserios\w*)\b|"
    r"\be\s+(?:cam\s+|foarte\s+|tare\s+)?lene[șs]\w*|"
    r"\b(?:(?:e|este)\s+(?:foarte\s+|tare\s+|cam\s+)?greu\s+de\s+lucrat\s+cu\s+(?:ea|el)|nu\s+aprob[ăa]\s+niciodat[ăa]\s+nimic|"
    r"(?:is|'s)\s+(?:really\s+|so\s+|very\s+)?(?:hard|difficult|impossible)\s+to\s+work\s+with|never\s+approves\s+anything|"
    # leak118 (heldK42): "he's not the sharpest and half of what he says on the phone is made up"
    # leak176 (heldK60's en-yr019): "Kevin, who took your first call, is, let's say, not the strongest on refunds"
    r"(?:is|'s)\s+not\s+the\s+(?:sharpest|brightest|strongest\s+(?:on|at|with))|"
    r"\bis,\s+(?:let'?s\s+say|shall\s+we\s+say|to\s+be\s+honest|honestly),?\s+not\s+the\s+(?:quickest|fastest|"
    r"strongest|sharpest|brightest|best)\b|"
    # leak140 (trainK54): "Dave had your refund and he's, let's say, not the quickest with anything
    # involving the payments screen" (the match opens after "he's", so "he" stands before it)
    r"(?:(?<=he's)|(?<=he\sis)),?\s+(?:let'?s\s+say,?\s+|shall\s+we\s+say,?\s+|to\s+be\s+honest,?\s+|honestly,?\s+)?"
    r"not\s+the\s+(?:quickest|fastest)\b|"
    r"half\s+(?:of\s+)?what\s+(?:he|she)\s+says\s+(?:\w+\s+){0,3}?is\s+made\s+up|"
    # leak119 (trainK49): „Colega care v-a răspuns ieri e cam aeriană, nu prea citește ce scriu clienții"
    r"(?:is|'s)\s+(?:a\s+bit\s+|pretty\s+|quite\s+|rather\s+)?(?:scatterbrained|scatty|dozy|away\s+with\s+the\s+fairies)|"
    r"doesn'?t\s+(?:really\s+)?read\s+what\s+(?:customers|people|clients)\s+(?:write|send|say)|"
    r"e\s+(?:cam\s+|foarte\s+|tare\s+)?(?:aerian[ăa]?|z[ăa]p[ăa]cit[ăa]?|[îi]mpr[ăa][șs]tiat[ăa]?)|"
    r"nu\s+(?:prea\s+)?cite[șs]te\s+ce\s+(?:scriu|[îi]i\s+scriu|scrie)|"
    # leak150 (trainK57's ro-xg030): „colega care v-a răspuns e nouă și nu prea citește procedurile"
    r"nu\s+(?:prea\s+|cam\s+)?cite[șs]te\s+procedurile|"
    r"doesn'?t\s+(?:really\s+|even\s+)?read\s+(?:the\s+|our\s+)?(?:procedures|guidelines)|"
    r"(?<!\w)(?:(?:процедур\w*|регламент\w*|инструкци\w*)\s+(?:толком\s+|особо\s+|вообще\s+)?не\s+читает|"
    r"(?:толком\s+|особо\s+|вообще\s+)?не\s+читает\s+(?:процедур\w*|регламент\w*|инструкци\w*))(?!\w)|"
    r"(?<!\w)(?:витает\s+в\s+облаках|(?:особо\s+|толком\s+)?не\s+читает,?\s+что\s+(?:\w+\s+)?пишут|"
    # leak131 (trainK51): «к Петренко я бы сама не пошла, он постоянно ставит не те диагнозы», „Șefa mea …
    # nu prea știe ce face", "he … still can't fill in a returns form properly"
    r"(?:я\s+бы\s+)?(?:сам|сама)\s+(?:к\s+(?:нему|ней)\s+)?не\s+пош(?:ёл|ел|ла)|ставит\s+не\s+те\s+диагноз\w*)(?!\w)|"
    r"\bnu\s+(?:prea\s+)?[șs]tie\s+ce\s+face\b|\bstill\s+can'?t\s+(?:\w+\s+){1,5}?properly\b|"
    r"\bi\s+wouldn'?t\s+go\s+to\s+(?:him|her)\s+myself\b|"
    # leak134 (trainK52): „șefa mea n-are nicio idee cum funcționează garanția și aprobă doar ce îi convine
    # ei", "has no idea how the warranty works", «понятия не имеет, как работает гарантия»
    r"\b(?:n-are|nu\s+are)\s+(?:nicio|nici\s+o)\s+idee\s+cum\s+func[țt]ioneaz[ăa]\b|\baprob[ăa]\s+doar\s+ce\s+(?:[îi]i\s+)?convine\b|"
    r"\bhas\s+no\s+idea\s+how\s+(?:\w+\s+){0,3}?works\b|\bonly\s+approves\s+what\s+suits\s+(?:him|her)\b|"
    # leak136 (heldK46): "is new and frankly just not very good — he gets these wrong all the time",
    # „greșește tot timpul la astea"
    r"\bgets\s+(?:these|them|this|it|things|orders|refunds)\s+wrong\s+all\s+the\s+time\b|"
    r"\b(?:is|'s)\s+(?:new\s+and\s+)?(?:frankly\s+|honestly\s+)?(?:just\s+)?not\s+very\s+good\b(?!\s+(?:at|with|news)\b)|"
    r"\bgre[șs]e[șs]te\s+(?:mereu|tot\s+timpul|[îi]ntruna|constant)\b|"
    r"(?<!\w)понятия\s+не\s+имеет,?\s+как\s+(?:\w+\s+){0,2}?работает(?!\w)|"
    # leak139 (heldK47): «старший смены принципиально режет все возвраты, ему проще отказать, чем
    # разбираться», "he turns down every refund on principle", „le respinge din principiu pe toate"
    r"(?<!\w)(?:принципиально|из\s+принципа)\s+(?:режет|отклоняет|отказывает|зарубает)|"
    r"(?:ему|ей)\s+проще\s+отказать(?!\w)|\bturns\s+down\s+every\s+\w+\s+on\s+principle\b|"
    r"\b(?:le|[îi]i)\s+respinge\s+din\s+principiu\b|"
    # leak186 (trainK70's ru-ze035): «руководитель смены любит всё тормозить из принципа, с ним бесполезно»,
    # "he likes to stall everything, there's no point with him", „îi place să tragă de timp, cu el n-ai ce face"
    r"(?<!\w)(?:люб(?:ит|ят)\s+(?:всё\s+|все\s+)?(?:тормозить|затягивать|мурыжить)|с\s+(?:ним|ней)\s+бесполезно)(?!\w)|"
    r"\b(?:likes|loves)\s+to\s+(?:stall|drag\s+out|sit\s+on)\s+(?:everything|things|it\s+all)\b|\bthere'?s\s+no\s+point\s+with\s+(?:him|her)\b|"
    r"\b[îi]i\s+place\s+s[ăa]\s+trag[ăa]\s+de\s+timp\b|\bcu\s+(?:el|ea)\s+n-ai\s+ce\s+face\b|"
    # leak157 (trainK59): „șefa de tură … sincer nu prea știe procedurile", "she doesn't really
    # know the procedures", «она плохо знает регламент»
    r"\bnu\s+(?:prea\s+|cam\s+)?(?:[șs]tie|cunoa[șs]te)\s+(?:bine\s+)?procedurile\b|"
    r"\bdoesn'?t\s+(?:really\s+|even\s+)?know\s+(?:the\s+|our\s+)?(?:procedures|process|rules)\b|"
    r"(?<!\w)(?:плохо|толком\s+не|совсем\s+не|вообще\s+не)\s+знает\s+(?:процедур|регламент|правил|инструкци)\w*)\b"
)
_JUDGED_HINTS = ("hopeless", "clueless", "incompetent", "worst", "liability", "constantly", "all the time",
                 "always", "keeps", "wrong all", "first time", "doesn't", "doesnt", "descurc", "prima",
                 "certat", "nepriceput", "genul care", "habar", "pricepe", "cel mai slab", "dezastru",
                 "разбирается", "мало что знает", "вечно", "постоянно", "не умеет", "бестолков", "уволить",
                 "не запоминает", "в голову", "жалуются", "не первый раз", "wrong", "încurcă", "incurca",
                 "халтурщи", "бездельни", "разгильдя", "раздолба", "криворук", "cowboy", "bodger", "slacker",
                 "waste of space", "cârpaci", "carpaci", "chiulangi", "neserios",
                 "путается", "nightmare", "laziest", "not great with", "not good with", "delăsăt",
                 "delasat", "încurcă tot", "incurca tot", "соображает", "работник из", "так обещает",
                 "не одобряет", "greu de lucrat", "aprobă niciodată", "aproba niciodata", "to work with",
                 "never approves", "галочку", "плевать", "leneș", "lenes", "the sharpest", "the brightest", "the strongest", "let's say", "lets say", "shall we say",
                 "made up", "scatter", "the quickest", "the fastest", "scatty", "dozy", "fairies", "read what", "aerian", "zăpăc", "zapac",
                 "împrăștiat", "imprastiat", "citește ce", "citeste ce", "витает", "не читает",
                 "procedur", "guidelines",
                 "не пошла", "не пошёл", "не пошел", "не те диагноз", "știe ce face", "stie ce face",
                 "properly", "go to him myself", "go to her myself",
                 # leak134
                 "nicio idee", "nici o idee", "ce îi convine", "ce ii convine", "ce convine", "no idea how",
                 "what suits", "понятия не имеет", "wrong all the time", "not very good", "greșește",
                 "greseste",
                 # leak139
                 "принципиально", "из принципа", "проще отказать", "on principle", "din principiu",
                 # leak186
                 "тормозить", "затягивать", "мурыжить", "бесполезно", "to stall", "drag out", "sit on",
                 "no point with", "trag", "n-ai ce face",
                 # leak157
                 "știe procedurile", "stie procedurile", "know the", "know our", "знает процед", "знает регламент",
                 "знает правил", "знает инструкц")  # fmt: skip
_COLLEAGUE_REF = re.compile(
    r"(?i)\b(?:he|she|him|her|colleague|coleg\w*|the\s+new\s+\w+|staff\s+member|driver|agent|ea|el|lui|[șs]ef\w*|"
    # leak134 (trainK52): "my manager has no idea how …"
    r"my\s+(?:manager|boss|supervisor|team\s+lead(?:er)?)|"
    # leak186: "our shift manager likes to stall everything"
    r"our\s+(?:shift\s+|duty\s+|floor\s+)?(?:manager|supervisor|boss|team\s+lead(?:er)?))\b|"
    r"(?<!\w)(?:он|она|его|её|ее|ему|ей|коллег\w*|новенька\w*|оператор\w*|курьер\w*|начальни\w*|"
    # leak139 (heldK47): «наш старший смены принципиально режет все возвраты»
    r"старш\w+\s+смены|руководител\w*|администратор\w*)(?!\w)|"
    # leak112: a name opening the sentence right before the judgement („Marius e cam leneș")
    r"(?-i:(?:^|(?<=[.!?]\s))[A-ZĂÂÎȘȚ][a-zăâîșț]+\s+$)|"
    # leak177 (trainK68's ru-yw045): or with an aside before it («Игорь, если честно, халтурщик»)
    r"(?-i:(?:^|(?<=[.!?]\s))[A-ZА-ЯЁĂÂÎȘȚ][a-zа-яёăâîșț]+,\s+(?:если\s+честно|честно\s+говоря|между\s+нами|to\s+be\s+honest|"
    r"honestly|between\s+us|sincer|[îi]ntre\s+noi),\s+$)"
)
# a name inside a sentence (case-sensitive: its capital is the sign)
_NAME_INSIDE = re.compile(r"(?<=[a-zа-яăâîșț,:;—–]\s)[A-ZА-ЯĂÂÎȘȚ][a-zа-яăâîșț]+")
_SAID_TO_YOU = re.compile(r"(?i)\byou\b|\bdumneavoastr|\bdvs\b|(?<!\w)(?:вы|вас|вам)(?!\w)")
# s43: "you" as the object of the colleague's deed ("Kim who spoke to you is pretty hopeless",
# „care v-a răspuns", «который вам отвечал»): who they dealt with, not who is judged
_YOU_DEALT_WITH = re.compile(
    r"(?i)(?:\b(?:to|with|helped|served|called|emailed|phoned|answered)\s+you|\bv-a\s+\w+|"
    r"(?<!\w)(?:вам|вас|с\s+вами)\s+\w+|"
    # pol106 (heldK51's ro-xf051): what of theirs the colleague took („Colega care a preluat apelul
    # dvs. e cam leneșă", "the colleague who took your call", «коллега, которая приняла ваш звонок»)
    r"\b(?:apelul|cererea|comanda|solicitarea|mesajul|e-?mailul|tichetul|sesizarea)\s+(?:dvs\.?|"
    r"dumneavoastr[ăa]|t[ăa]u|ta)|\b(?:took|handled|answered|picked\s+up)\s+your\s+(?:call|request|ticket|"
    r"order|e-?mail|complaint)|(?<!\w)(?:принял\w*|обработал\w*)\s+ваш\w*\s+(?:звонок|заявк\w*|"
    r"обращени\w*|заказ))(?:\s+\w+)?\s*,?\s*$"
)
# s43: a name opening the sentence, told apart from any capital by the clause after it
# ("Kim, who spoke to you…", "Dan from our billing team…", „Andrei, care…", «Олег, который…»)
_NAME_WHO = re.compile(
    r"(?<![\w.])[A-ZА-ЯĂÂÎȘȚ][a-zа-яăâîșț]+,?\s+(?:who\b|from\s+(?:our|the)\b|care\b|de\s+la\b|"
    r"(?:котор|кто)(?!\w)|из\s+(?!\d))"
)
_SOMEONE_OR_QUOTED = re.compile(
    r"(?i)(?<!такой\s)человек\w*|\bcineva\b|\bsomeone\b|\banyone\b|\bcine\b|[\"«„“]"
)


def _colleague_judged(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        opens = sentence_start(text, m.end())
        # s42: "you" right before or after the judgement says it of the customer; earlier in the
        # sentence it is who the colleague spoke to ("Jordan who dealt with you on Tuesday is
        # pretty hopeless", «Олег вам неправильно сказал, он … мало что знает»)
        lo = max(opens, m.start() - 12)
        if _YOU_DEALT_WITH.search(text, max(opens, m.start() - 40), m.start()):
            lo = m.start()
        if _SAID_TO_YOU.search(text, lo, m.end() + 40) or _SOMEONE_OR_QUOTED.search(
            text, opens, m.start()
        ):
            return False
        before = (max(three_sentences(text, m.start(), m.end())[0], m.start() - 120), m.start())
        return bool(
            finder(_COLLEAGUE_REF).search(text, *before)
            or _NAME_INSIDE.search(text, *before)
            or _NAME_WHO.search(text, *before)
        )

    hints = present(text, _JUDGED_HINTS)
    message = "What we think of a colleague: the team's, never the customer's (R5)."
    return first_accepted(_JUDGED, text, hints, 60, accept, "internal-info", message)


_HOME = re.compile(
    r"(?i)\b(?:manager|paralegal|accountant|colleague|agent|courier|driver|technician|engineer|"
    r"supervisor|assistant)'s\s+(?:house|home|flat|place)\b[^\n]{0,60}?\d|"
    r"\b(?:[șs]ef[ăa]?\w*|contabil\w*|manager\w*|coleg\w*\s+(?:noastr[ăa]|nostru))\b[^.\n]{0,40}?\b(?:str\.|strada|"
    r"bd\.|bl\.|ap\.)\s*\w[^.\n]{0,20}?\d|"
    r"(?<!\w)(?:нашему|нашей|нашего)\s+(?:бухгалтер|управляющ|менеджер|сотрудни|курьер|мастер|"
    r"директор|администратор|коллег|юрист)\w*[^.\n]{0,30}?(?:ул\.|улица|кв\.\s*\d)"
)
_STAFF_HINTS = ("'s house", "'s home", "'s flat", "'s place", "șef", "sef", "coleg", "contabil",
                "manager", "нашему", "нашей", "нашего")  # fmt: skip
_HOME_HINTS = ("'s house", "'s home", "'s flat", "'s place", "str.", "strada", "bd.", "bl.", "ap.",
               "ул.", "улица", "кв.")  # fmt: skip

# --- a table of other customers, an internal blocklist ------------------------------------------
_TABLE = re.compile(
    r"(?im)^[^\n]*\b(?:name|customer|client|nume|tenant)\b[^\n]*\|[^\n]*\n(?:[^\n]*\|[^\n]*\n?){2,}|"
    r"^[^\n]*(?<!\w)(?:фио|имя|абонент|жилец)(?!\w)[^\n]*\|[^\n]*\n(?:[^\n]*\|[^\n]*\n?){2,}"
)
_BLOCKLIST = re.compile(
    r"(?i)\b(?:do-not-(?:rent|serve|lend|hire|sell|book|fly|insure)\s+list|black\s*list\w*|"
    r"block\s*list|banned\s+(?:customers?\s+)?list)|\blista\s+(?:intern[ăa]\s+)?(?:neagr[ăa]|de\s+"
    r"clien[țţt]i\s+interzi[șs]i)|(?<!\w)(?:стоп-лист\w*|ч[её]рн\w*\s+спис\w*)|"
    # leak18b: an internal list of refused customers by any name ("our internal no-hire list",
    # "lista noastră internă de clienți refuzați", «внутренний список нежелательных клиентов»)
    # of people turned away, not of bookings or prices ("lista internă de rezervări")
    r"\binternal\s+(?:(?:no|do-not)-[\w-]+|refus\w*|bann\w*|block\w*|restrict\w*|watch|exclusion|problem)\s+"
    r"(?:\w+\s+)?list\b|\binternal\s+list\s+of\s+(?:\w+\s+)?(?:banned|refused|blocked|problem|unwanted)\b|"
    r"\blist[ăa]\s+(?:noastr[ăa]\s+)?intern[ăa]\s+(?:a\s+|de\s+)?(?:clien[țt]\w*|persoan\w*|carduri)\s+"
    r"(?:refuza[țt]i|problem[ăa]|interzi[șs]\w*|blocat\w*|nedori[țt]i|compromise)\b|"
    r"(?<!\w)внутренн\w*\s+(?:\w+\s+)?спис\w*\s+(?:нежелательн|запрещ|проблемн|заблокирован|недобросовестн)\w*"
)
_BLOCK_HINTS = (
    "do-not-",
    "blacklist",
    "black list",
    "black-list",
    "blocklist",
    "block list",
    "block-list",
    "banned",
    "lista",
    "стоп-лист",
    "черн",
    "чёрн",
    "internal",
    "internă",
    "interna",
    "внутренн",
)
_NEGATED = re.compile(r"(?i)\b(?:not|never|nu|no)\b|(?<!\w)(?:не|нет)(?!\w)")
# pol100 (trainP38): a stolen handset's IMEI put on the operators' blacklist („am trecut IMEI-ul
# telefonului pe lista neagră"): the public register of stolen devices, no list of our customers
_DEVICE = re.compile(
    r"(?i)\b(?:imei\w*|handset|aparatul|dispozitivul)\b|(?<!\w)(?:imei\w*|устройств\w*)(?!\w)|"
    # pol102 (trainP39): an IP address or a domain on the spam blocklists («иначе IP-адреса всей подсети
    # попали бы в чёрные списки», "our IPs would end up on spam blacklists"): public registers too
    r"\b(?:ip|domain|spam)\w*\b|\bdomeni\w*|(?<!\w)(?:ip-адрес\w*|домен\w*|спам\w*)(?!\w)"
)

# ... unless the list is said to be ours, just before it ("your IP is on our internal blacklist")
_OUR_LIST = re.compile(
    r"(?i)\b(?:our|internal|nostr\w*|noastr\w*|intern\w*)\b|(?<!\w)(?:наш\w*|внутренн\w*)(?!\w)"
)


def _blocklist(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo = max(sentence_start(text, m.start()), m.start() - 60)
        ours = _OUR_LIST.search(text, max(lo, m.start() - 20), m.start())
        if _DEVICE.search(text, lo, m.start()) and not ours:
            return False
        lo, _ = sentence_around(text, m.start(), m.end())  # in its own clause, not negated
        lo = max(lo, m.start() - 30, *(text.rfind(c, lo, m.start()) + 1 for c in ":;,"))
        return _NEGATED.search(text, lo, m.start()) is None

    message = "The customer's place on an internal blocklist (R5)."
    return first_accepted(
        _BLOCKLIST, text, present(text, _BLOCK_HINTS), 80, accept, "internal-info", message
    )


def _business(text: str) -> Iterator[Leak]:
    """Money trouble, untold layoffs or news, undisclosed breaches, real SLA figures and
    what a supplier costs us: the company's own business (R5)."""
    message = "The company's internal business (money, staff, plans, incidents, suppliers) (R5)."
    hints = present(text, _CASH_HINTS)
    yield from first_accepted(_CASH, text, hints, 60, bool, "internal-info", message)

    def untold_near(m: re.Match[str], reach: int = 0) -> bool:
        lo, hi = sentence_around(text, m.start(), m.end())
        lo, hi = max(0, lo - reach), min(len(text), hi + reach)
        return (
            _UNTOLD.search(text, lo, hi) is not None
            or _BREACH_UNTOLD.search(text, lo, hi) is not None
        )

    def breach(m: re.Match[str]) -> bool:
        return untold_near(m, 120)

    def layoff(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.start(), m.end())
        if finder(_STAFF_UNIT).search(text, lo, hi) is None:
            return False
        if _STRONG_LAYOFF.match(m.group(0).lower()) is not None or untold_near(m):
            return True
        # leak18b: a closure and half the staff going, said together ("se închide call-center-ul
        # … și jumătate din echipă pleacă"); either alone may be a holiday or a training day
        return sum(1 for _ in _LAYOFF.finditer(text, lo, hi)) > 1

    def untold(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.start(), m.end())
        return _SPECIFIC.search(text, lo, hi) is not None and _REFUSAL.search(text, lo, hi) is None

    if any_of(text, _UNTOLD_HINTS):
        yield from first_accepted(
            _BREACH, text, present(text, _BREACH_HINTS), 40, breach, "internal-info", message
        )
    yield from first_accepted(
        _LAYOFF, text, present(text, _LAYOFF_HINTS), 40, layoff, "internal-info", message
    )
    yield from first_accepted(
        _UNTOLD, text, present(text, _UNTOLD_HINTS), 60, untold, "internal-info", message
    )
    yield from first_accepted(
        _SLA, text, present(text, _SLA_HINTS), 160, bool, "internal-info", message
    )
    yield from first_accepted(
        _SUPPLIER, text, present(text, _SUPPLIER_HINTS), 40, bool, "internal-info", message
    )
    yield from first_accepted(
        _COVER_STORY, text, present(text, _SLA_HINTS[:3]), 160, bool, "internal-info", message
    )
    yield from first_accepted(
        _OVERSOLD, text, present(text, _OVERSOLD_HINTS), 60, bool, "internal-info", message
    )


def _other_orgs(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.start(), m.end())
        return _SHARED.search(text, max(0, lo - 80), hi) is not None

    message = "Another organisation among our customers, named with its business (R5)."
    hints = present(text, _ORG_HINTS) if any_of(text, _SHARED_HINTS) else ()
    return first_accepted(_OTHER_ORG, text, hints, 40, accept, "other-person", message)


def backoffice(text: str) -> Iterator[Leak]:
    """The families above; several may hold in one draft (each at most once)."""
    yield from _notes(text)
    yield from first_accepted(_QUOTED, text, present(text, _QUOTED_HINTS), 40, bool, "internal-note",
                      "What colleagues said of the customer, quoted (R5).")  # fmt: skip
    yield from _colleague_notes(text)
    yield from _reserves(text)
    yield from first_accepted(_LEANING, text, present(text, _LEANING_HINTS), 90, bool, "internal-info",
                      "Where the adjuster leans before the decision: internal, never for the claimant (R5).")  # fmt: skip
    yield from first_accepted(_LIMIT, text, present(text, _LIMIT_HINTS), 80, bool, "internal-info",
                      "How far retention may go: internal limits (R5).")  # fmt: skip
    yield from first_accepted(_OWN_LIMIT, text, present(text, _OWN_LIMIT_HINTS), 120, bool, "internal-info",
                      "How much an agent may give without a manager: an internal limit (R5).")  # fmt: skip
    yield from first_accepted(_FIRST_IN_QUEUE, text, present(text, _FIRST_IN_QUEUE_HINTS), 90, bool, "internal-info",
                      "Who our queue answers first, by a figure: an internal rule (R5).")  # fmt: skip
    yield from first_accepted(
        _INSIDERS_AHEAD,
        text,
        present(text, _INSIDERS_AHEAD_HINTS),
        160,
        bool,
        "internal-info",
        "Insiders' files put ahead of the customer's: a favour inside the office (R5).",
    )
    yield from first_accepted(_CHAT_TIMER, text, present(text, _CHAT_TIMER_HINTS), 90, bool, "internal-info",
                      "How long a chat may last before staff are penalised: an internal target (R5).")  # fmt: skip
    yield from first_accepted(_UNCONTESTED, text, present(text, _UNCONTESTED_HINTS), 90, bool, "internal-info",
                      "Where our own checks let payments through: an internal rule (R5).")  # fmt: skip
    yield from _business(text)
    yield from _other_orgs(text)
    yield from _roles(text)
    if any_of(text, _ILL_NEEDS):
        yield from first_accepted(_ILL, text, present(text, _ILL_HINTS), 80, bool, "other-person",
                          "A colleague's health or absence reason (R5).")  # fmt: skip
    yield from _colleague_health(text)
    yield from _colleague_judged(text)
    home = present(text, _HOME_HINTS) if any_of(text, _STAFF_HINTS) else ()
    yield from first_accepted(_HOME, text, home, 80, bool, "other-person",
                      "A colleague's home address (R5).")  # fmt: skip
    if text.count("|") >= 6:
        m = _TABLE.search(text)
        if m:
            yield Leak("other-person", *m.span(), "A table of other customers' data (R5).")
    yield from _blocklist(text)
