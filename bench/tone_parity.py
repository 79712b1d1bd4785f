"""Cross-language parity of the rude-draft detectors (R1, R6): how many rude drafts the
lint misses in one language while it catches the same draft written in another.

    .venv/bin/python bench/tone_parity.py [--split S | --dir FOLDER] [--errors]

Why this exists. The independent writers write each scenario in en, ro and ru under one
case number (en-r032 / ro-r032 / ru-r032). On the four newest unseen sets' first runs
(blind9, blind10 on f2bd6a2; blind11, blind12 on c3afd2d) the lint missed 21, 12, 17 and
13 rude drafts; 15, 9, 14 and 10 of them (48 of 63, 76%) were caught in another
language's version of the same draft. Rounds that added wording families after reading
one writer's misses gained 0-6 points on new writers; most of what new writers beat was
a concept the detectors already had in one language and lacked in another. This table
is that gap, per split and language; `--errors` lists each missed draft with the parallel
drafts that were caught and the rules that caught them (what the missing language needs).

Two drafts count as parallel when they share split, case number (the id after the
language prefix), label and rude category: some older splits were not written in
parallel, and there a shared number alone would pair unrelated drafts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from supportdesk.tone import lint  # noqa: E402
from tone_eval import SPLITS, TONE_RULES, context_of, load  # noqa: E402

Key = tuple[str, str, str]  # split, case number, rude category


def caught_rules(case: dict) -> list[str]:
    """The R1/R6 rules (warn or block) that flag a draft: what tone_eval counts as caught."""
    report = lint(case["text"], context_of(case), language=case["lang"])
    return sorted(
        {f.rule for f in report.findings if f.serves in TONE_RULES and f.severity != "info"}
    )


def parallel_rude(cases: list[dict]) -> dict[Key, dict[str, tuple[dict, list[str]]]]:
    """Rude drafts grouped with their parallels in the other languages, each with its rules."""
    groups: dict[Key, dict[str, tuple[dict, list[str]]]] = defaultdict(dict)
    for c in cases:
        if c["kind"] == "draft" and c["label"] == "rude":
            key = (c.get("split", "dev"), c["id"].split("-", 1)[1], c.get("category", ""))
            groups[key][c["lang"]] = (c, caught_rules(c))
    return groups


def report(cases: list[dict], show_errors: bool) -> None:
    stats: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    gaps: list[str] = []
    for (split, _num, _cat), langs in sorted(parallel_rude(cases).items()):
        for lang, (case, rules) in sorted(langs.items()):
            row = stats[(split, lang)]
            row[0] += 1
            if rules:
                continue
            row[1] += 1
            caught = {o: v for o, v in langs.items() if o != lang and v[1]}
            if caught:
                row[2] += 1
                where = "; ".join(f"{v[0]['id']} by {', '.join(v[1])}" for v in caught.values())
                gaps.append(f"GAP [{case['id']}] caught in {where}: {case['text'][:140]!r}")
    print(f"{'split':14} {'lang':4} {'rude':>5} {'missed':>7} {'caught in a parallel draft':>27}")
    for (split, lang), (n, missed, gap) in sorted(stats.items()):
        share = f"{gap}/{missed} ({100 * gap / missed:.0f}%)" if missed else "-"
        print(f"{split:14} {lang:4} {n:5} {missed:7} {share:>27}")
    if show_errors:
        print("\n".join(gaps))


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    ap.add_argument("--dir", type=Path, help="a folder of *.jsonl cases instead of tests/data")
    ap.add_argument("--errors", action="store_true", help="list every gap")
    args = ap.parse_args()
    if args.dir:
        cases = [
            json.loads(line)
            for path in sorted(args.dir.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    else:
        cases = load(args.split)
    report(cases, args.errors)


if __name__ == "__main__":
    main()
