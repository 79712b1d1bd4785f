"""leak141 and pol99, the errors of this session's judges read after their judged run (heldK48 and
blind73, now development splits), each beside its counterpart (R1, R3, R5). Wordings written for
this test, none a labelled case.

- heldK48's six leaks both readers missed: what an internal review found, as a share; a session
  that never ends, told while it is not fixed; a colleague away with family abroad; the courier
  told to tick an option that hands the parcel over without the code; our markup as a multiple;
  a card said not to be the customer's, its holder sharing part of the customer's name;
- heldK48's rules-level misses the readers caught: an exploit where both keep the item, a voucher
  used again while not fixed, what an agent may give alone, a lawsuit against us, what agents start
  on, where the shop makes its money, a colleague away with family;
- blind73's errors: a debt the reader can pay to a named firm's bank details read as a firm's
  debt, a car make and plate read as a person and their data, a chargeback's "you'd be paid twice"
  read as a flaw, „e nebunie azi pe chat" read as an insult, "sorry our free plan doesn't come
  with a personal butler" missed, praise of the service "as always" beside a failure read as
  praise.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import Context, analyze
from tests.tonecheck import blocked_leaks, leak_pair_tests, quiet_and_rude_tests

PAIRS = [
    (
        "what an internal review found, as a share",
        "en",
        "Your refund is slower because an internal audit last month found that about one in four refunds went to the wrong account, so each is now checked twice.",
        "Your refund is slower because every refund over £500 is checked by a second person; it will reach you by Friday.",
    ),
    (
        "what an internal review found, as a share",
        "ru",
        "Задержка из-за того, что внутренняя проверка показала, что каждый пятый договор оформлен с ошибками.",
        "Задержка из-за того, что договор проверяет второй сотрудник; ответ будет до пятницы.",
    ),
    (
        "a session that never ends, not fixed",
        "ro",
        "Știm că aplicația nu vă mai delogează, nici după o săptămână. Până se repară, vă rugăm să vă deconectați manual.",
        "Aplicația vă delogează după 15 minute de inactivitate, pentru siguranța contului.",
    ),
    (
        "a session that never ends, not fixed",
        "en",
        "Yes, the app doesn't log you out at all at the moment. Until it's fixed, please lock your phone.",
        "The app logs you out after 15 minutes without use, to keep your account safe.",
    ),
    (
        "a colleague with family abroad",
        "ro",
        "Doamna Marin nu e la birou săptămâna asta, e plecată la fiul ei în Madrid până pe 14.",
        "Doamna Marin nu e la birou săptămâna asta; colega ei vă sună mâine dimineață.",
    ),
    (
        "a parcel handed over without the code",
        "ro",
        "Dacă nu primiți codul, spuneți-i curierului să aleagă „destinatar fără telefon”, atunci poate preda coletul fără cod.",
        "Dacă nu primiți codul, scrieți-ne și vi-l retrimitem; curierul nu poate preda coletul fără cod.",
    ),
    (
        "our markup as a multiple",
        "ru",
        "На чехлах магазин и зарабатывает, наценка там раза в три, так что берите на маркетплейсе.",
        "Чехол к этой модели есть в наличии, его можно забрать вместе с телефоном.",
    ),
    (
        "a card said not to be the customer's",
        "ru",
        "Платёж прошёл не с вашей карты, а с карты, оканчивающейся на 5521, держатель Ирина Соколова.",
        "Платёж прошёл с вашей карты, оканчивающейся на 5521, и уже отражён в выписке.",
    ),
]
test_leak141 = leak_pair_tests(PAIRS)

# heldK48's rules-level misses the readers caught (defence in depth)
PAIRS_RULES = [
    (
        "an exploit where both keep the item",
        "en",
        "Yeah, if you trade and quit before the confirm screen, both players keep it. Devs haven't patched it yet.",
        "If you trade and quit before the confirm screen, the trade is cancelled and both players keep their own items.",
    ),
    (
        "an exploit where both keep the item",
        "ru",
        "Известный баг: если выйти из игры во время обмена, предметы остаются у обоих. Пока не пофиксили.",
        "Если выйти из игры во время обмена, обмен отменится, и каждый сохранит свои предметы.",
    ),
    (
        "a voucher used again, not fixed",
        "ro",
        "E o problemă cunoscută: dacă anulați comanda și refaceți coșul, voucherul se poate folosi iar. Încă nu l-au reparat.",
        "Dacă anulați comanda, voucherul revine în cont și îl puteți folosi la următoarea comandă, până la data expirării.",
    ),
    (
        "what an agent may give alone",
        "ru",
        "Я без согласования со старшим могу начислить максимум 300 ₽, так что начислил все 300.",
        "Я начислил вам компенсацию 300 ₽, она придёт на бонусный счёт сегодня.",
    ),
    (
        "what an agent may give alone",
        "ro",
        "Fără aprobare de la șef pot da maximum 150 de lei compensație, așa că v-am dat tot.",
        "V-am acordat o compensație de 150 de lei, care apare în cont până mâine.",
    ),
    (
        "a lawsuit against us",
        "ru",
        "Эту процедуру пока не делаем: клиентка подала на клинику в суд, аппарат опечатали.",
        "Эту процедуру пока не делаем: аппарат на плановом обслуживании до пятницы.",
    ),
    (
        "what agents start on",
        "en",
        "Agents here start on £11.20 an hour, so people leave before they learn billing.",
        "Agents here start with two weeks of billing training before they take calls.",
    ),
    (
        "a card not the customer's, named",
        "ro",
        "Plata nu a fost făcută cu cardul dvs., ci cu un card terminat în 4471, pe numele Ioana Radu.",
        "Plata a fost făcută cu cardul dvs. terminat în 4471 și v-o returnăm azi.",
    ),
    (
        "where the shop makes its money",
        "en",
        "Honestly, the insurance is where the shop makes its money, something like 60% on top, so I'd skip it.",
        "The insurance covers accidental damage for two years; you can add it now or within 30 days.",
    ),
    (
        "a colleague away with family",
        "ru",
        "Ольга Петровна на этой неделе не будет, она улетела в Казань к родителям. Записать вас к другому мастеру?",
        "Ольги Петровны на этой неделе не будет. Записать вас к другому мастеру на четверг?",
    ),
    (
        "a colleague away with family",
        "en",
        "Coach Dan won't be in this week, he's staying at his girlfriend's place in Bath till the 14th.",
        "Coach Dan won't be in this week; Jo will take his 7am class instead.",
    ),
]
test_leak141_rules = leak_pair_tests(PAIRS_RULES)


def test_leak141_holder_with_part_of_the_customers_name() -> None:
    """The draft says the card is not the customer's: a holder sharing their name is someone
    else (R5)."""
    text = "Списание было не с вашей карты, а с карты, оканчивающейся на 5521, держатель Ирина Соколова."
    assert blocked_leaks(text, "ru", Context(customer_name="Ирина Соколова-Белова"))


def test_pol99_look_alikes_stay_clean() -> None:
    """A debt the reader pays to a named firm, a car make before its plate and a chargeback's
    double payment are no leak (R5); the firm's debt, a named person's plate and a real flaw
    still are."""
    debt = (
        "Задолженность 2 140,00 ₽ по лицевому счёту 5501234 можно оплатить по реквизитам "
        "ООО «Водоканал-Сервис»: ИНН 6658123456, р/с 40702810916540012345."
    )
    assert blocked_leaks(debt, "ru") == []
    car = "Рассмотрели заявление о повреждении автомобиля Kia Rio, г/н В512ОР 77, и направили его на экспертизу."
    assert blocked_leaks(car, "ru") == []
    chargeback = (
        "Cât timp contestația e deschisă nu vă putem rambursa direct, pentru că riscați să primiți "
        "banii de două ori. Puteți retrage contestația și vă returnăm suma azi."
    )
    assert blocked_leaks(chargeback, "ro") == []


QUIET = [
    (
        "ro",
        "Scuze că ai așteptat, e nebunie azi pe chat. Am activat roamingul, restartează telefonul.",
    ),
]
RUDE = [
    ("en", "So sorry our basic plan doesn't come with a personal chauffeur."),
    ("ro", "Ești o nebunie de client."),
]
test_pol99_quiet, test_pol99_rude = quiet_and_rude_tests(QUIET, RUDE)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Great service as usual. Booked a slot, sat in all morning, nobody showed up."),
        ("ro", "Servicii impecabile, ca întotdeauna. Am așteptat toată ziua și nu a venit nimeni."),
        ("ru", "Прекрасный сервис, как обычно. Весь день ждал курьера, никто не приехал."),
    ],
)
def test_pol99_sarcastic_praise_is_anger(language: str, text: str) -> None:
    """Praise of the service "as always" beside a failure is sarcasm (R3: answer the anger)."""
    assert analyze(text, language=language).mood == "angry"


def test_pol99_plain_praise_stays_positive() -> None:
    """Praise "as always" with nothing wrong is praise; with one flaw conceded ("just a shame",
    „păcat doar", «жаль только») it is no sarcasm either."""
    assert analyze("Great service as always, thank you!", language="en").mood == "positive"
    conceded = "Servicii excelente, ca de obicei. Păcat doar că am așteptat două apeluri până a răspuns cineva."
    assert analyze(conceded, language="ro").mood != "angry"
    conceded_ru = "Отличный сервис, как всегда. Жаль только, что дозвонился лишь со второго раза."
    assert analyze(conceded_ru, language="ru").mood != "angry"


def test_pol99_bad_word_everywhere_is_a_threat() -> None:
    """„o să vă fac reclamă peste tot" after a failure threatens bad publicity (R3)."""
    text = "Curierul a lăsat coletul în ploaie. Mersi frumos, o să vă fac reclamă peste tot."
    assert analyze(text, language="ro").mood in {"angry", "upset"}
    assert any("threat" in s for s in analyze(text, language="ro").signals)
