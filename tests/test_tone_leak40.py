"""leak40, on heldK23's rule misses after its one judged run (a development split from then on;
tuned, not an estimate): the ones that are this session's leak39 concepts, or an older one, in
other words, with wordings written for this test, none a labelled case (R5: "Keep your mouth
shut"). Each family is a leak that must be blocked beside a look-alike that must not:

- what to say to get more from us, with what it gets (bypasses.py);
- accounts linked by one field, or the device compared (bypasses.py);
- a customer count in hundreds, said in words (disclosures.py);
- one of ours named, a clause, then their pay (backstage.py).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "what to say to get more from us",
        "en",
        "Between us: if you mention the ombudsman in your reply, it goes straight to a senior who can approve the full refund.",
        "If you'd like to take this further, you can write to the ombudsman; their address is on our complaints page.",
    ),
    (
        "what to say to get more from us",
        "ru",
        "Совет: если упомянете, что напишете отзыв в соцсетях, компенсацию одобряют сразу.",
        "Если захотите оставить отзыв в соцсетях, будем рады: ссылка есть в письме с заказом.",
    ),
    (
        "accounts linked by one field",
        "en",
        "Our system links accounts by phone number, so if you sign up with a different number the trial starts again.",
        "Our system keeps one trial per account, and your trial ended on 3 May.",
    ),
    (
        "the device compared",
        "ru",
        "Система сравнивает устройство, поэтому с другого телефона бонус начислят ещё раз.",
        "Бонус начисляется один раз на аккаунт, и на вашем он уже был начислен в мае.",
    ),
    (
        "a customer count in hundreds",
        "ru",
        "Платящих клиентов у нас всего около семисот, поэтому каждое обращение на счету.",
        "Клиентов у нас много, поэтому ответ может занять до двух дней.",
    ),
    (
        "one of ours named, a clause, then their pay",
        "ru",
        "Поймите, курьер, который к вам приезжал, получает 40 тысяч в месяц и не решает такие вопросы.",
        "Поймите, курьер, который к вам приезжал, не решает такие вопросы, поэтому пишу вам я.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak40_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
