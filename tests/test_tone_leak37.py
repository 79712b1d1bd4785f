"""leak37, after heldK22's judged run (a development split from then on; tuned, not an
estimate): its rule misses that extend leak36's families by mechanism, with wordings written
for this test, none a labelled case (R5: "Keep your mouth shut"). Each family is a leak that
must be blocked beside a look-alike that must not:

- a script run on the live system instead of the test one (rootcause.py);
- an internal review or check that found something, a check at our premises now, a
  regulator looking into how we did something (audits.py);
- a code we use internally or give to influencers, said in the next sentence, and a code of
  two lettered parts (disclosures.py);
- our lawyers' decision not to defend a claim (described.py);
- a merger under way (offrecord.py).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "a script run on the live system instead of the test one",
        "en",
        "What happened is that one of our developers ran the discount script on the live store instead of staging.",
        "What happened is that the discount script ran on schedule, and it shows the new prices from Monday.",
    ),
    (
        "a script run on the live system instead of the test one",
        "ru",
        "Наш админ ночью накатил обновление не на тестовый, а на рабочий сервер, отсюда и ошибки в счетах.",
        "Ночью мы обновили сервер по плану, ошибки в счетах уже исправлены.",
    ),
    (
        "an internal review that found something",
        "en",
        "An internal review showed that address changes were approved without any call-back.",
        "An internal review is under way; we'll write to you with its outcome by Friday.",
    ),
    (
        "a check at our premises now",
        "ro",
        "Facturile întârzie pentru că la noi e control de la ANAF toată săptămâna.",
        "Facturile se emit în cinci zile lucrătoare și le găsiți în contul dumneavoastră.",
    ),
    (
        "a regulator looking into how we did something",
        "en",
        "You may get the money back anyway: the regulator is already looking into how we set these fees.",
        "If you're unhappy with our answer, you can ask the regulator to look into your complaint.",
    ),
    (
        "a code we use internally",
        "en",
        "Try TEAM25-X at checkout. It's the code we use internally and it takes 25% off.",
        "Try WINTER25 at checkout. It's the code from our newsletter and it works until Sunday.",
    ),
    (
        "a code given to influencers",
        "ro",
        "Încercați codul VLOG-SPECIAL la finalizarea comenzii. E codul dat influencerilor și nu expiră.",
        "Încercați codul IARNA25 la finalizarea comenzii. E codul din newsletter și expiră duminică.",
    ),
    (
        "our lawyers' decision not to defend a claim",
        "en",
        "Our legal team has decided not to defend the claim, so you can expect the full amount.",
        "Our legal team has received your claim and will reply formally within 14 days.",
    ),
    (
        "a merger under way",
        "ru",
        "Не продлевайте пока договор: мы сливаемся с крупным холдингом, и тарифы поменяются.",
        "Договор можно продлить в личном кабинете, тарифы указаны на сайте.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak37_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
