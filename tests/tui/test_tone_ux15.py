"""Tone guidance edge cases (ux15): terminal escapes pasted into a draft, a huge
single-line draft, and what a demanding agent met using the panel at 80x24 and 200x50."""

from __future__ import annotations

from contextlib import asynccontextmanager

from supportdesk.tui.widgets import editor as editor_mod
from supportdesk.tui.widgets import tone_panel
from tests.tui.conftest import settle, until
from tests.tui.test_tone_use import MANY, opened, ready, without_reader

ESCAPED = "Hello Brandon,\nYour password: TODO\x1b[31m\x07\nKind regards,\nAna\n"


@asynccontextmanager
async def written(make_app, desk, monkeypatch, size: tuple[int, int], draft: str):
    """The demo desk at `size`, rules only, `draft` written in the first ticket's reply
    and checked by the panel: (app, pilot, main screen, panel)."""
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    without_reader(desk)
    async with opened(make_app, size, desk) as (app, pilot, main):
        await pilot.press("r")
        main.editor.insert(draft)
        assert await until(pilot, lambda: ready(main.tone_panel))
        await settle(pilot)
        yield app, pilot, main, main.tone_panel


async def test_a_pasted_escape_is_no_password_and_never_reaches_the_screen(
    make_app, demo_desk, monkeypatch
):
    """`TODO\\x1b[31m` pasted from a terminal: the placeholder TODO (block), no password
    of mixed symbols; the escape is dropped as it comes in (TextArea drew it raw: the
    screen turned red), so it is neither on the screen nor in the reply."""
    async with written(make_app, demo_desk, monkeypatch, (80, 24), ESCAPED) as opened_:
        _app, _pilot, main, panel = opened_
        # what the terminal showed is what the draft holds, and what will be sent
        assert main.editor.text == ESCAPED.replace("\x1b[31m\x07", "")
        rules = {f.rule: f for f in panel.report.findings}
        assert "confidential.password" not in rules, rules
        todo = rules["placeholder"]
        assert (todo.severity, main.editor.text[todo.start : todo.end]) == ("block", "TODO")
        lines = [panel.render_line(y).text for y in range(panel.size.height)]
        lines += [main.editor.render_line(y).text for y in range(main.editor.size.height)]
        seen = "".join(lines)
        assert "TODO" in seen
        assert not any(c in seen for c in "\x1b\x07"), [ln for ln in lines if "TODO" in ln]


async def test_a_huge_single_line_turns_wrapping_off_until_it_is_gone(
    make_app, demo_desk, monkeypatch
):
    """One 200,000-character line cost ~340 ms a keystroke soft-wrapped (TextArea
    re-wraps and re-renders the whole line); past editor.LONG_LINE wrapping goes off,
    with a notice, and comes back when no such line is left (bench/tone_typing.py
    --one-line has the figures)."""
    draft = "Hello Brandon,\n"
    async with written(make_app, demo_desk, monkeypatch, (80, 24), draft) as opened_:
        app, pilot, main, panel = opened_
        editor = main.editor
        assert editor.soft_wrap
        editor.insert("word " * (editor_mod.LONG_LINE // 5 + 1))
        await settle(pilot)
        assert not editor.soft_wrap
        assert any("wrapping is off" in str(n.message) for n in app._notifications)
        assert await until(pilot, lambda: panel.checked == editor.text)
        await pilot.press("ctrl+z")  # undo the paste: the long line is gone
        await settle(pilot)
        assert editor.text == "Hello Brandon,\n"
        assert editor.soft_wrap


async def test_a_tall_screen_shows_more_findings_and_the_title_counts_them(
    make_app, demo_desk, monkeypatch
):
    """At 200x50 the panel kept its 80x24 height (five findings in view, the editor
    half empty) and its title gave no count, so findings below the fold went unseen:
    from 40 rows it shows nine, and the title says how many there are."""
    async with written(make_app, demo_desk, monkeypatch, (200, 50), MANY) as opened_:
        _app, _pilot, _main, panel = opened_
        count = len(panel.report.findings)
        assert count >= 6
        assert panel.region.height == 11
        fix = sum(1 for f in panel.report.findings if f.severity != "info")
        assert f"· {fix} to fix" in str(panel.border_title)  # the infos apart (ux19)
        rows = [panel.render_line(y).text.strip() for y in range(panel.size.height)]
        assert sum(1 for row in rows if row[:1] in ("⛔", "⚠", "·")) >= min(count, 9)


async def test_at_80x24_a_long_excerpt_leaves_room_for_the_advice(make_app, demo_desk, monkeypatch):
    """A finding over the whole body ('no thanks or apology anywhere') quoted 40
    characters of the draft, and its advice was cut to 'No thanks, apology,…' at 80
    columns: a narrow panel quotes 24."""
    draft = (
        "Здравствуйте, Наталья! Письма снова доходят до клиентов, запись SPF исправлена "
        "сегодня утром, проверка показывает зелёный статус."
    )
    async with written(make_app, demo_desk, monkeypatch, (80, 24), draft) as opened_:
        _app, _pilot, _main, panel = opened_
        assert "courtesy.none" in {f.rule for f in panel.report.findings}
        rows = [panel.render_line(y).text for y in range(panel.size.height)]
        (row,) = [r for r in rows if "No thanks" in r]
        assert "«пожалуйста»" in row, row  # the example in the draft's language (ux16)


async def test_writing_with_a_search_on_keeps_the_ticket_in_view_at_80x24(make_app):
    """With a search on, the search box took the composing queue's rows and left an
    empty box: the ticket being answered was out of view. It folds while writing and
    comes back when the agent leaves the editor."""
    async with opened(make_app, (80, 24)) as (_app, pilot, main):
        await pilot.press("/", *"Florin", "enter")
        await settle(pilot)
        assert main.query_one("#search").region.height == 3
        await pilot.press("r")
        await settle(pilot)
        rows = [main.queue.render_line(y).text for y in range(main.queue.size.height)]
        assert any("Florin" in row for row in rows), rows
        await pilot.press("escape")
        await settle(pilot)
        assert main.query_one("#search").region.height == 3
