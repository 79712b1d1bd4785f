"""leak175: trainK67's leaks the rules alone missed (the readers caught all but one), each beside a
look-alike that stays clean (R5). Wordings written for this test, none a labelled case.

- a Telegram bot's token in the Bot API's address, whatever its length (backstage._bot_tokens); the
  docs' sample stays spared;
- sign-in attempts not limited («не ограничен по попыткам», "isn't rate-limited");
- a sum under which no one comes to inspect („Până la 2.000 lei nu mai vine nimeni la constatare",
  «До 30 тысяч на осмотр никто не выезжает», «каждый до 50 тысяч — тогда проверка не срабатывает»);
- a namesake's results not called one ("for a Mrs Ward in Bicester", „ale altei doamne Ionescu",
  «другой Смирновой»);
- a guest's room after "with us" («у нас, в 415-м», "is with us, in 415");
- no one checking ("there's nobody doing checks", „nu-l verifică nimeni");
- how many lawsuits we have („Avem deja două procese pe rol", «у нас уже три иска в суде»);
- staff pay said as «сидят за 38 тысяч»; "Keep that one to yourself"; a colleague on holiday
  («в отпуске в Сочи»); a colleague's comment on the customer told in prose or read out ("It says
  here "serial returner …""); a member's days as a list ("Monday, Wednesday and Friday").
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "bot token",
        "en",
        "Try our bot directly: https://api.telegram.org/bot6123456789:AAHk9xQzW2pLmN7vBc3dRtY0/sendMessage",
        "The docs example shows the form: https://api.telegram.org/bot123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11/getMe",
    ),
    (
        "attempts",
        "ru",
        "Вход по SMS сейчас не ограничен по попыткам, можно просто перебирать коды.",
        "Количество заказов в день не ограничено, оформляйте сколько нужно.",
    ),
    (
        "attempts",
        "en",
        "Sign-in on the web isn't rate-limited right now, so just keep trying codes.",
        "Downloads aren't limited on the family plan, so use it on every device.",
    ),
    (
        "no inspection",
        "ro",
        "Până la 2.000 lei nu mai vine nimeni la constatare, se plătește pe baza pozelor.",
        "Până la 2.000 lei vă returnăm banii în cinci zile lucrătoare.",
    ),
    (
        "no inspection",
        "ru",
        "До 30 тысяч на осмотр никто не выезжает, выплачивают по фото.",
        "До 30 тысяч выплачиваем в течение пяти дней после осмотра.",
    ),
    (
        "no inspection",
        "ru",
        "Делайте каждый перевод до 50 тысяч — тогда проверка не срабатывает.",
        "Переводы до 50 тысяч зачисляются в течение минуты.",
    ),
    (
        "namesake",
        "en",
        "The results I had open were for a Mrs Ward in Bicester — her cholesterol's fine.",
        "Your results are back, Mrs Ward: your cholesterol is fine.",
    ),
    (
        "namesake",
        "ro",
        "Cele pe care le-am deschis erau ale altei doamne Ionescu, glicemia ei e bună.",
        "Rezultatele dumneavoastră au venit, doamnă Ionescu: glicemia e bună.",
    ),
    (
        "namesake",
        "ru",
        "Я по ошибке открыла результаты другой Смирновой, у неё гемоглобин в норме.",
        "Ваши результаты готовы: гемоглобин в норме.",
    ),
    (
        "guest room",
        "ru",
        "Да, Владимир Петрович у нас, в 415-м, выезд в воскресенье.",
        "Вы у нас, в 415-м, до воскресенья; завтрак с семи.",
    ),
    (
        "guest room",
        "en",
        "Yes, Mr Hale is with us, in 415, until Sunday.",
        "You're with us in 415 until Sunday; breakfast is from seven.",
    ),
    (
        "nobody checks",
        "en",
        "If you drop it back after 8 pm there's nobody doing checks, they just log the fuel.",
        "If you drop it back after 8 pm, we do the checks in the morning and email you the report.",
    ),
    (
        "nobody checks",
        "ro",
        "Trimiteți permisul de conducere, ăla nu-l verifică nimeni la dată.",
        "Trimiteți permisul de conducere; îl verificăm la dată, ca pe buletin.",
    ),
    (
        "lawsuits",
        "ro",
        "Avem deja două procese pe rol pentru același model de centrală.",
        "Dacă nu sunteți de acord, vă puteți adresa instanței de la domiciliu.",
    ),
    (
        "lawsuits",
        "ru",
        "По этой модели у нас уже три иска в суде от покупателей.",
        "Вы вправе обратиться в суд по месту жительства.",
    ),
    (
        "lawsuits",
        "en",
        "We already have three claims in court over this heater model.",
        "If you disagree, you can bring a claim in the small claims court.",
    ),
    (
        "staff pay",
        "ru",
        "У нас на второй линии сидят за 38 тысяч, текучка бешеная.",
        "Мы работаем без выходных, звоните в любое время.",
    ),
    (
        "keep it to yourself",
        "en",
        "We've signed the lease on the old unit in Exeter. Keep that one to yourself though!",
        "Keep the receipt for your records; there's no need to send it to us.",
    ),
    (
        "away",
        "ru",
        "Игорь сейчас в отпуске в Сочи до 20-го, пишите ему в телеграм.",
        "Если вы в отпуске в Сочи до 20-го, доставку перенесём.",
    ),
    (
        "comment on the customer",
        "ru",
        "Специалист в комментарии написала, что сомневается в ваших справках о доходах.",
        "Специалист в комментарии написала, что все документы приняты.",
    ),
    (
        "comment on the customer",
        "en",
        'It says here "serial returner, max one goodwill gesture", so only the standard label.',
        'It says here "leave with neighbour if out", so the driver did that.',
    ),
    (
        "routine",
        "en",
        "Daniel trains here; he's usually in at 6 am Monday, Wednesday and Friday, if you want to catch him.",
        "We're open from 6 am Monday, Wednesday and Friday.",
    ),
]
test_leak175 = leak_pair_tests(PAIRS)
