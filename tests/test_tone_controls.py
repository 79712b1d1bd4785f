"""Control characters in a draft (ux15): read as a terminal shows them, not at all.
`TODO\\x1b[31m` pasted from a terminal after "password:" was a password of mixed symbols
(block, R5) beside the placeholder; it is the placeholder TODO only (block, R12). A
password cut by an escape is still one, and every span is the draft's."""

from __future__ import annotations

import json

import pytest

from supportdesk.text import span_back, without_controls
from supportdesk.tone import lint
from tests.test_cli import run

WORD = {"en": "Your password:", "ro": "Parola:", "ru": "Пароль:"}


def test_without_controls_keeps_the_positions() -> None:
    text = "a\x1b[31mb\x07c\r\nd\re\x1b]0;title\x07f"
    shown, where = without_controls(text)
    assert shown == "abc\nd\nef"
    assert where is not None and all(text[where[i]] in (c, "\r") for i, c in enumerate(shown))
    assert span_back(where, 0, 3) == (0, 9)  # "a…c" covers the escapes inside it
    assert without_controls("plain\ttext\n") == ("plain\ttext\n", None)


@pytest.mark.parametrize("lang", ["en", "ro", "ru"])
@pytest.mark.parametrize("junk", ["\x1b[31m", "\x07", "\x1b]0;x\x07", "\x1b[0m\x00"])
def test_todo_with_an_escape_is_the_placeholder_not_a_password(lang: str, junk: str) -> None:
    text = f"{WORD[lang]} TODO{junk}\n"
    report = lint(text, language=lang)
    found = {(f.rule, f.severity, text[f.start : f.end]) for f in report.findings}
    assert ("placeholder", "block", "TODO") in found
    assert not [f for f in report.findings if f.serves == "R5"], found


@pytest.mark.parametrize("lang", ["en", "ro", "ru"])
def test_a_password_cut_by_an_escape_is_still_blocked(lang: str) -> None:
    text = f"{WORD[lang]} Hun\x1b[1mter22x9\n"
    out = json.loads(
        run("tone", "check", "--no-reader", "--json", "--lang", lang, stdin=text).stdout
    )
    leaks = [f for f in out["findings"] if f["rule"] == "confidential.password"]
    assert leaks and leaks[0]["severity"] == "block"
    assert text[leaks[0]["start"] : leaks[0]["end"]] == "Hun\x1b[1mter22x9"
