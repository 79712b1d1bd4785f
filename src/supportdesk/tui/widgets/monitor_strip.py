"""The header's monitor strip and the outage banner (issue 10).

Each monitor is one glyph whose *shape* says its state, so the strip reads the same
on 16 colours and under NO_COLOR; colour only adds to it:

    ● up    ◐ slow    ✖ down    ○ unknown (never checked, or nobody is checking)

The banner shows each outage in words ("www.acme.test down since 10:42, 3 failed
checks, 14 tickets since") and, after a recovery, offers to answer the tickets the
outage brought. Names and URLs come from the config, but pass `plain()` anyway.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from urllib.parse import urlsplit

from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from supportdesk.monitors import DOWN, SLOW, UNKNOWN, UP, MonitorView, OutageInfo
from supportdesk.tui.text import plain

GLYPHS = {UP: "●", SLOW: "◐", DOWN: "✖", UNKNOWN: "○"}
STYLES = {UP: "$success", SLOW: "$warning", DOWN: "bold $error", UNKNOWN: "$text-muted"}


def label(view: MonitorView) -> str:
    """What people call the site: the URL's host ("www.acme.test"), else the name."""
    try:
        host = urlsplit(view.url).hostname
    except ValueError:
        host = None
    return plain(host or view.name, width=40)


def hhmm(moment: datetime | None, tz: tzinfo) -> str:
    return moment.astimezone(tz).strftime("%H:%M") if moment else "?"


class MonitorStrip(Widget):
    """One glyph per monitor; a down one also shows its name (it is the news)."""

    DEFAULT_CSS = "MonitorStrip { height: 1; width: auto; padding: 0 1; }"

    def __init__(self, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.views: list[MonitorView] = []
        self.display = False

    def show(self, views: list[MonitorView]) -> None:
        self.views = views
        self.display = bool(views)
        self.tooltip = "\n".join(f"{GLYPHS[v.state]} {plain(v.name)}: {v.state}" for v in views)
        self.refresh(layout=True)

    def render(self) -> Content:
        parts: list[Content | str | tuple[str, str]] = []
        for v in self.views:
            parts.append((GLYPHS.get(v.state, "?"), STYLES.get(v.state, "")))
            if v.state == DOWN:
                parts.append(Content.assemble(" ", (plain(v.name, width=20), "bold")))
            parts.append(" ")
        return Content.assemble(*parts).rstrip()

    def get_content_width(self, container: object, viewport: object) -> int:
        return self.render().cell_length


class OutageBanner(Static):
    """Above the panes while something is down or a recovery has tickets to answer."""

    DEFAULT_CSS = """
    OutageBanner { height: auto; max-height: 4; padding: 0 1; display: none; }
    OutageBanner.-down { background: $error 30%; text-style: bold; }
    OutageBanner.-recovered { background: $success 20%; }
    """

    def __init__(self, tz: tzinfo, **kw: object) -> None:
        super().__init__("", markup=False, **kw)  # type: ignore[arg-type]
        self.tz = tz
        self.lines: list[OutageInfo] = []
        self.reply_key = "R"  # MainScreen sets the effective key (it is rebindable)

    def show(self, lines: list[OutageInfo]) -> None:
        self.lines = lines
        self.display = bool(lines)
        self.set_class(any(not line.recovered for line in lines), "-down")
        self.set_class(bool(lines) and all(line.recovered for line in lines), "-recovered")
        self.update(Content("\n").join(self.text_lines()))

    def text_lines(self) -> list[Content]:
        out = []
        for line in self.lines:
            v, count = line.view, len(line.tickets)
            if not line.recovered and v.outage is not None:
                checks = v.outage.failed_checks
                text = (
                    f"✖ {label(v)} down since {hhmm(v.outage.start, self.tz)}, "
                    f"{checks} failed check{'s' if checks != 1 else ''}, "
                    f"{count} ticket{'s' if count != 1 else ''} since"
                )
            else:
                o = v.last_outage
                span = f"{hhmm(o.start, self.tz)}–{hhmm(o.end, self.tz)}" if o else "?"
                text = (
                    f"● {label(v)} is back up (down {span}): {count} tagged "
                    f"ticket{'s' if count != 1 else ''} to tell · press "
                    f"{self.reply_key} to reply with the resolved template, one review at a time"
                )
            out.append(Content(text))
        return out
