"""Tone guidance finished (ux17): what an agent met writing a reply with a rude
sentence, a leak and a placeholder in the demo, keyboard only, at 80x24 and 200x50."""

from __future__ import annotations

from tests.tui.conftest import settle, until
from tests.tui.test_tone_ux15 import written

LEAKY = (
    "Hi Brandon,\nCalm down, you should have read the tracking page. Your account "
    "password is Kx9#mQ2!vL, please change it. Your order number is [ORDER].\nAna\n"
)


async def test_the_editor_highlights_the_secret_without_the_comma(make_app, demo_desk, monkeypatch):
    """F8 onto the password selected "Kx9#mQ2!vL," with the sentence's comma, and the
    panel quoted it so: the span ends at the secret (tone/spanend.py)."""
    async with written(make_app, demo_desk, monkeypatch, (80, 24), LEAKY) as opened_:
        _app, pilot, main, panel = opened_
        main.editor.move_cursor((0, 0))
        for _ in range(len(panel.report.findings)):
            await pilot.press("f8")
            f = panel.report.findings[panel.highlighted]
            if f.rule == "confidential.password":
                break
        assert f.rule == "confidential.password"
        assert main.editor.selected_text == "Kx9#mQ2!vL"
        assert "“Kx9#mQ2!vL”" in panel.get_option_at_index(panel.highlighted).prompt.plain


ALSO = "Здравствуйте, Наталья!\nЭто элементарно, как я уже говорил.\nАна\n"


async def test_the_panel_names_the_other_rules_merged_into_a_finding(
    make_app, demo_desk, monkeypatch
):
    """A finding's `also` (other rules on the same words, merged by tone/overlap.py) was
    in the JSON and the CLI but not in the panel: the highlighted finding names them,
    and so does the review."""
    from supportdesk.tui.screens.review import ReviewScreen

    async with written(make_app, demo_desk, monkeypatch, (80, 24), ALSO) as opened_:
        app, pilot, main, panel = opened_
        merged = [f for f in panel.report.findings if f.also]
        assert merged, panel.report.findings
        main.editor.move_cursor((0, 0))
        await pilot.press("f8")
        f = panel.report.findings[panel.highlighted]
        assert f.also
        shown = panel.get_option_at_index(panel.highlighted).prompt.plain
        assert shown.endswith(f"(also {', '.join(f.also)})")
        await pilot.press("ctrl+r")
        assert await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        await settle(pilot)
        listed = str(app.screen.query_one("#tone-findings").render())
        assert all(f"(also {', '.join(m.also)})" in listed for m in merged), listed


def _indents(lines: list[str]) -> list[int]:
    return [len(ln) - len(ln.lstrip()) for ln in lines]


async def test_wrapped_findings_hang_under_their_words(make_app, demo_desk, monkeypatch):
    """At 80x24 a finding's second line started at the margin, in the send review and
    in the panel's highlighted finding, so one finding read as two: it goes on under
    the words after its icon (tui/hanging.py)."""
    from supportdesk.tui.screens.review import ReviewScreen

    async with written(make_app, demo_desk, monkeypatch, (80, 24), LEAKY) as opened_:
        app, pilot, main, panel = opened_
        main.editor.move_cursor((0, 0))
        await pilot.press("f8")
        await settle(pilot)
        rows = [panel.render_line(y).text.rstrip() for y in range(panel.size.height)]
        shown = panel.get_option_at_index(panel.highlighted).prompt.plain
        first = next(i for i, r in enumerate(rows) if r.strip() and shown.startswith(r.strip()))
        assert rows[first + 1].strip(), rows  # the highlighted finding took two lines
        head, more = _indents(rows[first : first + 2])
        icon = rows[first].lstrip()[:1]
        assert more == head + (3 if icon == "⛔" else 2), rows
        await pilot.press("ctrl+r")
        assert await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        await settle(pilot)
        box = app.screen.query_one("#tone-findings")
        lines = [box.render_line(y).text.rstrip() for y in range(box.size.height)]
        items = [i for i, ln in enumerate(lines) if ln.lstrip()[:1] in "⛔⚠"]
        wrapped = [i + 1 for i in items if i + 1 < len(lines) and i + 1 not in items]
        assert wrapped, lines
        for i in wrapped:  # under the severity word, two cells after a wide ⛔
            icon = lines[i - 1].lstrip()[:1]
            assert _indents([lines[i]]) == [2 + (3 if icon == "⛔" else 2)], lines


