"""Folding skips the header search when the text has no colon or dash at all; what
needs neither, or only one of them, still folds (mail/quote.py)."""

from __future__ import annotations

import pytest

from supportdesk.mail.quote import split_quoted


@pytest.mark.parametrize(
    ("text", "new"),
    [
        # A separator alone, no colon anywhere: our own header search still runs.
        (
            "Still broken today\n\n----- Original Message -----\nold text\n",
            "Still broken today",
        ),
        # A bottom-posted ">" block needs neither a colon nor a dash.
        (
            "Thanks, it works now\n\n> did you restart the router\n> please try\n",
            "Thanks, it works now",
        ),
        # An attribution carries the colon.
        (
            "Merci\n\nOn Mon, 3 Mar 2025 at 10:00, Ion <ion@example.com> wrote:\n> old\n",
            "Merci",
        ),
    ],
)
def test_quotes_without_colons_or_dashes_elsewhere_still_fold(text: str, new: str) -> None:
    assert split_quoted(text)[0] == new


def test_plain_text_is_kept_whole() -> None:
    text = "payment invoice refund\nplease help\nstill waiting since yesterday\n"
    assert split_quoted(text) == (text, "")


def test_a_long_line_is_never_a_header_but_its_neighbours_are_read() -> None:
    text = "x" * 400 + "\nI still need help\n\n> earlier question\n"
    assert split_quoted(text)[0] == "x" * 400 + "\nI still need help"
