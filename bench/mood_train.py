"""Learned mood (issue 8): fit the combination of the mood signals, measure it with
leave-one-split-out cross-validation, and optionally write the shipped weights.

    .venv/bin/python bench/mood_train.py [--variants blend,…] [--no-cv] [--probe [SPLIT]] [--write VARIANT]

Every labelled incoming message in tests/data/tone/*.jsonl except the fresh probes
(`probe_mood9`, `probe_mood10`) is grouped by split; for each split a model is fitted on all the others
and tested on it. Variants of the features (tone/mood_model.py):
  blend        the hand rule's decision and scores, its filtered counts and their places,
               raw lexicon hits, punctuation, length, unanswered, language
  signals      the same without the hand rule's decision and scores
  stems        word stems, punctuation, length and language only: no lexicon at all
  blend+stems  blend plus the stems
  signals+stems  signals plus the stems (defined after the probe's first run of the others)

Read the cross-validation with care: the lexicons (and the hand rule) were tuned on every
split here, so a feature built from them has already seen the held-out split's wording,
and `blend`/`signals` CV is optimistic. Only `stems` CV is free of that leak; only
`probe_mood9` (written before any fitting, run once with --probe) is unseen by all.
`hand first run` is the hand-tuned scorer's first run on that split (commit messages,
bench/tone_eval.py's docstring); `hand now` is the scorer today, tuned on it.

Figures on c006ec5 (`--probe`, then `--variants signals+stems --probe`), mood accuracy:

    split          n  hand 1st run  hand now  blend  signals  stems  blend+stems  signals+stems
    blind1        72   86.1         100.0    100.0  100.0    90.3   100.0        100.0
    blind2        72   63.9         100.0    100.0   97.2    93.1   100.0         98.6
    dev           57     -          100.0    100.0   96.5    84.2   100.0         98.2
    holdout1      33   84.8         100.0    100.0   97.0    78.8   100.0         87.9
    holdout2      18   50.0         100.0    100.0  100.0    94.4   100.0        100.0
    holdout3      18   72.2         100.0    100.0  100.0    83.3   100.0        100.0
    holdout4      12   66.7         100.0    100.0  100.0    75.0   100.0        100.0
    holdout5      18   94.4         100.0    100.0  100.0    77.8   100.0        100.0
    holdout6      18   94.4         100.0    100.0   94.4    94.4   100.0        100.0
    holdout_mood  72   77.8          97.2     97.2   97.2    87.5    97.2         98.6
    probe_mood    36   80.6         100.0    100.0   97.2    94.4   100.0        100.0
    probe_mood2   36   66.7         100.0    100.0   88.9    80.6   100.0         91.7
    probe_mood3   36   80.6         100.0    100.0   97.2   100.0   100.0        100.0
    probe_mood4   36   55.6         100.0    100.0   83.3    88.9   100.0         91.7
    probe_mood5   36   72.2         100.0    100.0   75.0    83.3   100.0         80.6
    probe_mood6   36   77.8         100.0    100.0  100.0    77.8   100.0        100.0
    probe_mood7   36   72.2         100.0    100.0  100.0    83.3   100.0        100.0
    probe_mood8   36   63.9         100.0    100.0   91.7    88.9   100.0         97.2
    621 with a 1st run: 74.2          -       99.7   95.2    87.6    99.7         96.8
    probe_mood9 1st run: 91.7         -       91.7   88.9    88.9    91.7         91.7*

(* signals+stems was defined after the other variants' probe run, so its probe figure is
not a blind first run.) The leak-free estimate, stems, beats the hand rule's first runs
(87.6% vs 74.2%) but not its probe_mood9 run; no variant beats 91.7% there, so by the
issue's rule the hand rule stays and no mood_model.json is shipped.

`probe_mood10` (36 more, new situations, written after the above and before any variant
met it; `--no-cv --probe probe_mood10 --variants blend,signals,stems,blend+stems,signals+stems`
on 28a1d2a, trained on every other split), first runs: hand 97.2% (35/36), blend 97.2%,
signals 88.9%, stems 94.4%, blend+stems 97.2%, signals+stems 100% (36/36). Over both
fresh probes (72 messages): hand 68/72 (94.4%), signals+stems 69/72 (95.8%): one message
apart. A trial of shipping signals+stems (`--write signals+stems`, fitted on all 750
messages, file not committed): analyze() median 0.44 ms, p95 0.82 ms per message on the
labelled set; model load 0.1 s once; 425 KB of weights; 4 of the 40 mechanism cases in
tests/test_tone_mood.py fail (the sarcasm "Great. Just great. The new card is blocked
again." in en, ro and ru, and "Thanks for the refund, it came through this morning."):
the stems learn what the labelled set shows often and miss constructions it shows rarely.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from supportdesk.tone import builtin_packs
from supportdesk.tone.analyze import guess_language, mood_evidence
from supportdesk.tone.mood_model import MODEL_FILE, VARIANTS, MoodModel, features, fit
from tone_eval import load  # the same labelled set, read the same way

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "supportdesk" / "tone" / "packs" / MODEL_FILE
PROBE = "probe_mood9"
PROBES = (PROBE, "probe_mood10")  # fresh probes: never in the cross-validation
# the hand-tuned scorer's first run on each split (mood accuracy, %); dev has none
FIRST_RUN = {
    "holdout1": 84.8, "holdout2": 50.0, "holdout3": 72.2, "holdout4": 66.7, "holdout5": 94.4,
    "holdout6": 94.4, "blind1": 86.1, "blind2": 63.9, "holdout_mood": 77.8,
    "probe_mood": 80.6, "probe_mood2": 66.7, "probe_mood3": 80.6, "probe_mood4": 55.6,
    "probe_mood5": 72.2, "probe_mood6": 77.8, "probe_mood7": 72.2, "probe_mood8": 63.9,
    "probe_mood9": 91.7, "probe_mood10": 97.2,
}  # fmt: skip
L2 = {"blend": 0.01, "signals": 0.01, "stems": 0.003, "blend+stems": 0.01, "signals+stems": 0.003}


def featurise(case: dict) -> tuple[dict[str, dict[str, float]], str]:
    """The features of one case under every variant, and the hand rule's mood."""
    packs = builtin_packs()
    lang = case["lang"] or guess_language(case["text"])
    doc = packs.document(case["text"], lang)
    ev = mood_evidence(doc, case["text"], packs, 1)
    return {v: features(v, ev, doc, 1, packs) for v in VARIANTS}, ev.hand_mood()


