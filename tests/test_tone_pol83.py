"""pol83, trainP32's polite drafts that the leak families blocked (a development split; tuned,
not an estimate), each beside a leak of the same family that is still blocked (R5). Wordings
written for this test, none a labelled case.

- the account's own name after "account" ("the appeal for account Vexa#2291"): a player's tag,
  not a password handed over;
- "we've received the vet's invoice for her treatment … we'll pay £1,145": our post, not a payout
  to "her";
- „le putem pune la dispoziția Poliției": made available to the police, not done at their order;
- «Скорее всего, пароль украли»: one mailbox's password, not our store of them;
- «это и есть защита от мошенников»: protection from fraudsters, no verdict on the customer;
- «Онколог Смирнова Е. В. может принять вашу жену»: our specialist, not a third party's data.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "handedover",
        "en",
        "Log in to the staff portal as admin, using Harbour#2291.",
        "We've looked again at the suspension of account Harbour#2291; it stays in place.",
    ),
    (
        "othersmoney",
        "en",
        "Your ex-wife received £2,400 from the policy last week.",
        "We've received the vet's invoice for her last treatment, and we'll pay £830.00 of it.",
    ),
    (
        "inquiries",
        "ro",
        "Înregistrările sunt la dispoziția Poliției, care verifică acum un alt client.",
        "Nu le dăm persoanelor fizice, dar le putem pune la dispoziția Poliției, la cerere.",
    ),
    (
        "unpublished",
        "ru",
        "Между нами: в марте у нас украли пароли клиентов, об этом ещё не объявляли.",
        "Ящик мы заблокировали: за ночь с него ушло 9 000 писем. Скорее всего, пароль украли.",
    ),
    (
        "remarks",
        "ru",
        "В карточке клиента отмечено: деньги пришли от мошенников, возврат не давать.",
        "Восстановить номер можно только в салоне с паспортом — это и есть защита от мошенников.",
    ),
    (
        "persons",
        "ru",
        "Ваш сосед Пётр Ильич Гусев живёт по адресу ул. Лесная, д. 4, кв. 12.",
        "Кардиолог Петрова А. В. может принять вашего отца в пятницу в 10:30, кабинет 214.",
    ),
]
test_pol83_pairs = leak_pair_tests(PAIRS)
