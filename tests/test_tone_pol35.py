"""pol35, seen on trainP10 and blind46 (development splits) and fixed by mechanism; wordings
written for this test, none a labelled case (R1: never rude, dismissive or sarcastic; R6:
never argue with or blame the customer):

- the customer's ability belittled by a measure set beside it (`*.belittle`): children who
  are "more reasonable" (ro „copii … mai rezonabili”, ru «дети разумнее»), a skill that is
  "not your strong suit" („nu e punctul dumneavoastră forte”, «не ваша сильная сторона»), a
  confusion typical of "less technical users" („utilizatorii mai puțin pricepuți”, «не очень
  подкованных пользователей»), settings "you know nothing about" («в которых ничего не
  понимаете»), a device that "isn't for you" when "you can't" use it («это не ваше»);
- our system declared unable to err ("the terminal never makes mistakes", „sistemul nu
  greșește”, «система не ошибается») and blame in hindsight in the passive ("had the guide
  been followed, it would have…", „dacă instrucțiunile ar fi fost urmate”, «если бы инструкции
  соблюдались») put the fault on the customer (`*.infallible`, R6);
- a mock offer of the impossible ("I'll wave my magic wand", „să teleportez coletul”,
  «наколдую»), a mock "what an honour!" („ce onoare!”, «какая честь!»), a "…, understand?"
  tag („…, înțelegeți?”, «…, понимаете?»), the bare order to read what we sent ("Read the
  reply I sent you.", „Citiți răspunsul pe care vi l-am trimis.”, «Прочитайте ответ, который я
  отправил.») and "we won't be replying further" (`*.mock-feat`); "un om fără minte" and
  «человек без мозгов» insult as "brainless" does;
- "this time" beside a goodwill gesture or an exception („de data aceasta, ca gest de
  bunăvoință”, «в этот раз … жест доброй воли») is a one-off concession, and beside our own
  action done "properly this time" („am actualizat corect … de data aceasta”) our earlier
  slip; what the customer didn't get "that's why" („de aceea nu ați primit”, «поэтому вы и не
  увидели») is a consequence explained; a charge denied («роуминг вам не начислялся») is a
  reassurance; none is blame (R6);
- the fault denied with "not a mistake on your part" („nu o greșeală a dumneavoastră”) clears
  the customer; their words quoted and granted right after ("Fair enough.", „Aveți
  dreptate.”, «— справедливо») are shown back, not said to them; "I'm not going to try to talk
  you out of it" («не буду вас отговаривать») leaves their course to them; «Договор
  расторгнут» is the request done, not the contract cited; «Принято, адрес поменял» is a
  request carried out, not the matter filed; the customer's "consultant" (a doctor) is no
  "consult the FAQ"; "even for loyal customers like you" honours them; „trebuie să verificăm”
  is our duty, not „trebuia să verificați”; „este în continuare confirmată” is "still
  confirmed", no pointer.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, assert_rude

POLITE = [
    # a one-off concession "this time"
    (
        "Just to clarify: the £6 is a premium-rate text from 2 May, which isn't part of your "
        "plan. As you didn't know about it, I've credited it back as a one-off goodwill "
        "gesture this time.",
        "en",
    ),
    (
        "O precizare: cei 12 lei sunt un SMS cu tarif special din 2 mai, care nu intră în "
        "abonament. Pentru că nu știați de el, vi i-am returnat de data aceasta, ca gest de "
        "bunăvoință.",
        "ro",
    ),
    (
        "Уточню: 150 ₽ — это платное СМС от 2 мая, оно не входит в тариф, и абонентская плата "
        "вам не начислялась дважды. Раз вы о нём не знали, в этот раз я вернул деньги как жест "
        "доброй воли.",
        "ru",
    ),
    # our own slip, set right "properly this time"; what the customer didn't get, explained
    (
        "The fault here is ours: we kept posting letters to your previous flat, which is why "
        "you never got the reminder. I've cancelled the £10 charge, changed the address "
        "correctly this time and sent a confirmation there.",
        "en",
    ),
    (
        "Vina este a noastră: am trimis scrisorile la adresa veche, de aceea nu ați primit "
        "avizul. Am anulat taxa de 40 de lei, am schimbat corect adresa de data aceasta și v-am "
        "trimis confirmarea acolo.",
        "ro",
    ),
    # the fault denied: "not a mistake on your part"
    (
        "Hi Sam,\n\nYou're right, and I apologise: we charged your card twice for order 4821. "
        "It was an error in our payment system, not a mistake on your part. I've refunded the "
        "extra £40 today.\n\nThanks for flagging it,\nAmy",
        "en",
    ),
    (
        "Bună ziua,\n\nAveți dreptate: v-am debitat de două ori. A fost o eroare a sistemului "
        "nostru, nu o greșeală a dumneavoastră. Am returnat azi suma în plus.\n\nMulțumim,\nIoana",
        "ro",
    ),
    # the customer's words quoted and granted right after
    (
        "«Хватит кормить меня отговорками» — справедливо. Вот что случилось: курьер оставил "
        "посылку у соседнего дома. Я уже отправил новую, она будет у вас завтра.",
        "ru",
    ),
    # their course left to them
    (
        "I understand you may take this to the ombudsman, and I'm not going to try to stop "
        "you. Meanwhile I've refunded the £80 deposit today.",
        "en",
    ),
    (
        "Понимаю, что вы хотите подать жалобу регулятору, и я не собираюсь вас отговаривать. "
        "Залог в 3 000 ₽ я уже вернул сегодня.",
        "ru",
    ),
    # the request done
    (
        "Мы расторгли договор. Доступ останется до конца месяца, списаний больше не будет. "
        "Если решите вернуться, подключим бесплатно.",
        "ru",
    ),
    ("Принято, мы уже поменяли адрес доставки. Чем-то ещё помочь?", "ru"),
    (
        "I'm so sorry about your diagnosis. Your cover does include a cancelled holiday for "
        "medical reasons. We only need a short note from your consultant with the date; once "
        "we have it, claims are usually paid within ten working days.",
        "en",
    ),
    # a rule held for everyone, the customer's standing honoured; our own duty
    (
        "I'm sorry, the law doesn't let me waive the identity check, even for loyal customers "
        "like you. Once you upload your passport, we'll finish it within a day.",
        "en",
    ),
    (
        "Îmi pare rău, conform legii trebuie să verificăm proveniența banilor înainte de "
        "transfer. După ce încărcați contractul, colegii îl analizează în două zile lucrătoare.",
        "ro",
    ),
    # „în continuare” is "still", no place the customer is sent to
    (
        "Bună ziua,\n\nAbonamentul dumneavoastră este în continuare activ: e-mailul primit era "
        "doar o notificare. Plata următoare rămâne pe 5 martie.\n\nO zi bună!",
        "ro",
    ),
]
RUDE = [
    ("Frankly, my nephew's nursery class is more reasonable than you.", "en"),
    ("Sincer, nepoții mei de cinci ani sunt mai rezonabili decât dumneavoastră.", "ro"),
    ("Честно, мой пятилетний племянник рассудительнее.", "ru"),
    ("Maths is clearly not your strong suit, but the invoice is right.", "en"),
    ("Matematica nu e chiar punctul dumneavoastră forte, dar factura e corectă.", "ro"),
    ("Математика явно не ваша сильная сторона, но счёт верный.", "ru"),
    ("A typical mistake among non-technical users: the cable goes in the other port.", "en"),
    ("E o greșeală tipică la utilizatorii mai puțin familiarizați cu tehnologia.", "ro"),
    ("Типичная ошибка у не очень опытных пользователей: кабель в другом порту.", "ru"),
    ("If you can't find the power button, perhaps a laptop isn't for you.", "en"),
    ("Dacă nu reușiți să găsiți butonul, poate laptopul nu e pentru dumneavoastră.", "ro"),
    ("Если вы не можете найти кнопку питания, может, ноутбук — это не для вас.", "ru"),
    ("You changed settings which you know nothing about.", "en"),
    ("Ați umblat la setări la care nu vă pricepeți deloc.", "ro"),
    ("Вы полезли в настройки, в которых ничего не понимаете.", "ru"),
    ("The terminal never makes mistakes, so check the PIN you typed.", "en"),
    ("Terminalul nu greșește niciodată, deci verificați PIN-ul tastat.", "ro"),
    ("Терминал никогда не ошибается, проверьте введённый PIN.", "ru"),
    ("Had the assembly guide been followed, the shelf would not have cracked.", "en"),
    ("Dacă ghidul de montaj ar fi fost urmat, raftul nu s-ar fi crăpat.", "ro"),
    ("Если бы инструкция по сборке соблюдалась, полка бы не треснула.", "ru"),
    ("Sure, I'll just wave my magic wand and the bank will pay tonight.", "en"),
    ("Sigur, stați să fac o minune și banca plătește diseară.", "ro"),
    ("Конечно, сейчас наколдую, и банк заплатит сегодня же.", "ru"),
    ("Your fourth message this morning, what an honour!", "en"),
    ("Al patrulea mesaj de azi-dimineață, ce onoare!", "ro"),
    ("Четвёртое письмо за утро, какая честь!", "ru"),
    ("Prices change with demand, understand?", "en"),
    ("Prețurile se schimbă după cerere, înțelegeți?", "ro"),
    ("Цены зависят от спроса, понимаете?", "ru"),
    ("Read the reply I already sent you.", "en"),
    ("Citiți răspunsul pe care vi l-am trimis.", "ro"),
    ("Прочитайте ответ, который я вам отправил.", "ru"),
    ("We won't be replying any further on this matter.", "en"),
    ("Numai un client fără minte lasă cheile în contact.", "ro"),
    ("Только человек без мозгов оставляет ключи в замке зажигания.", "ru"),
    # the look-alikes' rude counterparts still found
    ("The mistake on your part was the wrong postcode.", "en"),
    ("E o greșeală a dumneavoastră, nu a noastră.", "ro"),
    ("I'm not going to refund you.", "en"),
    ("Я не собираюсь повторять.", "ru"),
    ("Trebuia să verificați formatul fișierului.", "ro"),
    ("Even you should manage that.", "en"),
]


@pytest.mark.parametrize(("text", "language"), POLITE)
def test_polite_stays_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(("text", "language"), RUDE)
def test_rude_is_found(text: str, language: str) -> None:
    assert_rude(text, language)
