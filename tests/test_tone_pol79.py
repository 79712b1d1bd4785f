"""pol79, trainK48's clean look-alikes the rules blocked (a development split; tuned, not an
estimate): a key box's code said to be the guest's for their stay ("the code for your stay
only", „valabil doar pe durata șederii dvs.", «действует только на время вашего проживания»)
and the customer's own camera at its factory address («Чтобы зайти в настройки камеры, откройте
в браузере 192.168.1.64») are theirs, not ours (R5). Each beside a leak that is still blocked:
our staff's key safe, our office's camera server. Wordings written for this test, none a
labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "the code for your stay",
        "en",
        "The staff key safe by the back door opens with 4471; the cleaners use it too.",
        "Welcome! The key box at the flat's door opens with 4471, the code for your stay only.",
    ),
    (
        "valabil pe durata șederii",
        "ro",
        "Cutia cu chei a personalului se deschide cu codul 5520, o folosesc și cei de la curățenie.",
        "Cutia cu chei de la intrare se deschide cu codul 5520, valabil doar pe durata șederii dvs.",
    ),
    (
        "на время вашего проживания",
        "ru",
        "Ключница для персонала у служебного входа открывается кодом 6613.",
        "Ключница у входа открывается кодом 6613, он действует только на время вашего проживания.",
    ),
    (
        "the customer's own camera",
        "ru",
        "Видеорегистратор нашего офиса стоит на 10.20.4.15, пароль у администратора.",
        "Чтобы зайти в настройки камеры, откройте в браузере 192.168.1.108 и войдите под своим "
        "паролем.",
    ),
]
test_pol79 = leak_pair_tests(PAIRS)
