"""fix13: the rules' false alarms on polite drafts (blind15-blind18), each spared at the
concept the rule misread, in all three languages, with rude (or leaking) counterparts of
the same shape that must still be caught (R1, R4, R5, R6, R12)."""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks, rude_rules, warnings

# ---- R1/R6: polite wordings the rules misread, and their rude counterparts ----------------

SPARED = [
    # a count left to the customer's wish is an offer ("as many times as you like"),
    # not "how many times do I have to tell you" (ro/ru.already-said, en.exasperation)
    ("ro", "Poți relua testul de câte ori vrei, iar certificatul apare imediat."),
    ("ro", "Puteți reîncerca de câte ori doriți."),
    ("ru", "Тест можно пересдавать сколько угодно раз."),
    ("ru", "Можете звонить сколько хотите раз."),
    ("en", "You can retake the test however many times you need."),
    # the fault taken on ourselves: "on us, not you" (en.blame-you, ro.blame-you,
    # ru.blaming, ru.not-our-problem)
    (
        "en",
        "Please accept my apologies. That delay is on us, not you. I will decide within 3 days.",
    ),
    ("en", "That mistake is on us and not on you; we will fix it today."),
    ("ro", "Întârzierea e vina noastră, nu a dumneavoastră; o rezolvăm azi."),
    ("ru", "Эта задержка — наша вина, не ваша; решим за 3 дня."),
    # we take it up on the customer's behalf (en.construction, reply deflection)
    (
        "en",
        "If the money still hasn't appeared by 23 June, write to me and I'll take it up "
        "with our payment provider directly.",
    ),
    ("en", "Let me take it up with the warehouse; I'll write back tomorrow."),
    ("ro", "Dacă banii nu apar până pe 23 iunie, scrieți-mi și discut eu direct cu banca."),
    ("ru", "Если деньги не появятся до 23 июня, напишите мне, и я сам разберусь с банком."),
    # how a thing should have gone, no customer as subject (ro.blaming "ar fi trebuit
    # să", en "should have"; "impression" is no "impressive")
    (
        "ro",
        "Îmi pare foarte rău că ați primit canapeaua cu brațul rupt – nu așa ar fi "
        "trebuit să arate prima impresie.",
    ),
    ("ro", "Coletul ar fi trebuit să ajungă marți; îmi pare rău, îl urmăresc azi."),
    (
        "en",
        "I'm so sorry the sofa arrived with a broken arm; that is not how the first "
        "impression should have looked.",
    ),
    ("en", "My impression is that the parcel broke in transit; a replacement leaves today."),
    (
        "ru",
        "Мне очень жаль, что диван пришёл со сломанным подлокотником — не таким должно "
        "было быть первое впечатление.",
    ),
    # the agent re-read the conversation: attentive, not "read it again" (already-said)
    (
        "ro",
        "Vă mulțumesc pentru răbdare. Am recitit conversația de luni și înțeleg de ce a "
        "sunat ca o promisiune. Portarea e programată joi.",
    ),
    (
        "ru",
        "Спасибо за терпение. Я перечитал понедельничный чат и понимаю, почему это "
        "прозвучало как обещание. Перенос назначен на четверг.",
    ),
    (
        "en",
        "Thank you for your patience. I've re-read your chat from Monday and I see how it "
        "sounded like a promise. The transfer is booked for Thursday.",
    ),
    # our own check repeated and a promise either way; a thing that would save work;
    # empathy "how unpleasant"; where a setting is made (ru construction, not-our-problem)
    ("ru", "Завтра в полдень я ещё раз проверю статус и напишу Вам в любом случае."),
    ("ru", "Понимаю, сколько ручной работы это сэкономило бы Вашей бухгалтерии."),
    ("en", "I understand how much manual work this would save your accounting team."),
    ("ru", "Понимаю, как неприятен неожиданный счёт на 3 400 ₽."),
    (
        "ru",
        "Ваш домен зарегистрирован у другого регистратора, поэтому DNS-записи настраиваются "
        "там, а не у нас. Чтобы направить его на сайт, зайдите в личный кабинет регистратора.",
    ),
    # a norm broken, with a modal: our fault admitted, not "that never happened"
    (
        "en",
        "I'm sorry the notice appeared with a misspelt name. That should never happen on "
        "something so personal. We've corrected it.",
    ),
    (
        "ro",
        "Îmi pare rău că numele a apărut greșit. Asta nu ar trebui să se întâmple niciodată. "
        "L-am corectat.",
    ),
    (
        "ru",
        "Простите, что имя напечатали с ошибкой. Такого не должно происходить никогда. "
        "Мы уже исправили.",
    ),
    # a statement of what holds; an idea that sounds useful (ro dismissal, construction)
    (
        "ro",
        "Ai dreptate că pe site scrie „fără perioadă minimă” — îmi pare rău pentru "
        "confuzie. Asta e valabil pentru abonamentul lunar.",
    ),
    ("ro", "Multumim ca ne-ai scris ideea cu exportul facturilor in Excel, chiar suna util."),
    # a condition's "not" before our offer, or ended by a dash before "write to us"
    (
        "en",
        "If you have the original, please send it and we'll start printing the same day. "
        "If not, our designer can redraw it for £15 — just let me know.",
    ),
    ("ru", "Если не подключится — пиши 🙂"),
    # a worried question answered with reassurance (argumentative "No,")
    ("en", "No, you won't lose anything — archiving a project only hides it."),
    ("ro", "Nu, nu pierzi nimic — arhivarea doar îl ascunde."),
    ("ru", "Нет, ничего не пропадёт — архивация просто скрывает проект."),
    # a technical term, a determiner, a fact, regret, agreement, why, an alternative
    ("en", "To stop it happening again you can switch the plugin to lazy loading in Settings."),
    ("en", "I'll call you on Friday with whatever update they give me."),
    (
        "ru",
        "Показания за май к нам не попали: приём открыт с 15 по 25 число. Передайте их "
        "сейчас в личном кабинете.",
    ),
    (
        "ro",
        "Din păcate, nu putem prelungi perioada de probă. Îmi pare rău că nu vă pot ajuta "
        "mai mult aici. Dacă vă este util, planul Starter costă 45 lei/lună.",
    ),
    ("ru", "Согласна, что из выписки это не очевидно, поэтому передала Ваше замечание коллегам."),
    ("ro", "Vă mulțumim pentru chitanțe. Înțeleg de ce vă așteptați să fie acoperit tot costul."),
    (
        "ro",
        "Am reprogramat livrarea pentru mâine. Dacă nu vă convine, coletul poate fi ridicat "
        "din locker începând de azi de la ora 18.",
    ),
]

