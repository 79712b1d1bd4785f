"""leak72, a colleague judged to the customer (R5: "Keep your mouth shut": what we think of a
colleague is the team's). Each leak beside a look-alike: the same apology with the mistake
owned and no judgement of the person, an insult to the customer (the rude rules' to read), the
customer's own words quoted. Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a colleague who does it constantly",
        "en",
        "Sorry about that. Honestly Priya on the phones does this constantly, I've fixed it now.",
        "Sorry about that. Priya on the phones gave you the wrong date, and I've fixed it now.",
    ),
    (
        "the worst on the team",
        "en",
        "I can see Tom promised a callback. He's honestly the worst on our team for that.",
        "I can see Tom promised a callback. He's away today, so I'll call you myself at 3pm.",
    ),
    (
        "not the first complaint about her, ro",
        "ro",
        "Ne pare rău pentru colega de la ghișeu, nu e prima reclamație pe care o primim.",
        "Ne pare rău pentru colega de la ghișeu, am vorbit cu ea și am corectat programarea.",
    ),
    (
        "always mixing up refunds, ru",
        "ru",
        "Простите, Ольга из второй линии вечно путает возвраты, я всё переоформила.",
        "Простите, Ольга из второй линии ошиблась с датой возврата, я всё переоформила.",
    ),
    (
        "an insult to the customer is not a colleague judged, ru",
        "ru",
        "Извините за Петра, он вообще не разбирается в тарифах, я пересчитала.",
        "Вы пишете, что «оператор вообще не разбирается в тарифах», и я это передала.",
    ),
]

test_leak72 = leak_pair_tests(PAIRS)
