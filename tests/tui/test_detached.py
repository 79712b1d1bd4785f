"""tui/detached.py: read-only work a quit does not wait for."""

from __future__ import annotations

import threading
import time

import pytest

from supportdesk.tui.detached import detached


def test_the_result_comes_back() -> None:
    assert detached(lambda: 42, lambda: False) == 42


def test_an_exception_is_raised_in_the_waiting_worker() -> None:
    def fail() -> None:
        raise ValueError("bad pack")

    with pytest.raises(ValueError, match="bad pack"):
        detached(fail, lambda: False)


def test_a_cancelled_wait_returns_at_once_and_leaves_a_daemon_thread() -> None:
    release = threading.Event()
    seen: list[threading.Thread] = []

    def slow() -> int:
        seen.append(threading.current_thread())
        release.wait(30)
        return 1

    started = time.monotonic()
    assert detached(slow, lambda: bool(seen)) is None
    assert time.monotonic() - started < 5  # not the 30 s the work would take
    assert seen[0].daemon and seen[0].is_alive()  # the interpreter need not join it
    release.set()
    seen[0].join(5)
