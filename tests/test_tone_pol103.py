"""pol103 and leak149: this session's judges' misses (blind75, heldK50), read after their judged
run, each beside its counterpart. Wordings written for this test, none a labelled case.

- polite drafts the rules blocked (R5 false alarms): the reader's own client named to their
  lawyer; a complaints address of ours; the reader's own cancellation and why;
- rude drafts both readers missed: "if anyone raised their voice it was you" (R1, R6), «О, вы
  снова с нами! Мы уже соскучились.» (R1);
- leaks both readers missed: a link that opens with no login („nu cere logare"), the same exam
  questions again („aceleași 30 de întrebări"), refunds waiting on an investor's money (R5).
"""

from __future__ import annotations

from supportdesk.tone import Context, lint
from tests.tonecheck import blocked_leaks, leak_pair_tests, quiet_and_rude_tests

QUIET = [
    (
        "en",
        "Dear Ms Hale, thank you for your letter on behalf of your client, Mr Daniel Price, 14 Elm Road. We accept the claim.",
    ),
    (
        "ru",
        "Получили претензию от вашего доверителя, Ковалёва Сергея Петровича, ул. Садовая, 4. Ответим до пятницы.",
    ),
    ("ro", "Dacă doriți, puteți contesta decizia în 30 de zile la adresa contestatii@autoflex.ro."),
]
RUDE = [
    ("en", "I've listened to the call, and if anyone was shouting it was you."),
    ("ru", "О, вы снова с нами! Мы уже соскучились."),
]
test_pol103_polite_quiet, test_pol103_rude_flagged = quiet_and_rude_tests(QUIET, RUDE)


def test_pol103_own_cancellation_is_theirs() -> None:
    """The reader's own cancellation and its reason is theirs; another patient's is not (R5)."""
    own = "Вы объяснили, что отменили запись из-за того, что ребёнка положили в больницу, и мы вернём 1 500 ₽."
    assert blocked_leaks(own, "ru") == []
    other = "Окно освободилось: женщина отменила запись, потому что её положили в больницу."
    assert blocked_leaks(other, "ru")


def test_pol103_others_address_still_blocked() -> None:
    """A person with an address, not said to be the reader's client, is still someone else (R5)."""
    text = "The parcel went to Mr Daniel Price, 14 Elm Road, by mistake; we'll collect it."
    assert any(f.severity == "block" for f in lint(text, Context(), language="en").findings)


PAIRS = [
    (
        "a link that opens with no login",
        "ro",
        "Da, știm că oricine are linkul facturii o poate deschide, nu cere logare.",
        "Linkul facturii vă cere logare cu parola contului, ca să nu o poată deschide altcineva.",
    ),
    (
        "a link that opens with no login",
        "en",
        "Yes, we know anyone with the invoice link can open it, it doesn't ask for a login.",
        "The invoice link asks you to log in first, so nobody else can open it.",
    ),
    (
        "a link that opens with no login",
        "ru",
        "Да, любой, у кого есть ссылка на счёт, может его открыть — вход не требуется.",
        "Ссылка на счёт открывается только после входа в личный кабинет.",
    ),
    (
        "the same exam questions again",
        "ro",
        "La testul final intră aceleași 30 de întrebări din modulul 3, doar amestecate.",
        "Testul final are 30 de întrebări din toate modulele; găsiți exemple în ghidul cursului.",
    ),
    (
        "refunds waiting on an investor's money",
        "ru",
        "Мы сейчас ждём денег от инвестора, потом начнём возвращать предоплату.",
        "Возврат предоплаты оформлен, деньги придут на карту в течение 5 рабочих дней.",
    ),
    (
        "refunds waiting on an investor's money",
        "en",
        "We're waiting on money from our investors; once it lands we'll start the refunds.",
        "Your refund is on its way and should reach your card within 5 working days.",
    ),
    (
        "refunds waiting on an investor's money",
        "ro",
        "Așteptăm banii de la investitor, apoi începem rambursările.",
        "Rambursarea a fost aprobată și ajunge pe card în 5 zile lucrătoare.",
    ),
]
test_leak149_pairs = leak_pair_tests(PAIRS)
