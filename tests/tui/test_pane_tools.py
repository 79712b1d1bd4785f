"""Pilot tests of the workstation's remaining comforts (issue 6): opening an attachment
on a private copy with a real opener program, OSC 52 copies without control
characters, and F1 help for the focused pane."""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Input

from supportdesk.desk import Desk
from supportdesk.models import Attachment, Direction, Message
from supportdesk.tui.attachments import safe_filename
from supportdesk.tui.opener import ENV, NoOpener, find_opener
from supportdesk.tui.screens.help import HelpScreen
from supportdesk.tui.screens.main import MainScreen
from supportdesk.tui.screens.prompts import ChoiceScreen, ConfirmScreen, TextPromptScreen
from tests.tui.conftest import NOW, settle, until

NAME = "../[/b]\x1b]0;x\x07\u202e report.pdf"
BODY = "Invoice attached.\x1b]52;c;SGVsbG8=\x07 Total: 40 EUR\x1b[2J\r\nThanks\u202e!"
DATA = b"%PDF-1.4 not really a pdf"

# A real opener program: records what it was given and how the file looked.
OPENER = """\
import json, os, stat, sys
record, path = sys.argv[1], sys.argv[2]
info = {"argv": sys.argv[1:], "mode": stat.S_IMODE(os.stat(path).st_mode),
        "dir_mode": stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode),
        "data": open(path, "rb").read().decode()}
with open(record + ".tmp", "w") as fh:
    json.dump(info, fh)
os.replace(record + ".tmp", record)
"""


@pytest.fixture
def with_attachment(demo_desk: Desk) -> tuple[Desk, int]:
    """The first ticket of the queue, with a newest message carrying a hostile
    attachment name and a body full of escape sequences."""
    store = demo_desk.store
    tid = demo_desk.list_tickets("active")[0].id
    blob = store.put_blob(DATA)
    with store.transaction() as tx:
        t = tx.get_ticket(tid)
        tx.add_message(
            Message(tid, Direction.IN, t.customer, t.subject, BODY, NOW - timedelta(minutes=1),
                    message_id="attach@example.com",
                    attachments=[Attachment(NAME, "application/pdf", len(DATA), blob)])
        )  # fmt: skip
        t.message_count += 1
        tx.put_ticket(t)
    return demo_desk, tid


def main_of(app) -> MainScreen:
    screen = app.screen_stack[1]
    assert isinstance(screen, MainScreen)
    return screen


async def test_open_attachment_runs_the_opener_on_a_private_copy(
    make_app, with_attachment, tmp_path, monkeypatch
):
    script, record = tmp_path / "opener.py", tmp_path / "record.json"
    script.write_text(OPENER)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv(ENV, f"{sys.executable} {script} {record}")
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        assert main_of(app).ticket.id == with_attachment[1]
        await pilot.press("O")
        await settle(pilot)
        assert await until(pilot, record.exists), [n.message for n in app._notifications]
    info = json.loads(record.read_text())
    path = Path(info["argv"][1])
    assert len(info["argv"]) == 2  # the path is one argument: nothing went through a shell
    assert path.name == safe_filename(NAME) and "\x1b" not in path.name
    assert path.parent.parent == runtime and path.is_relative_to(runtime)
    assert info["mode"] == 0o600 and info["dir_mode"] == 0o700
    assert info["data"] == DATA.decode()


async def test_no_opener_offers_to_save_instead(make_app, with_attachment, tmp_path, monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # as over SSH: no xdg-open anywhere
    folder = tmp_path / "saved"
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("O")
        assert isinstance(app.screen, ConfirmScreen)
        assert "no program to open files" in str(app.screen.question)
        await pilot.press("y")
        assert isinstance(app.screen, TextPromptScreen)
        app.screen.query_one(Input).value = str(folder)
        await pilot.press("enter")
        await settle(pilot)
    saved = list(folder.iterdir())
    assert [p.name for p in saved] == [safe_filename(NAME)]
    assert saved[0].read_bytes() == DATA


def test_find_opener_uses_argv_and_says_when_there_is_none(tmp_path):
    assert find_opener({ENV: f"{sys.executable} -m webbrowser", "PATH": ""}) == [
        sys.executable, "-m", "webbrowser",
    ]  # fmt: skip
    with pytest.raises(NoOpener, match="not a program"):
        find_opener({ENV: "no-such-viewer --x", "PATH": str(tmp_path)})
    with pytest.raises(NoOpener, match="SUPPORTDESK_OPENER"):
        find_opener({"PATH": str(tmp_path)})
    with pytest.raises(NoOpener, match="SUPPORTDESK_OPENER"):
        find_opener({ENV: "'unclosed", "PATH": str(tmp_path)})


async def test_copy_message_and_ticket_reference_without_control_characters(
    make_app, with_attachment
):
    desk, tid = with_attachment
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        main = main_of(app)
        main.thread.scroll_end(animate=False)
        await pilot.press("Y")
        if isinstance(app.screen, ChoiceScreen):  # several messages on screen: newest first
            await pilot.press("enter")
        copied = app.clipboard
        assert "Invoice attached." in copied and "Total: 40 EUR" in copied
        assert copied.endswith("Thanks!")
        assert not any(ord(c) < 32 and c not in "\n\t" for c in copied)
        assert "\u202e" not in copied and "\x9b" not in copied
        assert copied.startswith("From: ")
        await pilot.press("y")
        subject = desk.get_ticket(tid).subject
        assert app.clipboard == f"#{tid} {' '.join(subject.split())}"


async def test_f1_shows_the_focused_panes_keys_and_question_mark_all(make_app):
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen) and app.screen.pane == "queue"
        text = app.screen.query_one("Static").render().plain
        assert "queue.down" in text and "search.start" in text
        assert "reply.review" not in text and "thread.fold" not in text
        await pilot.press("question_mark")  # on to every key
        assert isinstance(app.screen, HelpScreen) and app.screen.pane is None
        text = app.screen.query_one("Static").render().plain
        assert "reply.review" in text and "queue.down" in text and "app.pane_help" in text
        await pilot.press("escape", "3", "f1")
        assert isinstance(app.screen, HelpScreen) and app.screen.pane == "editor"
        text = app.screen.query_one("Static").render().plain
        assert "reply.template_here" in text and "reply.review" in text and "Tab" in text
        assert "queue.down" not in text and "reply.template\n" not in text  # t types a t
        await pilot.press("f1")
        assert isinstance(app.screen, MainScreen)


def test_clipboard_text_is_cut_to_what_terminals_accept():
    from supportdesk.tui.text import CLIPBOARD_MAX, for_clipboard

    text, cut = for_clipboard("a\x1b[31mb\x07" + "x" * CLIPBOARD_MAX)
    assert cut and len(text) == CLIPBOARD_MAX and text.startswith("abx")
    assert for_clipboard("line\r\nnext\ttab") == ("line\nnext\ttab", False)
