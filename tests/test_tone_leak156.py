"""leak156: this session's judges' leak misses (blind77, heldK52), read after their judged run (R5),
each beside a look-alike. Wordings written for this test, none a labelled case.

- another customer named by surname and initials («бланк другой клиентки, Смирновой Е. А.»);
- a pricing error told with the fix to come („e o eroare … comandați azi, că o repară") and what it
  gives (two codes in one basket);
- a hold said to apply only to young accounts, by their age;
- a supplier we are about to drop, with the new contract signed.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "another customer by surname and initials",
        "ru",
        "Прикладываю для примера заявление другого клиента, Петрова В. С., — посмотрите, как он заполнил раздел 3.",
        "Прикладываю для примера пустой бланк заявления — посмотрите, как заполнить раздел 3.",
    ),
    (
        "an error to use before the fix",
        "ro",
        "Acum puteți pune două vouchere în același coș, e o eroare. Comandați azi, că o repară mâine.",
        "Acum puteți folosi un singur voucher pe comandă; al doilea se aplică la comanda următoare.",
    ),
    (
        "a hold only for young accounts",
        "en",
        "Tip: the 24-hour hold on new payees only applies to accounts less than 90 days old, so it goes away soon.",
        "The 24-hour hold on new payees applies to every account; it protects you if someone tricks you into paying.",
    ),
    (
        "a hold only for young accounts",
        "ru",
        "Подсказка: лимит на переводы действует только для счетов младше 30 дней, потом его не будет.",
        "Лимит на переводы действует для всех счетов, изменить его можно в приложении в разделе «Лимиты».",
    ),
    (
        "a supplier we are about to drop",
        "en",
        "Sorry it's late again. From June we're dropping this courier and moving to another one; the contract's already signed.",
        "Sorry it's late again. You can choose a different courier at checkout next time, if you prefer.",
    ),
    (
        "a supplier we are about to drop",
        "ru",
        "Жаль, что посылка задержалась. С июля мы отказываемся от этой службы доставки, договор с новой уже подписан.",
        "Жаль, что посылка задержалась. В следующий раз при оформлении можно выбрать другую службу доставки.",
    ),
]
test_leak156_pairs = leak_pair_tests(PAIRS)
