"""pol54, on trainP23's false alarms (a development split; tuned, not an estimate): polite
wordings that must stay quiet beside rude or leaking ones that must still be flagged (R1, R4,
R5, R6). Wordings written for this test, none a labelled case.

- the customer cleared of the fault ("none of this was caused by anything you did", „Ca să
  fie clar: nu ați greșit cu nimic"), a condition („Dacă nu ați făcut dumneavoastră această
  modificare"), reports about an error («ваши обращения об ошибке входа»);
- one more in a list ("neighbours or anyone else at the address"); a date, not "once again"
  („încă o dată sigură"); work under way („lucrează deja la ea"); the double payment we
  prevent („să primiți banii de două ori"); a burden lifted («собирать заново не нужно»);
- next steps and what is not a pending check: "checking now, one moment please", "rather than
  just checking the terms", «ещё не менее шести месяцев» (R4);
- „va mai fi o singură plată" is the future, not a formal „vă" in a tu reply (R3);
- two capitals joined by a hyphen are one name ("SAL-FIN"), not shouting;
- „la dispoziția persoanelor fizice" is no inquiry "by order of"; «Без документов заселить
  нельзя» is no loophole; bezopasnost@ is a role mailbox (R5);
- „Stați liniștit, nu vă debranșăm" reassures (ro.calm-down).
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, quiet_and_rude_tests, warnings

QUIET = [
    (
        "en",
        "Just to be clear, none of this was caused by anything you did. Your order went out "
        "today by next-day delivery.",
    ),
    ("en", "Could you check with neighbours or anyone else at the address?"),
    ("en", "Got it, checking now, one moment please."),
    (
        "en",
        "I looked at your account properly rather than just checking the terms, and I've now "
        "waived the fee.",
    ),
    ("ro", "Ca să fie clar: nu ați greșit cu nimic, comanda a stat în depozitul nostru."),
    ("ro", "Dacă nu ați făcut dumneavoastră această modificare, sunați-ne."),
    (
        "ro",
        "Bună, Ana! Va mai fi o singură plată, de 189 de lei, și poți veni la sală până în "
        "ultima zi.",
    ),
    ("ro", "Colegii lucrează deja la ea, dar sincer nu vă pot da încă o dată sigură."),
    (
        "ro",
        "Nu putem face o rambursare separată, pentru că ați risca să primiți banii de două ori.",
    ),
    ("ro", "Stați liniștit, nu vă debranșăm acum."),
    (
        "ro",
        "Nu putem pune înregistrările la dispoziția persoanelor fizice, dar le predăm Poliției "
        "imediat ce primim o solicitare oficială.",
    ),
    ("ru", "Объединила ваши четыре обращения об ошибке входа в одно."),
    ("ru", "Остальные документы собирать заново не нужно."),
    ("ru", "Паспорт должен действовать ещё не менее шести месяцев."),
    ("ru", "Без документов заселить, к сожалению, нельзя, но подойдёт и фото свидетельства."),
    ("ru", "Попросите следователя направить запрос на bezopasnost@fitland.ru."),
]

RUDE = [
    ("en", "This was caused by something you did: you typed the wrong address."),
    ("ro", "Ca să fie clar: ați greșit adresa, nu noi."),
    ("ro", "Liniștiți-vă, banii vin."),
    ("ru", "Это ваша ошибка, вы сами ввели не тот адрес."),
]


test_polite_wording_stays_quiet, test_rude_counterpart_still_flagged = quiet_and_rude_tests(
    QUIET, RUDE
)


def test_a_hyphenated_name_is_no_shouting_but_shouted_words_are() -> None:
    assert "shouting.capitals" not in warnings("The guidance is from SAL-FIN and ASF-RO.", "ro")
    assert "shouting.capitals" in warnings("I SAID NO, STOP WRITING.", "en")


def test_no_documents_refused_is_no_loophole_but_given_without_them_is() -> None:
    assert not blocked_leaks("Без документов заселить не сможем, даже если бронь оплачена.", "ru")
    assert blocked_leaks(
        "Если паспорта нет, скажите, что вы муж, — обычно выдают без документов.", "ru"
    )


def test_the_future_va_is_no_formal_cue_but_va_rog_is() -> None:
    mixed = "register.mixed"
    assert mixed not in warnings("Bună, Ana! Va mai fi o singură plată și poți veni oricând.", "ro")
    assert mixed in warnings("Bună, Ana! Vă rog să aștepți, poți veni oricând.", "ro")
