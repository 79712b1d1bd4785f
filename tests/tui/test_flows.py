"""Pilot tests of the main flows. Few keys each: every press costs ~65 ms."""

from __future__ import annotations

import importlib.util

import pytest
from textual.widgets import Input, OptionList, TextArea

from supportdesk.models import Direction, Status
from supportdesk.tui.app import CONFIG_NOTICE_SECONDS
from supportdesk.tui.screens.help import HelpScreen
from supportdesk.tui.screens.main import MainScreen
from supportdesk.tui.screens.prompts import ChoiceScreen, ConfirmScreen, NoteScreen
from supportdesk.tui.screens.review import ReviewScreen
from tests.tui.conftest import settle, until


def main_of(app) -> MainScreen:
    screen = app.screen_stack[1]
    assert isinstance(screen, MainScreen)
    return screen


async def test_open_shows_queue_by_due_and_the_conversation(make_app, demo_desk):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = main_of(app)
        expected = [t.id for t in demo_desk.list_tickets("active")]
        assert [t.id for t in main.queue.tickets] == expected
        await pilot.press("j", "enter")
        await settle(pilot)
        assert main.ticket is not None and main.ticket.id == expected[1]
        assert app.focused is main.thread
        texts = [text for text, _ in main.thread.result.lines]
        assert any(line.startswith("← ") for line in texts)


async def test_claim_and_steal_after_confirmation(make_app, demo_desk):
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        main = main_of(app)
        first = main.queue.current
        assert first is not None and not first.assignee
        await pilot.press("a")
        await settle(pilot)
        assert demo_desk.get_ticket(first.id).assignee == "ana"
        held = next(i for i, t in enumerate(main.queue.tickets) if t.assignee == "olga")
        tid = main.queue.tickets[held].id
        main.queue.move_to(held)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        assert demo_desk.get_ticket(tid).assignee == "ana"


async def test_draft_autosaves_and_reply_sends_to_the_file_outbox(make_app, demo_desk, demo_root):
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        main = main_of(app)
        tid = main.queue.current.id
        assert not demo_desk.get_ticket(tid).assignee
        await pilot.press("r")
        assert app.focused is main.editor
        main.editor.insert("Hello, we are on it.")
        await pilot.pause(0.15)
        await settle(pilot)
        assert demo_desk.draft(tid) == "Hello, we are on it."
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("y")
        await settle(pilot)
        if isinstance(app.screen, ReviewScreen):  # the outbox raised a new check: confirm
            await pilot.press("y")
            await settle(pilot)
        out = [m for m in demo_desk.conversation(tid) if m.direction is Direction.OUT]
        assert out and out[-1].text == "Hello, we are on it."
        assert demo_desk.draft(tid) == "" and main.editor.text == ""
        if importlib.util.find_spec("supportdesk.channels.transports") is None:
            pytest.xfail("supportdesk.channels.transports is not written yet (file transport)")
        assert out[-1].delivery is not None and out[-1].delivery.value == "sent"
        assert list((demo_root / "outbox").glob("*.eml"))
        # answering an unclaimed ticket claimed it ([desk] claim_on_reply), and said so
        assert demo_desk.get_ticket(tid).assignee == "ana"
        said = [n.message for n in app._notifications]
        assert f"reply to #{tid} sent; the ticket is now yours" in said


async def test_note_and_status(make_app, demo_desk):
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        tid = main_of(app).queue.current.id
        await pilot.press("n")
        assert isinstance(app.screen, NoteScreen)
        app.screen.query_one(TextArea).insert("Called the customer.")
        await pilot.press("ctrl+r")
        await settle(pilot)
        notes = [m for m in demo_desk.conversation(tid) if m.direction is Direction.NOTE]
        assert notes and notes[-1].text == "Called the customer."
        await pilot.press("s")
        assert isinstance(app.screen, ChoiceScreen)
        app.screen.query_one(OptionList).highlighted = 2
        await pilot.press("enter")
        await settle(pilot)
        assert demo_desk.get_ticket(tid).status is Status.PENDING


