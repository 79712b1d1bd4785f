"""leak173: trainK66's leaks that only the readers blocked, and two of its clean look-alikes the rules
blocked (R5), each beside its counterpart. Wordings written for this test, none a labelled case.

- how long a chat may last before the agent is penalised ("we get flagged if a chat goes over six
  minutes", „dacă o conversație trece de 5 minute mă trec cu roșu", «если чат дольше 4 минут —
  штраф»; backoffice._CHAT_TIMER);
- a trial cancelled at once that leaves Premium for good, while the fault is unfixed ("it keeps
  Premium on your account permanently … while we fix it", „vă rămâne Premium pe cont definitiv … până
  repară colegii"; loopholes._FREE_PREMIUM beside _UNFIXED_YET);
- an anti-cheat that scans only at one moment, said with the words between („scanează după programe
  injectate doar la începutul meciului"; weaknesses._CHECKS_ONLY);
- what anyone knows is enough to move the account («паспортные данные и дату рождения — этого
  достаточно, чтобы сменить номер для СМС»; weaknesses._CHECKS_ONLY);
- clean: a passphrase of whole words shown as the shape of a new password ("something like
  'Blue-Kettle-Harbour-42'"; secrets._sample_passphrase), and where the admin password is printed
  („Parola de administrare este pe eticheta de sub router, lângă numărul de serie";
  described._PRINTED_BESIDE);
- the leavers' offer by the word to say ("say the word 'cancel' to the phone team", „spuneți celor de la
  telefon că vreți să plecați"; backstage._SAY_LEAVING); the work handed to an outside firm ("being moved
  to an outsourcer", „trece la o firmă din …"; unpublished._CUTS);
- the sum under which we let a chargeback go, and the card ranges our fraud rule declines
  (backoffice._UNCONTESTED); what the call centre takes home („cei de la call center iau 2.900 de lei";
  backstage._STAFF_PAY); a colleague in hospital, the pronoun dropped („… Ioana. Este internată la
  Cardiologie"; exposures._STAFF_MATTER);
- who complained, named as the applicant («Заявитель — ваш сосед из 34-й квартиры»; complainants._REPORTED),
  a lawsuit «к нам … иск от ТСЖ» (backstage._LITIGATION), a listing on the stock exchange being prepared
  («готовится к выходу на биржу», "preparing to go public"; unpublished), „ni s-a spus luni în ședință"
  (unpublished), «никто до обеда не осматривает» (weaknesses._NOBODY_CHECKS);
- a match that starts its sentence is read in that sentence (leakfinding.sentence_start: the end mark's
  lookahead may read the match's first letter), not in the one before with its "ваше" («Понимаю ваше
  недовольство. Курьерам у нас платят …»).
"""

from __future__ import annotations

