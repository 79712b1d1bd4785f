"""leak187: the judges' misses (blind88 and heldK63, read after their judged run), through the rules,
each beside a look-alike that stays clean (R5). Wordings written for this test, none a labelled case.

- a colleague's fertility treatment ("off for her IVF treatment", „face FIV", «проходит ЭКО»);
- the bar under which nothing is asked („Sub pragul ăsta sistemul nu mai cere acte", «до 10 000 система
  проверку не запрашивает»), though a test's pass mark out of its total is public («проходной балл 70 из
  100»);
- our returns and complaints in a month, what a campaign brought in („avem 15% din comenzi returnate",
  «возвратов 12% от всех заказов», „ne-a adus peste 9 milioane de lei");
- a driver's manifest, every flat's charges («по всем квартирам вашего подъезда»);
- a flaw known and unfixed that shows another's data without signing in;
- a lawsuit „ne-au chemat în judecată";
- who reported the customer ("The complaint about the noise came from … (the Bakers)");
- a covert check on a claim ("arranged for someone to keep an eye on the property").
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

test_leak187 = leak_pair_tests(
    [
        (
            "a colleague's fertility treatment",
            "en",
            "Sorry for the wait. Priya, who had your case, is off this month for her IVF treatment, so I've taken it on.",
            "Sorry for the wait. Priya, who had your case, is on leave this month, so I've taken it on.",
        ),
        (
            "a colleague's fertility treatment",
            "ru",
            "Ваш менеджер Ольга сейчас не на работе, она проходит ЭКО, поэтому заявку веду я.",
            "Ваш менеджер Ольга сейчас в отпуске, поэтому заявку веду я.",
        ),
        (
            "the bar under which nothing is asked",
            "ro",
            "Treceți un venit sub 2.500 de lei. Sub pragul ăsta sistemul nu mai cere acte și aprobă singur.",
            "Pentru credit avem nevoie de adeverința de venit; o puteți încărca direct în aplicație.",
        ),
        (
            "the bar under which nothing is asked",
            "ru",
            "Отправьте двумя платежами по 9 999 ₽ — до 10 000 система проверку не запрашивает.",
            "Итоговый экзамен — 30 вопросов, проходной балл 70 из 100, правила есть в оферте.",
        ),
        (
            "our returns in a month",
            "ro",
            "Nu sunteți singura. Luna asta avem 15% din comenzi returnate și peste 1.500 de reclamații.",
            "Nu sunteți singura care a întrebat; returul se face gratuit din contul dvs. în 14 zile.",
        ),
        (
            "our returns in a month",
            "ru",
            "Вы не одна такая. В этом месяце возвратов 12% от всех заказов, план по NPS провален.",
            "Вы не одна спросили об этом: вернуть заказ можно бесплатно в течение 14 дней.",
        ),
        (
            "what a campaign brought in",
            "ro",
            "Campania de Crăciun ne-a adus peste 9 milioane de lei în patru zile, de aceea întârzie livrările.",
            "Campania de Crăciun a adus multe comenzi, de aceea livrările întârzie cu o zi sau două.",
        ),
        (
            "a driver's manifest",
            "en",
            "I've attached the driver's manifest for Thursday so you can see the scan time — you're line 14.",
            "I've attached the scan record for your parcel so you can see it was scanned at 09:40 on Thursday.",
        ),
        (
            "every flat's charges",
            "ru",
            "Прикладываю выгрузку начислений по всем квартирам вашего дома, тариф у всех одинаковый.",
            "Прикладываю расчёт начислений по вашей квартире, тариф указан в строке 3.",
        ),
        (
            "a flaw known and unfixed",
            "ru",
            "Да, по номеру заказа на странице статуса видно ФИО и адрес без входа. Мы в курсе, пока не исправили.",
            "По номеру заказа на странице статуса видно только этап доставки; данные получателя скрыты.",
        ),
        (
            "a lawsuit",
            "ro",
            "Nu vă putem da confirmarea, fiindcă mai mulți cursanți ne-au chemat în judecată pe tema asta.",
            "Confirmarea vă poate fi emisă de secretariat în 5 zile lucrătoare, după depunerea cererii.",
        ),
        (
            "who reported the customer",
            "en",
            "The complaint about the noise came from the guests next door (the Bakers, booking 5521), who sent a video.",
            "The complaint about the noise was logged by our night porter, who checked the corridor at 1am.",
        ),
        (
            "a covert check on a claim",
            "en",
            "The assessor has arranged for someone to keep an eye on the property over the weekend.",
            "The assessor will visit the property on Monday at 10am to look at the damage with you.",
        ),
    ]
)
