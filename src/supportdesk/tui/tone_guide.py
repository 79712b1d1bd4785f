"""Tone guidance on the main screen (issue 8): the customer's state in the conversation
header, the live tone panel under the editor, and the findings handed to the review.

A mixin like `Live` and `Sending`, so main.py only composes the panel and calls
`tone_ticket_loaded`. Analysis and context need the desk (the ticket's history, the
addresses of other customers), so they are built in a thread worker; the lint itself is
fast and runs on the event loop. The second reader (tone/reader.py, `[ui] tone_reader`)
reads the mood in the same worker, and the draft in the panel's own worker.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from textual import events
from textual.widgets import TextArea
from textual.worker import get_current_worker

from supportdesk.tone import Analysis, Context, Finding, PackSet, Report, lint, load_packs
from supportdesk.tone.reader import Reader, shared_reader
from supportdesk.tui import keymap
from supportdesk.tui.detached import detached
from supportdesk.tui.handback import hand_back
from supportdesk.tui.text import safe
from supportdesk.tui.widgets.tone_panel import TonePanel, whole_reply

if TYPE_CHECKING:
    from supportdesk.desk import Desk
    from supportdesk.models import Message, Ticket
    from supportdesk.tui.widgets.editor import ReplyEditor


# One load of the packs at a time: the ticket's analysis and the review both need them.
_PACKS_LOCK = threading.Lock()

# One short reply per language, linted once per screen in the worker (see `_packs`).
WARM_UP = (
    "Hello Ion,\nThanks for waiting: your order ships today.\nAna",
    "Salut Ion,\nMulțumesc că ai așteptat: comanda pleacă azi.\nAna",
    "Здравствуйте, Иван!\nСпасибо, что подождали: заказ отправим сегодня.\nАна",
)


def analysis_label(a: Analysis | None) -> str:
    """ "ro · informal · upset" for the conversation header. A register the analysis
    could not tell is left out: "en · unknown · neutral" read as if the language were
    unknown (ux18); `i` says why."""
    if a is None:
        return ""
    parts = [a.language, "" if a.register == "unknown" else a.register, a.mood]
    if a.unanswered >= 2:
        parts.append(f"{a.unanswered} unanswered")
    return " · ".join(p for p in parts if p)


def step_finding(findings: list[Finding], at: tuple[int, int], last: int, delta: int) -> int:
    """The index of the finding after (`delta` > 0) or before the selection `at`, in
    the order of the draft, wrapping around. `last` is the one selected before, so
    findings on the very same words are visited one by one."""
    key = [(f.start, f.end, i) for i, f in enumerate(findings)]
    on_last = 0 <= last < len(findings) and (findings[last].start, findings[last].end) == at
    here = (*at, last if on_last else (-1 if delta > 0 else len(findings)))
    order = sorted(key)
    if delta > 0:
        return next((k[2] for k in order if k > here), order[0][2])
    return next((k[2] for k in reversed(order) if k < here), order[-1][2])


def relocate(jump: TonePanel.Jump, report: Report | None, text: str) -> tuple[int, int] | None:
    """Where the words of a finding checked on an older draft are now: the same rule on
    the same words nearest the old place, else the same words, else None (fixed)."""
    words = jump.text[jump.start : jump.end]
    same = [
        (f.start, f.end)
        for f in (report.findings if report is not None else [])
        if f.rule == jump.rule and text[f.start : f.end] == words
    ]
    if not same and words:
        at, same = text.find(words), []
        while at >= 0 and len(same) < 100:
            same.append((at, at + len(words)))
            at = text.find(words, at + 1)
    if not same:
        return None
    return min(same, key=lambda span: abs(span[0] - jump.start))


class ToneGuidance:
    desk: Desk
    ticket: Ticket | None
    editor: ReplyEditor
    app: Any
    run_worker: Any
    query_one: Any
    _tone_packs: PackSet | None = None
    _tone_analysis: Analysis | None = None
    _tone_for: int | None = None  # the ticket `_tone_analysis` is about
    _tone_last: int = -1  # the finding F8 selected last (ties between equal spans)
    _tone_warm = False
    _why_wanted: int | None = None  # `i` pressed before this ticket's analysis came

    def when_loaded(self, action: Any, *, opened: bool) -> bool: ...  # main.py

    @property
    def tone_panel(self) -> TonePanel:
        return self.query_one(TonePanel)

    def _packs(self) -> PackSet:
        """Built-in and team packs, loaded once per screen (in a worker: stemming, a
        few seconds on a busy server; the review's worker waits for the same load)."""
        with _PACKS_LOCK:
            if self._tone_packs is None:
                data_dir = getattr(self.desk.store, "root", None)
                self._tone_packs = load_packs(data_dir)
            return self._tone_packs

    def _warm(self, packs: PackSet) -> None:
        """(worker, once, before the first context reaches the panel) The first lint of
        a session loads py3langid's model and builds the packs' matchers per language
        (0.28 s): done here, not on the event loop. After the first analysis was shown
        it came too late for a draft typed while the packs loaded, which the panel then
        linted cold on the event loop as their context arrived (ux20; bench/tone_typing.py
        "check cold")."""
        if self._tone_warm:
            return
        from supportdesk.mail.language import warm_up

        self._tone_warm = True
        try:
            warm_up()
            for sample in WARM_UP:
                lint(sample, Context(), packs)
        except Exception:  # only a head start: the panel says it if the lint fails
            return

    def _reader(self) -> Reader | None:
        """The second reader, unless the config turns it off or none of its heads can
        read (without the encoder's wheel the wording heads still do)."""
        if not self.desk.config.ui.tone_reader:
            return None
        reader = shared_reader()
        return reader if reader.reads else None

    def tone_ticket_loaded(self, ticket: Ticket, messages: list[Message]) -> None:
        """Analyse the customer's side of `ticket` off the event loop, then show it.
        Meanwhile the tone panel says what it waits for over a draft: the first load of
        the packs took seconds with the panel blank, or an empty context checked the
        draft on the event loop (ux20)."""
        desk = self.desk
        if ticket.id != self._tone_for:
            note = (
                "reading the tone rules…"
                if self._tone_packs is None
                else "reading the customer's messages…"
            )
            self.tone_panel.wait(note, self.editor.text)

        def analyse() -> tuple[PackSet, Analysis | None, Context]:
            packs = self._packs()
            analysis = desk.tone_analysis(ticket.id, packs, self._reader())
            context = desk.tone_context(ticket.id, packs, analysis=analysis)
            self._warm(packs)
            return packs, analysis, context

        def work() -> None:
            worker = get_current_worker()
            try:
                # read-only and seconds long: a quit does not wait for it (detached.py)
                done = detached(analyse, lambda: worker.is_cancelled)
            except Exception as exc:  # tone guidance must never break reading a ticket
                hand_back(self, self.app.notify, f"tone: {exc}", severity="warning", markup=False)
                # the rules alone then, with no context (or said unavailable)
                hand_back(self, self._tone_unread, ticket.id)
                return
            if done is not None:  # None: quitting, or another ticket's analysis began
                packs, analysis, context = done
                hand_back(self, self._tone_show, ticket.id, analysis, context, packs)

        self.run_worker(work, thread=True, exclusive=True, group="tone")

    def tone_register(self, ticket_id: int) -> str:
        """The customer's register as the analysis of `ticket_id` read it, or "" (not
        read yet, or "unknown"): the templates follow it (templating.Templates)."""
        a = self._tone_analysis if self._tone_for == ticket_id else None
        return a.register if a is not None and a.register != "unknown" else ""

    def _tone_unread(self, tid: int) -> None:
        """The analysis failed: the panel checks with the packs alone (none loaded: it
        says the rules are unavailable) rather than wait for ever."""
        if self.ticket is not None and self.ticket.id == tid:
            self.tone_panel.set_context(Context(), self._tone_packs, None)

    def _tone_show(
        self, tid: int, analysis: Analysis | None, context: Context, packs: PackSet
    ) -> None:
        if self.ticket is None or self.ticket.id != tid:
            return
        from supportdesk.tui.widgets.conversation import ConversationView

        thread = self.query_one(ConversationView)
        self._tone_analysis, self._tone_for = analysis, tid
        label = analysis_label(analysis)
        if label:  # the reasons and the advice are one key away
            spec = keymap.BY_ID["tone.why"]
            key = keymap.display_keys(keymap.effective(spec, getattr(self.app, "keys", {})))
            label += f" · {key.split(',')[0]}: why"
        thread.set_analysis(safe(label))
        # The previous ticket's advice must not linger on this one.
        guidance = analysis.guidance if analysis is not None else []
        thread.tooltip = safe("\n".join(guidance), single_line=False) if guidance else None
        self.tone_panel.set_context(context, packs, self._reader())
        if self._why_wanted == tid:
            self._why_wanted = None
            if self.app.screen is self:  # not over a prompt opened meanwhile
                self.action_tone_why()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """`-composing` while the agent is in the editor or the tone panel: at 80x24
        the queue then gives its rows to them (app.tcss), or the findings would be cut
        off below the screen."""
        from supportdesk.tui.widgets.editor import ReplyEditor

        self.set_class(isinstance(event.widget, (ReplyEditor, TonePanel)), "-composing")  # type: ignore[attr-defined]

    def action_tone_why(self) -> None:
        """The analysis with its signals and guidance (screens/tone_why.py)."""
        from supportdesk.tui.screens.tone_why import ToneWhyScreen

        a, ticket = self._tone_analysis, self.ticket
        if ticket is None and self.when_loaded(self.action_tone_why, opened=True):
            return  # the ticket is on its way: shown once it is (ux21)
        if ticket is not None and ticket.id != self._tone_for:
            # the analysis is still on its way (the packs load once, slowly on a busy
            # server): "no customer message" was wrong with one on the screen (ux19);
            # it opens when the analysis arrives, not only a toast to press again (ux21)
            self._why_wanted = ticket.id
            self.app.notify("Tone: reading the customer's messages…", markup=False, timeout=2)
            return
        if a is None or ticket is None:
            self.app.notify("Tone: no customer message to read yet.", markup=False)
            return
        self.app.push_screen(ToneWhyScreen(a, f"#{ticket.id} {ticket.customer}"))

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area is self.editor:
            self.tone_panel.schedule(self.editor.text)

    def on_tone_panel_jump(self, event: TonePanel.Jump) -> None:
        span: tuple[int, int] | None = (event.start, event.end)
        text = self.editor.text
        if text != event.text:  # typed on since the panel's last check
            span = relocate(event, self.tone_panel.check_now(text), text)
            if span is None:
                self.app.notify("That finding is gone from the draft.", markup=False)
                return
        self._select(*span, whole=event.whole)
        self.editor.focus()

    def tone_focus(self) -> bool:
        """Tab in the editor: into the tone panel, checking the draft now if typing
        paused less than DEBOUNCE ago. The panel is hidden until its first check, so a
        Tab pressed right after typing skipped it and landed on the queue, which at
        80x24 then took the editor's rows back (ux18, found in tmux)."""
        text = self.editor.text
        if not text.strip():
            return False
        self.tone_panel.current(text)
        if not self.tone_panel.display:
            return False
        self.tone_panel.focus()
        return True

    def on_tone_panel_back(self, event: TonePanel.Back) -> None:
        self.editor.focus()

    def action_tone_step(self, delta: int) -> None:
        """F8 / shift+F8 in the editor: select the next (previous) finding's words after
        (before) the cursor, wrapping around, and highlight it in the panel."""
        panel, text = self.tone_panel, self.editor.text
        report = panel.current(text)
        if report is None or not report.findings:
            empty = report is None and not text.strip()
            said = (
                "no draft"
                if empty
                else panel.waiting or "the check failed"
                if report is None
                else "nothing to improve"
            )
            self.app.notify(f"Tone: {said}.", markup=False)
            return
        doc, sel = self.editor.document, self.editor.selection
        a, b = sorted(
            (doc.get_index_from_location(sel.start), doc.get_index_from_location(sel.end))
        )
        findings, last = report.findings, self._tone_last
        # the cursor F8 left at a whole-reply finding's start stands for that finding, or
        # the next F8 would find the same one just after it again
        on_whole = 0 <= last < len(findings) and whole_reply(findings[last])
        if on_whole and a == b == findings[last].start:
            b = findings[last].end
        i = step_finding(findings, (a, b), last, delta)
        self._tone_last = i
        panel.highlighted = i
        self._select(findings[i].start, findings[i].end, whole=whole_reply(findings[i]))

    def _select(self, start: int, end: int, *, whole: bool = False) -> None:
        """Select [start, end) in the editor; a `whole`-reply finding's span only places
        the cursor at its start: typing must not replace text nobody pointed at (ux18)."""
        doc = self.editor.document
        self.editor.selection = type(self.editor.selection)(
            doc.get_location_from_index(start), doc.get_location_from_index(start if whole else end)
        )
        self.editor.scroll_cursor_visible()

    def tone_prepare(self, body: str) -> None:
        """Before the review's worker: the panel checks the draft now if its debounced
        check is pending, so the reader reads it once, in the panel's pass, which the
        review then waits for (`tone_review`)."""
        if body == self.editor.text:
            self.tone_panel.current(body)

    def tone_review(self, tid: int, body: str) -> list[Finding]:
        """(worker) The findings the review lists, in the ticket's context."""
        packs = self._packs()
        reader = self._reader()
        context = self.desk.tone_context(tid, packs)
        if reader is not None:
            self.tone_panel.wait_reading()
            try:
                return lint(body, context, packs, reader=reader).findings
            except Exception as exc:  # a failing reader must not stop the send
                self._warn(f"tone reader failed ({type(exc).__name__}): the rules' findings only")
        try:
            return lint(body, context, packs).findings
        except Exception as exc:  # nor a rule tripping on this draft: the review opens
            self._warn(f"tone check failed ({type(exc).__name__}): no tone findings listed")
            return []

    def _warn(self, text: str) -> None:
        """(worker) A warning toast."""
        hand_back(self, self.app.notify, text, severity="warning", markup=False)
