"""The reply-level judgement's third round (tone/reply.py, R1 and R6), by family, per
language, each with a polite counterpart that must stay quiet: blame dressed as advice in
a cold reply (a near miss of the sentence model weighing in a reply of three sentences or
more), refusing with nothing in its place ("there isn't anything we can do" is no offer),
passing the customer on to an outside body or to self-service, a thing withheld until the
customer obeys, and the stem and gap accidents behind polite false alarms ("vine din" is
no "vina", "ты права:" agrees, "в любой момент", "к нам не поступили"). Wordings of
their own, not the labelled sets' sentences."""

from __future__ import annotations

import pytest

from supportdesk.tone import builtin_packs
from supportdesk.tone.construct import scored
from supportdesk.tone.register import markers
from supportdesk.tone.reply import features, judged
from tests.tonecheck import rude_findings as _tone

RUDE = [
    # refusing with nothing in its place: the "we can" inside it offers nothing
    (
        "en",
        "Hello Greta,\n\nThe parcel shows as delivered to your porch. There isn't really "
        "anything we can do at our end.\n\nI'll close this case now.\n\nOwen\nParcelPoint",
    ),
    (
        "ro",
        "Bună ziua,\n\nComanda apare livrată. Mai mult de atât nu putem face în acest "
        "moment. Verificați statusul în aplicație.\n\nLivrareRapidă",
    ),
    (
        "ru",
        "Добрый день.\n\nЗаказ значится доставленным. Больше ничего сделать не можем. "
        "Проверяйте статус в приложении.\n\nБыстраяДоставка",
    ),
    # passed on to an outside body, with the rules cited
    (
        "en",
        "Dear Mr Hollis,\n\nYour bill was calculated in accordance with the published "
        "tariff. Complaints may be referred to the Energy Ombudsman.\n\nNorthgrid Billing",
    ),
    (
        "ro",
        "Bună ziua,\n\nFactura a fost calculată conform tarifelor aprobate. Pentru "
        "reclamații vă puteți adresa ANPC.\n\nApaNord",
    ),
    (
        "ru",
        "Добрый день.\n\nНачисление произведено согласно утверждённым тарифам. С жалобами "
        "можете обращаться в Роспотребнадзор.\n\nВодоканал",
    ),
    # a thing withheld until the customer obeys
    ("en", "Hi.\n\nReceipt. By Friday. Otherwise no refund.\n\nGearHub"),
    ("ro", "Bună.\n\nBonul. Până vineri. Altfel nu returnăm nimic.\n\nGearHub"),
    ("ru", "Здравствуйте.\n\nЧек. До пятницы. Иначе никакого возврата.\n\nGearHub"),
]

