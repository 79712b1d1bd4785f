"""Draft lint: what to fix in a reply before it goes out, in the ticket's context.

Findings carry the pack rule id, a severity (`block`: must not go out without an explicit
confirmation; `warn`: should be fixed; `info`: could be better), a message, the
character span in the draft, and the guidance rule (R1..R14) it serves. The score is
100 when there is nothing to improve.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from supportdesk.text import span_back, without_controls
from supportdesk.tone.advice import in_language
from supportdesk.tone.analyze import LANGUAGE_NAMES, guess_language, shouting
from supportdesk.tone.construct import THRESHOLD, curt_refusal, scored
from supportdesk.tone.leakfinding import maker_default
from supportdesk.tone.leakvalues import documented_example
from supportdesk.tone.overlap import merge_overlaps
from supportdesk.tone.packs import LANGUAGES, Document, Hit, PackSet, builtin_packs, sentence_of
from supportdesk.tone.readback import cleared, only_own_values
from supportdesk.tone.reader import CATEGORY_SURE
from supportdesk.tone.register import Register, markers
from supportdesk.tone.reply import judge
from supportdesk.tone.secrets import Known, find_leaks
from supportdesk.tone.spanend import secret_end
from supportdesk.tone.words import finder, scan

if TYPE_CHECKING:
    from supportdesk.tone.reader import Reader, Reading

SEVERITY_RANK = {"block": 0, "warn": 1, "info": 2}
PENALTY = {"block": 40, "warn": 12, "info": 3}
_PLACEHOLDER = re.compile(
    r"\{\{[^}\n]{0,60}\}\}|\{%[^}\n]{0,60}%\}|(?<!\{)\{[^\W\d][\w .-]{0,40}\}(?!\})|"
    r"\[(?!#)[^\W\d][\w .'-]{0,40}\](?!\()|<(?![\w.+-]+@)[A-ZĂÂÎȘȚŞŢА-ЯЁ_ ]{3,30}>|"
    r"\b(?:TODO|FIXME|TBD|XXX+)\b|_{3,}|\ue000|%s\b|\$\{?[A-Z_]{3,}\}?"
)
# the first character of every `_PLACEHOLDER` branch: `scan` tries the pattern only
# there (its "\b" and lookbehind branches would have it tried at every position)
_PLACEHOLDER_AT = re.compile(r"[{\[<TFX_\ue000%$]")
_EXCLAIM = re.compile(r"!{2,}|\?!+|!\?+")
_QUOTED = re.compile(r"(?m)^[ \t]*>[^\n]*")
# The customer's words quoted inline after "you wrote/said" ('You wrote: "This is the third
# time…"', 'Вы пишете: «Уже третий раз…»', 'Ați scris: „a treia oară…”'): theirs, shown
# back to acknowledge them (R2, R6), not the agent's tone (R1). The quotation's text is
# blanked like a "> " line when the verb ends within 30 characters before it. Quotations
# are found first (their opening marks are what the engine skips to); the verb is looked
# for only in the few characters before each.
_INLINE_QUOTE = re.compile(
    r"\"(?P<a>[^\"\n]{1,400})\"|“(?P<b>[^”“\n]{1,400})[”“]|«(?P<c>[^»«\n]{1,400})»|"
    r"„(?P<d>[^”“\n]{1,400})[”“]"
)
# pol20: and what the customer saw or got, quoted from a screen or a message ('the error
# you saw ("Sync failed: 409")', „eroarea pe care ați văzut-o («Plata a eșuat»)”, «вы
# видите „Платёж отклонён“»): a program's words, not the agent's (R1).
_SAID_BEFORE = re.compile(  # matched in the lowered text, from one of `_SAID_HINTS`
    r"(?<!\w)(?:you(?:['’]ve| have| had|['’]re| are)?\s+(?:wrote|write|written|said|say|told\s+us|mentioned|put\s+it|"
    r"saw|see|seen|seeing|received|receive|receiving)|"
    r"a[țţt]i\s+(?:scris|spus|menționat|mentionat|văzut|vazut|primit)|ai\s+(?:scris|spus|văzut|vazut|primit)|"
    r"scrie[țţt]i|spune[țţt]i|vede[țţt]i|primi[țţt]i|"
    r"(?:вы|ты)\s+(?:пишете|пишешь|написали|написал[аи]?|говорите|говоришь|сказали|сказал[аи]?|"
    r"отметили|упомянули|видите|видишь|видели|видел[аи]?|получили|получил[аи]?|получаете|получаешь))"
    r"(?!\w)[^\n\"“«„]{0,30}$|"
    # pol84 (trainP32): a colleague's words, quoted to apologise for them ("My colleague told you
    # to 'read the manual before wasting our time'. That was rude", „Colegul meu v-a scris
    # «citiți manualul»", «Коллега написал вам: «…»»): reported, not said (R1)
    # (said to "you": a note of theirs quoted to us, «Коллеги ответили: «…»», is still read, R5)
    r"(?<!\w)(?:(?:colleague|agent|operator|he|she|they)\s+(?:\w+\s+)?(?:told|wrote\s+to|said\s+to|replied\s+to|"
    r"answered)\s+you|(?:коллег\w*|оператор\w*|сотрудник\w*|он|она|они)[\s:,]+(?:\w+[\s:,]+){0,2}?(?:написал\w*|"
    r"сказал\w*|ответил\w*)\s+(?:вам|тебе)|(?:v-a|[țt]i-a)\s+(?:scris|spus|r[ăa]spuns))(?!\w)[^\n\"“«„]{0,30}$|"
    # pol31b (blind44): reported speech before the quote («Вы пишете, что чувствуете себя
    # обманутым и что вас «третий раз кормят обещаниями»», "you wrote that you feel … and
    # that it's \"the third time\""): the customer's words, a clause further on
    r"(?<!\w)(?:you\s+(?:wrote|write|said|say|told\s+us|mentioned)\s+that|a[țţt]i\s+(?:scris|spus)\s+c[ăa]|"
    r"scrie[țţt]i\s+c[ăa]|spune[țţt]i\s+c[ăa]|(?:вы|ты)\s+(?:пишете|пишешь|написали|написал[аи]?|говорите|"
    r"говоришь|сказали|сказал[аи]?),?\s+что)(?!\w)[^\n\"“«„.!?]{0,70}$|"
    # pol119 (trainP45's xz035, every language): a program's words named right before the quote, to
    # apologise for them ("The message 'Invalid input, stupid' should never have been shown",
    # „Mesajul „Ești prost? …” nu trebuia să apară", «Надпись «Ты что, тупой? …» не должна была
    # появиться»): shown, not said to the customer (R1)
    r"(?<!\w)(?:message|text|label|notification|pop-?up|prompt|warning|banner|caption|wording|"
    r"mesajul|textul|eticheta|notificarea|avertismentul|inscrip[țt]ia|"
    r"надпись|сообщение|текст|уведомление|предупреждение)(?:\s+(?:said|read|saying|reading|that\s+said|"
    r"care\s+spunea|cu\s+textul|с\s+текстом))?\s*:?\s*$"
)
# pol34 (R1): the customer's words quoted first and owned as theirs right after ('"Do you
# people even read emails?" — that's a fair question', „…?” — e o întrebare îndreptățită,
# «…?» — справедливый вопрос, «…», — пишете вы): shown back to acknowledge them, not said
# to them. Matched in the lowered text just after the closing mark.
_SAID_AFTER = re.compile(
    r"[\s,.:;!?—–-]{0,6}(?:"
    r"(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:a\s+|an\s+)?(?:very\s+|completely\s+|entirely\s+)?"
    r"(?:fair|reasonable|valid|legitimate|understandable|good|honest)\s+(?:question|point|complaint|thing)|"
    r"(?:you\s+(?:asked|wrote|said)|asked\s+you)(?!\w)|"
    r"(?:e|este|a\s+fost)\s+o\s+(?:[îi]ntrebare|remarc[ăa]|observa[țţt]ie|nemul[țţt]umire)\s+"
    r"(?:[îi]ndrept[ăa][țţt]it[ăa]|legitim[ăa]|just[ăa]|corect[ăa]|fireasc[ăa]|bun[ăa]|de\s+[îi]n[țţt]eles)|"
    r"(?:m|ne)-?a[țţt]i\s+(?:[îi]ntrebat|scris)|"
    r"(?:это\s+)?(?:вполне\s+|совершенно\s+)?(?:справедлив|законн|резонн|понятн|честн|хорош)\w*\s+"
    r"(?:вопрос|упр[её]к|замечани)|(?:спрашиваете|пишете|написали|спросили)\s+вы(?!\w)|"
    # pol35: or granted outright right after ('"Stop sending me scripted apologies." Fair
    # enough.', „…” Aveți dreptate., «…» — справедливо.): their point conceded
    r"fair\s+enough(?!\w)|(?:you['’]re|you\s+are)\s+(?:quite\s+|absolutely\s+|completely\s+)?right(?!\w)|"
    r"(?:ave[țţt]i|ai)\s+(?:perfect[ăa]\s+|toat[ăa]\s+)?dreptate|"
    r"(?:это\s+)?(?:вполне\s+|совершенно\s+)?(?:справедливо|резонно|заслуженно)(?!\w)|"
    r"(?:вы\s+|ты\s+)?(?:совершенно\s+|абсолютно\s+)?(?:правы|прав|права)(?!\w))"
)
_QUOTE_MARKS = ('"', "“", "«", "„")
# s41 (blind61): the customer's words in single quotes ("you said the page 'makes you feel
# stupid'"): an apostrophe is no quotation, so a quote opens after no letter, closes before
# none and holds none inside ("'it doesn't work'" stays unread, as before)
_SINGLE_QUOTE = {
    "'": re.compile(r"'(?P<s>[^'\n]{1,200})'(?![\w'])"),
    "‘": re.compile(r"‘(?P<t>[^’‘\n]{1,200})’"),
}


def _single_quotes(text: str) -> Iterator[re.Match[str]]:
    """`_SINGLE_QUOTE`'s matches, tried only where a quote mark stands after no letter: a
    pattern that opens with a lookbehind is tried at every position of the draft (50 us for
    2,000 characters), and the lint runs on every keystroke."""
    for mark, pattern in _SINGLE_QUOTE.items():
        at = text.find(mark)
        while at >= 0:
            m = None
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'"):
                m = pattern.match(text, at)
            if m:
                yield m
            at = text.find(mark, m.end() if m else at + 1)


# s36 (trainP21): the customer's word for themselves denied right before the quote ('You're not
# "hopeless with tech"', „Nu sunteți deloc „prea proastă pentru tehnologie"", «Вы совсем не
# «тупая»»): their word taken back, not the agent's (R1)
_DENIED_BEFORE = re.compile(r"(?<!\w)(?:(?:not|never)(?:\s+at\s+all)?|nu|deloc|не)\s*$")
# where a `_SAID_BEFORE` match can start ("mi-ați", "ne-ați" from their "ați"): the
# pattern is tried only there, not at each of the 60 characters before a quotation
_SAID_HINTS = ("you", "ați", "aţi", "ati", "ai", "scrie", "spune", "vede", "primi", "вы", "ты",
               "colleague", "agent", "operator", "coleg", "коллег", "оператор", "сотрудник", "he", "she",
               "they", "v-a", "ți-a", "ti-a", "он", "она", "они",
               # pol119: a program's words
               "message", "text", "label", "notification", "pop", "prompt", "warning", "banner",
               "caption", "wording", "mesajul", "eticheta", "notificarea", "avertismentul", "inscrip",
               "надпись", "сообщение", "текст", "уведомление", "предупреждение")  # fmt: skip


def _said_before(text: str, start: int) -> bool:
    """Whether a "you wrote"/"ați scris"/"вы пишете" ends just before `start`."""
    before = text[max(0, start - 100) : start].lower()
    for hint in _SAID_HINTS:
        at = before.find(hint)
        while at >= 0:
            if _SAID_BEFORE.match(before, at):
                return True
            at = before.find(hint, at + 1)
    return False


_MAX_JARGON = 5


@dataclass(frozen=True, slots=True)
class Context:
    """What the ticket tells the lint; every field optional (a bare draft lints too)."""

    language: str = ""  # the customer's language (R14)
    register: str = "unknown"  # the customer's register (R3)
    technical: str = "unknown"  # novice | average | expert (R8)
    attachments: int = 0  # files attached to the draft
    customer_email: str = ""
    own_addresses: frozenset[str] = frozenset()
    # Addresses of the desk's customers, lowercase (`lint_context` folds them): built once
    # per context, never per lint — a desk may hold 100k of them.
    other_customers: frozenset[str] = frozenset()
    customer_name: str = ""
    # Full names of the desk's customers, lowercased (`full_names`): same rule as above
    other_names: frozenset[str] = frozenset()
    # The customer's own e-mails, IBANs, phone numbers and streets (`leakvalues.own_values` of
    # what they wrote and what the desk holds): echoed back to them, no leak (R5)
    customer_data: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: str  # block | warn | info
    message: str
    start: int
    end: int
    serves: str  # the guidance rule, R1..R14
    category: str = ""
    # the other pack rules that flagged (some of) the same words, merged into this one
    # finding (overlap.py): one piece of advice and one penalty per span
    also: tuple[str, ...] = ()
    # about the reply as a whole (no kind word anywhere, the reader's whole-reply
    # reading): the span only says where the body starts, no words of it are at fault,
    # so a UI names it "whole reply" and selects nothing (declared here, where the
    # finding is made, not in a list of rule names kept by the TUI; ux19)
    whole: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "serves": self.serves,
            "category": self.category,
            "also": list(self.also),
        }


@dataclass(slots=True)
class Report:
    language: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def score(self) -> int:
        return max(0, 100 - sum(PENALTY[f.severity] for f in self.findings))

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "block"]

    def to_json(self) -> dict[str, object]:
        return {
            "score": self.score,
            "language": self.language,
            "findings": [f.to_json() for f in self.findings],
        }


def lint(
    text: str,
    context: Context | None = None,
    packs: PackSet | None = None,
    language: str = "",
    reader: Reader | None = None,
) -> Report:
    """Every finding in the draft `text`, most severe first, then in text order.

    `reader` (tone/reader.py) adds the sentences its model reads as rude that no rule
    caught; without it the lint is the rules alone, fast enough to run on each pause in
    typing.

    Escape sequences and control characters are read as a terminal shows them, not at
    all (`without_controls`; the spans are the draft's): `TODO\x1b[31m` pasted from a
    terminal is the placeholder TODO, not a password of mixed symbols."""
    shown, where = without_controls(text)
    if where is not None:
        report = _spans_back(lint(shown, context, packs, language), where)
        return read_with(report, text, reader, context) if reader is not None else report
    ctx = context or Context()
    packs = packs or builtin_packs()
    lang = language if language in LANGUAGES else guess_language(text, ctx.language or "en")
    doc = packs.document(unquoted(text), lang)
    findings: list[Finding] = []
    for rule in packs.rules(lang):
        for hit in rule.matcher.hits(doc):
            findings.append(
                Finding(
                    rule.id,
                    rule.severity,
                    rule.message,
                    hit.start,
                    hit.end,
                    rule.serves,
                    rule.category,
                )
            )
    findings = merge_overlaps(
        _published_spared(doc, packs, _owned_spared(doc, packs, findings)), SEVERITY_RANK
    )
    findings += _published_spared(doc, packs, _leaks(text, ctx, packs))
    findings += _shouting(doc.text)
    findings += _placeholders(text)
    findings += _structure(doc, ctx, packs)
    reg = markers(doc, packs)
    findings += [  # the draft's words in its own quotation marks (advice.py)
        replace(f, message=in_language(f.message, lang))
        for f in _register(doc, ctx, _addressed(doc, packs, reg))
    ]
    findings += _model(doc, packs, reg, findings)
    if ctx.language in LANGUAGES and lang != ctx.language and language == "":
        findings.append(
            Finding(
                "language",
                "warn",
                f"The customer writes in {LANGUAGE_NAMES[ctx.language]}; this draft looks "
                f"like {LANGUAGE_NAMES.get(lang, lang)} (R14).",  # any code langid knows
                0,
                min(len(text), 40),
                "R14",
                "language",
            )
        )
    findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], f.start, f.rule))
    report = Report(lang, _dedupe(findings))
    return read_with(report, text, reader, ctx) if reader is not None else report


# pol19: the pack rules that judge what the customer did or argue with their account
# (R1, R6). Over every labelled draft and the first runs of 26 unseen writers' sets, the
# single most common shape of their false alarms on polite drafts was the reply owning
# the fault or conceding the point in the same sentence: "That delay is on us, not you",
# "Ai dreptate, am greșit eu", "это наша проблема, а не твоя".
OWNABLE = frozenset({"blaming", "argumentative", "dismissive"})


def _owned_spared(doc: Document, packs: PackSet, findings: list[Finding]) -> list[Finding]:
    """`findings` without the blaming, arguing and shrugging ones (`OWNABLE`: "это
    наша проблема, а не твоя" is no "not our problem") in a sentence where
    the reply owns the fault or concedes the customer's point (the pack's `owned`
    words: "my mistake", "am greșit", "мы ошиблись", "you're right"; their negations,
    "not our fault", are no ownership): a verdict on the customer cannot stand in the
    sentence that takes the blame (R1, R6). A turn between the two ("our mistake, but
    you should have…", the pack's `contrast` words) ends what the ownership covers."""
    if not any(f.category in OWNABLE for f in findings):
        return findings
    owned = packs.find(doc, "owned")
    if not owned:
        return findings
    turns = [h.start for h in packs.find(doc, "contrast")]

    def covered(f: Finding) -> bool:
        at = sentence_of(doc, f.start)
        return any(
            sentence_of(doc, h.start) == at
            and not any(min(h.end, f.end) <= t < max(h.start, f.start) for t in turns)
            for h in owned
        )

    return [f for f in findings if f.category not in OWNABLE or not covered(f)]


def _published_spared(doc: Document, packs: PackSet, findings: list[Finding]) -> list[Finding]:
    """`findings` without the business figures (`*.internal-info`) in a sentence that cites
    where they are published (the pack's `published` words: "our published annual report",
    „raportul anual publicat", «опубликованы в годовом отчёте»), unless that sentence also
    says they are not public yet (`unpublished`: "not yet published", „încă nu", «ещё не»).
    Three writers' clean look-alikes (heldK24, trainK29, trainK36) quoted the revenue from the
    annual report, and turnover is what R5 keeps in only until it is published."""
    if not any(f.rule.endswith("internal-info") for f in findings):
        return findings
    cited = _public_sentences(doc, packs)
    return [
        f
        for f in findings
        if not (f.rule.endswith("internal-info") and sentence_of(doc, f.start) in cited)
    ]


def _public_sentences(doc: Document, packs: PackSet) -> set[int]:
    """The sentences that cite where what they tell is public (`published`, not `unpublished`)."""
    published = packs.find(doc, "published")
    if not published:
        return set()
    cited = {sentence_of(doc, h.start) for h in published}
    cited |= _there_after(doc, cited)
    return cited - {sentence_of(doc, h.start) for h in packs.find(doc, "unpublished")}


# pol138 (heldK62's ro-yz037): a sentence that points back to the place just cited ("… published on the
# exchange's site. There you'll find the turnover, the profit …", „Acolo găsiți cifra de afaceri", «Там
# есть выручка»): what it tells is at that public place too
_THERE = re.compile(
    r"(?i)(?:there\s+you\b|acolo\s+(?:g[ăa]si[țt]i|ve[țt]i\s+g[ăa]si|pute[țt]i|sunt|e|este)\b|"
    r"(?:там|в\s+н[её]м)\s+(?:есть|вы\s+найд[её]те|найд[её]те|указан\w*|опубликован\w*)(?!\w))"
)


def _there_after(doc: Document, cited: set[int]) -> set[int]:
    index = doc.index
    opened: dict[int, int] = {}  # each sentence number -> where its first word starts
    for start, number in zip(index.starts, index.sentences, strict=True):
        opened.setdefault(number, start)
    return {n + 1 for n in cited if n + 1 in opened and _THERE.match(doc.text, opened[n + 1])}


def _spared_readings(text: str, language: str, leaks: list[Finding]) -> list[Finding]:
    """The readers' leak findings without those in a sentence that cites where what it tells
    is public (as `_published_spared` does for the rules' business figures: a takeover "you
    may have seen in the press", a promo code "published in our VK group"), that says a
    secret was sent elsewhere without giving it, or that names the customer's nearest branch
    (the packs' `reader_leak_spared`: "a temporary password has been sent to …", "Your nearest
    branch after that is Windermere", pol108), or that tells the maker's default with the
    instruction to replace it (pol116, as the password rules do). The readers cannot tell these from a leak
    (trainK56, heldK49 and three older sets: six clean look-alikes blocked; five more sets, five
    nearest branches); every rule still blocks a value written out."""
    if not leaks or language not in LANGUAGES:
        return leaks
    packs = builtin_packs()
    doc = packs.document(text, language)
    spared = _public_sentences(doc, packs)
    spared |= {sentence_of(doc, h.start) for h in packs.find(doc, "reader_leak_spared")}
    # a reader's sentence may be two of the packs' ("… until you change it; every new SIM …");
    # pol116 (trainK60's ru-xs027): the maker's default told with the instruction to replace it
    # («Заводской логин и пароль admin / admin, … система сама попросит их сменить»), as the
    # password rules read it (leakfinding.maker_default)
    return [
        f
        for f in leaks
        if not spared.intersection(
            range(sentence_of(doc, f.start), sentence_of(doc, max(f.start, f.end - 1)) + 1)
        )
        and not maker_default(text, f.start, f.end, f.start)
    ]


def read_with(report: Report, text: str, reader: Reader, context: Context | None = None) -> Report:
    """`report` (the rules' lint of `text` in `context`) with the reader's findings added:
    the TUI shows the rules' report at once and adds these from a worker without linting
    again. `context` tells whose data the draft may read back (tone/readback.py).

    When the reader finds the reply calm throughout (reader.Verdict.calm), the rules'
    R1/R6 warnings become info: a word list cannot tell "your claim is approved" from
    "your claim is wrong", and two readers disagreeing is worth a look, not a warning."""
    shown, where = without_controls(text)
    verdict = reader.judge(unquoted(shown), report.language)
    readings = verdict.readings
    # pol133: in a reply of one sentence, the sentence's reading is the whole reply's; the packs
    # are asked only when such a reading is there
    reply = shown.strip()
    whole = [r for r in readings if r.whole or shown[r.start : r.end].strip() == reply]
    if whole and _whole_spared(shown, report.language):
        readings = [r for r in readings if r not in whole]
    found = _read(readings, report.findings, where)
    known = _known(context or Context())
    found += _spared_readings(
        text,
        report.language,
        [
            f
            for f in _read_leaks(verdict.leaks, report.findings, where)
            if not cleared(text, f.start, f.end, known)
            and not (f.rule == READER_WORDING_LEAK_RULE and only_own_values(text, known))
        ],  # leakT16: the customer's own data read back, our payment details (tone/readback.py)
    )
    calm = verdict.calm and not _blamed_twice(report.findings)
    calmed = [_calmed(f) if calm and _is_tone_warning(f) else f for f in report.findings]
    if not found and calmed == report.findings:
        return report
    findings = sorted(calmed + found, key=lambda f: (SEVERITY_RANK[f.severity], f.start, f.rule))
    return Report(report.language, findings)


def _whole_spared(text: str, language: str) -> bool:
    """pol30 (trainP5): a reply that apologises for a named thing, owns the fault or warns
    the customer to protect them (the packs' `reader_spared`: "Sorry for the mix-up",
    „e vina noastră", «никому не сообщайте код») is not curt as a whole, whatever the
    whole-reply head reads: it read 9 of trainP5's 135 polite drafts so, while 1 of the 112
    rude drafts of blind36-42 and trainP2-4 it alone caught holds such words, sarcastic
    ("I'm so sorry our free app doesn't meet your standards", not an apology for a named
    thing). Its sentence readings and every rule still apply, but for the one sentence that is
    the whole reply (pol133: "Done — refund issued." read dismissive in nine trainP sets; of the
    630 labelled drafts of up to 160 characters these words spare, no rude one had such a
    reading)."""
    if language not in LANGUAGES:
        return False
    packs = builtin_packs()
    return bool(packs.find(packs.document(text, language), "reader_spared"))


def _blamed_twice(findings: list[Finding]) -> bool:
    """pol119 (trainP45's xz012, every language): two blaming warnings at two places ("that date
    was selected on your end" … "If it had been checked at the time, this could have been
    avoided", „a fost selectată de dumneavoastră" … „Dacă ar fi fost verificată atunci", «дату вы
    выбрали сами» … «Если бы вы проверили письмо сразу») lay the fault on the customer however
    calmly the reply is worded, so the reader's calm does not soften them (R1, R6). With the
    rules alone, none of the 13,629 labelled polite drafts holds two, and 165 rude ones do."""
    return len({f.start for f in findings if f.category == "blaming" and _is_tone_warning(f)}) >= 2


def _is_tone_warning(f: Finding) -> bool:
    return f.serves in ("R1", "R6") and f.severity == "warn"


def _calmed(f: Finding) -> Finding:
    return replace(f, severity="info", message=f"{f.message} {CALM_NOTE}")


def _spans_back(report: Report, where: list[int]) -> Report:
    """`report` of the draft without its control characters, with the draft's spans."""
    return Report(
        report.language,
        [
            replace(f, start=a, end=b)
            for f in report.findings
            for a, b in [span_back(where, f.start, f.end)]
        ],
    )


def unquoted(text: str) -> str:
    """`text` with the customer's quoted lines ("> you idiots never answer") and their
    words quoted inline after "you wrote" (`_SAID_BEFORE`) blanked, same length so spans
    stay spans of the draft: the tone rules judge what the agent writes, not what they
    quote. Leaks are still searched in the whole draft (R5: a
    quoted password goes out all the same)."""
    if ">" in text:
        text = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    quotes = list(_INLINE_QUOTE.finditer(text)) if any(q in text for q in _QUOTE_MARKS) else []
    if "'" in text or "‘" in text:
        quotes += _single_quotes(text)
    for m in quotes:
        if (
            _said_before(text, m.start())
            or _SAID_AFTER.match(text[m.end() : m.end() + 80].lower())
            or _DENIED_BEFORE.search(text[max(0, m.start() - 30) : m.start()].lower())
        ):
            s, e = m.span(m.lastgroup or 0)
            text = text[:s] + " " * (e - s) + text[e:]
    return text


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per span and rule family: a password is not also a "secret". The
    rule left out is named in the kept finding's `also`, as `merge_overlaps` names the
    rules it merges: a pack rule whose span a detector's leak already covers still shows
    it matched (tests/test_tone.py runs every pack example). Of two starting together the
    longer is kept, since its span is what the agent must remove (a whole note line, not
    the words in it that gave it away); findings come sorted by start, so no other kept
    finding can hold a later one."""
    out: list[Finding] = []
    for f in findings:
        if f.serves == "R5":
            at = next(
                (
                    i
                    for i, o in enumerate(out)
                    if o.serves == "R5"
                    and o.start < f.end
                    and f.start < o.end
                    and o.severity == f.severity
                ),
                None,
            )
            if at is not None:
                kept = out[at]
                if f.start == kept.start and f.end > kept.end:
                    # the finding that holds the other is the one to show: the whole
                    # internal note, not the playbook rule it states (s18)
                    kept, f = f, kept
                named = (*kept.also, *(r for r in (f.rule, *f.also) if r != kept.rule))
                out[at] = replace(kept, also=tuple(dict.fromkeys(named)))
                continue
        out.append(f)
    return out


def _known(ctx: Context, packs: PackSet | None = None) -> Known:
    """What the leak detectors may take from the ticket (`packs`: the team's terms and
    internal domains, which the reader's read-back check does not need)."""
    return Known(
        customer_email=ctx.customer_email,
        own_addresses=ctx.own_addresses,
        other_customers=ctx.other_customers,  # lowercase; the customer's own is skipped first
        customer_name=ctx.customer_name.lower(),
        other_names=ctx.other_names,
        own_values=ctx.customer_data,
        terms=packs.terms if packs else (),
        internal_domains=packs.domains if packs else (),
    )


def _leaks(text: str, ctx: Context, packs: PackSet) -> list[Finding]:
    known = _known(ctx, packs)
    return [
        Finding(
            f"confidential.{leak.kind}",
            "block",
            leak.message,
            leak.start,
            secret_end(text, leak.start, leak.end),  # "Kx9#mQ2!vL", not "Kx9#mQ2!vL,"
            "R5",
            "confidential",
        )
        for leak in find_leaks(text, known)
        if not documented_example(text, leak.start, leak.end)
    ]


_MODEL_MESSAGE = {
    "sarcastic": "This reads as sarcasm (praise next to a failure); say what happened plainly (R1).",
    "condescending": "This talks down to the customer (a pointed question or “obviously”, “simply”); answer as if the question were a fair one, because it is (R1, R8).",
    "blaming": "This puts the fault on the customer; say what happened and how to fix it, without judging what they did (R1, R6).",
    "dismissive": "This sounds impatient or closes the door; give the answer again kindly, or an alternative (R1).",
}


# the reply-level judgement (reply.py), by what weighed most: what to change, not a verdict
_REPLY_MESSAGE = {
    "dismissive": "The reply as a whole refuses, closes or cites the rules and offers nothing: no apology, reason, alternative, next step or offer to help. Keep the facts, and add what you can do and when (R1, R4).",
    "blaming": "The reply as a whole is about what the customer did wrong (or what “was not done”): say what happened neutrally and how to put it right, and drop the verdict (R6).",
    "sarcastic": "The reply reads as irony: praise, “good news” or drama set against the customer's trouble. Say what happened plainly (R1).",
    "condescending": "The reply talks down (exaggerated patience, “as simply as possible”, spelling out the obvious): explain once, plainly, as to an equal (R1, R8).",
    "argumentative": "The reply as a whole argues with the customer's account (“as you describe”, “our data shows”, no mistake on our side): acknowledge what they saw, then give the facts and what happens next (R6).",
}


def _model(doc: Document, packs: PackSet, reg: Register, found: list[Finding]) -> list[Finding]:
    """The scored construction model (construct.py), then the curt refusal and the
    reply-level judgement (reply.py) for what no phrase rule or sentence has flagged:
    all three share the one sentence analysis."""
    tone = [f for f in found if f.serves in ("R1", "R6") and f.severity == "warn"]
    out: list[Finding] = []
    you = reg.formal + reg.informal
    sentences = scored(doc, packs, you)
    for c in sentences:
        if c.score < THRESHOLD or any(f.start < c.end and c.start < f.end for f in tone):
            continue
        out.append(
            Finding(
                f"{doc.language}.construction",
                "warn",
                in_language(_MODEL_MESSAGE[c.category], doc.language),
                c.start,
                c.end,
                "R1",
                c.category,
            )
        )
    if tone or out:
        return out
    hit = curt_refusal(doc, packs)
    if hit is not None:
        out.append(
            Finding(
                f"{doc.language}.curt-refusal",
                "warn",
                "A bare refusal with no kind word, alternative or next step reads as a door shut in the customer's face: say you are sorry, why, and what you can do instead (R1, R4).",
                hit.start,
                hit.end,
                "R1",
                "dismissive",
            )
        )
        return out
    verdict = judge(doc, packs, sentences, you)
    if verdict is not None:
        out.append(
            Finding(
                f"{doc.language}.reply",
                "warn",
                in_language(_REPLY_MESSAGE[verdict.category], doc.language),
                verdict.start,
                verdict.end,
                "R6" if verdict.category in ("blaming", "argumentative") else "R1",
                verdict.category,
            )
        )
    return out


READER_RULE = "reader.rude"
READER_WHOLE_RULE = "reader.whole"  # the whole reply reads rude, no sentence alone does
READER_LEAK_RULE = "reader.leak"
# the wording head's (tone/lexical.py) readings: their own ids and words, so that the agent
# and the eval know which reader spoke (Reading.worded)
READER_WORDING_RULE = "reader.wording"  # the reply's wording, as a whole, reads rude
READER_WORDING_LEAK_RULE = "reader.wording-leak"  # the reply is worded like a leak
READER_LEAK_MESSAGE = (
    "Reads like confidential data to the meaning model (R5): another customer's details, "
    "our internal notes or systems, or credentials. Remove it, or confirm at review if "
    "it is the customer's own or public."
)
READER_WORDING_LEAK_MESSAGE = (
    "The reply is worded like one that gives away confidential data (R5), this sentence "
    "most: another customer's details, our internal notes, plans or weak spots, or "
    "credentials. Remove it, or confirm at review if it is the customer's own or public."
)
# Said after a rule's R1/R6 message the reader overrules (read_with): why it is only info.
CALM_NOTE = "(Info only: the reader reads this reply as calm; check the wording is meant.)"
READER_MESSAGE = (
    "Reads as rude, dismissive or blaming to the meaning model (R1, R6): "
    "say it as you would to a customer you respect."
)
# What to change, by the kind of rudeness the reader's category head names (when it is
# sure enough, reader.CATEGORY_SURE; otherwise READER_MESSAGE): the agent gets the same
# advice a rule of that category would give.
READER_MESSAGES = {
    "dismissive": "Reads as shrugging the problem off to the meaning model: say what you will do about it and when (R1, R4).",
    "blaming": "Reads as blaming the customer to the meaning model: say what happened and how to put it right, without a verdict on what they did (R6).",
    "condescending": "Reads as talking down to the meaning model: explain once, plainly, as to an equal (R1, R8).",
    "sarcastic": "Reads as sarcasm to the meaning model: say what happened plainly (R1).",
    "argumentative": "Reads as arguing with the customer to the meaning model: acknowledge what they saw, then give the facts and what happens next (R6).",
    "rude": "Reads as curt or hostile to the meaning model: say it as you would to a customer you respect (R1).",
    "insult": "Reads as an insult to the meaning model: describe the problem, never the person (R1).",
}


def _read(
    readings: list[Reading], found: list[Finding], where: list[int] | None = None
) -> list[Finding]:
    """The reader's rude sentences (R1, R6) where no rule has already said so; its
    whole-reply reading only where nothing in the reply has. `where` maps the read
    text's positions to the draft's (`without_controls`)."""
    tone = [f for f in found if f.serves in ("R1", "R6") and f.severity != "info"]
    out = []
    for r in readings:
        start, end = span_back(where, r.start, r.end)
        if any(f.start < end and start < f.end for f in tone) or (r.whole and tone):
            continue
        kind = r.category if r.confidence >= CATEGORY_SURE and r.category in READER_MESSAGES else ""
        message = READER_MESSAGES[kind] if kind else READER_MESSAGE
        rule = (READER_WORDING_RULE if r.worded else READER_WHOLE_RULE) if r.whole else READER_RULE
        out.append(
            Finding(
                rule,
                "warn",
                _as_a_whole(message, r.worded) if r.whole else message,
                start,
                end,
                "R6" if kind in ("blaming", "argumentative") else "R1",
                kind or "tone",
                whole=r.whole,
            )
        )
    return out


def _read_leaks(
    readings: list[Reading], found: list[Finding], where: list[int] | None
) -> list[Finding]:
    """The leak head's sentences (R5, block) where no leak rule already blocks."""
    leaks = [f for f in found if f.serves == "R5" and f.severity == "block"]
    out = []
    for r in readings:
        start, end = span_back(where, r.start, r.end)
        if r.worded and leaks:  # the wording head's verdict on a reply already blocked
            continue
        if not any(f.start < end and start < f.end for f in leaks):
            rule, message = (
                (READER_WORDING_LEAK_RULE, READER_WORDING_LEAK_MESSAGE)
                if r.worded
                else (READER_LEAK_RULE, READER_LEAK_MESSAGE)
            )
            out.append(Finding(rule, "block", message, start, end, "R5", r.category))
    return out


def _as_a_whole(message: str, worded: bool = False) -> str:
    """A sentence's advice said of the whole reply: "Reads as …" -> "As a whole, the
    reply reads as …", or for the wording head "As a whole, the reply's wording reads as
    …" without the meaning model's name."""
    if worded:
        rest = message.removeprefix("Reads").replace(" to the meaning model", "", 1)
        return "As a whole, the reply's wording reads" + rest
    return "As a whole, the reply reads" + message.removeprefix("Reads")


# pol19: a line of code (a call "orders(customer_id)", a snake_case name, a line ending
# in ";", "{" or "="): SQL keywords and constants in capitals there are the language's
# spelling, not raised voice (blind11 en/ro: "CREATE INDEX idx_customer ON orders(…);")
_CODE_LINE = re.compile(r"\w\(|[^\W_]_[^\W_]|[;{}=]\s*$")


def _on_code_line(text: str, start: int, seen: dict[int, bool] | None = None) -> bool:
    """Whether the line holding `start` reads as code; `seen` keeps each line's answer by
    where it starts, so a long line of many capitals is searched once, not once a word."""
    line_start = text.rfind("\n", 0, start) + 1
    if seen is not None and line_start in seen:
        return seen[line_start]
    line_end = text.find("\n", start)
    code = bool(_CODE_LINE.search(text[line_start : line_end if line_end >= 0 else len(text)]))
    if seen is not None:
        seen[line_start] = code
    return code


# pol20: a step of a menu path ("SETTINGS > PRIVACY", "Setări → SECURITATE"): the
# program's labels as they appear on screen, not raised voice (R1)
_MENU_BEFORE = re.compile(r"[>→»›]\s*$")
_MENU_AFTER = re.compile(r"^\s*[>→»›]")
# the button, tab or setting named after the verb that works it ("tap SAVE", "switch off
# AUTO SYNC", "apăsați TRIMITE", "нажмите ОТПРАВИТЬ") or what a screen shows ("the app says
# NO SIGNAL", "pe ecran apare EROARE", "экран показывает ОШИБКА"): a label (R1). Matched
# in the text before the capitals, over the capitals between ("AUTO" of "AUTO SYNC"); the
# words between are capitals too: "I SAID the refund is NOT possible" names no label.
# spd24: case-insensitive as a whole, the capitals scoped case-sensitive (the same
# matches), so that its `Finder` tries it only where one of its verbs starts (~28 µs a
# call when the engine entered the 70-verb alternation at each position of the window)
_LABEL_VERB = re.compile(
    r"(?i)(?<!\w)(?:tap|click|press|hit|select|choose|pick|open|enable|disable|toggle|switch\s+(?:on|off)|"
    r"turn\s+(?:on|off)|go\s+to|says|shows|showed|displays|displayed|reads|"
    r"apăsați|apasă|apasati|apasa|selectați|selectati|selectează|selecteaza|alegeți|alegeti|alege|"
    r"deschideți|deschideti|deschide|activați|activati|activează|activeaza|dezactivați|dezactivati|"
    r"mergeți\s+la|mergeti\s+la|afișează|afiseaza|arată|arata|apare|"
    r"нажмите|нажми|выберите|выбери|откройте|открой|включите|включи|отключите|отключи|"
    r"перейдите\s+в|показывает|выдает|выдаёт|высвечивается|появляется)"
    r"(?:\s+(?:the|on|pe|butonul|opțiunea|optiunea|кнопку|пункт))?[\s:]+(?-i:[A-ZĂÂÎȘȚА-ЯЁ]{2,}\s+){0,3}$"
)


# pol76 (trainP30): a letter's heading line, in capitals up to a dash and its reference ("FINAL
# NOTICE - Account 40021783", „SOMAȚIE DE PLATĂ - Cod client 7100458823"): the document's title
_HEADING = re.compile(
    r"[^\S\n]*(?P<caps>[A-ZĂÂÎȘȚА-ЯЁ][A-ZĂÂÎȘȚА-ЯЁ ]+) [-–—:] [A-ZĂÂÎȘȚА-ЯЁ][\w .№#]{0,30}?\d[\w/-]*[^\S\n]*(?:\n|$)"
)


# pol100 (trainP38): a letter's title on a line of its own, named as a document ("NOTICE OF
# ASSIGNMENT", „NOTIFICARE DE CESIUNE", «УВЕДОМЛЕНИЕ ОБ УСТУПКЕ»); a shouted line names none
_TITLE_LINE = re.compile(r"[^\S\n]*(?P<caps>(?:[A-ZĂÂÎȘȚА-ЯЁ]+ ){0,5}[A-ZĂÂÎȘȚА-ЯЁ]+)[^\S\n]*\n")
_DOCUMENT_TITLE = re.compile(
    r"\b(?:NOTICE|STATEMENT|INVOICE|REMINDER|ASSIGNMENT|SUMMONS|NOTIFICARE|SOMA[ȚT]IE|CESIUNE|"
    r"FACTUR[ĂA]|УВЕДОМЛЕНИЕ|ПРЕТЕНЗИЯ|ТРЕБОВАНИЕ|ИЗВЕЩЕНИЕ)\b"
)


def _heading(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    m = _HEADING.match(text, line)
    if m is not None and start < m.end("caps"):
        return True
    title = _TITLE_LINE.match(text, line)
    return title is not None and _DOCUMENT_TITLE.search(title.group("caps")) is not None


def _labels(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether the capitals at `start`:`end` are a label: inside quotation marks (what a
    screen or a message says, '"CARD BLOCKED"', «ОПЛАЧЕНО»), a step of a menu path or a
    letter's heading."""
    return (
        _heading(text, start)
        or any(s <= start and end <= e for s, e in quoted)
        or bool(_MENU_BEFORE.search(text, max(0, start - 3), start))
        or bool(_MENU_AFTER.match(text[end : end + 3]))
        or finder(_LABEL_VERB).search(text, max(0, start - 60), start) is not None
    )


def _shouting(text: str) -> list[Finding]:
    out = []
    lines: dict[int, bool] = {}
    caps = [(s, e) for s, e in shouting(text) if not _on_code_line(text, s, lines)]
    if caps:
        quoted = (
            [m.span() for m in _INLINE_QUOTE.finditer(text)]
            if any(q in text for q in _QUOTE_MARKS)
            else []
        )
        caps = [(s, e) for s, e in caps if not _labels(text, s, e, quoted)]
    # two different words: one name in capitals said twice ("the PRO plan … PRO
    # features") is a name, not raised voice (R1)
    if len({text[s:e] for s, e in caps}) >= 2:
        out.append(
            Finding(
                "shouting.capitals",
                "warn",
                "Words in capitals read as shouting; use plain case (R1).",
                caps[0][0],
                caps[-1][1],
                "R1",
                "shouting",
            )
        )
    for m in finder(_EXCLAIM).finditer(text):
        out.append(
            Finding(
                "shouting.punctuation",
                "warn",
                "Repeated “!” or “?!” reads as shouting or exasperation (R1).",
                m.start(),
                m.end(),
                "R1",
                "shouting",
            )
        )
    return out


# fix13: a format mask is no unfilled placeholder: "paste the key as XXXXX-XXXXX-XXXXX", a
# card shown as "XXXX XXXX XXXX 1234" (X groups joined by dashes, or ending in the digits
# they hide); "Dear XXX," and "XXX: add the date" still are (R12)
_MASK = re.compile(r"[X\d]{3,}(?:-[X\d]{3,})+|(?:X{3,} )+\d{2,}")


def _masked(text: str, m: re.Match[str]) -> bool:
    """Whether the X run `m` is part of a format mask around it."""
    if not m.group().startswith("XXX"):
        return False
    lo, hi = max(0, m.start() - 40), min(len(text), m.end() + 40)
    return any(k.start() <= m.start() and m.end() <= k.end() for k in _MASK.finditer(text, lo, hi))


def _in_code(text: str, m: re.Match[str]) -> bool:
    """pol30 (trainP5): "<PID>" in `kill -9 <PID>` is the command's parameter for the
    customer to fill in, not our unfilled template: an angle-bracket placeholder inside
    inline code (an odd number of backticks before it on its line, one after) or inside
    a fenced block. "TODO" and "[NAME]" there are still ours (R12)."""
    if not m.group().startswith("<"):
        return False
    if text.count("```", 0, m.start()) % 2:
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    if text.count("`", line_start, m.start()) % 2 == 1 and "`" in text[m.end() : line_end]:
        return True
    # s34 (trainP19, and the API look-alikes of eleven leak sets): the same on a line of its
    # own with no backticks ("kill -9 <PID>", "curl -H \"Authorization: Bearer <YOUR_API_KEY>\"",
    # '  -d \'{"origin": "<ORIGIN>"}\''); a command is one short line, so a long one is prose
    if line_end - line_start <= _COMMAND_MOST and _COMMAND_LINE.match(text, line_start, line_end):
        return True
    # pol123 (trainP47's ru-yh029): the command inside a sentence, the placeholder its
    # argument after a flag («можно убить командой kill -9 <PID>, но лучше …»), or an API
    # header's value („trebuie să conțină antetul Authorization: Bearer <TOKENUL_DVS>")
    return _ARGUMENT_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None


# A command line (a lowercase command and a flag: "kill -9 <PID>", "curl -H …", "sudo …"), a
# continued one ("  -H …", "  -d …"), an API's request header ("Authorization: Bearer <…>",
# "X-Api-Key: <…>"; not "Order: <ORDER NUMBER>") or a JSON field ('"origin": "<ORIGIN>"').
# Not `_CODE_LINE`: its snake_case branch would take "Dear <CUSTOMER_NAME>," for code.
_COMMAND_LINE = re.compile(
    r"[ \t]*(?:(?:\$|#)[ \t]+|sudo[ \t]+)?[a-z][\w.-]*(?:[ \t]+\S+)*?[ \t]+-{1,2}[A-Za-z0-9]|"
    r"[ \t]*-{1,2}[A-Za-z][\w-]*[ \t]|"
    r"[ \t]*[\"']?(?:Authorization|X-[\w-]+|[\w-]*Api-?Key|[\w-]*Token):[ \t]*(?:Bearer|Token|Basic)?[ \t]*<|"
    r"[^\n]*\"[\w-]+\"[ \t]*:[ \t]*\"<"
)
_COMMAND_MOST = 300
# a lowercase command and its flags just before the placeholder ("kill -9 ", "ps -p "), or an API
# request header's name and scheme ("Authorization: Bearer ", "X-Api-Key: ")
_ARGUMENT_BEFORE = re.compile(
    r"(?<![\w-])[a-z][\w.-]*(?:[ \t]+-{1,2}[A-Za-z0-9][\w-]*)+[ \t]+$|"
    r"\b(?:Authorization|X-[\w-]+|[\w-]*Api-?Key|[\w-]*Token):[ \t]*(?:(?:Bearer|Token|Basic|OAuth|Api-Key)[ \t]+)?$"
)
# s34: a placeholder the reply tells the reader to replace ("Replace <YOUR_API_KEY> with the
# key from Settings", „Înlocuiți <TOKENUL_TAU> cu", «вместо <LOGIN> подставьте»): every
# place it stands is then the customer's to fill
_REPLACE_BEFORE = re.compile(
    r"(?i)(?:\breplace|\bsubstitute|\bswap|\b[îi]nlocui\w*|(?<!\w)вместо|(?<!\w)замените)[ \t]+(?:the[ \t]+)?$"
)


# s43 (trainP28): an API endpoint's path parameter ("loop over DELETE /items/{id}", „DELETE
# /produse/{id}"): the route as the API documents it, for the reader's script to fill; a
# template's "{{token}}" in a link stays ours (R12)
_ENDPOINT_BEFORE = re.compile(r"\b(?:GET|POST|PUT|PATCH|DELETE|HEAD)[ \t]+/[^\s{}]*$")


def _path_parameter(text: str, m: re.Match[str]) -> bool:
    return (
        m.group().startswith("{")
        and not m.group().startswith("{{")
        and _ENDPOINT_BEFORE.search(text, max(0, m.start() - 80), m.start()) is not None
    )


def _placeholders(text: str) -> list[Finding]:
    found = [m for m in scan(_PLACEHOLDER, _PLACEHOLDER_AT, text) if not _masked(text, m)]
    to_fill = {
        m.group()
        for m in found
        if m.group().startswith("<")
        and _REPLACE_BEFORE.search(text, max(0, m.start() - 40), m.start())
    }
    return [
        Finding(
            "placeholder",
            "block",
            "An unfilled placeholder or TODO: fill it in or remove it before sending (R12).",
            m.start(),
            m.end(),
            "R12",
            "placeholder",
        )
        for m in found
        if m.group() not in to_fill and not _in_code(text, m) and not _path_parameter(text, m)
    ]


def _first(hits: list[Hit]) -> tuple[int, int]:
    return (hits[0].start, hits[0].end) if hits else (0, 0)


def _structure(doc: Document, ctx: Context, packs: PackSet) -> list[Finding]:
    out: list[Finding] = []
    text = doc.text
    attached = packs.find(doc, "attached")
    if attached and ctx.attachments == 0:
        out.append(
            Finding(
                "attachment.missing",
                "warn",
                "The draft mentions an attachment but nothing is attached (R8).",
                *_first(attached),
                "R8",
                "attachment",
            )
        )
    unresolved = packs.find(doc, "unresolved")
    # pol20: a question to the customer (`asked`) is a next step too: the desk waits for
    # the answer (R4); a list of its own, as `next_step` also weighs in the tone models
    if (
        unresolved
        and not packs.find(doc, "next_step")
        and not packs.find(doc, "resolved")
        and not packs.find(doc, "asked")
    ):
        out.append(
            Finding(
                "next-step.missing",
                "warn",
                "Not solved yet, and no next step or time: say what happens next and when they will hear from you (R4).",
                *_first(unresolved),
                "R4",
                "next-step",
            )
        )
    out += _jargon(doc, ctx, packs)
    out += _courtesy(doc, packs)
    stripped = text.strip()
    if stripped and len(stripped) > 80:
        if not packs.find(doc, "greeting"):
            out.append(
                Finding(
                    "greeting.missing",
                    "info",
                    "No greeting: start with one, using their name (R3).",
                    0,
                    0,
                    "R3",
                    "greeting",
                )
            )
        tail = len(text.rstrip())
        cut = max(0, tail - 160)
        if not any(h.start >= cut for h in packs.find(doc, "closing")):
            out.append(
                Finding(
                    "closing.missing",
                    "info",
                    "No closing: end with a kind closing and your name (R11).",
                    tail,
                    tail,
                    "R11",
                    "closing",
                )
            )
    return out


def _lines(text: str) -> list[tuple[int, int, str]]:
    """The text's non-empty lines (what "[^\\n]+" finds) as (start, end, line): a split,
    where the regex tests every character of the draft against its class."""
    out = []
    at = 0
    for line in text.split("\n"):
        if line:
            out.append((at, at + len(line), line))
        at += len(line) + 1
    return out


COLD_MIN_WORDS = 8
# ux16: a body this short between a greeting and a closing is a short correct reply
# ("Hi Sam, / Your refund went out today; it shows in 3-5 days. / Best, / Mihai")
SHORT_BODY_WORDS = 30
_FRAME_WORDS = 5  # a greeting or closing line of more words holds body text too
_SIGNATURE_WORDS = 3  # "Mihai", "Alina Popescu", "Olga, support"


def _courtesy(doc: Document, packs: PackSet) -> list[Finding]:
    """No thanks, apology, please or acknowledgement anywhere in the reply: it reads cold
    however correct it is, which is how most rude replies sound (R1). Only `info`: on the
    labelled set ~30% of polite, factual replies have no such word either.

    The body is what stands between the greeting line and the closing and signature
    lines ("Thanks,", "Mihai"): those are no body words, and a short body framed by a
    greeting and a closing is a short correct reply, no cold one (ux16: "Hi Sam, /
    refund sent, 3-5 days / Thanks, / Mihai" was told it had no thanks anywhere). A
    courtesy word anywhere counts, the closing's "Thanks," too; "Regards" is none."""
    if packs.find(doc, "courtesy"):
        return []
    body, framed = _body(doc, packs)
    words = sum(len(line.split()) for _, _, line in body)
    if words < COLD_MIN_WORDS or (framed and words <= SHORT_BODY_WORDS):
        return []
    start, end = body[0][0], body[-1][1]
    return [
        Finding(
            "courtesy.none",
            "info",
            in_language(
                "No thanks, apology, “please” or acknowledgement anywhere: the reply reads cold; add a kind word before the facts (R1).",
                doc.language,
            ),
            start,
            min(end, start + 60),
            "R1",
            "cold",
            whole=True,
        )
    ]


def _body(doc: Document, packs: PackSet) -> tuple[list[tuple[int, int, str]], bool]:
    """The draft's lines without a short greeting line at the top and the short closing
    and signature lines at the bottom, and whether it had both a greeting and a closing."""
    lines = [m for m in _lines(doc.text) if m[2].strip()]
    greetings, closings = packs.find(doc, "greeting"), packs.find(doc, "closing")

    def holds(hits: list[Hit], line: tuple[int, int, str]) -> bool:
        return any(line[0] <= h.start < line[1] for h in hits)

    def short(line: tuple[int, int, str], most: int) -> bool:
        return len(line[2].split()) <= most

    greeted = bool(lines) and holds(greetings, lines[0])
    if len(lines) > 1 and greeted and short(lines[0], _FRAME_WORDS):
        lines = lines[1:]
    closed = False
    while len(lines) > 1:
        last = lines[-1]
        if holds(closings, last) and short(last, _FRAME_WORDS):
            closed = True
        elif not (short(last, _SIGNATURE_WORDS) and not last[2].rstrip().endswith((".", "?", "!"))):
            break
        lines = lines[:-1]
    return lines, greeted and closed


def _jargon(doc: Document, ctx: Context, packs: PackSet) -> list[Finding]:
    if ctx.technical == "expert":
        return []
    hits: dict[str, Hit] = {}
    for h in packs.find(doc, "jargon"):
        hits.setdefault(h.text.lower(), h)
    terms = list(hits.values())
    if ctx.technical == "novice" and terms:
        return [
            Finding(
                "jargon",
                "warn",
                f"“{h.text}” is jargon for a customer who is not technical: say it plainly, step by step (R8).",
                h.start,
                h.end,
                "R8",
                "jargon",
            )
            for h in terms[:_MAX_JARGON]
        ]
    if len(terms) >= 4:
        h = terms[0]
        return [
            Finding(
                "jargon",
                "info",
                f"{len(terms)} technical terms ({', '.join(t.text for t in terms[:4])}): is this reader technical (R8)?",
                h.start,
                terms[-1].end,
                "R8",
                "jargon",
            )
        ]
    return []


_PRONOUN = {"ro": ("tu", "dumneavoastră"), "ru": ("ты", "вы"), "en": ("casual", "formal")}


def _on(
    hit: Hit, rule: str, message: str, serves: str = "R3", category: str = "register"
) -> Finding:
    """A warning on the words of `hit`."""
    return Finding(rule, "warn", message, hit.start, hit.end, serves, category)


def _addressed(doc: Document, packs: PackSet, reg: Register) -> Register:
    """`reg` without the markers that address nobody in particular (pol20, R3): words in
    quotation marks (the customer's question quoted, „Te rog să suni clientul” or "Hey
    mate, call first" written to the courier, a colleague's «ты не можешь» corrected:
    someone's words, not how the reply speaks to the customer), a "you" of a general
    truth (`generic_you`: "Понимаю, как неприятно остаться без интернета, когда
    работаешь из дома", "cât de neplăcut e când rămâi fără net"), and in a Romanian "tu"
    reply the plural verbs said to the customer's group when it names the group
    ("jucătorul vostru … dacă aveți legitimația": `group_address`) and no formal pronoun:
    the register of the customer alone is what R3 matches."""
    formal, informal, style = reg.formal, reg.informal, reg.informal_style
    if (formal or informal or style) and any(q in doc.text for q in _QUOTE_MARKS):
        quoted = [m.span() for m in _INLINE_QUOTE.finditer(doc.text)]

        def unquoted_hits(hits: list[Hit]) -> list[Hit]:
            return [h for h in hits if not any(s <= h.start < e for s, e in quoted)]

        formal, informal, style = map(unquoted_hits, (formal, informal, style))
    if formal and informal:  # mixed: is one side nobody in particular?
        generic = packs.find(doc, "generic_you")
        if generic:
            informal = [h for h in informal if not any(g.start <= h.start < g.end for g in generic)]
        if packs.find(doc, "group_address") and not packs.find(doc, "formal"):
            formal = []
    if formal is reg.formal and informal is reg.informal and style is reg.informal_style:
        return reg
    return replace(reg, formal=formal, informal=informal, informal_style=style)


# pol29: a lower-case «ваш…» beside «ты» forms is the plural "your" of a group («Извини,
# что так вышло во время вашей презентации», «как прошёл ваш релиз?»), not «Вы» to the
# same person: no mixed register (R3). «Вы»/«Ваш» with a capital, «вы»/«вас» and plural
# verbs still count.
_GROUP_POSSESSIVE = re.compile(r"ваш\w*")


def _register(doc: Document, ctx: Context, reg: Register) -> list[Finding]:
    """R3: the draft's register against the customer's, or mixed within the draft."""
    informal_word, formal_word = _PRONOUN.get(doc.language, ("informal", "formal"))
    want = ctx.register if ctx.language in ("", doc.language) else "unknown"
    if doc.language == "en":
        if want == "formal" and reg.informal_style:
            h = reg.informal_style[0]
            return [
                _on(
                    h,
                    "register.mismatch",
                    f"The customer writes formally; “{h.text}” is too casual (R3).",
                )
            ]
        return []
    if want == "informal" and reg.formal and not reg.informal:
        h = reg.formal[0]
        return [
            _on(
                h,
                "register.mismatch",
                f"The customer writes “{informal_word}”; you wrote “{h.text}” (R3: if they say {informal_word}, say {informal_word}).",
            )
        ]
    if want == "formal" and reg.informal:
        h = reg.informal[0]
        return [
            _on(
                h,
                "register.mismatch",
                f"The customer writes “{formal_word}”; “{h.text}” is too familiar (R3).",
            )
        ]
    formal = [h for h in reg.formal if not _GROUP_POSSESSIVE.fullmatch(h.text)]
    if formal and reg.informal:
        h = (reg.informal if len(reg.informal) <= len(formal) else formal)[0]
        return [
            _on(
                h,
                "register.mixed",
                f"Mixed register: “{h.text}” does not match the rest of the reply (R3).",
            )
        ]
    return []
