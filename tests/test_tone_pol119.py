"""pol119: trainP45's false alarms and rude misses (R1, R3, R5), each beside the wording that stays
flagged. Wordings written for this test, none a labelled case.

- a program's words quoted to apologise for them ("The message 'Invalid input, stupid' should
  never have been shown"): lint.unquoted blanks them as it does the customer's words;
- two blaming warnings at two places are not softened by the reader's calm (lint._blamed_twice);
- a named teacher who will email the pupil's work home is one of ours, not the illness's
  holder (persons._ACTS_FOR_US); „Am analizat cererea" is no medical test; a title and name
  opening a one-line reply greet the customer („Doamnă Popescu, înainte de ecografie …");
- „ca să treceți împreună prin greșeli": a plural for you and the mentor, no register cue.
"""

from __future__ import annotations

from supportdesk.tone import context_from, lint
from supportdesk.tone.reader import shared_reader
from tests.tonecheck import blocked_leaks, quiet_and_rude_tests

QUIET = [
    (
        "en",
        "Hi Sam, thanks for the screenshot. The pop-up 'Wrong again, idiot' should never have appeared; it was test text left in by mistake and it's gone now.",
    ),
    (
        "ro",
        "Bună ziua, mulțumim pentru captură. Mesajul „Ești idiot? Încearcă din nou” nu trebuia să apară; era un text de test și l-am scos azi.",
    ),
    (
        "ru",
        "Добрый день, спасибо за скриншот. Надпись «Ты что, идиот? Попробуй ещё» не должна была появиться, это тестовый текст, сегодня его убрали.",
    ),
    (
        "ro",
        "Doamnă Popescu, înainte de ecografia de joi vă rugăm să beți un litru de apă; vă așteptăm la ora 9.",
    ),
    (
        "ro",
        "Salut, Andrei! Ai luat 48 de puncte, pragul e 50. Mentorul tău ți-a propus o oră ca să lucrați împreună pe exerciții. Vrei să o programez?",
    ),
]
LOUD = [
    ("en", "Hi Sam, I saw your screenshot. Wrong again, idiot: read the screen before you write."),
    ("ro", "Bună ziua. Ești idiot? Citiți ecranul înainte să ne scrieți."),
    ("ru", "Добрый день. Ты что, идиот? Читайте экран, прежде чем писать."),
]
test_polite_wording_is_not_flagged, test_rude_wording_is_flagged = quiet_and_rude_tests(QUIET, LOUD)


def _reader_rude(text: str, lang: str) -> list[str]:
    found = lint(text, language=lang, reader=shared_reader()).findings
    return [f.rule for f in found if f.serves in ("R1", "R6") and f.severity != "info"]


def test_two_blaming_warnings_are_not_calmed() -> None:
    blamed = (
        "Hello,\n\nI've checked the order. The size was selected on your end when you ordered, and "
        "the confirmation email shows it clearly at the top. If it had been checked at the time, "
        "this could have been avoided. An exchange now costs the standard £6 fee.\n\nKind regards,\nAnna"
    )
    assert len(_reader_rude(blamed, "en")) >= 2
    owned = (
        "Hello,\n\nI've checked the order. The size on it was our mistake: our site showed the wrong "
        "chart. I've sent the right size today at no cost.\n\nKind regards,\nAnna"
    )
    assert _reader_rude(owned, "en") == []


def test_an_illness_told_before_a_teacher_is_the_pupils() -> None:
    ctx = context_from({"customer_name": "Claire Byrne"})
    pupil = (
        "Dear Mrs Byrne,\n\nThank you for telling us Aiden has flu. The absence will be recorded as "
        "authorised illness. Mr Dunn will send his homework home.\n\nBest wishes,\nSchool Office"
    )
    assert blocked_leaks(pupil, "en", ctx) == []
    other = "Dear Mrs Byrne,\n\nMr Dunn is off with his chemotherapy until March, so Aiden has a supply teacher."
    assert blocked_leaks(other, "en", ctx)


def test_analysed_is_no_medical_test() -> None:
    ctx = context_from({"customer_name": "Vlad Cozma"})
    flight = (
        "Stimate domnule Cozma,\n\nZborul spre Londra Luton din 9 ianuarie a fost anulat. Am analizat "
        "cererea și vă rambursăm cazarea."
    )
    assert blocked_leaks(flight, "ro", ctx) == []
