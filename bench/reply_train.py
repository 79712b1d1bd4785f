"""Train the reply-level model (tone/reply.py) and estimate how it generalises.

    .venv/bin/python bench/reply_train.py --polite 0.01 --floor 0.7           # the table
    .venv/bin/python bench/reply_train.py --polite 0.01 --floor 0.7 --write   # + weights
    .venv/bin/python bench/reply_train.py ... --show blind6                    # its false alarms

A logistic regression over the reply features (what the reply offers against what it
refuses, closes, blames or demands; its coldness; irony; the sentence model's near
misses), shared by the three languages (each has its own word lists), trained on every
labelled draft that the model judges (tests/data/tone/*.jsonl, kind `draft`; whole
replies with some evidence against them: reply.whole, reply.judged). Its threshold is
the lowest probability at which at most `--polite` of the training polite drafts are
flagged, and never below `--floor`.

Leave-one-split-out: for each split S in `HELD` the model is trained and its threshold
chosen WITHOUT S, then S is linted with the phrase rules and sentence model as they are
plus that model; printed: S's rude recall and polite drafts flagged warn+, per language
too, beside a hand rule with no learned weight (flag a judged reply that is `bare` and
`cold`), the baseline the weights must beat. The "all (fitted)" row is the model on the
data it was trained on (optimistic). Read with care: the word lists were written after
reading blind4's, then blind6's and probe_lint7's misses, and `--floor 0.7` was chosen
from this table, so those rows flatter the model; the first runs (bench/tone_eval.py's
docstring: probe_lint6 37.5% before the round, blind6 78.6% and probe_lint7 54.2% on
the reply model before tuning on them) are the estimate of unseen text.

On 06d42a4 (1,512 drafts, 28 features; rules -> rules + reply, polite warn+):

    held out     rude recall          polite warn+   hand rule (rude, polite)
    blind1       100.0 -> 100.0       3.6 -> 3.6     100.0, 3.6
    blind2       100.0 -> 100.0       1.2 -> 1.2     100.0, 1.2
    blind3        97.6 ->  98.8       0.0 -> 0.0      97.6, 0.0
    blind4        69.0 ->  92.9       2.4 -> 2.4      85.7, 2.4
    probe_lint6   37.5 ->  87.5       0.0 -> 0.0      91.7, 0.0
    blind6        76.2 ->  89.3       2.4 -> 2.4      83.3, 2.4
    probe_lint7   50.0 ->  83.3       4.2 -> 4.2      75.0, 4.2

The learned weights beat the hand rule by 6-8 points on three of the four sets that are
not yet fitted by the sentence rules, lose one case of 24 on probe_lint6, and add no
polite false alarm on any held-out split.

Round two (branch tone5: questions that ask nothing, passing the customer on, blame by
the facts, courtesy laid on too thick, stem accidents; 31 features), on b1be7da (1,608
drafts):

    held out     rude recall          polite warn+   hand rule (rude, polite)
    blind1       100.0 -> 100.0       3.6 -> 3.6     100.0, 3.6
    blind2       100.0 -> 100.0       1.2 -> 1.2     100.0, 1.2
    blind3        97.6 ->  98.8       0.0 -> 0.0      97.6, 0.0
    blind4        69.0 ->  94.0       1.2 -> 1.2      85.7, 1.2
    probe_lint6   37.5 ->  87.5       0.0 -> 0.0      91.7, 0.0
    blind6        76.2 ->  92.9       0.0 -> 0.0      83.3, 0.0
    probe_lint7   50.0 ->  87.5       4.2 -> 4.2      75.0, 4.2
    probe_lint8   62.5 -> 100.0       0.0 -> 0.0      83.3, 0.0
    probe_lint9   25.0 ->  45.8       0.0 -> 0.0      41.7, 0.0

probe_lint8's and probe_lint9's rows flatter (their misses guided the word lists); their
first runs are the estimate: probe_lint8 62.5% on the round's starting commit 0a671fb,
probe_lint9 33.3% after the round's fixes (0a671fb: 29.2%). Wording nobody listed still
escapes: two-line chat replies, spelling out the obvious with no marker word, insults
by comparison ("maybe a goldfish would suit you better"). Letting every cold whole reply
reach the model (not only those with evidence against them) was tried and dropped: the
cold polite replies score as high as the rude ones on these features (blind4 held out
94.0 -> 89.3).

Round three (branch tone8: a near miss of the sentence model, score >= 2, lets a cold
reply of three full-stop sentences or more with no thanks, apology, empathy or offer
(a "please" alone does not count) reach the model; nothing inside a refusal or
a passing-on is an offer; a refusal with its reason in the same sentence is firm; a time
standing alone is the customer's deadline; word lists by family from blind5's and
blind7's misses), blind5 and blind7 added to HELD (1,944 drafts):

    held out     rude recall          polite warn+   hand rule (rude, polite)
    blind1       100.0 -> 100.0       3.6 -> 3.6     100.0, 3.6
    blind2       100.0 -> 100.0       1.2 -> 1.2     100.0, 1.2
    blind3        97.6 ->  98.8       0.0 -> 0.0      97.6, 0.0
    blind4        69.0 ->  96.4       1.2 -> 1.2      88.1, 1.2
    probe_lint6   37.5 ->  87.5       0.0 -> 0.0      91.7, 0.0
    blind6        76.2 ->  94.0       0.0 -> 0.0      83.3, 0.0
    probe_lint7   50.0 ->  87.5       0.0 -> 0.0      79.2, 0.0
    probe_lint8   62.5 -> 100.0       0.0 -> 4.2      83.3, 0.0
    probe_lint9   25.0 ->  50.0       0.0 -> 0.0      45.8, 0.0
    blind5        72.6 ->  91.7       8.3 -> 8.3      79.8, 8.3
    blind7        75.0 ->  89.3       2.4 -> 2.4      82.1, 2.4

per language held out: blind5 en 78.6, ro 100, ru 96.4 (polite 3.6, 10.7, 10.7); blind7
en 89.3, ro 89.3, ru 89.3 (polite 0, 3.6, 3.6). The same table on a971355 (the round's
start, blind5/blind7 held out): blind5 83.3, blind7 79.8. Their word lists were written
from these two sets' misses, so their rows flatter; the first runs (83.3%, 81.0%) stay
the estimate for unseen text. probe_lint8 held out flags one polite draft more (its
fitted row: none).

Round four (branch reply9: rude replies with no rude word, by what the whole reply does;
33 features). New lists by family in a section of their own in each pack: the customer
sent to find it alone (`reply_pointer`: "It's all there", "consultați secțiunea
Întrebări frecvente", "Там всё есть"), the customer's account contradicted
(`reply_dispute`: "as you describe", "din datele noastre", "не соответствует
действительности"), contact deterred (`reply_deter`: "before contacting us again", "au
trecut doar 6", "прежде чем писать снова"); and lists that count with the family they
belong to (reply.py `_MORE`): blame by the customer's choice or a model customer, a
matter closed or a complaint filed ("N-avem ce face", "noted"), whose job it is, the
obvious spelled out, a small failure made a disaster, an ultimatum; and, against false
alarms, regret ("I'm afraid", "увы"), done as asked ("as requested", "я начислила вам"),
a fault denied ("nothing's wrong with the lock" is no trouble for `irony`). A chat reply
of a sentence or two that points elsewhere, closes the matter or passes it on is judged
as a whole (`curt`). blind8, dev9, dev10 added to HELD (2,592 drafts). Before (af82987,
the same HELD) -> after, held out:

    held out     rude recall          polite warn+
    blind1       100.0 -> 100.0       3.6 -> 3.6
    blind2       100.0 -> 100.0       1.2 -> 1.2
    blind3        98.8 -> 100.0       0.0 -> 0.0
    blind4        90.5 ->  96.4       1.2 -> 1.2
    probe_lint6   87.5 ->  87.5       0.0 -> 0.0
    blind6        94.0 ->  94.0       0.0 -> 0.0
    probe_lint7   91.7 ->  95.8       0.0 -> 0.0
    probe_lint8  100.0 -> 100.0       0.0 -> 0.0
    probe_lint9   45.8 ->  79.2       0.0 -> 0.0
    blind5        91.7 ->  92.9       6.0 -> 6.0
    blind7        89.3 ->  92.9       2.4 -> 2.4
    blind8        67.9 ->  83.3       8.3 -> 6.0
    dev9          61.7 ->  84.2      10.0 -> 10.0
    dev10         54.2 ->  84.2       3.3 -> 2.5

Mean held-out rude recall 83.8 -> 92.2, no held-out split with more polite drafts
flagged. The rows of blind8, dev9, dev10 and probe_lint9 flatter: their misses guided the
lists. The estimate of unseen text is dev9's and dev10's first run on the round's first
commit (c96e541, lists written from blind8 only): rude recall 61.7% and 56.7% (main at
af82987: 61.7% and 54.2%), polite warn+ 10.0% and 4.2% (unchanged), i.e. the blind8
families carried over to two new writers by 0 and 2.5 points.

After merging main at 15d3829 (the other issue-8 helpers' phrase rules, dev11 and dev12;
dev11, dev12 added to HELD; `curt` needs two full-stop sentences), main -> this branch
retrained, held out:

    held out     rude recall          polite warn+
    blind4        95.2 ->  97.6       0.0 -> 0.0
    blind5        92.9 ->  94.0       2.4 -> 2.4
    blind7        92.9 ->  91.7       0.0 -> 0.0
    blind8       100.0 ->  98.8       0.0 -> 0.0
    dev9          80.0 ->  92.5       1.7 -> 0.8
    dev10         80.8 ->  93.3       0.8 -> 0.8
    dev11         70.8 ->  72.5       6.7 -> 6.7
    dev12         82.5 ->  83.3       7.5 -> 7.5

and the same on every other split. Mean over the 16 held-out splits 90.6 -> 92.4. dev11
and dev12 were not read for this branch's lists (dev9, dev10 were); their first run on
the merged branch before retraining (79f6c02's weights): dev11 72.5% rude, 7.5% polite
warn+ (main: 72.5%, 8.3%), dev12 86.7%, 7.5% (main: 82.5%, 7.5%).

Refit of 2026-12-04 (thirty-sixth session; `--polite 0.01 --floor 0.7 --held …`, 15,348
drafts, every split to trainP21): the shipped weights (fitted 2026-11-30, before blind9 and
every trainP set) had not seen blind50-56 or trainP14-21, so on those the `shipped:` column
the script now prints is as unseen as the refit's leave-one-split-out row. Rules + reply,
rude recall and polite warn+, shipped -> refit, each split held out of the refit:

    held out     rude recall         polite warn+
    blind50       78.6 -> 78.6        6.0 ->  3.6
    blind51       96.4 -> 95.2       15.5 ->  9.5
    blind52       51.2 -> 47.6       16.7 -> 13.1
    blind53       64.3 -> 61.9       15.5 -> 15.5
    blind54       75.0 -> 73.8       13.1 -> 10.7
    blind55       69.0 -> 69.0        9.5 ->  6.0
    blind56       66.7 -> 66.7       15.5 -> 11.9
    trainP14      73.3 -> 73.3       17.0 -> 14.1
    trainP15      86.7 -> 86.7       14.1 ->  9.6
    trainP16      88.9 -> 88.9       13.3 ->  8.9
    trainP17      80.0 -> 77.8       19.3 -> 17.0
    trainP18      77.8 -> 77.8       18.5 -> 12.6
    trainP19      73.3 -> 73.3       11.1 ->  8.9
    trainP20      77.8 -> 68.9       11.9 ->  5.9
    trainP21      75.6 -> 75.6       11.9 ->  8.9

Over the fifteen: 12 of 948 rude drafts lost (rules alone; the readers catch most of what
the rules miss on such sets), 60 of 1,668 polite drafts no longer warned. The old weights
read a dry formal reply with no greeting as rude (`no_greeting` +1.14, `bare` +0.73); the
refit gives them -0.31 and +0.26, and `n_reply_overdone` (+1.77) and `you_share` (-1.45)
lead. Written with `--write` on every split (threshold at the 0.7 floor).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from supportdesk.tone import builtin_packs, lint  # noqa: E402
from supportdesk.tone.construct import scored  # noqa: E402
from supportdesk.tone.lint import unquoted  # noqa: E402
from supportdesk.tone.register import markers  # noqa: E402
from supportdesk.tone.reply import FEATURES, curt, features, judged, whole  # noqa: E402
from tone_eval import context_of, load  # noqa: E402

PACKS = ROOT / "src" / "supportdesk" / "tone" / "packs"
HELD = (
    "blind1",
    "blind2",
    "blind3",
    "blind4",
    "probe_lint6",
    "blind6",
    "probe_lint7",
    "probe_lint8",
    "probe_lint9",
    "blind5",
    "blind7",
    "blind8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
)
TONE_RULES = ("R1", "R6")
L2 = 0.02
EPOCHS = 600
RATE = 0.5
FLOOR = 0.5  # the lowest threshold (--floor)


def rows() -> list[dict]:
    """Every draft with its features and whether the lint without the reply model
    flags it (R1/R6 warn+ for rude recall, any warn+ for polite drafts)."""
    packs = builtin_packs()
    saved = {lang: dict(packs.reply_model(lang)) for lang in ("en", "ro", "ru")}
    for lang in saved:
        packs.reply_model(lang)["enabled"] = False
    out = []
    try:
        for c in load("all"):
            if c["kind"] != "draft":
                continue
            lang = c["lang"]
            report = lint(c["text"], context_of(c), language=lang)
            tone = any(f.serves in TONE_RULES and f.severity != "info" for f in report.findings)
            anywarn = any(f.severity != "info" for f in report.findings)
            doc = packs.document(unquoted(c["text"]), lang)
            reg = markers(doc, packs)
            you = reg.formal + reg.informal
            feats, _ = features(doc, packs, scored(doc, packs, you), you)
            out.append(
                {
                    "id": c["id"],
                    "lang": lang,
                    "split": c.get("split", "dev"),
                    "rude": c["label"] == "rude",
                    "tone": tone,
                    "anywarn": anywarn,
                    "x": [feats[k] for k in FEATURES],
                    # the model judges only whole replies with something against them
                    "gated": (whole(doc) or curt(doc, packs)) and judged(feats),
                }
            )
    finally:
        for lang, model in saved.items():
            packs.reply_model(lang).clear()
            packs.reply_model(lang).update(model)
    return out


def train(data: list[dict]) -> tuple[list[float], float]:
    """L2-regularised logistic regression by full-batch gradient descent on standardised
    features (numpy: bench only, the lint reads plain numbers); returns weights and bias
    on the raw features. Both classes weigh the same."""
    x = np.array([r["x"] for r in data], dtype=float)
    y = np.array([1.0 if r["rude"] else 0.0 for r in data])
    mean, sd = x.mean(axis=0), x.std(axis=0)
    sd[sd == 0] = 1.0
    z = (x - mean) / sd
    n = len(y)
    cw = np.where(y == 1, n / (2 * y.sum()), n / (2 * (n - y.sum())))
    w = np.zeros(z.shape[1])
    b = 0.0
    for _ in range(EPOCHS):
        p = 1 / (1 + np.exp(-np.clip(z @ w + b, -30, 30)))
        g = (p - y) * cw
        w -= RATE * (z.T @ g / n + L2 * w)
        b -= RATE * g.sum() / n
    raw = w / sd
    return [float(v) for v in raw], float(b - (w * mean / sd).sum())


def prob(w: list[float], b: float, x: list[float], gated: bool = True) -> float:
    if not gated:
        return 0.0
    z = b + sum(wi * xi for wi, xi in zip(w, x, strict=True))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def threshold(w: list[float], b: float, data: list[dict], polite_rate: float) -> float:
    """The lowest threshold that flags at most `polite_rate` of the polite drafts."""
    ps = sorted((prob(w, b, r["x"], r["gated"]) for r in data if not r["rude"]), reverse=True)
    allowed = int(polite_rate * sum(not r["rude"] for r in data))
    return min(0.99, max(FLOOR, ps[allowed] + 1e-6)) if allowed < len(ps) else FLOOR


def figures(w: list[float], b: float, t: float, data: list[dict]) -> tuple[str, str, str]:
    rude = [r for r in data if r["rude"]]
    polite = [r for r in data if not r["rude"]]
    base = sum(r["tone"] for r in rude)
    hit = sum(r["tone"] or prob(w, b, r["x"], r["gated"]) >= t for r in rude)
    fp0 = sum(r["anywarn"] for r in polite)
    fp = sum(r["anywarn"] or prob(w, b, r["x"], r["gated"]) >= t for r in polite)

    def pct(a: int, n: int) -> str:
        return f"{100 * a / n:5.1f}% ({a}/{n})" if n else "-"

    return (
        pct(base, len(rude)) + " -> " + pct(hit, len(rude)),
        pct(fp0, len(polite)),
        pct(fp, len(polite)),
    )


def _shipped() -> tuple[list[float], float, float]:
    """The weights, bias and threshold in the packs now (the same in every language): the
    row a refit must beat on each held-out split."""
    model = builtin_packs().reply_model("en")
    weights = model.get("weights", {})
    return (
        [float(weights.get(k, 0.0)) for k in FEATURES],
        float(model["bias"]),
        float(model["threshold"]),
    )


def hand_rule(data: list[dict]) -> str:
    """The baseline the learned weights must beat: flag a judged whole reply that is
    `bare` (refuses, closes, blames or cites the rules and gives nothing) and `cold`."""
    bare, cold = FEATURES.index("bare"), FEATURES.index("cold")

    def hit(r: dict) -> bool:
        return bool(r["gated"] and r["x"][bare] and r["x"][cold])

    rude = [r for r in data if r["rude"]]
    polite = [r for r in data if not r["rude"]]
    tp = sum(r["tone"] or hit(r) for r in rude)
    fp = sum(r["anywarn"] or hit(r) for r in polite)
    return f"rude {100 * tp / len(rude):.1f}%, polite {100 * fp / len(polite):.1f}%"


def write(w: list[float], b: float, t: float) -> None:
    """Store the weights in each built-in pack's `[reply_model]` table."""
    body = "\n".join(f"{k} = {v:.4f}" for k, v in zip(FEATURES, w, strict=True))
    block = (
        "[reply_model]\n# trained by bench/reply_train.py --write (leave-one-split-out figures in its output)\n"
        f"bias = {b:.4f}\nthreshold = {t:.4f}\n\n[reply_model.weights]\n{body}\n"
    )
    for lang in ("en", "ro", "ru"):
        path = PACKS / f"{lang}.toml"
        text = path.read_text(encoding="utf-8")
        pattern = re.compile(r"\[reply_model\]\n.*?(?=\n# ---- |\Z)", re.S)
        if pattern.search(text):
            text = pattern.sub(lambda _m: block.rstrip("\n") + "\n", text)
        else:
            marker = "# ---- scored construction model (construct.py)"
            text = text.replace(marker, block + "\n" + marker)
        path.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--write", action="store_true", help="store the weights in the packs")
    ap.add_argument("--polite", type=float, default=0.02, help="polite drafts flagged on training")
    ap.add_argument("--floor", type=float, default=0.5, help="lowest threshold")
    ap.add_argument(
        "--show", nargs="*", default=(), help="held-out splits whose polite false alarms to list"
    )
    ap.add_argument(
        "--held",
        default=",".join(HELD),
        help="comma-separated splits to leave out one at a time (default: HELD)",
    )
    args = ap.parse_args()
    global FLOOR
    FLOOR = args.floor
    data = rows()
    print(
        f"{len(data)} drafts, {len(FEATURES)} features; threshold: <= {args.polite:.0%} of training polite flagged"
    )
    print(
        f"{'held out':12} {'rude recall (rules -> +reply)':>34} {'polite warn+ rules':>20} {'+reply':>16}"
    )
    per_lang: dict[str, list[str]] = defaultdict(list)
    shipped = _shipped()
    for split in args.held.split(","):
        train_set = [r for r in data if r["split"] != split]
        test = [r for r in data if r["split"] == split]
        if not test:  # a misspelt split would only shorten the table
            raise SystemExit(f"reply_train: --held: no drafts in split {split!r}")
        w, b = train([r for r in train_set if r["gated"]])
        t = threshold(w, b, train_set, args.polite)
        recall, fp0, fp = figures(w, b, t, test)
        now_recall, _, now = figures(*shipped, test)
        now_recall = now_recall.split(" -> ")[-1].strip()
        print(
            f"{split:12} {recall:>34} {fp0:>20} {fp:>16}   shipped: {now_recall}, {now.strip()}"
            f"   hand rule: {hand_rule(test)}"
        )
        if split in args.show:
            for r in test:
                if not r["rude"] and not r["anywarn"] and prob(w, b, r["x"], r["gated"]) >= t:
                    print(f"    polite flagged by the reply model: {r['id']}")
        for lang in ("en", "ro", "ru"):
            rec, _, fpl = figures(w, b, t, [r for r in test if r["lang"] == lang])
            per_lang[split].append(f"{lang} {rec.split(' -> ')[-1].strip()} polite {fpl.strip()}")
    print("\nper language (held out; rules + reply, rude recall and polite warn+):")
    for split, rows_ in per_lang.items():
        print(f"  {split:12} " + " | ".join(rows_))
    w, b = train([r for r in data if r["gated"]])
    t = threshold(w, b, data, args.polite)
    recall, fp0, fp = figures(w, b, t, data)
    print(f"{'all (fitted)':12} {recall:>34} {fp0:>20} {fp:>16}   threshold {t:.3f}")
    print("\nweights (raw features):")
    for k, v in sorted(zip(FEATURES, w, strict=True), key=lambda kv: -abs(kv[1])):
        print(f"  {k:26} {v:+.3f}")
    print(f"  bias {b:+.3f}")
    if args.write:
        write(w, b, t)
        print("written to", ", ".join(f"{lang}.toml" for lang in ("en", "ro", "ru")))


if __name__ == "__main__":
    main()
