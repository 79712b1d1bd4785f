"""pol133: the session's own changes, each beside a counterpart that keeps its old reading (R1, R5,
R6, R8). Wordings written for this test, none a labelled case.

- two stemmed single-word exceptions that hid words of their own lexicon (the scan of 08f5daf):
  en upset's "hope" took "I had hoped" / "I was hoping to" out of upset, en praise's "quickly" took
  "quick response" / "was quick" out of praise. Both are matched as words now, so "I hope to hear
  from you" stays no upset and "could you quickly fix" no praise.
- trainP50's false alarms: "Done — refund issued." (the readers' sentence reading of a one-sentence reply
  that the packs' `reader_spared` spares as a whole), "No further action is required on your side" (no
  fault), "I wanted to check with my team lead before answering" (a check done), „o poți trimite când
  ajungi la recepție" (not „când ajungem la ea"), the payee of the customer's own transfer by its last
  digits, «провели беседу с курьером» (a role spoken to), „în baza art. 9" (on the grounds of, no
  database beside an incident).
- leak175: the sector's regulator investigating ("Ofcom opened an investigation", „ANCOM a deschis o
  anchetă"), as the FCA and ФАС already were.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import Context, builtin_packs, lint
from supportdesk.tone.reader import shared_reader
from tests.tonecheck import assert_quiet, blocked_leaks, rude_rule_set, still_blocked_tests


@pytest.mark.parametrize(
    ("lexicon", "text", "found"),
    [
        ("upset", "I had hoped the engineer would finally come today.", True),
        ("upset", "I was hoping to have this sorted before the weekend.", True),
        ("praise", "Thanks for the quick response, that was really quick.", True),
        ("praise", "The delivery was quick and the box was well packed.", True),
        ("upset", "I hope to hear from you soon about the refund.", False),
        ("upset", "We hope you have a good weekend.", False),
        ("praise", "Could you quickly fix the address on my account?", False),
        ("praise", "Please reply as quickly as you can.", False),
    ],
)
def test_a_stemmed_exception_no_longer_hides_its_own_word(
    lexicon: str, text: str, found: bool
) -> None:
    """ "hope" and "quickly" as stemmed exceptions spared every word of their stem ("hoped",
    "hoping", "quick"); they are matched as words now."""
    packs = builtin_packs()
    assert bool(packs.find(packs.document(text, "en"), lexicon)) is found


@pytest.mark.parametrize(
    ("text", "rude"),
    [
        ("Done — refund issued.", False),
        ("Refunded — don't open another ticket.", True),
    ],
)
def test_a_one_sentence_reply_spared_as_a_whole_keeps_no_sentence_reading(
    text: str, rude: bool
) -> None:
    """lint.read_with: the sentence that is the whole reply is read as the whole reply; a reproach
    after "Refunded" is no short reply of the packs' `reader_spared` and keeps its reading."""
    found = lint(text, Context(), language="en", reader=shared_reader()).findings
    assert any(f.rule == "reader.rude" and f.severity == "warn" for f in found) is rude


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Hi! Sorry for the slow reply — I'm new here and wanted to check with my team lead before "
            "answering. It turns out the late fee was charged by mistake. It's been removed, and your "
            "balance now shows £0.00.",
        ),
        (
            "ro",
            "Salut, Alina! Am suspendat abonamentul tău până la 30 aprilie, fără niciun cost. Scutirea o poți "
            "aduce când ajungi la recepție. Multă sănătate!",
        ),
    ],
)
def test_pol133_quiet(language: str, text: str) -> None:
    assert_quiet(text, language)


def test_pol133_counterparts_keep_their_reading() -> None:
    """What each quiet wording's rule still finds beside it: the fault put on the customer's side,
    a check still under way, „când ajungem la ea" (when we get round to it)."""
    packs = builtin_packs()
    reassured = packs.document("No further action is required on your side.", "en")
    assert not packs.find(reassured, "reply_fault")
    blamed = packs.document("The error was on your side, not ours.", "en")
    assert packs.find(blamed, "reply_fault")
    pending = packs.document("We're still checking with the warehouse and will update you.", "en")
    assert packs.find(pending, "unresolved")
    assert "ro.not-our-problem" in rude_rule_set(
        "Ne uităm pe ea când ajungem la ea, avem multe cereri.", "ro"
    )


def test_the_payee_of_the_customers_own_transfer_is_no_leak() -> None:
    own = (
        "It looks like the transfer went to an account ending 8812 rather than your landlord's account "
        "ending 8821. We can ask the receiving bank to recall it."
    )
    assert blocked_leaks(own, "en") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Курьер не должен был оставлять заказ у двери без звонка. Это наша недоработка — мы вернули "
            "деньги и провели беседу с курьером.",
        ),
        (
            "ro",
            "Abonamentul încetează în baza art. 9 din regulament, ca urmare a incidentului din 18 iunie.",
        ),
    ],
)
def test_pol133_clean(language: str, text: str) -> None:
    assert blocked_leaks(text, language) == []


test_pol133_leaks_still_blocked = still_blocked_tests(
    [
        ("ro", "Colega de apartament plătește partea ei de pe un cont ING terminat în 3310."),
        ("en", "Your brother's savings account currently shows £12,480."),
        ("ru", "Курьер Олег уже наказан: с ним провели беседу."),
        ("ro", "A fost un incident: cineva a copiat baza de date cu clienții."),
        # leak175
        ("en", "Ofcom actually opened an investigation into the mis-billing a fortnight ago."),
        ("ro", "ANCOM a deschis o anchetă pe tema asta acum câteva zile."),
        ("ru", "Роскомнадзор начал проверку по этим рассылкам на прошлой неделе."),
    ]
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "If you're unhappy with our answer, you can refer it to Ofcom."),
        ("ro", "Dacă nu sunteți mulțumit, puteți depune o plângere la ANCOM."),
        ("ru", "Если вас не устраивает ответ, можете обратиться в Роскомнадзор."),
    ],
)
def test_a_regulator_named_as_where_to_complain_is_no_leak(language: str, text: str) -> None:
    assert blocked_leaks(text, language) == []
