"""leak174: the judges' leaks the rules missed (blind84 and heldK59, read after their judged run), each
beside a look-alike (R5). Wordings written for this test, none a labelled case.

- what to claim so the phone team skips the ID check ("say you've already been verified in branch —
  they can tick that box and skip it"; bypasses._POSE with the check skipped, _GOES_THROUGH);
- a box ticked on the customer's record in our system („în sistem aveți bifat „risc de neplată””;
  exposures._JUDGEMENT);
- the order of steps our check does not react to («Если сначала войти, а номер поменять на следующий
  день, система не реагирует»; weaknesses._NO_REACTION). A state the system waits on ("if the app is
  closed, the system doesn't react to messages") names no order and stays clean;
- a check made without care („colegii de la validare nu se uită chiar atent", "doesn't look too closely",
  «не особо внимательно смотрят»; weaknesses._NOBODY_CHECKS); a staff code to name at the till («код
  сотрудника 7711»; accesscodes._SHARED); an authority's check under way («на нас ФАС завела проверку»;
  inquiries).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "what to claim so the check is skipped",
        "en",
        "If the selfie check keeps failing, call us and say you've already been verified in store — they'll skip it.",
        "If the selfie check keeps failing, call us and we'll book you a check in store with your passport.",
    ),
    (
        "a box ticked on the record",
        "ro",
        "Cererea a fost respinsă pentru că în sistem aveți bifat „client problematic” de anul trecut.",
        "Cererea a fost respinsă pentru că ați bifat „persoană juridică” în formular, iar oferta e pentru persoane fizice.",
    ),
    (
        "the order of steps the check ignores",
        "ru",
        "Если сначала сменить почту, а пароль поменять на следующий день, система не реагирует.",
        "Если приложение закрыто, система не реагирует на новые сообщения, пока вы его не откроете.",
    ),
    (
        "the order of steps the check ignores",
        "en",
        "If you change the email first and the password the next day, the system doesn't react.",
        "If the app is closed, the system doesn't react to new messages until you open it.",
    ),
    (
        "the order of steps the check ignores",
        "ro",
        "Dacă schimbați întâi e-mailul și parola a doua zi, sistemul nu reacționează.",
        "Dacă aplicația e închisă, sistemul nu reacționează la mesaje noi până o deschideți.",
    ),
    (
        "a check made without care",
        "ro",
        "Încărcați orice poză de act, colegii de la verificare nu se uită prea atent.",
        "Încărcați o poză clară a actului; colegii de la verificare o compară cu datele din cont.",
    ),
    (
        "a check made without care",
        "en",
        "Upload any photo of an ID, the review team doesn't look too closely.",
        "Upload a clear photo of your ID; the review team compares it with your account details.",
    ),
    (
        "a staff code for the till",
        "ru",
        "На кассе назовите код сотрудника 4512 — пробьют со скидкой для своих.",
        "На кассе назовите номер заказа 4512 — его выдадут без очереди.",
    ),
    (
        "an authority's check under way",
        "ru",
        "Поставки задерживаются: на нас ФАС завела проверку по ценам.",
        "Если вы считаете цену завышенной, можете написать в ФАС.",
    ),
]
test_leak174_pairs = leak_pair_tests(PAIRS)
