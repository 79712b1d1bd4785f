"""Polite false alarms and rude misses of round pol27 (issue 8), seen on trainP4 and
blind39 (development splits) and fixed by family in en, ro and ru, with wordings written
for this test. Each family has polite wordings that must stay quiet and rude counterparts
that must still be found:

- R1 (company in the same mishap): "you're not the only one who got stuck on this step",
  „nu sunteți singura care s-a încurcat”, «вы не первый, кто запутался» comfort the
  customer: others hit the same trouble (pol26 did the same for "…the only one who's
  mentioned it"). "…the only one who's waiting", „sunteți singurul care a pățit asta”
  (no negation) and «вы единственный, кто запутался» still put the customer in their
  place (`<lang>.not-our-problem` / `en.exasperation` except, ru `model_spare`);
- R6 (a correction that lifts a burden): "Actually, you don't need to send the form",
  „Nu, nu trebuie să veniți la sediu”, «Нет, приезжать в офис не нужно» reassure, they do
  not contradict (`<lang>.argumentative` except_patterns); "No, there's no need to
  shout.", „Nu, nu e nevoie să ne scrieți zilnic.”, «Нет, писать нам каждый день не
  нужно.» still talk down;
- R1 (the trouble taken off the customer): "that's not your problem to solve", „asta nu
  e problema dumneavoastră” after our own fault own it, as "not your fault" does; "That's
  your problem, not ours." is still found.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, assert_rude

# ---- R1: company in the same mishap (not the only one / not the first) ----

COMPANY_IN_MISHAP = [
    (
        "en",
        "You're not the only one who got stuck on this step — the form is confusing, and "
        "we're redesigning it.",
    ),
    ("en", "Don't worry, you're not alone: many customers mix up the two account numbers."),
    ("ro", "Nu sunteți singurul care s-a lovit de asta — formularul e derutant și îl refacem."),
    ("ro", "Nu sunteți singura care a încurcat cele două coduri; se întâmplă des."),
    ("ru", "Вы не первый, кто столкнулся с этой ошибкой — форма правда сбивает с толку."),
    ("ru", "Не переживайте, вы не единственная, кто запутался в этих кодах."),
]

SINGLED_OUT = [
    ("en", "You're not the only one who's waiting."),
    ("en", "You are not the only customer we have."),
    ("ro", "Nu sunteți singurul care așteaptă."),
    ("ro", "Sunteți singurul care a pățit asta, la ceilalți merge."),
    ("ru", "Вы единственный, кто запутался, у остальных всё работает."),
    ("ru", "Вы не единственный клиент."),
]


@pytest.mark.parametrize(("language", "text"), COMPANY_IN_MISHAP)
def test_others_caught_by_the_same_mishap_is_comfort(language: str, text: str) -> None:
    """R1: "not the only one who got stuck" shares the trouble; it does not dismiss."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), SINGLED_OUT)
def test_the_customer_singled_out_or_told_to_queue_is_still_found(language: str, text: str) -> None:
    """R1: "the only one who's waiting", or the mishap without the negation, dismisses."""
    assert_rude(text, language)


# ---- R6: a correction that lifts a burden (no need to / still have until) ----

BURDEN_LIFTED = [
    ("en", "Actually, you don't need to send the form — we have it on file."),
    ("en", "Actually, you still have until Friday to change your seat."),
    ("en", "No, there's no need to come in person; you can do it online."),
    (
        "en",
        "Actually, you still have until 30 May to send the form — the date in the reminder "
        "was only a suggestion.",
    ),
    ("ro", "De fapt, nu e nevoie să retrimiteți documentele; le avem în dosar."),
    ("ro", "Nu, nu trebuie să veniți la sediu; totul se face online."),
    ("ru", "Нет, приезжать в офис не нужно — всё можно сделать онлайн."),
    ("ru", "На самом деле, отправлять документы повторно не нужно, они у нас уже есть."),
]

CONTRADICTED_OR_TOLD_OFF = [
    ("en", "Actually, the charge is correct."),
    ("en", "No, there's no need to shout."),
    ("en", "Actually, you don't need to email us every day."),
    ("ro", "De fapt, taxa e corectă."),
    ("ro", "Nu, nu e nevoie să ne scrieți zilnic."),
    ("ru", "Нет, вы ошибаетесь, оплата не поступила."),
    ("ru", "Нет, писать нам каждый день не нужно."),
]


@pytest.mark.parametrize(("language", "text"), BURDEN_LIFTED)
def test_a_correction_that_spares_the_customer_a_step_is_quiet(language: str, text: str) -> None:
    """R6: "Actually, you don't need to…" reassures; it is no contradiction."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), CONTRADICTED_OR_TOLD_OFF)
def test_a_contradiction_or_a_rebuke_about_contacting_us_is_still_found(
    language: str, text: str
) -> None:
    """R6: "No, there's no need to shout." and a plain contradiction stay arguments."""
    assert_rude(text, language)


# ---- R1: the trouble taken off the customer ("that's not your problem") ----

TROUBLE_TAKEN_OFF = [
    (
        "en",
        "The delay came from our side, and that's not your problem to solve; the parcel "
        "went out today.",
    ),
    (
        "ro",
        "Întârzierea a venit de la noi, iar asta nu e problema dumneavoastră; am trimis "
        "coletul azi.",
    ),
    (
        "ru",
        "Задержка возникла по нашей вине, и это не ваша проблема; посылку отправили сегодня.",
    ),
]

TROUBLE_PUSHED_BACK = [
    ("en", "That's your problem, not ours."),
    ("ro", "E problema dumneavoastră, nu a noastră."),
    ("ru", "Это ваша проблема, не наша."),
]


@pytest.mark.parametrize(("language", "text"), TROUBLE_TAKEN_OFF)
def test_not_your_problem_after_our_fault_is_quiet(language: str, text: str) -> None:
    """R1: "that's not your problem" takes the trouble on ourselves."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), TROUBLE_PUSHED_BACK)
def test_your_problem_is_still_found(language: str, text: str) -> None:
    """R1: "That's your problem, not ours." refuses the customer's problem."""
    assert_rude(text, language)
