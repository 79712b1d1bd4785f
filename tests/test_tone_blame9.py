"""Rude recall by family at sentence level (branch blame9): blame in hindsight, blame by
conduct, arguing with the customer's own words (R6), curt orders and habits imposed on
the customer, and deterring further contact (R1). Each family is checked in en, ro and
ru with variants written for this test (not in tests/data/tone), and with polite
near-misses that must stay quiet: a kind correction that apologises or explains, a
condition ("if you'd like…"), an entitlement ("under the terms you accepted, you can…"),
our own promise ("even though we told you it would ship…"), a request with "please".

Rule numbers refer to /work/shared/guidance.md."""

from __future__ import annotations

import pytest

from tests.tonecheck import rude_rule_set as _tone

FAMILY_RULES = (
    "blame-hindsight",
    "blame-conduct",
    "blame-without",
    "argue-wording",
    "argue-verdict",
    "curt-order",
    "curt-ultimatum",
    "deter-contact",
)


def _family(text: str, language: str) -> set[str]:
    return {r for r in _tone(text, language) if r.split(".", 1)[1] in FAMILY_RULES}


RUDE = {
    # R1, R6: blame in hindsight — a past conditional aimed at the customer
    "hindsight": [
        (
            "Hi Tom,\n\nIf you had read the booking email, you would have gone to the right branch.\n\nAmy",
            "en",
        ),
        ("Hello,\n\nHad you backed up the phone, none of this would have been lost.\n\nAmy", "en"),
        (
            "Hi,\n\nThe parcel would have arrived if the flat number had been entered correctly.\n\nAmy",
            "en",
        ),
        ("Bună ziua,\n\nDacă ați fi salvat documentul, nu pierdeați nimic.\n\nIon", "ro"),
        ("Bună,\n\nContul era activ de ieri dacă se introducea codul corect.\n\nIon", "ro"),
        ("Здравствуйте.\n\nЕсли бы вы сохранили чек, возврат бы уже оформили.\n\nОля", "ru"),
        ("Здравствуйте.\n\nПосылку давно бы выдали, если бы указали верный индекс.\n\nОля", "ru"),
    ],
    # R1, R6: blame by conduct — "you chose to… anyway", "without checking", "clearly stated"
    "conduct": [
        ("Hi,\n\nYou decided to install the beta regardless of the warning.\n\nAmy", "en"),
        ("Hi,\n\nThe price was plainly stated on the quote you signed.\n\nAmy", "en"),
        ("Hi,\n\nYour accountant submitted the return without checking the totals.\n\nAmy", "en"),
        ("Bună,\n\nPrețul era clar menționat în ofertă.\n\nIon", "ro"),
        (
            "Bună ziua,\n\nColegul dumneavoastră a semnat recepția fără să verifice coletul.\n\nIon",
            "ro",
        ),
        ("Здравствуйте.\n\nВ договоре однозначно прописано, что доставка платная.\n\nОля", "ru"),
        (
            "Добрый день.\n\nВаш бухгалтер отправил отчёт без подписи, хотя мы об этом предупреждали.\n\nОля",
            "ru",
        ),
    ],
    # R6: arguing with the customer's own words
    "arguing": [
        ("Dear Ms Lee,\n\nLet me correct you: the driver did not leave early.\n\nAmy", "en"),
        (
            "Dear Ms Lee,\n\nIt is wrong to call this an outage. Our logs show otherwise.\n\nAmy",
            "en",
        ),
        (
            "Stimată doamnă,\n\nPermiteți-mi să vă corectez: șoferul nu a plecat mai devreme.\n\nIon",
            "ro",
        ),
        (
            "Stimată doamnă,\n\nSusțineți că nu ați primit factura. Datele noastre arată altceva.\n\nIon",
            "ro",
        ),
        ("Уважаемая Анна!\n\nВынужден вас поправить: водитель не уезжал раньше.\n\nОля", "ru"),
        (
            "Уважаемая Анна!\n\nВы утверждаете, что счёт не приходил. Журнал отправки говорит об обратном.\n\nОля",
            "ru",
        ),
    ],
    # R1: curt orders, habits imposed on the customer, ultimatums
    "orders": [
        ("Hi,\n\nThe drawing is wrong. Fix it and send it back.\n\nAmy", "en"),
        ("Hi,\n\nGoing forward, double-check the postcode before you order.\n\nAmy", "en"),
        (
            "Hi,\n\nPay by Monday or the booking is voided and you begin again from scratch.\n\nAmy",
            "en",
        ),
        ("Bună,\n\nDesenul e greșit. Îl corectezi și îl retrimiți.\n\nIon", "ro"),
        ("Bună ziua,\n\nPe viitor verificați codul poștal înainte de comandă.\n\nIon", "ro"),
        ("Привет.\n\nЧертёж с ошибкой. Переделай и пришли снова.\n\nОля", "ru"),
        ("Здравствуйте.\n\nВпредь проверяйте индекс перед заказом.\n\nОля", "ru"),
    ],
    # R1, R2: deterring the customer from writing or calling again
    "deterring": [
        ("Hi,\n\nPlease read the FAQ before writing to us again.\n\nAmy", "en"),
        ("Hi,\n\nEnough with the emails, the refund is processing.\n\nAmy", "en"),
        ("Bună ziua,\n\nCitiți întrebările frecvente înainte să ne mai scrieți.\n\nIon", "ro"),
        ("Bună ziua,\n\nVă rugăm să nu mai insistați, cererea e în lucru.\n\nIon", "ro"),
        ("Здравствуйте.\n\nПрочитайте FAQ, прежде чем снова писать.\n\nОля", "ru"),
        ("Здравствуйте.\n\nХватит названивать, заявка в работе.\n\nОля", "ru"),
    ],
}

