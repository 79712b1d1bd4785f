"""R1/R6 constructions added with the 'door' signal and the sure-fire lexicon entries:
a door closed, a tautology for a date, patronising, mocking agreement, endearments,
conditional blame; each with polite counterparts that must stay quiet."""

from __future__ import annotations

import pytest

from tests.tonecheck import rude_rule_set as _tone


@pytest.mark.parametrize(
    ("draft", "language"),
    [
        ("Hi,\n\nThe delay is the carrier's. Not our problem.\n\nKim", "en"),
        ("Hi,\n\nThe new version ships when it ships.\n\nKim", "en"),
        ("Hi,\n\nThis isn't rocket science: click Save.\n\nKim", "en"),
        ("Hi,\n\nSure, we'll drop everything for your one order.\n\nKim", "en"),
        ("Hi,\n\nThe button is on the left, sweetie.\n\nKim", "en"),
        (
            "Hi,\n\nHad you bothered to check the size chart, this would not have happened.\n\nKim",
            "en",
        ),
        ("Hi,\n\nPer my last email, the deadline has passed.\n\nKim", "en"),
        ("Bună,\n\nLivrarea întârzie, nu e treaba noastră. Tichet închis.\n\nIon", "ro"),
        ("Bună,\n\nActualizarea vine când vine.\n\nIon", "ro"),
        ("Bună,\n\nNu e chiar filozofie să apăsați Salvează.\n\nIon", "ro"),
        ("Bună,\n\nDacă ați fi citit contractul, știați de penalitate.\n\nIon", "ro"),
        ("Привет.\n\nОбновление выйдет, когда выйдет.\n\nОля", "ru"),
        ("Здравствуйте.\n\nЭто не к нам, обращайтесь в банк. Вопрос закрыт.\n\nОля", "ru"),
        ("Здравствуйте.\n\nКак мы сами не догадались, спасибо за подсказку.\n\nОля", "ru"),
        ("Здравствуйте.\n\nЕсли бы вы прочитали договор, вопросов бы не было.\n\nОля", "ru"),
        # a cold reply (no courtesy, alternative or next step): a judgement weighs one more
        ("Hi,\n\nYou filled the form in wrong. Redo it.\n\nKim", "en"),
        ("Hi,\n\nThe depot ships it when it ships it.\n\nKim", "en"),
        ("Bună,\n\nFormularul e completat greșit, evident. Refaceți-l.\n\nIon", "ro"),
        ("Здравствуйте.\n\nФорма заполнена неправильно, очевидно. Переделайте.\n\nОля", "ru"),
        ("Hi,\n\nI'm not your personal shopper. Pick one yourself.\n\nKim", "en"),
        ("Привет.\n\nЯ тебе не справочная. Ищи сам.\n\nОля", "ru"),
        ("Hi,\n\nOh dear, a whole $2. How will you survive.\n\nKim", "en"),
    ],
)
def test_new_rude_constructions(draft: str, language: str) -> None:
    assert _tone(draft, language)


@pytest.mark.parametrize(
    ("draft", "language"),
    [
        ("Hi,\n\nWe'll email you when it ships, usually within two days. Thanks!\n\nKim", "en"),
        (
            "Hi,\n\nI'm sorry, this is outside what we can refund, but I can offer a voucher instead.\n\nKim",
            "en",
        ),
        ("Hi,\n\nAs mentioned in my previous email, here is the form again. Thanks!\n\nKim", "en"),
        ("Hi,\n\nYour honey order shipped today; tracking follows.\n\nKim", "en"),
        ("Bună,\n\nVă scriem imediat ce apare actualizarea. Mulțumim pentru răbdare!\n\nIon", "ro"),
        ("Dragă Ana,\n\nMulțumim pentru mesaj! Vă trimit factura azi.\n\nIon", "ro"),
        ("Здравствуйте!\n\nСпасибо! Как только выйдет обновление, мы сразу напишем.\n\nОля", "ru"),
        ("Здравствуйте!\n\nЕсли бы вы не написали, мы бы не нашли ошибку. Спасибо!\n\nОля", "ru"),
        (
            "Hi,\n\nThe form had an old field; we'll fix it by Friday. Thanks for reporting!\n\nKim",
            "en",
        ),
        (
            "Hi,\n\nYou were right, the fee was wrong. It's removed so it won't happen again.\n\nKim",
            "en",
        ),
        ("Bună,\n\nApăsați doar pe Salvare și gata.\n\nIon", "ro"),
        ("Hi,\n\nPlease send it by the end of the day.\n\nKim", "en"),
        # a door phrase's words in a kind sentence: "your problem is solved"
        ("Hi,\n\nGood news: your problem is solved. Thanks for waiting!\n\nKim", "en"),
        ("Здравствуйте!\n\nЯ вам не ответила вчера — простите. Вот ссылка.\n\nОля", "ru"),
        ("Hi,\n\nThe whole point of the trial is to test every feature. Enjoy!\n\nKim", "en"),
        ("Salut,\n\nProblema din solicitarea ta a fost rezolvată. Mersi!\n\nIon", "ro"),
        ("Salut,\n\nAlegerea ta a fost salvată; o poți schimba oricând.\n\nIon", "ro"),
        ("Здравствуйте!\n\nВаша проблема решена, тариф — на ваш выбор.\n\nОля", "ru"),
    ],
)
def test_polite_counterparts_stay_quiet(draft: str, language: str) -> None:
    assert not _tone(draft, language)
