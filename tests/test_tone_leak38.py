"""leak38, on trainK26's rule misses (a development split from this session's judged run; tuned,
not an estimate): the ones that extend leak36's and earlier families by mechanism, with
wordings written for this test, none a labelled case (R5: "Keep your mouth shut"). Each family
is a leak that must be blocked beside a look-alike that must not:

- a link to an internal document named earlier in its sentence (disclosures.py);
- "do it this month" before a price rise, and Romanian and Russian rises in the first person
  plural (pricetips.py);
- an assessment that found something, „la audit s-a constatat" (audits.py);
- "it's the employee code", a staff code given „la plată" (disclosures.py);
- an installer's code that works on all our panels (accesscodes.py);
- a manual check skipped under a sum (loopholes.py);
- what a partner told us in confidence (offrecord.py);
- what we make on a sale, or the price we buy at (disclosures.py).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "a link to an internal document named earlier in its sentence",
        "en",
        "Here's our internal refund matrix with every goodwill level, so you can see what applies: https://docs.example.com/d/8QxT2",
        "Here's our refund policy with every goodwill level, so you can see what applies: https://www.example.com/refunds",
    ),
    (
        "do it this month, before a rise",
        "en",
        "If you want the yearly plan, do it this month: from 1 May all plans are going up by about 12%.",
        "If you want the yearly plan, you can switch any time from your account settings.",
    ),
    (
        "a rise in the first person plural",
        "ro",
        "Dacă vreți abonamentul anual, faceți-l luna asta: din martie creștem toate prețurile cu 10%.",
        "Dacă vreți abonamentul anual, îl puteți activa oricând din contul dumneavoastră.",
    ),
    (
        "an assessment that found something",
        "en",
        "Our last penetration assessment found that admin pages were reachable without a login.",
        "Our last penetration assessment is summarised on our public trust page.",
    ),
    (
        "the employee code",
        "en",
        "Use STAFFONLY-40 at checkout. It's the employee code and takes 40% off.",
        "Use SPRING-40 at checkout. It's the code from our spring newsletter and takes 40% off.",
    ),
    (
        "an installer's code for all our panels",
        "ro",
        "Dacă panoul s-a blocat, intrați cu codul de instalator 8352, merge pe toate centralele noastre.",
        "Dacă panoul s-a blocat, introduceți codul dumneavoastră de utilizator și apăsați OK.",
    ),
    (
        "a manual check skipped under a sum",
        "en",
        "Orders under £200 skip the manual check, so if you split it into two orders they'll ship today.",
        "Orders over £200 need a quick manual check, which usually takes a few hours.",
    ),
    (
        "what a partner told us in confidence",
        "ru",
        "Поставщик сообщил нам конфиденциально, что эту модель снимут с производства, так что лучше не покупайте.",
        "Поставщик сообщил нам, что новая партия придёт в пятницу, так что заказ отправим в субботу.",
    ),
    (
        "what we make on a sale",
        "en",
        "I can't go lower: we only make about 5% on this sofa once delivery is paid.",
        "I can't go lower on this sofa, but delivery is free this week.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak38_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