POLITE = {
    "hindsight": [
        (
            "Hi Tom,\n\nIf you'd prefer another branch, just tell me and I'll move the booking.\n\nAmy",
            "en",
        ),
        (
            "Hi,\n\nIf you had any trouble with the link, reply here and I'll send a new one.\n\nAmy",
            "en",
        ),
        ("Bună ziua,\n\nDacă ați fi de acord, mutăm programarea marți la 10.\n\nIon", "ro"),
        (
            "Bună,\n\nDacă ați avut probleme cu linkul, răspundeți aici și vă trimit altul.\n\nIon",
            "ro",
        ),
        (
            "Здравствуйте.\n\nЕсли бы вы смогли прислать фото чека, я бы сразу оформила возврат.\n\nОля",
            "ru",
        ),
        ("Здравствуйте.\n\nЕсли бы мы сообщили раньше, вы бы успели; простите нас.\n\nОля", "ru"),
    ],
    "conduct": [
        (
            "Hi,\n\nYou chose express delivery, so it arrives tomorrow; I can switch it if you like.\n\nAmy",
            "en",
        ),
        (
            "Hi,\n\nUnder the quote you signed, you can change the colour free of charge until Friday.\n\nAmy",
            "en",
        ),
        (
            "Bună,\n\nAți ales livrarea rapidă, deci ajunge mâine; o pot schimba dacă doriți.\n\nIon",
            "ro",
        ),
        ("Bună,\n\nFactura a fost trimisă fără semnătură; v-am pregătit una corectă.\n\nIon", "ro"),
        (
            "Здравствуйте.\n\nВы выбрали экспресс-доставку, поэтому заказ придёт завтра; могу поменять.\n\nОля",
            "ru",
        ),
        (
            "Здравствуйте.\n\nОтчёт ушёл без подписи, это бывает; я подготовила исправленный.\n\nОля",
            "ru",
        ),
    ],
    "arguing": [
        (
            "Dear Ms Lee,\n\nI'm sorry, let me correct your booking: it's the 14th, and I've fixed it.\n\nAmy",
            "en",
        ),
        (
            "Dear Ms Lee,\n\nYou're right that the page was unclear, so I've refunded the fee.\n\nAmy",
            "en",
        ),
        ("Stimată doamnă,\n\nÎmi pare rău, am corectat rezervarea: data este 14.\n\nIon", "ro"),
        (
            "Stimată doamnă,\n\nAveți dreptate că pagina era neclară, așa că v-am rambursat taxa.\n\nIon",
            "ro",
        ),
        (
            "Уважаемая Анна!\n\nПростите, поправлю только дату: заказ на 14-е, я уже исправила.\n\nОля",
            "ru",
        ),
        (
            "Уважаемая Анна!\n\nВы правы, страница была непонятной, поэтому я вернула комиссию.\n\nОля",
            "ru",
        ),
    ],
    "orders": [
        (
            "Hi,\n\nCould you correct the date and resend the form when you have a moment? Thanks!\n\nAmy",
            "en",
        ),
        ("Hi,\n\nGoing forward, you can save your card so checkout takes one click.\n\nAmy", "en"),
        ("Bună,\n\nVă rog să corectați data și să retrimiteți formularul.\n\nIon", "ro"),
        ("Bună ziua,\n\nPe viitor puteți salva cardul, ca plata să dureze un clic.\n\nIon", "ro"),
        ("Здравствуйте.\n\nИсправьте, пожалуйста, дату и пришлите форму ещё раз.\n\nОля", "ru"),
        (
            "Здравствуйте.\n\nНа будущее: можно сохранить карту, и оплата займёт один клик.\n\nОля",
            "ru",
        ),
    ],
    "deterring": [
        ("Hi,\n\nNo need to write again: I'll email you the tracking by Friday.\n\nAmy", "en"),
        ("Hi,\n\nBefore you go, here is the link to track the parcel.\n\nAmy", "en"),
        ("Bună ziua,\n\nNu mai e nevoie să ne scrieți: vă trimit AWB-ul până vineri.\n\nIon", "ro"),
        ("Bună ziua,\n\nÎnainte să plecați în concediu, vă trimit confirmarea.\n\nIon", "ro"),
        ("Здравствуйте.\n\nПисать повторно не нужно: я пришлю трек до пятницы.\n\nОля", "ru"),
        ("Здравствуйте.\n\nПрежде чем вы уедете в отпуск, я пришлю подтверждение.\n\nОля", "ru"),
    ],
}