async def test_the_draft_stays_in_view_while_choosing_a_finding(make_app, demo_desk, monkeypatch):
    """At 80x24, tab from the editor into the tone panel folded the editor to one line
    (its unfocused height) and gave the rows to the conversation: the agent picked a
    finding without seeing the draft it is about. The editor keeps its rows while the
    panel has the focus; leaving both gives them back."""
    async with written(make_app, demo_desk, monkeypatch, (80, 24), LEAKY) as opened_:
        app, pilot, main, panel = opened_
        assert app.focused is main.editor
        rows = main.editor.region.height
        await pilot.press("tab")
        assert await until(pilot, lambda: app.focused is panel)
        await settle(pilot)
        assert main.editor.region.height == rows
        assert panel.region.bottom <= main.query_one("Footer").region.y
        await pilot.press("escape")  # back to the editor, then out of it
        assert await until(pilot, lambda: app.focused is main.editor)
        await pilot.press("escape")
        await settle(pilot)
        assert main.editor.region.height < rows


async def test_tickets_show_says_which_reply_overrode_blocking_findings(
    make_app, demo_desk, demo_root, monkeypatch
):
    """Sent with y, y over a password and a placeholder: the override was in the audit
    log only, and `tickets show` (text and --json) did not say which reply went out
    over blocking findings. The reply now carries them."""
    import json

    from supportdesk.models import Direction
    from supportdesk.tui.screens.review import ReviewScreen
    from tests.test_cli import run

    async with written(make_app, demo_desk, monkeypatch, (80, 24), LEAKY) as opened_:
        app, pilot, main, panel = opened_
        tid = main.ticket.id
        blocking = sorted({f.rule for f in panel.report.blocking})
        assert blocking == ["confidential.password", "placeholder"]
        await pilot.press("ctrl+r")
        assert await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        await pilot.press("y", "y")
        await settle(pilot)
        if isinstance(app.screen, ReviewScreen):  # an outbox check came back: confirm it
            await pilot.press("y", "y")
            await settle(pilot)
        assert await until(
            pilot,
            lambda: any(m.direction is Direction.OUT for m in demo_desk.conversation(tid)),
        )
    desk_dir = str(demo_root / "desk")
    shown = json.loads(run("--data-dir", desk_dir, "tickets", "show", str(tid), "--json").stdout)
    out = [m for m in shown["messages"] if m["direction"] == "out"]
    assert out[-1]["tone_override"]["rules"] == blocking
    assert out[-1]["tone_override"]["agent"] == "ana"
    assert all("tone_override" not in m for m in shown["messages"][:-1])
    text = run("--data-dir", desk_dir, "tickets", "show", str(tid)).stdout
    assert (
        "tone override: sent despite blocking findings (confidential.password, placeholder)" in text
    )


def _footer_keys(screen) -> set[str]:
    return {k for k, b in screen.active_bindings.items() if b.binding.show}


async def test_the_footer_says_what_the_keys_do_while_writing(make_app, demo_desk, monkeypatch):
    """In the editor the footer offered "/ search" (a "/" typed there types a slash)
    and not F8, the one key to the findings; in the tone panel it listed the queue's
    keys and not enter (select the words) or esc (back to the editor)."""
    async with written(make_app, demo_desk, monkeypatch, (80, 24), LEAKY) as opened_:
        app, pilot, main, panel = opened_
        keys = _footer_keys(main)
        assert "slash" not in keys and {"f8", "ctrl+r"} <= keys, keys
        await pilot.press("slash")
        assert app.focused is main.editor and main.editor.text.count("/") == 1
        await pilot.press("tab")
        assert await until(pilot, lambda: app.focused is panel)
        assert {"enter", "escape"} <= _footer_keys(main)


async def test_the_review_says_scroll_only_when_the_findings_overflow(
    make_app, demo_desk, monkeypatch
):
    """At 200x50 four findings fit in the review's box and its heading still said
    '(↓ to scroll)': the hint follows whether the box overflows (at 80x24 it does,
    tests/tui/test_tone_ux16.py)."""
    from supportdesk.tui.screens.review import ReviewScreen

    async with written(make_app, demo_desk, monkeypatch, (200, 50), LEAKY) as opened_:
        app, pilot, _main, panel = opened_
        assert len([f for f in panel.report.findings if f.severity != "info"]) > 2
        await pilot.press("ctrl+r")
        assert await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        await settle(pilot)
        box = app.screen.query_one("#tone-box")
        assert box.max_scroll_y == 0
        listed = str(app.screen.query_one("#tone-findings").render())
        assert "scroll" not in listed.splitlines()[0], listed