async def test_search_filters_as_you_type_and_esc_clears(make_app):
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        main = main_of(app)
        total = len(main.queue.tickets)
        await pilot.press("slash")
        box = main.query_one("#search", Input)
        assert app.focused is box
        box.value = "order"
        await pilot.pause()
        shown = main.queue.tickets
        assert 0 < len(shown) < total
        # subjects and names at once; bodies join when the background scan is back
        # (tui/search.py), which may already be the case here
        hits = main.matcher.text_hits if main.matcher.text_query == "order" else set()
        assert all("order" in (t.subject + t.customer.name).lower() or t.id in hits for t in shown)
        assert any("order" in (t.subject + t.customer.name).lower() for t in shown)
        await pilot.press("enter", "n")  # n = next match while searching
        assert main.queue.cursor == 1
        await pilot.press("escape")
        assert len(main.queue.tickets) == total and not main.search_text


async def test_views_cycle_and_next_unclaimed(make_app):
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        main = main_of(app)
        main.queue.move_to(len(main.queue.tickets) - 1)
        await pilot.press("N")
        current = main.queue.current
        assert current is not None and not current.assignee
        assert current is next(t for t in main.queue.tickets if not t.assignee)
        await pilot.press("f")
        await settle(pilot)
        assert main.view == "mine"
        assert main.queue.tickets and all(t.assignee == "ana" for t in main.queue.tickets)


async def test_help_is_generated_from_the_live_keymap(make_app):
    app = make_app(keys={"ticket.claim": "c"})
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one("Static").render().plain
        claim = next(line for line in text.splitlines() if "ticket.claim" in line)
        assert claim.split()[0] == "c"
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_keymap_override_and_conflict_is_a_notification(make_app, demo_desk):
    app = make_app(keys={"ticket.claim": "c", "ticket.status": "r", "nope.nothing": "x"})
    async with app.run_test() as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("ticket.status" in m and "ticket.reply" in m for m in messages)
        assert any("nope.nothing" in m for m in messages)
        tid = main_of(app).queue.current.id
        await pilot.press("c")
        await settle(pilot)
        assert demo_desk.get_ticket(tid).assignee == "ana"


async def test_themes_are_registered_and_switch_live(make_app):
    app = make_app(theme="supportdesk-high-contrast")
    async with app.run_test() as pilot:
        await settle(pilot)
        assert app.theme == "supportdesk-high-contrast"
        names = set(app.available_themes)
        assert {"supportdesk-dark", "supportdesk-light", "supportdesk-high-contrast"} <= names
        app.theme = "supportdesk-light"
        await pilot.pause()
        assert app.current_theme.dark is False
        await pilot.press("ctrl+t")
        assert type(app.screen).__name__ == "CommandPalette"


async def test_unknown_theme_falls_back_with_a_notification(make_app):
    """The notice is looked for as soon as it is posted, not after `settle`: settle took
    ~5 s under load, Textual's default life of a notification, and it was gone (ux16).
    The app now keeps configuration notices CONFIG_NOTICE_SECONDS."""
    app = make_app(theme="no-such-theme")
    async with app.run_test() as pilot:
        assert await until(
            pilot, lambda: any("no-such-theme" in n.message for n in app._notifications)
        )
        (notice,) = [n for n in app._notifications if "no-such-theme" in n.message]
        assert notice.timeout == CONFIG_NOTICE_SECONDS > 5
        assert app.theme == "supportdesk-dark"


async def test_quit_asks_when_a_reply_is_unsent(make_app):
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        main_of(app).editor.insert("half a reply")
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("ctrl+q", "y")
    assert app.return_code == 0


async def test_palette_lists_desk_actions(make_app):
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for wanted in ("Ticket: claim", "Ticket: escalate (with reason)", "Queue: next unclaimed"):
            assert wanted in titles


async def test_no_color_keeps_the_cursor_visible(make_app, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        assert app.no_color
        strip = main_of(app).queue.render_line(1)
        assert any(seg.style is not None and seg.style.reverse for seg in strip)
