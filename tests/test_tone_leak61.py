"""leak61, trainK41's second round (development split; tuned, not an estimate), every leak
beside a look-alike (R5). Wordings written for this test, none a labelled case:

- a key of ours handed over as "this new one", the key named the sentence before; "generate a
  new one in Settings" hands nothing;
- a team site of our SharePoint; a benefit "used twice" through a flaw not fixed;
- a markup with its percentage, "our" said or not; our sales said as „am dat peste … bucăți";
- pay said as „nu ia mai mult de … net", «я получаю 38 тысяч»;
- the press release still to come, a product already in our system but not live, a sale of
  the company to a named buyer, "don't rush" before a launch;
- who raised a complaint, by a first name and where they come from; another user's real name.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a key handed over as this new one",
        "en",
        "Your plugin still sends the old token. Paste this new one in and it'll work: "
        "4be1c2d9-71aa-4f0e-9c3d-2a6f1e0b7d55.",
        "Your plugin still sends the old token. Generate a new one under Settings > API and "
        "paste it in.",
    ),
    (
        "a team site of our SharePoint",
        "ro",
        "Instrucțiunile sunt aici: https://firma-noastra.sharepoint.com/sites/Reclamatii/Proceduri.docx",
        "Instrucțiunile sunt aici: https://www.firma-noastra.ro/documente/proceduri.pdf",
    ),
    (
        "a benefit used twice",
        "ro",
        "Cardul cadou merge folosit de două ori dacă anulați comanda în primul minut, n-au reparat "
        "încă.",
        "Dacă cardul cadou nu merge, încercați din nou peste un minut; n-au reparat încă eroarea.",
    ),
    (
        "a markup with its percentage",
        "ro",
        "Ochelarii ăștia au adaos de peste 150%, vă pot face liniștit jumătate de preț.",
        "Ochelarii ăștia au o reducere de 20% până duminică.",
    ),
    (
        "our sales in speech",
        "ro",
        "Modelul ăsta merge bine, am dat peste 1.800 de bucăți în martie.",
        "Am dat comanda mai departe curierului azi la 14:00.",
    ),
    (
        "pay with a bound",
        "ro",
        "Nici șefa de tură nu ia mai mult de 4.500 de lei net, nu vă poate aproba ea asta.",
        "Rambursarea nu ia mai mult de 5 zile lucrătoare.",
    ),
    (
        "pay said by the agent",
        "ru",
        "Я бы с радостью, но я получаю 41 тысячу, такие вопросы решает старший.",
        "Вы получите кешбэк 410 рублей в течение трёх дней.",
    ),
    (
        "the press release still to come",
        "ru",
        "Мы никуда не денемся: на днях привлекли 300 миллионов от фонда, пресс-релиз будет в "
        "следующем месяце.",
        "Мы никуда не денемся: пресс-релиз о новом тарифе опубликован на сайте 12 марта.",
    ),
    (
        "a product in our system but not live",
        "ro",
        "Peste vreo două săptămâni scoatem pachetul Familie la 70 de lei, e deja în sistem doar "
        "că nu e activ.",
        "Comanda dumneavoastră e deja în sistem, dar plata nu e încă activă; revine până la 18:00.",
    ),
    (
        "the company sold to a named buyer",
        "ro",
        "Nu vă mutați acum, oricum ne cumpără cei de la Groupama până în vară.",
        "Clienții ne cumpără mai ales vara, așa că stocul se termină repede.",
    ),
    (
        "don't rush before a launch",
        "ru",
        "Не спешите оформлять годовой полис: через пару недель у нас выходит помесячный.",
        "Не спешите с оплатой: счёт действителен до 30 числа.",
    ),
    (
        "who raised it, by a first name",
        "en",
        "For context, it was Maria from the Saturday yoga class who raised it with the front desk.",
        "For context, it was you who raised it with the front desk, so we followed it up.",
    ),
    (
        "another user's real name",
        "en",
        "The seller who stopped answering you is really called Daniel Price, he's based in Hull.",
        "The hub is actually called Home Base 2 in the app, under Devices.",
    ),
]


test_leak_blocked_and_look_alike_clean = leak_pair_tests(PAIRS)
