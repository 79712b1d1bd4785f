"""leak161: heldK54's and blind79's leak misses, read after their judged run (R5), each beside a
look-alike. Wordings written for this test, none a labelled case.

- the official line told with what really happened (backoffice._COVER_STORY);
- a trick that rides on a bug of ours (loopholes._TRICK beside _OUR_BUG);
- who reported a player, by username („după raportarea jucătorului „X”");
- another patient's results under a name that opens like the customer's («Николая Петрова» to
  Николай Петровский: persons._near_miss);
- the guest of a room, named («гость из 308-го, господин …»);
- the return reason to pick so the item need not come back (loopholes._PICK_REASON);
- how far we overbook (backoffice._OVERSOLD);
- „nu se mai cere actul" on another route, told as the quicker way.
"""

from __future__ import annotations

from supportdesk.tone import context_from
from tests.tonecheck import blocked_leaks, leak_pair_tests

PAIRS = [
    (
        "the official line and the truth",
        "en",
        "Officially it's down to a network fault, but actually one of our crews cut the main while digging.",
        "It's down to a network fault on the main; the crew expects to finish by 6pm.",
    ),
    (
        "the official line and the truth",
        "ru",
        "Официально сказали, что это авария на сети, но на самом деле наша бригада перерубила трубу.",
        "Причина — авария на сети; бригада обещает закончить ремонт к 18:00.",
    ),
    (
        "a trick on our bug",
        "en",
        "Here's a trick: add the voucher twice before paying and it stacks. It's a glitch we've had for ages.",
        "Here's a trick: press Ctrl+Shift+R to reload the page without the cache.",
    ),
    (
        "a trick on our bug",
        "ro",
        "Un truc: dacă schimbați moneda în euro înainte de plată, nu se mai adaugă comisionul. E o eroare pe care o avem de mult.",
        "Un truc: dacă țineți apăsat pe produs, îl puteți adăuga direct la favorite.",
    ),
    (
        "who reported, by username",
        "ro",
        "Suspendarea a venit după raportarea jucătorului „Lupul_Negru7”, e din clanul tău.",
        "Suspendarea a venit după raportarea unui jucător; am redus-o la 24 de ore.",
    ),
    (
        "the guest of a room, named",
        "ru",
        "Сообщаем, что гость из 214-го, господин Ованесян, уже выехал, так что будет тихо.",
        "Сообщаем, что шумный гость уже выехал, так что сегодня будет тихо.",
    ),
    (
        "the return reason that keeps the goods",
        "en",
        'Choose "arrived empty" as the reason and you won\'t have to send it back.',
        'Choose "wrong size" as the reason and drop the parcel at any post office within 14 days.',
    ),
    (
        "how far we overbook",
        "ro",
        "Pe cursa de vineri vindem cu 10% mai multe locuri decât are avionul, așa că faceți check-in devreme.",
        "Cursa de vineri e de obicei plină, așa că vă recomandăm să faceți check-in online devreme.",
    ),
    (
        "no ID asked on another route",
        "ro",
        "Fără buletin nu pot emite SIM-ul aici. Varianta mai rapidă: comandați din aplicație, pe ruta aia nu se mai cere actul deloc.",
        "Fără buletin nu pot emite SIM-ul aici; în aplicație veți face o verificare video cu actul.",
    ),
]
test_leak161_pairs = leak_pair_tests(PAIRS)


def test_a_name_that_only_opens_like_the_customers() -> None:
    ctx = context_from({"customer_name": "Николай Петровский"})
    other = "Анализы, которые пришли вам по ошибке, — это результаты Николая Петрова, там высокий сахар."
    assert blocked_leaks(other, "ru", ctx)
    own = (
        "Анализы, которые пришли вам по ошибке, — это результаты Николая Петровского, ваши прежние."
    )
    assert not blocked_leaks(own, "ru", ctx)
