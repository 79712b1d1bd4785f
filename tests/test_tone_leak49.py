"""leak49, on trainK33's misses (a development split; tuned, not an estimate). Wordings written
for this test, none a labelled case (R5: "Keep your mouth shut"). Each family is a leak that must
be blocked beside a look-alike that must not:

- an account frozen at an authority's request, said after "I can see why" (inquiries.py);
- the route staff may not offer, told so the customer asks for it (confided.py);
- a group claim in the courts, our targets "scored on", a colleague's staff number handed over,
  the retention desk asked for by name for a lower price (backstage.py);
- the announced cause denied "as was said" (offrecord.py);
- news whose announcement comes out later, and customers not yet sent the letters
  (unpublished.py);
- part of a payment now and the rest tomorrow, a lookup skipped by picking another country
  (loopholes.py); a flaw's use invited until the patch (weaknesses.py);
- another customer's order named by its addressee's title and surname (misdirected.py), the
  address on another account (exposures.py), our figures before the results day (unpublished.py).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

FAMILIES = [
    (
        "frozen at an authority's request",
        "en",
        "I can see why the card is blocked – it was done at the request of the Serious Fraud Office, so we can't lift it.",
        "I can see why the card is blocked – it was done after three wrong PIN entries, and I've lifted it now.",
    ),
    (
        "frozen at an authority's request",
        "ro",
        "Contul e blocat la cererea DNA, am primit adresa ieri, așa că nu îl putem debloca noi.",
        "Contul e blocat la cererea dumneavoastră de ieri; îl deblocăm imediat ce confirmați prin SMS.",
    ),
    (
        "the route staff may not offer",
        "en",
        "If you ask for the 'service failure' refund instead of a voucher, they usually pay it. We're not allowed to suggest it, so ask for it yourself.",
        "If you'd rather have a refund than a voucher, just say so and I'll arrange it today.",
    ),
    (
        "the route staff may not offer",
        "ru",
        "Если попросить возврат как «сбой сервиса», обычно возвращают всю сумму. Мы сами это предлагать не можем, так что просите сами.",
        "Если вам удобнее возврат, а не сертификат, напишите, и я оформлю его сегодня.",
    ),
    (
        "a group claim in the courts",
        "en",
        "We know about the hinge fault; there's a class action going through the courts about it, so I can't log it as a normal repair.",
        "We know about the hinge fault and have a free repair programme for it; I've booked yours for Monday.",
    ),
    (
        "targets scored on",
        "en",
        "Sorry to rush you – we're scored on closing chats within 7 minutes and three reopened tickets costs us our bonus.",
        "Sorry for the wait – I've got your ticket now and I'll stay on the chat until it's sorted.",
    ),
    (
        "a colleague's staff number",
        "en",
        "When you call the branch, give them her staff number 30177 and they'll see everything she noted.",
        "When you call the branch, give them your reference 30177 and they'll see everything we noted.",
    ),
    (
        "the retention desk for a lower price",
        "en",
        "Call and ask for the retention team – they'll keep you on the same plan for £25 instead of £40. It isn't advertised.",
        "Call us before your contract ends and we'll go through the plans available to you.",
    ),
    (
        "the announced cause denied",
        "ru",
        "Перебои в четверг были не из-за ремонта сети, как сообщили на сайте. Подрядчик повредил наш кабель.",
        "Перебои в четверг были из-за ремонта сети, о котором мы писали на сайте; сейчас связь восстановлена.",
    ),
    (
        "the announced cause denied",
        "ro",
        "Întreruperea de joi nu a fost din cauza lucrărilor programate, cum s-a anunțat. Un subcontractor ne-a tăiat cablul.",
        "Întreruperea de joi a fost din cauza lucrărilor programate anunțate pe site; serviciul e acum restabilit.",
    ),
    (
        "an announcement that comes out later",
        "ro",
        "Nu închidem aplicația: tocmai am strâns 2 milioane de euro de la investitori, anunțul oficial iese luna viitoare.",
        "Nu închidem aplicația: investiția de 2 milioane de euro anunțată în martie ne asigură următorii ani.",
    ),
    (
        "customers not yet sent the letters",
        "en",
        "I'd move your account to the Queen Street branch: ours closes in June, and customers haven't had the letters yet.",
        "I'd move your account to the Queen Street branch: ours closes in June, as our letter of 2 April explained.",
    ),
    (
        "part now and the rest tomorrow",
        "en",
        "Payments over £3,000 to a new payee get held automatically, so send £2,900 now and the rest tomorrow and it'll go straight through.",
        "Payments over £3,000 to a new payee are checked with a quick call, so keep your phone nearby and it'll go through today.",
    ),
    (
        "a lookup skipped",
        "en",
        "If the licence check keeps failing, choose 'Other' as the issuing country – that skips the DVLA lookup and you can upload a photo.",
        "If the licence check keeps failing, make sure the name matches your licence exactly, or upload a photo for a manual check.",
    ),
    (
        "a flaw's use invited until the patch",
        "en",
        "Yes, the free-spin glitch still isn't fixed: until the patch you can make the most of it.",
        "Yes, the free-spin glitch is known and the patch comes on Thursday; spins won by it will be reset.",
    ),
    (
        "the address on another account",
        "ru",
        "Посылка ушла на адрес из другого аккаунта с той же фамилией: ул. Садовая, д. 7, кв. 19. Это не ваш знакомый?",
        "Посылка ушла на адрес из вашего профиля; если он устарел, пришлите новый, и мы переотправим.",
    ),
    (
        "the address on another account",
        "en",
        "The parcel went to the address on a second account with the same surname: 14 Mill Lane. Do you know them?",
        "The parcel went to the address on your account; if it's out of date, send me the new one and we'll resend.",
    ),
    (
        "our figures before the results day",
        "en",
        "It isn't just your shop: electronics was down 22% on the marketplace last quarter. Results come out on the 14th.",
        "It isn't just your shop: sales often dip after the holidays, and your listings look healthy.",
    ),
    (
        "another customer's order by its addressee",
        "en",
        "That tracking code is actually for an order of three lamps going to a Mrs Pryce in Cardiff – could you check your email again?",
        "That tracking code is actually for your earlier order of three lamps, delivered on Monday – could you check your email again?",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak49_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)
