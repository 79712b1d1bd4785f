"""leak154: heldK51's rules-alone misses the readers caught (R5), each beside a look-alike:

- a sum split to pass a check („Împărțiți-l în două … trec imediat", «Разбейте на два по 95
  тысяч, пройдут сразу») and a monthly ceiling to stay under («не переводите больше 600 тысяч в
  месяц — выше этого система сама помечает клиента»);
- a word to put in the message, with what happens to messages without it («пишите слово
  «жалоба». Обращения без него закрываются автоматически»);
- a rule of ours the site does not state („chiar dacă pe site nu scrie", "even though it isn't on
  the website", «хотя на сайте этого нет»);
- leak155: how far past capacity we sell, by its rate ("always sold at about 108% of seats").

Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a sum split to pass a check",
        "ro",
        "Plățile peste 20.000 de lei merg la verificare. Împărțiți-o în două de 10.000 și trec imediat.",
        "Plățile peste 20.000 de lei merg la verificare; durează de obicei o zi lucrătoare.",
    ),
    (
        "a sum split to pass a check",
        "ru",
        "Платёж задержали: больше 200 тысяч новому получателю уходит на проверку. Разбейте на два по 99 тысяч, пройдут сразу.",
        "Платёж задержали для проверки, обычно она занимает до одного рабочего дня. Мы напишем, как только он пройдёт.",
    ),
    (
        "a ceiling to stay under",
        "ru",
        "Чтобы карту не блокировали, не переводите больше 500 тысяч в месяц — выше этого система сама помечает клиента.",
        "Чтобы карту не блокировали, не переводите деньги незнакомым людям и не сообщайте никому коды из СМС.",
    ),
    (
        "a word to put in the message",
        "en",
        "Tip: put the word 'complaint' in your subject line. Without it, tickets are closed automatically after three days.",
        "Tip: put your order number in your subject line, so we can find your order straight away.",
    ),
    (
        "a word to put in the message",
        "ru",
        "Совет: пишите в обращении слово «претензия». Обращения без него закрываются автоматически через неделю.",
        "Совет: пишите в обращении номер заказа, так мы быстрее найдём вашу покупку.",
    ),
    (
        "a rule the site does not state",
        "ro",
        "Cererea a fost respinsă pentru că cerem minimum un an la angajatorul actual, chiar dacă pe site nu scrie.",
        "Cererea a fost respinsă pentru că cerem minimum un an la angajatorul actual, așa cum scrie pe site.",
    ),
    (
        "a rule the site does not state",
        "en",
        "We need a year at your current employer, even though it's not on the website. Reapply in March.",
        "We need a year at your current employer, as the website explains. Reapply in March.",
    ),
]
test_leak154_pairs = leak_pair_tests(PAIRS)


OVERSOLD = [
    (
        "a rate past capacity",
        "en",
        "Sorry you were bumped. That flight is always sold at around 110% of seats, so a few people miss out.",
        "Sorry you were bumped. The flight was full, and we've booked you on the 9:15 at no cost.",
    ),
    (
        "a rate past capacity",
        "ru",
        "Мы обычно продаём 112% мест на этот рейс, потому что часть пассажиров не приходит.",
        "На этот рейс мест больше нет, но на вечерний ещё можно купить билет.",
    ),
]
test_leak155_oversold = leak_pair_tests(OVERSOLD)
