"""The review screen before every send (aerc's compose::review): y send, e edit,
p postpone (keep as draft), Esc back.

It shows exactly what will leave: recipient, subject, the body as plain text, and the
desk's pre-send checks (from `Outbox.pre_send_checks` or a `NeedsConfirmation`), so a
"yes" here is the confirmation the outbox asks for. Tone findings (issue 8) are listed
under their own heading; with a `block` finding the first `y` only arms the send and
says so, and a second `y` confirms it (the caller logs that override).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from supportdesk.tui.hanging import Hanging, Item, marker_indent
from supportdesk.tui.text import labelled, safe
from supportdesk.tui.widgets.footer import DeskFooter

if TYPE_CHECKING:
    from supportdesk.tone import Finding

PREVIEW = 20_000  # characters of the body shown; the rest is summarised
CHECK = marker_indent("⚠", 2)  # a pre-send check's lines after its first
SHOWN = 50  # tone findings listed (blocking first, in a scrolling box); the rest counted


def _rule_order(serves: str) -> tuple[int, str]:
    """R5 before R12."""
    digits = "".join(c for c in serves if c.isdigit())
    return (int(digits) if digits else 0, serves)


class ReviewScreen(ModalScreen[str | None]):
    BINDINGS = [  # noqa: RUF012
        Binding("y", "choose('send')", "send", id="review.send"),
        Binding("e", "choose('edit')", "edit", id="review.edit"),
        Binding("p", "choose('postpone')", "postpone", id="review.postpone"),
        Binding("escape", "choose(None)", "back", id="review.back"),
    ]
    DEFAULT_CSS = """
    ReviewScreen { align: center middle; }
    ReviewScreen > Vertical {
        width: 100; max-width: 100%; height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    ReviewScreen #checks { color: $warning; }
    /* 80x24: the findings scroll in their own box so the body and the keys stay on
       screen (a dozen findings used to push both off it) */
    ReviewScreen #tone-box { height: auto; max-height: 35%; }
    ReviewScreen #body { height: 1fr; min-height: 4; border: solid $panel; }
    ReviewScreen #hint { dock: bottom; width: 1fr; height: auto; }
    ReviewScreen .hint { color: $text-muted; }
    ReviewScreen .hint.armed { color: $warning; text-style: bold; }
    """

    def __init__(
        self, to: str, subject: str, body: str, checks: list[str], tone: list[Finding] | None = None
    ) -> None:
        super().__init__()
        self.to, self.subject, self.body, self.checks = to, subject, body, checks
        self.tone_all = list(tone or [])  # the infos are counted, not listed
        self.tone = [f for f in self.tone_all if f.severity != "info"]
        self.blocking = [f for f in self.tone if f.severity == "block"]
        self.armed = False  # a first "y" with blocking findings only arms the send

    def compose(self) -> ComposeResult:
        body = self.body[:PREVIEW]
        if len(self.body) > PREVIEW:
            body += f"\n… {len(self.body) - PREVIEW:,} more characters"
        with Vertical() as box:
            box.border_title = "Review before sending"
            yield Label(labelled("To: ", self.to), markup=False)
            yield Label(labelled("Subject: ", self.subject), markup=False)
            if self.checks:
                lines: list[Item | Content] = [Content("Confirm before sending:")]
                lines += [Item(Content.assemble("⚠ ", safe(c)), 2, CHECK) for c in self.checks]
                yield Static(Hanging(lines), id="checks", markup=False)
            else:
                yield Label("Pre-send checks: nothing to confirm.", markup=False)
            with VerticalScroll(id="tone-box"):
                yield self._tone_summary()
            with VerticalScroll(id="body"):
                yield Static(safe(body, single_line=False), markup=False)
            yield Label(
                "y send"
                + (" (confirming the above)" if self.checks else "")
                + " · e edit · p postpone (keep draft) · esc back",
                classes="hint",
                id="hint",
                markup=False,
            )
        yield DeskFooter(compact=True)

    def _tone_summary(self) -> Static:
        from supportdesk.tui.widgets.tone_panel import ICON, finding_line, tally

        counts = tally(self.tone_all, infos_listed=False)  # as the tone panel counts
        if not self.tone:
            text = "Tone check: nothing to fix" + (f" ({counts})." if counts else ".")
            return Static(text, classes="hint", markup=False)
        # how many: at 80x24 the box shows two or three of them and scrolls (ux16: the
        # third warning was below the box's edge with nothing saying it was there)
        head = f"Tone check: {counts}" + (" — y twice sends anyway" if self.blocking else "")
        # a finding that wraps goes on under its words, not at the margin (ux17)
        lines: list[Item | Content] = [Content(head)]
        lines += [
            Item(finding_line(f, self.body), 2, marker_indent(ICON[f.severity], 2))
            for f in self.tone[:SHOWN]
        ]
        if len(self.tone) > SHOWN:  # never a silent cut: the agent confirms all of them
            lines.append(Content(f"  … and {len(self.tone) - SHOWN} more (e edit: see them)"))
        self._tone_lines = lines
        return Static(Hanging(lines), id="tone-findings", markup=False)

    def on_mount(self) -> None:
        self.call_after_refresh(self._scroll_hint)

    def on_resize(self) -> None:
        self.call_after_refresh(self._scroll_hint)

    def _scroll_hint(self) -> None:
        """'(↓ to scroll)' after the heading while the findings overflow their box: at
        200x50 four findings fit and the heading still told the agent to scroll (ux17);
        at 80x24 the third is below the edge (ux16). The box has the focus."""
        lines = getattr(self, "_tone_lines", None)
        if not lines or not self.is_attached:
            return
        box = self.query_one("#tone-box", VerticalScroll)
        hint = " (↓ to scroll)"
        head = lines[0].plain.removesuffix(hint) if isinstance(lines[0], Content) else ""
        want = head + hint if box.max_scroll_y > 0 else head
        if lines[0].plain != want:
            lines = [Content(want), *lines[1:]]
            self._tone_lines = lines
            self.query_one("#tone-findings", Static).update(Hanging(lines))

    def action_choose(self, choice: str | None) -> None:
        if choice == "send" and self.blocking and not self.armed:
            # Armed: said on the screen itself (a toast fades while the agent reads).
            self.armed = True
            serves = ", ".join(sorted({f.serves for f in self.blocking}, key=_rule_order))
            text = (
                f"y again: send anyway, overriding {len(self.blocking)} blocking tone "
                f"finding{'s' if len(self.blocking) > 1 else ''} ({serves}); the override "
                "is recorded · e edit · p postpone · esc back"
            )
            hint = self.query_one("#hint", Label)
            hint.update(text)
            hint.add_class("armed")
            return
        self.dismiss(choice)
