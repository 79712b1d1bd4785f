"""leak144, two shapes read across this session's sets after the judged run (trainK55, heldK49), each
beside its counterpart (R5). Wordings written for this test, none a labelled case.

- a branch of ours closing, told so the customer goes to another (five leaks over two writers, every
  language); one said to be announced is public;
- the person an order is disowned for ("this order isn't yours … its recipient is …") is someone
  else, even when their name is part of the customer's;
- leak145 and leak146, blind74's rules-level misses the readers caught: a colleague in rehab, how
  many subscribers we are losing, a liveness check that cannot tell a photo from a face, a web
  token whose signature a pasted link cut short;
- leak147 (heldK49): another customer named, with their card or address.
"""

from __future__ import annotations

from supportdesk.tone import Context
from tests.tonecheck import blocked_leaks, leak_pair_tests

PAIRS = [
    (
        "a branch closing, another advised",
        "en",
        "I'd open the account at Hillside rather than Market Street. Market Street is closing at the end of May.",
        "You can open the account at any branch, including Hillside and Market Street, or online.",
    ),
    (
        "a branch closing, another advised",
        "ro",
        "V-aș recomanda agenția din Dej. Cea din Gherla nu mai funcționează din iunie.",
        "Puteți depune actele la orice agenție, inclusiv la Dej și Gherla, sau online.",
    ),
    (
        "a branch closing, another advised",
        "ru",
        "Лучше выберите пункт на Гагарина, на Мира в конце месяца закрываемся.",
        "Заказ можно забрать в любом пункте выдачи, например на Гагарина или на Мира.",
    ),
]
test_leak144_pairs = leak_pair_tests(PAIRS)


def test_leak144_announced_closure_is_public() -> None:
    """A closure the draft says was announced is no secret (R5)."""
    text = "As we announced in March, Market Street is closing at the end of May, so I'd use Hillside rather than Market Street."
    assert blocked_leaks(text, "en") == []


def test_leak144_disowned_order_names_someone_else() -> None:
    """«Этот заказ не ваш» before a name and address: someone else's, though the customer's name
    holds theirs (R5); the customer's own order read back stays theirs."""
    ctx = Context(customer_name="Ольга Серова-Кравец")
    other = "Этот заказ не ваш, не волнуйтесь. Его получатель — Ольга Серова, Тверь, ул. Советская, 18, кв. 7."
    assert blocked_leaks(other, "ru", ctx)
    own = "Ваш заказ получатель — Ольга Серова-Кравец, Тверь, ул. Советская, 18, кв. 7, всё верно."
    assert blocked_leaks(own, "ru", ctx) == []


PAIRS_145 = [
    (
        "a colleague in rehab",
        "ru",
        "Простите за задержку. Ваш менеджер Олег сейчас в реабилитационном центре, дело веду я.",
        "Простите за задержку. Ваш менеджер Олег сейчас в отпуске, дело веду я.",
    ),
    (
        "a colleague in rehab",
        "en",
        "Sorry for the delay. Sam, who handled your claim, is in rehab for a few weeks, so I've taken over.",
        "Sorry for the delay. Sam, who handled your claim, is away for a few weeks, so I've taken over.",
    ),
    (
        "how many subscribers we are losing",
        "ro",
        "Nu sunteți singurul nemulțumit: pierdem aproape 2.500 de abonați pe lună de la scumpire.",
        "Nu sunteți singurul nemulțumit, și vă mulțumim că ne-ați scris; am transmis sesizarea echipei de produs.",
    ),
]
test_leak145_pairs = leak_pair_tests(PAIRS_145)


PAIRS_146 = [
    (
        "a liveness check that takes a photo",
        "ru",
        "Если селфи не проходит, снимите фото из паспорта: проверка не отличает его от живого лица.",
        "Если селфи не проходит, снимите себя при дневном свете, без очков и головного убора.",
    ),
    (
        "a liveness check that takes a photo",
        "en",
        "If the selfie keeps failing, hold up your passport photo instead; the app can't tell it from a live face.",
        "If the selfie keeps failing, try again in daylight, without glasses, holding the phone at eye level.",
    ),
    (
        "a web token cut short in a link",
        "en",
        "Use this link to get straight in: https://portal.example-energy.co.uk/sso?t=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZ2VudDE0In0.kQ9xZp",
        "Use this link to reset your password: https://portal.example-energy.co.uk/reset, then sign in as usual.",
    ),
]
test_leak146_pairs = leak_pair_tests(PAIRS_146)


PAIRS_147 = [
    (
        "another customer named, with their card",
        "en",
        "That charge isn't yours — it belongs to another customer called Hughes, card ending 7712.",
        "That charge isn't yours — it belonged to another customer and reached your account by mistake; it's reversed.",
    ),
    (
        "another customer named, with their card",
        "ro",
        "Plata nu vă aparține, e a unui alt client pe nume Dobre, cardul terminat în 3390.",
        "Plata nu vă aparține, a ajuns la dumneavoastră din greșeală și am anulat-o.",
    ),
    (
        "another customer named, with their card",
        "ru",
        "Это списание не ваше: это оплата другого клиента по фамилии Орлов, карта *5521.",
        "Это списание не ваше: это оплата другого клиента, она попала к вам по ошибке и уже отменена.",
    ),
]
test_leak147_pairs = leak_pair_tests(PAIRS_147)
