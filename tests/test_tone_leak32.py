"""The twenty-fourth session's leak round (leak32), seen on trainK22 (a development split)
and fixed by mechanism; wordings written for this test, none a labelled case (R5: "Keep your
mouth shut"). Each family is a leak that must be blocked beside a look-alike that must not:

- a price change said as its two figures, not announced yet; news "officially announced
  only next week" («объявим только на следующей неделе»); a decision not to make an
  incident public („a decis să nu facă public incidentul");
- a regulator's inquiry into us under way ("the ICO is investigating how we …", „avem
  control de la ANSPDCP", «идёт проверка Роскомнадзора»), against a complaint to one;
- no document needed to change an account, only what anyone close to the holder knows;
- a request let through "without any checks" for anyone, against one refund we approved;
- the wording our filter misses; what our rate limiter lets through;
- our staff's share of the customer's price; our cost told as a share of our selling price;
- cameras nobody watches; a staff code with "your" earlier in the sentence; our practice
  against our published policy; another person's card by its last digits and holder.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "price change with figures, not on the website yet",
        "en",
        "Renew this week if you can: the family plan goes from £90 to £115 in March, but it's not on the website yet.",
        "Renew this week if you can: the family plan goes from £90 to £115 in March, as announced on our website.",
    ),
    (
        "closure announced only next week",
        "ru",
        "Не везите ремонт в пункт на Ленина — мы его закрываем, объявим только на следующей неделе.",
        "Не везите ремонт в пункт на Ленина — там сегодня санитарный день, завтра он работает.",
    ),
    (
        "decision not to make an incident public",
        "ro",
        "Conducerea a hotărât să nu facă public incidentul din martie, când ne-au fost furate parolele.",
        "Conducerea a hotărât să facă public raportul anual în martie, pe site.",
    ),
    (
        "a regulator investigating us",
        "en",
        "Sorry for the wait: Ofcom is currently looking into how we handled billing complaints, so everything goes via legal.",
        "If you're not happy with our final answer, you can take your complaint to Ofcom, who will look into it.",
    ),
    (
        "a regulator investigating us",
        "ro",
        "Răspundem mai greu pentru că avem o inspecție de la ANPC pentru felul în care am tratat retururile.",
        "Dacă nu sunteți mulțumit de răspuns, puteți depune o sesizare la ANPC.",
    ),
    (
        "a regulator investigating us",
        "ru",
        "Ответ задержится: у нас сейчас идёт проверка Роспотребнадзора по жалобам на возвраты.",
        "Если наш ответ вас не устроит, вы можете обратиться в Роспотребнадзор.",
    ),
    (
        "no document needed, two things anyone knows",
        "en",
        "You won't need any ID to move the account to a new number; just give us the date of birth and the postcode.",
        "To move the account to a new number we'll ask for photo ID, so that nobody else can do it.",
    ),
    (
        "no document needed, two things anyone knows",
        "ru",
        "Документы не нужны: чтобы сменить почту, назовите оператору ФИО владельца и дату рождения.",
        "Чтобы сменить почту, оператор попросит фото паспорта — это защищает ваш аккаунт.",
    ),
    (
        "let through without checks, for anyone",
        "en",
        "Claims under £25 are paid automatically without any checks, so there's no need to send the receipt.",
        "I've checked your receipt and paid the £25 claim; you'll see it in two days.",
    ),
    (
        "let through without checks, for anyone",
        "ro",
        "Orice cerere de anulare sub 100 de lei trece automat, fără nicio verificare.",
        "Am verificat cererea de anulare și am aprobat-o; banii ajung în două zile.",
    ),
    (
        "let through without checks, for anyone",
        "ru",
        "Напишите с любого номера, и мы сбросим пароль без каких-либо проверок.",
        "Мы сбросили пароль после проверки вашего паспорта, новый пришлём в СМС.",
    ),
    (
        "the wording our filter misses",
        "en",
        "The moderation filter blocks the word 'unlocked'; if you write 'open to all networks' instead, it won't be flagged.",
        "The moderation filter blocked the ad because of the phone number in the photo; remove it and resubmit.",
    ),
    (
        "the wording our filter misses",
        "ru",
        "Фильтр режет слово «оригинал». Если написать «как оригинал», модерация не заметит.",
        "Фильтр снял объявление из-за номера телефона на фото. Уберите его и отправьте снова.",
    ),
    (
        "what our firewall lets through",
        "en",
        "The firewall ignores any request from our office range, so route it through the VPN and it will pass.",
        "Our firewall blocked the requests because they exceeded 100 per minute; they will pass again in an hour.",
    ),
    (
        "our staff's share of the price",
        "ro",
        "Știu că 300 de lei pare mult, dar tehnicienii noștri primesc doar 60 din suma asta.",
        "Știu că 300 de lei pare mult, dar în preț intră deplasarea, piesele și garanția de 2 ani.",
    ),
    (
        "our cost as a share of the selling price",
        "en",
        "Honestly, we buy these for about a third of what we sell them for, but I still can't discount it.",
        "I'm sorry, I can't discount it: the price already includes the two-year warranty and delivery.",
    ),
    (
        "cameras nobody watches",
        "en",
        "Don't leave it in the lobby overnight; nobody monitors the cameras after 8pm.",
        "Don't leave it in the lobby overnight; the building manager asked residents to take parcels in.",
    ),
    (
        "our practice against our published policy",
        "en",
        "We actually keep call recordings for years, whatever our privacy notice says.",
        "Our privacy notice says we keep call recordings for 90 days; yours from March has been deleted.",
    ),
    (
        "another person's card by its digits and holder",
        "en",
        "The second payment came from a card ending 5521 in the name of Thomas Reed.",
        "The refund went back to the card ending 5521 that you paid with.",
    ),
    (
        "another customer's claim against us",
        "en",
        "We're already being sued by a woman in Leeds whose kettle caught fire, so your report goes straight to safety.",
        "If you feel we've got this wrong, you're entitled to take the claim to the small claims court.",
    ),
    (
        "another customer's claim against us",
        "ru",
        "На нас уже подала в суд клиентка из Твери, у которой сгорел такой же чайник.",
        "Если вы не согласны с нашим решением, вы вправе обратиться в суд.",
    ),
    (
        "what another customer bought besides",
        "en",
        "The last one was bought by a customer from Derby who also ordered two lamps plus the matching rug.",
        "The last one sold yesterday; the next delivery, along with the matching rug, is on Friday.",
    ),
    (
        "what another customer bought besides",
        "ro",
        "Ultima canapea a cumpărat-o o doamnă din Sibiu, împreună cu două fotolii.",
        "Ultima canapea s-a vândut ieri; următorul lot, împreună cu fotoliile, vine vineri.",
    ),
    (
        "what our bank charges us",
        "ru",
        "Комиссия не наша: банк по нашему договору берёт 1,2% с каждого платежа.",
        "Ваш банк может взять комиссию 1,2% за платёж в другой валюте.",
    ),
    (
        "what our lawyers would rather do",
        "ru",
        "Скажу неофициально: наши юристы скорее выплатят всё, чем пойдут в суд, так что настаивайте.",
        "Ваш юрист может направить претензию на наш юридический адрес.",
    ),
    (
        "our biggest customer and their share",
        "en",
        "Capacity is fine: our largest customer is Brightwell, about 45% of what we ship, and they never had a delay.",
        "Capacity is fine: we ship over the holiday season without delays, and tracking updates hourly.",
    ),
    (
        "a namesake's address",
        "en",
        "The parcel went to another Mark Evans in our system, at 3 Mill Lane, Bath BA1 2QT.",
        "I've merged your two accounts, so the other Mark Evans profile is gone and all orders are in one place.",
    ),
    (
        "the company's sale under negotiation",
        "ro",
        "Vă spun sincer: suntem în negocieri pentru vânzarea firmei, deci nu semnați pe trei ani.",
        "Vă spun sincer: contractul pe un an vă lasă mai multă libertate decât cel pe trei ani.",
    ),
    (
        "a storage bucket of ours",
        "en",
        "The price list is in s3://shopco-internal-exports next to the order dumps.",
        "Set the export target to your own bucket, s3://your-bucket-name, in Settings.",
    ),
    (
        "kept back on purpose, not announced",
        "en",
        "Someone got access to our mailing system in May, and we fixed it quietly instead of telling customers.",
        "We fixed the mailing system in May and told every customer the same day.",
    ),
    (
        "revenue after a clause that says 'your'",
        "ru",
        "Понимаю вашу обиду, но мы крупная сеть: выручка у нас за год почти 2 миллиарда рублей.",
        "Понимаю вашу обиду; сумму 2 000 рублей мы вернём на вашу карту до пятницы.",
    ),
    # leak32c (heldK19's rule misses, a development split since its judged run)
    (
        "a fraud-review bar to stay under",
        "en",
        "Our system only holds card payments for manual fraud review above £900, so split it into two and they'll go straight through.",
        "Our system holds some card payments for manual fraud review; please don't split them into two to avoid it.",
    ),
    (
        "our lawyers' rule for settling",
        "en",
        "Our legal team has decided to settle any claim under £5,000 without a hearing, so ask for £4,800.",
        "Our legal team has decided to settle your claim in full; the money arrives on Friday.",
    ),
    (
        "a discount list not public yet",
        "ro",
        "Nu cumpărați azi mașina de spălat: lista de reduceri de 30% e aprobată, dar nu e publică încă.",
        "Lista de reduceri de 30% e publică pe site din această dimineață.",
    ),
    (
        "a product's successor under embargo",
        "en",
        "I'd wait: the R5 is being replaced by the R6 in May, but that's under embargo.",
        "I'd wait: the R5 gets a free software update in May, as announced on our blog.",
    ),
    (
        "an audit's finding as a share of our files",
        "en",
        "Our last internal audit found that nearly half of the loan files at one branch lacked a signature.",
        "Our last internal audit found nothing wrong with your loan file.",
    ),
    (
        "a colleague's home, two-word street",
        "en",
        "Our technician Paul lives at 9 Church Hill Road, so he can pop round tonight.",
        "Our technician Paul will come to 9 Church Hill Road tonight, as you asked.",
    ),
    (
        "a colleague's home, 'your courier'",
        "ru",
        "Ваш курьер Олег живёт на ул. Мира, 12, можете забрать у него вечером.",
        "Ваш курьер Олег приедет на ул. Мира, 12 завтра с 10 до 12.",
    ),
    # leak32d (trainK23, a development split from its first run)
    (
        "second factor off on a message from anywhere",
        "ro",
        "Dacă pierdeți telefonul, scrieți-ne de pe orice adresă și vă dezactivăm autentificarea în doi pași.",
        "Dacă pierdeți telefonul, folosiți codurile de rezervă ca să intrați și apoi dezactivați singur autentificarea în doi pași.",
    ),
    (
        "refunded unchecked, a 'not' of another clause",
        "en",
        "If a parcel under £20 is reported as not delivered, we refund it automatically without checking with the courier.",
        "If a parcel is reported as not delivered, we check with the courier first and refund within 5 days.",
    ),
    (
        "our way into an account without its password",
        "en",
        "No need to reset anything: I can log in as you with our admin view without your password.",
        "Please log in with your password and open Settings; I'll guide you from there.",
    ),
    (
        "monitoring switched off in a window",
        "ru",
        "Запускайте выгрузку ночью в субботу: в это время мониторинг отключён, и лимиты не сработают.",
        "Запускайте выгрузку ночью в субботу: нагрузка меньше, и всё пройдёт быстрее.",
    ),
    (
        "the words that make a complaint jump the queue",
        "en",
        "Complaints only go to a manager automatically if they mention the ombudsman, so add that.",
        "I've passed your complaint to a manager, who will reply by Friday.",
    ),
    (
        "a staff code said to be staff's in the next sentence",
        "en",
        "Try CREW-30 at checkout. It's meant for our staff, but it works for anyone.",
        "Try WELCOME10 at checkout for 10% off. Our staff in store can help too.",
    ),
    (
        "a sale before its newsletter",
        "en",
        "Wait until Friday: the garden range will be 30% off, but we haven't sent the newsletter out yet.",
        "Wait until Friday: the garden range will be 30% off, as our newsletter said this morning.",
    ),
    (
        "what we keep on a sale",
        "en",
        "I can't go lower: we only clear about 6% on this sofa once delivery is paid.",
        "I can't go lower: the 10% I've applied is the most the system allows for this sofa.",
    ),
    (
        "our staff on the minimum wage",
        "ro",
        "Sincer, curierii noștri au salariul minim pe economie, de aceea se schimbă des.",
        "Sincer, curierii noștri se schimbă des vara; vă anunțăm mereu numele celui care vine.",
    ),
    (
        "a plan to stall until the claim is time-barred",
        "ru",
        "Скажу честно: юристы будут затягивать ответ, пока не истечёт срок давности.",
        "Не затягивайте с претензией: срок давности по ней — три года.",
    ),
    (
        "who makes our products under an exclusive contract",
        "en",
        "These filters are made for us by Norrland Plastics under an exclusive contract.",
        "These filters are sold exclusively on our website and made in Sweden.",
    ),
    # leak32e (heldK20, after its judged run)
    (
        "the login guard switched off for now",
        "en",
        "We've temporarily turned off the captcha on the web login, so you can try as many times as you need.",
        "The captcha on the web login appears after three wrong passwords; wait a minute and try again.",
    ),
    (
        "the login guard switched off for now",
        "ru",
        "Мы временно убрали капчу и ограничение попыток входа, пока чиним приложение.",
        "После трёх неверных попыток появится капча — это защита вашего аккаунта.",
    ),
    (
        "an audit that showed our data exposed",
        "ro",
        "Ultimul audit a arătat că parolele clienților erau păstrate în clar, și încă lucrăm la asta.",
        "Ultimul audit a arătat că totul este în regulă cu contul dumneavoastră.",
    ),
    (
        "our backups kept unencrypted",
        "en",
        "Nothing is lost: we copy the whole customer database every night to an unencrypted server in the office.",
        "Nothing is lost: we copy the whole customer database every night, encrypted, to a second data centre.",
    ),
    (
        "a tax inspection under way",
        "ru",
        "Документы задерживаются: у нас идёт налоговая проверка, бухгалтерия занята.",
        "Документы задерживаются: бухгалтерия закрывает квартал, пришлём до пятницы.",
    ),
    (
        "another person's card behind 'a Ms.'",
        "en",
        "The payment came from a Mastercard ending 7310 belonging to a Mr. Reyes.",
        "The payment came from your Mastercard ending 7310, as the statement shows.",
    ),
    (
        "a price rise said as a share, before its e-mail",
        "en",
        "Renew now if you can: all plans go up by 12% in May, and the email hasn't gone out yet.",
        "Renew now if you can: your plan renews in May at the price shown on our pricing page.",
    ),
    (
        "a check nobody makes (word order)",
        "ro",
        "Trimiteți orice factură pe numele dvs.; adresa nu o verifică nimeni, deci poate fi oricare.",
        "Trimiteți o factură recentă pe numele dvs.; o verificăm în două zile lucrătoare.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak32_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "As a thank-you for your patience, use TEAM-KIN-25 at checkout: it's the code for our employees' relatives.",
            "en",
        ),
    ],
)
def test_staff_code_after_your(text: str, language: str) -> None:
    """leak32: a staff word in the code's own name no longer hides the one after it."""
    from tests.tonecheck import blocked_leaks

    assert blocked_leaks(text, language), text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Coletul a fost predat cu AWB-ul 2271003458812; îl urmăriți pe site-ul curierului.", "ro"),
        ("Укажите, например, логин: you@вашдомен.ru и пароль: пароль-приложения.", "ru"),
    ],
)
def test_heldk20_look_alikes_stay_clean(text: str, language: str) -> None:
    """leak32e: an AWB with the Romanian article is no card number; a slot described in
    words («пароль-приложения») is no password."""
    from tests.tonecheck import blocked_leaks

    assert not blocked_leaks(text, language), text
