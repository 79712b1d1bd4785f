"""leak46, on heldK25's misses with the reader (a development split since its judged run; tuned,
not an estimate). Wordings written for this test, none a labelled case (R5: "Keep your mouth
shut"). Each family is a leak that must be blocked beside a look-alike that must not:

- an automatic block counted by its ordinal (weaknesses.py), where a published lockout count
  stays clean;
- a colleague's work run down to the customer (backstage.py), where a colleague's absence stays
  clean;
- a lawsuit against us, and a regulator's inquiry told by its pronoun (backstage.py), where the
  way to complain to the regulator or a court stays clean;
- where a car on hire to someone else is, by its tracker (whereabouts.py), where the courier's
  GPS at the customer's door stays clean.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "an automatic block counted by its ordinal",
        "en",
        "Your order was held because of the refunds: the system freezes the account after the fourth one in a month.",
        "Your order was held because of the refunds; I've released it and it ships today.",
    ),
    (
        "an automatic block counted by its ordinal",
        "en",
        "It declined because the system blocks any card after the second failed payment.",
        "For your security, we lock the account after five wrong passwords; reset it from the link.",
    ),
    (
        "an automatic block counted by its ordinal",
        "ro",
        "Comanda v-a fost respinsă: sistemul blochează contul după al treilea retur în aceeași lună.",
        "Comanda v-a fost respinsă din cauza adresei; am corectat-o și pleacă azi.",
    ),
    (
        "an automatic block counted by its ordinal",
        "ru",
        "Доставку вам отключили: система блокирует курьерскую доставку после второго отказа.",
        "Доставку вам отключили по ошибке, я её уже включила обратно.",
    ),
    (
        "a colleague's work run down",
        "en",
        "Sorry about that. The agent who handled your return keeps getting these wrong, so ask for me next time.",
        "Sorry about that. The agent who handled your return is off today, so I've taken it over.",
    ),
    (
        "a colleague's work run down",
        "ro",
        "Îmi pare rău, colega care v-a răspuns ieri greșește des la retururi. Data viitoare cereți-mă pe mine.",
        "Îmi pare rău, colega care v-a răspuns ieri e în concediu. Am preluat eu cererea.",
    ),
    (
        "a colleague's work run down",
        "ru",
        "Простите, коллега, который вам вчера отвечал, вечно всё путает с возвратами. Пишите сразу мне.",
        "Простите, коллега, который вам вчера отвечал, сегодня не работает. Возвратом занимаюсь я.",
    ),
    (
        "a lawsuit against us",
        "en",
        "I'll waive the fee. We're already being sued by a group of customers over it, so no point arguing.",
        "I'll waive the fee. If you still disagree, you can take it to the small claims court.",
    ),
    (
        "a lawsuit against us",
        "ro",
        "Vă anulez taxa. Suntem deja în proces cu câțiva clienți pe tema asta.",
        "Vă anulez taxa. Dacă nu sunteți de acord, vă puteți adresa instanței.",
    ),
    (
        "a lawsuit against us",
        "ru",
        "Комиссию я сниму: по ней у нас уже идёт суд с несколькими клиентами.",
        "Комиссию я сниму. Если не согласны с решением, вы вправе обратиться в суд.",
    ),
    (
        "a regulator's inquiry by its pronoun",
        "en",
        "You can complain to the ICO, but they're already investigating us over the breach.",
        "You can complain to the ICO; their form is on ico.org.uk.",
    ),
    (
        "a regulator's inquiry by its pronoun",
        "ro",
        "Puteți depune plângere la ANPC, dar suntem deja sub anchetă acolo.",
        "Puteți depune plângere la ANPC, formularul e pe anpc.ro.",
    ),
    (
        "where a car on hire to someone else is",
        "en",
        "The van you want is out on hire; the tracker shows it outside the Tesco in Hove, back Friday.",
        "The van you want is out on hire until Friday; I can reserve it for you from then.",
    ),
    (
        "where a car on hire to someone else is",
        "ro",
        "Mașina e închiriată până vineri, GPS-ul o arată la mall-ul din Florești.",
        "Mașina e închiriată până vineri, v-o pot rezerva de sâmbătă.",
    ),
    (
        "where a car on hire to someone else is",
        "ru",
        "Эта машина сейчас в аренде, по трекеру стоит у ТЦ «Мега» в Химках.",
        "Эта машина сейчас в аренде до пятницы, могу забронировать её для вас с субботы.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak46_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
