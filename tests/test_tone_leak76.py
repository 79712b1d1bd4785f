"""leak76, the rule our system applies, told with its condition (R5: hidden rules never leave).
Each leak beside a look-alike: the app that freezes on a big photo, a block explained with no
rule. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "the system flags any prepaid card",
        "en",
        "Your order was stopped because our system flags any order paid by a prepaid card.",
        "Your order was stopped for a routine check, and it will go out tomorrow.",
    ),
    (
        "the system blocks orders over a sum, ro",
        "ro",
        "Sistemul blochează automat comenzile peste 2.000 de lei cu livrare în easybox.",
        "Aplicația se blochează când poza are peste 20 MB, așa că trimiteți una mai mică.",
    ),
    (
        "a rule the law sets is no hidden rule, ro",
        "ro",
        "Sistemul respinge automat pe cine are sub 6 luni vechime, așa că mai așteptați.",
        "Cererile persoanelor sub 18 ani sunt respinse automat, așa cum cere legea.",
    ),
    (
        "anti-fraud cuts everyone who, ru",
        "ru",
        "Антифрод режет всех, кто заходит через VPN, так что выключите его.",
        "Антифрод проверил ваш платёж, всё в порядке, деньги придут завтра.",
    ),
]

test_leak76 = leak_pair_tests(PAIRS)
