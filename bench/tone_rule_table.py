"""Which rules make the polite drafts' warnings, and what each buys in rude recall
(pol19): over every labelled draft (bench/tone_eval.py's cases and counting), per rule id
(a merged finding counts for each rule in its `also`) and per family (the id without its
language), the polite drafts it flags at warn or worse, those of the newest writers'
splits, the rude drafts it flags R1/R6, and the rude drafts only it catches.

    .venv/bin/python bench/tone_rule_table.py [--top 40] [--reader]

`--reader`: the lint with the second reader (tone/reader.py); a rude draft the reader
alone catches then has no "only" rule. Slow: every draft is read (~1 s each on a busy
two-core machine).
"""

from __future__ import annotations

import argparse
from collections import Counter

from supportdesk.tone import lint
from supportdesk.tone.reader import shared_reader
from tone_eval import context_of, load

NEWEST = ("blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "trainP2", "trainP3")


def family(rule: str) -> str:
    return rule.split(".", 1)[1] if rule[:3] in ("en.", "ro.", "ru.") else rule


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--reader", action="store_true")
    args = ap.parse_args()
    reader = shared_reader() if args.reader else None
    polite, newest, rude, only = Counter(), Counter(), Counter(), Counter()
    fam_polite, fam_rude, fam_only = Counter(), Counter(), Counter()
    for c in (c for c in load("all") if c["kind"] == "draft"):
        report = lint(c["text"], context_of(c), language=c["lang"], reader=reader)
        warned = [f for f in report.findings if f.severity != "info"]
        if c["label"] == "polite":
            rules = {r for f in warned for r in (f.rule, *f.also)}
            polite.update(rules)
            fam_polite.update({family(r) for r in rules})
            if c.get("split") in NEWEST:
                newest.update(rules)
            continue
        rules = {r for f in warned if f.serves in ("R1", "R6") for r in (f.rule, *f.also)}
        rude.update(rules)
        families = {family(r) for r in rules}
        fam_rude.update(families)
        only.update(rules if len(rules) == 1 else ())
        fam_only.update(families if len(families) == 1 else ())
    print(f"{'rule':32} {'polite':>6} {'newest':>6} {'rude':>5} {'only':>5}")
    for rule, n in polite.most_common(args.top):
        print(f"{rule:32} {n:6} {newest[rule]:6} {rude[rule]:5} {only[rule]:5}")
    print(f"\n{'family':32} {'polite':>6} {'rude':>5} {'only':>5}")
    for fam, n in fam_polite.most_common(args.top):
        print(f"{fam:32} {n:6} {fam_rude[fam]:5} {fam_only[fam]:5}")


if __name__ == "__main__":
    main()
