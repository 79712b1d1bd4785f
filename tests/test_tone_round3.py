"""The general fixes of the round after blind3 (R1, R3, R5, R6), each on wordings of its
own rather than the blind set's sentences: entries narrowed so polite replies stay quiet,
structural signals of rude wording, leak kinds, and the mood of thanks after trouble."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from supportdesk.tone import Context, analyze, lint
from supportdesk.tone.lint import Finding


def _rules(text: str, language: str, keep: Callable[[Finding], bool]) -> list[str]:
    return [f.rule for f in lint(text, Context(), language=language).findings if keep(f)]


def _warnings(text: str, language: str) -> list[str]:
    """Every warn or block finding: what counts against a polite draft."""
    return _rules(text, language, lambda f: f.severity in ("warn", "block"))


def _tone(text: str, language: str) -> list[str]:
    return _rules(text, language, lambda f: f.serves in ("R1", "R6") and f.severity != "info")


def _blocked(text: str, language: str) -> bool:
    return bool(_rules(text, language, lambda f: f.severity == "block" and f.serves == "R5"))


@pytest.mark.parametrize(
    ("language", "draft"),
    [
        # a stem shared with a kind word: "shock" (sympathy), "хотите" (stem of "хоть")
        ("en", "I can see why the bill was a shock, and I'm sorry. I've added a credit."),
        ("ru", "Если хотите, я могу перенести доставку уже на завтра. Спасибо!"),
        # words of a phrase apart: an explanation, not "такие правила" / "из-за вас"
        ("ru", "Спасибо! Так работает правило для всех клиентов, но я оформлю исключение."),
        ("ru", "Простите: из-за ошибки в расписании вас записали не на то время."),
        ("ru", "Спасибо за вопрос. Переход с 1 числа — так устроен расчётный период."),
        # an event that should not have happened, not the customer
        ("ro", "Ne pare rău, eroarea nu ar fi trebuit să se producă. Am corectat-o."),
        # a kind correction
        ("en", "Thanks for asking! Actually, you're very close: only the last quiz is left."),
        ("ro", "Vă mulțumim! De fapt, sunteți aproape: mai aveți un singur modul."),
        ("ru", "Спасибо! На самом деле, вы почти у цели: остался один модуль."),
        # acronyms and codes no list names
        ("en", "Thank you. Invoice INV-2231 was sent to the HMRC portal via the MTD link."),
        ("ro", "Vă mulțumim. Numărul corect este CJ 45 XYZ, l-am actualizat în sistem."),
    ],
)
def test_polite_replies_stay_quiet(language: str, draft: str) -> None:
    assert _warnings(draft, language) == []


@pytest.mark.parametrize(
    ("language", "draft"),
    [
        # word by word on one line talks down, whatever the words
        ("en", "Hello,\n\nYou. Never. Renewed. That is why it lapsed.\n\nAnna\nSupport"),
        ("ro", "Bună ziua,\n\nNu. Se. Poate. Regula e aceeași.\n\nIon"),
        # "X means X": a lecture
        ("en", "Hello,\n\nThe deadline was Friday. Friday means Friday.\n\nAnna"),
        ("ru", "Здравствуйте.\n\nСрок был в пятницу. Пятница значит пятница.\n\nАнна"),
        # an offer inside a closed door is none
        ("en", "Hi,\n\nNot available in your region. Nothing else I can say.\n\nJo"),
        # mock motives and infantilising
        ("en", "Sure, we cancel orders purely for our own amusement. Try reading the terms."),
        ("ro", "V-am explicat ca unui copil, nu știu ce e greu de înțeles."),
        ("ru", "Здравствуйте.\n\nОбъясняю как для первоклассника: кнопка справа.\n\nАнна"),
    ],
)
def test_rude_constructions_are_found(language: str, draft: str) -> None:
    assert _tone(draft, language)


@pytest.mark.parametrize(
    ("language", "draft", "leak"),
    [
        (
            "en",
            "Post to https://hooks.slack.com/services/T01ABCDEF/B02GHIJKL/abcDEF123ghiJKL456",
            True,
        ),
        ("en", "Between us, revenue is down 12% and we lost about 900 customers.", True),
        ("ru", "Логи лежат на api-gw-02.prod.int.example.ru, я посмотрел.", True),
        ("ro", "Între noi, am pierdut circa 400 de abonați luna trecută.", True),
        ("en", 'Use -H "Authorization-Key: YOUR_API_KEY" with your own key.', False),
        ("ro", "Trimiteți cererea la registratura@primaria-exemplu.ro, vă rog.", False),
        ("en", "Dr Patel will call you; if not, ring our line on 0800 123 4567.", False),
        ("ru", "Иван Петрович, заказ № 5512-0098 отправлен Почтой России.", False),
    ],
)
def test_leak_kinds(language: str, draft: str, leak: bool) -> None:
    assert _blocked(draft, language) is leak


@pytest.mark.parametrize(
    ("language", "message", "mood"),
    [
        (
            "en",
            "Dear team,\n\nAlthough the first days were stressful and we waited a long time, "
            "your engineer fixed everything. Thank you very much.\n\nKind regards,\nMaria",
            "positive",
        ),
        (
            "ru",
            "Добрый день!\n\nХотя ожидание было долгим, благодарю вас за помощь и "
            "внимательность.\n\nС уважением,\nюрист Орлов А. П.",
            "positive",
        ),
        ("ru", "чё опять за лаги?? верните рейтинг или удаляю аккаунт", "angry"),
    ],
)
def test_mood_of_thanks_after_trouble(language: str, message: str, mood: str) -> None:
    assert analyze(message, language=language).mood == mood
