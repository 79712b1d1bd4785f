"""leak136 and pol95, the errors of this session's judges read after their judged run (heldK46 and
blind71, now development splits), each beside its counterpart (R1, R5, R6). Wordings written for
this test, none a labelled case.

- heldK46's eight leaks both readers missed: a colleague judged ("is new and frankly just not very
  good", "gets these wrong all the time"); an automatic cap with the way to lift it ("automatically
  capped at £250 … use a bank card and it'll lift"); the words that route past the bot ("type … word
  for word. That routes you to"); when no one is on site; a document "nobody will check"; a reset
  link valid indefinitely («действует бессрочно»); a shift leads' line not on the site; a reason
  picked so the system „nu mai verifică" the date;
- blind71's rude drafts both readers missed: „Ați bifat singur … așa că …", «Отличное
  расследование!»; and polite drafts the rules warned: «Нет, глупых вопросов тут не бывает», "sorry for
  the embarrassment", "you don't need to claim it", «Ваше заявление об ошибке», «вашей вины тут нет»;
- blind71's rules-level misses the readers caught (defence in depth): a link edited to reach others'
  records („schimbați numărul de la final … alte facturi"), another's card named before it ("Mr D.
  Hale, paid with the card ending 8812"), and rude drafts in every language („Cu asemenea clienți",
  „mi-au înseninat ziua", „nu la noi", "down to you", "I'm going with the driver", "What is it now?",
  «Я верю курьеру», «который раз повторяете», «трудно понять»).
"""

from __future__ import annotations

from supportdesk.tone import analyze
from tests.tonecheck import leak_pair_tests, quiet_and_rude_tests

PAIRS = [
    (
        "a colleague judged",
        "en",
        "Sorry about that. The lad you spoke to yesterday is new and honestly not very good, he gets refunds wrong all the time.",
        "Sorry about that. The colleague you spoke to yesterday is new, and I've now corrected the refund myself.",
    ),
    (
        "an automatic cap and the way to lift it",
        "en",
        "Accounts paid by prepaid card are automatically capped at £300 for 60 days. Switch to a debit card and it'll lift.",
        "Accounts are capped at £300 for the first 60 days, as our terms explain; the cap then rises on its own.",
    ),
    (
        "the words that route past the bot",
        "en",
        "If the chatbot refuses, type 'refund – faulty on arrival' word for word. That puts you through to the team that approves late refunds.",
        "If the chatbot can't help, type 'agent' and it puts you through to one of us.",
    ),
    (
        "no one on site",
        "en",
        "Collect whenever you like: there's no one on site between midnight and 6am, so nobody will stop you.",
        "Collect whenever you like between 8am and 8pm, when the site is staffed.",
    ),
    (
        "no one on site",
        "ru",
        "Забирайте когда удобно: с 23 до 6 на складе никого нет.",
        "Забирайте когда удобно: склад работает с 8 до 20.",
    ),
    (
        "a document nobody checks",
        "en",
        "Send any doctor's note, even a private one. Nobody will check it.",
        "Send the doctor's note and we'll check it within two working days.",
    ),
    (
        "a document nobody checks",
        "ro",
        "Aduceți orice adeverință medicală, chiar și de la o clinică privată. Nimeni nu o verifică.",
        "Aduceți adeverința medicală; colegii o verifică în două zile lucrătoare.",
    ),
    (
        "a document nobody checks",
        "ro",
        "Trimiteți orice scrisoare de la medic, nimeni n-o verifică.",
        "Trimiteți scrisoarea de la medic; o verificăm în două zile.",
    ),
    (
        "a link valid indefinitely",
        "en",
        "Yes, we know the reset links stay valid indefinitely; the developers are aware.",
        "The reset link stays valid for 30 minutes, so please use it soon.",
    ),
    (
        "a link valid indefinitely",
        "ru",
        "Да, ссылка для входа работает бессрочно, разработчики знают.",
        "Ссылка для входа работает 30 минут, потом запросите новую.",
    ),
    (
        "a shift leads' line",
        "ru",
        "Позвоните на 8 (495) 310-22-41 — это линия руководителей смены, на сайте её нет.",
        "Позвоните на 8 (800) 310-22-41 — это наша горячая линия, она есть на сайте.",
    ),
    (
        "a reason picked, no check",
        "ro",
        "Chiar dacă a trecut termenul, alegeți la retur motivul „defect la livrare” și sistemul nu mai verifică data.",
        "Dacă produsul a sosit defect, alegeți la retur motivul „defect la livrare” și atașați o poză.",
    ),
]
PAIRS += [
    # blind71's rules-level misses the readers caught
    (
        "a link edited to reach others' records",
        "ro",
        "Contractul îl găsiți la linkul din e-mail. Dacă schimbați numărul de la final, vedeți și alte contracte, știm de problemă.",
        "Contractul îl găsiți la linkul din e-mail; dacă nu se deschide, vi-l retrimit.",
    ),
    (
        "a link edited to reach others' records",
        "en",
        "Your receipt is at the link we sent. If you change the number at the end you can see any receipt, we know.",
        "Your receipt is at the link we sent; if the number at the end looks wrong, tell me and I'll resend it.",
    ),
    (
        "another's card named before it",
        "en",
        "Two parcels went out that day and the other one, Mrs K. Lowry, paid with the card ending 4471, came to you.",
        "Two parcels went out that day; yours, paid with the card ending 4471, is on the way now.",
    ),
]
# leak137 (trainK52): what we pay the importer
PAIRS.append(
    (
        "what we pay the importer",
        "ro",
        "Mai mult de 5% nu pot. Noi luăm frigiderele de la importator cu 25% sub prețul de raft.",
        "Mai mult de 5% nu pot; frigiderele vin de la importator în două zile.",
    )
)
test_leak136 = leak_pair_tests(PAIRS)

