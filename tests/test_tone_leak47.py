"""leak47, on trainK32's rule misses (a development split; tuned, not an estimate), with the
heldK25 misses its families also cover. Wordings written for this test, none a labelled case (R5:
"Keep your mouth shut"). Each family is a leak that must be blocked beside a look-alike that
must not:

- a staff number of ours handed over to get past a form, and an agent's own approval limit
  (backstage.py, exposures.py);
- a lawsuit or a regulator's letter against us, in more wordings (backstage.py, audits.py);
- a list of other affected customers attached, our biggest client named, what another
  customer with the same complaint was given (bulkrecords.py, backstage.py);
- the customer coached to threaten to leave for retention's discount (backstage.py);
- a claim split to pass the manual check, a check that keeps failing and the channel where it is
  not run, a trick a bug allows (loopholes.py, weaknesses.py);
- where a colleague spends the holiday, by place (exposures.py's staff matters).

And the false alarms this round removed (pol42): a published example IBAN, a new SIM's or
router's factory default, a delay to avoid, "give me two minutes" as the next step, "our Customer
Relations team" (a department, not a customer named), an internal ticket opened with its number.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, blocked_leaks, family_holds

FAMILIES = [
    (
        "a staff number handed over",
        "en",
        "If the form asks for an adviser number at the end, just enter mine, 40817, and it skips the call-back.",
        "If the form asks for an adviser number at the end, leave it blank and we'll call you back.",
    ),
    (
        "a staff number handed over",
        "ro",
        "Dacă vă cere codul de agent, scrieți 5521, e codul meu, și trece fără verificare.",
        "Dacă vă cere codul de agent, lăsați câmpul gol, vă sunăm noi.",
    ),
    (
        "a staff number handed over",
        "ru",
        "Если попросят номер сотрудника, укажите 31190, это мой, и заявку не вернут.",
        "Если попросят номер сотрудника, оставьте поле пустым, мы перезвоним.",
    ),
    (
        "an agent's own approval limit",
        "en",
        "I can credit up to £60 without running it past anyone, so I've added £60.",
        "I've credited £60 to your account for the trouble.",
    ),
    (
        "an agent's own approval limit",
        "ru",
        "Без согласования я могу вернуть до 3000 рублей, поэтому возвращаю сразу.",
        "Я вернула вам 3000 рублей, деньги придут в течение трёх дней.",
    ),
    (
        "a lawsuit against us",
        "en",
        "Keep your receipts: three other tenants are taking us to court over the same leak.",
        "Keep your receipts: if we can't agree, you can take it to the small claims court.",
    ),
    (
        "a lawsuit against us",
        "ru",
        "Документы сохраните: нас уже судит один из поставщиков по этому же вопросу.",
        "Документы сохраните: если не договоримся, вы вправе обратиться в суд.",
    ),
    (
        "a regulator's letter to us",
        "en",
        "Hold on to those screenshots: the FCA has already written to us about these fees.",
        "Hold on to those screenshots: if you complain to the FCA, they'll ask for them.",
    ),
    (
        "a regulator's letter to us",
        "ru",
        "Переводы идут медленнее: Роспотребнадзор выдал нам предписание по возвратам.",
        "Переводы идут медленнее из-за праздников, всё придёт до пятницы.",
    ),
    (
        "a list of other affected customers attached",
        "en",
        "I've attached the spreadsheet of everyone who was overcharged in May, so you can see it's not just you.",
        "I've attached your corrected invoice for May, so you can see the overcharge is gone.",
    ),
    (
        "a list of other affected customers attached",
        "ru",
        "Прикладываю таблицу с клиентами вашего района, у которых тоже пропал свет.",
        "Прикладываю график восстановления света по вашему району.",
    ),
    (
        "our biggest client named",
        "en",
        "The outage wasn't just you: Carrow Foods, our biggest client, lost the whole morning too.",
        "The outage wasn't just you, and as one of our biggest customers you'll get a credit.",
    ),
    (
        "our biggest client named",
        "ro",
        "Nu doar la dvs.: și la Delta Trans, cel mai mare client al nostru, a picat sistemul.",
        "Nu doar la dvs. a picat sistemul; am compensat toți clienții afectați.",
    ),
    (
        "what another customer was given",
        "en",
        "You're not the only one: Mr Hollis on Station Road had the same fault and we refunded him in full.",
        "You're not the only one with this fault, and I've refunded you in full.",
    ),
    (
        "retention's discount for leavers",
        "en",
        "Ring up and say you're switching to another provider; they'll knock 40% off for a year.",
        "Ring up if you want to switch provider; we'll send the final bill within a week.",
    ),
    (
        "retention's discount for leavers",
        "ru",
        "Позвоните и скажите, что уходите к другому оператору, — дадут скидку 50% на полгода.",
        "Позвоните, если решите перейти к другому оператору, — мы закроем договор без штрафа.",
    ),
    (
        "a claim split to pass the check",
        "en",
        "Claims over £1,000 go to manual review; put the two phones in as two separate claims and they go straight through.",
        "Claims over £1,000 take a little longer because we check the receipts; yours is in review now.",
    ),
    (
        "the channel where a failing check is not run",
        "en",
        "If the ID check keeps rejecting you, use the old app – it only checks that a file was uploaded.",
        "If the ID check keeps rejecting you, send us the photo by e-mail and I'll verify it by hand.",
    ),
    (
        "the channel where a failing check is not run",
        "ro",
        "Dacă tot vă respinge buletinul, comandați de pe site – acolo verificarea nu e activă.",
        "Dacă tot vă respinge buletinul, trimiteți-ne poza pe e-mail și îl verific eu.",
    ),
    (
        "a trick a bug allows",
        "ru",
        "Лайфхак: если отменить заказ и сразу оформить заново, бонусы начислятся ещё раз. Починят нескоро.",
        "Если отменить заказ, бонусы за него вернутся на счёт в течение дня.",
    ),
    (
        "where a colleague spends the holiday",
        "en",
        "Priya, who set up your account, is away in Lanzarote until the 3rd.",
        "Priya, who set up your account, is away until the 3rd; I'm looking after it.",
    ),
    (
        "where a colleague spends the holiday",
        "ro",
        "Colega mea, doamna Ene, e în concediu în Italia, la Roma, până pe 12.",
        "Colega mea, doamna Ene, e în concediu până pe 12; între timp vă ajut eu.",
    ),
]

QUIET = [
    (
        "The IBAN has 24 characters, for example RO49 AAAA 1B31 0075 9384 0000 – fill in your own.",
        "en",
    ),
    ("Codul PIN implicit al cartelei SIM noi este 0000; îl puteți schimba din setări.", "ro"),
    (
        "Откройте 192.168.1.1, логин и пароль по умолчанию admin / admin, роутер сам предложит их сменить.",
        "ru",
    ),
    ("Got it, checking now. Give me two minutes.", "en"),
    (
        "Vă rugăm să trimiteți actele direct la departamentul juridic, pentru a evita orice întârziere.",
        "ro",
    ),
    (
        "Please do not reply to this email with your card details; call the number on your card.",
        "en",
    ),
    (
        "Понимаю ваше возмущение: вы пишете нам уже третий раз. Курьер приедет в четверг с 9 до 13.",
        "ru",
    ),
    (
        "You can reach our Customer Relations team at complaints@example.org, Monday to Friday.",
        "en",
    ),
    (
        "Am deschis un tichet intern către echipa tehnică, numărul 40311, și revin cu un răspuns până joi.",
        "ro",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak47_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)


@pytest.mark.parametrize(("text", "language"), QUIET)
def test_pol42_stays_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)
    assert not blocked_leaks(text, language)
