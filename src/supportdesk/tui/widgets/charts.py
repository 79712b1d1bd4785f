"""Small text charts for the lead's screen: bars, columns and sparklines as characters.

Drawn with block characters rather than colour, so they read the same on 16 colours,
under NO_COLOR and over a slow SSH link, and fit 80 columns. (textual-plotext 1.0.1,
the wrapper for plotext, fails to import with plotext 6: its `plotext._dict` module
is gone, so it would need an old plotext pinned for a few bar charts.) Labels that may
come from the desk (agent and template names) go through `tui/text.py`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from rich.text import Text

from supportdesk.tui.text import plain

BLOCKS = " ▁▂▃▄▅▆▇█"


def _level(value: float, top: float, steps: int) -> int:
    if value <= 0 or top <= 0:
        return 0
    return max(1, min(steps, math.ceil(value / top * steps)))


def spark(values: Sequence[float | None], top: float | None = None) -> str:
    """One character per value (None: `·`, no data); `top` shares a scale across lines."""
    present = [v for v in values if v is not None]
    top = top if top is not None else (max(present) if present else 0)
    return "".join("·" if v is None else BLOCKS[_level(v, top, 8)] for v in values)


def bars(rows: Sequence[tuple[str, float, str]], width: int, label_width: int = 12) -> Text:
    """Horizontal bars: `label  ██████ shown` per (label, value, shown) row."""
    out = Text(end="")
    top = max((v for _l, v, _s in rows), default=0)
    room = max(4, width - label_width - 10)
    for i, (label, value, shown) in enumerate(rows):
        n = 0 if top <= 0 else round(value / top * room)
        if value > 0:
            n = max(1, n)
        if i:
            out.append("\n")
        out.append(plain(label, width=label_width).ljust(label_width) + " ")
        out.append("█" * n, style="bold")
        out.append(f" {shown}")
    return out


def columns(values: Sequence[float], height: int, cell: int = 2) -> list[str]:
    """Vertical bars, `height` lines tall, `cell` characters per value (top line first)."""
    top = max(values, default=0)
    steps = height * 8
    levels = [_level(v, top, steps) for v in values]
    lines = []
    for row in range(height - 1, -1, -1):
        line = ""
        for level in levels:
            fill = max(0, min(8, level - row * 8))
            line += BLOCKS[fill] * cell
        lines.append(line.rstrip() or " ")
    return lines


def hour_axis(cell: int = 2) -> str:
    """`0     6     12    18` under 24 columns of `cell` characters."""
    axis = ""
    for h in range(0, 24, 6):
        axis += str(h).ljust(6 * cell)
    return axis.rstrip()