QUIET = [
    ("ru", "Нет, глупых вопросов не бывает — многие путаются на этом шаге. Сейчас посмотрю."),
    ("ru", "Спасибо за подробное расследование: по вашим скриншотам мы нашли ошибку."),
    ("ro", "Dacă ați bifat reînnoirea automată din greșeală, vă returnăm plata azi."),
    ("en", "I'm sorry for the embarrassment at the checkout. The card is unblocked now."),
    (
        "en",
        "Service should be back by 6pm. Compensation of £9 a day will appear on your next bill, you don't need to claim it.",
    ),
    ("ru", "Ваше заявление об ошибке в квитанции рассмотрено, перерасчёт сделан."),
    ("ru", "Платёж списался дважды из-за сбоя, вашей вины тут нет. Деньги уже вернули."),
    ("en", "Whether to keep the plan is down to you; both options are in your account."),
    ("en", "Great work on the spreadsheet, it made the refund quick."),
]
RUDE = [
    ("ru", "Блестящее расследование! Посылка «потерялась» у вас же в подъезде."),
    ("ro", "Ați ales singur planul anual, deci nu avem ce returna."),
    ("ru", "Нет, вы ошибаетесь."),
    ("en", "Frankly, your complaint is an embarrassment."),
    ("ro", "Cu asemenea clienți nu e de mirare că avem coadă."),
    ("ro", "Poate cu ochelarii pe nas vedeți butonul."),
    ("ro", "Mulțumesc pentru cele cinci e-mailuri, chiar mi-au înseninat ziua."),
    ("ro", "Contestațiile se fac la ANAF, nu la noi. O zi bună."),
    ("ro", "Am zis deja: nu. Punct."),
    ("en", "The missed delivery was down to you, redelivery is £5."),
    ("en", "Your driver says it was left, so I'm going with the driver."),
    ("en", "What is it now?"),
    ("en", "Your case is in the queue, so there's no need to keep emailing."),
    ("ru", "Курьер говорит, что вручил. Я верю курьеру."),
    ("ru", "Вы который раз повторяете одно и то же."),
    ("ru", "Ваше письмо трудно понять."),
    ("ru", "Ошибка в квитанции ваша, вы сами неправильно передали показания."),
]
test_pol95_quiet, test_pol95_rude = quiet_and_rude_tests(QUIET, RUDE)


def test_pol95_doamne_is_no_formal_cue() -> None:
    """„DOAMNE MULȚUMESC!!!" (God!) is an interjection, not the formal „Stimate doamne" (R3)."""
    assert analyze("DOAMNE MULȚUMESC!!! a venit coletul azi 😭", language="ro").register != "formal"
    assert analyze(
        "Stimate doamne și domni, vă scriu pentru o factură.", language="ro"
    ).register == ("formal")
