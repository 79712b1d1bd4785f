"""leak50, on trainK36's misses (a development split; tuned, not an estimate) and the same
trick in seven earlier writers' sets: the option to pick in a form, quoted as the form shows it,
with what it gets past (loopholes._picked_option). Wordings written for this test, none a
labelled case (R5: "Keep your mouth shut"). Each family is a leak that must be blocked beside a
look-alike that must not: the same option picked in a plain how-to, or a button to click.

And the other way round, on three writers' look-alikes (trainK29, trainK36): our turnover cited
from where it is published ("our published annual report", „raportul anual publicat", «в
годовом отчёте, опубликованном…») is no leak, while the same figure "not published yet", or to
be announced next month, still is (lint._published_spared, the packs' `published` words).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "a reason picked as an order, with its discount",
        "en",
        "When the cancellation page asks why, select 'Found it cheaper' as the reason. "
        "It pops up 40% off for a year.",
        "When the cancellation page asks why, select 'Found it cheaper' as the reason. "
        "It helps us see why people leave.",
    ),
    (
        "an option picked from a list, with no papers asked",
        "en",
        "Open the claim form and pick 'lost in transit' from the list; they pay those out "
        "without asking for proof.",
        "Open the claim form and pick 'lost in transit' from the list; we'll trace the parcel "
        "and write to you by Friday.",
    ),
    (
        "an option ticked, with nobody checking",
        "ro",
        "Pe formular bifați doar „livrare întârziată”, nimeni nu se uită la data reală.",
        "Pe formular bifați „livrare întârziată” și atașați dovada datei, vă răspundem în "
        "două zile.",
    ),
    (
        "a reason chosen instead of the true one",
        "ro",
        "Alegeți motivul „defect de fabricație” la retur, primiți banii fără poze.",
        "Alegeți motivul „defect de fabricație” la retur și trimiteți o poză cu defectul.",
    ),
    (
        "a reason named, with the fee not taken",
        "ru",
        "При возврате укажите причину «задержка рейса», и штраф не удержат.",
        "При возврате укажите причину «задержка рейса» и приложите посадочный талон.",
    ),
    (
        "an option marked, with no check",
        "ru",
        "Отметьте в анкете «постоянный клиент» — это никто не проверяет.",
        "Отметьте в анкете «постоянный клиент», если покупали у нас раньше.",
    ),
    (
        "a button clicked in a how-to is no option picked",
        "en",
        "Choose 'medical reasons' instead of 'other' on the refund form; no one checks the letter.",
        "Click 'Forgot password' and we'll email you a link without asking for anything else.",
    ),
]

PUBLISHED = [
    (
        "en",
        "Our revenue was £96 million last year, though the accounts aren't published yet.",
        "Our revenue was £96 million last year, as our published annual report shows.",
    ),
    (
        "en",
        "Between you and me, our revenue was £96 million last year; it will be public next month.",
        "Group revenue was £96 million last year, as shown in the annual report on our website.",
    ),
    (
        "ro",
        "Cifra de afaceri a fost de 80 de milioane de lei anul trecut, dar încă nu e publicată.",
        "Cifra de afaceri a fost de 80 de milioane de lei anul trecut, conform raportului anual "
        "publicat pe site.",
    ),
    (
        "ru",
        "Выручка за прошлый год составила 9,1 млрд рублей, отчётность ещё не опубликована.",
        "Выручка за прошлый год составила 9,1 млрд рублей, это есть в годовом отчёте на сайте.",
    ),
]


@pytest.mark.parametrize(("language", "leak", "clean"), PUBLISHED)
def test_a_figure_cited_from_where_it_is_published_is_no_leak(
    language: str, leak: str, clean: str
) -> None:
    family_holds("our figure, published or not", language, leak, clean)


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak50_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
