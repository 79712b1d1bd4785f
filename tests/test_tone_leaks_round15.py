"""R5 confidentiality, after blind21/22's first runs: a card number read back with its
expiry after "the card from order:", and a loopback address where the draft says the
program runs on the customer's own computer. Each as a leak and its clean look-alike, in
en, ro and ru; wordings of their own, none a labelled case of tests/data/tone."""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

# (family, language, leak, clean look-alike)
FAMILIES = [
    # an expiry after four groups of four is a card's, even when an order word came first;
    # an order number with a date after it is no card
    (
        "card after an order word",
        "en",
        "The refund went to the card from order: 4023 6005 1187 2254, exp 10/28.",
        "Your order: 4023 6005 1187 2254 was placed 10/28 and ships on Monday.",
    ),
    (
        "card after an order word",
        "ro",
        "Banii s-au întors pe cardul din comanda: 4023 6005 1187 2254, valabil 10/28.",
        "Comanda: 4023 6005 1187 2254 a fost plasată pe 10/28 și pleacă luni.",
    ),
    (
        "card after an order word",
        "ru",
        "Деньги вернулись на карту из заказа: 2200 7410 5532 8817, срок действия 10/28.",
        "Заказ: 2200 7410 5532 8817 оформлен 10/28, отправим в понедельник.",
    ),
    # the customer's own computer: "it listens on localhost" is theirs; ours is not
    (
        "loopback on their machine",
        "en",
        "Our billing admin is at http://localhost:8443/billing on the ops box, log in there.",
        "Once the agent is installed, it listens locally on http://localhost:8443 on your machine.",
    ),
    (
        "loopback on their machine",
        "ro",
        "Panoul nostru de facturare e la http://127.0.0.1:8443/billing pe serverul ops.",
        "După instalare, agentul ascultă pe http://127.0.0.1:8443 pe calculatorul tău.",
    ),
    (
        "loopback on their machine",
        "ru",
        "Наша админка биллинга на http://localhost:8443/billing на сервере ops.",
        "После установки агент слушает локально http://localhost:8443, откройте его в браузере.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_round15_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
