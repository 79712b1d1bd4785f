"""pol138: the judges' false alarms and the rude draft the readers let through (blind87, heldK62, read
after their judged run), through the rules and the packs. Wordings written for this test, none a
labelled case.

- the next sentence after a published source, pointing back to it ("Acolo găsiți cifra de afaceri"):
  public (R5, lint._there_after);
- „a fost trimisă" (was sent) is no "former" someone: the customer's own card and account read back
  (R5, readback._OTHER);
- the readers' false alarms spared: "If your dad can join the chat", „vă aștept cât căutați";
- «Если через минуту не ответите, закрываю чат»: we close the chat, not «не закрывайте чат» (R1).
"""

from __future__ import annotations

import pytest

from supportdesk.tone.packs import builtin_packs
from tests.tonecheck import blocked_leaks, reader_spared


def test_a_sentence_pointing_back_to_a_published_source_is_public() -> None:
    text = (
        "Rezultatele pe trimestrul doi au fost publicate pe site-ul Bursei, la secțiunea Raportări. "
        "Acolo găsiți cifra de afaceri și profitul."
    )
    assert blocked_leaks(text, "ro") == []


def test_a_figure_not_yet_published_is_still_blocked() -> None:
    text = "Cifra de afaceri pe trimestrul doi încă nu e publicată: am avut 4,2 milioane de lei."
    assert blocked_leaks(text, "ro")


def test_was_sent_is_no_former_someone() -> None:
    from supportdesk.tone.readback import cleared
    from supportdesk.tone.secrets import Known

    sentence = "Suma a fost trimisă azi pe cardul terminat în 4471, iar contul de client 5502318 are sold zero."
    known = Known(own_values=frozenset({"5502318"}))
    assert cleared(sentence, 0, len(sentence), known)
    former = "Fostul titular al contului 5502318 are sold zero."
    assert not cleared(former, 0, len(former), known)


@pytest.mark.parametrize(
    ("language", "text", "lexicon"),
    [
        (
            "en",
            "If your mum can join the chat, I can sort it with her straight away.",
            "reader_leak_spared",
        ),
        ("ro", "Nicio problemă, vă aștept până găsiți numărul facturii.", "reader_spared"),
    ],
)
def test_the_readers_spare_these(language: str, text: str, lexicon: str) -> None:
    packs = builtin_packs()
    assert packs.find(packs.document(text, language), lexicon), text


def test_closing_the_chat_on_the_customer_is_not_spared() -> None:
    assert reader_spared("Алло? Если через минуту не ответите, закрываю чат.", "ru") == []
    assert reader_spared("Минуту, уточняю. Не закрывайте, пожалуйста, чат.", "ru")
