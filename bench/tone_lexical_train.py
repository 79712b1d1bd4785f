"""Fit the wording head (tone/lexical.py) and write tone/packs/lexical_model.json.

    .venv/bin/python bench/tone_lexical_train.py [--heldout SPLIT,…] [--quantile Q]
        [--grid Q,…] [--bits 18] [--l2 1e-5] [--sizes 2,3,4,5] [--leak] [--write]

Data: every labelled draft in tests/data/tone/*.jsonl, polite or rude, as a whole reply.
Model: logistic regression over lexical.features (character 2- to 5-grams and words and
word pairs, hashed), full-batch Adam from zero for STEPS steps; the few hundred steps
and the light L2 are the regularisation. Threshold per language at QUANTILE of the
out-of-fold scores of polite drafts (folds by split, FOLDS of them), as the meaning
model's heads are set: new writers' polite replies score above the training writers'.

`--heldout` leaves splits out of the fit and prints, per held-out split, the rude drafts
and polite drafts the head flags alone, and with the rules (lint without the reader).
`--write` writes the model file fitted on every split not held out.

Figures (2026-12-04, thirty-second session). Held out blind49-52 and trainP14-16 (the last
two sessions' judges and hard-polite sets) with the rules and the meaning model as at
ab979af (their misses and false alarms from bench/tone_eval.py --reader --errors),
2^20 buckets, L2 1e-5: rude caught 432 -> 459 of 471 at the 0.98 quantile (blind52 66 ->
80 of 84) and 449 at 0.99, polite drafts flagged 104 -> 112 of 741 at 0.98 and 109 at
0.99. L2 1e-3 with 1- to 4-grams: 447 and 124 at 0.98, so the light L2 is kept. The head
alone at 0.98: blind52 77 of 84 rude and 0 of 84 polite. 2^18 buckets did as well as
2^20 (458 and 114 at 0.98), so the file holds 2^18.
With the calm bar (CALM_QUANTILE) and the whole pipeline (`--heldout
blind49,blind50,blind51,blind52,trainP14,trainP15,trainP16 --write`, then
`bench/tone_eval.py --split S --no-timing --reader` on each), before -> after:
  blind49 rude 96.4 -> 100.0, polite warn+ 4.8 -> 4.8
  blind50 rude 95.2 -> 97.6, polite 8.3 -> 7.1
  blind51 rude 98.8 -> 100.0, polite 9.5 -> 6.0
  blind52 rude 78.6 -> 94.0, polite 14.3 -> 6.0
  trainP14 rude 84.4 -> 91.1, polite 23.0 -> 16.3
  trainP15 rude 93.3 -> 100.0, polite 14.8 -> 12.6
  trainP16 rude 93.3 -> 91.1, polite 16.3 -> 8.9
  all: rude 432 -> 459 of 471 (97.5%), polite 104 -> 71 of 741 (9.6%).
The calm bar took one rude draft (trainP16) out of 471 and 33 polite false alarms.
The model file is then fitted on every split (`--write`).
On trainP17 (a new writer's hard polite set, in no fit), rules and meaning model -> with
the head: rude recall 86.7 -> 95.6%, polite warn+ 19.3 -> 8.1%.

Character 6-grams too (`--sizes 2,3,4,5,6`, 2026-12-04, thirty-third session), held out
blind50-53 and trainP15-18 (`--heldout …`, head alone and with the rules, at 0.98): the head
alone caught 6 more of 516 rude drafts and flagged 1 more of 876 polite ones, with the rules
2 more rude (blind52 +2, blind53 +1, trainP15 -1); within noise, for a fifth more buckets
to hash per reply, so the file keeps 2- to 5-grams.

`--leak` fits the leak head (lexical.LEAK_MODEL_FILE): every leak case (1) against its
clean look-alikes and every draft (0), bar at LEAK_QUANTILE of out-of-fold non-leaks.
Held out heldK25, heldK26, heldK27, trainK33 and blind52 (`--leak --heldout … --grid
0.98,0.99,0.995` prints the head alone; its hits joined with the misses bench/tone_eval.py
--reader --errors listed at ab979af), at 0.98 / 0.99 / 0.995: leaks blocked 588 -> 610 / 605 / 602 of 624, clean look-alikes 7 -> 26 / 19 / 16 of
312, drafts 3 / 0 / 0 of 168. heldK27 (tuned on least) 119 -> 136 / 131 / 129 of 144.
Written at 0.99 on every split (`--leak --write`); on trainK34, which no fit saw: leaks
112 -> 130 of 144, clean look-alikes 1 -> 1 of 72, and trainP17's polite drafts unchanged.
A reply both leak heads read as nearly a leak (2026-12-04, thirty-third session): this head
fitted without heldK27, heldK28, trainK34, trainK35, blind52, blind53 and trainP16-18, and
the meaning model's leak head as shipped (fitted to heldK24, so unseen on all of them), a
block where neither bar is passed but the meaning model's best unit is within A of its bar
and this head within B of its own: rules + both heads blocked 632 of 672 leaks, 23 of 336
clean look-alikes and 21 of 866 drafts; (A, B) = (1.0, 0.75) added 3 leaks, 3 look-alikes
and 1 polite draft, (1.5, 0.75) 6, 3 and 2, (2.0, 1.0) 13, 6 and 5. About one false block
for each leak gained, as lowering one bar costs, so it is not shipped.
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from supportdesk.tone.lexical import LEAK_MODEL_FILE, MODEL_FILE, features  # noqa: E402
from supportdesk.tone.lint import lint  # noqa: E402
from tone_eval import context_of  # noqa: E402
from tone_reader_train import count, load_cases, pct  # noqa: E402

PACKS = ROOT / "src" / "supportdesk" / "tone" / "packs"
SIZES = (2, 3, 4, 5)
BITS = 18
L2 = 1e-5
STEPS = 300
RATE = 0.05
FOLDS = 3
QUANTILE = 0.98
LEAK_QUANTILE = 0.99  # of out-of-fold non-leaks (clean look-alikes and drafts)
CALM_QUANTILE = 0.01  # of out-of-fold rude drafts: a reply under it reads calm
LANGUAGES = ("en", "ro", "ru")


class Bag:
    """The drafts' hashed n-grams as one sparse matrix in coordinate form."""

    def __init__(self, texts: list[str], bits: int, sizes: tuple[int, ...] = SIZES) -> None:
        rows = [features(t, bits, sizes) for t in texts]
        self.size = 1 << bits
        self.rows = np.concatenate([np.full(len(r), i) for i, r in enumerate(rows)])
        self.cols = np.concatenate([np.asarray(r, np.int64) for r in rows])
        self.vals = np.concatenate([np.full(len(r), 1 / max(len(r), 1) ** 0.5) for r in rows])
        self.n = len(rows)

    def scores(self, w: np.ndarray, b: float, take: np.ndarray | None = None) -> np.ndarray:
        z = np.bincount(self.rows, weights=self.vals * w[self.cols], minlength=self.n) + b
        return z if take is None else z[take]


