"""pol33, seen on trainP8 (a development split after its first run) and fixed by mechanism;
wordings written for this test, none a labelled case (R1, R6):

- the cause denied with the customer as its subject ("a fault on our side, not because you
  entered anything wrong", „nu pentru că ați greșit ceva", «а не из-за того, что вы что-то
  ввели неправильно») is no blame; "because you entered it wrong" still is;
- "as simply as possible" talks down only about explaining («хочу помочь решить вопрос как
  можно проще» is kind, «объясню максимально просто» is not);
- «срочно» in quotation marks after «с пометкой» is the label we set, not scare quotes.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, assert_rude

POLITE = [
    ("The upload failed because of a fault on our side, not because you did anything wrong.", "en"),
    ("Importul a eșuat din cauza unei erori la noi, nu pentru că ați greșit ceva.", "ro"),
    (
        "Загрузка не прошла из-за сбоя у нас, а не из-за того, что вы что-то сделали неправильно.",
        "ru",
    ),
    ("Хочу помочь решить вопрос с долгом как можно проще.", "ru"),
    ("Я отметила заявку с пометкой «срочно», мастер приедет завтра утром.", "ru"),
]
RUDE = [
    ("The upload failed because you did something wrong.", "en"),
    ("Importul a eșuat pentru că ați greșit ceva.", "ro"),
    ("Загрузка не прошла, потому что вы сделали что-то неправильно.", "ru"),
    ("Объясню вам ещё раз, максимально просто: нажмите кнопку.", "ru"),
    ("Мы посмотрели вашу «срочную» заявку.", "ru"),
]


@pytest.mark.parametrize(("text", "language"), POLITE)
def test_polite_stays_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(("text", "language"), RUDE)
def test_rude_is_found(text: str, language: str) -> None:
    assert_rude(text, language)
