"""Polite false alarms fixed in the twenty-second session, seen on blind42 (a development
split) and fixed by mechanism, with wordings written for this test (R1, R6):

- en: "that's hard to read / to hear" is sympathy with the news as its subject, not the
  degree "is it that hard to …" the construction model reads as contempt;
- ro: "oricât" stems as "orice": "Orice ați hotărî" (whatever you decide) is no "oricât
  ați insista" (however much you insist), which stays contempt;
- the reply-level model's fault list read a denied fault («не по Вашей вине», "not due to
  your", „nu din vina dvs.") and what was done to the customer without them («операции,
  которые Вы не совершали», "payments you didn't make") as blame; "we got this wrong" is an
  admission, like "we got it wrong";
- a wish for the trip or for health («Хорошей дороги!», "Safe travels!", „Drum bun!") is
  warmth: the reply is not cold;
- a refusal that points to what the customer can do instead („Vă încurajăm să aplicați
  pentru …") gives them their next step (R4);
- the customer greeted with a Romanian title, the sentence running on ("Bună ziua, doamna
  Ilie, și vă mulțumim …"), is the customer: their treatment is no one else's health (R5).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, assert_rude


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I know that's hard to hear after such a long wait. The assessor's report is attached to the claim page.", "en"),
        ("Orice veți decide, vă stăm la dispoziție cu toate documentele de care aveți nevoie.", "ro"),
        ("We got that wrong. The refund went to an old card; I've sent it again to the new one today.", "en"),
        ("Официально ранний заезд платный, это есть в правилах. Но раз поезд пришёл раньше не по Вашей вине, мы эту плату отменим. Приятной поездки!", "ru"),
        ("Чтобы Вы не волновались: по списаниям, которые Вы не совершали, мы открыли проверку. Деньги вернутся на счёт в течение пяти рабочих дней.", "ru"),
    ],
)  # fmt: skip
def test_blind42_mechanisms_are_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Is it really that hard to read the manual before you write to us?", "en"),
        ("Oricât ați insista, răspunsul rămâne același.", "ro"),
        ("Это произошло по Вашей вине: Вы не передали показания вовремя.", "ru"),
    ],
)  # fmt: skip
def test_what_those_words_were_mistaken_for_is_still_rude(text: str, language: str) -> None:
    assert_rude(text, language)


def test_the_greeted_customer_with_a_title_is_the_customer() -> None:
    text = (
        "Bună ziua, doamna Stoica, și mulțumim pentru răbdare. Tratamentul recomandat de medicul "
        "dumneavoastră poate fi ridicat de la farmacia noastră de mâine, după ora 10."
    )
    assert_quiet(text, "ro")


def test_a_refusal_with_what_to_do_instead_has_its_next_step() -> None:
    text = (
        "Din păcate, dosarul nu îndeplinește condițiile pentru bursa socială, așa că nu v-o "
        "putem acorda. Vă recomandăm să aplicați pentru bursa de merit, unde media "
        "dumneavoastră se încadrează."
    )
    assert_quiet(text, "ro")
