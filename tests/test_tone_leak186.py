"""leak186: trainK70's misses (the rules, and the readers too), each beside a look-alike that stays
clean (R5). Wordings written for this test, none a labelled case.

- an offer "not written anywhere, but we do it if you ask" („Nu scrie nicăieri, dar …");
- advice not to wait, beside a price rise to come with its figure („Nu v-aș sfătui să așteptați …
  cu vreo 9% mai scumpă", "I wouldn't wait … about 8% dearer", «Не советую ждать … на 7% дороже»);
- the complainant named after «по жалобе пассажирки/пациентки» («Ольги Т.»);
- what we think of a colleague: he likes to stall, there is no point with him («любит всё
  затягивать», "our shift manager likes to stall everything", „îi place să tragă de timp").
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

test_leak186 = leak_pair_tests(
    [
        (
            "an offer kept back",
            "ro",
            "Dacă găsiți frigiderul mai ieftin în altă parte, vă facem cu 3% sub ei. Nu scrie nicăieri, dar o facem la cerere.",
            "Dacă găsiți frigiderul mai ieftin în altă parte, vă egalăm prețul, așa cum scrie în pagina Garanția prețului.",
        ),
        (
            "a price tip",
            "ro",
            "Nu v-aș sfătui să așteptați. Abonamentul anual se retrage luni, iar cel nou e cu vreo 12% mai scump.",
            "Nu v-aș sfătui să așteptați cu reclamația: termenul legal de 30 de zile curge de la livrare.",
        ),
        (
            "a price tip",
            "en",
            "I wouldn't wait. The two-year deal is withdrawn on Monday and the new one is about 8% dearer.",
            "I wouldn't wait to report it: the 30-day window starts from the delivery date.",
        ),
        (
            "a price tip",
            "ru",
            "Не советую ждать: этот тариф убирают в понедельник, новый будет на 7% дороже.",
            "Не советую ждать с заявлением: срок в 30 дней считается с даты доставки.",
        ),
        (
            "the complainant named",
            "ru",
            "Приём приостановлен по жалобе пациентки с записи 3 июня — Ольги Т., она написала, что вы опоздали.",
            "Приём приостановлен по техническим причинам до 3 июня, мы перенесём вашу запись.",
        ),
        (
            "what we think of a colleague",
            "ru",
            "Я бы вам сразу вернул, но старший смены любит всё затягивать, с ним бесполезно.",
            "Я бы вам сразу вернул, но возврат подтверждает старший смены, он ответит до вечера.",
        ),
        (
            "what we think of a colleague",
            "en",
            "I'd refund you now, but our shift manager likes to stall everything, there's no point with him.",
            "I'd refund you now, but our shift manager signs refunds off; he'll reply by this evening.",
        ),
        (
            "what we think of a colleague",
            "ro",
            "V-aș da banii acum, dar șefului de tură îi place să tragă de timp, cu el n-ai ce face.",
            "V-aș da banii acum, dar rambursarea o aprobă șeful de tură; vă răspunde până diseară.",
        ),
    ]
)
