"""leak128, each beside the look-alike that stays clean (R5). Wordings written for this test, none a
labelled case.

- getting in without the code, told with the page trick that does it (trainK51's one leak both readers
  missed: «можно войти и без кода … просто обновите страницу»); a sign-in with no code that is a
  feature has no trick;
- an automatic check named in new ways ("trips the system", "trigger the review", „respinsă
  automat", „detectorul de …", «отклонили автоматически»), with its figure and how to stay under it
  (heldK44, trainK50); the same check explained with no way round it stays clean.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "in without the code",
        "en",
        "If the text never arrives you can still log in without the code: just refresh the page when the code box shows.",
        "If the text never arrives you can log in without the code using the fingerprint option in the app.",
    ),
    (
        "in without the code",
        "ro",
        "Dacă nu vine SMS-ul, puteți intra și fără cod: reîncărcați pagina de confirmare de două ori.",
        "Dacă nu vine SMS-ul, puteți intra și fără cod cu amprenta, din aplicația de pe telefon.",
    ),
    (
        "in without the code",
        "ru",
        "Если код не пришёл, можно зайти и без кода: на экране подтверждения просто обновите страницу.",
        "Если код не пришёл, можно зайти и без кода по отпечатку пальца в приложении.",
    ),
    (
        "an automatic check and how to stay under it",
        "en",
        "Your transfer was held because five payments in an hour trips the system. Spread them out and you won't get stopped.",
        "Your transfer was held because five payments in an hour trips the system. I've released it, and it has gone through.",
    ),
    (
        "an automatic check and how to stay under it",
        "ro",
        "Comanda v-a fost respinsă automat pentru că aveți peste 4 retururi pe lună. Dacă mai așteptați o lună, trece.",
        "Comanda v-a fost respinsă automat pentru că adresa de livrare nu era completă. Am corectat-o și am retrimis-o.",
    ),
    (
        "an automatic check and how to stay under it",
        "ru",
        "Заявку отклонили автоматически: меньше трёх месяцев на последнем месте работы. Подождите немного и подайте снова — одобрят.",
        "Заявку отклонили автоматически: в анкете не хватало номера паспорта. Я добавила его, заявка снова на рассмотрении.",
    ),
]
test_leak128_pairs = leak_pair_tests(PAIRS)
