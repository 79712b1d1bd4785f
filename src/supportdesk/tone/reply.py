"""A reply-level judgement of rude wording (R1, R6): what the whole reply offers against
what it refuses, demands or closes.

Why a reply level: the sentence model (construct.py) and the phrase rules find a rude
sentence; a cold, bureaucratic reply has none ("Switches take 21 days. This is standard
across the industry. There is nothing to update you on."). Every sentence of it is
correct; the reply is rude by what it leaves out (no apology, no reason, no
alternative, no next step, no offer to help, no thanks) and what it does instead
(refuses, closes the ticket, cites the policy, puts the fault on the customer, orders
them about). Irony and talking down show the same way: praise or "good news" over a
failure, exaggerated patience ("let me explain as simply as possible"), scare quotes.

The features are counts of the pack word lists (`[lexicon.reply_*]` beside the `model_*`
ones, matched through the same stems, so inflection and diacritics do not matter) and
of the sentence model's scores, over the reply's body (without its greeting and
sign-off): nothing is tokenised again. Their weights are a logistic regression, stored
as data in each language pack (`[reply_model]`), trained by bench/reply_train.py, which
also prints its leave-one-split-out figures (train without a split, measure on it): the
estimate of unseen text, not the tuned fit.

Round four added what a reply does with no rude word in it: it sends the customer off to
find the answer alone (`reply_pointer`), argues with their account (`reply_dispute`),
deters them from writing again (`reply_deter`), and, counted with the family they belong
to (`_MORE`), blames their choices, closes the matter, names whose job it is. A chat reply
of a sentence or two that does one of these is the whole reply and is judged (`curt`).

Round five (the customer sent away instead of helped) adds no feature: its lists extend
the families above (`_MORE` maps a family to several lists), so "we don't deal with that
here" or "Call the hotline." weighs as passing the customer on, "see section 7.2" or "in
the app under Bookings" as a pointer, "It happens." as resignation, "works for me" as
the customer's account denied, with the weights trained on the earlier wordings.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from supportdesk.tone.construct import Construction, overlap, reasoned
from supportdesk.tone.packs import Document, Hit, PackSet
from supportdesk.tone.words import Token

# what a reply offers the customer
OFFERS = (
    "thanks",
    "reply_apology",
    "reply_empathy",
    "model_reason",
    "model_alternative",
    "next_step",
    "reply_next",
    "reply_offer",
    "model_admission",
)
# what it refuses, closes, cites, blames or demands; and irony, talking down
AGAINST = (
    "model_refusal",
    "reply_refusal",
    "model_door",
    "reply_final",
    "reply_policy",
    "reply_fault",
    "reply_demand",
    "reply_patronise",
    "reply_deflect",  # passed on to someone else: "the city, not us. Talk to them."
    "reply_overdone",  # thanks and apologies laid on too thick, an "ordeal", "teleporting"
    # the customer sent to find it alone: "It's all there.", "consultați secțiunea FAQ"
    "reply_pointer",
    # the customer's account contradicted: "isn't 'dropping every evening' as you describe"
    "reply_dispute",
    # contact deterred: "Please wait the full period before contacting us again."
    "reply_deter",
)
# lists that extend one above, by family (round 4; the packs keep them in a section of
# their own): a count of the base list counts these too, so a new wording of a known kind
# weighs as that kind does instead of as a feature of its own with a handful of examples
_MORE: dict[str, tuple[str, ...]] = {
    # what the customer chose or failed to do, a model customer: "You chose to keep using data"
    "reply_fault": ("reply_blame",),
    # resignation, a complaint filed: "that's how delivery works", "noted"
    # round 5, resignation with no apology: "It happens.", "Se mai întâmplă.", "Бывает."
    "reply_final": ("reply_shut", "reply_resigned"),
    # whose job it is: "not our job", "get someone who knows"
    # round 5, the customer sent away: "We don't deal with…", "Call the hotline.",
    # "nu ne ocupăm", "это вопрос к провайдеру"
    "reply_deflect": ("reply_offload", "reply_disown"),
    # round 5, a pointer is all the reply gives: "Please see section 7.2", "în aplicație, la
    # secțiunea", "в приложении в разделе"
    "reply_pointer": ("reply_section",),
    # round 5, trouble denied from our end: "works for me", "la mine merge", "у меня всё работает"
    "reply_dispute": ("reply_nofault",),
    # the obvious spelled out: "It's in the name", "if you scroll past the first paragraph"
    "reply_patronise": ("reply_obvious",),
    # a small failure made a disaster: "We'll try not to ruin your life again"
    "reply_overdone": ("reply_ordeal",),
    # "I'm afraid", "увы": regret as an apology says it
    "reply_apology": ("reply_regret",),
    # pol32 (R1): a fraud-safety warning ("We will never ask for this code", «Мы никогда не
    # просим этот код») is care for the customer, as empathy is: its orders and "never"
    # protect them, they do not shut a door
    # and so is the customer reassured about what they feared for ("you haven't lost
    # anything", «Nu veți răspunde pentru ele», «вы тут ни при чём»)
    "reply_empathy": ("reply_safety", "reply_calm"),
    # done as asked: "as requested", "как вы просили"
    "reply_offer": ("reply_granted",),
    # a deadline with a loss behind it: "…or the request is cancelled and you start again"
    "reply_demand": ("reply_ultimatum",),
}
FEATURES = (
    *(f"has_{n}" for n in OFFERS),
    *(f"n_{n}" for n in AGAINST),
    "offers",  # how many kinds of offer the reply makes (0..9)
    # refuses, closes, blames or cites the rules and offers nothing at all: no apology,
    # empathy, thanks, alternative, committed next step or offer to help
    "bare",
    "solved",  # the reply reports the problem solved ("has been refunded", "is unlocked")
    # irony: praise, "good news", drama ("a whole", "what a") in a reply that also
    # refuses, blames or reports a failure; two or more of them stand on their own
    "irony",
    "cold",  # none of thanks, apology, empathy, courtesy word or offer to help
    "no_greeting",  # no greeting word on the first line ("Chloe," "Здравствуйте.")
    "you_share",  # share of the body's sentences that address the customer
    "sentence_max",  # the sentence model's highest score in the body
    "near",  # sentences scoring half the sentence threshold or more
    "orders",  # sentences that start with a bare order ("Turn", "Fiți", "Будьте")
    "quotes",  # scare quotes: a few quoted words in the body
    # questions that ask nothing: no request, offer or courtesy in them ("Were you
    # perhaps expecting roses?"); a reply asks the customer for what it needs politely
    "rhetorical",
)
_IRONY = ("reply_irony", "model_praise")
# a wall put up before the customer: what makes a reply "bare" when nothing is given back.
# Not AGAINST's tone cues (orders, quotes, near misses) but its refusals, closings and
# citations, plus a disputed account and deterred contact, which have no count of their own
_WALL = (
    "model_refusal",
    "reply_refusal",
    "model_door",
    "reply_final",
    "reply_policy",
    "reply_fault",
    "reply_deflect",
    "reply_pointer",
    "reply_dispute",
    "reply_deter",
)
_GIVES = (
    "courtesy",
    "thanks",
    "reply_apology",
    "reply_empathy",
    "model_alternative",
    "reply_next",
    "reply_offer",
)
_TROUBLE = (
    "model_failure",
    "model_negative",
    "reply_fault",
    "model_refusal",
    "reply_refusal",
    "model_door",
)
_WARM = ("thanks", "reply_apology", "reply_empathy", "reply_offer", "courtesy")
# what keeps a cold reply's near miss from the model (`judged`): warmth beyond a courtesy
# word, or the fault owned. pol32 (R1): "Мы ошиблись, и это полностью наша вина. …вы зря
# прождали всё утро" owns the failure it then describes, as an apology would; the
# description is no reproach to weigh
_KIND = ("thanks", "reply_apology", "reply_empathy", "reply_offer", "model_admission")
# a sentence scoring half the sentence threshold or more: a near miss of the sentence model
NEAR = 1.5
# a near miss that lets a cold reply reach the model: two thirds of the sentence threshold
GATE_SCORE = 2.0
# the body's sentence count: read by the gate (`judged`) only, no weight in the model
GATE_SENTENCES = "body_sentences"
GATE_KIND = "kind_words"
_CAP = 3  # a count above this adds nothing: a long reply is not ruder for its length


@dataclass(frozen=True, slots=True)
class Verdict:
    """The reply-level judgement: the probability that the reply reads as rude, the
    sentence to point at, the category and the features that weighed most."""

    probability: float
    start: int
    end: int
    category: str
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Model:
    """Logistic-regression weights over `FEATURES` (missing weights are 0)."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def model_of(packs: PackSet, language: str) -> Model | None:
    """The pack's `[reply_model]`, or None when the pack has none (a reply-level
    judgement needs weights; a team may switch it off with `enabled = false`)."""
    raw = packs.reply_model(language)
    if not raw or not raw.get("enabled", True):
        return None
    weights = raw.get("weights", {})
    return Model(
        {k: float(v) for k, v in weights.items()},
        float(raw.get("bias", 0.0)),
        float(raw.get("threshold", 0.5)),
    )


