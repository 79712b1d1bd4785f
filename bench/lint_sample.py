"""Where a lint's CPU time goes, by sampling: which part of `lint` (and below it) the
interpreter is in, every half millisecond of CPU time.

    PYTHONPATH=src .venv/bin/python bench/lint_sample.py [--draft polite-en] [--lints 300]
        [--watch scored,judge,features,document]

Why not cProfile: it charges a fixed cost to every Python call, so code that makes many
small calls (the phrase index, a lint makes ~600 `Index.find` calls) looks several times
dearer than it is; a 9 ms lint took 130 ms under it (spd17). A CPU-time timer
(`ITIMER_PROF`) interrupting the lint costs nothing per call: the shares it gives follow
the instruction counts of callgrind (`--toggle-collect`, minutes per draft) closely
enough to choose what to work on. Time spent in C (a regex search) is charged to the
Python function that called it.

The drafts are the benchmark's (`tone_eval._joined`): a language's first cases of a
kind, joined up to 2,000 characters, from the split given (all by default).
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tone_eval
from supportdesk.tone import builtin_packs, lint

INTERVAL = 0.0005  # seconds of CPU time between samples


def _draft(name: str, split: str) -> tuple[str, str]:
    kind, lang = name.rsplit("-", 1)
    keep = dict(tone_eval.LABELS)[kind]
    cases = [c for c in tone_eval.load(split) if c["lang"] == lang]
    return tone_eval._joined(cases, keep), lang


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--draft", default="polite-en", help="{polite,rude,leak-heavy}-{en,ro,ru}")
    ap.add_argument("--split", default="all")
    ap.add_argument("--lints", type=int, default=300)
    ap.add_argument("--watch", default="", help="functions whose callees to break down")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    builtin_packs()
    text, lang = _draft(args.draft, args.split)
    watch = {w for w in args.watch.split(",") if w}
    inclusive: collections.Counter[str] = collections.Counter()
    own: collections.Counter[str] = collections.Counter()
    parts: collections.Counter[str] = collections.Counter()
    taken = [0]

    def sample(_signum: int, frame: FrameType | None) -> None:
        taken[0] += 1
        chain: list[FrameType] = []
        while frame is not None:
            chain.append(frame)
            frame = frame.f_back
        if not chain:
            return
        names = [f"{Path(f.f_code.co_filename).name}:{f.f_code.co_name}" for f in chain]
        own[names[0]] += 1
        for name in set(names):
            inclusive[name] += 1
        for i, f in enumerate(chain):  # the callers' lines and the callees they were in
            if f.f_code.co_name == "lint" or f.f_code.co_name in watch:
                callee = names[i - 1] if i else "(itself)"
                parts[f"{names[i]}:{f.f_lineno} -> {callee}"] += 1

    for _ in range(3):
        lint(text, language=lang)
    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    for _ in range(args.lints):
        lint(text, language=lang)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    n = max(1, taken[0])
    print(f"{args.draft}: {len(text)} characters, {args.lints} lints, {taken[0]} samples")
    for title, counts in (
        ("parts of lint (and of --watch)", parts),
        ("inclusive", inclusive),
        ("own", own),
    ):
        print(f"--- {title}")
        for name, k in counts.most_common(args.top):
            print(f"{100 * k / n:5.1f}% {name}")


if __name__ == "__main__":
    main()
