"""Tone guidance finished (ux17): what an agent met writing a reply with a rude
sentence, a leak and a placeholder in the demo, keyboard only, at 80x24 and 200x50."""

from __future__ import annotations

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