STILL_RUDE = [
    ("ro", "De câte ori trebuie să vă explic?"),
    ("ru", "Сколько раз вам нужно объяснять?"),
    ("en", "How many times do I have to tell you?"),
    ("en", "However many times you ask, the answer is still no."),
    ("en", "That's on you, not us. You entered the wrong address."),
    ("en", "That delay is on you, not us."),
    ("ro", "E vina dumneavoastră, nu a noastră."),
    ("ru", "Это ваша вина, а не наша."),
    ("en", "Take it up with your bank, not us."),
    ("en", "You'll have to take it up with the courier."),
    ("ru", "Обращайтесь в банк, это не к нам."),
    ("ro", "Ar fi trebuit să citiți condițiile înainte de cumpărare."),
    ("ro", "Ar fi trebuit să le trimiteți la timp."),
    ("ro", "Nu trebuia să apăsați pe butonul acela."),
    ("en", "I showed you how you should have set it up."),
    ("en", "Really impressive, you broke it again."),
    ("ru", "Надо было читать условия перед покупкой."),
    ("ro", "Recitiți mesajul meu anterior."),
    ("ru", "Перечитайте моё предыдущее письмо."),
    ("en", "Please re-read my previous email."),
    ("ru", "Проблема у вас, а не у нас."),
    ("ru", "Это ваша работа, а не наша."),
    ("ru", "Как неожиданно, что посылка опять задержалась."),
    ("en", "That never happened, we checked."),
    ("ro", "Asta nu s-a întâmplat niciodată, am verificat."),
    ("ru", "Такого не было, мы проверили."),
    ("ro", "Asta e. Nu mai putem face nimic."),
    ("ro", "Chiar util, mulțumim pentru „sugestie”."),
    ("en", "That's not our problem, just ask your bank."),
    ("ru", "Если не нравится — не пишите нам больше."),
    ("en", "No, the charge is correct."),
    ("en", "No, you won't get a refund."),
    ("ro", "Nu, taxa este corectă."),
    ("ru", "Нет, списание верное."),
    ("en", "You are just lazy."),
    ("en", "Whatever. We can't help."),
    ("ru", "Это не к нам, обращайтесь в банк."),
    ("ro", "Nu vă pot ajuta, adresați-vă băncii."),
    ("ru", "Это же очевидно, посмотрите в выписке."),
    ("ro", "Ce vă așteptați pentru banii ăștia?"),
    ("ro", "Dacă nu vă convine, mergeți la concurență."),
    # caught for its real wording once "lazy loading" stopped reading as an insult
    ("en", "Okay, let's go through this slowly, because it's a bit technical."),
]


