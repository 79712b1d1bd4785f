"""leak159: heldK53's leak misses, read after its judged run (R5), each beside a look-alike.
Wordings written for this test, none a labelled case.

- a staff code with letters after „codul meu de operator";
- a known bug with the money back and the balance kept («баланс останется»);
- who complained, by their username («по жалобе пользователя «Шины_МСК»»);
- a fraud referral with why, after „întrucât".
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a staff code with letters",
        "ro",
        "Am aprobat schimbul pe codul meu de operator, AG-5521; dacă vă întreabă cineva, dați-le codul.",
        "Am aprobat schimbul; în magazin arătați e-mailul acesta și vi-l fac pe loc.",
    ),
    (
        "a known bug with the balance kept",
        "ru",
        "Если отменить платёж сразу, деньги вернутся, а баланс останется. Это баг, его ещё не починили.",
        "Если отменить платёж сразу, деньги вернутся, а баланс обновится через минуту.",
    ),
    (
        "who complained, by username",
        "ru",
        "Отзыв скрыт по жалобе пользователя «Шины_МСК», он пишет, что отзыв заказной.",
        "Отзыв скрыт по жалобе пользователя; подробности — в разделе «Уведомления».",
    ),
    (
        "who complained, by username",
        "ro",
        "Anunțul a fost suspendat în urma reclamației utilizatorului „Moto_Iasi22”, care spune că e copiat.",
        "Anunțul a fost suspendat în urma unei reclamații; detaliile sunt în secțiunea Notificări.",
    ),
    (
        "a fraud referral with why",
        "ro",
        "Dosarul a fost trimis la departamentul antifraudă, întrucât expertul crede că factura e modificată.",
        "Dosarul a fost trimis la departamentul antifraudă; veți primi un răspuns în 10 zile lucrătoare.",
    ),
]
test_leak159_pairs = leak_pair_tests(PAIRS)
