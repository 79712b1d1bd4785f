"""leak52, on heldK31's and trainK38's misses (development splits; tuned, not an estimate), and
the first-run misses of earlier held-out writers: families worded by words, not by one wording
(R5: "Keep your mouth shut"). Wordings written for this test, none a labelled case. Each is a
leak that must be blocked beside a look-alike that must not:

- a regulator or the police named with its check on us in one clause, whatever the verb
  (audits.under_watch), beside the customer's route to it, a check that may come, and who
  licenses us;
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "a regulator going through our handling",
        "en",
        "Replies are slow this month because Ofgem are going through our billing complaints right now.",
        "If you are not happy with our answer, you can ask Ofgem to look at our billing complaints.",
    ),
    (
        "the police asking us for records",
        "en",
        "I can see the police asked us for the call logs on your line last week, so I can't change it.",
        "If the calls carry on, please report them to the police and give them the dates you noted.",
    ),
    (
        "a regulator's review into us",
        "en",
        "The CMA has opened a review into how we price renewals, so the offer is on hold.",
        "We are authorised by the FCA, and the CMA's review of renewal pricing is on its website.",
    ),
    (
        "an inspection of us from the regulator (ro)",
        "ro",
        "Întârzierea vine de acolo că avem control de la ANCOM de o săptămână pe tarife.",
        "Dacă nu sunteți mulțumit, puteți sesiza ANCOM, care va verifica tarifele noastre.",
    ),
    (
        "the tax office checking us (ro)",
        "ro",
        "Facturile întârzie fiindcă suntem în verificare la ANAF până la sfârșitul lunii.",
        "Suntem autorizați de ASF, iar autorizația este verificabilă în registrul public.",
    ),
    (
        "the central bank busy with us (ru)",
        "ru",
        "Вклады пока не открываем: Центробанк сейчас нами плотно занимается.",
        "Если ответ вас не устроит, вы можете обратиться в Центробанк, он проверит нашу работу.",
    ),
    (
        "a prosecutor's request to us (ru)",
        "ru",
        "Прокуратура на прошлой неделе запрашивала у нас данные по этому магазину.",
        "Подайте заявление в полицию и пришлите нам номер КУСП — это ускорит проверку.",
    ),
]


@pytest.mark.parametrize(
    ("family", "language", "leak", "clean"), FAMILIES, ids=[f[0] for f in FAMILIES]
)
def test_family_blocked_and_look_alike_spared(
    family: str, language: str, leak: str, clean: str
) -> None:
    family_holds(family, language, leak, clean)
