"""Hand a thread worker's result back to the event loop, unless its screen has gone.

Every slow step (reading the queue, a ticket, the monitors, a send) runs in a thread
worker and comes back with `App.call_from_thread`. When the agent quits (or a test's
pilot closes the app) while such a worker is still busy, its answer can reach the loop
after the app has started shutting down and removed the screen's panes: the callback's
`query_one` then raised `NoMatches`, the worker failed, and the app exited with an
error on the way out (a TUI test flake in two clean-clone CI runs: `_show_ticket`, then
`show_monitors`). Guarding each callback by hand missed the next one; this is the one
place that decides whether an answer still has somewhere to go.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.message_pump import MessagePump


def _alive(node: MessagePump) -> bool:
    """The app still runs and `node` (a screen or widget) is still on it, not leaving."""
    app = node.app
    return bool(app.is_running and node.is_running and node.is_attached)


def hand_back(node: Any, callback: Callable[..., object], /, *args: Any, **kwargs: Any) -> None:
    """Run `callback(*args, **kwargs)` on the event loop if `node` is still alive there.

    Called from a worker thread. An answer for a screen that has gone is dropped: there
    is nothing left to show it on, and what the worker did (a send, a save) is already
    in the store. An app that has stopped altogether is not an error either.
    """

    def deliver() -> None:
        if _alive(node):
            callback(*args, **kwargs)

    try:
        node.app.call_from_thread(deliver)
    except RuntimeError:  # the app's loop has stopped: nobody to tell
        return
