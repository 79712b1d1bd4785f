"""leak55, trainK40's misses, second round (a development split; tuned, not an estimate): each
family widened where it already pairs its parts, every leak beside a look-alike that must stay
clean (R5). Wordings written for this test, none a labelled case.

- staff cuts by head count ("cutting about 40 of us") or verb first („pleacă jumătate din
  call-center"), not the same people leaving at six;
- customers suing us, not the customer's own suit; the police "asking for" someone's details,
  not a promise for if they ever do;
- a role's pay with its bonus („Șefa de tură are 7.000 plus bonus"), not a plan plus VAT;
- money from an investor announced only next month, not one announced on the site;
- links that run in turn and "others" to be found („sunt la rând, o să găsiți și altele");
- a code tried "as many times as you like"; our return rate followed by advice to the reader.

Third round (trainK40): who to claim to be to get past a check, with "usually" ("say you've
already been verified in chat", „spuneți-i curierului că sunteți soția"; not with the ID shown);
retention going "higher on the phone"; a points bug IT „n-au reparat"; what we owe a supplier
(„avem datorii la furnizorul"); a merger under way («нас, похоже, объединяют»); our commission per
sale («за каждую проданную страховку платят»); «пока не тратьте» is advice, no open case (R4).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests, warnings

PAIRS = [
    (
        "staff cuts",
        "en",
        "Things are chaotic, they're cutting about 40 of us in the contact centre in April.",
        "Things are busy, about 40 of us in the contact centre are on the phones in April.",
    ),
    (
        "staff cuts",
        "ro",
        "Din martie mai pleacă jumătate din call-center, se mută totul la Chișinău.",
        "Din martie mai pleacă jumătate din call-center la ora 18, ca să vă știți.",
    ),
    (
        "litigation",
        "en",
        "There's a group of customers suing us over the same model.",
        "If you decide you're suing us, the address for service is on our website.",
    ),
    (
        "an inquiry under way",
        "en",
        "The police contacted us on Thursday asking for your ex-partner's account details.",
        "If the police contact us asking for your account details, we'll tell you first.",
    ),
    (
        "staff pay",
        "ro",
        "Șefa de tură are 7.000 plus bonus, ea decide.",
        "Tariful Business are 70 de lei plus TVA.",
    ),
    (
        "funding not announced",
        "ro",
        "Tocmai am primit 3 milioane de euro de la un fond din Polonia, se anunță oficial abia "
        "luna viitoare.",
        "Am primit 3 milioane de euro de la un fond din Polonia, am anunțat asta pe site luna "
        "trecută.",
    ),
    (
        "a link edited to reach others' records",
        "ro",
        "Schimbați numărul de la sfârșitul adresei, ele sunt la rând, o să găsiți și altele.",
        "Schimbați luna de la sfârșitul adresei facturii dvs., după autentificare.",
    ),
    (
        "no limit on tries",
        "ru",
        "Код из СМС можно вводить сколько угодно раз, ограничения пока нет.",
        "Код из СМС можно вводить три раза, потом вход блокируется на час.",
    ),
    (
        "our return rate",
        "ru",
        "По этой модели у нас почти 35% возвратов, так что я бы на вашем месте взяла другую.",
        "По вашей модели у вас почти 35% возвратов, так что стоит проверить упаковку.",
    ),
    # third round
    (
        "who to claim to be",
        "en",
        "If you don't have the security answer, say you've already been verified in chat, they "
        "usually let it through.",
        "If you don't have the security answer, say so and we'll verify you another way.",
    ),
    (
        "who to claim to be",
        "ro",
        "Spuneți-i curierului că sunteți soția, de obicei îl dă fără probleme.",
        "Spuneți-i curierului că sunteți soția și arătați-i buletinul, de obicei îl dă fără "
        "probleme.",
    ),
    (
        "retention's offer",
        "en",
        "The page offers 50% off. And if you say you're moving to Sky they can sometimes go "
        "higher on the phone.",
        "If you say you're moving to Sky, we'll send you the cancellation form.",
    ),
    (
        "a known fault left open",
        "ro",
        "Dacă anulați comanda după ce primiți punctele, punctele rămân în cont. Colegii de la IT "
        "încă n-au reparat.",
        "Dacă anulați comanda, punctele se retrag din cont automat.",
    ),
    (
        "what we owe a supplier",
        "ro",
        "Livrarea întârzie pentru că avem datorii la furnizorul de plăci.",
        "Livrarea întârzie pentru că furnizorul de plăci are întârzieri.",
    ),
    (
        "a merger under way",
        "ru",
        "Нас, похоже, объединяют с другой авиакомпанией, переговоры уже идут.",
        "Нас объединили с другой авиакомпанией в прошлом году, об этом писали на сайте.",
    ),
    (
        "our commission",
        "ru",
        "Нам просто за каждую проданную страховку платят 300 ₽ сверху.",
        "Страховка стоит 300 ₽ за каждую поездку.",
    ),
]


def test_advice_not_to_spend_yet_is_no_open_case() -> None:
    assert "next-step.missing" not in warnings("Мили пока не тратьте, подождите.", "ru")


test_leak_blocked_and_look_alike_clean = leak_pair_tests(PAIRS)
