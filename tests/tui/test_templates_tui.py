"""Pilot tests of canned responses in the workstation (issue 7): the picker, shortcut
expansion, required fields caught before sending, macros applied only once sent."""

from __future__ import annotations

from textual.widgets import Input

from supportdesk.models import Direction, Status
from supportdesk.templates import load_library
from supportdesk.tui.screens.main import MainScreen
from supportdesk.tui.screens.review import ReviewScreen
from supportdesk.tui.screens.template_picker import TemplatePickerScreen
from supportdesk.tui.templating import Templates
from tests.tui.conftest import settle


def main_of(app) -> MainScreen:
    screen = app.screen_stack[1]
    assert isinstance(screen, MainScreen)
    return screen


async def open_ticket(pilot, subject_start: str) -> MainScreen:
    """Highlight the ticket whose subject starts with `subject_start` and load it."""
    main = main_of(pilot.app)
    index = next(i for i, t in enumerate(main.queue.tickets) if t.subject.startswith(subject_start))
    main.queue.move_to(index)
    await settle(pilot)
    assert main.ticket is not None and main.ticket.subject.startswith(subject_start)
    return main


async def test_picker_filters_previews_for_the_ticket_and_inserts(make_app, demo_desk):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = await open_ticket(pilot, "Plata nu apare")  # ro, informal ("tu", R3)
        await pilot.press("t")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, TemplatePickerScreen)
        # Variants for this ticket: Romanian, the customer's register (R3, R14).
        assert {c.template.language for c in picker.shown} == {"ro"}
        assert picker.context.register == "informal"
        assert all(c.template.register in ("informal", "any") for c in picker.shown)
        picker.query_one("#template-query", Input).value = "rambursare"
        await pilot.pause()
        assert picker.shown[0].name == "refund-processed"
        preview = str(picker.query_one("#template-text").render())
        assert "Ion" in preview  # rendered with the ticket's fields
        assert "[amount]" in preview  # a required field nobody filled in yet
        assert "amount" in str(picker.query_one("#template-missing").render())
        await pilot.press("tab", "tab")  # query → list → the field form
        amount = app.focused
        assert isinstance(amount, Input) and amount.name == "amount"
        amount.value = "49 lei"
        await pilot.pause()
        assert "49 lei" in str(picker.query_one("#template-text").render())
        await pilot.press("enter")  # in a field, as in the query box: insert
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        editor = main.editor
        assert app.focused is editor
        assert "49 lei" in editor.text and "Ion" in editor.text
        assert "template: refund-processed (ro)" in str(editor.border_title)
        # The caret sits on the template's cursor marker, not at the end.
        row, _col = editor.cursor_location
        assert row < editor.document.line_count - 1
        # Nothing is applied before sending (macros run only once delivered).
        assert demo_desk.get_ticket(main.ticket.id).status is Status.OPEN


async def test_picker_ranks_boosted_tags_first(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = await open_ticket(pilot, "Plata nu apare")
        source = Templates(main.desk)
        library = source.load()
        context = source.context(main.ticket, main.messages)
        plain = TemplatePickerScreen(library, context)
        await app.push_screen(plain)
        await pilot.pause()
        outage = {"outage-apology", "outage-known", "outage-resolved"}
        assert plain.shown[0].name not in outage
        plain.dismiss(None)
        await pilot.pause()
        boosted = TemplatePickerScreen(library, context, boost_tags={"outage"})
        await app.push_screen(boosted)
        await pilot.pause()
        assert {c.name for c in boosted.shown[:3]} == outage
        assert all(c.boosted for c in boosted.shown[:3]) and not boosted.shown[3].boosted
        # The main screen hands its own boost set (the site monitor's) to the picker.
        boosted.dismiss(None)
        await pilot.pause()
        main.template_boost = frozenset({"outage"})
        main.editor.focus()
        await pilot.press("f6")  # the picker's key inside the editor, where t types a t
        await settle(pilot)
        assert isinstance(app.screen, TemplatePickerScreen)
        assert app.screen.shown[0].name in outage


async def test_shortcut_tab_expands_unknown_shortcut_keeps_tab(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = await open_ticket(pilot, "Plata nu apare")
        editor = main.editor
        await pilot.press("r")
        assert app.focused is editor
        editor.insert("Salut! ;nope")
        await pilot.press("tab")
        assert editor.text == "Salut! ;nope"  # untouched, and Tab moved focus as usual
        assert app.focused is not editor
        editor.focus()
        editor.load(editor.ticket_id, "")
        editor.insert(";ack")
        await pilot.press("tab")
        assert app.focused is editor
        assert ";ack" not in editor.text
        expected = load_library(None).choose("acknowledgement", "ro", "informal")
        assert expected.register == "informal"
        assert "Plata nu apare" in editor.text  # the ticket's subject, filled in
        assert "template: acknowledgement (ro)" in str(editor.border_title)


async def test_unfilled_field_is_asked_at_review_and_macros_apply_after_send(make_app, demo_desk):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = await open_ticket(pilot, "Plata nu apare")
        tid = main.ticket.id
        await pilot.press("r")
        main.editor.insert(";refund")
        await pilot.press("tab")
        assert "[amount]" in main.editor.text
        await pilot.press("ctrl+r")
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert any("[amount]" in check for check in review.checks)
        assert demo_desk.get_ticket(tid).status is Status.OPEN  # not before sending
        await pilot.press("y")
        await settle(pilot)
        if isinstance(app.screen, ReviewScreen):  # the outbox asked again: confirm
            await pilot.press("y")
            await settle(pilot)
        out = [m for m in demo_desk.conversation(tid) if m.direction is Direction.OUT]
        assert out and "[amount]" in out[-1].text
        ticket = demo_desk.get_ticket(tid)
        assert ticket.status is Status.SOLVED  # status_after of refund-processed
        assert "refund" in ticket.tags  # tags_add
        assert tid not in main.editor.used
        replies = [e for e in demo_desk.store.events() if e.kind == "reply" and e.ticket_id == tid]
        assert replies[-1].data.get("template") == "refund-processed"  # the lead's top templates


async def test_hostile_team_template_shows_verbatim(make_app, demo_root):
    """Team templates have many authors: markup and escapes in their metadata and body
    are shown as text, never run (issue 6 security, issue 7 picker)."""
    folder = demo_root / "desk" / "templates"
    folder.mkdir(parents=True)
    (folder / "hostile.en.md").write_text(
        "---\n"
        'title: "[@click=app.quit]x[/] \\e]0;pwned\\a"\n'
        'description: "[link=http://evil]y[/link] [/"\n'
        'tags: ["[b]z[/b]"]\n'
        'shortcut: ";hostile"\n'
        "---\n"
        "Hi [/ [@click=app.quit]x[/] {{ customer.first_name }}\n"
    )
    app = make_app()
    ran: list[str] = []
    app.exit = lambda *a, **k: ran.append("exit")  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, TemplatePickerScreen)
        picker.query_one("#template-query", Input).value = "hostile"
        await pilot.pause()
        assert picker.shown[0].name == "hostile"
        row = str(picker.query_one("#template-list").get_option_at_index(0).prompt)
        assert "[@click=app.quit]x[/]" in row and "\x1b" not in row
        preview = str(picker.query_one("#template-text").render())
        assert "Hi [/ [@click=app.quit]x[/]" in preview
        await pilot.click("#template-list", offset=(10, 0))
        await pilot.pause()
        assert "\x1b" not in app.export_screenshot()
    assert ran == []
