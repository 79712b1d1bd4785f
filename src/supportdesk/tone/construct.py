"""A scored construction model of rude wording, per sentence (R1, R6).

Why a model and not more phrases: the phrase rules match the wordings someone thought
of; a new writer says the same thing in other words ("you obviously skipped step two",
"did you actually look", "wow, a whole week to notice"). What those have in common is a
construction: the customer as subject or object (second person, or a bare order) next
to a negative judgement of what they did or understood, sharpened by an intensifier
("obviously", "simply", "even"), a reminder ("again", "for the last time"), a
rhetorical question, or praise next to a failure (sarcasm). Each signal is a word list
in the language's pack (`[lexicon.model_*]`, matched through Snowball stems, so
inflection does not matter and the text is folded, so missing diacritics and "е" for
"ё" do not either); the weights and the threshold are here, because they are the model,
tuned on the labelled set while checking that polite refusals, "unfortunately", firm
policy statements and kind corrections stay below the threshold. A softener in the
same sentence ("please", "sorry", "I understand") or an admission ("our mistake")
lowers the score, except beside a contempt or sure-fire construction ("please read more
carefully before complaining", "thank you for your fourth e-mail today").

Two kinds of entry carry more weight: contempt (2: "how you managed that", "you'd know
if you had looked", "not the first to…") needs one more signal, sure-fire constructions
(3: "let me spell it out", "Sigh.", "I don't make the rules", "for the love of god")
need none. An entry that also occurs in polite replies ("I doubt you'll need…",
"elsewhere", "the one you entered") belongs in neither: the polite rounds in
tests/test_tone_model.py are there to catch that.

Also here: the curt refusal. A very short reply that refuses, with no courtesy word and
no alternative or next step ("We don't do refunds on sale items. Nothing to add.") is
dismissive even though no single word is rude.

Cost: every signal is a lexicon look-up in the document index the lint has built
anyway; the scoring is one pass over the hits. No stemming or regex over the whole text
beyond the lexicons' own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass

from supportdesk.tone.packs import Document, Hit, PackSet

THRESHOLD = 3.0
# signal -> weight when present in a sentence (counted once per sentence)
WEIGHTS = {
    "negative": 1.0,  # a negative judgement: wrong, skipped, failed to, makes no sense
    "edge": 1.0,  # an intensifier of contempt: obviously, apparently, bothered, honestly
    "hint": 1.0,  # what they would have seen had they looked: "if you look", "если посмотреть"
    "repeat": 1.0,  # a reminder: again, once more, for the nth time, this time
    "minimiser": 0.5,  # just, simply, only: "simply click"
    "praise": 1.5,  # wow, congrats, impressive: sarcasm when next to a failure
    # incredulity or talking down: "how you managed that", "no matter how many times",
    # "not the first to…", "maybe next time": rude with almost anything beside them
    "contempt": 2.0,
    # rude on their own, whatever the words around: "Sigh.", "let me spell it out",
    # "I don't make the rules", "Great, another one who…"
    "sure": 3.0,
    # stakes blown up (R1): "changed your whole year", "lost millions", "сообщим в прессу".
    # Said in sympathy too ("I'm sorry this ruined your holiday"), so alone it stays below
    # the threshold: it is sarcasm next to mock certainty ("I'm sure", "sunt convinsă",
    # "уверена"), praise, or a promise not to do it "again" (`MOCK_PAIR`)
    "hyperbole": 1.5,
    # a door closed on the customer: a refusal of responsibility ("not our problem", "nu
    # avem ce face", "это не к нам"), an order to stop writing or calling ("nu ne mai
    # scrieți", "писать не надо"), a closing ("вопрос закрыт", "tichet închis"). Firm but
    # fair replies say these too, so one more signal is needed: a short sentence, a
    # reminder, or a reply that offers nothing else (`BARE`)
    "door": 2.0,
}
TARGETED = 1.0  # the judgement is aimed at the customer (2nd person or a bare order)
RHETORICAL = 2.0  # a question to the customer with "even", "actually", "at least"
SARCASM_PAIR = 1.5  # praise in the same or the next sentence as a failure
# blown-up stakes with mock certainty in the same or a neighbouring sentence, or with a
# reminder in the same one: "I'm sure those twelve bookings would have changed your whole
# year", "We'll try not to ruin your life again"
MOCK_PAIR = 1.5
# consolation taken back (R1): "Happens to the best of us. Well, to some of us.", "Se
# întâmplă și celor mai buni. Mă rog, unora.", "С лучшими из нас бывает. Ну, с некоторыми."
# The retraction alone ("Well, some settings are hidden") is nothing; after a consolation
# it is mock praise, rude whatever the words around
RETRACTION = 3.0
FINAL = 1.5  # "Nothing to add." "Atât." "Всё." — a door closed
PAIRED = 1.0  # contempt in the next or previous sentence too: "Works for thousands. I doubt…"
CURT = 1.0  # a judgement in a sentence of a few words: "We've been over this."
CURT_WORDS = 5
MORE = 0.5  # each further judgement or reminder in the sentence ("works fine here… your end… not ours")
MORE_MAX = 1.0
SOFT = -1.5  # please, sorry, I understand: in the same sentence
ADMISSION = -2.0  # our mistake, we should have, my fault
BARE = 1.0  # a door closed in a reply with no alternative, next step or courtesy word
# a reply with no courtesy word, alternative or next step anywhere: most rude drafts
# are written like that and few polite ones are (63% against 6% of the labelled set),
# so any judgement in it weighs one more
COLD = 1.0
# (not contempt: "most customers…", "not on our side" are said kindly too, and weigh 2
# already; and only in a whole reply, with a greeting or a name: a lone sentence has no
# room for courtesy)
COLD_SHORT = 8  # ...though a short contemptuous sentence in a cold reply is no kind aside
_NONE: frozenset[str] = frozenset()
_JUDGED = frozenset({"negative", "edge", "repeat", "hint", "praise"})
TAUTOLOGY = (
    3.0  # "it'll be back when it's back", "se rezolvă când se rezolvă", "починят когда починят"
)
CURT_MAX_WORDS = 22  # body words of a reply that is curt when it refuses coldly

_CATEGORY = {
    "sarcasm": "sarcastic",
    "rhetorical": "condescending",
    "repeat": "dismissive",
    "final": "dismissive",
    "blame": "blaming",
    "edge": "condescending",
}


@dataclass(frozen=True, slots=True)
class Construction:
    """A sentence whose signals add up to rude wording."""

    start: int
    end: int
    score: float
    category: str
    signals: tuple[str, ...]
    sentence: int = -1  # index of the sentence in the document's tokens


def _sentence_of(doc: Document) -> tuple[list[int], list[int]]:
    """Each token's start and sentence: the index's own lists (read, never changed)."""
    return doc.index.starts, doc.index.sentences


def _bucket(
    hits: list[Hit], starts: list[int], sentences: list[int], out: dict[int, set[str]], name: str
) -> None:
    for h in hits:
        i = bisect_right(starts, h.start) - 1
        if i < 0:
            i = 0
        if i < len(sentences):
            out[sentences[i]].add(name)


def _questions(doc: Document) -> set[int]:
    """Sentences that end in a question mark."""
    toks = doc.index.tokens
    found: set[int] = set()
    text = doc.text
    if "?" not in text:  # no question mark, no question: the loop below finds none
        return found
    for i, t in enumerate(toks):
        last = i + 1 == len(toks) or toks[i + 1].sentence != t.sentence
        if not last:
            continue
        stop = toks[i + 1].start if i + 1 < len(toks) else len(text)
        if "?" in text[t.end : stop]:
            found.add(t.sentence)
    return found


def constructions(doc: Document, packs: PackSet, you: list[Hit]) -> list[Construction]:
    """Sentences of `doc` scored over the threshold. `you` are the second-person markers
    the register analysis found (pronouns and verb forms), so they are not looked for
    twice."""
    return [c for c in scored(doc, packs, you) if c.score >= THRESHOLD]


def scored(doc: Document, packs: PackSet, you: list[Hit]) -> list[Construction]:
    """Every sentence of `doc` with a signal, with its score, over the threshold or not:
    the reply-level judgement (reply.py) weighs the near misses of a whole reply."""
    toks = doc.index.tokens
    if not toks:
        return []
    starts, sentences = _sentence_of(doc)
    signals: dict[int, set[str]] = defaultdict(set)
    counts: dict[tuple[int, str], int] = defaultdict(int)
    spans: dict[int, list[int]] = defaultdict(list)
    praise: list[Hit] = []
    doors: list[Hit] = []
    # what reads as a signal but is not one here (`[lexicon.model_spare]`): the blame
    # denied ("I can't agree that you're to blame"), "not that hard" beside an offer to
    # help ("не так уж сложно, я пришлю инструкцию") (R1, R6)
    # pol20: nor the words that own the fault ("am greșit", "I was wrong", the pack's
    # `owned` list, as lint._owned_spared reads it): "greșit", "wrong" there judge us
    spare = packs.find(doc, "model_spare") + packs.find(doc, "owned")
    for name in (*WEIGHTS, "rhetoric", "final"):
        hits = packs.find(doc, f"model_{name}")
        if spare:
            hits = [h for h in hits if not any(overlap(h, x) for x in spare)]
        if name == "praise":
            praise = hits
        elif name == "door":
            doors = hits
        _bucket(hits, starts, sentences, signals, name)
        for h in hits:
            i = max(0, bisect_right(starts, h.start) - 1)
            spans[sentences[i]] += [h.start, h.end]
            counts[(sentences[i], name)] += 1
    for s in [*_tautologies(doc), *_staccato(doc)]:
        signals[s].add("tautology")
        spans[s] += [t.start for t in toks if t.sentence == s][:1]
        spans[s] += [t.end for t in toks if t.sentence == s][-1:]
    for s, start, end in _self_named(doc):
        signals[s].add("sure")
        spans[s] += [start, end]
    _retractions(doc, packs, starts, sentences, signals, spans)
    if not signals:
        return []
    _bucket(packs.find(doc, "model_failure"), starts, sentences, signals, "failure")
    if any("hyperbole" in sig for sig in signals.values()):
        _bucket(packs.find(doc, "model_mock"), starts, sentences, signals, "mock")
    _bucket(you + packs.find(doc, "model_you"), starts, sentences, signals, "you")
    _bucket(packs.find(doc, "model_order"), starts, sentences, signals, "order")
    # "congratulations" is courtesy, and the very word of sarcastic praise: not a softener
    soft = [h for h in packs.find(doc, "courtesy") if not any(overlap(h, p) for p in praise)]
    _bucket(soft, starts, sentences, signals, "soft")
    _bucket(packs.find(doc, "model_admission"), starts, sentences, signals, "admission")
    questions = _questions(doc)
    sizes = Counter(doc.index.sentences)  # words per sentence, counted in C
    # an offer inside a closed door is none: "nothing more I can tell you" is no "I can"
    cold = not any(
        not any(overlap(h, d) for d in doors)
        for n in ("model_alternative", "next_step", "courtesy")
        for h in packs.find(doc, n)
    )
    whole = sum(1 for ln in doc.text.splitlines() if ln.strip()) >= 3
    bare = cold and "door" in {n for sig in signals.values() for n in sig}
    failing = {
        s
        for s, sig in signals.items()
        if sig & {"negative", "repeat", "edge", "failure", "contempt", "door"}
    }
    out: list[Construction] = []
    for s, sig in sorted(signals.items()):
        if s not in spans:
            continue
        score = sum(w for name, w in WEIGHTS.items() if name in sig)
        why = [name for name in WEIGHTS if name in sig]
        extra = sum(max(0, counts[(s, n)] - 1) for n in ("negative", "repeat", "contempt"))
        if extra:
            score += min(MORE_MAX, MORE * extra)
        # (not "door": "your problem is solved", "alegerea ta" are kind; a door needs a
        # short sentence, a reminder or a bare reply around it)
        judged = bool(sig & {"negative", "edge", "repeat", "contempt", "hint"})
        if judged and sig & {"you", "order"}:
            score += TARGETED
            why.append("targeted")
        if s in questions and "you" in sig and sig & {"rhetoric", "edge"}:
            score += RHETORICAL
            why.append("rhetorical")
        if "praise" in sig and ({s, s + 1, s - 1} & failing):
            score += SARCASM_PAIR
            why.append("sarcasm")
        mocked = "hyperbole" in sig and (
            "repeat" in sig
            or "mock" in sig
            or any(signals.get(n, _NONE) & {"mock", "praise"} for n in (s - 1, s + 1))
        )
        if mocked:
            score += MOCK_PAIR
            why.append("sarcasm")
        if "retract" in sig:
            score += RETRACTION
            why.append("sarcasm")
        if "door" in sig and bare:
            score += BARE
            why.append("final")
        elif cold and whole and (sig & _JUDGED or ("contempt" in sig and sizes[s] <= COLD_SHORT)):
            score += COLD
        if "tautology" in sig:
            score += TAUTOLOGY
            why.append("final")
        if sig & {"negative", "contempt", "door"} and sizes[s] <= CURT_WORDS:
            score += CURT
            why.append("curt")
        if "contempt" in sig and any("contempt" in signals.get(n, ()) for n in (s - 1, s + 1)):
            score += PAIRED
            why.append("paired")
        if "final" in sig:
            score += FINAL
            why.append("final")
        # "please read more carefully"; "понимаем, у вас наверняка был наплыв миллионов"
        if "soft" in sig and not sig & {"sure", "contempt"} and not mocked:
            score += SOFT
        if "admission" in sig and "sure" not in sig:  # "so now it's our fault?" mocks
            score += ADMISSION
        where = spans[s]
        out.append(Construction(min(where), max(where), score, _category(why), tuple(why), s))
    return out


def _retractions(
    doc: Document,
    packs: PackSet,
    starts: list[int],
    sentences: list[int],
    signals: dict[int, set[str]],
    spans: dict[int, list[int]],
) -> None:
    """Sentences that take back the consolation just given ("Happens to the best of us.
    Well, to some of us."): a retraction (`model_retract`) in the sentence of a
    consolation (`model_console`) or the one after it. Looked for only when a
    retraction is in the text: few drafts have one."""
    retract = packs.find(doc, "model_retract")
    if not retract:
        return
    console: dict[int, set[str]] = defaultdict(set)
    _bucket(packs.find(doc, "model_console"), starts, sentences, console, "console")
    for h in retract:
        s = sentences[max(0, bisect_right(starts, h.start) - 1)]
        if s in console or s - 1 in console:
            signals[s].add("retract")
            spans[s] += [h.start, h.end]


_WHEN = {"when", "cand", "когда"}
# a pronoun on both sides of "when" is no tautology: "switch you back when you return"
_PRONOUNS = frozenset(
    {
        *("you", "your", "they", "them", "she", "her", "him", "his", "its", "our", "we", "us"),
        *("tu", "voi", "noi", "ei", "ele", "lui", "lor", "el", "ea", "dumneavoastra"),
        *("вы", "вас", "вам", "ты", "тебя", "тебе", "мы", "нас", "нам", "они", "их", "он"),
        *("она", "его", "ее"),
    }
)
_MEANS = {"means", "mean", "inseamna", "значит", "означает"}
# the words `_tautologies` looks at: any other token is passed over with one look-up
_MEANS_OR_WHEN = frozenset(_MEANS | _WHEN)


def _tautologies(doc: Document) -> list[int]:
    """Sentences that answer "when?" with the question itself: the same word just
    before and within three words after "when" ("it'll be back when it's back",
    "se rezolvă când se rezolvă", "свет дадут, когда дадут"). A tautology is no date:
    it tells the customer to stop asking. Compared by stem, so tense does not matter."""
    toks = doc.index.tokens
    out: list[int] = []
    # a token's word is a slice of the folded text: without one of the words there,
    # no token is one of them, and the loop below finds nothing (spd22b)
    if not any(w in doc.folded for w in _MEANS_OR_WHEN):
        return out
    for i, t in enumerate(toks):
        if t.word not in _MEANS_OR_WHEN:
            continue
        if 0 < i < len(toks) - 1 and t.word in _MEANS:
            # "All means all", "Toate înseamnă toate", "Нет значит нет": a lecture
            a, b = toks[i - 1], toks[i + 1]
            if a.sentence == t.sentence == b.sentence and a.stem == b.stem:
                out.append(t.sentence)
            continue
        if i == 0 or t.word not in _WHEN:
            continue
        # the verb may stand before its object: "ships it when it ships it"
        before = {
            b.stem
            for b in toks[max(0, i - 2) : i]
            if b.sentence == t.sentence and len(b.stem) >= 3 and b.word not in _PRONOUNS
        }
        if any(a.sentence == t.sentence and a.stem in before for a in toks[i + 1 : i + 4]):
            out.append(t.sentence)
    return out


# words that name a label ("the one that says Export"), and the words that point back at
# the thing named ("the one", "which is", "cel pe care", "та, на которой")
_LABEL = frozenset(
    {
        *("labelled", "labeled", "called", "named", "says", "reads", "marked", "titled"),
        *("scrie", "numit", "numita", "numeste", "cheama", "intitulat", "intitulata"),
        *("etichetat", "etichetata", "написано", "называется", "названием", "надписью"),
        *("подписано", "подписана", "озаглавлен"),
    }
)
_POINTER = frozenset(
    {
        *("one", "which", "cel", "cea", "cei", "cele", "care", "та", "тот", "те", "то"),
        *("которая", "который", "которой", "котором", "которое"),
    }
)
_SELF_WINDOW = 10


def _self_named(doc: Document) -> list[tuple[int, int, int]]:
    """Sentences that name a thing by its own label ("the export button is the one that
    says Export", "meniul Rapoarte e cel numit Rapoarte", "кнопка экспорта — та, на
    которой написано «Экспорт»"): spelling out what the screen already says talks down
    (R1, R8). A label word with a pointer word ("the one", "which") just before it, and
    after it a word the same sentence used a few words earlier (same stem). Weighs as a
    sure-fire construction. Returns (sentence, start, end) of each."""
    toks = doc.index.tokens
    out = []
    for i, t in enumerate(toks):
        if t.word not in _LABEL or i + 1 >= len(toks) or i < 2:
            continue
        named = toks[i + 1]
        if named.sentence != t.sentence or len(named.stem) < 4 or not named.word.isalpha():
            continue
        before = [b for b in toks[max(0, i - 5) : i] if b.sentence == t.sentence]
        if not any(b.word in _POINTER for b in before):
            continue
        earlier = toks[max(0, i - _SELF_WINDOW) : i - 1]
        if any(e.sentence == t.sentence and e.stem == named.stem for e in earlier):
            out.append((t.sentence, t.start, named.end))
    return out


STACCATO_RUN = 3


def _staccato(doc: Document) -> list[int]:
    """Sentences that start a run of one-word sentences on one line ("You. Deleted. The
    folder.", "Вы. Удалили. Папку."): spelling it out word by word talks down to the
    customer whatever the words are."""
    toks = doc.index.tokens
    # a run needs STACCATO_RUN sentences of one word each: fewer, and there is none
    if sum(1 for n in Counter(doc.index.sentences).values() if n == 1) < STACCATO_RUN:
        return []
    per: dict[int, list[int]] = defaultdict(list)
    for i, t in enumerate(toks):
        per[t.sentence].append(i)
    out = []
    run: list[int] = []
    for s in sorted(per):
        idx = per[s]
        word = toks[idx[0]]
        one = len(idx) == 1 and len(word.word) >= 2 and word.word.isalpha()
        joined = bool(run) and run[-1] == s - 1
        if one and joined:  # on the same line as the run so far ("Hello,\n\nYou." is not)
            joined = "\n" not in doc.text[toks[per[run[0]][0]].start : word.end]
        run = ([*run, s] if joined else [s]) if one else []
        if len(run) == STACCATO_RUN:
            out.append(run[0])
    return out


def overlap(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def _category(why: list[str]) -> str:
    for key in ("sarcasm", "rhetorical", "final"):
        if key in why:
            return _CATEGORY[key]
    if "sure" in why or "contempt" in why:
        return _CATEGORY["edge"]
    if "negative" in why and "targeted" in why:
        return _CATEGORY["blame"]
    if "repeat" in why:
        return _CATEGORY["repeat"]
    return _CATEGORY["edge"]


def curt_refusal(doc: Document, packs: PackSet) -> Hit | None:
    """A short reply that refuses with no courtesy, reason, alternative or next step."""
    lines = [ln for ln in doc.text.strip().splitlines() if ln.strip()]
    body_lines = lines[1:-1] if len(lines) >= 3 else lines  # without greeting and name
    words = sum(len(ln.split()) for ln in body_lines)
    if not body_lines or words > CURT_MAX_WORDS:
        return None
    refusals = packs.find(doc, "model_refusal")
    if not refusals:
        return None
    for name in ("courtesy", "next_step", "model_alternative", "model_reason"):
        if packs.find(doc, name):
            return None
    if any(reasoned(doc, r) for r in refusals):
        return None
    return refusals[0]


# a colon, or a dash on the same line after at most a short aside ("Not possible, I'm afraid —
# tickets are non-transferable": pol109, trainP41's en-xl036); a dash on the next line signs the reply
_REASON_AFTER = re.compile(r"[ \t]*(?:,[^.!?\n:—–]{1,20})?[ \t]*(?::|[—–][ \t]+\w)")


def reasoned(doc: Document, refusal: Hit) -> bool:
    """A refusal followed by its reason after a colon or a dash: "we can't: the limit is set
    by your bank" is firm, not curt."""
    return _REASON_AFTER.match(doc.text, refusal.end) is not None