def body_span(text: str) -> tuple[int, int]:
    """Where the body of a reply is: without a greeting paragraph of a few words ("Hi
    Marcus,") and a sign-off paragraph of short lines ("Best wishes,\\nAisha\\nSkylink")."""
    paras: list[tuple[int, int]] = []
    pos = 0
    for block in text.split("\n\n"):
        if block.strip():
            lead = len(block) - len(block.lstrip())
            paras.append((pos + lead, pos + len(block.rstrip())))
        pos += len(block) + 2
    if not paras:
        return 0, 0
    start, end = paras[0][0], paras[-1][1]
    if len(paras) >= 2 and len(text[paras[0][0] : paras[0][1]].split()) <= 6:
        start = paras[1][0]
    if len(paras) >= 2:
        last = text[paras[-1][0] : paras[-1][1]].splitlines()
        if len(last) <= 4 and all(len(ln.split()) <= 6 for ln in last):
            end = paras[-2][1]
    if start >= end:  # one paragraph only, or greeting and sign-off alone
        return paras[0][0], paras[-1][1]
    return start, end


def _sentence_at(doc: Document, starts: list[int], pos: int) -> int:
    """The sentence of the token at or before `pos` (`starts`: the tokens' starts)."""
    return doc.index.tokens[max(0, bisect_right(starts, pos) - 1)].sentence


