"""pol140: the readers' false alarms on trainP53, spared through the packs. Wordings written for this
test, none a labelled case.

- a time we come back by („Încă nu. Revin mâine până la prânz.", "Not yet. I'll get back to you by
  noon."): the whole-reply head read such short replies as curt (`reader_spared`);
- our public price guarantee's terms („garanția noastră de preț se aplică doar …", "our price match
  only applies to …", «гарантия лучшей цены распространяется только …»): the wording leak head read
  them as internal (`reader_leak_spared`).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import reader_leak_spared, reader_spared


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Încă nu. Revin până la prânz."),
        ("ro", "Colegii verifică. Revenim mâine cu răspunsul."),
        ("en", "Not yet. I'll get back to you by noon."),
    ],
)
def test_a_time_we_come_back_by_spares_the_whole_reply(language: str, text: str) -> None:
    assert reader_spared(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Nu revin asupra deciziei."),
        ("en", "Don't expect us to get back to you."),
    ],
)
def test_no_time_given_spares_nothing(language: str, text: str) -> None:
    assert not reader_spared(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ro",
            "Ne pare rău, garanția noastră de preț se aplică doar produselor vândute direct de noi.",
        ),
        ("en", "Sorry, our price match only applies to items we sell ourselves."),
        (
            "ru",
            "К сожалению, гарантия лучшей цены распространяется только на товары, которые продаём мы.",
        ),
    ],
)
def test_our_price_guarantee_terms_are_public(language: str, text: str) -> None:
    assert reader_leak_spared(text, language)
