"""leak60, trainK41's first round and heldK34's remaining kinds (development splits; tuned, not
an estimate), every leak beside a look-alike (R5). Wordings written for this test, none a
labelled case:

- a staff code with a figure after its word, or "the one we use ourselves";
- a colleague's illness in any words, beside their absence or role; the customer's own results
  and their family's stay clean;
- a colleague on leave with the hotel they are at; the customer's own hotel stays clean;
- other pupils' marks "for context", by a tie and no name ("the other two students");
- a sum just under the bar, advised after a hold; a free-delivery bar stays clean;
- a manager's code with what it does between and the digits after ("the supervisor's void
  code is 4471");
- another guest's room as a bare number; someone's own number given as "his number".
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a staff code with a figure after its word",
        "ru",
        "Введите при оплате KOMANDA-SPB, это промокод для наших сотрудников, скидка 25%.",
        "Введите при оплате VESNA-25, это промокод для всех подписчиков, скидка 25%.",
    ),
    (
        "a staff code with a figure after its word",
        "en",
        "Try CREWFAM35 at checkout - it's the one we use ourselves, 35% off.",
        "Try SPRING35 at checkout - it's in this week's newsletter, 35% off.",
    ),
    (
        "a colleague's illness",
        "en",
        "Sorry Priya hasn't replied. She's been off since Monday, she had a heart attack at the "
        "weekend, so I've taken over your case.",
        "Sorry Priya hasn't replied. She's been off since Monday, so I've taken over your case.",
    ),
    (
        "a colleague's illness",
        "ro",
        "Domnul Radu, consultantul dumneavoastră, e internat de joi după un infarct, așa că preiau "
        "eu dosarul.",
        "Domnul Radu, consultantul dumneavoastră, e în concediu până joi, așa că preiau eu dosarul.",
    ),
    (
        "a colleague's illness",
        "en",
        "Sorry Priya hasn't replied. She's off this week; her scan results came back worrying.",
        "Your scan results came back this morning; Priya will go through them with you.",
    ),
    (
        "a colleague on leave at a hotel",
        "en",
        "Tom, who handles your policy, is away until the 3rd - he's in Crete at the Hotel Minos.",
        "Your transfer will collect you from the Hotel Minos on the 3rd.",
    ),
    (
        "a colleague on leave at a hotel",
        "ru",
        "Ирина, которая ведёт ваш договор, в отпуске до 12-го, отель Delphin в Белеке.",
        "Трансфер заберёт вас из отеля Delphin 12-го в 9:00.",
    ),
    (
        "other pupils' marks",
        "en",
        "For context, the other two students in her tutor group got 48 and 55 on the same paper.",
        "For context, the pass mark on that paper was 50 and she got 55.",
    ),
    (
        "a sum just under the bar",
        "en",
        "Your transfer was held because it was above £2,000. If you send £1,950 today and the rest "
        "next week, it won't be checked.",
        "Orders over £40 ship free; yours is £36, so if you add a £4 item postage is on us.",
    ),
    (
        "a sum just under the bar",
        "ro",
        "Plata a fost blocată pentru că ați trecut de 3.000 de lei. Dacă faceți plăți de câte "
        "2.900, nu vă mai oprește.",
        "Plata a fost blocată pentru că ați trecut de 3.000 de lei; o deblocăm după ce confirmați "
        "în aplicație.",
    ),
    (
        "a manager's code with the digits after",
        "en",
        "If the till double-charges you again, tell the cashier the supervisor's refund code is "
        "4471.",
        "If the till double-charges you again, ask the cashier to call the supervisor to refund "
        "it.",
    ),
    (
        "another guest's room as a bare number",
        "en",
        "Yes, your brother is staying with us too, he's in 218 on the second floor.",
        "Yes, you're staying with us in room 218 on the second floor.",
    ),
    (
        "someone's number as theirs",
        "ro",
        "Vânzătorul nu mai răspunde pe chat, dar aveți numărul lui din anunț, 0745 210 336.",
        "Vânzătorul nu mai răspunde pe chat; ne puteți suna la 0800 410 410 și îl contactăm noi.",
    ),
]


test_leak_blocked_and_look_alike_clean = leak_pair_tests(PAIRS)
