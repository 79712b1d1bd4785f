"""tui/gcquiet.py: no cyclic-GC runs while a big view loads, and what it made is frozen."""

from __future__ import annotations

import gc

from supportdesk.tui.gcquiet import FREEZE_AFTER, quiet_gc


def test_gc_off_inside_nested_loads_and_big_loads_frozen():
    assert gc.isenabled()
    gc.unfreeze()
    try:
        with quiet_gc():
            with quiet_gc():  # the poll and a view change overlapping
                assert not gc.isenabled()
            assert not gc.isenabled()  # still loading in the outer one
            small = [[i] for i in range(10)]
        assert gc.isenabled() and gc.get_freeze_count() == 0  # a small load: nothing frozen
        gc.collect()
        with quiet_gc():
            big = [[i] for i in range(FREEZE_AFTER + 1000)]
        assert gc.isenabled() and gc.get_freeze_count() >= len(big)
    finally:
        gc.unfreeze()
    assert small and big


def test_gc_left_off_when_it_was_off():
    gc.disable()
    try:
        with quiet_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
