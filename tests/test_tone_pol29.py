"""Polite false alarms fixed in the twenty-first session, seen on blind41 (a development
split) and fixed by mechanism, with wordings written for this test (R1, R3, R5, R6):

- en.blame-you reads "on … you … to" with words between: "notes on your case so you
  won't have to explain it again" spares the customer work, it is no "it's on you to";
- en.blame-conduct's "said plainly": thanks for the customer's frankness ("thanks for
  putting it so plainly") is no "as clearly stated";
- the at-fault party of a crash is someone else's record unless it is the customer
  («виновником ДТП признаны Вы»): a refused claim explained to its own claimant;
- a lower-case «ваш…» beside «ты» is the plural "your" of the customer's team, not «Вы»
  to them: no mixed register;
- rude misses: «Некогда мне.», «Говорите быстрее.», a bare «Что опять?», the pet name
  «Солнышко» and «попытка засчитана» (ru.shrug, the reply-level sure phrases).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, assert_rude, blocked_leaks, warnings


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I've logged everything on your account so you won't have to repeat it to anyone.", "en"),
        ("I've added the details on your file so you don't have to send them again.", "en"),
        ("Thank you for putting it so plainly. The wait you had was not acceptable.", "en"),
        ("Thanks for saying this clearly; we've changed how refunds are approved.", "en"),
    ],
)  # fmt: skip
def test_sparing_the_customer_and_thanking_them_are_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("It's on you to check the address before you pay.", "en"),
        ("As the order page clearly stated, delivery takes ten days.", "en"),
    ],
)  # fmt: skip
def test_the_blame_they_were_mistaken_for_is_still_flagged(text: str, language: str) -> None:
    assert_rude(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "По постановлению ГИБДД виновником ДТП признаны Вы, поэтому ремонт Вашей машины по ОСАГО не оплачивается.",
        "Вы признаны виновником аварии, и по ОСАГО Ваш ремонт не возмещается. Если решение обжалуют, пришлите его нам.",
        "Поскольку вы были виновником ДТП, выплату по Вашему полису сделать нельзя.",
    ],
)  # fmt: skip
def test_the_customer_found_at_fault_is_their_own_record(text: str) -> None:
    assert blocked_leaks(text, "ru") == [], text


def test_another_driver_at_fault_is_still_blocked() -> None:
    text = "Сообщаем, что виновником ДТП признан второй участник, он уже лишён прав."
    assert blocked_leaks(text, "ru"), text


@pytest.mark.parametrize(
    "text",
    [
        "Привет, Лёша! Извини, что сбой пришёлся прямо на время вашей презентации 🙏",
        "Привет! Поправил доступ, теперь ваш отдел видит отчёт. Напиши, если что-то не так.",
    ],
)  # fmt: skip
def test_a_group_your_beside_ty_is_no_mixed_register(text: str) -> None:
    assert "register.mixed" not in warnings(text, "ru"), text


@pytest.mark.parametrize(
    "text",
    [
        "Привет, Лёша! Извини за задержку. Вам отправили новый ключ.",
        "Привет! Напиши, пожалуйста, когда Ваша команда будет готова.",
    ],
)  # fmt: skip
def test_vy_or_a_capital_vash_beside_ty_is_still_mixed(text: str) -> None:
    assert "register.mixed" in warnings(text, "ru"), text


@pytest.mark.parametrize(
    "text",
    [
        "Нам некогда, напишите на почту.",
        "Ну что опять? Номер заказа.",
        "Рассказывайте побыстрее. У меня очередь.",
        "Солнышко, возврат так не работает 🙂 но попытка засчитана.",
    ],
)  # fmt: skip
def test_no_time_for_the_customer_and_pet_names_are_rude(text: str) -> None:
    """blind41's misses (R1): the agent has no time, hurries the customer, calls them
    «солнышко» or says "nice try"."""
    assert_rude(text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Понимаю, что вам некогда ждать: курьер приедет сегодня до 18:00.",
        "Давайте быстрее оформим возврат: пришлите, пожалуйста, номер заказа.",
        "Мне сейчас некогда, простите, перезвоню через час.",
    ],
)  # fmt: skip
def test_the_customers_hurry_and_ours_put_kindly_are_not_shrugs(text: str) -> None:
    assert "ru.shrug" not in warnings(text, "ru"), text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a billing error of ours owned: no payment "that applies twice" for anyone
        ("Sorry, we charged your card twice for May; I've refunded the extra £19.99 today.", "en"),
        # the stem of "cară-te" took "care nu te" ("în care nu te-ai putut conecta")
        ("Te înțeleg, după două zile în care nu te-ai putut conecta aș fi și eu supărat.", "ro"),
        # the customer's choice we failed to follow is no "you chose it yourself"
        ("Curierul a lăsat coletul la alt punct decât cel ales de dumneavoastră; îl mutăm mâine.", "ro"),
        # «просто» shared its stem with «прости»; «не надо» of reassurance
        ("Ой, прости, перепутали цвет 🙈 Завтра привезём нужный, доплачивать ничего не надо.", "ru"),
    ],
)  # fmt: skip
def test_blind42_false_alarms_are_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Cară-te cu reclamațiile tale.", "ro"),
        ("Не надо мне объяснять, как работает наш тариф.", "ru"),
        ("Спорить с нами не надо, штраф спишем полностью.", "ru"),
    ],
)  # fmt: skip
def test_what_those_words_stood_for_is_still_rude(text: str, language: str) -> None:
    assert_rude(text, language)


def test_no_time_for_the_customer_in_english() -> None:
    """blind42's miss (R1): "I haven't got time for this. Call back tomorrow." (en.shrug)."""
    assert_rude("We haven't got time for that. Call later.", "en")
    assert "en.shrug" not in warnings(
        "Please call back tomorrow after 9, when billing is in.", "en"
    )
