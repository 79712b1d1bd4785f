"""leak85, the commonest rules-level miss over the heldK and trainK sets (43 of 181 "another
customer's address" leaks): a parcel left at someone else's door, their street address beside
the customer being sent round, or whose door it is (R5). Each leak beside a look-alike: the
misdelivery told without sending them round, the customer's own address, our office. Wordings
written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "sent round to a stranger's door",
        "en",
        "The driver left your lamp at 9 Foxglove Way instead of 19, so pop round and ask for it.",
        "The driver left your lamp at the wrong house; we have collected it and it comes to you on Friday.",
    ),
    (
        "the other namesake's address",
        "en",
        "We have two Ellen Marsh accounts and the box went to the other one, at 31 Weir Road, Exeter.",
        "We have two accounts with your name, so I've added your postcode to yours to keep them apart.",
    ),
    (
        "our office is no one's door",
        "en",
        "If it's easier, you can call round to the man who signed for it, at 31 Weir Road, Exeter.",
        "If it's easier, you can call round and collect it from our office at 31 Weir Road, Exeter.",
    ),
    (
        "trece pe la vecină",
        "ro",
        "Coletul a ajuns la Str. Morilor nr. 14, ap. 3; puteți trece pe la doamna de acolo seara.",
        "Coletul a ajuns din greșeală la altă adresă; îl recuperăm noi și vi-l aducem joi.",
    ),
    (
        "adresa dvs. nouă",
        "ro",
        "Am lăsat coletul la Str. Morilor nr. 14, unde stă o altă clientă de-a noastră.",
        "Am trimis coletul pe adresa dumneavoastră nouă, Str. Morilor nr. 14, ap. 3.",
    ),
    (
        "зайдите к соседке",
        "ru",
        "Курьер оставил коробку на ул. Садовой, 12, кв. 40 — зайдите к ней, она в курсе.",
        "Курьер оставил коробку не по адресу; мы её уже забрали и привезём вам в субботу.",
    ),
    (
        "однофамилец и его адрес",
        "ru",
        "Заказ ушёл к вашему однофамильцу на проспект Мира, 77, кв. 5.",
        "Заказ ушёл к вашему однофамильцу; мы его вернули и отправили вам повторно.",
    ),
]

test_leak85 = leak_pair_tests(PAIRS)