def _inside(hits: list[Hit], start: int, end: int) -> list[Hit]:
    return [h for h in hits if h.start >= start and h.end <= end]


def _find(packs: PackSet, doc: Document, name: str) -> list[Hit]:
    """A list's hits with those of the lists that extend it (`_MORE`)."""
    hits = packs.find(doc, name)
    for more in _MORE.get(name, ()):
        hits = hits + packs.find(doc, more)
    return hits


def features(
    doc: Document, packs: PackSet, sentences: list[Construction], you: list[Hit]
) -> tuple[dict[str, float], dict[str, list[Hit]]]:
    """The reply's features and the hits behind them, by word list."""
    start, end = body_span(doc.text)
    starts = doc.index.starts
    # the body's tokens: a slice, as the tokens are in text order (bisected in C)
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    toks = doc.index.tokens[lo:hi]
    found: dict[str, list[Hit]] = {}
    for name in (
        *OFFERS,
        *AGAINST,
        *_IRONY,
        *_TROUBLE,
        *_ASKS,
        "resolved",
        "greeting",
        "model_order",
    ):
        found[name] = _inside(_find(packs, doc, name), start, end)
    # warmth counts in the sign-off too: "Thanks for your patience, Ned"
    for name in _WARM:
        found[name] = _find(packs, doc, name)
    # "we will not be refunding" is no "we will", "к ним и обращайтесь" (take it to them)
    # no "обращайтесь" (ask us any time), "there isn't really anything we can do" no "we
    # can": nothing inside a refusal or a passing-on is an offer or a next step
    walls = found["model_refusal"] + found["reply_refusal"] + found["reply_deflect"]
    for name in ("model_alternative", "reply_offer", "next_step", "courtesy"):
        found[name] = [h for h in found[name] if not any(overlap(h, w) for w in walls)]
    # "so that you don't have to repeat anything", "вы ни в чём не виноваты": a burden
    # spared or a fault denied is no blame
    spared = _inside(packs.find(doc, "reply_spared"), start, end)
    # pol34 (R6): nor is "this time" beside our own admission ("Honestly, this time the
    # mistake is ours", „de data asta greșeala e a noastră”, «на этот раз виноваты мы»):
    # the fault the sentence names is ours
    owned = {_sentence_at(doc, starts, h.start) for h in found["model_admission"]}
    found["reply_fault"] = [
        h
        for h in found["reply_fault"]
        if not any(overlap(h, s) for s in spared)
        and _sentence_at(doc, starts, h.start) not in owned
    ]
    # pol32 (R1): "please don't send your card number by email: it isn't a secure channel
    # and we will never ask for it" asks for the customer's own safety, no demand of ours
    safe = {_sentence_at(doc, starts, h.start) for h in packs.find(doc, "reply_safety")}
    found["reply_demand"] = [
        h for h in found["reply_demand"] if _sentence_at(doc, starts, h.start) not in safe
    ]
    # a time on its own is a deadline set for the customer ("Photos. Today.", "Чек. До
    # пятницы."), not a step of ours: a committed step says who does what ("I'll call today")
    size = Counter(doc.index.sentences[lo:hi])  # the body's words per sentence
    for name in ("next_step", "reply_next"):
        found[name] = [
            h for h in found[name] if size.get(_sentence_at(doc, starts, h.start), 3) > 2
        ]
    # a refusal with its reason is firm: after a colon ("Nu putem schimba limita: o
    # stabilește banca"), or in the same sentence ("…, pentru că limita e stabilită…")
    because = {_sentence_at(doc, starts, h.start) for h in found["model_reason"]}
    for name in ("model_refusal", "reply_refusal"):
        found[name] = [
            h
            for h in found[name]
            if not (reasoned(doc, h) or _colon_after(doc.text, h))
            and _sentence_at(doc, starts, h.start) not in because
        ]
    # so is a closed door with its reason: "Повторно писать не нужно: номер обращения…"
    for name in ("model_door", "reply_final"):
        found[name] = [h for h in found[name] if not _colon_after(doc.text, h)]
    out: dict[str, float] = {}
    offered = 0
    for name in OFFERS:
        has = bool(found[name])
        out[f"has_{name}"] = float(has)
        offered += has
    for name in AGAINST:
        out[f"n_{name}"] = float(min(_CAP, len(found[name])))
    out["offers"] = float(offered)
    against = any(found[n] for n in _WALL)
    out["bare"] = float(against and not any(found[n] for n in _GIVES))
    out["solved"] = float(bool(found["resolved"]))
    ironic = sum(len(found[n]) for n in _IRONY)
    # "Good news, nothing's wrong with the lock": a fault denied is no trouble to mock
    fine = _inside(packs.find(doc, "reply_reassure"), start, end)
    trouble = any(not any(overlap(h, f) for f in fine) for n in _TROUBLE for h in found[n])
    out["irony"] = float(min(_CAP, ironic)) if ironic >= 2 or trouble else 0.0
    out["cold"] = float(not any(found[n] for n in _WARM))
    out[GATE_KIND] = float(any(found[n] for n in _KIND))
    first_line = doc.text.lstrip().split("\n", 1)[0]
    lead = len(doc.text) - len(doc.text.lstrip())
    out["no_greeting"] = float(
        not any(h.start < lead + len(first_line) for h in packs.find(doc, "greeting"))
    )
    body_sentences = set(doc.index.sentences[lo:hi])
    addressed = set()
    for h in you:
        i = bisect_right(starts, h.start) - 1
        if i >= 0 and start <= h.start < end:
            addressed.add(doc.index.tokens[i].sentence)
    for h in packs.find(doc, "model_you"):
        i = bisect_right(starts, h.start) - 1
        if i >= 0 and start <= h.start < end:
            addressed.add(doc.index.tokens[i].sentence)
    out["you_share"] = len(addressed & body_sentences) / max(1, len(body_sentences))
    inbody = [c for c in sentences if c.sentence in body_sentences]
    out["sentence_max"] = max((c.score for c in inbody), default=0.0)
    out["near"] = float(min(_CAP, sum(c.score >= NEAR for c in inbody)))
    body = doc.text[start:end]
    # sentences as a reader counts them, by their full stops: the tokenizer's sentences
    # also end at ';' ("…is cheaper; the basic plan is monthly")
    out[GATE_SENTENCES] = float(len(_FULL_STOP.findall(body + " ")))
    out["orders"] = float(min(_CAP, len(found["model_order"]) + _imperatives(toks, doc.language)))
    out["quotes"] = float(min(_CAP, _scare_quotes(body)))
    out["rhetorical"] = float(min(_CAP, _rhetorical(doc, toks, found, addressed)))
    return out, found


