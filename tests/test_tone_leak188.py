"""leak188: heldK63's rules-level miss of a price tip (the readers caught it), beside a look-alike that
stays clean (R5). Wordings written for this test, none a labelled case: «Не покупайте тариф сейчас: к
распродаже будет минус 40%» (a word between the advice and "now", and "minus 40%" as the move).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

test_leak188 = leak_pair_tests(
    [
        (
            "a price tip",
            "ru",
            "Не покупайте тариф сейчас: к распродаже в ноябре будет минус 40% на все годовые.",
            "Не покупайте тариф сейчас, если не уверены: первые 14 дней можно вернуть деньги полностью.",
        ),
    ]
)
