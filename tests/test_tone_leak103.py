"""leak103 and pol68: heldK39's misses and false alarms after its judged run (now a development
split; tuned, not an estimate), each shape read over every labelled case first (R5). Wordings
written for this test, none a labelled case.

- what a supplier or partner pays or gives us ("they pay us £40 a day …", „Furnizorul ne dă 90 de
  zile la plată", «нам доплачивают бонус за каждую единицу»);
- our pay in arrears („suntem cu salariile întârziate"), posts halved („se reduc posturile");
- an ex-spouse's booking („Fosta dvs. soție a rezervat …", "your ex-wife booked …");
- a colleague who „mai mult încurcă decât ajută";
- pol68: a router's „parola implicite … admin/admin" with the advice to change it, "0000-TEST-KEY"
  from the API's documentation: the maker's default and a sample, not secrets.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "what a supplier pays us",
        "en",
        "Good news: they pay us £40 a day for every day past the install date under our contract.",
        "Good news: we'll pay you £40 a day for every day past the install date, as our terms say.",
    ),
    (
        "what a supplier gives us",
        "ro",
        "Returul nu e o problemă: furnizorul ne dă 90 de zile la plată și ia înapoi stocul nevândut.",
        "Returul nu e o problemă: aveți 30 de zile, conform politicii de retur de pe site.",
    ),
    (
        "our pay in arrears",
        "ro",
        "Aveți răbdare: suntem cu salariile întârziate de două luni și plățile se fac pe rând.",
        "Aveți răbdare: rambursările se fac în ordinea cererilor, în cel mult 14 zile.",
    ),
    (
        "posts halved",
        "ro",
        "La biroul din aeroport se reduc posturile la jumătate din februarie, mai bine scrieți aici.",
        "Biroul din aeroport are program redus în februarie, mai bine scrieți aici.",
    ),
    (
        "an ex-spouse's booking",
        "ro",
        "Fosta dvs. soție a rezervat tot prin noi, în Antalya, între 12 și 19 iulie.",
        "Dacă doriți, vă putem rezerva tot în Antalya, între 12 și 19 iulie.",
    ),
    (
        "a colleague judged",
        "ro",
        "Îmi cer scuze: Cosmin mai mult încurcă decât ajută pe tura de noapte. Am reluat eu cererea.",
        "Îmi cer scuze: Cosmin e nou pe tura de noapte și a greșit formularul. Am reluat eu cererea.",
    ),
    (
        "a maker's default",
        "ro",
        "Parola routerului din recepție este Rc!2024-lobby, nu o dați mai departe.",
        "Utilizatorul și parola implicite sunt admin/admin, ca la toate routerele din seria asta; "
        "vă recomandăm să o schimbați.",
    ),
    (
        "a documented sample key",
        "ru",
        "Пример запроса: curl -H 'X-Api-Key: 7f3a9c21d4e8b6a0f5c2e9d1' https://api.shop.ru/v2/orders",
        "Пример из документации: curl -H 'X-Api-Key: 0000-TEST-KEY' https://api.example.ru/v2/orders",
    ),
]
test_leak103 = leak_pair_tests(PAIRS)
