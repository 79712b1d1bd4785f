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
  your problem, not ours." is still found;
- rude recall (rules alone, trainP4's misses): the customer's knowledge thrown back ("If
  you think you know better, do it yourself", „Dacă vă pricepeți mai bine, faceți-o
  singur”, «Раз вы лучше знаете, зачем тогда пишете?»: R6, `<lang>.argumentative`); the
  customer told not to teach the agent ("Don't tell me how to do my job", „Nu-mi dați
  lecții”, «Не учите меня работать») and a favour done to be rid of them ("Happy now?",
  „Acum ne lăsați în pace?”, «Теперь отстанете?»: R1, `<lang>.harsh-imperative`); take it
  or leave it ("If it doesn't suit you, you can cancel the contract", „Dacă nu vă
  convine, puteți schimba furnizorul”, «Не устраивает — можете расторгнуть договор»: R1,
  `<lang>.not-our-problem`). Their look-alikes (a better time asked for, "tell me how
  you'd like…", leaving offered free of charge, a time slot changed) stay quiet.
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


# ---- rude recall: knowledge thrown back, "don't teach me", "leave us alone", take it or leave it ----

PUT_DOWN = [
    ("en", "If you think you know better than the technician, repair it yourself then."),
    ("en", "If you know so much about servers, why are you writing to support?"),
    ("en", "Don't tell me how to do my job."),
    ("en", "Don't lecture me about refunds."),
    ("en", "Done, it's changed. Will you leave us alone now?"),
    ("en", "Happy now? It's been changed."),
    ("en", "If it doesn't suit you, you can cancel the contract."),
    ("ro", "Dacă știți mai bine, rezolvați singur."),
    ("ro", "Dacă vă pricepeți mai bine, faceți-o singur."),
    ("ro", "Nu-mi spuneți cum să-mi fac treaba."),
    ("ro", "Nu mă învățați pe mine cum să lucrez."),
    ("ro", "Nu-mi dați lecții despre livrări."),
    ("ro", "Gata, am rezolvat. Acum ne lăsați în pace?"),
    ("ro", "Dacă nu vă convine, puteți schimba banca."),
    ("ro", "Dacă nu vă convine, puteți pleca la concurență."),
    ("ru", "Если вы лучше знаете, настройте сами."),
    ("ru", "Не учите меня работать."),
    ("ru", "Вы мне ещё будете объяснять, как оформлять возврат?"),
    ("ru", "Всё, подключили. Теперь отстанете?"),
    ("ru", "Не устраивает — можете расторгнуть договор."),
]

ASKED_OR_OFFERED = [
    ("en", "If you know a better time for the visit, just tell me."),
    ("en", "You know your setup better than we do, so tell us which option suits you."),
    ("en", "Please tell me how you'd like us to handle the return."),
    (
        "en",
        "If you're not happy with the repair, you can cancel it free of charge and we'll refund you.",
    ),
    ("en", "If the new time doesn't suit you, you can pick another one in the app."),
    ("ro", "Dacă știți o variantă mai bună pentru livrare, spuneți-mi."),
    ("ro", "Spuneți-mi cum preferați să procedăm."),
    ("ro", "Dacă noul tarif nu vă convine, puteți rezilia fără penalități până la 30 mai."),
    (
        "ro",
        "Curierul revine mâine între 10 și 14. Dacă nu vă convine ora, o puteți schimba din "
        "linkul primit prin SMS.",
    ),
    ("ru", "Вы лучше знаете свой график — напишите, когда удобно."),
    ("ru", "Расскажите, как вам удобнее получить заказ."),
    ("ru", "Поезд отстаёт от графика на 10 минут, приносим извинения."),
    ("ru", "Если новый тариф не устраивает, можете перейти на прежний без комиссии."),
]


@pytest.mark.parametrize(("language", "text"), PUT_DOWN)
def test_the_customer_put_down_or_shown_the_door_is_found(language: str, text: str) -> None:
    """R1/R6: knowledge thrown back, "don't teach me", "now leave us alone?", "if it
    doesn't suit you, cancel": the customer put in their place."""
    assert_rude(text, language)


@pytest.mark.parametrize(("language", "text"), ASKED_OR_OFFERED)
def test_their_look_alikes_that_ask_or_offer_are_quiet(language: str, text: str) -> None:
    """R1/R6: a better time asked for, a preference asked, leaving offered without a fee."""
    assert_quiet(text, language)
