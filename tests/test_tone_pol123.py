"""pol123: trainP47's rules-level false alarms and its rude draft the rules missed (R1, R4, R5, R6,
R12), each beside its counterpart. Wordings written for this test, none a labelled case.

- the customer's own phone read back is no one else's, whatever the words near it seem to name
  (secrets.find_leaks over othersdata);
- the customer's own debt sold to a firm with no "в" before it («передано ООО …»; othersmoney);
- a placeholder that is a command's argument or an API header's value inside a sentence ("kill -9
  <PID>", "Authorization: Bearer <YOUR_TOKEN>"; lint._in_code);
- „formularul e cam prost făcut": a thing badly made, and „Nu sunteți de vină că v-ați încurcat";
- "Hang on a sec" and "One moment," as the next step of a live chat (R4);
- what was lost put down to the customer's lateness is blaming, in all three languages (R6).
"""

from __future__ import annotations

import pytest

from supportdesk.tone import context_from, lint
from tests.tonecheck import assert_quiet, assert_rude, blocked_leaks


def test_the_customers_own_phone_read_back_is_theirs() -> None:
    text = "Codul v-a fost trimis prin SMS pe 0744 512 309. Dacă nu îl găsiți, vi-l retrimit acum."
    own = context_from({"customer_phone": "0744 512 309"})
    assert blocked_leaks(text, "ro", own) == []
    someone = context_from({"customer_phone": "0722 000 111"})
    assert blocked_leaks(text, "ro", someone)


def test_a_debt_passed_to_a_firm_is_the_customers_own() -> None:
    passed = "Право требования задолженности в размере 12 400 ₽ по договору займа передано ООО «ПКО Долг-Сервис»."
    assert blocked_leaks(passed, "ru") == []
    named = "Долг господина Смирнова в размере 12 400 ₽ передан ООО «Долг-Сервис»."
    assert blocked_leaks(named, "ru")


def _placeholders(text: str, lang: str) -> list[str]:
    return [f.rule for f in lint(text, language=lang).findings if f.rule == "placeholder"]


def test_a_commands_argument_in_a_sentence_is_no_placeholder() -> None:
    command = "Если процесс завис, его можно завершить командой kill -9 <PID>, а потом перезапустить сервис."
    assert _placeholders(command, "ru") == []
    ours = "Здравствуйте, <CUSTOMER_NAME>! Процесс перезапущен, данные на месте."
    assert _placeholders(ours, "ru")
    header = "Every request needs the header Authorization: Bearer <YOUR_TOKEN>; you create it in Settings."
    assert _placeholders(header, "en") == []
    unfilled = "Every request needs a token; yours is <TOKEN_HERE>, created in Settings."
    assert _placeholders(unfilled, "en")


QUIET = [
    ("ro", "Nu sunteți de vină că v-ați încurcat: recunosc că formularul e cam prost făcut, îl refacem luna asta."),
    ("en", "Hang on a sec, checking."),
    ("en", "One moment, I'm checking the booking."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_polite_wording_stays_quiet(lang: str, text: str) -> None:
    assert_quiet(text, lang)


RUDE = [
    ("ro", "Sunteți prost, formularul e foarte clar."),
    ("en", "The table was given away because you were 15 minutes late. We can't hold it for everyone."),
    ("ro", "Masa a fost dată altcuiva pentru că ați întârziat un sfert de oră."),
    ("ru", "Столик отдали, потому что вы опоздали на 15 минут. Мы не можем держать его для всех."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), RUDE)
def test_rude_counterpart_still_flagged(lang: str, text: str) -> None:
    assert_rude(text, lang)


def test_a_hold_with_no_time_still_needs_a_next_step() -> None:
    assert "next-step.missing" in [f.rule for f in lint("Checking.", language="en").findings]