@pytest.mark.parametrize(("lang", "text"), SPARED)
def test_polite_wording_is_spared(lang: str, text: str) -> None:
    assert not rude_rules(text, lang), text


@pytest.mark.parametrize(("lang", "text"), STILL_RUDE)
def test_rude_counterpart_is_still_caught(lang: str, text: str) -> None:
    assert rude_rules(text, lang), text


# ---- R4: a check done is no check under way; "until" is no "not yet" -----------------------

DONE_OR_UNTIL = [
    (
        "en",
        "Hi Kai,\n\nThanks for writing. After checking the logs again, I can confirm the "
        "payment went through on 3 March.\n\nKind regards,\nNoor",
    ),
    (
        "ru",
        "Привет, Оля! Чтобы добавить лампу: «Устройства» → «+» → подержи лампу включённой "
        "5 секунд, пока не замигает. Лёша",
    ),
    (
        "en",
        "Hi Sophie,\n\nNo, you won't lose anything.\n\nThanks for checking before clicking!\nAlex",
    ),
]
UNDER_WAY = [
    ("en", "Hi Kai,\n\nWe are still checking the logs. Thanks for your patience.\n\nNoor"),
    ("ru", "Здравствуйте, Оля! Мы пока не нашли причину сбоя. Лёша"),
]


@pytest.mark.parametrize(("lang", "text"), DONE_OR_UNTIL)
def test_done_or_until_needs_no_next_step(lang: str, text: str) -> None:
    assert "next-step.missing" not in warnings(text, lang), text


@pytest.mark.parametrize(("lang", "text"), UNDER_WAY)
def test_work_under_way_still_needs_a_next_step(lang: str, text: str) -> None:
    assert "next-step.missing" in warnings(text, lang), text


# ---- R5: a public service line named before its number is no one's private phone ----------

SERVICE_LINE = [
    (
        "ro",
        "Până atunci, puneți un vas sub țeavă. Dacă apa începe să treacă la vecinul de jos, "
        "sunați oricând la numărul de urgență 0264 555 010.",
    ),
    (
        "ru",
        "Если вода начнёт протекать к соседям снизу, звоните в любое время по номеру "
        "аварийной службы 8 843 555 01 00.",
    ),
    (
        "en",
        "If the water reaches your neighbour downstairs, call the emergency line "
        "0161 555 0100 at any time.",
    ),
]
RELATION_PHONE = [
    ("ro", "Numărul de urgență al vecinului dumneavoastră: 0723 555 010."),
    ("ro", "Numărul de telefon al vecinului dumneavoastră este 0723 555 010."),
    ("en", "Your neighbour's phone number is 07700 900 123."),
    ("ru", "Телефон вашего соседа: 8 903 555 01 00."),
]


