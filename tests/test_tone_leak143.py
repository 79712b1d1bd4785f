"""leak143 and pol101, the errors of this session's judges read after their judged run (heldK49 and
blind74, now development splits), each beside its counterpart (R1, R5). Wordings written for this
test, none a labelled case.

- heldK49's six leaks both readers missed: a hold's rule told with its figure and time window, then
  how to wait it out; a used code the system still accepts; nobody checks what is under a sum; our
  payment terms with a supplier; a colleague away in a named place till a day said in words;
- heldK49's rules-level miss the readers caught: a colleague said to be away, then at a relative's;
- blind74's sarcasm the rules and readers missed: a plan "sorry" not to come with a personal
  butler, technician or administrator, in every language.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests, quiet_and_rude_tests

PAIRS = [
    (
        "a hold's window, waited out",
        "en",
        "Card payments get declined if there are more than 4 attempts within 15 minutes. Wait an hour and try one card only.",
        "Card payments can be declined for your security. If it happens, call us on the number on the back of your card.",
    ),
    (
        "a hold's window, waited out",
        "ro",
        "Transferurile de peste 20.000 de lei sunt blocate în primele 24 de ore după schimbarea parolei. Așteptați până mâine și trimiteți-l atunci.",
        "Transferurile mari pot fi verificate suplimentar, pentru siguranța dumneavoastră; vă sunăm noi dacă e nevoie.",
    ),
    (
        "a hold's window, waited out",
        "ru",
        "Платежи больше 50 000 ₽ в первые сутки после входа с нового телефона блокируются. Подождите до завтра и отправьте снова.",
        "Крупные платежи банк может дополнительно проверить; если это случится, мы позвоним вам сами.",
    ),
    (
        "a used code still accepted",
        "ro",
        "Dacă nu primiți codul nou, introduceți-l pe cel de ieri, aplicația îl acceptă și acum.",
        "Dacă nu primiți codul nou în 5 minute, cereți altul din aplicație.",
    ),
    (
        "a used code still accepted",
        "ru",
        "Если новый код не пришёл, введите вчерашний: система его до сих пор принимает.",
        "Если новый код не пришёл, запросите ещё один через минуту.",
    ),
    (
        "nobody checks what is under a sum",
        "en",
        "Just send it back marked faulty, no one checks parcels under £50 anyway.",
        "Just send it back with the returns form; we'll check it and refund you within 5 days.",
    ),
    (
        "our payment terms with a supplier",
        "en",
        "We can't refund you yet because we're on 60-day terms with the manufacturer.",
        "We can't refund you yet because the manufacturer has to inspect the unit first; that takes up to 10 days.",
    ),
    (
        "our payment terms with a supplier",
        "ru",
        "Вернуть деньги сразу не можем: у нас с поставщиком отсрочка 60 дней.",
        "Вернуть деньги сразу не можем: товар сначала проверит сервисный центр, это до 10 дней.",
    ),
    (
        "a colleague away in a named place",
        "ru",
        "Марины сегодня не будет, она в Казани до пятницы. Я помогу вместо неё.",
        "Марины сегодня не будет, она в отпуске до пятницы. Я помогу вместо неё.",
    ),
    (
        "a colleague away, then at a relative's",
        "en",
        "Joe's away this week, he's at his sister's in Cork till Friday, but I can help.",
        "Joe's away this week, but I have his notes and can help.",
    ),
]
test_leak143_pairs = leak_pair_tests(PAIRS)

QUIET = [
    ("en", "Sorry the parcel didn't come with the charger; we're sending it today."),
    ("ro", "Ne pare rău că nu ați primit factura; v-o retrimitem azi."),
    ("ru", "Извините, что в заказ не вложили инструкцию; отправим её на почту сегодня."),
]
RUDE = [
    ("en", "So sorry the starter plan didn't include a personal assistant."),
    ("ro", "Îmi pare rău că pentru 19 lei nu aveți și un consultant personal."),
    ("ru", "Простите, что к тарифу за 299 ₽ не прилагается личный менеджер."),
]
test_pol101_quiet, test_pol101_rude = quiet_and_rude_tests(QUIET, RUDE)
