"""The review screen before every send (aerc's compose::review): y send, e edit,
p postpone (keep as draft), Esc back.

It shows exactly what will leave: recipient, subject, the body as plain text, and the
desk's pre-send checks (from `Outbox.pre_send_checks` or a `NeedsConfirmation`), so a
"yes" here is the confirmation the outbox asks for. Tone findings (issue 8) will be
listed under their own heading; the slot is there and says so.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from supportdesk.tui.text import labelled, safe

PREVIEW = 20_000  # characters of the body shown; the rest is summarised


class ReviewScreen(ModalScreen[str | None]):
    BINDINGS = [  # noqa: RUF012
        Binding("y", "choose('send')", "Send", id="review.send"),
        Binding("e", "choose('edit')", "Edit", id="review.edit"),
        Binding("p", "choose('postpone')", "Postpone", id="review.postpone"),
        Binding("escape", "choose(None)", "Back", id="review.back"),
    ]
    DEFAULT_CSS = """
    ReviewScreen { align: center middle; }
    ReviewScreen > Vertical {
        width: 100; max-width: 100%; height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    ReviewScreen #checks { color: $warning; }
    ReviewScreen #body { height: 1fr; border: solid $panel; }
    ReviewScreen .hint { color: $text-muted; }
    """

    def __init__(self, to: str, subject: str, body: str, checks: list[str]) -> None:
        super().__init__()
        self.to, self.subject, self.body, self.checks = to, subject, body, checks

    def compose(self) -> ComposeResult:
        body = self.body[:PREVIEW]
        if len(self.body) > PREVIEW:
            body += f"\n… {len(self.body) - PREVIEW:,} more characters"
        with Vertical() as box:
            box.border_title = "Review before sending"
            yield Label(labelled("To: ", self.to), markup=False)
            yield Label(labelled("Subject: ", self.subject), markup=False)
            if self.checks:
                lines = [Content("Confirm before sending:")]
                lines += [Content.assemble("  ⚠ ", safe(c)) for c in self.checks]
                yield Static(Content("\n").join(lines), id="checks", markup=False)
            else:
                yield Label("Pre-send checks: nothing to confirm.", markup=False)
            yield Label("Tone check: not available yet (issue 8).", classes="hint", markup=False)
            with VerticalScroll(id="body"):
                yield Static(safe(body, single_line=False), markup=False)
            yield Label(
                "y send"
                + (" (confirming the above)" if self.checks else "")
                + " · e edit · p postpone (keep draft) · esc back",
                classes="hint",
                markup=False,
            )

    def action_choose(self, choice: str | None) -> None:
        self.dismiss(choice)