# Russian asks the customer to do something in the second person non-past ("Попробуете
# ещё раз?", "напишешь, как получилось?"); irony asks about the past ("Вы ждали розы?")
_RU_ASK_ENDS = ("ете", "ёте", "ешь", "ёшь", "ишь")
_RU_NOT_ASKS = frozenset({"понимаете", "понимаешь", "знаете", "знаешь", "видите", "видишь"})


def _asks_to_try(word: str) -> bool:
    return len(word) >= 6 and word.endswith(_RU_ASK_ENDS) and word not in _RU_NOT_ASKS


# what makes a question a real one: a request, an offer, a courtesy word ("?" itself is
# in a request list: only words count)
_ASKS = ("request", "courtesy", "reply_offer")


def _rhetorical(
    doc: Document, toks: list[Token], found: dict[str, list[Hit]], addressed: set[int]
) -> int:
    """Body sentences that end in a question mark, address the customer or quote them,
    and hold no request, offer or courtesy word: "So the plant arrived 'half dead'?",
    "Vă așteptați cumva la trandafiri?", "Вы, может быть, ожидали розы?". Why by
    punctuation: irony and talking down ask questions that need no answer, in every
    language, with no marker word; a reply that needs something asks for it ("Could you
    send…?"), and a test question is about the thing ("merge pe date mobile?")."""
    if "?" not in doc.text:
        return 0
    last: dict[int, Token] = {}
    for t in toks:
        last[t.sentence] = t
    asked = set()
    starts = doc.index.starts
    for name in _ASKS:
        for h in found[name]:
            i = bisect_right(starts, h.start) - 1
            if i >= 0 and any(ch.isalpha() for ch in doc.text[h.start : h.end]):
                asked.add(doc.index.tokens[i].sentence)
    n = 0
    for sentence, t in last.items():
        tail = doc.text[t.end : t.end + 4]
        line = tail.split("\n", 1)[0]
        mark = line.find("?")
        # a quoted question is a label or the customer's: „Ați uitat parola?”
        if mark < 0 or line[mark + 1 : mark + 2] in _CLOSING_QUOTES or sentence in asked:
            continue
        words = [u for u in toks if u.sentence == sentence]
        if doc.language == "ru" and any(_asks_to_try(u.word) for u in words):
            continue
        first = words[0]
        said = doc.text[first.start : t.end + 2]
        quoted = bool(_QUOTED.search(said) or _SINGLE_QUOTED.search(said))
        if sentence in addressed or quoted:
            n += 1
    return n


