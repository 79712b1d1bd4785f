"""leak165 and pol122: blind81's and heldK56's misses and false alarms, read after their judged run
(R4, R5 and the mood the guidance rests on), each beside a look-alike. Wordings written for this
test, none a labelled case.

- leaks: a branch that "va fi închisă la sfârșitul anului" / «прекратит работу в первом квартале»
  beside advice to go elsewhere (backstage._CLOSING, _GO_ELSEWHERE); a change of number that needs no
  SMS confirmation, told as a fact or a tip (exposures._no_code, no fix word needed any more);
- false alarms: a round "as we posted on our blog" (unpublished._ROUND_PUBLIC); a fare's quoted name
  beside "another passenger" (secrets._PRODUCT_BEFORE); what we paused while we check (the packs'
  next_step, R4);
- moods: „mă poți muta de la ședința de marți pe joi?" asks to be moved, it threatens nothing; good
  news with thanks ("two days early") is positive; «ну спасибо … верни деньги» stays angry with the
  meaning model on.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import analyze, lint
from supportdesk.tone.reader import shared_reader
from tests.tonecheck import blocked_leaks, leak_pair_tests

PAIRS = [
    (
        "a branch closing, go elsewhere",
        "ro",
        "Vă recomandăm să deschideți depozitul la sucursala din Gara de Nord, pentru că cea din Dristor va fi închisă în martie.",
        "Vă recomandăm să deschideți depozitul la sucursala din Gara de Nord, care are program și sâmbăta.",
    ),
    (
        "a branch closing, go elsewhere",
        "ru",
        "Рекомендуем открыть счёт в офисе на Невском: отделение на Садовой прекратит работу с 1 апреля.",
        "Рекомендуем открыть счёт в офисе на Невском: там есть зона для бизнес-клиентов и парковка.",
    ),
    (
        "a change of number with no confirmation",
        "ru",
        "При смене электронной почты в приложении никакого кода не требуется, можете поменять её сами.",
        "При смене электронной почты в приложении мы отправим код на старый адрес, введите его в течение 10 минут.",
    ),
    (
        "a change of number with no confirmation",
        "en",
        "When you change the phone number in the app no SMS code is needed, so you can do it yourself in a minute.",
        "When you change the phone number in the app we text a code to the old number first, so keep it to hand.",
    ),
]
test_leak165_pairs = leak_pair_tests(PAIRS)


def test_a_round_posted_on_our_blog_is_public() -> None:
    public = "Yes - as we posted on our blog on Monday, we raised a Series A, and nothing changes for your plan."
    assert blocked_leaks(public, "en") == []
    told = "Between us, we raised a Series A last month, and nothing changes for your plan."
    assert blocked_leaks(told, "en")


def test_a_fares_quoted_name_is_no_other_customers_firm() -> None:
    fare = "По тарифу «Эконом» переоформить билет на другого пассажира нельзя, это условие тарифа."
    assert blocked_leaks(fare, "ru") == []
    firm = "Билет другого пассажира из компании «Вектор-Строй» переоформлен на вас."
    assert blocked_leaks(firm, "ru")


@pytest.mark.parametrize(
    ("lang", "paused", "open"),
    [
        ("ro", "Am suspendat orice penalitate pe contul dumneavoastră până verificăm citirea contorului trimisă de dumneavoastră.",
         "Verificăm citirea contorului trimisă de dumneavoastră."),
        ("ru", "Мы приостановили начисление пени, пока проверяем показания счётчика, которые вы прислали.",
         "Проверяем показания счётчика, которые вы прислали."),
    ],
)  # fmt: skip
def test_what_we_paused_while_we_check_is_a_next_step(lang: str, paused: str, open: str) -> None:
    assert "next-step.missing" not in [f.rule for f in lint(paused, language=lang).findings]
    assert "next-step.missing" in [f.rule for f in lint(open, language=lang).findings]


def test_asking_to_be_moved_is_no_threat() -> None:
    moved = analyze("salut, mă puteți muta de la cursul de luni pe miercuri? mersi", language="ro")
    assert moved.mood == "neutral"
    leaving = analyze("Dacă nu rezolvați azi, mă mut la concurență.", language="ro")
    assert leaving.mood == "angry"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The order came yesterday, a day early. Thanks!"),
        ("ro", "Comanda a venit ieri, cu o zi mai devreme. Mulțumesc!"),
        ("ru", "Заказ пришёл вчера, на день раньше. Спасибо!"),
    ],
)  # fmt: skip
def test_good_news_with_thanks_is_positive(lang: str, text: str) -> None:
    assert analyze(text, language=lang).mood == "positive"


@pytest.mark.skipif(
    not shared_reader().available, reason="the meaning model's wheel is not installed"
)
def test_thanks_with_a_money_demand_stays_angry_with_the_meaning_model() -> None:
    text = "ну спасибо огромное, час на линии, чтобы мне сказали «смотрите на сайте». супер. верни деньги за заказ и всё"
    assert analyze(text, language="ru", reader=shared_reader()).mood == "angry"
