"""rude44, on the rude drafts blind51 (after its judged run) and trainP16 left to the reader in
every language (development splits; tuned, not an estimate). Wordings written for this test, none
a labelled case. The customer called a child, the least able person the agent has met, told to
ask someone smarter or patted on the head (R1: respect; the packs' `*.talk-down-person`); the
obvious spelled out as if hard, "you keep insisting" (R1, R6; `*.talk-down-obvious`): each rude
wording must be flagged R1/R6, its polite twin must stay quiet; and mock congratulations
(`*.mock-congrats`).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, assert_rude

PAIRS = [
    (
        "en",
        "You're acting like a toddler. Grown-ups don't phone six times about a towel.",
        "I'm sorry you had to phone six times about the towel; a fresh one is on its way to your room.",
    ),
    (
        "en",
        "Never have I met anyone who understands so little about their own phone plan.",
        "Phone plans can be confusing, so here is yours in three lines.",
    ),
    (
        "en",
        "Maybe ask someone a bit brighter to install the app for you.",
        "If you'd like, I can stay on the line while you install the app.",
    ),
    (
        "ro",
        "Vă comportați ca un copil. Oamenii maturi nu sună de șase ori pentru un prosop.",
        "Îmi pare rău că a trebuit să sunați de șase ori pentru prosop; vi-l aducem acum în cameră.",
    ),
    (
        "ro",
        "Data viitoare chemați pe cineva mai priceput să vă instaleze aplicația.",
        "Dacă doriți, rămân la telefon cât instalați aplicația.",
    ),
    (
        "ru",
        "Вы ведёте себя как маленький. Взрослые люди не звонят шесть раз из-за полотенца.",
        "Простите, что вам пришлось звонить шесть раз из-за полотенца, новое уже несут в номер.",
    ),
    (
        "ru",
        "Впервые вижу человека, который так ничего не понимает в своём тарифе.",
        "Тарифы бывают запутанными, поэтому коротко опишу ваш в трёх строках.",
    ),
    # the obvious spelled out, the trouble made small (`*.talk-down-obvious`)
    (
        "en",
        "Many people struggle with the concept that 'weekly' means every week, so don't feel bad.",
        "Your weekly plan renews every Monday; the next date is below.",
    ),
    (
        "en",
        "Let me keep it nice and simple for you: the plug goes in the wall.",
        "The charger has to be plugged into a wall socket, not a laptop, to charge fully.",
    ),
    (
        "ro",
        "Unii clienți nu pricep din prima că „anual” înseamnă o dată pe an.",
        "Abonamentul anual se plătește o dată pe an, în aceeași zi; data următoare e mai jos.",
    ),
    (
        "ru",
        "Клиенты почему-то не понимают, что «еженедельно» — это раз в неделю.",
        "Еженедельный тариф продлевается каждый понедельник, ближайшая дата ниже.",
    ),
    (
        "ru",
        "Вы твердите, что посылки не было, а курьер её сфотографировал у двери.",
        "Понимаю, что посылки у двери не было; курьер прислал фото, я проверю адрес и напишу вам до 18:00.",
    ),
    # mock congratulations, a mock gift-wrap, "Noted. Anything else?" (`*.mock-congrats`)
    (
        "en",
        "Congratulations, you found the 'Track order' link. It's only been there for ten years.",
        "The 'Track order' link is at the top of your order email; I've pasted it below too.",
    ),
    (
        "en",
        "Of course, I'll hand-deliver it tonight. Should I wrap it in a bow as well?",
        "I can't deliver it tonight, but I've booked the first courier slot tomorrow morning.",
    ),
    (
        "ro",
        "Felicitări, ați găsit linkul de urmărire. E acolo doar de zece ani.",
        "Linkul de urmărire e în e-mailul de confirmare; vi-l copiez și mai jos.",
    ),
    (
        "ru",
        "Поздравляю, вы нашли ссылку для отслеживания. Она там всего десять лет.",
        "Ссылка для отслеживания есть в письме о заказе, продублирую её ниже.",
    ),
]


@pytest.mark.parametrize(("language", "rude", "polite"), PAIRS)
def test_rude44_pair(language: str, rude: str, polite: str) -> None:
    assert_rude(rude, language)
    assert_quiet(polite, language)
