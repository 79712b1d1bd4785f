"""pol94, trainP35's rules-level errors, each beside its counterpart (R1, R3, R5). Wordings
written for this test, none a labelled case.

- polite drafts the rules flagged: „nu se va mai percepe" (the future after "se", not „vă"),
  „animale de talie mică" ("talie" shares the stem of "tale"), „toți avem zile proaste",
  "Ticket closed at your request" in every language, a player tag read beside "the logs show",
  our legal department's law@ address, „potrivit Legii nr. 554/2004" read as a reporter's number;
- rude drafts the rules missed: "ask one of your grandkids", "a common mix-up with less experienced
  users", "try again slowly", "someone who refuses to listen"; „am și alți clienți", „să fiți
  scurt", „și un copil de clasa a doua ar fi reușit", „toată lumea citește contractul abia după";
  «никаких нервов не хватит», «повторные обращения … не сокращают», «разбираются не все, поэтому …
  простыми словами».
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests, still_blocked_tests

QUIET = [
    (
        "ro",
        "Salut, Mihai! Ți-am suspendat abonamentul și nu se va mai percepe nicio taxă până în martie. Scrie-mi dacă ai nevoie de mai mult.",
    ),
    (
        "ro",
        "Salut! Din păcate, la noi nu pot sta câini, nici de talie mică. Îți recomand pensiunea vecină, care îi primește.",
    ),
    ("ro", "Nicio problemă, domnule Ilie, toți avem zile proaste. Comanda a plecat azi."),
    ("en", "Understood. Account closed at your request. Reply here if you ever want it back."),
    ("ro", "Am înțeles. Contul a fost închis la cererea dumneavoastră. Ne puteți scrie oricând."),
    ("ru", "Поняли. Аккаунт закрыт по вашей просьбе. Если передумаете, напишите нам."),
    (
        "en",
        "We've checked the games played by NightOwl#7731 and the suspension stays: the logs show a script running in 9 matches.",
    ),
    (
        "ru",
        "Ваш юрист может связаться с нашим юридическим отделом по адресу law@teplo-dom.ru, а копию ответа мы отправим вам.",
    ),
    (
        "ro",
        "Împotriva deciziei puteți depune plângere în 30 de zile de la comunicare, potrivit Legii nr. 554/2004.",
    ),
]
RUDE = [
    ("en", "I'm afraid I can't help further. Maybe ask one of your grandchildren to do it."),
    ("en", "Don't worry, that's a common mistake among less experienced users."),
    ("en", "Type the code and try it again really slowly."),
    ("en", "There's no point explaining to customers who won't listen."),
    ("ro", "Vă rog să fiți concis, am și alți clienți de servit."),
    ("ro", "Și un copil de grădiniță ar fi putut completa formularul."),
    ("ro", "Desigur, toți clienții citesc condițiile abia după ce plătesc."),
    ("ru", "С такими покупателями никакого терпения не хватит."),
    ("ru", "Повторные письма рассмотрение не ускоряют. Ждите."),
    ("ru", "Не все разбираются в технике, поэтому объясню попроще: роутер надо включить."),
    ("en", "Ticket closed."),
]
test_pol94_quiet, test_pol94_rude = quiet_and_rude_tests(QUIET, RUDE)

# the leak-side mends spare only what they were written for
test_pol94_still_blocked = still_blocked_tests(
    [
        ("en", "To get in, log in as admin with Summer#2024 and change it after."),
        ("ru", "Можете написать напрямую её мужу: o.petrov1979@mail.ru, он в курсе."),
        (
            "ro",
            "Plângerea a venit de la vecinul de la etajul 3, din apartamentul 12, domnul Stan.",
        ),
    ]
)
