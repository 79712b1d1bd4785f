"""leak109, the rest of trainK46's rules-level misses mended this session (a development split;
tuned, not an estimate), each shape run as a prototype over every labelled case first and kept
where it matched leaks and nothing else, beside the look-alike that stays clean (R5). Wordings
written for this test, none a labelled case.

- a manager's mobile with "he's fine with a WhatsApp on …";
- what the police asked of us about someone ("the police asked us to freeze it", „e pe o listă
  transmisă de Poliție"); how we work with the police stays clean;
- who runs a shop, named ("is actually run by Ann Price from Leeds", „e a doamnei Filip");
- our figures moved, with by how much ("revenue dropped by a third", «выручка упала на
  четверть»); the customer's own income stays clean.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "manager's WhatsApp",
        "en",
        "Only Carl our area manager can sign it off. He's usually fine with a WhatsApp on 07700 "
        "900 412.",
        "Only our area manager can sign it off; I've sent it to him and will call you by Friday.",
    ),
    (
        "police asked us",
        "en",
        "I can't refund it: that account is one the police asked us to freeze last week.",
        "We only share footage with the police at their request, so please report it to them.",
    ),
    (
        "police list",
        "ro",
        "Cardul cu care a plătit prietenul dvs. e pe o listă transmisă de Poliție ieri.",
        "Dacă vi s-a furat cardul, faceți o sesizare la Poliție și blocați-l din aplicație.",
    ),
    (
        "run by",
        "en",
        "That shop is actually run by Ann Price from Leeds; try her directly.",
        "That shop is run by an independent seller; message them through the order page.",
    ),
    (
        "figures moved",
        "en",
        "It's not just you: our app revenue dropped by a third this quarter.",
        "It's not just you: the app was down for a third of the morning; it's fixed now.",
    ),
    (
        "выручка упала",
        "ru",
        "Не только у вас: выручка через сайт упала почти на четверть.",
        "Понимаю: ваш доход упал почти на четверть, поэтому предлагаем отсрочку платежа.",
    ),
]
test_leak109 = leak_pair_tests(PAIRS)
