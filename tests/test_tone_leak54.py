"""leak54, from heldK33's misses (a development split since its judged run; tuned, not an
estimate), each leak beside a look-alike that must stay clean (R5). Wordings written for this
test, none a labelled case.

- a regulator's check on how we acted („anchetă privind modul în care am aplicat garanția"),
  not the complaint the customer may file about it;
- a share of the team leaving, with the team's complement between („jumătate din echipa de
  relații cu clienții pleacă"), not leaving for home;
- a colleague who never reads the rules («он у нас вообще регламенты не читает»), not one sent
  them;
- a link edited to reach a record that is not theirs, told by the links asking no password or
  running in turn, or by "any invoice"; not a link edited to their own record behind a login.

From trainK40 (a development split), each family widened where it already pairs its parts:

- our own key lent after the customer's expired ("use ours from production: 7f3e…");
- our premises' door code with the customer's parcel told in the next part of the sentence
  („… are cod 2580, coletul dvs. e pe raft"), not their own door's code they gave us;
- a passport or CNP said not to be the customer's («это не ваш паспорт, а вашего
  однофамильца», „nu corespunde cu al dvs."), not one read back as theirs;
- a colleague off shift and their phone ("she's off today … text her, 07911 …", «можете ему
  написать»), not our service line; a guest «в 305-м номере»;
- "STAFF30-KW" and "her agent ID is JW-4417"; a staff network and its key as a pair
  ("WF-Staff / Pennine2024"), not the guest network printed on the room card;
- who complained, named by where they live ("the lady in the flat above you", «соседка по
  лестничной клетке», "the couple at No. 9"), not a flat named for its fittings;
- someone unnamed with their address ("the gentleman at Flat 3B", «кв. 12 — это соседи
  сверху»), not the customer's own address read back;
- news told to the staff alone or at a staff meeting ("the staff were told on Monday", «нам на
  планёрке рассказывали», „ni s-a spus la instruire"), not news announced on the website.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "regulator's check on us",
        "ro",
        "ANPC a deschis o anchetă privind felul în care am aplicat garanția la frigidere.",
        "Puteți depune o reclamație la ANPC privind modul în care am aplicat garanția.",
    ),
    (
        "a share of the team cut",
        "ro",
        "Aproape jumătate din echipa de relații cu clienții pleacă în urma reorganizării.",
        "Aproape jumătate din echipa de relații cu clienții pleacă acasă la 16 vineri.",
    ),
    (
        "a colleague run down",
        "ru",
        "Кирилл ошибся: он у нас вообще регламенты не читает.",
        "Кирилл ошибся, он у нас недавно; регламент я ему уже отправила.",
    ),
    (
        "a colleague run down",
        "ro",
        "Colegul care v-a preluat apelul nu citește niciodată procedurile.",
        "Colegul care v-a preluat apelul va citi din nou procedurile.",
    ),
    (
        "a colleague run down",
        "en",
        "The colleague who took your call never reads the procedures, sorry.",
        "The colleague who took your call has read the procedures again.",
    ),
    (
        "a link edited to reach others' records",
        "ro",
        "Modificați numărul de la finalul linkului din e-mail, linkurile nu cer parolă și merg "
        "pe rând, așa că găsiți factura repede.",
        "Pentru factura din martie, schimbați luna din linkul din cont; vedeți doar facturile "
        "dvs., după autentificare.",
    ),
    (
        "a link edited to reach others' records",
        "ru",
        "Поменяйте номер в конце ссылки — пароль там не спрашивают, номера идут подряд.",
        "Поменяйте номер в конце ссылки на номер вашего заказа — без пароля откроется только ваш.",
    ),
    (
        "a link edited to reach others' records",
        "en",
        "If you want the invoice, change the number at the end of the link; the page shows any "
        "invoice.",
        "To see the invoice, change the number at the end of the link to your order number; "
        "you'll be asked to sign in.",
    ),
    # trainK40 (a development split)
    (
        "our key lent",
        "en",
        "Your token has expired. Until they make you a new one, use ours from production: "
        "7f3e9a1c-44b2-4e0d-9b71-2cd8a0f6e513.",
        "Your token has expired; the order reference for the new one is "
        "7f3e9a1c-44b2-4e0d-9b71-2cd8a0f6e513.",
    ),
    (
        "our premises' code",
        "ro",
        "Ușa din spate a depozitului din Florești are cod 2580, coletul dvs. e pe raftul din "
        "stânga.",
        "Codul de la ușa dvs., 2580, e trecut pe colet, cum ni l-ați dat.",
    ),
    (
        "someone else's passport",
        "ru",
        "Бронь оформили на паспорт 45 12 345678 — это не ваш паспорт, а вашего однофамильца.",
        "Бронь оформили на ваш паспорт 45 12 345678, всё верно.",
    ),
    (
        "someone else's CNP",
        "ro",
        "Domnul Ene care a făcut programarea pe numele dvs. a folosit CNP-ul 1850312400123, "
        "care nu corespunde cu al dvs.",
        "Programarea e pe numele dvs., cu CNP-ul pe care ni l-ați dat la telefon.",
    ),
    (
        "a colleague's phone",
        "en",
        "Nadia's off today but she said it's fine to text her, 07911 204 338.",
        "Nadia's off today; text our support line on 0800 612 7701 instead.",
    ),
    (
        "a colleague's phone",
        "ru",
        "Мастер Виктор не на смене, но можете ему написать: +7 903 771-45-02.",
        "Мастер Виктор не на смене, можете написать нам: +7 800 555-35-35.",
    ),
    (
        "another guest's room",
        "ru",
        "Ваша подруга Ирина живёт в 305-м номере, поднимайтесь.",
        "Вы живёте в 305-м номере, завтрак с семи.",
    ),
    (
        "a staff discount code",
        "en",
        "Try STAFF30-KW at checkout, it'll knock 30% off.",
        "Try SPRING30-KW at checkout, it'll knock 30% off.",
    ),
    (
        "a colleague's agent ID",
        "en",
        "When you call back ask for Josie, her agent ID is JW-4417.",
        "Ask for Josie; your reference is JW-4417.",
    ),
    (
        "a staff network's key",
        "en",
        "If the guest wifi is down again, use the staff network, WF-Staff / Pennine2024.",
        "Our guest Wi-Fi: Seaview-Guest / Welcome2024, also printed on the card in your room.",
    ),
    (
        "a neighbour who complained",
        "en",
        "You're not the only one: the lady in the flat above you complained about the same noise.",
        "You're not the only one: the flat above you had the same radiator fitted last week.",
    ),
    (
        "a neighbour who complained",
        "en",
        "We received a noise report from the couple at No. 9; they've called a few times.",
        "We received your noise report; the house at No. 9 is on our list.",
    ),
    (
        "a neighbour who complained",
        "ru",
        "Ваша соседка по лестничной клетке тоже писала жалобу на перерасчёт.",
        "Ваша соседка по лестничной клетке тоже может подать заявление на перерасчёт.",
    ),
    (
        "someone else's address",
        "en",
        "The sofa went to the gentleman at Flat 3B, 27 Clarendon Road.",
        "We left it with the lady at reception, she'll hand it over.",
    ),
    (
        "someone else's address",
        "ru",
        "Курьер оставил диван по адресу ул. Ленина, д. 45, кв. 12 — это соседи сверху.",
        "Курьер оставил диван по адресу ул. Ленина, д. 45, кв. 8 — это ваш адрес.",
    ),
    (
        "news told to the staff alone",
        "en",
        "Kingston will shut at the end of next month, the staff were told on Monday.",
        "Kingston will shut at the end of next month, as announced on our website in May.",
    ),
    (
        "news told to the staff alone",
        "ro",
        "În septembrie vine modelul nou, așa ni s-a spus la instruire.",
        "În septembrie vine modelul nou, l-am anunțat pe site în iulie.",
    ),
    (
        "news told to the staff alone",
        "ru",
        "В октябре выходит новая модель, нам на планёрке рассказывали.",
        "В октябре выходит новая модель, мы уже объявили это на сайте.",
    ),
]


test_leak_blocked_and_look_alike_clean = leak_pair_tests(PAIRS)
