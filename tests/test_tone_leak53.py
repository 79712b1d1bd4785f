"""leak53, from trainK39's misses (a development split; tuned, not an estimate): each family
widened by word classes where it already pairs its two parts, every leak beside a look-alike
that must stay clean (R5). Wordings written for this test, none a labelled case.

- a lawsuit against "our company" («иск к нашей компании», „proces împotriva companiei"), not
  the claim the customer may bring (audits.route_before, read by backstage's litigation);
- advice to wait for a launch, in more words («я бы на вашем месте пока не брал», „Nu mai
  cumpărați acum", "don't buy it just yet"; "через месяц выходит", "next month");
- a known fault with what it gives: offers stacked, a reward paid at every edit, nothing
  charged; a step that opens "anyway"; a code in the server's reply or the network tab;
- the official offer beside what pushing usually gets ("Officially I can only offer …, but …
  they'll usually authorise £150"), the practice against the letter with its figure
  („indiferent ce scrie în notificare"), a claim kept within the sum that is not inspected
  («осмотр не назначают … укладывайтесь в эту сумму»);
- someone's routine told after their data were refused („Nu pot să vă dau datele lui, dar vine
  de obicei marți și joi"); another guest or neighbour by room or floor ("the guest in 312");
- look-alike: the guest Wi-Fi's password handed to a guest and printed for every guest (heldK28,
  trainK35, heldK33), not the staff network's told instead ("connect to Staff_Hotel, password
  …") nor one with no card or sign ("Guest Wi-Fi password is Hive-Members-8841");
- heldK33: "Bearer sk_test_XXXXXXXX" is a slot; «иска, который … подало против нашей компании»,
  „dosarul pe care … l-a deschis împotriva noastră"; „e plecat în Grecia"; „Nu v-aș recomanda
  … acum" before a launch;
- look-alike: what is "the same for all" is the router's address, not the password;
- a colleague's holiday place ("is actually on holiday in", «в отпуске на Кипре»), job
  interview or move to a rival, a miscarriage.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    # heldK33 (a development split since its judged run)
    (
        "bearer token",
        "en",
        'curl -H "Authorization: Bearer sk_live_4eC39HqLyjWDarjtT1zdp7dc" https://api.example.com',
        'curl -H "Authorization: Bearer sk_test_XXXXXXXXXXXX" https://api.example.com',
    ),
    (
        "the guest Wi-Fi's password is for guests",
        "en",
        "Guest Wi-Fi password is Hive-Members-8841 if it drops.",
        "Our guest Wi-Fi is 'Seaview-Guest' and this week's password is Welcome24, also on the "
        "card in your room.",
    ),
    (
        "litigation",
        "ru",
        "Авария является предметом иска, который ТСЖ «Северное» подало против нашей компании.",
        "Вы вправе подать иск против нашей компании в суд по месту жительства.",
    ),
    (
        "litigation",
        "ro",
        "Avaria face obiectul dosarului pe care Asociația de Proprietari l-a deschis împotriva "
        "noastră.",
        "Puteți deschide un dosar împotriva noastră la ANPC, dacă nu sunteți mulțumit.",
    ),
    (
        "colleague on holiday",
        "ro",
        "Domnul Costache e plecat în Grecia, la Thassos, până pe 25.",
        "Domnul Costache e plecat în teren azi; revine mâine la ora 9.",
    ),
    (
        "wait for launch",
        "ro",
        "Nu v-aș recomanda pachetul Sport acum: din octombrie vine unul nou cu Liga 1 la 45 de lei.",
        "Nu v-aș recomanda pachetul Sport acum, fiindcă meciurile dvs. sunt deja în pachetul de bază.",
    ),
    (
        "the guest Wi-Fi's password is for guests",
        "en",
        "If the guest Wi-Fi is slow, connect to Staff_Hotel instead, password Volga2024reception.",
        "The guest network is Harbour-Guest and the password is seaview2024, also on the card in "
        "your room.",
    ),
    (
        "the guest Wi-Fi's password is for guests",
        "ru",
        "Если гостевой вайфай тормозит, подключайтесь к «Staff_Hotel», пароль volga2024staff.",
        "Гостевая сеть — «Volga-Guest», пароль volga2024. Он есть и на карточке в номере.",
    ),
    (
        "one password for all",
        "ro",
        "Parola arhivei e aceeași pentru toți clienții: Contabil2024.",
        "Ca să schimbați parola rețelei, intrați în browser la 192.168.0.1, adresa e aceeași "
        "pentru toate routerele noastre.",
    ),
    (
        "routine after their data refused",
        "ro",
        "Nu pot să vă dau datele lui, dar vine de obicei marți și joi după ora 19.",
        "Nu pot să vă dau datele lui; dacă vreți, îi transmitem mesajul dvs. azi.",
    ),
    (
        "routine after their data refused",
        "ru",
        "Данные клиента я вам дать не могу. Но он ходит по вторникам и четвергам к восьми утра.",
        "Данные клиента я вам дать не могу, но могу передать ему ваше сообщение сегодня.",
    ),
    (
        "routine after their data refused",
        "en",
        "I can't share someone else's membership details, but he usually comes in on Mondays "
        "and Wednesdays around 7am.",
        "I can't share someone else's membership details, but I can pass on a message today.",
    ),
    (
        "another guest by their room",
        "en",
        "You're not alone: the guest in 312 complained about the noise last night.",
        "You're not alone: other guests have mentioned the noise, and an engineer comes at 10:00.",
    ),
    (
        "another guest by their room",
        "ru",
        "Про холодную воду нам уже жаловалась гостья из 405-го.",
        "Про холодную воду нам уже писали другие гости, сантехник придёт в 10:00.",
    ),
    (
        "another guest by their room",
        "ro",
        "Nu sunteți singurul, și vecinul de la etajul 3 ne-a făcut o reclamație.",
        "Nu sunteți singurul care a semnalat problema; tehnicianul vine mâine la 10:00.",
    ),
    (
        "official offer and what pushing gets",
        "en",
        "Officially I can only offer the voucher, but if you mention the small claims court "
        "they'll usually authorise £150 cash.",
        "Officially we only offer a voucher for delays under three hours, and yours was two.",
    ),
    (
        "official offer and what pushing gets",
        "ro",
        "Oficial vă pot oferi doar reparația, dar dacă cereți și daune morale, de obicei colegii "
        "plătesc până la 3.000 de lei.",
        "Oficial vă pot oferi doar reparația, conform garanției; vă trimit formularul azi.",
    ),
    (
        "official offer and what pushing gets",
        "ru",
        "Официально мы предлагаем только ваучер. Но если пригрозите судом, обычно выплачивают "
        "деньгами.",
        "Официально мы предлагаем только ваучер или перенос рейса, на ваш выбор.",
    ),
    (
        "the practice against the letter",
        "ro",
        "La noi se întrerupe alimentarea abia după 90 de zile de restanță, indiferent ce scrie în "
        "notificare.",
        "Indiferent ce scrie în notificare, vă rugăm să ne sunați la 0800 800 800 pentru detalii.",
    ),
    (
        "kept under the inspection",
        "ru",
        "Если ущерб до 30 тысяч, осмотр не назначают, так что лучше укладывайтесь в эту сумму.",
        "Если ущерб до 30 тысяч, можно оформить европротокол без вызова ГИБДД.",
    ),
    (
        "litigation",
        "ru",
        "По аналогичному случаю в Арбитражном суде уже рассматривается иск к нашей компании.",
        "Вы можете подать иск к нашей компании в суд по месту жительства.",
    ),
    (
        "litigation",
        "ro",
        "Avem un proces pe rol împotriva companiei noastre pentru exact același defect.",
        "Aveți dreptul să deschideți un proces împotriva companiei noastre.",
    ),
    (
        "litigation",
        "en",
        "There's a claim against our company in the county court over the same fault.",
        "You can bring a claim against our company in the small claims court.",
    ),
    (
        "wait for launch",
        "ru",
        "Я бы на вашем месте пока не брал этот пылесос. Через месяц у нас выходит новая линейка.",
        "Пылесос есть в наличии, доставим его завтра до 18:00.",
    ),
    (
        "wait for launch",
        "ro",
        "Nu mai cumpărați acum boxa, zic sincer: pe 15 noiembrie iese modelul nou.",
        "Boxa e în stoc și ajunge mâine; modelul nou a fost anunțat pe site pentru 15 noiembrie.",
    ),
    (
        "wait for launch",
        "en",
        "Don't buy the Aero just yet: the Aero 2 comes out next month at the same price.",
        "Don't buy a new charger yet: try the steps below first.",
    ),
    (
        "fault with its use",
        "en",
        "Yes, the app lets you stack the WELCOME10 code with the student discount for now, the "
        "devs know.",
        "Sorry, the WELCOME10 code doesn't stack with the student discount; I've applied the "
        "bigger one.",
    ),
    (
        "fault with its use",
        "ru",
        "Бонусы сейчас начисляются каждый раз, как редактируешь отзыв, разработчики в курсе.",
        "Бонусы за отзыв начисляются один раз, в течение суток после публикации.",
    ),
    (
        "fault with its use",
        "ro",
        "Dacă anulați plata în rate după livrare, nu vi se mai ia nimic. E un bug, colegii știu.",
        "Plata în rate se poate anula din aplicație în primele 14 zile, fără costuri.",
    ),
    (
        "step skipped",
        "ru",
        "Просто закройте окно на шаге подтверждения и обновите страницу: личный кабинет всё "
        "равно откроется.",
        "Если окно подтверждения зависло, обновите страницу и введите код ещё раз.",
    ),
    (
        "code in the reply",
        "en",
        "If the SMS is late, open the developer tools: the code is in the network tab response.",
        "If the SMS is late, tap Resend: a new code arrives within a minute.",
    ),
    (
        "colleague on holiday",
        "en",
        "Mark who set up your mortgage is actually on holiday in Tenerife till the 18th.",
        "If you're on holiday in Spain, you can still use the app as usual.",
    ),
    (
        "colleague on holiday",
        "ru",
        "Ирина, которая вела ваш договор, сейчас в отпуске на Кипре до 18-го.",
        "Ирина, которая вела ваш договор, будет на месте в понедельник.",
    ),
    (
        "colleague's next job",
        "ro",
        "Andrei, consultantul care v-a făcut oferta, e la un interviu la concurență azi.",
        "Andrei, consultantul care v-a făcut oferta, e la o întâlnire cu un client până la 15:00.",
    ),
    (
        "colleague's next job",
        "ru",
        "Марина у нас больше не работает, она перешла в «Сибирский кредит».",
        "Марина перешла в другой отдел, ваш вопрос теперь ведёт Олег.",
    ),
    (
        "colleague's health",
        "en",
        "Sorry Jenny hasn't called you back. She's been off this month: she had a miscarriage.",
        "Sorry Jenny hasn't called you back. She's off until Monday; I'll handle your calls.",
    ),
]


test_leak_blocked_and_look_alike_clean = leak_pair_tests(PAIRS)
