"""Shared fixtures for the TUI: a demo desk seeded at a FROZEN time, and an app on it.

Freezing `now` both in the seed and in the app's clock makes countdowns and "2h ago"
stable, so snapshots compare equal on any day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from supportdesk.config import Config, parse_config
from supportdesk.demo.seed import demo_config_toml, seed
from supportdesk.desk import Desk
from supportdesk.store import open_store
from supportdesk.tui.app import SupportdeskApp
from supportdesk.tui.clock import fixed_clock
from supportdesk.tui.widgets import editor as editor_module

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def demo_config(root: Path) -> Config:
    return parse_config(demo_config_toml(str(root / "desk"), str(root / "outbox")), "demo.toml")


@pytest.fixture
def demo_root(tmp_path: Path) -> Path:
    config = demo_config(tmp_path)
    seed(open_store(tmp_path / "desk"), config, now=NOW)
    return tmp_path


@pytest.fixture
def demo_desk(demo_root: Path) -> Desk:
    return Desk(open_store(demo_root / "desk"), demo_config(demo_root), "ana")


@pytest.fixture
def make_app(demo_desk: Desk) -> Callable[..., SupportdeskApp]:
    def make(desk: Desk | None = None, **kw: object) -> SupportdeskApp:
        return SupportdeskApp(desk or demo_desk, clock=fixed_clock(NOW), **kw)  # type: ignore[arg-type]

    return make


async def settle(pilot) -> None:
    """Let workers finish and their results paint."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture(autouse=True)
def _fast_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(editor_module, "AUTOSAVE", 0.05)


async def until(pilot, predicate: Callable[[], object], timeout: float = 30.0) -> bool:
    """Pause until `predicate()` holds or `timeout` seconds pass (for changes made by
    other processes or background workers, which no keypress waits for). A limit, not a
    speed check: a passing wait ends as soon as the predicate holds, and at load 8 on 2
    cores tests/tui/test_monitors_tui.py's outage flow missed 8 s at two of its steps
    (the lead screen's sites, the banner after a postponed review)."""
    import time

    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        await pilot.pause(0.05)
    return True
