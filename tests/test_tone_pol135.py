"""pol135: trainP51's and trainK68's false alarms, each beside a counterpart that keeps its finding
(R1, R4, R5). Wordings written for this test, none a labelled case.

- a server's outgoing mail restricted is no one's outgoing calls («ограничили исходящую почту»);
- a debt letter that warns what follows if it stays unpaid is the reader's own bill («В случае
  непогашения задолженности …»), and "if it's hard for you to pay" offers instalments (R1);
- „modulele ratate" are the lessons missed, no insult;
- closing a ticket as a duplicate, the case going on in the other one, closes no door;
- where delivery does not go yet is an answer, not a case still open (R4);
- „Pentru a nu pierde timp" is our haste, and "so that your complaint is handled" its handling;
- an internal comment left in the customer's own ticket, told without its words.
"""

from __future__ import annotations

import pytest

from supportdesk.tone.packs import builtin_packs
from tests.tonecheck import (
    assert_quiet,
    blocked_leaks,
    quiet_and_rude_tests,
    still_blocked_tests,
    warnings,
)

test_polite_wording_stays_quiet, test_rude_counterpart_still_flagged = quiet_and_rude_tests(
    [
        ("ro", "Vă putem înscrie gratuit la modulele ratate în seria din toamnă."),
        (
            "ro",
            "Închid acest tichet ca duplicat al #4410, ca să nu se piardă nimic — continuăm acolo.",
        ),
        ("ru", "Если вам сейчас сложно оплатить всю сумму, мы предложим рассрочку."),
        ("ro", "Dacă vă este greu să achitați toată suma acum, vă putem propune eșalonarea."),
        ("en", "If you're finding it hard to pay the full amount, we can set up a payment plan."),
        (
            "ro",
            "Pentru a nu pierde timp, am trimis deja aparatul la service; tehnicianul vă sună vineri.",
        ),
        (
            "en",
            "So that your complaint is handled properly, please ask your solicitor to write to our legal team.",
        ),
    ],
    [
        ("ro", "Sincer, sunteți un ratat dacă nu știți să vă logați."),
        ("ro", "Închid acest tichet. Nu mai avem nimic de discutat."),
        ("ru", "Неужели так сложно оплатить вовремя?"),
        ("ro", "Ce e așa de greu să plătiți la timp?"),
        ("en", "What's so hard about paying on time?"),
        ("ro", "Nu pierdeți timpul nostru cu reclamații de genul ăsta."),
        ("en", "Your complaint is baseless and we won't discuss it further."),
    ],
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "К сожалению, нет — на Чукотку доставка пока не работает."),
        ("ro", "Din păcate, nu — în Delta Dunării livrarea încă nu funcționează."),
    ],
)
def test_where_delivery_does_not_go_yet_is_an_answer(language: str, text: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Ваш возврат пока не обработан."),
        ("ro", "Coletul dvs. încă nu a fost livrat."),
    ],
)
def test_a_case_still_open_still_asks_for_a_next_step(language: str, text: str) -> None:
    assert "next-step.missing" in warnings(text, language), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "С вашего сервера ушло 30 000 писем. Мы ограничили исходящую почту на сервере, иначе блокировка "
            "затронула бы других клиентов.",
        ),
        (
            "ru",
            "Уважаемый собственник! По лицевому счёту № 2201448 (кв. 12) образовалась задолженность 9 410 ₽. "
            "В случае непогашения задолженности до 1 апреля мы обратимся в суд.",
        ),
    ],
)
def test_our_own_restriction_and_the_readers_bill_are_no_leak(language: str, text: str) -> None:
    assert blocked_leaks(text, language) == []


test_leak_counterpart_still_blocked = still_blocked_tests(
    [
        (
            "ru",
            "Это наш абонент, за неделю с него было 52 исходящих звонка, в основном на ваш номер.",
        ),
        ("ru", "По квартире 14 у соседей долг 9 410 ₽, поэтому им отключили воду."),
    ]
)


@pytest.mark.parametrize(
    ("language", "text", "spared"),
    [
        (
            "en",
            "I've added an internal note to your account so any colleague can see it was approved.",
            True,
        ),
        (
            "ro",
            "Am adăugat o notă internă în dosarul dvs., ca orice coleg să vadă că s-a aprobat.",
            True,
        ),
        (
            "ru",
            "Я оставила внутренний комментарий в вашей заявке, чтобы коллеги видели решение.",
            True,
        ),
        ("en", "Internal note: the customer is on our watch list, do not refund.", False),
    ],
)
def test_a_note_in_the_customers_own_file_spares_the_readers(
    language: str, text: str, spared: bool
) -> None:
    packs = builtin_packs()
    found = packs.find(packs.document(text, language), "reader_leak_spared")
    assert bool(found) is spared, (text, found)


def test_the_ru_rules_spare_an_internal_comment_in_the_customers_ticket() -> None:
    assert_quiet(
        "Я оставила внутренний комментарий в вашей заявке, чтобы коллеги видели, что замену согласовали.",
        "ru",
    )
    assert blocked_leaks("Внутренний комментарий: клиент скандальный, не уступать.", "ru")
