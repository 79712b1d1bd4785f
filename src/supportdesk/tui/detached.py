"""Read-only work that quitting does not wait for.

Textual runs a thread worker in the event loop's thread pool, and `asyncio.run` joins
that pool before the process exits: it cannot stop a thread, only mark its worker
cancelled. The ticket's tone analysis at start-up (loading and stemming the packs,
the reader, the warm-up lint) is seconds of CPU on a busy server, and `q` then left
the terminal back at the shell with the process still running for as long
(tests/tui/test_tmux.py: over 10 s at load 15 on 2 cores). Work that only reads and
computes runs here in a daemon thread instead, which the interpreter drops at exit;
the worker that waits for it gives up as soon as it is cancelled. Writes (a send, a
draft, presence) stay in plain workers, so quitting still waits for them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# How often the waiting worker looks whether it was cancelled: a quit waits at most this.
POLL = 0.05


def detached(work: Callable[[], T], cancelled: Callable[[], bool]) -> T | None:
    """`work()` in a daemon thread; its result, its exception raised here, or None once
    `cancelled()` (the thread then runs on unwatched, its result dropped). `work` must
    not write anything a half-done run would leave wrong."""
    done = threading.Event()
    out: list[T] = []
    err: list[BaseException] = []

    def run() -> None:
        try:
            out.append(work())
        except BaseException as exc:  # handed to the waiting worker
            err.append(exc)
        finally:
            done.set()

    threading.Thread(target=run, name="detached", daemon=True).start()
    while not done.wait(POLL):
        if cancelled():
            return None
    if err:
        raise err[0]
    return out[0]