_FULL_STOP = re.compile(r"[.!?…]+(?=[\s)\]»”\"'])")
_CLAUSE_END = re.compile(r"[.!?\n]")


def _colon_after(text: str, hit: Hit) -> bool:
    """A colon right after the hit or a word or two later, in the same clause: the
    reason follows ("No need to write again: your number is…")."""
    rest = text[hit.end : hit.end + 16]
    end = _CLAUSE_END.search(rest)
    return ":" in (rest[: end.start()] if end else rest)


# Romanian and Russian mark the imperative in the verb's ending (grammar, not a word
# list: register.py does the same for tu/dumneavoastră): "Ștergeți ceva sau plătiți."
# "Будьте дома." Greetings and apologies end the same way and are no order.
_IMPERATIVE_ENDS = {"ro": ("ati", "eti", "iti"), "ru": ("ите", "йте", "ьте")}
_NOT_ORDERS = frozenset(
    {
        *("puteti", "sunteti", "aveti", "stiti", "doriti", "vreti", "veti", "ati", "credeti"),
        *("multumiti", "meriti", "primiti", "gasiti", "vedeti", "ganditi"),
        *("здравствуйте", "извините", "простите", "можете", "хотите", "видите", "знаете"),
        *("понимаете", "считаете", "получите", "найдете", "найдёте", "увидите"),
    }
)


