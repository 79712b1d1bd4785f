"""Instructions per lint, counted by callgrind: a figure that does not move with the
machine's load or speed (issue 8: "lint of a 2,000-character draft <= 5 ms median" has to
hold on slower machines too, so a change is judged by the work it saves).

    PYTHONPATH=src .venv/bin/python bench/lint_callgrind.py [--lints 10] [--warm 3]
        [--drafts polite-en,rude-ru,...] [--keep DIR] [--pinned | --pin]

The drafts are the benchmark's (`tone_eval._joined` over every case, as its timing
builds them): polite, rude and leak-heavy, ~2,000 characters each, in en, ro and ru.
Those change whenever a labelled set is recorded before the ones they were built from,
so two trees measured a session apart did not read the same text (fifty-second session:
a bisect across a recorded set could not be settled). `--pinned` reads the drafts
written to bench/pinned_drafts/ instead (`--pin` rewrites them from today's data): the
same text in every tree and every session, so figures compare across both.
This script runs itself under `valgrind --tool=callgrind` (one process for all drafts):
the packs are compiled and every draft linted `--warm` times first, then each draft
`--lints` more times inside `sys.call_tracing`, and only those calls are counted
(`--toggle-collect`), each draft's into its own dump (`--dump-after`). So a figure is
(instructions for warm+N lints - for warm lints) / N: start-up, imports, compiling and
the first lint's caches are left out, as they are on a desk that lints on every pause.
The count is Ir (instructions executed) of the whole process inside those calls: the
interpreter, the regex engine, the stemmer and everything else.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tone_eval

KINDS = tuple(name for name, _ in tone_eval.LABELS)
DRAFTS = tuple(f"{kind}-{lang}" for lang in ("en", "ro", "ru") for kind in KINDS)
# the C function whose calls are counted: nothing in a lint calls sys.call_tracing
_MARK = "sys_call_tracing"
PINNED = Path(__file__).resolve().parent / "pinned_drafts"


def _drafts(names: list[str], pinned: bool = False) -> list[tuple[str, str, str]]:
    """(name, text, language) of each draft asked for."""
    if pinned:
        missing = [name for name in names if not (PINNED / f"{name}.txt").is_file()]
        if missing:
            sys.exit(f"lint_callgrind: no pinned draft {', '.join(missing)} in {PINNED}; run --pin")
        return [
            (name, (PINNED / f"{name}.txt").read_text(encoding="utf-8"), name.rsplit("-", 1)[1])
            for name in names
        ]
    every = tone_eval.load("all")
    keep = dict(tone_eval.LABELS)
    out = []
    for name in names:
        kind, lang = name.rsplit("-", 1)
        text = tone_eval._joined([c for c in every if c["lang"] == lang], keep[kind])
        out.append((name, text, lang))
    return out


def _pin(names: list[str]) -> None:
    """Write today's drafts to bench/pinned_drafts/, the text `--pinned` reads from then on."""
    PINNED.mkdir(exist_ok=True)
    for name, text, _ in _drafts(names):
        (PINNED / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
        print(f"{name:16} {len(text):5} characters -> {PINNED / name}.txt")


def _child(names: list[str], warm: int, lints: int, pinned: bool) -> None:
    """Under callgrind: warm up, then one counted `sys.call_tracing` per draft."""
    from supportdesk.tone import builtin_packs, lint

    builtin_packs()
    drafts = _drafts(names, pinned)
    for _, text, lang in drafts:
        for _ in range(warm):
            lint(text, language=lang)

    def run(text: str, lang: str) -> None:
        for _ in range(lints):
            lint(text, language=lang)

    for _, text, lang in drafts:
        # the cyclic collector's debt paid outside the counted calls: a full collection
        # landing inside one draft's lints added ~9M instructions to its figure alone
        # (thirty-sixth session: polite-en 53M -> 62M when three drafts ran in turn)
        gc.collect()
        sys.call_tracing(run, (text, lang))


def _totals(path: Path) -> int:
    """The Ir total of one callgrind dump."""
    for line in path.read_text().splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise ValueError(f"no totals in {path}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lints", type=int, default=10, help="counted lints per draft")
    ap.add_argument("--warm", type=int, default=3, help="uncounted lints per draft first")
    ap.add_argument("--drafts", default=",".join(DRAFTS), help="comma-separated")
    ap.add_argument("--keep", type=Path, help="copy the dumps here (for callgrind_annotate)")
    ap.add_argument("--pinned", action="store_true", help="read bench/pinned_drafts/")
    ap.add_argument("--pin", action="store_true", help="write bench/pinned_drafts/ and stop")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    names = [d for d in args.drafts.split(",") if d]
    if args.pin:
        _pin(names)
        return
    if args.child:
        _child(names, args.warm, args.lints, args.pinned)
        return
    with tempfile.TemporaryDirectory(prefix="lint_callgrind") as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0"}  # the same dict orders every run
        command = [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            "--collect-atstart=no",
            f"--toggle-collect={_MARK}",
            f"--dump-after={_MARK}",
            sys.executable,
            __file__,
            "--child",
            f"--drafts={','.join(names)}",
            f"--warm={args.warm}",
            f"--lints={args.lints}",
            *(["--pinned"] if args.pinned else []),
        ]
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"lint_callgrind: valgrind failed:\n{done.stderr[-2000:]}")
        # one dump per counted call ("callgrind.out.1", ".2", …), then the final one
        dumps = sorted(
            (p for p in Path(tmp).iterdir() if re.fullmatch(r"callgrind\.out\.\d+", p.name)),
            key=lambda p: int(p.name.rsplit(".", 1)[1]),
        )
        if len(dumps) < len(names):
            sys.exit(f"lint_callgrind: {len(dumps)} dumps for {len(names)} drafts")
        figures = {name: _totals(d) / args.lints for name, d in zip(names, dumps, strict=False)}
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for name, d in zip(names, dumps, strict=False):
                shutil.copy(d, args.keep / f"callgrind.{name}")
    drafts = "pinned drafts" if args.pinned else "drafts from today's data"
    print(
        f"instructions per lint (callgrind Ir, mean of {args.lints} after {args.warm} warm-up;"
        f" {drafts})"
    )
    print(f"{'draft':16} {'Ir/lint':>14}")
    for name, ir in figures.items():
        print(f"{name:16} {ir / 1e6:12.2f} M")
    print(f"{'mean':16} {sum(figures.values()) / len(figures) / 1e6:12.2f} M")


if __name__ == "__main__":
    main()
