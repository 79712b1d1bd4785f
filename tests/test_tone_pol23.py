"""Polite false alarms seen on blind36 (the fifteenth session's judge, a development split
after its judged run; issue 8), fixed by their family in the packs. Each family has
polite wordings of our own in the three languages that must stay quiet, and rude
counterparts that must still be found:

- R1: a technical fault of the customer's service ("we looked into your broadband
  fault", "your boiler fault") is the thing's fault, not "your fault"; ro and ru name a
  technical fault with another word than blame (defecțiune, неисправность) and stay quiet;
- R1/R6: what the customer was told, granted ("I agree that you were told…", „Sunt de
  acord că vi s-a spus…", «Согласен, вам действительно сказали…») owns our advice; "You
  were told twice", „Vi s-a spus de două ori.", «Вам же говорили два раза.» still reproach;
- R1 (ru, free word order): «к» of a deadline («если к завтрашнему вечеру деньги не
  поступят, напишите нам») is no «не к нам», and «хотя» (although) no «как хотите»;
  «Это не к нам.» and «Как хотите.» are still found; en and ro say it without the clash.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, assert_rude

QUIET = [
    # R1: a technical fault
    ("en", "Thank you for your patience while we looked into your broadband fault."),
    ("en", "Our engineer will repair your boiler fault on Thursday between 8am and 1pm."),
    ("en", "We have logged your phone line fault and a technician is booked for Monday."),
    ("ro", "Tehnicianul nostru remediază defecțiunea liniei dumneavoastră joi, între 8 și 13."),
    ("ru", "Наш мастер устранит неисправность вашего котла в четверг с 8 до 13."),
    # R1/R6: what they were told, granted
    (
        "en",
        "I've reviewed the call recording, and I agree that you were told the contract "
        "could be cancelled without a fee. That was incorrect advice, so we will honour it.",
    ),
    ("en", "I can confirm you were told the wrong date; I'm sorry, the refund is on its way."),
    (
        "ro",
        "Sunt de acord că vi s-a spus că abonamentul se poate anula fără taxă; a fost o "
        "informare greșită din partea noastră, așa că anulăm taxa.",
    ),
    ("ro", "Recunoaștem că ți s-a spus altceva la telefon; corectăm factura azi."),
    (
        "ru",
        "Согласен, вам действительно сказали, что договор можно расторгнуть без платы; "
        "это была наша ошибка, и плату мы снимем.",
    ),
    # R1 (ru): a deadline's «к», «хотя»
    (
        "ru",
        "Если к завтрашнему вечеру деньги не поступят получателю, напишите нам, и мы сразу "
        "разберёмся.",
    ),
    ("ru", "Если к понедельнику посылка не придёт, напишите нам — отправим новую."),
    (
        "ru",
        "Курьер отметил заказ как доставленный, хотя к вам не приезжал. Это наша ошибка, "
        "новая доставка завтра.",
    ),
    (
        "en",
        "If the money has not reached the recipient by tomorrow evening, write to us and "
        "we will look into it at once.",
    ),
    (
        "ro",
        "Dacă până mâine seară banii nu ajung la destinatar, scrieți-ne și verificăm imediat.",
    ),
]

RUDE = [
    ("en", "This is your fault."),
    ("en", "The line dropped because of your fault, not ours."),
    ("ro", "E vina dumneavoastră."),
    ("ru", "Это ваша вина."),
    ("en", "You were told twice before the account was closed."),
    ("ro", "Vi s-a spus de două ori."),
    ("ru", "Вам же говорили два раза."),
    ("ru", "Это не к нам."),
    ("ru", "Как хотите."),
    ("ru", "Не нравится — идите к конкурентам, это не к нам."),
]


@pytest.mark.parametrize(("language", "text"), QUIET)
def test_polite_wordings_stayassert_quiet(language: str, text: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), RUDE)
def test_rude_counterparts_are_still_found(language: str, text: str) -> None:
    assert_rude(text, language)