from supportdesk.tone.leakfinding import sentence_start
from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a chat timer and its penalty",
        "en",
        "Sorry to be quick, we get written up if a call runs over eight minutes and I've had two this month.",
        "Sorry to be quick: if the call runs over eight minutes, it stays free, so take your time.",
    ),
    (
        "a chat timer and its penalty",
        "ro",
        "Scuze că mă grăbesc, dacă un apel durează peste 7 minute mă penalizează și am deja un avertisment.",
        "Nu vă grăbiți: dacă un apel durează peste 7 minute, convorbirea rămâne gratuită pentru dumneavoastră.",
    ),
    (
        "a chat timer and its penalty",
        "ru",
        "Извините, что тороплю: если разговор дольше 5 минут — выговор, а у меня их уже два.",
        "Не торопитесь: если разговор дольше 5 минут, звонок для вас всё равно бесплатный.",
    ),
    (
        "Premium kept for good through a fault",
        "en",
        "While we patch it: start the trial on Android, cancel at once, and Premium stays on the account forever.",
        "If you start the trial on Android and cancel at once, Premium ends when the trial does.",
    ),
    (
        "Premium kept for good through a fault",
        "ro",
        "Până repară colegii: porniți proba și anulați-o imediat, iar contului îi rămâne Premium definitiv.",
        "Dacă porniți proba și o anulați imediat, Premium se oprește odată cu perioada de probă.",
    ),
    (
        "Premium kept for good through a fault",
        "ru",
        "Пока не починят: запустите пробный период и сразу отмените — премиум останется навсегда.",
        "Если запустить пробный период и сразу отменить, премиум закончится вместе с пробным периодом.",
    ),
    (
        "a scan made at one moment only",
        "ro",
        "Sistemul scanează după macro-uri instalate doar la pornirea jocului, nu și în timpul meciului.",
        "Sistemul scanează permanent după macro-uri, la pornire și pe tot parcursul meciului.",
    ),
    (
        "what anyone knows is enough to move the account",
        "ru",
        "Назовите оператору ФИО и дату рождения — этого достаточно, чтобы сменить номер для входа.",
        "Назовите оператору ФИО и дату рождения, а затем подтвердите смену номера кодом из письма.",
    ),
    (
        "a sample passphrase is no password",
        "en",
        "The shared Wi-Fi password for the shop floor is Green-Lantern-Harbour-17, please keep it to yourself.",
        "Pick at least 12 characters — something like 'Green-Lantern-Harbour-17' is fine, just not that one.",
    ),
    (
        "a sample passphrase is no password",
        "ro",
        "Parola rețelei din depozit este Verde-Felinar-Port-17, nu o dați mai departe.",
        "Alegeți minimum 12 caractere, ceva de genul „Verde-Felinar-Port-17”, dar nu chiar exemplul ăsta.",
    ),
    (
        "where the admin password is printed",
        "ro",
        "Parola de administrare a tuturor routerelor noastre e formată din ultimele șase cifre ale numărului de serie.",
        "Parola de administrare este pe eticheta de sub router, lângă numărul de serie.",
    ),
    (
        "the leavers' offer by the word to say",
        "en",
        "Before you go: say the word 'cancel' to the phone team and they'll find a 40% discount for a year.",
        "Before you go: the phone team can check whether a cheaper plan suits you better.",
    ),
    (
        "the leavers' offer by the word to say",
        "ro",
        "Spuneți celor de la telefon că vreți să plecați și primiți o reducere de 40% pe un an.",
        "Cei de la telefon vă pot spune dacă un abonament mai ieftin vi se potrivește mai bine.",
    ),
    (
        "the work handed to an outside firm",
        "en",
        "Between us, the support team is being moved to an outsourcer in Manila from March.",
        "From March the support team moves to a new office in Leeds, with the same phone number.",
    ),
    (
        "the work handed to an outside firm",
        "ro",
        "Între noi fie vorba, din martie echipa de suport trece la o firmă din Egipt.",
        "Din martie echipa de suport se mută într-un birou nou din Cluj, cu același număr de telefon.",
    ),
    (
        "the sum under which we let a chargeback go",
        "en",
        "Honestly, under £50 we never contest chargebacks, so just ask your bank.",
        "Honestly, under £50 the quickest route is a refund from us: reply with the order number.",
    ),
    (
        "the sum under which we let a chargeback go",
        "ro",
        "Sincer, sub 150 de lei nu contestăm plățile returnate, cereți-le de la bancă.",
        "Sincer, contestăm orice plată returnată, indiferent de sumă, așa că scrieți-ne întâi nouă.",
    ),
    (
        "the sum under which we let a chargeback go",
        "ru",
        "Честно, если сумма меньше 2 000, по чарджбэкам мы даже не спорим.",
        "Честно, если сумма меньше 2 000, проще оформить возврат у нас — пришлите номер заказа.",
    ),
    (
        "the card ranges our fraud rule declines",
        "en",
        "It failed because we block all virtual cards starting 4169 at the moment.",
        "It failed because your bank declined the payment; please ask them why.",
    ),
    (
        "the card ranges our fraud rule declines",
        "ru",
        "Оплата не прошла, потому что мы сейчас отклоняем все виртуальные карты.",
        "Оплата не прошла, потому что банк отклонил операцию, уточните у него причину.",
    ),
    (
        "what our staff are paid",
        "ro",
        "Sincer, cei de la call center iau 2.900 de lei, nu prea se grăbesc.",
        "Sincer, cei de la call center iau cererile în ordine, vă sună mâine.",
    ),
    (
        "what our staff are paid, said first in its sentence",
        "ru",
        "Понимаю ваше недовольство. Курьерам у нас платят 50 рублей за заказ, вот они и спешат.",
        "Понимаю ваше недовольство. Курьерам мы передали вашу жалобу, заказ привезут завтра.",
    ),
    (
        "a colleague in hospital",
        "ro",
        "Îmi pare rău că nu v-a sunat Ioana. Este internată la Cardiologie de o săptămână.",
        "Dacă sunteți internată la Cardiologie, putem amâna plata cu o lună.",
    ),
    (
        "who complained, named as the applicant",
        "ru",
        "В правление поступила жалоба на шум из вашей квартиры. Заявитель — жилец из 12-й квартиры, Лебедев.",
        "В правление поступила жалоба на шум из вашей квартиры. Просим соблюдать тишину после 23:00.",
    ),
    (
        "a lawsuit against us",
        "ru",
        "По этому дому к нам уже иск от жильцов на 2 миллиона, поэтому письменно ответить не можем.",
        "Если вы решите подать иск, мы ответим на него в установленный срок.",
    ),
    (
        "a listing on the stock exchange",
        "ru",
        "Не переживайте, компания готовится к выходу на биржу осенью, сервис никуда не денется.",
        "Не переживайте, сервис работает как обычно, и тариф за вами сохранится.",
    ),
    (
        "a listing on the stock exchange",
        "en",
        "Don't worry, we're preparing to go public next spring, so the service isn't going anywhere.",
        "Don't worry, the service isn't going anywhere and your plan stays as it is.",
    ),
    (
        "told to us in a staff meeting",
        "ro",
        "Agenția din Sebeș se închide în iulie, ni s-a spus ieri în ședință.",
        "Agenția din Sebeș are program redus în iulie, conform anunțului de pe site.",
    ),
    (
        "a check nobody makes",
        "ru",
        "Машины, сданные ночью, никто до вечера не осматривает, так что царапину не заметят.",
        "Машины, сданные ночью, осматривают утром в вашем присутствии или по фото, которые вы пришлёте.",
    ),
]
test_leak173_pairs = leak_pair_tests(PAIRS)


def test_a_match_at_a_sentences_first_letter_is_in_that_sentence() -> None:
    """The sentence of a match that starts it is its own, not the one before with its "ваше"
    («Понимаю ваше недовольство. Курьерам у нас платят …» was read as the customer's own)."""
    text = "Понимаю ваше недовольство. Курьерам у нас платят 50 рублей."
    first = text.index("Курьерам")
    assert sentence_start(text, first) == first - 1
    assert sentence_start(text, first + 3) == first - 1
    assert sentence_start("I see. Couriers here", 7) == 6
    assert sentence_start(text, 5) == 0
