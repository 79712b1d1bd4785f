"""pol137b: trainP52's polite drafts the rules flagged, with rude or leaking counterparts that stay
flagged (R1, R5). Wordings written for this test, none a labelled case.

- a breach denied ("No customer data was accessed"), a firm we work with ("our collections partner"),
  the bereaved told of their late father's deposit, what it takes instead of a passport («без паспорта
  … нам нужен талон»): no leak (R5);
- "the available figure is what you can actually spend", „Nu trebuie să mai sunați pe nimeni",
  „Sincer, vina e în totalitate a noastră": no rudeness (R1).
- the readers' whole-reply readings spared: "no need to apologise", a scam warned of.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import quiet_and_rude_tests, reader_spared, still_blocked_tests

test_polite_stays_quiet, test_rude_still_flagged = quiet_and_rude_tests(
    [
        (
            "en",
            "The outage was caused by a DDoS attack on our routers. No customer data was accessed.",
        ),
        (
            "en",
            "Hi Amy, I can see the letter from our collections partner about the unpaid balance of £96.40.",
        ),
        (
            "ru",
            "Примите соболезнования. Счёт вашего отца, Петра Ильича, заблокирован для операций с даты смерти.",
        ),
        (
            "ru",
            "Чтобы перевыпустить билет без паспорта, нам нужна справка из полиции. Её выдают в любом отделении.",
        ),
        ("en", "The pending amount isn't lost; the available figure is what you can actually use."),
        ("ro", "Nu trebuie să mai sunați pe nimeni — v-am trimis deja un colet nou."),
        (
            "ro",
            "Sincer, vina e în totalitate a noastră: curierul a marcat coletul ca livrat, deși nu a ajuns la dumneavoastră.",
        ),
    ],
    [
        ("en", "What you can actually do is read the manual before writing to us."),
        ("ro", "Nu ne mai sunați, am înțeles problema."),
        ("ro", "Sincer, nu înțeleg ce e atât de greu."),
    ],
)

test_leak_still_blocked = still_blocked_tests(
    [
        ("en", "Someone got into the old order database last week and customer data was accessed."),
        ("ru", "Заказ можно забрать без паспорта, на кассе всё равно не проверяют."),
        ("en", "Your partner's salary went up to £3,900 a month, which is why the limit rose."),
    ]
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "No need to apologise at all, Ms Reid — you were right to be annoyed."),
        ("ro", "Nu aveți de ce să vă cereți scuze, e firesc să fiți supărat."),
        ("ru", "Что вы, не за что извиняться."),
        ("ru", "Такие письма рассылают мошенники, никому не диктуйте коды."),
    ],
)
def test_the_readers_spare_reassurance_and_scam_warnings(language: str, text: str) -> None:
    assert reader_spared(text, language), text
