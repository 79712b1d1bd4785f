"""A digest of what the lint says about every labelled case: a speed change must leave
it byte for byte the same (issue 8's 5 ms target is for the same findings, not others).

    PYTHONPATH=src .venv/bin/python bench/lint_digest.py [--reader] [--out lines.txt]

Every case of tests/data/tone/*.jsonl (all splits, in file order) is linted with its
context (`tone_eval.context_of`) and language; each finding is written as rule id,
severity, span, guidance rule, category, merged rules and message, then the report's
score; an incoming message's analysis (`analyze`) is added too, as the packs' shortcuts
serve it as well. The SHA-256 of all those lines is printed: run it on main, then after
each change. `--out` keeps the lines, so a changed digest can be traced to its case with
`diff`. `--reader`: with the second reader (`shared_reader()`), whose verdicts turn
warnings into info and add findings of their own.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tone_eval
from supportdesk.tone import analyze, builtin_packs, lint
from supportdesk.tone.reader import Reader, shared_reader


def lines(cases: list[dict], reader: Reader | None) -> list[str]:
    """One line per case: its id, the lint report and, for incoming messages, the
    analysis, as JSON with sorted keys (the same report gives the same line)."""
    out = []
    for c in cases:
        report = lint(c["text"], tone_eval.context_of(c), language=c["lang"], reader=reader)
        entry: dict[str, object] = {"report": report.to_json()}
        if c["kind"] == "incoming":
            entry["analysis"] = analyze(c["text"], language=c["lang"], reader=reader).to_json()
        out.append(f"{c.get('id', '?')}\t{json.dumps(entry, ensure_ascii=False, sort_keys=True)}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reader", action="store_true", help="lint with shared_reader()")
    ap.add_argument("--out", type=Path, help="write the lines the digest is taken of")
    ap.add_argument("--split", default="all", help="one split only (default: every case)")
    args = ap.parse_args()
    reader = shared_reader() if args.reader else None
    if reader is not None and not reader.available:
        ap.exit(1, "lint_digest: --reader: the encoder or the reader model is missing\n")
    builtin_packs()
    cases = tone_eval.load(args.split)
    t0 = time.perf_counter()
    got = lines(cases, reader)
    text = "\n".join(got) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    findings = sum(line.count('"rule":') for line in got)
    print(
        f"{digest}  {len(got)} cases, {findings} findings"
        f"{' (with the reader)' if reader else ''}; {time.perf_counter() - t0:.0f} s"
    )


if __name__ == "__main__":
    main()