# Families added after dev11/dev12 (their first runs on this branch are in the commit):
# "worth checking first" (hindsight), the customer's responsibility and "avoidable"
# (conduct), the customer's word quoted and denied (arguing), "save it this time" and
# "we won't come a second time" (orders), "no point shouting" (deterring).
RUDE_MORE = [
    ("Hi,\n\nThe manual was worth reading first.\n\nAmy", "en"),
    ("Bună,\n\nDacă veneați la timp, prindeați ultimul loc.\n\nIon", "ro"),
    ("Здравствуйте.\n\nИнструкцию стоило прочитать до установки.\n\nОля", "ru"),
    ("Hi,\n\nRenewing the domain is the owner's responsibility. This was avoidable.\n\nAmy", "en"),
    ("Bună ziua,\n\nReînnoirea domeniului vă revenea dumneavoastră.\n\nIon", "ro"),
    ("Здравствуйте.\n\nПродление домена — ответственность владельца.\n\nОля", "ru"),
    ('Hi,\n\nThe parcel was not "lost", it was held at the depot.\n\nAmy', "en"),
    ("Bună,\n\nColetul nu a fost „pierdut”, a stat la depozit.\n\nIon", "ro"),
    ("Здравствуйте.\n\nТо, что вам «долго», не значит, что сроки нарушены.\n\nОля", "ru"),
    ("Hi,\n\nPassword reset. Write it down this time.\n\nAmy", "en"),
    ("Bună,\n\nParola e resetată. Noteaz-o de data asta.\n\nIon", "ro"),
    ("Привет.\n\nПароль сброшен. Запиши его на этот раз.\n\nОля", "ru"),
    ("Hi,\n\nBe in between 8 and 12; the driver won't come a second time.\n\nAmy", "en"),
    ("Bună,\n\nFiți acasă între 8 și 12, a doua oară nu mai vine curierul.\n\nIon", "ro"),
    ("Здравствуйте.\n\nБудьте дома с 8 до 12, второй раз курьер не приедет.\n\nОля", "ru"),
    ("Hi,\n\nThere is no point shouting at the agents.\n\nAmy", "en"),
    ("Bună ziua,\n\nDegeaba strigați la colegi, cererea e în lucru.\n\nIon", "ro"),
    ("Здравствуйте.\n\nКричать на операторов бесполезно, заявка в работе.\n\nОля", "ru"),
]
POLITE_MORE = [
    (
        "Hi,\n\nIt's worth checking the fuse first; if that's fine, I'll send an engineer.\n\nAmy",
        "en",
    ),
    ("Bună,\n\nDacă aveți întrebări, vă aștept cu drag.\n\nIon", "ro"),
    ("Здравствуйте.\n\nВозможно, нам стоило предупредить вас заранее — простите.\n\nОля", "ru"),
    ("Hi,\n\nThis was our responsibility, and it could have been avoided; I'm sorry.\n\nAmy", "en"),
    ("Bună ziua,\n\nVă rugăm să reveniți cu numărul comenzii și vă ajutăm imediat.\n\nIon", "ro"),
    ("Здравствуйте.\n\nЭто была наша ответственность, простите, что так вышло.\n\nОля", "ru"),
    ('Hi,\n\nSorry, the parcel was not "lost" after all: it goes out today.\n\nAmy', "en"),
    ("Bună ziua,\n\nApăsați butonul „Arhivare” din colțul din dreapta.\n\nIon", "ro"),
    ("Здравствуйте.\n\nЯ забронировала для вас «Конкор» 5 мг до пятницы.\n\nОля", "ru"),
    ("Hi,\n\nIf you're out, the driver will come a second time for free.\n\nAmy", "en"),
    ("Bună,\n\nDacă nu sunteți acasă, curierul revine gratuit a doua zi.\n\nIon", "ro"),
    (
        "Здравствуйте.\n\nЕсли вас не будет дома, курьер заедет на следующий день бесплатно.\n\nОля",
        "ru",
    ),
    ("Hi,\n\nI understand why you're angry, and I've escalated it to my manager.\n\nAmy", "en"),
    ("Bună ziua,\n\nÎnțeleg de ce sunteți supărat și am escaladat cererea.\n\nIon", "ro"),
    ("Здравствуйте.\n\nПонимаю ваше возмущение и уже передала заявку руководителю.\n\nОля", "ru"),
]