def fit(bag: Bag, y: np.ndarray, take: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """Logistic regression on the rows `take` (a boolean mask), full-batch Adam."""
    keep = take[bag.rows]
    rows, cols, vals = bag.rows[keep], bag.cols[keep], bag.vals[keep]
    n = int(take.sum())
    w, b = np.zeros(bag.size), 0.0
    m, v, mb, vb = np.zeros(bag.size), np.zeros(bag.size), 0.0, 0.0
    for t in range(1, STEPS + 1):
        z = np.bincount(rows, weights=vals * w[cols], minlength=bag.n)[take] + b
        r = np.zeros(bag.n)
        r[take] = (1 / (1 + np.exp(-z)) - y[take]) / n
        g = np.bincount(cols, weights=vals * r[rows], minlength=bag.size) + l2 * w
        gb = float(r.sum())
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        w -= RATE * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        b -= RATE * (mb / (1 - 0.9**t)) / (np.sqrt(vb / (1 - 0.999**t)) + 1e-8)
    return w, b


def fitted(
    cases: list[dict], y: np.ndarray, held: list[str], args: argparse.Namespace
) -> tuple[
    np.ndarray, np.ndarray, np.ndarray, list[str], np.ndarray, np.ndarray, float, np.ndarray
]:
    """The fit on every case not held out, with out-of-fold scores (folds by split) for
    the thresholds: (split, language, in training, training splits, out-of-fold scores,
    weights, bias, every case's score)."""
    split = np.array([c["split"] for c in cases])
    lang = np.array([c["lang"] for c in cases])
    bag = Bag([c["text"] for c in cases], args.bits, args.sizes)
    train = ~np.isin(split, held)
    splits = sorted(set(split[train]))
    oof = np.zeros(len(cases))
    for k in range(FOLDS):
        fold = np.isin(split, splits[k::FOLDS])
        w, b = fit(bag, y, train & ~fold, args.l2)
        oof[train & fold] = bag.scores(w, b, train & fold)
    w, b = fit(bag, y, train, args.l2)
    return split, lang, train, splits, oof, w, b, bag.scores(w, b)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--heldout", default="")
    ap.add_argument("--quantile", type=float, default=QUANTILE)
    ap.add_argument("--grid", default="", metavar="Q,…", help="held-out figures per quantile")
    ap.add_argument("--bits", type=int, default=BITS)
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--sizes", type=lambda v: tuple(int(n) for n in v.split(",")), default=SIZES,
                    help="character n-gram lengths, e.g. 2,3,4,5")  # fmt: skip
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--leak", action="store_true",
                    help=f"the leak head (R5): leaks against clean look-alikes and drafts, {LEAK_MODEL_FILE}")  # fmt: skip
    args = ap.parse_args()
    held = [s for s in args.heldout.split(",") if s]
    if args.leak:
        leak_head(args, held)
        return
    drafts = [c for c in load_cases(set()) if c["kind"] == "draft"]
    y = np.array([c["label"] == "rude" for c in drafts], np.float64)
    split, lang, train, splits, oof, w, b, score = fitted(drafts, y, held, args)

    def bars(q: float) -> dict[str, float]:
        return {la: float(np.quantile(oof[train & (y == 0) & (lang == la)], q)) for la in LANGUAGES}

    def calm_bars(q: float) -> dict[str, float]:
        return {la: float(np.quantile(oof[train & (y == 1) & (lang == la)], q)) for la in LANGUAGES}

    if held:
        rules = {
            i: any(
                f.severity != "info"
                for f in lint(drafts[i]["text"], context_of(drafts[i]), language=drafts[i]["lang"]).findings
            )
            for i in np.flatnonzero(~train)
        }  # fmt: skip
        for q in [float(q) for q in args.grid.split(",") if q] or [args.quantile]:
            bar = bars(q)
            for h in held:
                hi = [i for i in np.flatnonzero(split == h)]
                lex = {i: score[i] > bar[lang[i]] for i in hi}
                rude = [i for i in hi if y[i]]
                polite = [i for i in hi if not y[i]]
                print(
                    f"q {q} {h:10} rude: head {pct(lex[i] for i in rude)}"
                    f" rules {pct(rules[i] for i in rude)} both {pct(rules[i] or lex[i] for i in rude)}"
                    f" | polite warn+: head {pct(lex[i] for i in polite)}"
                    f" rules {pct(rules[i] for i in polite)} both {pct(rules[i] or lex[i] for i in polite)}"
                )  # fmt: skip
    if args.write:
        write(MODEL_FILE, args, w, b, bars(args.quantile), calm_bars(CALM_QUANTILE), splits)


