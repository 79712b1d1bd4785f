"""Register: how the customer addresses us, and whether a draft matches (R3).

"If they address you as tu, say tu." Romanian and Russian mark it in pronouns and verb
forms (tu / dumneavoastră, vă; ты / вы; "poți" / "puteți", "можешь" / "можете"), English
only in style (greeting and closing, contractions, slang). Word lists live in the packs
(`formal`, `informal`: pronouns and fixed phrases; `*_style`: greetings and slang); the
verb-form rules below are grammar, not vocabulary, so they are code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from supportdesk.tone.packs import Document, Hit, PackSet
from supportdesk.tone.words import finder, scan, through

_RO_VA = re.compile(  # folded "va" is also the future auxiliary ("va fi"): only these
    # pol94 (trainP35): „nu se va mai percepe": after "se" it is the future, never „vă"
    r"(?<!\bse\s)\b(?P<hit>va)\s+(?:rog|rugam|multum\w*|recomand\w*|inform\w*|ajut\w*|astept\w*|contact\w*|"
    r"scri\w*|trimit\w*|sugeram|sugerez|sun\w*|confirm\w*|putem|pot|stau|raspund\w*|invit\w*|"
    r"dorim|doresc|salut\w*|felicit\w*|asigur\w*|propun\w*|solicit\w*|cer\w*|intereseaza|"
    # pol54 (trainP23): „va mai fi o singură plată" is the future ("there will be"), not „vă mai"
    r"mai(?!\s+(?:fi|avea|putea|dura|veni|ajunge|trebui|exista|costa|ramane|functiona|urma)\b)|"
    r"as|am|vom|voi|deranj\w*|cerem|explic\w*|indrum\w*|transmit\w*|anunt\w*|aducem|ofer\w*)\b"
)
_RO_V_HYPHEN = re.compile(r"\b(?P<hit>v-(?:am|as|ati|a|au|ar|om))\b")
_RO_2PL = re.compile(r"\b(?P<hit>(?:ati|\w{2,}(?:ati|eti|iti)))\b")
# nouns in -ăți written without diacritics, and 2nd singular verbs that end like a plural
_RO_2PL_NOT = re.compile(
    r"(?:itati|ultati|etati|utati|toti|parinti|repeti|trimiti|promiti|permiti|admiti|emiti|"
    r"omiti|transmiti|compromiti)$"
)
_RO_VERB_BEFORE = re.compile(
    r"(?:^|[.!?,:;\n]|\b(?:sa|nu|va|daca|cand|si|dvs|dumneavoastra|puteti|ati|mai|ca|o|il|le|l|ii|imi|mi|ne|ni|ma|se|iti|ti))\s*$"
)
_RO_2SG = re.compile(
    r"\b(?P<hit>esti|poti|vrei|stii|faci|primesti|incerci|verifici|trimiti|ajungi|gasesti|vezi|ceri|spui|zici|"
    r"scrii|intrebi|crezi|ignori|uiti|citesti|"
    r"intelegi|doresti|apesi|folosesti|platesti|comanzi|dai|ai\s+(?:\w+(?:at|it|ut|s)|nevoie|"
    r"putea|dreptate|vreo|o|un|mai|fi|avea|vrea)|(?:spune|scrie|trimite|da|arata|zi|anunta|lasa)-mi)\b"
)
_RU_2SG = re.compile(
    r"(?<!\w)(?P<hit>\w{2,}(?:ешь|ишь)(?:ся)?|попробуй|проверь|напиши|зайди|нажми|открой|подожди|"
    r"скажи|подскажи|посмотри|перезагрузи|обнови|скачай|введи|укажи|отправь|сделай|глянь|помоги|"
    r"объясни|уточни|верни|слушай|смотри|погоди)(?!\w)"
)
_RU_2PL = re.compile(
    r"(?<!\w)(?P<prep>(?:в|на|о|об|при|по)\s+)?(?P<hit>\w{3,}(?:ете|ите|йте|ьте)(?:сь)?)(?!\w)"
)
# "Проверьте, пожалуйста, …", "пожалуйста, пришлите": a plural imperative beside
# "пожалуйста" is a polite request to the reader (as "vă rog" is in Romanian), a formal
# cue addressed to the agent; looked for only where "пожалуйста" is (a str.find, not a
# regex over every word of the draft)
_RO_TOGETHER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:impreuna|amandoi|amandoua|ambii|toti\s+trei)\b")
_RU_PLEASE = "пожалуйста"
_RU_PLEASE_BEFORE = re.compile(r"(?<!\w)(?P<hit>\w{3,}(?:ите|йте|ьте))\s*,?\s*$")
_RU_PLEASE_AFTER = re.compile(r"^\s*,?\s*(?P<hit>\w{3,}(?:ите|йте|ьте))(?!\w)")
_RU_2PL_NOT = {"сайте", "интернете", "ответе", "кабинете", "пакете", "бюджете", "отчете", "счете",
               "расчете", "билете", "предмете", "лимите", "кредите", "совете", "планете", "минуте"}  # fmt: skip

STYLE_WEIGHT = 1.0
# Register is how the customer addresses the agent. A Romanian or Russian 2nd person
# plural form alone ("mi-ați luat banii", "вы взяли деньги", "верните") may address the
# company as "you people" rather than the agent formally: it weighs this much, so with
# no other cue (greeting, closing, slang, "dumneavoastră", a capitalised "Вы") the
# register is unknown, and a cue such as "frate" decides.
PLURAL_WEIGHT = 0.4
# In a customer's message, however many plural forms there are ("verificați … rezolvați
# … trimiteți"), they say that the company is addressed, not how formally: together they
# weigh one form's PLURAL_WEIGHT, and the other cues decide (the blind sets' convention).
# Among those cues a lower-case chat style, an emoji or a drawn-out word make the message
# informal, so with such an address (a plural form, or "voi"/"vostru" in Romanian: pack
# list `plural_address`) one chat cue is enough: "vă iubesc 😍", "вы супер, спасибо!".
_EN_TEXTING = re.compile(r"^\s*(?P<hit>[a-z]\w*)|(?<![\w'])(?P<i>i)(?=\s|'[a-z])")
# where the second branch of `_EN_TEXTING` (a lone "i") can match: found by a fast scan
# for the letter, not by trying the lookbehind at every position of the draft
_EN_LONE_I = re.compile(r"i(?=\s|'[a-z])")
_RU_CAPITAL_VY = re.compile(r"(?<=[\w,;:—–-] )(?P<hit>Вы|Вас|Вам|Вами|Ваш\w*)(?!\w)")
CONTRACTION_WEIGHT = 0.3
# Forms of "a ține" (to keep; "ține de" = is a matter of) fold to the pronoun "tine" (you,
# informal): "Vă țin la curent", "ține de TVA" address nobody (R3). Told apart by the "ț"
# of the original, or by a verb ending the pronoun never has ("tin", "tinem", "tinut").
# pol94 (trainP35): "talie" (size: „animale de talie mică") shares the stem of "tale"
_RO_TINE = re.compile(r"(?i)^(?:[țţ]in\w*|tin|tinem|tineti|tinut\w*|tali\w*)$")
# pol95 (blind71): "Doamne!" (God!) folds to the stem of "doamnă", a formal greeting; said alone
# it is an interjection, no register cue ("DOAMNE MULȚUMESC!!! …"), unless "Stimate doamne"
_RO_GOD = re.compile(r"(?i)^doamne$")
_RO_DEAR = re.compile(r"(?i)\bstimate\s+$")
# "Vă așteptăm!", "Ждём вас!": the stock invitation to come by, said to the customer and
# whoever comes with them in any register ("Salut, Nelu … Vă așteptăm, scrie-mi"), so no
# formal marker in a draft (R3)
_AWAIT = {
    "ro": ("asteptam", re.compile(r"(?<!\w)va\s+asteptam(?!\w)")),
    "ru": ("ждем", re.compile(r"(?<!\w)(?:ждем\s+вас|вас\s+ждем)(?!\w)")),
}


# Cues read in a customer's message only (markers(..., incoming=True)); a draft's
# register is read without them (R3 lint: an agent's letter layout or emoji is no cue).
# A web form's field names ("Тип обращения:", "Order number:") are the company's words,
# not the customer's: the register is read without them.
_FORM_LABEL = re.compile(r"(?m)^[ \t]*(?P<hit>[^\W\d_][^\n:\d]{1,29}):[ \t]*\S")
# A chat cue weighs this much: a message that starts in lower case, an interjection or
# word drawn out ("аааа", "vaaai", "sooo"), an emoji. Two of them make a message informal.
CHAT_WEIGHT = 0.5
_DRAWN_OUT = re.compile(
    r"(?<![^\W\d_])(?!(?:www|xxx|iii|ооо)(?![^\W\d_]))[^\W\d_]*?([^\W\d_])\1\1[^\W\d_]*"
)
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")
# a sentence after "?" or "!" begun in lower case ("unde schimb adresa? nu o găsesc", «где это?
# не могу найти»): the chat style a letter writer does not use; not after "." ("contul dvs. nu …")
_LOWER_AFTER = re.compile(r"[?!]+[ \t]+(?P<hit>[a-zăâîșțşţа-яё][^\W\d_]*)")
_TAG = re.compile(r"^\s*(?:\[[^\]\n]{1,30}\]\s*)?")  # "[Chat] …": the channel, not the writer
# A short first line (a greeting: "Dear Support,", "Здравствуйте!") and the body under it
_HEAD_LINE = re.compile(r"\s*(?P<head>[^\n]{1,40})\n\s*(?P<body>[^\W\d_])")


@dataclass(frozen=True, slots=True)
class Register:
    register: str  # formal | informal | unknown
    formal: list[Hit]  # strong markers (pronouns, verb forms)
    informal: list[Hit]
    formal_style: list[Hit]  # greetings, closings, slang
    informal_style: list[Hit]


def _regex_hits(
    pattern: re.Pattern[str], doc: Document, marks: list[int] | None = None
) -> list[Hit]:
    """`pattern`'s matches in the folded text as hits, found through `words.finder`
    (the same matches: "\\b(?P<hit>esti|poti|…)" was tried at every position, ~0.5 ms a
    Romanian draft), or, given `marks` (ascending) one of which every match holds,
    through `words.through` from them."""
    found = (
        finder(pattern).finditer(doc.folded)
        if marks is None
        else through(pattern, doc.folded, marks)
    )
    out = []
    for m in found:
        s, e = m.span("hit")
        out.append(Hit(s, e, doc.text[s:e]))
    return out


# Where a verb-form match can be: each match of `_RO_2PL`, `_RU_2SG`'s first branch and
# `_RU_2PL_WORD` is one whole word ending in its suffix ("-ați", "-ешь", "-ите"), so it holds
# the suffix's first letter, found by a literal search for the suffix's common tail ("ti",
# "шь", "те": the engine skips to them); `_RU_2SG_WORDS` finds where its listed words start.
# `words.through` then tries each pattern only from the start of those words: as
# patterns that open with "\\w{2,}" they were tried at every position of the draft, each
# word's letters consumed and given back one by one (~0.1 ms per pattern and draft).
# "vă" as a word: its letters first, so the engine skips to them (with the lookbehind
# first it tried every position); the lookbehind then checks the letter before the "v"
_RO_VA_DIACRITIC = re.compile(r"vă(?<!\wvă)(?!\w)")
_RO_2PL_TAIL = re.compile(r"(?<=[aei])ti(?!\w)")
_RU_2SG_TAIL = re.compile(r"(?<=[еи])шь(?:ся)?(?!\w)")
_RU_2SG_WORDS = re.compile(
    r"попробуй|проверь|напиши|зайди|нажми|открой|подожди|скажи|подскажи|посмотри|перезагрузи|"
    r"обнови|скачай|введи|укажи|отправь|сделай|глянь|помоги|объясни|уточни|верни|слушай|"
    r"смотри|погоди"
)
# `_RU_2PL` without its preposition: the preposition is looked for before the word
# (`_after_preposition`), as `_RU_2PL` would have taken it into its match
_RU_2PL_WORD = re.compile(r"(?<!\w)(?P<hit>\w{3,}(?:ете|ите|йте|ьте)(?:сь)?)(?!\w)")
_RU_2PL_TAIL = re.compile(r"(?<=[еийь])те(?:сь)?(?!\w)")
_RU_PREPOSITIONS = frozenset({"в", "на", "о", "об", "при", "по"})


def _tails(tail: re.Pattern[str], text: str) -> list[int]:
    """Where the suffixes `tail` finds start, one letter before the match (the
    suffix's first letter, which its lookbehind checks)."""
    return [m.start() - 1 for m in finder(tail).finditer(text)]  # the same matches (spd16)


def _after_preposition(text: str, start: int) -> bool:
    """Whether the word at `start` follows a preposition of `_RU_2PL` and spaces (what
    its optional "prep" group takes): "на сайте", "в кабинете"."""
    at = start
    while at > 0 and text[at - 1].isspace():
        at -= 1
    if at == start:
        return False
    word = at
    while word > 0 and (text[word - 1].isalnum() or text[word - 1] == "_"):
        word -= 1
    return text[word:at] in _RU_PREPOSITIONS


def _grammar(doc: Document) -> tuple[list[Hit], list[Hit]]:
    """Verb-form and clitic markers: (formal, informal)."""
    formal: list[Hit] = []
    informal: list[Hit] = []
    if doc.language == "ro":
        for m in _RO_VA_DIACRITIC.finditer(doc.text.lower()):  # with its diacritic: sure
            formal.append(Hit(m.start(), m.end(), doc.text[m.start() : m.end()]))
        taken = {h.start for h in formal}
        formal += [h for h in _regex_hits(_RO_VA, doc) if h.start not in taken]
        formal += _regex_hits(_RO_V_HYPHEN, doc)
        for h in _regex_hits(_RO_2PL, doc, _tails(_RO_2PL_TAIL, doc.folded)):
            word = h.text.lower()
            if word.endswith("ăți") or _RO_2PL_NOT.search(doc.folded[h.start : h.end]):
                continue  # "posibilități", "dificultăți": nouns; "trimiți": 2nd singular
            if any(c.isupper() for c in h.text[1:]):
                continue  # fix14: "HostCarpați" signing off is a brand, not "(să) verificați"
            if _RO_TOGETHER.match(doc.folded, h.end):
                continue  # pol119 (trainP45's ro-xz026): „ca să treceți împreună": you and the
                # mentor, a plural, not the customer's register (R3)
            if word != "ați" and not _RO_VERB_BEFORE.search(
                doc.folded[max(0, h.start - 16) : h.start]
            ):
                continue  # "clienții afectați": a participle, not "(să) verificați"
            formal.append(h)
        informal += _regex_hits(_RO_2SG, doc)
    elif doc.language == "ru":
        folded = doc.folded
        words = [m.start() for m in _RU_2SG_WORDS.finditer(folded)]
        marks = sorted(_tails(_RU_2SG_TAIL, folded) + words)
        informal += _regex_hits(_RU_2SG, doc, marks)
        for m in through(_RU_2PL_WORD, folded, _tails(_RU_2PL_TAIL, folded)):
            word = m.group("hit")
            if word in _RU_2PL_NOT or _after_preposition(folded, m.start()):
                continue  # "на сайте", "в кабинете": nouns after a preposition
            s, e = m.span("hit")
            formal.append(Hit(s, e, doc.text[s:e]))
    return formal, informal


def _polite_requests(doc: Document) -> list[Hit]:
    """Plural imperatives right before or after "пожалуйста" (see `_RU_PLEASE`)."""
    out: list[Hit] = []
    folded = doc.folded
    at = folded.find(_RU_PLEASE)
    while at >= 0:
        end = at + len(_RU_PLEASE)
        before = _RU_PLEASE_BEFORE.search(folded, max(0, at - 24), at)
        after = _RU_PLEASE_AFTER.match(folded[end : end + 24])
        if before:
            out.append(Hit(*before.span("hit"), doc.text[slice(*before.span("hit"))]))
        if after:
            s, e = end + after.start("hit"), end + after.end("hit")
            out.append(Hit(s, e, doc.text[s:e]))
        at = folded.find(_RU_PLEASE, end)
    return out


def _union(words: list[Hit], grammar: list[Hit]) -> list[Hit]:
    """Word-list and grammar hits, a grammar hit inside a listed phrase counted once
    ("vă rog" is one marker, not "vă rog" plus "vă")."""
    kept = [g for g in grammar if not any(w.start <= g.start < w.end for w in words)]
    return sorted(words + kept, key=lambda h: h.start)


def _first_word(doc: Document) -> int:
    return doc.index.tokens[0].start if doc.index.tokens else -1


def _weighted(
    formal: list[Hit], agent: list[Hit], doc: Document, labels: list[tuple[int, int]]
) -> tuple[int, int]:
    """The formal markers' weight: those addressing the agent (pack list `formal_agent`,
    a capitalised "Вы" inside a sentence) count whole, other plural forms PLURAL_WEIGHT.
    A value after a web form's field name starts a sentence ("Сообщение: Вы работаете?"):
    its capital is spelling, not courtesy. Returned as (whole, plural forms)."""
    strong = list(agent)
    if doc.language == "ru" and "В" in doc.text:
        capital = [
            Hit(*m.span("hit"), m.group("hit")) for m in finder(_RU_CAPITAL_VY).finditer(doc.text)
        ]
        strong += [h for h in capital if not any(e < h.start <= e + 3 for _, e in labels)]
    weak = [h for h in formal if not any(s.start <= h.start < s.end for s in strong)]
    return len(strong), len(weak)


def _texting(text: str) -> list[Hit]:
    """The first `_EN_TEXTING` match, as a list of at most one hit. Its first branch
    ("^") matches only at the start; after that only a lone "i" can, so the search
    goes from one "i" to the next (`scan`)."""
    m = _EN_TEXTING.match(text) or next(scan(_EN_TEXTING, _EN_LONE_I, text), None)
    return [] if m is None else [Hit(*m.span(m.lastgroup or 0), m.group())]


def _form_labels(text: str) -> list[tuple[int, int]]:
    """The field names of a web form (two or more "Label: value" lines), or none."""
    spans = [m.span("hit") for m in _FORM_LABEL.finditer(text)]
    return spans if len(spans) >= 2 else []


def _outside(hits: list[Hit], spans: list[tuple[int, int]]) -> list[Hit]:
    return [h for h in hits if not any(s <= h.start < e for s, e in spans)] if spans else hits


def _letter(text: str) -> list[Hit]:
    """A letter's layout, as one formal-style hit on its closing line: a short greeting
    line on its own ("Hello,"), a blank line, the body, then a short closing line ending
    in a comma ("Thank you,") and a signature line of a few words. Chat and texting do
    not come laid out like that, whatever their words. A letter with no closing formula
    counts too when its signature stands apart, after a blank line, under a heading line
    ("В ООО «Пример»", "FAO: Legal Department") and a body."""
    lines = text.strip().splitlines()
    if len(lines) < 4 or lines[1].strip() or len(lines[0].split()) > 5:
        return []
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    sign, close = filled[-1], filled[-2]
    if len(lines[sign].split()) > 4:
        return []
    closing = lines[close].strip()
    signature = lines[sign].strip()
    if (
        close > 0
        and not lines[sign - 1].strip()
        and not closing.endswith(",")
        and signature[:1].isupper()
    ):
        closing, close = signature, sign  # a name apart ("Адвокат К. Нагорный"), not "пока"
    if close == 0 or (close != sign and not closing.endswith(",")) or len(closing.split()) > 5:
        return []
    start = text.find(closing, len(text) - len(text.lstrip()) + len(lines[0]))
    return [Hit(start, start + len(closing), closing)] if start >= 0 else []


def _chat(doc: Document, text: str) -> list[Hit]:
    """Chat cues (see CHAT_WEIGHT). A lower-case start counts for Romanian and Russian;
    English has its own, stronger texting cue. `text`: the document's text, quotes blanked."""
    cues: list[Hit] = []
    head = _TAG.match(text)
    at = head.end() if head else 0
    if text[at : at + 1].islower():
        if doc.language != "en":
            end = text.find(" ", at)
            end = end if end > at else min(len(text), at + 10)
            cues.append(Hit(at, end, text[at:end]))
    else:  # the body under a greeting line in lower case: "Dear Support,\n\nyour app…"
        body = _HEAD_LINE.match(text, at)
        if body and len(body.group("head").split()) <= 4 and body.group("body").islower():
            cues.append(Hit(body.start("body"), body.end("body"), body.group("body")))
    if doc.language != "en" and len(cues) == 0:  # mood round 14 (blind72): "…? nu o găsesc"
        after = _LOWER_AFTER.search(text, at)
        if after:
            cues.append(Hit(*after.span("hit"), after.group("hit")))
    drawn = next((m for m in _DRAWN_OUT.finditer(text) if m.group().islower()), None)
    if drawn:
        cues.append(Hit(*drawn.span(), drawn.group()))
    emoji = _EMOJI.search(text)
    if emoji:
        cues.append(Hit(*emoji.span(), emoji.group()))
    return cues


# A reply quoting our earlier message: its "> …" lines, and the "On 3 May, Support wrote:"
# line above them, are our words, not the customer's
_QUOTE = re.compile(r"(?m)^[ \t]*>.*$")


def _quoted(text: str) -> list[tuple[int, int]]:
    """The spans of quoted lines and of the attribution line just above the first."""
    if ">" not in text:
        return []
    spans = [m.span() for m in _QUOTE.finditer(text)]
    if spans:
        above = text[: spans[0][0]].rstrip()
        start = above.rfind("\n") + 1
        if above.endswith(":") and start > 0:
            spans.insert(0, (start, len(above)))
    return spans


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the spans turned to spaces: offsets kept, the quoted layout gone."""
    for s, e in spans:
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def unquoted(text: str) -> str:
    """`text` with a quoted earlier message blanked (offsets kept): our own "Vă mulțumim
    pentru răbdare" quoted under a customer's "tot nu merge" is not their thanks."""
    quoted = _quoted(text)
    return _blank(text, quoted) if quoted else text


def _sign_off(hits: list[Hit], text: str) -> list[Hit]:
    """Hits on a short last line ("ta", "спс", "ms", "Cheers, Tom"), or none."""
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    if not hits or len(text[start:end].split()) > 3:
        return []
    return [h for h in hits if h.start >= start]


def markers(doc: Document, packs: PackSet, *, incoming: bool = False) -> Register:
    """Every register marker in `doc`, and the register they add up to. `incoming`:
    `doc` is a customer's message, read with the layout and chat cues too (a web form's
    field names and a quoted earlier message skipped, a letter's layout, chat cues)."""
    g_formal, g_informal = _grammar(doc)
    formal = _union(packs.find(doc, "formal"), g_formal)
    informal = _union(packs.find(doc, "informal"), g_informal)
    if doc.language == "ro":
        informal = [h for h in informal if not _RO_TINE.match(h.text)]
    if not incoming and doc.language in _AWAIT:
        word, invite = _AWAIT[doc.language]
        if word in doc.folded:  # a substring test first: the regex is tried at every position
            formal = _outside(formal, [m.span() for m in invite.finditer(doc.folded)])
    f_style = packs.find(doc, "formal_style")
    if doc.language == "ro":
        f_style = [
            h
            for h in f_style
            if not (
                _RO_GOD.match(h.text)
                and not _RO_DEAR.search(doc.text, max(0, h.start - 20), h.start)
            )
        ]
    i_style = packs.find(doc, "informal_style")
    chat: list[Hit] = []
    labels: list[tuple[int, int]] = []
    text = doc.text
    if incoming:
        quoted = _quoted(doc.text)
        text = _blank(text, quoted) if quoted else text
        labels = _form_labels(text) + quoted
        formal, informal = _outside(formal, labels), _outside(informal, labels)
        f_style, i_style = _outside(f_style, labels), _outside(i_style, labels)
        # "Hi Sarah,\n\n… Thanks,\nMark", "Hey Mike, …": a letter's layout under a casual
        # greeting is business-casual, not formal ("Hi" alone is no informal cue either)
        casual = bool(packs.find(doc, "casual_style")) or (
            bool(i_style) and i_style[0].start == _first_word(doc)
        )
        f_style = f_style + ([] if casual else _letter(text))
        chat = _chat(doc, text)
    f = len(formal) + STYLE_WEIGHT * len(f_style)
    floor = 1.0  # what informal cues must weigh at least
    if doc.language in ("ro", "ru"):
        agent = packs.find(doc, "formal_agent")
        if doc.language == "ru":
            agent = agent + _polite_requests(doc)
        agent = _outside(agent, labels)
        whole, plural = _weighted(formal, agent, doc, labels)
        weak = min(plural, 1) if incoming else plural
        f = whole + PLURAL_WEIGHT * weak + STYLE_WEIGHT * len(f_style)
        if incoming and (plural or packs.find(doc, "plural_address")):
            floor = CHAT_WEIGHT
    if doc.language == "en":  # a message in lower case, "i": texting (R3 guidance)
        i_style = i_style + _texting(text)
    elif i_style and i_style[0].start == _first_word(doc):
        i_style = [i_style[0], *i_style]  # "frate, …", "привет, …": addressed to the agent
    if incoming:
        # a sign-off addresses the reader as a greeting does: informal words on a short last
        # line count once more (as a first-word "frate, …" does), and sign-off slang counts
        closing = _sign_off(_outside(packs.find(doc, "sign_off_style"), labels), text)
        i_style = i_style + closing
        i_style = i_style + _sign_off(i_style, text)
    i = len(informal) + STYLE_WEIGHT * len(i_style) + CHAT_WEIGHT * len(chat)
    i_style = i_style + chat
    if doc.language == "en":
        i += min(1.0, CONTRACTION_WEIGHT * len(packs.find(doc, "contraction")))
    register = "unknown" if f == i or (f < 1 and i < floor) else "formal" if f > i else "informal"
    return Register(register, formal, informal, f_style, i_style)