@pytest.mark.parametrize(
    ("draft", "language"), [*(case for cases in RUDE.values() for case in cases), *RUDE_MORE]
)
def test_family_is_flagged_by_its_rule(draft: str, language: str) -> None:
    """R1/R6: each variant is caught by one of the family rules, not by accident."""
    assert _family(draft, language), _tone(draft, language)


@pytest.mark.parametrize(
    ("draft", "language"), [*(case for cases in POLITE.values() for case in cases), *POLITE_MORE]
)
def test_polite_near_miss_stays_quiet(draft: str, language: str) -> None:
    """R1/R6: the polite counterpart of each family has no tone warning at all."""
    assert not _tone(draft, language)


def test_every_family_is_covered_in_every_language() -> None:
    """Each family has rude and polite variants in en, ro and ru."""
    for table in (RUDE, POLITE):
        for family, cases in table.items():
            assert {lang for _, lang in cases} == {"en", "ro", "ru"}, family


def test_a_softened_sentence_spares_the_hit_but_not_its_neighbour() -> None:
    """`except_sentence`: an apology spares only the sentence it is in."""
    soft = "With respect, I'm sorry, the colour is correct."
    hard = "I'm sorry for the wait. With respect, the colour is correct."
    assert not _family(soft, "en")
    assert _family(hard, "en") == {"en.argue-wording"}
