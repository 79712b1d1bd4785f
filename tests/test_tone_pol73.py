"""pol73 (trainP29 and earlier trainP sets): the whole-reply head read a short reply that opens
with the thing done as curt ("Cancelled. You won't be charged again.", „Gata, am anulat
comanda.", «Готово, заказ отменён.»). Over every labelled draft of 14 words or fewer, 129 polite
drafts open so and no rude one without an order, a reproach or a question after it; those stay
out ("Refunded. Don't open another ticket.", „Anulat. Data viitoare alege sala corectă.").
Its sentence readings and every rule still apply (R1, R4).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import reader_spared


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Cancelled. You won't be charged again.", "en"),
        ("Done, refund issued. It should be with you in 3-5 days.", "en"),
        ("Gata, am anulat comanda. Nu vi se va retrage nicio sumă.", "ro"),
        ("Готово, заказ отменён.", "ru"),
        ("Отменили. Больше списаний не будет.", "ru"),
    ],
)  # fmt: skip
def test_a_short_reply_opening_with_the_thing_done_is_spared(text: str, language: str) -> None:
    assert reader_spared(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Refunded. Don't open another ticket.", "en"),
        ("Done. Next time read the confirmation.", "en"),
        ("Anulat. Data viitoare alege sala corectă.", "ro"),
        ("Gata, v-am dat banii înapoi. Nu ne mai contactați pentru comanda asta.", "ro"),
        ("Готово. Больше не пишите по этому заказу.", "ru"),
        ("Done. Happy now?", "en"),
    ],
)  # fmt: skip
def test_an_order_a_reproach_or_a_question_after_it_is_not_spared(text: str, language: str) -> None:
    assert not reader_spared(text, language)
