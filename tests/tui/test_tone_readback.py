"""pol113: the tone panel's reader pass hands the ticket's context to `lint.read_with`, so the
readers may clear the customer's own data read back to them (tone/readback.py), as the lint of
the CLI and the review do. Without it the panel blocked "Cod client: 8800213476" that the
ticket itself held.
"""

from __future__ import annotations

from supportdesk.tui.widgets import tone_panel
from tests.tui.conftest import settle, until
from tests.tui.test_tone_use import opened, ready, without_reader


async def test_the_reader_pass_gets_the_tickets_context(make_app, demo_desk, monkeypatch):
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.02)
    without_reader(demo_desk)  # the analysis with the rules; the draft's reader is faked
    seen = []

    def recording_read(rules, text, reader, context=None):
        seen.append(context)
        return rules

    monkeypatch.setattr(tone_panel, "read_with", recording_read)
    async with opened(make_app, (80, 24)) as (_app, pilot, main):
        await pilot.press("r")
        main.editor.insert("Hello, thanks for waiting.")
        assert await until(pilot, lambda: ready(main.tone_panel))
        main.tone_panel.reader = object()  # a reader "installed"
        main.editor.insert(" We have checked your account.")
        assert await until(pilot, lambda: seen)
        context = seen[-1]
        assert context is main.tone_panel.context
        assert context.customer_email == main.queue.current.customer.email
        await settle(pilot)
