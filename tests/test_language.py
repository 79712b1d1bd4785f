"""The customer's language (R14): the script-and-words shortcut against py3langid.

`language._by_script` decides clear Russian, Romanian and English without the model;
it must never contradict it. The labelled texts: BUDGET of the tone evaluation's support
messages in en/ro/ru by many independent writers (tests/data/tone), and
tests/data/language/other.jsonl: 38 messages in 33 other languages, plus mixed ones
(English signed with Romanian names, Russian full of English product names, Romanian
without diacritics).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from supportdesk.mail import language
from supportdesk.mail.language import detect

DATA = Path(__file__).parent / "data"
OURS = ("en", "ro", "ru")


# The tone sets hold ~27,000 texts and grow with each writer; asking py3langid about
# each of them twice was a minute of the suite's CPU. A fixed number, evenly spaced over
# every file in name order (every writer, language and kind of case stays in), and every
# text in another language: a shortcut that contradicts the model does so on a kind of
# text, which a sample of this size holds.
BUDGET = 6000


def _labelled() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for path in sorted((DATA / "tone").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            found.append((item["lang"], item["text"]))
    step = max(1.0, len(found) / BUDGET)
    found = [found[int(i * step)] for i in range(min(BUDGET, len(found)))]
    for line in (DATA / "language" / "other.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        found.append((item["lang"], item["text"]))
    return found


LABELLED = _labelled()


def _shortcut(text: str) -> str:
    sample = text[:400]
    letters = len(language._LETTERS.findall(sample))
    return language._by_script(sample, letters) if letters >= language.MIN_LETTERS else ""


def _model(text: str) -> str:
    sample = text[:400]
    if len(language._LETTERS.findall(sample)) < language.MIN_LETTERS:
        return ""
    return language._classify(sample)


def test_the_shortcut_never_contradicts_py3langid_on_the_labelled_texts() -> None:
    """Wherever the shortcut answers, the writer's label backs it; it differs from
    py3langid only where py3langid is wrong (e.g. 'zxx' for a short Romanian note made
    mostly of a hex token), and that stays rare: it is a shortcut, not another model."""
    answered = 0
    overruled = []
    for label, text in LABELLED:
        quick = _shortcut(text)
        if not quick:
            continue
        answered += 1
        assert quick == label, (label, quick, text[:120])
        model = _model(text)
        if model and model != quick:
            overruled.append((label, model, text[:80]))
    assert len(overruled) <= 0.005 * answered, overruled
    # Most support mail is clear: the model is only asked about the rest.
    assert answered >= 0.8 * sum(label in OURS for label, _ in LABELLED)


def test_other_languages_are_left_to_the_model_and_recognised() -> None:
    others = [(label, text) for label, text in LABELLED if label not in OURS]
    assert len({label for label, _ in others}) >= 30
    for label, text in others:
        assert _shortcut(text) == "", (label, text)
        assert detect(text) == label, (label, text)


def test_detect_is_as_right_as_the_model_alone_on_the_labelled_texts() -> None:
    wrong_now = [(label, text) for label, text in LABELLED if detect(text) != label]
    wrong_model = [(label, text) for label, text in LABELLED if _model(text) != label]
    assert set(wrong_now) <= set(wrong_model)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English that names Romanian people and places stays English.
        ("Hi, this is Ștefan Țăranu from Brașov. I was charged twice, please refund me.", "en"),
        # Russian full of Latin product names and error codes is still Russian.
        ("Здравствуйте, приложение MyBank Pro не открывается после обновления iOS 17.", "ru"),
        # Bulgarian and Ukrainian have no ы/э and their own words: the model decides.
        ("Здравейте, поръчката ми още не е пристигнала, моля проверете къде е.", "bg"),
        ("Добрий день, я не можу увійти до свого облікового запису, допоможіть.", "uk"),
        # Romanian written without diacritics is the model's to recognise.
        ("Buna ziua, nu pot sa intru in contul meu si parola nu mai functioneaza.", "ro"),
        ("Ok", ""),  # too short to tell
    ],
)
def test_clear_and_unclear_cases(text: str, expected: str) -> None:
    assert detect(text) == expected