def _imperatives(toks: list[Token], language: str) -> int:
    """Sentences of the body that start with a verb in the imperative (ro, ru)."""
    ends = _IMPERATIVE_ENDS.get(language)
    if not ends:
        return 0
    return sum(
        1
        for t in toks
        if t.first and len(t.word) >= 5 and t.word.endswith(ends) and t.word not in _NOT_ORDERS
    )


# a quotation of at most 40 characters on one line, in any of the usual quote marks
_QUOTED = re.compile(r'[“«"„]([^”»"“„\n]{1,40})[”»"“]')
_CLOSING_QUOTES = frozenset("”»\"'’“")
# 'half dead' between apostrophes that are no contraction's ("it's", "didn't")
_SINGLE_QUOTED = re.compile(r"(?<!\w)['‘][^'‘’\n]{1,40}['’](?!\w)")


def _scare_quotes(body: str) -> int:
    """Quoted runs of one to three words: "your 'urgent' request", «срочно»."""
    if not any(q in body for q in '“«"„'):
        return 0
    return sum(1 for m in _QUOTED.finditer(body) if 1 <= len(m.group(1).split()) <= 3)


_AGAINST_CATEGORY = (
    ("irony", "sarcastic"),
    ("n_reply_overdone", "sarcastic"),
    ("rhetorical", "sarcastic"),
    ("n_reply_patronise", "condescending"),
    ("n_reply_fault", "blaming"),
    ("n_reply_dispute", "argumentative"),
)


def judge(
    doc: Document, packs: PackSet, sentences: list[Construction], you: list[Hit]
) -> Verdict | None:
    """The reply-level verdict when the model finds the whole reply rude, else None."""
    model = model_of(packs, doc.language)
    if model is None or not doc.index.tokens or not (whole(doc) or curt(doc, packs)):
        return None
    start, end = body_span(doc.text)
    if not any(_inside(_find(packs, doc, n), start, end) for n in (*AGAINST, *_IRONY)) and (
        ("?" not in doc.text or any(_find(packs, doc, n) for n in _WARM))
        and (
            not any(c.score >= GATE_SCORE for c in sentences)
            or any(_find(packs, doc, n) for n in _KIND)
        )
    ):
        return None  # no evidence against the reply (`judged`): the rest is not computed
    feats, found = features(doc, packs, sentences, you)
    if not judged(feats):
        return None
    p = model.probability(feats)
    if p < model.threshold:
        return None
    contributions = sorted(
        ((model.weights.get(k, 0.0) * v, k) for k, v in feats.items()), reverse=True
    )
    reasons = tuple(k for w, k in contributions if w > 0)[:4]
    category = "dismissive"
    for name, cat in _AGAINST_CATEGORY:
        if feats[name] and name in reasons:
            category = cat
            break
    start, end = _worst(doc, sentences, found)
    return Verdict(p, start, end, category, reasons)


