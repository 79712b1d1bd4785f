"""No cyclic-GC pauses while a big view loads (bench/tui.py, the "all" view at 100k).

Loading 100k tickets creates ~400k container objects in one go. CPython's cyclic GC
runs a full collection each time the long-lived heap grows by a quarter, so the load
triggered ~9 full collections of up to ~300 ms each, every one holding the GIL the UI
needs to paint. Tickets and their parts hold no reference cycles (refcounting frees
them), so while loading the cyclic GC is switched off, and afterwards, if the load
made many objects, they are frozen (`gc.freeze`): later collections skip them
instead of walking 100k tickets again every time. Frozen objects are still freed as
soon as nothing refers to them; only cyclic garbage that exists at that moment stays.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Objects a load must have created before freezing is worth it (the active view of a
# normal desk stays far below, so it is never frozen).
FREEZE_AFTER = 20_000

_lock = threading.Lock()
_depth = 0  # loads in progress (the poll and a view change may overlap)
_was_enabled = True


@contextmanager
def quiet_gc() -> Iterator[None]:
    """Run the body with the cyclic GC off; freeze what it made if that was a lot."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                if gc.get_count()[0] > FREEZE_AFTER:
                    gc.freeze()
                gc.enable()
