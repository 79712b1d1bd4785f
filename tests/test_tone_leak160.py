"""leak160: trainK60's leaks that neither reader blocked, and its rules-level misses in shapes all
three languages wrote (R5), each beside a look-alike. Wordings written for this test, none a
labelled case.

- a named party's room and stay, in passing ("the Marshalls are in room 212 from Thursday");
- another branch or counter that checks less than the rule asks („nu sunt așa de stricți");
- an unreleased version, till a season or month («потерпите до осени — выходит новая версия»);
- a combination of signals flagged automatically, with the way round it.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a named party's room",
        "en",
        "Yes, the Okonkwos are in room 118 until Sunday, so we've put you next door as you asked.",
        "Yes, you're in room 118 until Sunday, next door to the lift as you asked.",
    ),
    (
        "a named party's room",
        "ro",
        "Da, familia Dobre stă la noi până luni, în camera 214, așa că vă punem alături.",
        "Da, stați la noi până luni, în camera 214, cea cu vedere la parc.",
    ),
    (
        "a named party's room",
        "ru",
        "Да, Мельниковы заезжают к нам 12 августа, корпус 3, номер 307, поселим вас рядом.",
        "Да, вы заезжаете к нам 12 августа, корпус 3, номер 307, всё подтверждено.",
    ),
    (
        "a laxer counter",
        "ro",
        "Fără buletin nu se poate aici, dar la agenția din Obor colegii acceptă și o poză cu el, mergeți acolo.",
        "Fără buletin nu se poate; la orice agenție vă cerem actul în original.",
    ),
    (
        "a laxer counter",
        "ru",
        "Без доверенности не выдадим, но в ПВЗ на Садовой доверенность не спрашивают, пусть сходит туда.",
        "Без доверенности не выдадим; в любом ПВЗ её попросят показать вместе с паспортом.",
    ),
    (
        "a laxer counter",
        "en",
        "I can't pass you without the passcode, but the branch on King Street isn't as strict, so try there.",
        "I can't pass you without the passcode; every branch asks for it, so have it ready.",
    ),
    (
        "an unreleased version, till a season",
        "ru",
        "Сейчас такой функции нет, но потерпите до весны — выходит новое приложение с переводами по QR.",
        "Сейчас такой функции нет; если она появится, мы напишем об этом в новостях приложения.",
    ),
    (
        "an unreleased version, till a month",
        "en",
        "It doesn't do that yet, but hold on till early March, the X5 launches then with it built in.",
        "It doesn't do that yet; if that changes we'll announce it on our product page.",
    ),
    (
        "a flagged combination and the way round it",
        "ro",
        "Comanda a fost respinsă pentru că ați plătit cu card străin la prima comandă, combinația asta e marcată automat. Plătiți ramburs și trece fără probleme.",
        "Comanda a fost respinsă pentru că banca a refuzat plata; încercați din nou sau alegeți plata ramburs.",
    ),
    (
        "a flagged combination and the way round it",
        "en",
        "It was declined because a new device and a new delivery address together score high on our checks. Use your usual phone, try again and you'll be fine.",
        "It was declined because your bank refused the payment. Please check with them, try again, and let me know how it goes.",
    ),
]
test_leak160_pairs = leak_pair_tests(PAIRS)
