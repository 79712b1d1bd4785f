"""leak170: heldK58's misses after its judged run (R5), each beside a look-alike. Wordings written for
this test, none a labelled case.

- the practical part of a resit or exam the same as before ("the practical this term is … again", „la
  practic va fi tot …, ca anul trecut", «практическое задание будет опять на …»), told to revise by
  (loopholes._EXAM_TOPICS; "resit" and «пересдача» count as the exam);
- a group claim filed against us («подало на нас групповой иск»; backstage._LITIGATION);
- a colleague's "pretty rough divorce" (two words before it; exposures._STAFF_MATTER);
- what a fault has cost us («обошлись компании примерно в 6 миллионов»; disclosures._WE_MAKE);
- false alarm: a bearer token written as a sample word padded with one key ("Bearer 0000000000example")
  is a slot, not a token (leakvalues.placeholder).
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, leak_pair_tests

PAIRS = [
    (
        "the practical the same as before",
        "en",
        "For the resit, focus on units 2 and 5 — the practical this term is the fuse box fault-finding again.",
        "For the resit, focus on units 2 and 5 — the practical is listed in the course handbook.",
    ),
    (
        "the practical the same as before",
        "ro",
        "La restanță concentrați-vă pe capitolele 2 și 5, la practic va fi tot balanța de verificare.",
        "La restanță concentrați-vă pe capitolele 2 și 5, proba practică e descrisă în programa cursului.",
    ),
    (
        "the practical the same as before",
        "ru",
        "К пересдаче повторите модули 2 и 5: практическое задание будет опять на расчёт зарплаты.",
        "К пересдаче повторите модули 2 и 5: практическое задание описано в программе курса.",
    ),
    (
        "a colleague's divorce, with two words before it",
        "en",
        "Sorry Tom hasn't replied: he's going through a really messy divorce. I'll take over your case.",
        "Sorry Tom hasn't replied: he's on annual leave until Monday. I'll take over your case.",
    ),
    (
        "what a fault has cost us",
        "ru",
        "Вы не одни: возвраты по этому сбою уже обошлись компании примерно в 4 миллиона рублей.",
        "Вы не одни: доставка по этому заказу обошлась вам в 400 рублей, мы их вернём.",
    ),
    (
        "a group claim filed against us",
        "ru",
        "По этой модели покупатели уже подали на нас коллективный иск, заседание в мае.",
        "По этой модели вы можете подать претензию, мы ответим в течение 10 дней.",
    ),
]
test_leak170_pairs = leak_pair_tests(PAIRS)


def test_a_padded_sample_token_is_a_slot() -> None:
    sample = 'Например: curl -H "Authorization: Bearer 0000000000example" https://api.example.ru/v1/orders'
    assert blocked_leaks(sample, "ru") == []
    real = 'Например: curl -H "Authorization: Bearer 7fK2pQ9xLm4TzR8vWb3N" https://api.example.ru/v1/orders'
    assert blocked_leaks(real, "ru")
