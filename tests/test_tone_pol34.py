"""pol34, seen on trainP9 (a development split after its first run) and fixed by mechanism;
wordings written for this test, none a labelled case (R1: never rude, dismissive or
sarcastic; R6: never argue with or blame the customer):

- the customer's words quoted first and owned as theirs right after ('"…?" — that's a fair
  question', „…?” — e o întrebare îndreptățită, «…?» — справедливый вопрос) are shown back,
  not said to them; the burden they bore ("given you've had to explain this four times") is
  acknowledged, and our own reading "from the start" («я перечитал всё с самого начала»,
  „am recitit totul de la început”) is no talking down;
- the customer reassured ("you won't be held responsible", „nu veți fi tras la răspundere”,
  «вы не будете нести ответственность», «вы не останетесь без доступа») and the fault denied
  with them as its doer ("It wasn't anything you did", „nimic din ce ați făcut”) are no
  blame; "You weren't charged twice. Look at your statement again." still argues;
- our own fault in the customer's word order ("the mistake is ours", „greșeala e a noastră”,
  «виноваты мы») is an admission, so "this time" beside it blames nobody; a promise kept
  ("we'll honour the price you were promised", „păstrăm prețul promis”, «сохраним обещанную
  цену») is something given;
- "already" in a condition ("if you've already entered your details", „dacă ați introdus
  deja”, «если вы уже ввели») is the case the advice is for, no reproach;
- the customer's word set below a third party's ("I believe the courier, not you", „îl cred
  pe curier, nu pe dumneavoastră”, «верю курьеру, а не вам») or their version refused
  outright is a verdict (R6);
- praise beside the customer's own mishap ("Brilliant plan, spilling coffee on it", „Ce idee
  strălucită, să vărsați cafea”) is sarcasm; their message called incoherent, to be rewritten
  "so a normal person can understand" («чтобы нормальный человек понял») is contempt;
- the shrug as a sentence of its own („Mă rog.”) and the complaint left to "someone,
  eventually" „ca toate celelalte” («когда-нибудь кто-нибудь») dismiss; "whatever amount you
  can afford" is an offer, «даже если вы…» a concession, «ничего срочного делать не нужно»
  a comfort, "sounds exhausting" sympathy, "no such thing as a silly question" kindness,
  „programări ratate” missed visits, «любые предложения» any papers, a parcel "delivered and
  signed" a delivery, terms cited beside "we accept that our letter…" a finding, a label or form
  we attach ("I've attached", „v-am atașat”, «прикладываю») something given; „sper că de data
  asta e suficient de simplu” is the sarcasm "I hope that's clear enough" is.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, assert_rude

POLITE = [
    # a quoted question owned as the customer's, the burden acknowledged
    (
        '"Is anyone actually reading my tickets?" - a very fair question, since you have had '
        "to repeat the serial number three times. I have gone through the whole history and "
        "the replacement ships today.",
        "en",
    ),
    (
        "„Chiar citește cineva tichetele mele?” — e o întrebare legitimă. Am recitit tot "
        "istoricul de la început, iar înlocuirea pleacă azi.",
        "ro",
    ),
    (
        "«Тут вообще кто-нибудь читает заявки?» — вполне справедливый вопрос. Я перечитала всю "
        "историю с самого начала, замена уйдёт сегодня.",
        "ru",
    ),
    # the customer reassured, the fault denied with them as its doer
    (
        "Hello Dana,\n\nThe card has been frozen after the suspicious payments, and you won't "
        "be held liable for any of them. A new card will reach you within a week.\n\nBest, Ola",
        "en",
    ),
    (
        "Bună ziua,\n\nAm blocat cardul după plățile suspecte. Nu veți fi tras la răspundere "
        "pentru ele. Cardul nou ajunge în cinci zile.\n\nCu bine, Ioana",
        "ro",
    ),
    (
        "Здравствуйте!\n\nМы заблокировали карту после подозрительных платежей. Вы не будете "
        "отвечать за эти операции. Новая карта придёт через неделю.\n\nОльга",
        "ru",
    ),
    ("It wasn't anything you did: the sync broke because of our update last night.", "en"),
    # our fault in the customer's word order; a promise kept
    (
        "Honestly, the mistake this time is ours. My colleague quoted you the wrong fee on "
        "Friday, and we'll honour the price you were promised for the whole contract.",
        "en",
    ),
    (
        "Sincer, de data aceasta vina e a noastră. Colega v-a spus un tarif greșit vineri; "
        "păstrăm prețul promis pe toată durata contractului.",
        "ro",
    ),
    (
        "Скажу прямо: на этот раз ошиблись мы. Коллега назвала вам неверный тариф в пятницу, "
        "и мы сохраним обещанную цену на весь срок договора.",
        "ru",
    ),
    # "already" in a condition
    (
        "Please ignore that text, it wasn't from us. If you have already typed in your PIN, "
        "block the card in the app and ring us so we can check the account.",
        "en",
    ),
    (
        "Vă rog să ignorați acel mesaj, nu e de la noi. Dacă ați tastat deja codul PIN, "
        "blocați cardul din aplicație și sunați-ne ca să verificăm contul.",
        "ro",
    ),
    (
        "Пожалуйста, не открывайте ссылку из этого письма, оно не от нас. Если вы уже назвали код, "
        "заблокируйте карту в приложении и позвоните нам, мы проверим счёт.",
        "ru",
    ),
    # offers, concessions, comfort, sympathy and kindness that read like a shrug or a jab
    ("We can spread the balance over whatever number of months you need.", "en"),
    ("I'm sorry, three days without internet while working from home sounds exhausting.", "en"),
    ("There's no such thing as a silly question: the blue light just means it's pairing.", "en"),
    ("Două livrări ratate la rând nu sunt în regulă; vă sun mâine dimineață.", "ro"),
    ("Я не могу изменить тариф по вашему звонку, даже если вы владелец квартиры.", "ru"),
    ("Ничего срочного предпринимать не нужно: вы не останетесь без связи.", "ru"),
    (
        "Так как ваша жалоба уже передана в суд, любые документы теперь направляются туда; "
        "наши юристы ответят в срок.",
        "ru",
    ),
    (
        "Conform livratorului, coletul a fost predat și semnat luni. Totuși, v-am trimis "
        "gratuit unul nou, ca să nu pierdeți bani.",
        "ro",
    ),
    (
        "The fee was set out in the contract you signed. However, we accept that our "
        "reminder did not explain it clearly, so we have refunded half of it.",
        "en",
    ),
]
RUDE = [
    (
        "Hello Priya,\n\nThere was no double payment. Check your bank app once more: the second "
        "entry is only a pre-authorisation. It disappears on its own.\n\nTom",
        "en",
    ),
    (
        "Bună ziua, doamnă Pop,\n\nNu v-am debitat de două ori. Verificați mai atent extrasul: a "
        "doua linie e doar o preautorizare. Dispare singură.\n\nDan",
        "ro",
    ),
    (
        "Здравствуйте, Павел!\n\nДвойного платежа не было. Проверьте выписку ещё раз, "
        "внимательнее: вторая строка — только блокировка. Она исчезнет сама.\n\nАнна",
        "ru",
    ),
    ("I trust the driver's report over yours: the parcel was delivered.", "en"),
    ("Sincer, îl cred pe livrator, nu pe dumneavoastră.", "ro"),
    ("Я доверяю водителю, а не вам: посылка вручена.", "ru"),
    ("Вашей истории я не верю.", "ru"),
    ("Genius move, dropping the phone in the bath and then asking us to cover it.", "en"),
    ("Genial, ați scăpat telefonul în cadă și acum cereți garanție. Jos pălăria.", "ro"),
    ("Your e-mail is gibberish. Write it so any normal person could follow it.", "en"),
    ("E-mailul dumneavoastră e incoerent. Scrieți-l ca să-l priceapă orice om normal.", "ro"),
    ("Напишите так, чтобы нормальный человек мог разобраться.", "ru"),
    ("Mă rog. Banii s-au întors.", "ro"),
    ("Bună ziua,\n\nV-am atașat pașii cu poze. Sper că acum e suficient de ușor.\n\nAna", "ro"),
    ("Cererea dumneavoastră e în teanc, ca toate celelalte; se va uita cineva cândva.", "ro"),
    ("Ваш запрос лежит в общей стопке. Когда-нибудь кто-нибудь до него дойдёт.", "ru"),
    ("The bill is right, whatever you may think.", "en"),
    ("Это очень просто, даже вы справитесь.", "ru"),
]


@pytest.mark.parametrize(("text", "language"), POLITE)
def test_polite_stays_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(("text", "language"), RUDE)
def test_rude_is_found(text: str, language: str) -> None:
    assert_rude(text, language)
