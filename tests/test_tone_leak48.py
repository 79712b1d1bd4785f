"""leak48, on the misses of blind51 and heldK26 (the thirtieth session's judges, development
splits since their judged run; tuned, not an estimate). Wordings written for this test, none a
labelled case (R5: "Keep your mouth shut"). Each family is a leak that must be blocked beside a
look-alike that must not:

- a request from the police received about the customer, named by whom it came from
  (inquiries.py);
- the source disowned after the fact: "you didn't get this from me", „Nu vă spun asta oficial",
  «Только это не от меня» (confided.py);
- a code named by the role it belongs to, an address and its password as a pair, a discount code
  that names its owners as staff (accesscodes.py, backstage.py);
- a claim filed against us (backstage.py), a sale in progress (offrecord.py), a site's staff all
  given notice and news whose announcement is still to come (unpublished.py);
- a line of our staff's own given to skip the queue (backstage.py);
- a check skipped for some accounts, a bug that still works, a screen that opens without the
  login (loopholes.py, weaknesses.py);
- the staff's ceiling told as room to push for, the score below which we decline
  (exposures.py);
- when another member comes in, "you can catch him then" (whereabouts.py), and what the team
  thinks of a colleague (backstage.py).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "a police request received",
        "en",
        "Your card was frozen after we received a request from the Metropolitan Police about your account in March.",
        "Your card was frozen after three wrong PIN attempts in March; I've unfrozen it now.",
    ),
    (
        "a police request received",
        "ro",
        "Contul a fost suspendat după o cerere de la Poliția Capitalei privind tranzacțiile dvs. din martie.",
        "Contul a fost suspendat după trei încercări greșite de autentificare; l-am reactivat.",
    ),
    (
        "a police request received",
        "ru",
        "Карту заблокировали после запроса из ГУ МВД по вашим переводам за март.",
        "Карту заблокировали после трёх неверных вводов ПИН-кода, сейчас она снова активна.",
    ),
    (
        "the source disowned",
        "en",
        "Tick 'faulty on arrival' instead of 'changed my mind' and returns usually refund it without asking. You didn't get this from me.",
        "Tick 'faulty on arrival' only if the item was faulty when it arrived, and we'll send a courier for it.",
    ),
    (
        "the source disowned",
        "ro",
        "Alegeți „defect la livrare” în loc de „m-am răzgândit” și de obicei trece fără întrebări. Nu vă spun asta oficial.",
        "Alegeți „defect la livrare” doar dacă produsul a sosit defect, iar noi trimitem curierul.",
    ),
    (
        "the source disowned",
        "ru",
        "Выберите «Брак при получении» вместо «Передумал», так обычно возвращают без вопросов. Только это не от меня.",
        "Выберите «Брак при получении», только если товар пришёл с дефектом, и мы пришлём курьера.",
    ),
    (
        "a code by its role",
        "en",
        "If the kiosk asks for approval again, key in 7781, it's the duty manager code, and carry on.",
        "If the kiosk asks for approval again, press Help and the duty manager will come over.",
    ),
    (
        "a code by its role",
        "ro",
        "Dacă aparatul cere aprobare, tastați 6620, e codul de șef de sală, și continuați.",
        "Dacă aparatul cere aprobare, apăsați Ajutor și vine șeful de sală.",
    ),
    (
        "a code by its role",
        "ru",
        "Если касса попросит подтверждение, введите 5093 — это код старшего смены.",
        "Если касса попросит подтверждение, нажмите «Помощь», подойдёт старший смены.",
    ),
    (
        "an address and its password",
        "en",
        "Until yours is fixed, get in through the tutor side with lab-team@northfield.example / Bracken77! for the files.",
        "Until yours is fixed, write to lab-team@northfield.example / +44 20 7946 0000 and they'll send the files.",
    ),
    (
        "a staff discount code",
        "en",
        "Sorry the voucher expired. Try STAFF15 at checkout, it still takes 15% off.",
        "Sorry the voucher expired. Try WINTER15 at checkout, it still takes 15% off.",
    ),
    (
        "a staff discount code",
        "ru",
        "Попробуйте промокод СОТРУДНИК20 при оформлении, он даёт 20%.",
        "Попробуйте промокод ЗИМА20 при оформлении, он даёт 20%.",
    ),
    (
        "a claim filed against us",
        "en",
        "A group of tenants has filed a claim against us over the same heating fault, so I'd keep every receipt.",
        "You can file a claim with the ombudsman if you're unhappy with our answer; keep every receipt.",
    ),
    (
        "a claim filed against us",
        "ro",
        "Avem deja un proces pe rol pentru aceeași defecțiune, așa că păstrați toate bonurile.",
        "Dacă nu sunteți mulțumit, puteți depune o reclamație la ANPC; păstrați toate bonurile.",
    ),
    (
        "a claim filed against us",
        "ru",
        "На нас уже подали групповой иск из-за той же поломки, так что сохраните все чеки.",
        "Если вас не устроит ответ, вы можете подать иск в суд; сохраните все чеки.",
    ),
    (
        "a sale in progress",
        "ro",
        "Compania noastră e în curs de preluare de către un fond german, așa că nu vă grăbiți cu reînnoirea.",
        "Compania noastră a fost preluată anul trecut de un fond german; reînnoirea rămâne la același preț.",
    ),
    (
        "a sale in progress",
        "en",
        "Our chain is in the process of being bought by a bigger group, so hold off renewing.",
        "Our chain was bought by a bigger group in 2021; your renewal price stays the same.",
    ),
    (
        "a site's staff given notice",
        "en",
        "Sorry for the wait: the Leeds office is closing and all the staff there have been given notice.",
        "Sorry for the wait: the Leeds office is closed on Monday for the bank holiday.",
    ),
    (
        "an announcement still to come",
        "en",
        "Keep your credits: the spring expansion drops on 3 April and they're announcing it at the livestream next week.",
        "Keep your credits: the spring expansion we announced last month drops on 3 April.",
    ),
    (
        "an announcement still to come",
        "ro",
        "Păstrați punctele: noul sezon intră pe 3 aprilie, îl anunță oficial abia la stream-ul de vineri.",
        "Păstrați punctele: noul sezon, anunțat luna trecută, intră pe 3 aprilie.",
    ),
    (
        "an announcement still to come",
        "ru",
        "Не тратьте баллы: новый сезон выйдет 3 апреля, официально объявят на стриме через неделю.",
        "Не тратьте баллы: новый сезон, о котором мы писали в рассылке, выйдет 3 апреля.",
    ),
    (
        "a staff line to skip the queue",
        "en",
        "If you're on hold again, dial 0113 496 0511 instead, it's the direct line to the billing supervisors and skips the menu.",
        "If you're on hold again, dial 0113 496 0511 and choose option 2 for billing.",
    ),
    (
        "a staff line to skip the queue",
        "ro",
        "Dacă tot așteptați mult, sunați la 0256 301 442, e linia directă a coordonatorilor, fără robot.",
        "Dacă tot așteptați mult, sunați la 0256 301 442 și alegeți tasta 2 pentru facturare.",
    ),
    (
        "a staff line to skip the queue",
        "ru",
        "Если снова долго ждать, звоните на +7 812 400-21-37 — это прямой номер руководителей смены, без очереди.",
        "Если снова долго ждать, звоните на +7 812 400-21-37 и выберите в меню пункт 2.",
    ),
    (
        "a check skipped for some accounts",
        "en",
        "If the selfie check keeps failing, switch your region to Malta: the verification step is skipped for Maltese accounts.",
        "If the selfie check keeps failing, try again in daylight without glasses, or verify in a branch.",
    ),
    (
        "a check skipped for some accounts",
        "ro",
        "Dacă vă respinge mereu poza, treceți țara pe Cipru, pentru conturile de acolo verificarea se sare și puteți retrage.",
        "Dacă vă respinge mereu poza, refaceți-o la lumină naturală sau veniți la ghișeu cu buletinul.",
    ),
    (
        "a bug that still works",
        "ru",
        "Баг с двойной наградой пока работает: если выйти до конца боя, награда остаётся. В пятницу исправят.",
        "Баг с двойной наградой мы исправили в пятницу, награды теперь начисляются один раз.",
    ),
    (
        "a bug that still works",
        "ro",
        "Bugul cu recompensa dublă încă merge: ieșiți înainte de final și rămâneți cu ambele. Vineri îl repară.",
        "Bugul cu recompensa dublă a fost reparat vineri, recompensele se dau acum o singură dată.",
    ),
    (
        "a screen that opens without the login",
        "en",
        "We know: if you rotate the phone on the PIN screen, it opens the home screen without logging in. A fix is coming.",
        "We know the PIN screen can freeze when you rotate the phone; a fix is coming in the next update.",
    ),
    (
        "the staff's ceiling as room to push",
        "en",
        "I've applied 10%, but agents can give up to 30% if the customer insists, so ask for a supervisor.",
        "I've applied 10%, the most this promotion allows, and it shows on your next bill.",
    ),
    (
        "a score cut-off",
        "en",
        "Your score with us is 590, and anything under 620 gets turned down automatically.",
        "Your application was declined; you can ask a credit agency for your report and apply again in six months.",
    ),
    (
        "another member's visits",
        "ru",
        "Да, Игорь Павлович у нас тренируется. Обычно бывает по средам к семи, можете его тогда застать.",
        "К сожалению, мы не сообщаем, кто из клиентов у нас занимается и когда приходит.",
    ),
    (
        "what the team thinks of a colleague",
        "en",
        "Sorry about how Dan spoke to you. Honestly, half the team have been to the manager about him already.",
        "Sorry about how the call went. I've passed your feedback to Dan's team leader and booked the engineer.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak48_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
