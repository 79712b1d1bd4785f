"""pol74, blind65 after its judged run (now a development split; tuned, not an estimate).

- The customer hurried in one word after a bare request ("Order number. Now please.", „Codul de
  abonat. Repede.", «Номер заказа. Быстрее.») and sent back up the thread («Читайте выше.»,
  „Citiți mai sus."): over every labelled case 16 rude drafts newly warned, no polite one (R1).
- A short reply that waits while the customer looks ("No rush, take your time, I'll be here",
  „Sigur, nicio grabă, vă aștept aici.", «Конечно, не торопитесь, я на связи.») keeps no
  whole-reply reading: the patronising "take your time" comes in longer rude replies, without
  the waiting (R1).
"""

from __future__ import annotations

import pytest

from supportdesk.tone.analyze import analyze
from tests.tonecheck import quiet_and_rude_tests, reader_spared

QUIET = [
    ("en", "The refund is on its way now."),
    ("ro", "Vă răspundem repede, de obicei în două ore."),
    ("ru", "Постараемся ответить быстрее, простите за ожидание."),
    ("ru", "Инструкция выше в этом письме, а если что-то не получится, я помогу."),
]
RUDE = [
    ("en", "I've got thirty chats open. Account number. Now."),
    ("ro", "Am coadă. Numărul comenzii. Repede."),
    ("ru", "Номер договора. Живее."),
    ("ru", "Я уже всё написала. Читайте выше."),
    ("ro", "Citiți mai sus. Nu mai repet."),
]
test_pol74_quiet, test_pol74_rude = quiet_and_rude_tests(QUIET, RUDE)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("No rush at all, take your time finding it. I'll be here.", "en", True),
        ("Sigur, nicio grabă, vă aștept aici.", "ro", True),
        ("Конечно, не торопитесь, я на связи.", "ru", True),
        ("Click it. Take your time, it's all there.", "en", False),
        ("Не торопитесь, читайте по одному пункту.", "ru", False),
    ],
)  # fmt: skip
def test_a_short_reply_that_waits_is_spared(text: str, language: str, expected: bool) -> None:
    assert bool(reader_spared(text, language)) is expected


def test_an_institution_by_its_title_is_no_name() -> None:
    """s44 (blind65): „Următorul pas e Protecția Consumatorului" is a threat to complain, not a
    person called Protecția; over every labelled incoming message one more angry mood found and
    none lost (R2)."""
    text = "Mașina de spălat n-a mers nici măcar o zi. Următorul pas e Protecția Consumatorului."
    assert any("Protecția Consumatorului" in s for s in analyze(text, language="ro").signals)
