"""The one-line header: desk, agent, view, counts, and sync status.

`set_sync` is the hook the background sync (issue 4 integration) will call; until then
it shows what it is told, "sync: off" by default.
"""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from supportdesk.tui.text import plain


class DeskHeader(Widget):
    DEFAULT_CSS = "DeskHeader { height: 1; }"

    def __init__(self, desk_name: str, agent: str, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.desk_name = desk_name
        self.agent = agent
        self.view = "active"
        self.shown = 0
        self.total = 0
        self.search = ""
        self.sync = "sync: off"
        self.sync_error = False

    def set_counts(self, view: str, shown: int, total: int, search: str) -> None:
        self.view, self.shown, self.total, self.search = view, shown, total, search
        self.refresh()

    def set_sync(self, status: str, errors: list[str] | None = None) -> None:
        """Show the sync state, e.g. "synced 12:04" and per-source errors (untrusted)."""
        self.sync = plain(status)
        if errors:
            self.sync += " · " + "; ".join(plain(e, width=60) for e in errors)
        self.sync_error = bool(errors)
        self.refresh()

    def render(self) -> Content:
        count = f"{self.shown:,} of {self.total:,}" if self.search else f"{self.total:,}"
        parts: list[Content | tuple[str, str] | str] = [
            (f" {plain(self.desk_name)} ", "bold"),
            f"· {plain(self.agent)} · view: {self.view} · {count}",
        ]
        if self.search:
            parts.append(Content.assemble(" · search: ", (plain(self.search), "italic")))
        parts.append("  ")
        parts.append((self.sync, "bold reverse" if self.sync_error else "dim"))
        return Content.assemble(*parts)
