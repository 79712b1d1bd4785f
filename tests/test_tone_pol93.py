"""pol93, blind70's errors read after its judged run (now a development split), each beside its
counterpart (R1, R5). Wordings written for this test, none a labelled case.

- rude drafts both readers missed: „Citiți e-mailul." and «Читайте письмо.» as a whole sentence, the
  answer withheld; „Vă rog să citiți e-mailul de confirmare, acolo e linkul." points to what helps;
- polite drafts the rules flagged: a variable-rate loan's margin over its index („marjă fixă plus
  indicele IRCC … Marja noastră a rămas aceeași, de 2,5%"), in the customer's contract; «попробуем
  достать из снапшота» (fetch back), not «вы нас достали».
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    (
        "ro",
        "Dobânda e variabilă: marjă fixă plus indicele IRCC. Marja noastră a rămas aceeași, de 3%; a crescut doar indicele.",
    ),
    (
        "ru",
        "Если файлы изменились после полуночи, напишите, попробуем достать их из резервной копии.",
    ),
    ("ro", "Vă rog să citiți e-mailul de confirmare, acolo e linkul de plată."),
    ("ru", "Пожалуйста, прочитайте письмо от курьера: там код для получения."),
]
RUDE = [
    ("ro", "Citiți e-mailul."),
    ("ru", "Читайте письмо."),
    ("ro", "Cititi mesajul meu anterior, acolo e tot."),
    ("ru", "Вы нас уже достали своими письмами."),
]
test_pol93_quiet, test_pol93_rude = quiet_and_rude_tests(QUIET, RUDE)