def pct(ok: int, n: int) -> str:
    return f"{100 * ok / n:5.1f}%" if n else "    -"


def cross_validate(
    cases: list[dict],
    feats: list[dict[str, dict[str, float]]],
    hand_now: dict[str, str],
    splits: list[str],
    variants: list[str],
    epochs: int,
) -> None:
    """Leave one split out: fit on the others (never the fresh probes), test on it."""
    header = f"{'split':14} {'n':>4} {'hand first run':>15} {'hand now':>9}"
    print("\nleave-one-split-out mood accuracy\n" + header + "".join(f" {v:>12}" for v in variants))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    first_ok = first_n = 0
    for split in splits:
        test = [i for i, c in enumerate(cases) if c["split"] == split]
        train = [i for i, c in enumerate(cases) if c["split"] not in (split, *PROBES)]
        row = f"{split:14} {len(test):4}"
        first = FIRST_RUN.get(split)
        row += f" {first:14.1f}%" if first is not None else f" {'-':>15}"
        if first is not None:
            first_ok += round(first * len(test) / 100)
            first_n += len(test)
        now = sum(hand_now[cases[i]["id"]] == cases[i]["mood"] for i in test)
        row += f" {pct(now, len(test)):>9}"
        for v in variants:
            model = fit([(feats[i][v], cases[i]["mood"]) for i in train], l2=L2[v], epochs=epochs)
            ok = sum(model.predict(feats[i][v]) == cases[i]["mood"] for i in test)
            totals[v][0] += ok
            totals[v][1] += len(test)
            if first is not None:
                totals[v + "@first"][0] += ok
                totals[v + "@first"][1] += len(test)
            row += f" {pct(ok, len(test)):>12}"
        print(row, flush=True)
    n_all = sum(1 for c in cases if c["split"] in splits)
    now_all = sum(hand_now[c["id"]] == c["mood"] for c in cases if c["split"] in splits)
    print(
        f"{'all':14} {n_all:4} {'-':>15} {pct(now_all, n_all):>9}"
        + "".join(f" {pct(*totals[v]):>12}" for v in variants)
    )
    print(
        f"{'with 1st run':14} {first_n:4} {pct(first_ok, first_n):>15} {'':>9}"
        + "".join(f" {pct(*totals[v + '@first']):>12}" for v in variants)
    )


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--variants", default="blend,signals,stems,blend+stems")
    ap.add_argument(
        "--probe", nargs="?", const=PROBE, choices=PROBES, help="train on the rest, test it"
    )
    ap.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    ap.add_argument("--write", choices=VARIANTS, help=f"fit it on every split, write {OUT}")
    ap.add_argument("--epochs", type=int, default=300)
    args = ap.parse_args()
    variants = args.variants.split(",")
    cases = [c for c in load("all") if c["kind"] == "incoming"]
    for c in cases:
        c.setdefault("split", "dev")
    t0 = time.perf_counter()
    done = [featurise(c) for c in cases]
    feats = [f for f, _ in done]
    print(f"{len(cases)} incoming cases featurised in {time.perf_counter() - t0:.1f} s")
    splits = [] if args.no_cv else sorted({c["split"] for c in cases} - set(PROBES))
    hand_now = {c["id"]: hand for c, (_, hand) in zip(cases, done, strict=True)}

    if splits:
        cross_validate(cases, feats, hand_now, splits, variants, args.epochs)
    if args.probe:
        probe = args.probe
        test = [i for i, c in enumerate(cases) if c["split"] == probe]
        train = [i for i, c in enumerate(cases) if c["split"] != probe]
        print(
            f"\n{probe} (trained on every other split): hand {FIRST_RUN[probe]}% at its first run"
        )
        for v in variants:
            model = fit(
                [(feats[i][v], cases[i]["mood"]) for i in train], l2=L2[v], epochs=args.epochs
            )
            per = defaultdict(lambda: [0, 0])
            for i in test:
                got = model.predict(feats[i][v])
                per[cases[i]["lang"]][0] += got == cases[i]["mood"]
                per[cases[i]["lang"]][1] += 1
                if got != cases[i]["mood"]:
                    print(f"  {v}: [{cases[i]['id']}] want {cases[i]['mood']} got {got}")
            ok = sum(p[0] for p in per.values())
            langs = ", ".join(f"{k} {pct(*p)}" for k, p in sorted(per.items()))
            print(f"  {v:12} {pct(ok, len(test))} ({ok}/{len(test)}; {langs})")

    if args.write:
        v = args.write
        rows = [(f[v], c["mood"]) for c, f in zip(cases, feats, strict=True)]
        model: MoodModel = fit(rows, l2=L2[v], epochs=args.epochs, variant=v)
        doc = model.to_json() | {
            "l2": L2[v],
            "epochs": args.epochs,
            "cases": len(rows),
        }
        OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {OUT} ({len(rows)} cases, variant {v})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
