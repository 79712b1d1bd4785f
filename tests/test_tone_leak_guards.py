"""The cheap tests the leak search runs before its costlier regexes must never skip a
match: each is a necessary condition of the regex it guards (R5: every leak blocked)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from supportdesk.tone.secrets import _IPV4, _IPV6, _IPV6_HINTS, _digit_dot_digit

DIGIT_DOT_DIGIT = re.compile(r"\d\.\d")


@settings(max_examples=400, deadline=None)
@given(st.text(".0123456789a ١٢٣", max_size=24))
def test_digit_dot_digit_is_the_regex_answer(text: str) -> None:
    assert _digit_dot_digit(text) == bool(DIGIT_DOT_DIGIT.search(text))


def test_every_address_passes_the_guards() -> None:
    for text in ("10.0.0.12", "at 192.168.1.1.", "١٩٢.١٦٨.١.١", "x 172.16.4.20:8080"):
        assert _IPV4.search(text) and _digit_dot_digit(text)
    for text in ("fd12::7", "FE80::1ff:fe23:4567:890a", "FC00:1234::/7", "fdab:1234:5678::/48"):
        assert _IPV6.search(text)
        assert ":" in text and any(h in text.lower() for h in _IPV6_HINTS)
    assert not _digit_dot_digit("version 4 . 2, no dots between digits.")


def test_first_note_is_the_first_match_of_the_note_pattern() -> None:
    from supportdesk.tone.secrets import _NOTE, _first_note

    texts = [
        "Hi,\n[INTERNAL - do not send: refund approved by Dan]\nThanks",
        "Hello (see the (internal) wiki) and [ВНУТРЕННЕЕ: не отправлять]",
        "// внутр.: клиент звонил трижды\nДобрый день!",
        "P.S. internal: check the logs\nBest",
        "Hello,\n\n>> for the team: escalate\nThanks",
        "(nothing here) <b>bold</b> [link] {x}\nFYI, внутреннее: позвонить",
        "Nothing for colleagues in this reply (really).",
        "İstanbul office [internal] note",
    ]
    for text in texts:
        want = next(_NOTE.finditer(text), None)
        got = _first_note(text)
        assert (want and want.span()) == (got and got.span()), text


@settings(max_examples=400, deadline=None)
@given(st.text("ab1+.-_%:/@ xKſİ", max_size=40))
def test_led_by_finds_what_finditer_finds(text: str) -> None:
    from supportdesk.tone.exposures import _ADDRESS_AND_PASSWORD
    from supportdesk.tone.leakfinding import EMAIL, led_by
    from supportdesk.tone.leakvalues import WEBMAIL
    from supportdesk.tone.secrets import _LINK, _SCHEME_LED, _TOKENS

    links = [_LINK, *(p for label, p in _TOKENS if label in _SCHEME_LED)]
    assert len(links) == 3
    cases = [(p, "://") for p in links]
    cases += [(p, "@") for p in (EMAIL, WEBMAIL, _ADDRESS_AND_PASSWORD)]
    for pattern, mark in cases:
        for text_ in (text, "see https://" + text, text + mark + text, "x@gmail.com, " + text):
            want = [m.regs for m in pattern.finditer(text_)]
            assert [m.regs for m in led_by(pattern, text_, mark)] == want, (pattern, text_)