def write(
    name: str,
    args: argparse.Namespace,
    w: np.ndarray,
    b: float,
    thresholds: dict[str, float],
    calm: dict[str, float],
    splits: list[str],
) -> None:
    """The packs' model file `name`: weights as 8-bit integers and one scale."""
    scale = float(np.abs(w).max()) / 127 or 1.0
    q8 = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    model = {
        "about": "tone/lexical.py; written by bench/tone_lexical_train.py",
        "bits": args.bits,
        "sizes": list(args.sizes),
        "scale": scale,
        "bias": round(float(b), 6),
        "thresholds": {k: round(v, 6) for k, v in thresholds.items()},
        "calm": {k: round(v, 6) for k, v in calm.items()},
        "quantile": args.quantile,
        "l2": args.l2,
        "trained_on": splits,
        "weights": base64.b64encode(q8.tobytes()).decode("ascii"),
    }
    (PACKS / name).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {PACKS / name}: thresholds {model['thresholds']}, calm {model['calm']}")


def leak_head(args: argparse.Namespace, held: list[str]) -> None:
    """The leak head: every leak case against its clean look-alikes and every draft, the
    bar per language at the quantile of the out-of-fold non-leaks (`--quantile`, here
    LEAK_QUANTILE unless given); no calm bar."""
    q = args.quantile if args.quantile != QUANTILE else LEAK_QUANTILE
    cases = [c for c in load_cases(set()) if c["kind"] in ("leak", "draft")]
    y = np.array([c["kind"] == "leak" and c["label"] == "leak" for c in cases], np.float64)
    kind = np.array([c["kind"] for c in cases])
    split, lang, train, splits, oof, w, b, score = fitted(cases, y, held, args)
    for gq in [float(g) for g in args.grid.split(",") if g] or [q]:
        bar = {la: float(np.quantile(oof[train & (y == 0) & (lang == la)], gq)) for la in LANGUAGES}
        hit = score > np.array([bar[la] for la in lang])
        for h in held:
            at = split == h
            print(
                f"q {gq} {h:10} leaks {count(hit[at & (y == 1)])}"
                f" clean {count(hit[at & (y == 0) & (kind == 'leak')])}"
                f" drafts {count(hit[at & (kind == 'draft')])}"
            )
    if args.write:
        bar = {la: float(np.quantile(oof[train & (y == 0) & (lang == la)], q)) for la in LANGUAGES}
        args.quantile = q
        write(LEAK_MODEL_FILE, args, w, b, bar, {}, splits)


if __name__ == "__main__":
    main()
