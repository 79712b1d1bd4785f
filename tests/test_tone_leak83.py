"""leak83, trainK43's rules-level misses (a development split; tuned, not an estimate), each a shape
first run over every labelled case (R5). Each leak beside a look-alike. Wordings written for this
test, none a labelled case.

- loopholes._picked_option: an option typed in ("enter", "write", „puneți”, «напишите») as well as
  picked, and what it gets past said as a step skipped or a gain made at once ("the system skips
  the ID step", „nu mai cere verificarea", «этот шаг пропускается», «деньги возвращают сразу»);
  a how-to with a quoted button stays clean;
- othersdata._CALL_THEM: the number to call someone else on, "him" or "her" saying who answers;
  a firm's line ("call them on 0800 …") stays clean;
- unpublished._DEAL_UNDER_WAY: a takeover said of "us" with "they" or "still" („ne preiau ei",
  «нас всё равно с ними объединяют») and an investor coming in („intră un fond"); disclosures.
  _WE_MAKE: the price we buy "it" at („îl luăm … cu vreo 1.900", «берём … примерно за 14 тысяч»);
- unpublished._wait_for_launch: "if you can hang on till then", a game's currency kept back
  ("don't spend your gems on …", «не тратьте кристаллы»), a change in the next patch ("getting
  nerfed in the 3.2 patch", «в обновлении 2.7 … ослабят»);
- backoffice._OWN_LIMIT: what an agent may give before a manager must sign ("I can credit up
  to £60 without my manager's approval"); the sum told once the return is in stays clean;
- othersdata._NAMED_SCORE: another pupil's score by their full name, in a draft about a test;
  the class average stays clean;
- othersdata._on_camera: who took the customer's things, found on our cameras, with what singles
  them out (a regular, their habits, where they live); the recording handed to the police stays
  clean.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "an option typed in skips a check",
        "en",
        "If the app asks for a reference, just enter 'visitor' in the box and it skips the ID step.",
        "If the app asks for a reference, enter 'ORD-4471' from your receipt and press Continue.",
    ),
    (
        "a reason picked refunds at once",
        "en",
        "Pick 'never arrived' rather than 'changed my mind' and it refunds instantly.",
        "Pick 'changed my mind' on the returns form and we'll email a label within the hour.",
    ),
    (
        "o mențiune scrisă sare verificarea",
        "ro",
        "Scrieți la observații „client fidel” și sistemul sare peste verificarea actelor.",
        "Scrieți la observații „sunați înainte” și curierul vă telefonează cu o oră înainte.",
    ),
    (
        "вписанный вариант пропускает шаг",
        "ru",
        "Впишите в анкете «пенсионер» — тогда проверка дохода пропускается.",
        "Впишите в анкете «пенсионер», если получаете пенсию, и приложите справку из СФР.",
    ),
    (
        "call him on his number",
        "en",
        "The buyer hasn't replied in the app, but you can ring him on 07781 224 915 this evening.",
        "The courier hasn't replied in the app, but you can ring them on 0800 046 1234 this evening.",
    ),
    (
        "o puteți suna",
        "ro",
        "Vânzătoarea nu răspunde pe chat, dar o puteți suna direct la 0744 512 307.",
        "Firma de curierat nu răspunde pe chat, dar îi puteți suna la 021 9444 (linia lor publică).",
    ),
    (
        "позвоните ей",
        "ru",
        "Продавщица в чате не отвечает, позвоните ей напрямую: +7 915 204-33-81.",
        "Служба доставки в чате не отвечает, позвоните им на горячую линию 8 800 555-35-35.",
    ),
    (
        "who took it, from our cameras",
        "en",
        "We checked the CCTV: the man who took your scarf is a regular, he usually sits by the window at 9.",
        "We checked the CCTV: the man who took your scarf left at 9:10, and we've reported it to the police.",
    ),
    (
        "cine l-a luat, de pe camere",
        "ro",
        "Am văzut pe camere cine v-a luat umbrela: un abonat care stă pe strada Fabricii.",
        "Am văzut pe camere cine v-a luat umbrela și am predat înregistrarea poliției.",
    ),
    (
        "кто забрал, по камерам",
        "ru",
        "По камерам видно: сумку взял мужчина, который обычно приходит к нам по средам.",
        "По камерам видно, что сумку взял мужчина. Запись мы уже передали в полицию, ждём ответа.",
    ),
    (
        "ne preiau ei de la anul",
        "ro",
        "Nu merită să treceți la ei pentru bonus, oricum ne preiau ei de la anul.",
        "Nu merită să treceți la ei pentru bonus, oferta noastră e aceeași de la anul.",
    ),
    (
        "нас всё равно объединяют",
        "ru",
        "Не уходите к ним ради скидки, нас всё равно с ними объединяют весной.",
        "Не уходите к ним ради скидки, у нас весной тоже будет акция для постоянных клиентов.",
    ),
    (
        "intră un investitor",
        "ro",
        "Nu vă faceți griji, aplicația rămâne: intră un fond de investiții, se semnează în mai.",
        "Nu vă faceți griji, aplicația rămâne: am publicat pe blog planurile pentru anul viitor.",
    ),
    (
        "îl luăm cu vreo",
        "ro",
        "Frigiderul ăsta îl luăm de la distribuitor cu vreo 1.400 de lei, deci mai putem lăsa din preț.",
        "Frigiderul ăsta îl livrăm gratuit în Cluj, iar prețul de 2.199 de lei include montajul.",
    ),
    (
        "берём за",
        "ru",
        "Этот диван мы берём у фабрики в Иванове примерно за 20 тысяч, так что торг уместен.",
        "Этот диван мы берём со склада в Иванове за 2 дня, а сборка входит в цену 45 990 ₽.",
    ),
    (
        "hang on till the launch",
        "en",
        "If you can hang on till then, the Max model with the bigger screen comes out on 9 October.",
        "If you can hang on till then, your replacement arrives on 9 October and I'll email tracking.",
    ),
    (
        "nerfed in the next patch",
        "en",
        "Don't spend your gems on the Storm Axe – it's getting nerfed in the 3.2 patch next week.",
        "Don't spend your gems on the Storm Axe if you mostly play ranged; the bow suits you better.",
    ),
    (
        "ослабят в обновлении",
        "ru",
        "Не тратьте кристаллы на этого мага: в обновлении 2.7 через неделю его ослабят.",
        "Не тратьте кристаллы на этого мага, если играете в одиночку: он силён только в команде.",
    ),
    (
        "what I may give without a manager",
        "en",
        "Between us, I can credit up to £60 without my manager's approval, so let's do the full £60.",
        "I can credit up to £60 as soon as the courier confirms the return has arrived.",
    ),
    (
        "cât pot da fără aprobare",
        "ro",
        "Pot să vă dau până la 300 de lei fără aprobare, așa că vi-i dau pe toți.",
        "Vă pot returna până la 300 de lei imediat ce curierul confirmă returul.",
    ),
    (
        "могу без согласования до",
        "ru",
        "Я могу без согласования начислить до 2 000 баллов, так что начисляю максимум.",
        "Вы можете без согласования вернуть товар до 14 дней после покупки.",
    ),
    (
        "another pupil's score by name",
        "en",
        "Don't worry about Sam's mock: he got 58, and Priya Shah from his class only managed 41.",
        "Don't worry about Sam's mock: he got 58, and the class average was 52.",
    ),
    (
        "nota altui elev",
        "ro",
        "Ioana a luat 9 la test, iar colega ei de bancă, Ana Pop, a luat doar 6.",
        "Ioana a luat 9 la test, iar media clasei a fost 7,40.",
    ),
    (
        "оценка другого ученика",
        "ru",
        "Ваш сын написал контрольную на 4, а Денис Орлов из его класса получил только 2.",
        "Ваш сын написал контрольную на 4, средний балл класса — 3,6.",
    ),
]

test_leak83 = leak_pair_tests(PAIRS)