# what counts against a reply: without one of these it is never judged rude
_EVIDENCE = (*(f"n_{n}" for n in AGAINST), "irony")


def judged(feats: dict[str, float]) -> bool:
    """Whether the reply gives the model something to weigh: a refusal, a closing, the
    rules, blame, a demand, talking down or irony; or a question that asks nothing in a
    cold reply (no thanks, apology, empathy, courtesy or offer anywhere): irony with no
    marker word ("So the plant arrived 'half dead'? It's a cactus."). Brevity or a
    missing "thanks" alone is no rudeness (most short factual replies are fine): letting
    every cold reply in cost 5 of blind4's rude replies left out (bench/reply_train.py)."""
    if any(feats[k] for k in _EVIDENCE):
        return True
    if feats[GATE_KIND]:
        return False
    # a sentence the sentence model nearly flagged, in a cold reply of three body
    # sentences or more ("Next time it would be worth reading the page before ordering."
    # under an explanation, "Maybe plan ahead a bit next time?"): one or two sentences
    # are the sentence model's own to judge (`whole`), and a short cold "Done, refunded,
    # 3-5 days" with a near miss is a polite reply as often as not
    near = feats["sentence_max"] >= GATE_SCORE and feats[GATE_SENTENCES] >= WHOLE_SENTENCES
    return bool((feats["rhetorical"] and feats["cold"]) or near)


WHOLE_SENTENCES = 3


def whole(doc: Document) -> bool:
    """A reply with a greeting or a sign-off around its body, or a chat reply of three
    sentences or more ("Leo, the booking is in the app. Took you what…? Room B. – Anja"):
    a lone sentence or two is the sentence model's to judge (it has no room for the
    courtesy counted here)."""
    toks = doc.index.tokens
    if doc.text.strip().count("\n\n") >= 1:
        return True
    return bool(toks) and toks[-1].sentence - toks[0].sentence + 1 >= WHOLE_SENTENCES


def curt(doc: Document, packs: PackSet) -> bool:
    """A chat reply of two sentences that sends the customer elsewhere, closes the
    matter or passes it on ("Dani, rescheduling is in the app. It's all there.", "Sam,
    we get a lot of feature requests. noted.", "Дима, перенос делается в приложении. Там
    всё есть."): that is the whole reply, so it is judged as one; a lone sentence stays
    the sentence model's ("Before you travel, make sure you know the new PIN; it is in the
    app under Cards." has no greeting for want of room, not of manners)."""
    # sentences by their full stops: the tokenizer's also end at ";"
    return len(_FULL_STOP.findall(doc.text + " ")) >= 2 and any(
        _find(packs, doc, n) for n in ("reply_pointer", "reply_final", "reply_deflect")
    )


def _worst(
    doc: Document, sentences: list[Construction], found: dict[str, list[Hit]]
) -> tuple[int, int]:
    """The sentence to point at: the sentence model's worst, else the sentence of the
    first refusal, closing or blame, else the body's first sentence."""
    start, end = body_span(doc.text)
    inbody = [c for c in sentences if start <= c.start < end]
    toks = doc.index.tokens
    sentence = -1
    if inbody:
        sentence = max(inbody, key=lambda c: c.score).sentence
    else:
        hits = sorted(
            h.start for n in (*AGAINST, *_IRONY) for h in found[n] if start <= h.start < end
        )
        if hits:
            starts = doc.index.starts
            sentence = toks[max(0, bisect_right(starts, hits[0]) - 1)].sentence
    words = [t for t in toks if t.sentence == sentence] if sentence >= 0 else []
    if not words:
        words = [t for t in toks if start <= t.start < end]
        if not words:
            return start, end
        words = [t for t in words if t.sentence == words[0].sentence]
    return words[0].start, words[-1].end
