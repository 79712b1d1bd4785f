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
