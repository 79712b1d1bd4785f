"""Snapshots of the main screen (80×24, 160×48) and the help screen, at a frozen time.

Update only after reading the report: `.venv/bin/pytest tests/tui --snapshot-update`.
"""

from __future__ import annotations

from tests.tui.conftest import settle


def test_main_screen_80x24(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=settle)


def test_main_screen_160x48(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(160, 48), run_before=settle)


def test_help_screen(snap_compare, make_app):
    async def open_help(pilot):
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(100, 40), run_before=open_help)
