"""pol91, trainK51's and trainP34's false alarms at the rules level, each beside its counterpart (R1,
R4, R5, R6). Wordings written for this test, none a labelled case.

- a colleague given by first name and role, then their work address, is ours to give; their own
  webmail, or a partner's direct line, is still blocked (R5);
- a known bug said to be on our status page is public (R5);
- a documented default ("exports skip archived files by default"), an age ("over 18"), "let our
  insurer deal with it", „dacă nu ați apucat să…", «Нет, … недоступна», «без его согласия», «в
  любое отделение»: none is a leak or a rude turn;
- R4's next step: "10 weeks from …" and «Минуту.» are times.
"""

from __future__ import annotations

from supportdesk.tone import Context, lint
from tests.tonecheck import assert_quiet, quiet_and_rude_tests, still_blocked_tests

QUIET = [
    (
        "en",
        "I've copied in Priya, our returns coordinator, on priya.shah@harbourhomes.co.uk, so she can book the collection.",
    ),
    (
        "ro",
        "V-am pus în copie pe Ioana, colega noastră de la facturare, ioana.pop@termoplus.ro, care vă trimite factura corectată.",
    ),
    (
        "ru",
        "Я поставил в копию Марину, нашего бухгалтера, marina.ivanova@teplodom.ru — она пришлёт исправленный акт.",
    ),
    (
        "en",
        "It's a known issue in version 3.1, listed on our status page, where the total can show as £0.00 until you reopen the app.",
    ),
    (
        "en",
        "This isn't a fault: exports skip hidden folders by default. Tick \"Include hidden\" in the export window and they'll be included.",
    ),
    (
        "en",
        "I understand you're worried about your daughter's account, but as she is over 18 I need her permission to discuss it.",
    ),
    (
        "en",
        "I'm sorry about the break-in. To let our insurer deal with it, please send the police reference when you have it.",
    ),
    (
        "ro",
        "Dacă nu ați apucat să trimiteți formularul, îl puteți depune până vineri la orice agenție.",
    ),
    (
        "ru",
        "Нет, доставка в этот пункт сейчас недоступна. Можно выбрать курьера или соседний пункт.",
    ),
    (
        "ru",
        "Без её письменного согласия я не могу сообщить детали, но она может оформить доверенность.",
    ),
    ("ru", "После получения справки вы сможете обратиться в любое отделение банка."),
    (
        "en",
        "Thank you for your message. Your claim is at the assessment stage, and the target is 8 weeks from when we received it.",
    ),
    ("ru", "Понял, смотрю. Минуту."),
]
RUDE = [
    ("en", "That's not our problem, deal with it."),
    ("ro", "Dacă ați apucat să citiți contractul, știți deja răspunsul."),
    ("ru", "Нет, вы ошибаетесь, мы такого не обещали."),
    ("ru", "Я не согласна с вами, вы всё выдумываете."),
    ("ru", "Любой справится с этой формой, не тратьте наше время."),
]
test_pol91_quiet, test_pol91_rude = quiet_and_rude_tests(QUIET, RUDE)

STILL_BLOCKED = [
    (
        "en",
        "I've copied in Priya, our returns coordinator, on priya.shah.home@gmail.com, so she can book the collection.",
    ),
    (
        "en",
        "Our courier partner's depot manager is Dana Webb, her direct email is dana.webb@swiftroute-ops.com, mention my name.",
    ),
    ("en", "The parcel belongs to Priya, one of our customers, at priya.shah@harbourhomes.co.uk."),
    (
        "en",
        "It's a known issue in version 3.1 where the basket shows £0.00 and the order still goes through, so go for it.",
    ),
]
test_pol91_still_blocked = still_blocked_tests(STILL_BLOCKED)


def test_pol91_next_step_times() -> None:
    """R4: a reply still under way that gives a time has its next step."""
    for language, text in (("en", QUIET[-2][1]), ("ru", QUIET[-1][1])):
        rules = [f.rule for f in lint(text, Context(), language=language).findings]
        assert "next-step.missing" not in rules, (language, text, rules)
    rules = [f.rule for f in lint("Принял, проверяю.", Context(), language="ru").findings]
    assert "next-step.missing" in rules
    assert_quiet(QUIET[-1][1], "ru")


def test_pol91_slashed_acronyms_are_no_shouting() -> None:
    """R1: two short capital names joined by a slash are one name; long words still shout."""
    assert_quiet("Puteți folosi și platforma SAL/SOL sau vă puteți adresa ANPC.", "ro")
    rules = [
        f.rule
        for f in lint("I told you ALREADY/TWICE: NO REFUND.", Context(), language="en").findings
    ]
    assert "shouting.capitals" in rules
