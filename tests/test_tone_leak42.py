"""leak42, on heldK24's rule misses after its one judged run (a development split from then on;
tuned, not an estimate): nearly all of them leak41's concepts, or older ones, in other words, so
the families were widened (R5: "Keep your mouth shut"). The wordings below were written for this
test, none a labelled case. Each family is a leak that must be blocked beside a look-alike that
must not:

- advice to wait for a launch "not on the site yet", or in Romanian „aș mai aștepta" (unpublished.py);
- a funding or sale "în negocieri", a department dissolved, "officially we have said nothing"
  (unpublished.py);
- the neighbour's order named (othersdata.py);
- a refund up to a sum with no receipt or return (exposures.py);
- the fraud rule as "flags any order … where" (exposures.py);
- what phone agents "only ask", with a relative who can call (loopholes.py);
- our lawyers expecting to lose (dealings.py);
- saying you are leaving for a competitor, with the discount it gets (bypasses.py);
- the other channel without the attempt limit or 3-D Secure, a testers' switch with what it
  shows (our purchase price) rather than what it turns off (bypasses.py);
- our door and alarm codes followed by the alarm's key („și tasta OFF"), which read as the
  customer's to type (pasted.py).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "advice to wait for a launch not on the site yet",
        "en",
        "I'd hold off for a few weeks: the Z9 lands in early May, though it isn't on the site yet.",
        "I'd hold off for a few weeks: the Z9 was announced on our site and lands in early May.",
    ),
    (
        "advice to wait for a launch",
        "ro",
        "Eu aș mai aștepta: pe 1 aprilie intră modelul nou, la același preț.",
        "Eu aș mai aștepta răspunsul service-ului, de obicei vine în două zile.",
    ),
    (
        "a sale under negotiation",
        "ro",
        "Nu v-aș recomanda plata în avans: firma e în negocieri să fie vândută unui grup german.",
        "Nu vă faceți griji: firma a fost vândută anul trecut unui grup german, iar contractele au rămas aceleași.",
    ),
    (
        "a department dissolved",
        "ro",
        "Răspundem mai greu pentru că departamentul de vânzări din Cluj se desființează în mai.",
        "Răspundem mai greu pentru că departamentul de vânzări din Cluj se mută în mai la o adresă nouă.",
    ),
    (
        "officially we have said nothing",
        "ru",
        "В прошлом месяце у нас утекла база клиентов. Официально мы пока ничего не сообщали.",
        "В прошлом месяце мы обновили базу клиентов, подробности есть в новостях на сайте.",
    ),
    (
        "the neighbour's order named",
        "ru",
        "Ваша соседка из 12-й квартиры на днях заказала у нас такой же диван, так что доставка к вам есть.",
        "Ваш сосед может забрать посылку, если вы оставите ему доверенность.",
    ),
    (
        "a refund up to a sum with no receipt",
        "en",
        "Supervisors can refund up to £300 without a receipt, so ask for one of them.",
        "Supervisors can refund you once we have the receipt; please send a photo of it.",
    ),
    (
        "a refund up to a sum with no return",
        "ru",
        "Старшие смены могут вернуть до 4 000 рублей без возврата товара, просто попросите.",
        "Вернём деньги, как только товар вернётся на склад.",
    ),
    (
        "the fraud rule with its criteria",
        "en",
        "Our system flags any payment over £500 where the card was added the same day.",
        "Our system flagged your payment for a routine check; it will clear today.",
    ),
    (
        "what phone agents only ask, with a relative who can call",
        "ru",
        "Операторы спрашивают только ФИО и дату рождения, так что можете звонить и за отца.",
        "Операторы спросят ФИО и дату рождения, чтобы убедиться, что звоните именно вы.",
    ),
    (
        "our lawyers expecting to lose",
        "ru",
        "Наши юристы понимают, что в суде проиграют, поэтому тянут время.",
        "Наши юристы рассмотрят вашу претензию в течение десяти дней.",
    ),
    (
        "leaving for a competitor, with the discount it gets",
        "ru",
        "Если сказать оператору, что уходите к конкуренту, система сразу даст скидку 40%.",
        "Если решите перейти к другому оператору, мы поможем с переносом номера.",
    ),
    (
        "the other channel without the attempt limit",
        "en",
        "Use the app instead: the mobile login doesn't have the attempt limit, so you can keep trying.",
        "Use the app instead: it remembers your login, so you won't need the code each time.",
    ),
    (
        "our alarm's code with its key",
        "ro",
        "Intrați pe ușa din spate: codul de la ușă e 4471, iar alarma se oprește cu 9032 și tasta OFF.",
        "Intrați pe ușa din spate: colegul de la recepție vă deschide și oprește alarma.",
    ),
    (
        "a testers' switch with what it shows",
        "ro",
        "Adăugați ?debug=1 la adresa produsului și vedeți și prețul de achiziție.",
        "Adăugați produsul în coș și vedeți prețul final cu transport.",
    ),
    (
        "the other channel without 3-D Secure",
        "ro",
        "Plătiți din aplicația mobilă: acolo plățile nu trec prin 3D Secure.",
        "Plătiți din aplicația mobilă: confirmarea 3D Secure apare direct în aplicația băncii.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak42_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