@pytest.mark.parametrize(("lang", "text"), SERVICE_LINE)
def test_public_service_line_is_no_leak(lang: str, text: str) -> None:
    assert not blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), RELATION_PHONE)
def test_a_relations_phone_is_still_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


# ---- R12: a format mask is no unfilled placeholder -----------------------------------------

MASKS = [
    "Could you try pasting it exactly as in your receipt email (XXXXX-XXXXX-XXXXX)?",
    "Your card ending XXXX XXXX XXXX 1234 was charged.",
]
PLACEHOLDERS = ["Dear XXX, your order ships on Monday.", "XXX: add the delivery date here."]


@pytest.mark.parametrize("text", MASKS)
def test_format_mask_is_no_placeholder(text: str) -> None:
    assert "placeholder" not in warnings(text, "en"), text


@pytest.mark.parametrize("text", PLACEHOLDERS)
def test_unfilled_placeholder_is_still_blocked(text: str) -> None:
    assert "placeholder" in warnings(text, "en"), text


# ---- R8: a file attached to a case record is no attachment of this reply -------------------

ATTACHED_TO_RECORD = [
    (
        "ru",
        "Спасибо за фотографии повреждений. Я приложила их к убытку № КАС-40218 и передала "
        "дело эксперту. Он позвонит вам до четверга.",
    ),
    (
        "ro",
        "Mulțumim pentru fotografii. Le-am atașat la dosarul daunei și l-am trimis "
        "expertului. Vă sună până joi.",
    ),
    (
        "en",
        "Thanks for the photos. I've attached them to your claim and passed it to the "
        "assessor, who will call you by Thursday.",
    ),
]
ATTACHED_TO_REPLY = [
    ("ru", "Спасибо! Прикладываю инструкцию по настройке. Напишите, если что."),
    ("ro", "Mulțumim! Am atașat instrucțiunile de configurare. Scrieți-mi dacă e nevoie."),
    ("en", "Thanks! I've attached the setup guide. Let me know if you need anything."),
]


@pytest.mark.parametrize(("lang", "text"), ATTACHED_TO_RECORD)
def test_attached_to_a_record_needs_no_file(lang: str, text: str) -> None:
    assert "attachment.missing" not in warnings(text, lang), text


@pytest.mark.parametrize(("lang", "text"), ATTACHED_TO_REPLY)
def test_attached_to_the_reply_still_needs_a_file(lang: str, text: str) -> None:
    assert "attachment.missing" in warnings(text, lang), text


# ---- R5: a price charged "at cost" is the customer's price, not what we pay ----------------

AT_COST = [
    (
        "en",
        "Your inverter is 12 years old, so the replacement isn't covered — but we can fit a "
        "new one at our cost price, £780 instead of £1,040.",
    ),
    (
        "ro",
        "Invertorul nu mai e în garanție, dar vi-l putem monta la prețul de cost, 3.900 lei "
        "în loc de 5.200 lei.",
    ),
    (
        "ru",
        "Инвертор уже не на гарантии, но мы можем установить новый по себестоимости, "
        "78 000 ₽ вместо 104 000 ₽.",
    ),
]
OUR_COST = [
    ("en", "Our cost price for this inverter is £780, so we can't go lower."),
    ("ro", "Prețul de achiziție al invertorului este 3.900 lei."),
    ("ru", "Себестоимость инвертора для нас — 78 000 ₽."),
]


@pytest.mark.parametrize(("lang", "text"), AT_COST)
def test_price_charged_at_cost_is_no_leak(lang: str, text: str) -> None:
    assert not blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OUR_COST)
def test_our_cost_price_is_still_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text
