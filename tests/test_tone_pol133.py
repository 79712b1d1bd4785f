"""pol133: the session's own changes, each beside a counterpart that keeps its old reading (R1, R5,
R6, R8). Wordings written for this test, none a labelled case.

- two stemmed single-word exceptions that hid words of their own lexicon (the scan of 08f5daf):
  en upset's "hope" took "I had hoped" / "I was hoping to" out of upset, en praise's "quickly" took
  "quick response" / "was quick" out of praise. Both are matched as words now, so "I hope to hear
  from you" stays no upset and "could you quickly fix" no praise.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import builtin_packs


@pytest.mark.parametrize(
    ("lexicon", "text", "found"),
    [
        ("upset", "I had hoped the engineer would finally come today.", True),
        ("upset", "I was hoping to have this sorted before the weekend.", True),
        ("praise", "Thanks for the quick response, that was really quick.", True),
        ("praise", "The delivery was quick and the box was well packed.", True),
        ("upset", "I hope to hear from you soon about the refund.", False),
        ("upset", "We hope you have a good weekend.", False),
        ("praise", "Could you quickly fix the address on my account?", False),
        ("praise", "Please reply as quickly as you can.", False),
    ],
)
def test_a_stemmed_exception_no_longer_hides_its_own_word(
    lexicon: str, text: str, found: bool
) -> None:
    """ "hope" and "quickly" as stemmed exceptions spared every word of their stem ("hoped",
    "hoping", "quick"); they are matched as words now."""
    packs = builtin_packs()
    assert bool(packs.find(packs.document(text, "en"), lexicon)) is found
