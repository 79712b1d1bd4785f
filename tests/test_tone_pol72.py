"""pol72 (trainP29 and twelve earlier trainP sets): the whole-reply head read a short reply that
opens with regret as curt ("No, sorry, we don't deliver to the Channel Islands.", „Din păcate,
nu se poate.", «Нет, к сожалению, в Калининград пока не доставляем.»). Over every labelled draft
of 14 words or fewer, read with the real reader, the packs' new `reader_spared` pattern quieted 26
polite drafts and no rude one: "Sorry, but …", «Извините, но …» and a regret deep in a long reply
stay out. Its sentence readings and every rule still apply (R1, R4).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import reader_spared


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("No, sorry, we don't post to Jersey.", "en"),
        ("I'm afraid not, that ticket can't be changed.", "en"),
        ("Nu, din păcate nu livrăm în Ucraina.", "ro"),
        ("Din păcate, biletul nu se poate returna.", "ro"),
        ("Нет, к сожалению, в Анадырь пока не доставляем.", "ru"),
        ("К сожалению, так на этом тарифе нельзя.", "ru"),
    ],
)  # fmt: skip
def test_a_short_reply_opening_with_regret_is_spared(text: str, language: str) -> None:
    assert reader_spared(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sorry, but rules are rules.", "en"),
        ("Din păcate, dar asta e regula.", "ro"),
        ("Извините, но из вашего сообщения ничего не понятно.", "ru"),
        # a long reply: the regret at its opening says nothing of what follows
        ("Unfortunately, no. " + "You should have read the terms before you booked the room. " * 3, "en"),
        # regret not at the opening
        ("Ok. Ne pare rău pentru neplăcere. Altceva?", "ro"),
    ],
)  # fmt: skip
def test_a_but_a_long_reply_or_a_later_regret_is_not_spared(text: str, language: str) -> None:
    assert not reader_spared(text, language)