POLITE = [
    # the same situations, answered
    (
        "en",
        "Hello Greta,\n\nI'm sorry the parcel isn't there. It shows as delivered to your "
        "porch, so I've opened a trace with the courier and will update you by Thursday. "
        "If it hasn't turned up by then, I'll send a replacement.\n\nOwen\nParcelPoint",
    ),
    (
        "ro",
        "Bună ziua,\n\nNe pare rău că nu ați primit coletul. Am deschis o anchetă la curier "
        "și vă scriu până joi; dacă nu apare, vă trimitem altul.\n\nLivrareRapidă",
    ),
    (
        "ru",
        "Добрый день!\n\nОчень жаль, что посылка не у вас. Я открыл розыск у курьера и "
        "напишу вам до четверга; если она не найдётся, отправим замену.\n\nБыстраяДоставка",
    ),
    (
        "en",
        "Dear Mr Hollis,\n\nThank you for checking the bill with us. I've gone through it: "
        "the higher amount is the winter tariff, and I've set up a payment plan so it's "
        "spread over three months. If you'd like an independent view, the Energy Ombudsman "
        "can also look at it.\n\nKind regards,\nNorthgrid Billing",
    ),
    (
        "ro",
        "Bună ziua,\n\nVă mulțumim că ne-ați scris. Am verificat factura: suma mai mare vine "
        "din tariful de iarnă, iar eu v-am împărțit plata în trei rate. Vă sun mâine să "
        "confirmăm.\n\nCu stimă,\nApaNord",
    ),
    (
        "ru",
        "Добрый день!\n\nСпасибо, что написали. Показания за март к нам не поступили, "
        "поэтому начисление по нормативу; пришлите фото счётчика, и я пересчитаю счёт "
        "сегодня же.\n\nС уважением,\nВодоканал",
    ),
    (
        "en",
        "Hi,\n\nIf you can send the receipt by Friday, I'll put the refund through the same "
        "day. Thanks for your patience!\n\nGearHub",
    ),
    # stem and gap accidents: "vine din" (comes from), sparing the customer's time
    (
        "ro",
        "Bună ziua,\n\nÎmi pare rău pentru confuzie. Diferența vine din taxa de transport. "
        "Vă trimit eu formularul completat, ca să nu pierdeți timpul cu el.\n\nCu stimă,\nIoana",
    ),
    # "ты права:" agrees; any time offered; not an error in your settings
    (
        "ru",
        "Привет, Оля!\n\nТы права: заказ не закрылся из-за сбоя на нашей стороне. Деньги "
        "вернул, а новый заказ можешь оформить в любой момент.\n\nХорошего дня!\nСаша",
    ),
    (
        "ru",
        "Добрый день!\n\nЭто ограничение текущей версии, а не ошибка в ваших настройках. "
        "Исправление выйдет в мае, я напишу вам, когда оно появится.\n\nСпасибо,\nВлад",
    ),
    # "всё в тот же день" (the same day), a passport to bring ("при себе нужен паспорт")
    (
        "ru",
        "Добрый день!\n\nСправка будет готова в четверг. Получить её можно в кабинете 12 с "
        "10 до 15, при себе нужен паспорт. Если удобнее, пришлите заявку, и я оформлю всё "
        "в тот же день.\n\nС уважением,\nОльга",
    ),
    (
        "ru",
        "Здравствуйте!\n\nСкидка действует от 3000 рублей. Добавьте любой товар, и она "
        "применится сама. Если что-то не получится, напишите мне.\n\nС уважением,\nАнна",
    ),
]


@pytest.mark.parametrize(("language", "text"), RUDE)
def test_rude_family_is_flagged(language: str, text: str) -> None:
    """R1/R6: each family of the round is flagged warn in every language."""
    assert _tone(text, language), text


@pytest.mark.parametrize(("language", "text"), POLITE)
def test_polite_counterpart_stays_quiet(language: str, text: str) -> None:
    """R1/R6: the polite answer to the same situation, and the look-alike wordings, get
    no rudeness finding."""
    assert not _tone(text, language), [
        (f.rule, text[f.start : f.end]) for f in _tone(text, language)
    ]


def _judged(text: str, language: str) -> bool:
    packs = builtin_packs()
    doc = packs.document(text, language)
    reg = markers(doc, packs)
    you = reg.formal + reg.informal
    return judged(features(doc, packs, scored(doc, packs, you), you)[0])


ADVICE = "If your staff actually read the handbook before ordering, this wouldn't keep happening."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blame dressed as advice, a "please" on the order: a near miss still weighs
        (
            "Hi Marta,\n\nThe invoice is late because the purchase order reached us after "
            f"the 20th. {ADVICE}\n\nIt will go out next week. Please make sure your team "
            "sends orders on time from now on.\n\nJonas\nBillingCo",
            True,
        ),
        # the same near miss with thanks and an apology around it: the sentence model's
        (
            "Hi Marta,\n\nThanks for flagging this, and sorry for the wait. The invoice is "
            f"late because the order reached us after the 20th. {ADVICE}\n\nI'll send it "
            "today.\n\nJonas\nBillingCo",
            False,
        ),
        # a short reply of two sentences: the sentence model's own to judge
        (f"Hi Marta,\n\nThe invoice is late. {ADVICE}\n\nJonas", False),
    ],
)
def test_near_miss_reaches_the_model_in_an_unkind_reply(text: str, expected: bool) -> None:
    """R1/R6: a sentence the sentence model nearly flagged lets a reply of three sentences
    or more with no thanks, apology, empathy or offer reach the reply model; a courtesy
    word ("please") alone does not keep it out."""
    assert _judged(text, "en") is expected
