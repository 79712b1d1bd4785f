"""Untrusted text is shown verbatim, never as markup, without control sequences
(reliability.md TUI-01…TUI-04), and attachments never escape their folder (TUI-06)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from supportdesk.desk import Desk
from supportdesk.models import Attachment, Direction, Message, Person, Status, Ticket
from supportdesk.store import open_store
from supportdesk.text import clean
from supportdesk.tui.attachments import safe_filename, save_attachment, target_path
from supportdesk.tui.screens.main import MainScreen
from supportdesk.tui.screens.prompts import ConfirmScreen
from supportdesk.tui.screens.review import ReviewScreen
from supportdesk.tui.text import safe, safe_text
from tests.tui.conftest import NOW, demo_config, settle

HOSTILE = [
    "[/",
    "[@click=app.quit]x[/]",
    "[link=http://e]y[/link]",
    "[b]z[/b]",
    "[[nested [b]x[/b]] ]",
    "[type=x, v={'a[0]'}]",
    "[$accent]",
    "\\[",
    "trailing\\",
    "osc\x1b]52;c;SGVsbG8=\x07",
    "title\x1b]0;pwned\x1b\\",
    "csi\x1b[2J",
    "c1\x9b31m",
    "rlo\u202eevil",
    "zw\u200bspace",
    "open\x1b]8;;http://evil",  # unterminated: swallows the rest, so it goes last
]
TEXT = " ".join(HOSTILE)


@pytest.mark.parametrize("value", HOSTILE)
def test_helper_keeps_text_verbatim(value):
    assert safe(value).plain == clean(value, single_line=True)
    assert safe_text(value).plain == clean(value, single_line=True)
    assert "\x1b" not in safe(value).plain and "\x9b" not in safe(value).plain


@pytest.fixture
def hostile_desk(tmp_path: Path) -> tuple[Desk, int]:
    config = demo_config(tmp_path / "hostile")
    store = open_store(tmp_path / "hostile" / "desk")
    with store.transaction() as tx:
        t = tx.new_ticket(
            Ticket(0, TEXT, Person(TEXT, "evil@example.com"), status=Status.OPEN,
                   assignee="[/]olga\x1b[2J", tags=HOSTILE[:4], created_at=NOW, updated_at=NOW)
        )  # fmt: skip
        tx.add_message(
            Message(t.id, Direction.IN, t.customer, TEXT, "\n".join(HOSTILE),
                    NOW - timedelta(minutes=5), message_id="evil@example.com",
                    attachments=[Attachment("../[/b]\x1b]0;x\x07\u202e.txt", "text/plain", 3,
                                            store.put_blob(b"abc"))])
        )  # fmt: skip
        t.message_count = 1
        tx.put_ticket(t)
    return Desk(store, config, "ana"), t.id


async def test_hostile_ticket_renders_verbatim_and_runs_no_action(make_app, hostile_desk):
    desk, tid = hostile_desk
    app = make_app(desk)
    ran: list[str] = []
    app.exit = lambda *a, **k: ran.append("exit")  # type: ignore[method-assign]
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        main = app.screen
        assert isinstance(main, MainScreen)
        row = main.queue.render_line(1).text
        assert "[@click=app.quit]x[/]" in row and "[/" in row
        lines = "\n".join(text for text, _ in main.thread.result.lines)
        for value in HOSTILE:
            assert clean(value) in lines
        assert "␛" in lines and "<U+202E>" in lines and "<U+200B>" in lines
        assert "\x1b" not in lines and "\x9b" not in lines
        assert main.thread._border_title.plain.startswith(f"2 #{tid} [/ [@click=app.quit]x[/]")
        await pilot.click("#thread", offset=(5, 6))
        await pilot.click("#queue", offset=(30, 1))
        await pilot.press("a")  # conflict message carries the hostile assignee
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n", "r")
        main.editor.insert(" ".join(HOSTILE[:8]))  # markup only: the agent's own text
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        shown = " ".join(str(w.render()) for w in app.screen.query("Label, Static"))
        assert "[@click=app.quit]x[/]" in shown
        await pilot.press("escape")
        svg = app.export_screenshot()
        assert "\x1b" not in svg
    assert ran == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../x", "x"),
        ("/etc/passwd", "passwd"),
        ("..\\..\\x.exe", "x.exe"),
        (".bashrc", "bashrc"),
        ("con", "_con"),
        ("CON.txt", "_CON.txt"),
        ("a\x00b.txt", "a_b.txt"),
        ("\u202etxt.exe", "txt.exe"),
        ("..", "attachment"),
        ("", "attachment"),
        ("a\x1b]0;x\x07.pdf", "a_]0;x_.pdf"),
    ],
)
def test_safe_filename(name, expected):
    assert safe_filename(name) == expected


def test_long_names_are_cut_but_keep_the_extension():
    name = safe_filename("x" * 5000 + ".pdf")
    assert len(name) <= 120 and name.endswith(".pdf")


def test_save_attachment_stays_inside_the_folder(tmp_path: Path):
    folder = tmp_path / "save"
    first = save_attachment(folder, "../../evil.sh", b"1")
    second = save_attachment(folder, "/tmp/evil.sh", b"2")
    assert first.parent == second.parent == Path(os.path.realpath(folder))
    assert first.name == "evil.sh" and second.name == "evil (1).sh"
    assert first.read_bytes() == b"1" and (first.stat().st_mode & 0o777) == 0o600


def test_symlinked_target_is_refused(tmp_path: Path):
    folder = tmp_path / "save"
    folder.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (folder / "link").symlink_to(outside)
    # "link" exists (as a symlink) so the name is changed rather than followed
    assert target_path(folder, "link").name == "link (1)"
    assert save_attachment(folder, "link", b"x").parent == folder.resolve()
    assert list(outside.iterdir()) == []
