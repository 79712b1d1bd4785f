"""The shipped rule packs' regexes as written: a TOML literal string ('…') keeps every backslash,
so `'\\b…'` there is a regex for a backslash and a "b", a pattern that never matches and an
exception that never spares. One slipped in (ro.toml, pol20's consolation "Se mai întâmplă, nu-i
nimic"; found in s43) and every test of its wordings had passed through other rules. This reads
every pattern and exception of every built-in pack for a doubled backslash before a regex escape
letter, which no pack means literally."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from importlib import resources

import pytest

_DOUBLED = re.compile(r"\\\\[bBsSwWdD]")
_REGEX_KEYS = {"patterns", "except_patterns", "sentence_except_patterns"}


def _strings(node: object, keys: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, (*keys, str(key)))
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value, keys)
    elif isinstance(node, str):
        yield keys, node


def _packs() -> list[str]:
    folder = resources.files("supportdesk.tone") / "packs"
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".toml"))


@pytest.mark.parametrize("name", _packs())
def test_no_pattern_escapes_its_own_backslash(name: str) -> None:
    text = (resources.files("supportdesk.tone") / "packs" / name).read_text(encoding="utf-8")
    doubled = [
        (keys[-1], value[:80])
        for keys, value in _strings(tomllib.loads(text))
        if keys and keys[-1] in _REGEX_KEYS and _DOUBLED.search(value)
    ]
    assert doubled == [], f"{name}: a regex with a doubled backslash: {doubled}"


def test_the_check_sees_a_doubled_backslash() -> None:
    """The check itself: a literal string's doubled backslash is caught; a basic string's
    (one backslash once TOML has read it) is not."""
    sample = r"""patterns = ['\\bnu\s+', "\\bda\\s+"]"""
    found = [v for _, v in _strings(tomllib.loads(sample)) if _DOUBLED.search(v)]
    assert found == [r"\\bnu\s+"]
