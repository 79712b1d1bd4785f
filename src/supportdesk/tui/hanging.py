"""Lines that wrap with a hanging indent: a list item's continuation lines start under
its text, not at the margin (ux17).

Textual wraps `Content` to the left edge, so a finding that took two lines in the send
review read as two items ("  ⛔ block R12 …: fill it in or" / "remove it before
sending (R12)."), and the next finding's icon was the only sign where one ended. Textual
has no text-indent rule; `Hanging` is a Visual (the protocol `Static` and `OptionList`
render) that wraps each item at the width it is given, minus its indent, and indents
every line after the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.content import Content
from textual.visual import Visual

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.strip import Strip
    from textual.style import Style
    from textual.visual import RenderOptions

MIN_TEXT = 20  # narrower than this after the indent, an item wraps to the margin


class Item:
    """One item: `content` (one line of text), its first line after `lead` spaces and
    the others after `indent` spaces."""

    __slots__ = ("content", "indent", "lead")

    def __init__(self, content: Content, lead: int = 0, indent: int = 2) -> None:
        self.content, self.lead, self.indent = content, lead, indent


def marker_indent(marker: str, lead: int = 0) -> int:
    """The indent that puts continuation lines under the text after `marker` and a
    space ("⛔" takes two cells, "⚠" one)."""
    return lead + cell_len(marker) + 1


class Hanging(Visual):
    """`items`, one after another, each wrapped with its hanging indent."""

    def __init__(self, items: Sequence[Item | Content]) -> None:
        self.items = [i if isinstance(i, Item) else Item(i, 0, 0) for i in items]
        self._cache: tuple[int, Content] | None = None

    @property
    def plain(self) -> str:
        """The text, unwrapped (one line per item)."""
        return "\n".join(" " * i.lead + i.content.plain for i in self.items)

    def __str__(self) -> str:
        return self.plain

    def wrapped(self, width: int) -> Content:
        """The items as lines no wider than `width`."""
        if self._cache is not None and self._cache[0] == width:
            return self._cache[1]
        lines: list[Content] = []
        for item in self.items:
            indent = item.indent if width - max(item.indent, item.lead) >= MIN_TEXT else 0
            lead = min(item.lead, indent) if indent else 0
            parts = item.content.wrap(max(1, width - max(indent, lead))) or [Content("")]
            lines.append(Content.assemble(" " * lead, parts[0]))
            lines += [Content.assemble(" " * indent, part) for part in parts[1:]]
        out = Content("\n").join(lines)
        self._cache = (width, out)
        return out

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max((i.lead + i.content.cell_length for i in self.items), default=0)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return max((i.indent + i.content.get_minimal_width(rules) for i in self.items), default=1)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.wrapped(width).get_height(rules, width)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.wrapped(width).render_strips(width, height, style, options)
