"""The tone panel under the reply editor (issue 8): what to fix in the draft, live.

It re-lints the draft `DEBOUNCE` seconds after the last keystroke (a 2,000-character
draft lints in about a millisecond once its words are stemmed, so on the event loop),
lists the findings most severe first, and `enter` on a finding asks the screen to put
the editor's cursor on its span. It hides itself while there is no draft, so the
conversation keeps the room at 80x24. Finding messages come from the rule packs and the
excerpt from the draft: both are shown as plain text, never markup.

The second reader (tone/reader.py) costs ~20 ms a sentence, too slow for the event loop:
after each lint a thread worker reads the draft, and its findings join the list if the
draft has not changed meanwhile. Its sentence cache makes a pause in typing cost only
the sentences edited since the last one. One pass runs at a time: a thread cannot be
stopped, so a pass whose draft was typed on used to run to its end beside the next
one, and short pauses in typing stacked passes on the CPU the editor needs. A draft
checked while a pass runs waits for it (the latest draft only; the older pass's
sentences are then cached) (ux21).

Until the screen hands the panel the packs and the ticket's context (`set_context`),
it lints nothing: the first load of the packs takes seconds (stemming every phrase),
and linting without them would load the built-in packs on the event loop, freezing
the editor, and check the draft against no ticket or the previous one. The panel says
what it waits for instead (`wait`), never a blank or stale list (ux20).
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import work
from textual.content import Content
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from textual.worker import Worker, get_current_worker

from supportdesk.tone import Context, Finding, PackSet, Report, lint
from supportdesk.tone.lint import read_with
from supportdesk.tone.reader import Reader
from supportdesk.tui import keymap
from supportdesk.tui.handback import hand_back
from supportdesk.tui.hanging import Hanging, Item, marker_indent
from supportdesk.tui.text import plain

DEBOUNCE = 0.3
MAX_LINT = 20_000  # characters of the draft linted as you type
EXCERPT, EXCERPT_NARROW = 40, 24  # characters of the draft quoted in a finding's line
ICON = {"block": "⛔", "warn": "⚠", "info": "·"}
STYLE = {"block": "bold $error", "warn": "$warning", "info": "$text-muted"}


def whole_reply(f: Finding) -> bool:
    """Whether `f` is about the reply as a whole (`Finding.whole`: no kind word
    anywhere, the reader's whole-reply reading), not about the words of its span: the
    line says "whole reply" instead of quoting them, and F8 / enter put the cursor at
    its start without selecting, where typing would have replaced the agent's text
    (ux18)."""
    return f.whole


def tally(findings: Sequence[Finding], *, infos_listed: bool = True) -> str:
    """'3 to fix, 1 blocking · 2 info': block and warn findings are the ones to fix (the
    review lists them and asks about them), infos are counted apart. The panel's title
    and the review's heading both say it this way: the panel counted the infos as
    findings and the review did not, so the two numbers disagreed (ux19)."""
    fix = [f for f in findings if f.severity != "info"]
    blocks = sum(1 for f in fix if f.severity == "block")
    infos = len(findings) - len(fix)
    parts = [f"{len(fix)} to fix" + (f", {blocks} blocking" if blocks else "")] if fix else []
    if infos:
        parts.append(f"{infos} info" + ("" if infos_listed else " not listed here"))
    return " · ".join(parts)


def finding_line(f: Finding, text: str, width: int = 40) -> Content:
    """One finding as a line: icon, severity, guidance rule, the words, the advice, and
    the other rules that flagged the same words (`also`, merged into this one by
    tone/overlap.py): the CLI and the JSON name them, and so does the line, last, where
    the cut one-line form loses it but the highlighted finding and the review show it."""
    if whole_reply(f):
        words = Content.assemble(" (", ("whole reply", "italic"), ")")
    else:
        excerpt = plain(text[f.start : f.end], width=width)
        words = Content.assemble(" “", (excerpt, "italic"), "”") if excerpt else Content("")
    also = (
        Content.assemble(" ", (plain(f"(also {', '.join(f.also)})"), "$text-muted"))
        if f.also
        else Content("")
    )
    return Content.assemble(
        (f"{ICON[f.severity]} {f.severity} {f.serves}", STYLE[f.severity]),
        words,
        ": ",
        plain(f.message),
        also,
    )


def hanging(line: Content) -> Hanging:
    """A finding's whole line, its wrapped lines under its words (after the icon)."""
    return Hanging([Item(line, 0, marker_indent(line.plain[:1]))])


class TonePanel(OptionList):
    HELP = (
        "Tone: findings for the draft, most severe first. j/k move, enter selects the "
        "finding's words in the editor, esc goes back to it. From the editor, F8 and "
        "shift+F8 step through the findings without leaving it."
    )
    BINDINGS = keymap.bindings("tone")
    # the footer lists the panel's keys only, not the main screen's (widgets/footer.py)
    FOOTER_OWN_KEYS = True
    # A fixed height: findings that arrive late (the reader, the next pause) must not
    # push the editor the agent is typing in up the screen.
    DEFAULT_CSS = """
    TonePanel { height: 7; border: round $panel; }
    TonePanel:focus { border: round $accent; }
    """

    class Jump(Message):
        """Put the editor's cursor on [start, end) of the draft the panel last checked
        (`text`): the screen re-finds the words if the draft changed since. `whole`: a
        finding on the whole reply, whose cursor goes to `start` selecting nothing."""

        def __init__(
            self, start: int, end: int, rule: str = "", text: str = "", whole: bool = False
        ) -> None:
            super().__init__()
            self.start, self.end, self.rule, self.text = start, end, rule, text
            self.whole = whole

    def __init__(self, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.context = Context()
        self.packs: PackSet | None = None
        self.report: Report | None = None
        self.reader: Reader | None = None
        self.text = ""  # the draft as last typed
        self.checked = ""  # the draft `report` was made from (spans index into it)
        self.shown: list[tuple[str, str]] = []  # (rule, words) of each listed finding
        self.reading: Worker[None] | None = None  # the reader's latest pass
        self._read_busy = False  # a pass's thread is running (even one cancelled)
        self._read_next: tuple[str, Report, Reader] | None = None  # waits for it
        self.full: list[Content] = []  # each finding's whole line
        self.expanded: int | None = None  # the finding shown in full (the highlighted)
        self._timer: Timer | None = None
        self._whole = False  # every finding shown whole (`_fit_whole`)
        # what the panel waits for before it can check a draft ("" once it can)
        self.waiting = "reading the tone rules…"

    def on_mount(self) -> None:
        self.border_title = "Tone"
        self.display = False

    def set_context(
        self, context: Context, packs: PackSet | None = None, reader: Reader | None = None
    ) -> None:
        """The ticket being answered changed: lint the current draft against it."""
        self.context = context
        if packs is not None:
            self.packs = packs
        self.reader = reader
        self.waiting = "" if self.packs is not None else "tone rules unavailable"
        self.check_now(self.text)

    def wait(self, note: str, text: str) -> None:
        """Another ticket's context is on its way (its analysis, the first load of the
        packs): check nothing until `set_context`, and say `note` over the draft `text`
        meanwhile, not the previous ticket's findings."""
        self.waiting, self.reading, self._read_next = note, None, None
        self.workers.cancel_group(self, "tone-reader")
        self.check_now(text)

    def schedule(self, text: str) -> None:
        """The draft changed: lint it once typing pauses."""
        self.text = text
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if text == self.checked and self.report is not None:
            return  # already checked (a key that acted on the findings checked it first)
        self._timer = self.set_timer(DEBOUNCE, lambda: self.check_now(self.text))

    def wait_reading(self, timeout: float = 60.0) -> None:
        """(from another worker) Let the reader's pass over the draft finish: the review
        then reads the same sentences from the reader's cache instead of encoding them a
        second time beside it (two passes shared one core: 7 s to open the review of a
        12,000-character paste instead of 3.5)."""
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            worker = self.reading  # a newer pass may replace it meanwhile
            idle = worker is None or worker.is_finished
            if idle and self._read_next is None and not self._read_busy:
                return
            time.sleep(0.02)

    def current(self, text: str) -> Report | None:
        """The report for `text`, checked now if the debounced check is still pending
        (a key that acts on the findings must not act on an older draft's)."""
        if self._timer is not None or text != self.checked or self.report is None:
            return self.check_now(text)
        return self.report

    def check_now(self, text: str) -> Report | None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.text = self.checked = text
        if not text.strip():
            self.border_subtitle = ""
            self.report, self.shown, self.full, self.expanded = None, [], [], None
            self.clear_options()
            self.display = False
            return None
        if self.waiting:
            self._say(self.waiting)
            return None
        # a pasted megabyte is linted in its first part only: spans stay valid
        try:
            self.report = lint(text[:MAX_LINT], self.context, self.packs)
        except Exception as exc:  # a rule tripping on some draft must not end the program
            self._say(f"tone check failed: {type(exc).__name__}")
            return None
        self._show(self.report, text)
        self.border_subtitle = self._note(reading=self.reader is not None)
        if self.reader is not None:
            self._read_latest(text, self.report, self.reader)
        return self.report

    def _read_latest(self, text: str, rules: Report, reader: Reader) -> None:
        """Start the reader's pass over `text`, or queue it (replacing any queued one)
        behind the pass that is running."""
        if self._read_busy:
            self._read_next = (text, rules, reader)
            return
        self._read_next, self._read_busy = None, True
        self.reading = self._read(text, rules, reader)

    def _read_ended(self) -> None:
        """(event loop) A pass's thread has ended: start the queued one, if its draft
        is still the one in the editor and no other ticket's context is awaited."""
        self._read_busy = False
        queued, self._read_next = self._read_next, None
        if queued is not None and queued[0] == self.text and not self.waiting:
            self._read_latest(*queued)

    def _say(self, note: str) -> None:
        """One line instead of findings (waiting, failed): no report, nothing to jump to."""
        self.report, self.shown, self.full, self.expanded = None, [], [], None
        self.clear_options()
        self.add_option(Option(Content(note), disabled=True))
        self.border_title, self.border_subtitle, self.display = "Tone", "", True

    @work(thread=True, exclusive=True, group="tone-reader")
    def _read(self, text: str, rules: Report, reader: Reader) -> None:
        """(worker) The rules' report with the second reader's findings added; shown
        if the draft is unchanged. The reader failing (its engine, memory) must not end
        the program in the middle of a reply: the rules' findings stay, and it is said."""
        try:
            report = read_with(rules, text[:MAX_LINT], reader, self.context)
        except Exception as exc:
            if not get_current_worker().is_cancelled:
                hand_back(self, self._read_failed, text, f"{type(exc).__name__}")
            return
        else:
            if not get_current_worker().is_cancelled:
                hand_back(self, self._read_done, text, report)
        finally:
            hand_back(self, self._read_ended)

    def _read_failed(self, text: str, why: str) -> None:
        if text == self.text and not self.waiting:
            self.border_subtitle = f"reader failed ({why}): rules only"

    def _read_done(self, text: str, report: Report) -> None:
        if text != self.text or self.waiting:  # typed on meanwhile, or another ticket
            return
        self.border_subtitle = self._note(reading=False)
        self.report, self.checked = report, text
        self._show(report, text)

    # -- one line per finding, the highlighted one in full -------------------------------
    # At 80x24 the panel has four rows: wrapped, they held two findings. Each finding is
    # one line cut with an ellipsis, and the one under the cursor (enter, F8) shows its
    # whole advice.
    # When every finding's whole line fits the panel's rows, none is cut: at 120x40 the
    # panel had seven rows for two findings and still cut them at "never send o…" (ux21).
    def _compact(self, line: Content) -> Content | Hanging:
        width = self.scrollable_content_region.width - 2  # the options' padding
        if width < 20 or line.cell_length <= width:
            return line
        if self._whole:
            return hanging(line)
        return line.truncate(width, ellipsis=True)

    def _fit_whole(self) -> None:
        """Set `_whole`: whether all the findings, each wrapped whole, fit the rows."""
        width = self.scrollable_content_region.width - 2
        rows = self.scrollable_content_region.height
        needed = sum(hanging(line).wrapped(width).plain.count("\n") + 1 for line in self.full)
        self._whole = width >= 20 and 0 < needed <= rows

    def watch_highlighted(self, highlighted: int | None) -> None:
        if highlighted != self.expanded:
            old, self.expanded = self.expanded, highlighted
            if old is not None and old < len(self.full):
                self.replace_option_prompt_at_index(old, self._compact(self.full[old]))
            if highlighted is not None and highlighted < len(self.full):
                self.replace_option_prompt_at_index(highlighted, hanging(self.full[highlighted]))
        super().watch_highlighted(highlighted)

    def on_resize(self) -> None:
        self._fit_whole()
        for i, line in enumerate(self.full):
            if i != self.expanded:
                self.replace_option_prompt_at_index(i, self._compact(line))

    def _note(self, *, reading: bool) -> str:
        """The subtitle: the reader at work, and that a huge draft is checked only in
        its first part (the review checks all of it before sending)."""
        parts = ["reading…"] if reading else []
        if len(self.text) > MAX_LINT:
            parts.append(f"first {MAX_LINT:,} of {len(self.text):,} characters checked")
        return " · ".join(parts)

    def _show(self, report: Report, text: str) -> None:
        # The finding under the agent's cursor stays under it when the list changes (the
        # reader's late findings, a re-check), found again by rule and words.
        old = self.highlighted
        before = self.shown[old] if old is not None and old < len(self.shown) else None
        self.full, self.expanded = [], None
        self.clear_options()
        # the draft's words take at most a third of a narrow panel's line: at 80x24 a
        # 40-character excerpt left "No thanks, apology,…" of the advice (ux15)
        room = self.parent.size.width if isinstance(self.parent, Widget) else 0
        width = EXCERPT if room >= 100 else EXCERPT_NARROW
        self.full = [finding_line(f, text, width) for f in report.findings]
        self._fit_whole()
        self.add_options(Option(self._compact(line), id=str(i)) for i, line in enumerate(self.full))
        keys = [(f.rule, text[f.start : f.end]) for f in report.findings]
        if not report.findings:
            self.add_option(Option(Content("✓ nothing to improve"), disabled=True))
        elif before is not None and old is not None:
            same = [i for i, k in enumerate(keys) if k == before]
            near = min(same, key=lambda i: abs(i - old)) if same else min(old, len(keys) - 1)
            self.highlighted = near
        elif self.has_focus:
            # focused while it waited for the rules (Tab right after typing): the first
            # finding, as on_focus does, or enter ("select words") did nothing (ux21)
            self.highlighted = 0
        self.shown = keys
        # how many there are: the panel shows four to nine of them at a time (ux15);
        # counted as the review counts them (ux19)
        counts = tally(report.findings)
        self.border_title = f"Tone {report.score}/100" + (f" · {counts}" if counts else "")
        self.display = True

    def on_focus(self) -> None:
        """Tab into the panel lands on the first finding: OptionList highlights nothing
        until a key is pressed, so enter did nothing and j went to the first (ux18)."""
        if self.highlighted is None and self.option_count and self.full:
            self.highlighted = 0

    class Back(Message):
        """Return to the editor (esc in the panel)."""

    def action_back(self) -> None:
        self.post_message(self.Back())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.report is None or event.option.id is None:
            return
        f = self.report.findings[int(event.option.id)]
        self.post_message(self.Jump(f.start, f.end, f.rule, self.checked, whole_reply(f)))
