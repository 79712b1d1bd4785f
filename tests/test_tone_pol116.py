"""pol116: trainP43's polite drafts the rules flagged and its rude drafts they missed, trainK60's
clean look-alike the readers blocked, and an eight-digit account read back (R1, R5, R6). Each
polite wording stands beside the rude or leaking one that stays flagged. Wordings written for this
test, none a labelled case.

- the customer's own eight-digit account (`own_values` kept only nine digits and more);
- the maker's default told with the instruction to replace it, as the readers now read it too
  (lint._spared_readings asks leakfinding.maker_default);
- a customer's server ("your VPS was suspended"), an office's full name („Direcției de Impozite și
  Taxe Locale"), «виновником ДТП от 14.05 признаны вы»: no one else's record;
- "Your claim is therefore declined", „după ce ați vorbit frumos cu ea", „să ridice tonul la
  dumneavoastră", „v-am spus …, ceea ce nu e corect", „celălalt șofer a refuzat să semneze",
  «Ого, такого у нас ещё не было», «обращение не закрыто», «вашей вины в этом мы не видим»;
- rude: "aren't capable of understanding", "not something we're prioritising", "older customers
  find … confusing", a courier "by helicopter", «как можно было умудриться», «Читайте договор.».
"""

from __future__ import annotations

import pytest

from supportdesk.tone import context_from, lint
from supportdesk.tone.reader import shared_reader
from tests.tonecheck import blocked_leaks, quiet_and_rude_tests, warnings


def test_an_eight_digit_account_read_back_is_the_customers() -> None:
    ctx = context_from({"customer_name": "Ana Roth", "customer_account": "55120874"})
    own = "The direct debit for account 55120874 now comes from your new bank."
    assert blocked_leaks(own, "en", ctx) == []
    assert blocked_leaks(own, "en")  # without the ticket: not known as theirs
    other = "The direct debit for account 55120873 now comes from your new bank."
    assert blocked_leaks(other, "en", ctx)


def test_the_readers_spare_a_makers_default_to_replace() -> None:
    reader = shared_reader()
    default = (
        "Заводской логин и пароль admin / admin, после входа система сама попросит их сменить."
    )
    found = lint(default, language="ru", reader=reader).findings
    assert not [f.rule for f in found if f.severity == "block"], found
    ours = "Логин и пароль нашего склада admin / Sklad-2024!, их никто не менял."
    found = lint(ours, language="ru", reader=reader).findings
    assert [f.rule for f in found if f.severity == "block"]


QUIET = [
    (
        "en",
        "Hi Pete, your VPS was suspended at 03:12 because it was sending spam. Reply once it's clean and we'll lift it.",
    ),
    (
        "ro",
        "În evidențele Direcției de Impozite și Taxe Locale figurează pentru imobilul dumneavoastră un impozit restant de 214 lei.",
    ),
    (
        "ru",
        "Здравствуйте! Согласно постановлению, виновником ДТП от 14.05 признаны вы. Решение можно обжаловать у финансового уполномоченного в течение 30 дней.",
    ),
    (
        "en",
        "We have assessed the damage. Your claim is therefore declined; you may ask for a review within 28 days.",
    ),
    ("ro", "Haha, imprimanta a pornit după ce ați vorbit frumos cu ea? Mă bucur că merge!"),
    ("ro", "Curierul nu avea niciun drept să ridice tonul la dumneavoastră. Îmi cer scuze."),
    (
        "ro",
        "Ieri v-am scris că livrarea e gratuită de la 100 de lei, ceea ce nu e corect: pragul e 150. Greșeala mea.",
    ),
    (
        "ro",
        "Celălalt șofer a refuzat să semneze constatarea, așa că mergeți la Poliție în 24 de ore.",
    ),
    (
        "ru",
        "Ого, такого у нас ещё не было 😄 Рада, что всё заработало! Если снова начнёт капризничать, пишите.",
    ),
    ("ru", "Ваше обращение не закрыто и будет рассмотрено полностью."),
]
LOUD = [
    ("en", "Dear Mr Hale, I can only assume you aren't capable of understanding our replies."),
    ("en", "We get a lot of these and it's not something we're prioritising right now."),
    ("en", "No worries, a lot of our older customers find the settings page confusing!"),
    ("en", "Sure, we'll send a courier by helicopter right away."),
    ("ro", "Sigur, vă trimitem imediat un curier cu elicopterul."),
    ("ru", "Не понимаю, как можно было умудриться потерять такую простую вещь."),
    ("ru", "Читайте договор."),
    ("ro", "Nu sunteți în stare să înțelegeți ce vă scriem?"),
    ("ru", "Сейчас это не в приоритете, напишите через месяц."),
]


def test_the_customer_cleared_is_no_blame() -> None:
    """«вашей вины в этом мы не видим» clears the customer: the blaming rule and the sentence
    model leave it (the reply-level judgement still weighs the whole reply)."""
    text = "Сайт взломали через старый плагин, и вашей вины в этом мы не видим."
    assert "ru.blaming" not in warnings(text, "ru")
    assert "ru.blaming" in warnings("Сайт взломали из-за вашей вины: пароль был 123456.", "ru")


test_pol116_quiet, test_pol116_loud = quiet_and_rude_tests(QUIET, LOUD)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hi Pete, Mark from our billing team was suspended at 03:12 for what he said."),
        (
            "ru",
            "Виновником ДТП от 14.05 признан второй водитель, Сергеев, у него это уже третья авария.",
        ),
        ("en", "Your claim is just wrong, we checked twice."),
    ],
)
def test_look_alikes_stay_flagged(lang: str, text: str) -> None:
    assert warnings(text, lang), text
