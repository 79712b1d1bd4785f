"""leak126, heldK44's leak that both readers missed at its judged run (now a development split),
beside the look-alike that stays clean (R5): a regulator's check on how claims were handled, said
in the passive („ASF verifică modul în care au fost instrumentate daunele"), against the customer
told they may ask the regulator themselves, even when a clause on what that regulator does follows
(pol90: „…la ASF, care verifică soluția noastră"). Wordings written for this test, none a labelled
case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a regulator's check, in the passive",
        "ro",
        "ASF verifică acum modul în care au fost soluționate reclamațiile din 2023, inclusiv a dumneavoastră.",
        "Dacă nu sunteți mulțumită de soluție, puteți depune o reclamație la ASF.",
    ),
    (
        "a regulator's check, in the passive",
        "en",
        "The FCA is reviewing how complaints were handled last year, and yours may be part of it.",
        "If you're unhappy, you can ask the Financial Ombudsman to review how your complaint was handled.",
    ),
    (
        "a regulator's check, or the body the customer may turn to (pol90)",
        "ro",
        "ASF verifică acum dosarele noastre de daune din ultimul an, inclusiv pe al dumneavoastră.",
        "Dacă nu sunteți mulțumită, puteți depune o reclamație la ASF, care verifică soluția noastră.",
    ),
    (
        "a regulator's check, or the body the customer may turn to (pol90)",
        "en",
        "The FCA, which is investigating us over overdraft fees, may contact you.",
        "If you're unhappy, you can complain to the FCA, which reviews our decisions.",
    ),
]
test_leak126_pairs = leak_pair_tests(PAIRS)
