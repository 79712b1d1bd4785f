"""Typing into a huge draft with the tone panel live (issue 8, ux14). Figures only.

    .venv/bin/python bench/tone_typing.py [--sizes 2000,200000] [--keys 40] [--one-line]

For each draft size, on the demo desk at 120x40, headless: a draft of that many
characters is pasted, then `--keys` letters are typed one by one, GAP apart:
"keystroke" is how late the event loop wakes up after the gap (the time the keystroke
and its repaint held it; median, p90), the debounced re-check excluded. (`pilot.pause()`
is no clock here: it waits up to a second for the process to go idle, which a busy
worker never lets it be.) "check" is the panel's lint of the draft on the event loop,
the first of the session (cold) and the next (it reads at most tone_panel.MAX_LINT
characters), "while the reader
reads" the same keystrokes while the reader's worker reads the draft (0 when the reader
is not installed; it shares the GIL with the event loop), and "review" the whole-draft
lint (with the reader) the review runs in a worker before it opens. `--one-line` pastes
the draft as a single line (no line breaks: a pasted log or minified JSON), the case
where TextArea's soft wrap re-wraps the whole line on every keystroke.

`--bursts N` instead types N bursts of four letters (GAP apart) into the draft's first
paragraph, each burst followed by a pause just past the panel's debounce (the reader
reads after every one), and prints the reader's passes per second of typing, how many
ran at once at most, and the process CPU seconds per second of typing (ux21: a pass
whose draft was typed on ran to its end beside the next ones).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GAP = 0.05  # seconds between keystrokes (a fast typist: 20 keys a second)


def draft(size: int, one_line: bool = False) -> str:
    """Paragraphs of about six sentences, as pasted mail is (one 200,000-character line
    costs Textual's TextArea ~300 ms a keystroke to re-wrap, with or without tone)."""
    words = [
        "the",
        "order",
        "desk",
        "tracking",
        "refund",
        "warehouse",
        "carrier",
        "package",
        "update",
        "week",
        "today",
    ]
    out, n, i = [], 0, 0
    while n < size:
        sentence = " ".join(words[(i * 7 + k) % len(words)] for k in range(6 + i % 9))
        sentence = sentence.capitalize() + f" {i}." + ("\n\n" if i % 6 == 5 else " ")
        out.append(sentence)
        n += len(sentence)
        i += 1
    body = "".join(out)[:size]
    if one_line:
        return body.replace("\n", " ")
    return "Hello Brandon,\n" + body + "\nAna\n"


async def run(size: int, keys: int, one_line: bool = False) -> dict[str, float]:
    from tests.tui.conftest import NOW, demo_config

    from supportdesk.demo.seed import seed
    from supportdesk.desk import Desk
    from supportdesk.store import open_store
    from supportdesk.tui.app import SupportdeskApp
    from supportdesk.tui.clock import fixed_clock
    from supportdesk.tui.widgets import tone_panel

    tone_panel.DEBOUNCE = 3600  # keystrokes only; the check is timed on its own
    root = Path(tempfile.mkdtemp(prefix="tone-typing-"))
    config = demo_config(root)
    seed(open_store(root / "desk"), config, now=NOW)
    desk = Desk(open_store(root / "desk"), config, "ana")
    app = SupportdeskApp(desk, clock=fixed_clock(NOW))
    out: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        main = app.screen
        await pilot.press("r")
        main.editor.insert(draft(size, one_line))
        await pilot.pause()
        times = []
        for _ in range(keys):
            t0 = time.perf_counter()
            main.editor.insert("x")
            await asyncio.sleep(GAP)
            times.append(time.perf_counter() - t0 - GAP)
        out["keystroke_ms"] = statistics.median(times) * 1000
        out["keystroke_p90_ms"] = sorted(times)[int(len(times) * 0.9)] * 1000
        panel, text = main.tone_panel, main.editor.text
        reader, panel.reader = panel.reader, None
        t0 = time.perf_counter()
        panel.check_now(text)
        out["check_ms"] = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        panel.check_now(text)
        out["check_warm_ms"] = (time.perf_counter() - t0) * 1000
        # typing while the reader's worker reads the draft (it shares the GIL)
        panel.reader = reader
        panel.check_now(main.editor.text)
        busy = []
        for _ in range(keys if reader is not None else 0):
            t0 = time.perf_counter()
            main.editor.insert("x")
            await asyncio.sleep(GAP)
            busy.append(time.perf_counter() - t0 - GAP)
        out["busy_ms"] = statistics.median(busy) * 1000 if busy else 0.0
        out["busy_p90_ms"] = sorted(busy)[int(len(busy) * 0.9)] * 1000 if busy else 0.0
        await app.workers.wait_for_complete()
        t0 = time.perf_counter()
        main.tone_review(main.ticket.id, text)
        out["review_s"] = time.perf_counter() - t0
    return out


async def bursts(size: int, count: int) -> dict[str, float]:
    """Reader passes while typing in bursts (see the docstring's `--bursts`)."""
    import threading

    from tests.tui.conftest import NOW, demo_config

    from supportdesk.demo.seed import seed
    from supportdesk.desk import Desk
    from supportdesk.store import open_store
    from supportdesk.tui.app import SupportdeskApp
    from supportdesk.tui.clock import fixed_clock
    from supportdesk.tui.widgets import tone_panel

    root = Path(tempfile.mkdtemp(prefix="tone-bursts-"))
    config = demo_config(root)
    seed(open_store(root / "desk"), config, now=NOW)
    desk = Desk(open_store(root / "desk"), config, "ana")
    app = SupportdeskApp(desk, clock=fixed_clock(NOW))
    real, lock = tone_panel.read_with, threading.Lock()
    state = {"running": 0, "most": 0, "passes": 0}

    def counted(*args: object) -> object:
        with lock:
            state["passes"] += 1
            state["running"] += 1
            state["most"] = max(state["most"], state["running"])
        try:
            return real(*args)  # type: ignore[arg-type]
        finally:
            with lock:
                state["running"] -= 1

    tone_panel.read_with = counted
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        main = app.screen
        await pilot.press("r")
        main.editor.insert(draft(size))
        await asyncio.sleep(tone_panel.DEBOUNCE + 0.05)
        await app.workers.wait_for_complete()
        while state["running"]:
            await asyncio.sleep(0.05)
        state["passes"] = state["most"] = 0
        main.editor.cursor_location = (1, 10)  # in the first paragraph
        t0, cpu0 = time.perf_counter(), time.process_time()
        for _ in range(count):
            for _ in range(4):
                main.editor.insert("x")
                await asyncio.sleep(GAP)
            await asyncio.sleep(tone_panel.DEBOUNCE + 0.05)
        typing, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        passes = state["passes"]
        while state["running"]:
            await asyncio.sleep(0.05)
    tone_panel.read_with = real
    return {"passes_s": passes / typing, "most": state["most"], "cpu_s": cpu / typing}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="2000,200000")
    p.add_argument("--keys", type=int, default=40)
    p.add_argument("--one-line", action="store_true", help="the draft as one line")
    p.add_argument("--bursts", type=int, default=0, help="type N bursts (see above)")
    args = p.parse_args()
    if args.bursts:
        for size in (int(s) for s in args.sizes.split(",")):
            r = asyncio.run(bursts(size, args.bursts))
            print(
                f"draft {size:>7,} chars, {args.bursts} bursts: reader passes "
                f"{r['passes_s']:.2f}/s of typing, at most {r['most']:.0f} at once, "
                f"CPU {r['cpu_s']:.2f} s/s"
            )
        return
    for size in (int(s) for s in args.sizes.split(",")):
        r = asyncio.run(run(size, args.keys, args.one_line))
        print(
            f"draft {size:>7,} chars{' (one line)' if args.one_line else ''}: keystroke median {r['keystroke_ms']:.1f} ms "
            f"(p90 {r['keystroke_p90_ms']:.1f}); while the reader reads "
            f"{r['busy_ms']:.1f} ms (p90 {r['busy_p90_ms']:.1f}); "
            f"check {r['check_ms']:.1f} ms cold, {r['check_warm_ms']:.1f} ms warm, "
            f"review {r['review_s']:.2f} s"
        )


if __name__ == "__main__":
    main()
