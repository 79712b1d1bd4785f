"""A worker's answer that arrives after its screen or widget has gone is dropped, not an
error: the clean-clone CI failed twice on exactly that (`_show_ticket`, then
`show_monitors` raising NoMatches while a pilot closed the app)."""

from __future__ import annotations

import asyncio

from textual.app import App, ComposeResult
from textual.widgets import Static

from supportdesk.tui.handback import hand_back


class _Pane(Static):
    """Stands in for a pane whose callback queries its children, as show_monitors does."""

    def __init__(self) -> None:
        super().__init__(id="pane")
        self.shown: list[str] = []

    def show(self, text: str) -> None:
        self.shown.append(text)
        self.app.query_one("#pane", _Pane)  # raises NoMatches once the pane is removed


class _Host(App[None]):
    def compose(self) -> ComposeResult:
        yield _Pane()


async def test_an_answer_for_a_live_pane_is_shown() -> None:
    app = _Host()
    async with app.run_test() as pilot:
        pane = app.query_one(_Pane)
        await asyncio.to_thread(hand_back, pane, pane.show, "queue")
        await pilot.pause()
        assert pane.shown == ["queue"]


async def test_an_answer_for_a_removed_pane_is_dropped() -> None:
    app = _Host()
    async with app.run_test() as pilot:
        pane = app.query_one(_Pane)
        await pane.remove()
        await asyncio.to_thread(hand_back, pane, pane.show, "late")
        await pilot.pause()
        assert pane.shown == []
    assert app.return_code in (None, 0)


async def test_an_answer_after_the_app_has_stopped_is_dropped() -> None:
    app = _Host()
    async with app.run_test():
        pane = app.query_one(_Pane)
    await asyncio.to_thread(hand_back, pane, pane.show, "after exit")
    assert pane.shown == []


async def test_the_old_way_fails_so_the_guard_is_needed() -> None:
    """Without hand_back, the same late answer raises NoMatches inside the loop."""
    app = _Host()
    errors: list[BaseException] = []
    async with app.run_test() as pilot:
        pane = app.query_one(_Pane)
        await pane.remove()

        def late() -> None:
            try:
                app.call_from_thread(pane.show, "late")
            except Exception as exc:
                errors.append(exc)

        await asyncio.to_thread(late)
        await pilot.pause()
    assert [type(e).__name__ for e in errors] == ["NoMatches"]
