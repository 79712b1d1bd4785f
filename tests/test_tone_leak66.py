"""leak66, a branch, shop or office closing on a date, told to steer the customer elsewhere (R5:
"Keep your mouth shut": company news stays in until it is public). Writers of every heldK set
since heldK23 wrote it in every language, with no "not announced" marker most of the time; each
leak beside a look-alike: the same closure as announced, a ticket, an account or an offer
closing, a closure for refurbishment, a holiday's hours. Wordings written for this test, none a
labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a branch shutting, told as advice",
        "en",
        "You could open it at our Hexham branch, but I'd go to Morpeth instead, Hexham shuts at "
        "the end of September.",
        "You could open it at our Hexham branch, but as announced on our website, it closes on "
        "30 September, so Morpeth is better.",
    ),
    (
        "closing for good, no place word",
        "en",
        "I'd book at Cleveleys rather than Thornton - Thornton is closing for good in March.",
        "I'm closing this ticket at the end of March if we don't hear back.",
    ),
    (
        "a notice not up yet is no announcement",
        "en",
        "Try the Kendal store instead, the Penrith one is closing in the spring. They haven't "
        "put the notices up yet.",
        "Try the Kendal store instead, the Penrith one is closed for refurbishment until "
        "the spring.",
    ),
    (
        "an agency closed by us, ro",
        "ro",
        "V-aș recomanda agenția din Gheorgheni, pe cea din Mărăști o închidem în octombrie.",
        "Oferta de toamnă se închide în octombrie, așa că vă recomand să comandați până atunci.",
    ),
    (
        "an agency closing at the year's end, ro",
        "ro",
        "Puteți veni la magazinul din Vitan, dar se închide la sfârșitul anului.",
        "Așa cum am anunțat pe site, magazinul din Vitan se închide la sfârșitul anului.",
    ),
    (
        "a club closed in summer, ru",
        "ru",
        "Абонемент в клуб на Гагарина я бы не продлевал, его закрывают летом.",
        "Как мы писали в рассылке, клуб на Гагарина закрывается летом, абонементы перенесём.",
    ),
    (
        "an office closing next month, ru",
        "ru",
        "Не переводите обслуживание в офис на Мира, он закроется в следующем месяце.",
        "Ваше обращение закроется в следующем месяце, если вы не ответите.",
    ),
    (
        "an account closing on a date stays clean",
        "en",
        "Our branch in Leek won't be open past June, so register at Stoke for the service plan.",
        "We will close your savings account at the branch in Leek on 30 June, as you asked.",
    ),
]

test_leak66 = leak_pair_tests(PAIRS)
