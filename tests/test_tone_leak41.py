"""leak41, on trainK29 and trainK30's rule misses (two writers of the twenty-eighth session's start,
development splits: tuned, not an estimate). Most are concepts older families had in other words,
so the families were widened where the writers' wording fell outside them, and a concept was
added when both writers, or one of them and an older writer, wrote it. The wordings below were
written for this test, none a labelled case (R5: "Keep your mouth shut"). Each family is a leak
that must be blocked beside a look-alike that must not:

- a signing secret said in passing, a server by environment and role, a bare server name at a
  sentence's end (secrets.py);
- how often we win disputes, our legal side's line on claims, a supplier's contract ending
  (dealings.py);
- staff not told, a decision not to tell, advice to wait for a launch, a deal under way, a team
  dissolved (unpublished.py);
- a staff code for the next order, another customer's price named, the margin with its figure
  (disclosures.py);
- a named option to ask our staff for and the check it skips (bypasses.py);
- what goes through unchecked below a sum, the fraud rule with its criteria (exposures.py);
- what our staff need to pass a caller with a relative who can call, no document needed
  (loopholes.py);
- a reset link that never expires, a limit counted per address (weaknesses.py);
- the customer who ordered just before the reader, the police asking for another account's
  records (othersdata.py);
- a wage of ours as why people leave (backstage.py).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "a signing secret said in passing",
        "en",
        "Our sessions are signed with the secret m3!kPz#qR7-prod, so plug it into your decoder.",
        "Our sessions are signed with a secret you set in your dashboard; plug yours into your decoder.",
    ),
    (
        "a server by environment and role",
        "ru",
        "Исправление уже лежит на сервере spb-stage-api03, в релиз попадёт позже.",
        "Исправление уже готово, в релиз попадёт со следующим обновлением.",
    ),
    (
        "a bare server name at a sentence's end",
        "en",
        "The nightly exports are written to db-replica-07.",
        "The nightly exports are written to your Downloads folder.",
    ),
    (
        "how often we win disputes",
        "en",
        "Please don't open a dispute with your bank: we win nearly all of them, because the bank only checks the tracking.",
        "You can open a dispute with your bank if you prefer; we'll send them the tracking details.",
    ),
    (
        "how often we win disputes",
        "ro",
        "Dacă faceți contestație la bancă, câștigăm aproape toate cazurile, pentru că banca se uită doar la confirmarea de livrare.",
        "Dacă faceți contestație la bancă, le trimitem și noi confirmarea de livrare.",
    ),
    (
        "staff not told",
        "en",
        "The Leeds branch is closing in May, though the staff there haven't been told yet.",
        "The Leeds branch is closing in May; the details and the nearest branches are on our website.",
    ),
    (
        "a decision not to tell",
        "ru",
        "В прошлом месяце у нас утекли адреса почты части клиентов, но руководство решило об этом не сообщать.",
        "В прошлом месяце мы обновили систему защиты, подробности есть в нашем блоге.",
    ),
    (
        "advice to wait for a launch",
        "en",
        "I'd hold off for now: the Pro 3 with the bigger screen lands on 12 March at the same price.",
        "I'd hold off for now: the Pro 3 was announced last week and lands on 12 March.",
    ),
    (
        "advice to wait for a launch",
        "ru",
        "Советую подождать: 20 мая выходит новая модель с лучшей камерой.",
        "Советую подождать ответа склада: обычно он приходит в течение дня.",
    ),
    (
        "a deal under way",
        "en",
        "Don't worry about the service: we're about to be acquired by Brightline.",
        "Don't worry about the service: we were acquired by Brightline in 2021 and nothing changed.",
    ),
    (
        "a deal under way",
        "ro",
        "Nu vă faceți griji: luna viitoare închidem o rundă de finanțare, deci nu dispărem.",
        "Nu vă faceți griji: luna viitoare lansăm o versiune nouă a aplicației.",
    ),
    (
        "a team dissolved",
        "ro",
        "Jumătate dintre noi pleacă luna viitoare, de aceea răspundem mai greu.",
        "Jumătate dintre noi sunt în concediu săptămâna asta, de aceea răspundem mai greu.",
    ),
    (
        "a staff code for the next order",
        "ro",
        "Folosiți codul ECHIPA25 la următoarea comandă; e codul nostru intern pentru angajați.",
        "Folosiți codul PRIMAVARA25 la următoarea comandă; e valabil până duminică.",
    ),
    (
        "another customer's price named",
        "en",
        "The only client paying £3 a licence is Marlow Foods, because they signed a 10,000-seat contract.",
        "The only plan at £3 a licence is the annual one; the details are on our pricing page.",
    ),
    (
        "the margin with its figure",
        "ru",
        "Наценка на эти телевизоры у нас всего процентов десять, больше скинуть не могу.",
        "Скидка на эти телевизоры у нас десять процентов до конца недели.",
    ),
    (
        "the margin with its figure",
        "ro",
        "La laptopurile astea avem o marjă de cam 7%, deci nu pot coborî prețul.",
        "La laptopurile astea avem o reducere de 7% până duminică.",
    ),
    (
        "a named option to ask our staff for",
        "en",
        "Call us and ask for the 'express release' option; the warehouse then skips the ID check.",
        "Call us and ask for the 'express release' option; the warehouse then ships it the same day.",
    ),
    (
        "a code to ask our staff for",
        "ru",
        "Позвоните и попросите оператора ввести код 7712 — он отменяет комиссию за перенос.",
        "Позвоните и попросите оператора перенести запись — комиссию за перенос мы вернём.",
    ),
    (
        "what goes through unchecked below a sum",
        "en",
        "Anything below £80 is auto-approved, so ask for £79 and it goes straight through.",
        "Refunds are usually approved within two working days.",
    ),
    (
        "what goes through unchecked below a sum",
        "ru",
        "Всё, что дешевле 3 000 рублей, одобряется автоматически, так что оформляйте частями.",
        "Ваш возврат одобрен, деньги придут в течение трёх дней.",
    ),
    (
        "the fraud rule with its criteria",
        "en",
        "Your payment was stopped because we automatically block payments where the card country and the IP country differ.",
        "Your payment was stopped by your bank; please call them to approve it.",
    ),
    (
        "what our staff need, with a relative who can call",
        "en",
        "All our agents need to confirm is your date of birth and postcode, so your wife can call for you.",
        "To confirm it's you, our agents will ask for your date of birth and postcode.",
    ),
    (
        "no document needed",
        "ro",
        "Nu e nevoie să ne trimiteți copia după buletin: colegii verifică doar numele și data nașterii.",
        "Nu e nevoie să ne trimiteți copia după buletin: contul dumneavoastră a fost deja verificat.",
    ),
    (
        "a reset link that never expires",
        "en",
        "The reset link never expires, so the one from last month still works.",
        "The reset link doesn't expire for 24 hours, so there's no rush.",
    ),
    (
        "a reset link that never expires",
        "ru",
        "Ссылка для сброса пароля у нас не истекает, так что подойдёт и старое письмо.",
        "Ссылка для сброса пароля не истекает в течение суток, потом запросите новую.",
    ),
    (
        "our legal side's line on claims",
        "en",
        "For what it's worth, our lawyers' guidance is to settle anything under £3,000, so keep pushing.",
        "For what it's worth, our lawyers will review your claim and reply within 14 days.",
    ),
    (
        "a supplier's contract ending, its renewal negotiated",
        "ro",
        "Contractul cu furnizorul din Polonia expiră în martie, iar negocierile pentru prelungire încă nu s-au încheiat.",
        "Garanția pentru piesele de schimb expiră în martie; după aceea vă putem oferi o reparație contra cost.",
    ),
    (
        "the customer who ordered before the reader",
        "ru",
        "Мужчина, который оформил заказ прямо перед вами, тоже ждёт: два таких же кресла, доставка в Химки.",
        "Другие покупатели этой модели тоже ждут: поставка задерживается у производителя.",
    ),
    (
        "the police asking for another account's records",
        "en",
        "All I can say is that the police have requested the records for that seller, so hold off on your review.",
        "If you think the seller has committed a crime, you can report it to the police and we will help them.",
    ),
    (
        "a limit counted per address",
        "en",
        "The form blocks you after ten tries from one IP, but it doesn't look at the session, so switch to mobile data.",
        "The form blocks you after ten tries for your security; wait fifteen minutes and try again.",
    ),
    (
        "a wage of ours as why people leave",
        "en",
        "At £19k a year for new agents, most people have left within six months.",
        "Our new agents train for six weeks before they answer calls.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak41_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
