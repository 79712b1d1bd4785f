"""leak121, more of trainK49's rules-level misses the readers had caught (a development split;
tuned, not an estimate), each beside the look-alike that stays clean (R5). Wordings written for
this test, none a labelled case.

- a regulator's fine on us („am și luat o amendă de la ANPC", «нас уже Роспотребнадзор
  оштрафовал», "Ofcom fined us");
- a takeover still to be signed („dacă se semnează preluarea de către grupul austriac", «если
  сделка с «Вектором» закроется»);
- a court case on the goods («у нас сейчас суд … по этой партии», "a claim … going through
  court"), told after "you're not the only one" in another clause.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a regulator's fine",
        "ro",
        "Știm de defect, am luat deja o amendă de la ANPC pentru asta, deci vi-l înlocuim.",
        "Știm de defect și vi-l înlocuim; dacă nu sunteți mulțumit, puteți sesiza ANPC.",
    ),
    (
        "a regulator's fine",
        "ru",
        "Мы знаем о проблеме, нас за это уже ФАС оштрафовала, поэтому заменим без вопросов.",
        "Мы знаем о проблеме и заменим без вопросов; при желании вы можете обратиться в ФАС.",
    ),
    (
        "a regulator's fine",
        "en",
        "We know about the fault — we were fined by Trading Standards over it, so we'll swap it.",
        "We know about the fault and we'll swap it; Trading Standards can advise you too.",
    ),
    (
        "a takeover to be signed",
        "ro",
        "Nu vă bateți capul, dacă se finalizează fuziunea cu banca maghiară, se schimbă tot.",
        "Nu vă bateți capul: aplicația nouă apare în martie, anunțată pe site.",
    ),
    (
        "a takeover to be signed",
        "ru",
        "Не волнуйтесь, если сделка с «Альфой» летом пройдёт, всё равно всё поменяют.",
        "Не волнуйтесь, новое приложение выйдет в марте, мы писали об этом на сайте.",
    ),
    (
        "a court case on the goods",
        "ru",
        "Вы не первая: у нас сейчас суд с заводом по этой партии окон.",
        "Вы не первая, кто спрашивает: по этой партии окон мы меняем уплотнители бесплатно.",
    ),
    (
        "a court case on the goods",
        "en",
        "There's a claim from a couple in Leeds working its way through court over the same heater.",
        "If the heater fails again, you can bring a claim through the small claims court.",
    ),
]
test_leak121_pairs = leak_pair_tests(PAIRS)
