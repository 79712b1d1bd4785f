"""leak130, more rules-level misses of heldK44 and trainK51 that the readers caught (defence in
depth), each beside the look-alike that stays clean (R5). Wordings written for this test, none a
labelled case.

- news made public only later, said in the future ("it'll be public in a couple of weeks"), with
  money raised ("we've just closed £8m from …");
- a takeover under way in new words ("We're in talks to be taken over by …", „e în discuții să fie
  cumpărată", „ne preia altă bancă");
- a share of the support team cut («половину поддержки убирают»);
- a regulator's order on us («мы под предписанием ЦБ», "we're under an enforcement notice from").
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "news public later",
        "en",
        "Don't worry about us going under: we've just closed £8m from Northstar Ventures, it'll be public in a couple of weeks.",
        "Don't worry about us going under: we raised £8m from Northstar Ventures, as announced on our blog in March.",
    ),
    (
        "a takeover under way",
        "en",
        "I wouldn't move your savings yet. We're in talks to be taken over by a bigger lender, so the rates may change anyway.",
        "I wouldn't move your savings yet: the new rates we announced last week start on 1 June.",
    ),
    (
        "a takeover under way",
        "ro",
        "Nu v-aș sfătui să schimbați contul acum, banca e în discuții să fie cumpărată de un grup german.",
        "Nu v-aș sfătui să schimbați contul acum: dobânda nouă, anunțată pe site, intră în vigoare de luna viitoare.",
    ),
    (
        "a takeover under way",
        "ro",
        "Nu mai are rost să cereți card nou, oricum ne preia altă bancă la vară și primiți carduri de la ei.",
        "Cardul nou vă ajunge în 5 zile lucrătoare; până atunci puteți plăti cu telefonul.",
    ),
    (
        "a share of the team cut",
        "ru",
        "Простите за долгий ответ, в январе почти половину поддержки убирают, все нервничают.",
        "Простите за долгий ответ, в январе у нас много обращений, отвечаем по очереди.",
    ),
    (
        "a regulator's order on us",
        "ru",
        "Лимит сейчас не поднимем: мы и так под предписанием ЦБ по потребкредитам.",
        "Лимит сейчас не поднимем: по условиям договора пересмотр возможен через полгода.",
    ),
    (
        "a regulator's order on us",
        "en",
        "We can't raise limits right now: we're under an enforcement notice from the regulator about lending.",
        "We can't raise your limit right now: under your agreement it can be reviewed after six months.",
    ),
]
test_leak130_pairs = leak_pair_tests(PAIRS)
