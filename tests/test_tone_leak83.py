"""leak83, trainK43's rules-level misses (a development split; tuned, not an estimate), each a shape
first run over every labelled case (R5). Each leak beside a look-alike. Wordings written for this
test, none a labelled case.

- loopholes._picked_option: an option typed in ("enter", "write", „puneți”, «напишите») as well as
  picked, and what it gets past said as a step skipped or a gain made at once ("the system skips
  the ID step", „nu mai cere verificarea", «этот шаг пропускается», «деньги возвращают сразу»);
  a how-to with a quoted button stays clean;
- othersdata._CALL_THEM: the number to call someone else on, "him" or "her" saying who answers;
  a firm's line ("call them on 0800 …") stays clean;
- othersdata._on_camera: who took the customer's things, found on our cameras, with what singles
  them out (a regular, their habits, where they live); the recording handed to the police stays
  clean.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "an option typed in skips a check",
        "en",
        "If the app asks for a reference, just enter 'visitor' in the box and it skips the ID step.",
        "If the app asks for a reference, enter 'ORD-4471' from your receipt and press Continue.",
    ),
    (
        "a reason picked refunds at once",
        "en",
        "Pick 'never arrived' rather than 'changed my mind' and it refunds instantly.",
        "Pick 'changed my mind' on the returns form and we'll email a label within the hour.",
    ),
    (
        "o mențiune scrisă sare verificarea",
        "ro",
        "Scrieți la observații „client fidel” și sistemul sare peste verificarea actelor.",
        "Scrieți la observații „sunați înainte” și curierul vă telefonează cu o oră înainte.",
    ),
    (
        "вписанный вариант пропускает шаг",
        "ru",
        "Впишите в анкете «пенсионер» — тогда проверка дохода пропускается.",
        "Впишите в анкете «пенсионер», если получаете пенсию, и приложите справку из СФР.",
    ),
    (
        "call him on his number",
        "en",
        "The buyer hasn't replied in the app, but you can ring him on 07781 224 915 this evening.",
        "The courier hasn't replied in the app, but you can ring them on 0800 046 1234 this evening.",
    ),
    (
        "o puteți suna",
        "ro",
        "Vânzătoarea nu răspunde pe chat, dar o puteți suna direct la 0744 512 307.",
        "Firma de curierat nu răspunde pe chat, dar îi puteți suna la 021 9444 (linia lor publică).",
    ),
    (
        "позвоните ей",
        "ru",
        "Продавщица в чате не отвечает, позвоните ей напрямую: +7 915 204-33-81.",
        "Служба доставки в чате не отвечает, позвоните им на горячую линию 8 800 555-35-35.",
    ),
    (
        "who took it, from our cameras",
        "en",
        "We checked the CCTV: the man who took your scarf is a regular, he usually sits by the window at 9.",
        "We checked the CCTV: the man who took your scarf left at 9:10, and we've reported it to the police.",
    ),
    (
        "cine l-a luat, de pe camere",
        "ro",
        "Am văzut pe camere cine v-a luat umbrela: un abonat care stă pe strada Fabricii.",
        "Am văzut pe camere cine v-a luat umbrela și am predat înregistrarea poliției.",
    ),
    (
        "кто забрал, по камерам",
        "ru",
        "По камерам видно: сумку взял мужчина, который обычно приходит к нам по средам.",
        "По камерам видно, что сумку взял мужчина. Запись мы уже передали в полицию, ждём ответа.",
    ),
]

test_leak83 = leak_pair_tests(PAIRS)
