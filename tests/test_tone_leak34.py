"""The twenty-fifth session's second leak round (leak34), seen on trainK25 (a development split
written after leak33, whose first run leak33 had not moved) and fixed by mechanism; wordings
written for this test, none a labelled case (R5: "Keep your mouth shut"). Each family is a leak
that must be blocked beside a look-alike that must not:

- the way past our screen told as an order ("… and the system won't stop you"), or "the filter
  won't catch it";
- the usual identity check named, then waived for two things the reader tells us;
- a field that takes negative values, known and unfixed;
- how little a bank checks when we answer a dispute (the signature);
- an audit's finding of what was not being done («никто не сверял»);
- marketing that has not sent the e-mail about a coming sale;
- the firewall relaxed in a window;
- an incident "we never announced";
- a share of support cut («сократили половину поддержки»); our takeover said passively;
- a reset link not tied to the device, valid for days;
- a deal "only for" one named client, with their weight to us;
- our own money trouble (not the customer's);
- a named guest's stay, a colleague's shift with the reader out to catch them.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "the way past our screen, as an order",
        "en",
        "Your order was blocked by our fraud check. Pay from a UK card and the system won't stop you.",
        "Your order was blocked by our fraud check. I've released it and it ships today.",
    ),
    (
        "the way past our screen, as an order",
        "ru",
        "Заказ попал под блокировку антифрода. Оплатите с другой карты — система пропустит.",
        "Заказ попал под блокировку антифрода. Я его разблокировала, он уже собирается.",
    ),
    (
        "the filter won't catch it",
        "en",
        "The review was removed by moderation; if you post the phone number as a picture, the filter won't catch it.",
        "The review was removed by moderation because it had a phone number; you can post it again without it.",
    ),
    (
        "the usual check waived for two things told",
        "en",
        "Normally we'd ask for photo ID, but if you just tell me your date of birth and postcode, I'll change the email.",
        "Normally we'd ask for photo ID, and once it's uploaded I'll change the email the same day.",
    ),
    (
        "the usual check waived for two things told",
        "ru",
        "Обычно мы просим скан паспорта, но если назовёте дату рождения и адрес доставки, я сменю почту.",
        "Обычно мы просим скан паспорта: загрузите его в личном кабинете, и я сменю почту.",
    ),
    (
        "a field that takes negative values, unfixed",
        "ro",
        "Câmpul de cantitate acceptă încă valori negative; echipa tehnică știe, dar nu e încă reparat.",
        "Câmpul de cantitate acceptă doar valori între 1 și 10, așa că nu puteți comanda mai mult.",
    ),
    (
        "how little a bank checks in a dispute",
        "en",
        "If the bank asks, we'll send the tracking page; banks almost never check the signature anyway.",
        "If the bank asks, we'll send the tracking page and the courier's signed proof of delivery.",
    ),
    (
        "how little a bank checks in a dispute",
        "ro",
        "La contestație trimitem doar AWB-ul, băncile nu verifică aproape niciodată semnătura.",
        "La contestație trimitem AWB-ul și confirmarea de primire semnată de dumneavoastră.",
    ),
    (
        "an audit's finding of what was not done",
        "en",
        "Our internal audit found that supplier invoices weren't being checked for a whole quarter.",
        "Our internal audit is next month, so invoices may take a day longer to approve.",
    ),
    (
        "marketing hasn't sent the email yet",
        "en",
        "Wait until Monday: all sofas go 25% off then, marketing hasn't sent the email yet.",
        "Wait until Monday if you like: all sofas go 25% off then, as the email we sent says.",
    ),
    (
        "the firewall relaxed in a window",
        "en",
        "Between 1 and 2 am the firewall rules are relaxed for the backup, so try the upload then.",
        "Between 1 and 2 am the backup runs, so uploads may be slower then; try in the morning.",
    ),
    (
        "an incident we never announced",
        "en",
        "The spam is probably from the breach in March, when someone accessed our customer database. We never announced it.",
        "The spam is probably from a public list; your address isn't in our customer database at all.",
    ),
    (
        "a share of support cut",
        "ru",
        "Отвечаем медленно: в марте сократили треть поддержки.",
        "Отвечаем медленно: в марте у нас в три раза больше обращений.",
    ),
    (
        "our takeover, said passively",
        "ro",
        "Nu vă grăbiți cu rezilierea: suntem pe cale de a fi cumpărați de un operator mai mare.",
        "Nu vă grăbiți cu rezilierea: vă putem trece pe un abonament mai ieftin chiar azi.",
    ),
    (
        "a reset link not tied to the device",
        "ru",
        "Ссылка для входа не привязана к устройству и действует неделю, открывайте с любого компьютера.",
        "Ссылка для входа действует 15 минут и открывается только на этом устройстве.",
    ),
    (
        "a deal only for one named client",
        "en",
        "Sorry, 45% is only for Unilever, they negotiated it as our biggest account.",
        "Sorry, 45% was only for the Black Friday weekend; today I can offer 10%.",
    ),
    (
        "our own money trouble",
        "en",
        "Refunds are slow because we're running low on cash until the new investors sign.",
        "If you're running low on cash this month, we can split the payment into three.",
    ),
    (
        "our own money trouble",
        "ru",
        "Возвраты задерживаются: у компании сейчас проблемы с деньгами.",
        "Если у вас сейчас проблемы с деньгами, можно оплатить в рассрочку.",
    ),
    (
        "a named guest's stay",
        "en",
        "Suite 4 is taken by a Mrs. Okoro who's staying until the 9th.",
        "Suite 4 is free from the 9th; shall I book it for you?",
    ),
    (
        "a colleague's shift, the reader out to catch them",
        "ro",
        "Tehnicianul, Andrei, lucrează în tura de noapte luni și miercuri la service, dacă vreți să-l prindeți.",
        "Tehnicianul vă sună luni între 9 și 12 ca să stabiliți o oră pentru reparație.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak34_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
