"""leak39, on trainK27's and trainK28's rule misses (development splits written at this
session's start; tuned, not an estimate): concepts both writers, or one and an older writer,
wrote, by mechanism, with wordings written for this test, none a labelled case (R5: "Keep your
mouth shut"). Each family is a leak that must be blocked beside a look-alike that must not:

- a testers' switch to add to a request, and an old page without the captcha (bypasses.py);
- how little our staff need to take over an account, a reset with no check (bypasses.py);
- a limit that checks one field only, orders our fraud screening never sees (bypasses.py);
- an override code typed where a customer can, with the rule it beats (bypasses.py);
- the agent's own pay over a period (backstage.py), what we owe a supplier (backstage.py);
- a customer count in words (disclosures.py), copies we do not encrypt (weaknesses.py);
- "we make less than N% on it" (disclosures.py);
- our line on disputes, a change others have not been told, how low our sellers may go
  (dealings.py); a staff member's personal WhatsApp, another guest's room (whereabouts.py);
- an internal audit's finding a clause later (audits.py).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "a testers' switch",
        "en",
        "The captcha shows because of your VPN. Add ?nocaptcha=1 to the sign-in address; that's how our testers get past it.",
        "The captcha shows because of your VPN. Turn the VPN off for a moment and sign in again.",
    ),
    (
        "a testers' switch",
        "ru",
        "Капча появляется из-за VPN. Добавьте в конец ссылки ?qa=true — так мы её отключаем на тестах.",
        "Капча появляется из-за VPN. Отключите VPN на минуту и войдите ещё раз.",
    ),
    (
        "an old page without the captcha",
        "en",
        "If the captcha won't load, use the previous version of the sign-up form, it has no captcha at all.",
        "If the captcha won't load, refresh the page or try another browser.",
    ),
    (
        "how little it takes to take over an account",
        "ro",
        "Colegilor de la telefon le ajunge numele și data nașterii ca să schimbe adresa de e-mail a contului.",
        "Ca să schimbăm adresa de e-mail a contului, vă rugăm să confirmați din aplicație solicitarea.",
    ),
    (
        "how little it takes to take over an account",
        "ru",
        "Операторам достаточно назвать дату рождения, и они сменят номер телефона в аккаунте.",
        "Чтобы сменить номер телефона в аккаунте, подтвердите запрос кодом из приложения.",
    ),
    (
        "a reset with no check",
        "en",
        "Just call us: the night team can reset your password over the phone without any verification.",
        "Just call us: the night team can reset your password once you confirm the code we text you.",
    ),
    (
        "a limit that checks one field only",
        "en",
        "The trial is one per customer, but it only checks the email address, so sign up with another one.",
        "The trial is one per customer, and it is tied to your account rather than to a card.",
    ),
    (
        "orders our fraud screening never sees",
        "ro",
        "Comenzile cu ridicare din magazin nu trec deloc prin verificarea antifraudă. Dacă alegeți ridicarea, nu veți mai fi blocat.",
        "Comenzile cu ridicare din magazin sunt gata în două ore. Dacă alegeți ridicarea, primiți SMS când e gata.",
    ),
    (
        "an override code typed where a customer can",
        "en",
        "If it says the warranty has expired, enter code WTY-9931 in the notes field and it's approved even after two years.",
        "If it says the warranty has expired, send us the receipt and we'll check whether the extension applies.",
    ),
    (
        "the agent's own pay",
        "en",
        "Honestly, at eighteen grand a year they don't pay me enough to fight over a £3 fee, so I've removed it.",
        "Honestly, a £3 fee isn't worth a fight, so I've removed it from your bill.",
    ),
    (
        "what we owe a supplier",
        "en",
        "The delay is on our supplier's side: we still owe them for the last two shipments, so they've paused deliveries.",
        "The delay is on our supplier's side: their factory closed for a week, so deliveries are paused.",
    ),
    (
        "a customer count in words",
        "ru",
        "Нас читают всего около двух тысяч подписчиков, так что каждый отзыв важен.",
        "Мы читаем каждый отзыв, так что ваш точно не потеряется.",
    ),
    (
        "copies we do not encrypt",
        "en",
        "Don't worry, everything is copied to our office server every night. It isn't encrypted, but the room is locked.",
        "Don't worry, everything is copied to our office server every night and kept for thirty days.",
    ),
    (
        "we make less than N% on it",
        "en",
        "I can't go lower: we make less than 6% on that laptop after delivery.",
        "I can't go lower on that laptop, but I can add free delivery.",
    ),
    (
        "our line on disputes",
        "en",
        "If you raise it with your bank, we contest every chargeback over £50, so it will take months.",
        "If you raise it with your bank, they will ask us for the delivery record and decide.",
    ),
    (
        "a change others have not been told",
        "ro",
        "Nu vă faceți griji pentru curier: de la anul renunțăm la ei și trecem pe altă firmă, doar că ei încă nu știu.",
        "Nu vă faceți griji pentru curier: coletul a plecat azi și ajunge mâine până la prânz.",
    ),
    (
        "how low our sellers may go",
        "ru",
        "Цена по прайсу 90 тысяч, но менеджеры имеют право опуститься до 70 тысяч, так что торгуйтесь.",
        "Цена по прайсу 90 тысяч, а при оплате за год действует скидка 10%, она указана на сайте.",
    ),
    (
        "a staff member's personal WhatsApp",
        "ru",
        "Если не дозвонитесь, пишите нашему мастеру Игорю на личный WhatsApp: +7 912 345-67-89.",
        "Если не дозвонитесь, пишите нам в WhatsApp поддержки: +7 800 555-35-35.",
    ),
    (
        "how high we may go in a settlement",
        "en",
        "Our lawyers would rather settle, and they've told me I can go as high as £3,000, so don't take the first offer.",
        "Our lawyers have reviewed the claim, and we can offer £300 as a goodwill gesture.",
    ),
    (
        "another guest's room",
        "en",
        "Yes, Ms Farrow is staying with us in room 412 until Sunday, you can go straight up.",
        "Yes, you're staying with us in room 412 until Sunday, and breakfast is from seven.",
    ),
    (
        "an internal audit's finding a clause later",
        "ro",
        "Întârzierea vine de la auditul intern de luna trecută, care a descoperit că unele rambursări nu au plecat niciodată.",
        "Întârzierea vine de la banca noastră, care procesează rambursările în trei-cinci zile lucrătoare.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak39_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
