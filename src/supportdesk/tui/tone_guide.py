"""Tone guidance on the main screen (issue 8): the customer's state in the conversation
header, the live tone panel under the editor, and the findings handed to the review.

A mixin like `Live` and `Sending`, so main.py only composes the panel and calls
`tone_ticket_loaded`. Analysis and context need the desk (the ticket's history, the
addresses of other customers), so they are built in a thread worker; the lint itself is
fast and runs on the event loop. The second reader (tone/reader.py, `[ui] tone_reader`)
reads the mood in the same worker, and the draft in the panel's own worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events
from textual.widgets import TextArea

from supportdesk.tone import Analysis, Context, Finding, PackSet, lint, load_packs
from supportdesk.tone.reader import Reader, shared_reader
from supportdesk.tui.text import safe
from supportdesk.tui.widgets.tone_panel import TonePanel

if TYPE_CHECKING:
    from supportdesk.desk import Desk
    from supportdesk.models import Message, Ticket
    from supportdesk.tui.widgets.editor import ReplyEditor


def analysis_label(a: Analysis | None) -> str:
    """ "ro · informal · upset" for the conversation header."""
    if a is None:
        return ""
    parts = [a.language, a.register, a.mood]
    if a.unanswered >= 2:
        parts.append(f"{a.unanswered} unanswered")
    return " · ".join(p for p in parts if p)


class ToneGuidance:
    desk: Desk
    ticket: Ticket | None
    editor: ReplyEditor
    app: Any
    run_worker: Any
    query_one: Any
    _tone_packs: PackSet | None = None

    @property
    def tone_panel(self) -> TonePanel:
        return self.query_one(TonePanel)

    def _packs(self) -> PackSet:
        """Built-in and team packs, loaded once per screen (in a worker: stemming)."""
        if self._tone_packs is None:
            data_dir = getattr(self.desk.store, "root", None)
            self._tone_packs = load_packs(data_dir)
        return self._tone_packs

    def _reader(self) -> Reader | None:
        """The second reader, unless the config turns it off or it is not installed."""
        if not self.desk.config.ui.tone_reader:
            return None
        reader = shared_reader()
        return reader if reader.available else None

    def tone_ticket_loaded(self, ticket: Ticket, messages: list[Message]) -> None:
        """Analyse the customer's side of `ticket` off the event loop, then show it."""
        desk = self.desk

        def work() -> None:
            try:
                packs = self._packs()
                analysis = desk.tone_analysis(ticket.id, packs, self._reader())
                context = desk.tone_context(ticket.id, packs, analysis=analysis)
            except Exception as exc:  # tone guidance must never break reading a ticket
                self.app.call_from_thread(
                    self.app.notify, f"tone: {exc}", severity="warning", markup=False
                )
                return
            self.app.call_from_thread(self._tone_show, ticket.id, analysis, context, packs)

        self.run_worker(work, thread=True, exclusive=True, group="tone")

    def _tone_show(
        self, tid: int, analysis: Analysis | None, context: Context, packs: PackSet
    ) -> None:
        if self.ticket is None or self.ticket.id != tid:
            return
        from supportdesk.tui.widgets.conversation import ConversationView

        thread = self.query_one(ConversationView)
        thread.border_subtitle = safe(analysis_label(analysis))
        # The previous ticket's advice must not linger on this one.
        guidance = analysis.guidance if analysis is not None else []
        thread.tooltip = safe("\n".join(guidance), single_line=False) if guidance else None
        self.tone_panel.set_context(context, packs, self._reader())

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """`-composing` while the agent is in the editor or the tone panel: at 80x24
        the queue then gives its rows to them (app.tcss), or the findings would be cut
        off below the screen."""
        from supportdesk.tui.widgets.editor import ReplyEditor

        self.set_class(isinstance(event.widget, (ReplyEditor, TonePanel)), "-composing")  # type: ignore[attr-defined]

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area is self.editor:
            self.tone_panel.schedule(self.editor.text)

    def on_tone_panel_jump(self, event: TonePanel.Jump) -> None:
        doc = self.editor.document
        start = doc.get_location_from_index(event.start)
        end = doc.get_location_from_index(event.end)
        self.editor.selection = type(self.editor.selection)(start, end)
        self.editor.scroll_cursor_visible()
        self.editor.focus()

    def tone_review(self, tid: int, body: str) -> list[Finding]:
        """(worker) The findings the review lists, in the ticket's context."""
        packs = self._packs()
        return lint(body, self.desk.tone_context(tid, packs), packs, reader=self._reader()).findings
