"""Incoming mood, round 12 (R7): the families behind probe_reg1-4's and probe_mood16's
misses, each on wordings of its own (not the sets' sentences), per language, with the
calm counterpart that must stay calm: a curt order or outrage closing a grievance, a
whole message in capitals, stem accidents, a quoted earlier reply, a repair that did
not hold, and praise followed by one question."""

from __future__ import annotations

import pytest

from supportdesk.tone import analyze


def _mood(text: str, language: str) -> str:
    return analyze(text, language=language).mood


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "You billed me for a plan I downgraded in April. Reverse the charge."),
        ("ro", "Mi-ați retras bani pentru un abonament închis în aprilie. Anulați plata."),
        ("ru", "Списали деньги за тариф, который я отключил в апреле. Верните платёж."),
    ],
)
def test_a_curt_order_closing_a_grievance_is_anger(language: str, text: str) -> None:
    assert _mood(text, language) == "angry"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "For two months you have charged me for a closed account. Enough."),
        ("ro", "De două luni îmi luați bani pentru un cont închis. Ajunge."),
        ("ru", "Два месяца списываете деньги за закрытый счёт. Хватит."),
    ],
)
def test_outrage_as_a_sentence_of_its_own(language: str, text: str) -> None:
    assert _mood(text, language) == "angry"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "Enough" inside a sentence, "ajunge" (arrives), "хватит" (is enough) ask things
        ("en", "Is one bag of compost enough for two planters?"),
        ("ro", "Coletul ajunge mâine dacă îl comand azi?"),
        ("ru", "Хватит ли одного пакета грунта на два ящика?"),
    ],
)
def test_the_same_words_in_a_calm_question(language: str, text: str) -> None:
    assert _mood(text, language) == "neutral"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "WHY IS MY BOOKING GONE"),
        ("ro", "DE CE A DISPĂRUT REZERVAREA MEA"),
        ("ru", "ПОЧЕМУ ПРОПАЛА МОЯ БРОНЬ"),
    ],
)
def test_a_whole_message_in_capitals_is_anger(language: str, text: str) -> None:
    assert _mood(text, language) == "angry"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Good afternoon, how do I update the bank details on my pension account? "
         "Regards, Walter"),
        ("en", "I should be grateful if you could send me a paper copy of the contract."),
        ("ru", "Подскажите, действует ли промокод на доставку?"),
        ("ru", "Оля, во сколько курьер? Я в 6 ухожу на работу"),
        ("ru", "Номер заказа: 4410\nПричина: возврат\nКомментарий: не подошёл цвет, прошу "
         "вернуть деньги на карту."),
    ],
)  # fmt: skip
def test_stem_accidents_stay_neutral(language: str, text: str) -> None:
    assert _mood(text, language) == "neutral"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "still broken, same message as before\n\n> On 2 May, Support wrote:\n"
         "> Thank you so much for your patience, it is wonderful to hear from you."),
        ("ro", "tot nu se încarcă, aceeași problemă\n\n> Pe 2 mai, Suport a scris:\n"
         "> Vă mulțumim frumos pentru răbdare, o zi minunată!"),
        ("ru", "всё ещё не грузится, та же ошибка\n\n> 2 мая Поддержка написала:\n"
         "> Огромное спасибо за терпение, отличного дня!"),
    ],
)  # fmt: skip
def test_our_quoted_thanks_is_not_the_customers_mood(language: str, text: str) -> None:
    analysis = analyze(text, language=language)
    assert analysis.mood == "upset"
    assert not any(s.startswith("thanks") for s in analysis.signals)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The boiler you fixed on Tuesday is showing the same fault code again."),
        ("ro", "Centrala reparată marți are din nou aceeași eroare pe ecran."),
        ("ru", "Котёл после ремонта во вторник опять показывает ошибку, как раньше."),
    ],
)
def test_a_repair_that_did_not_hold_is_upset(language: str, text: str) -> None:
    assert _mood(text, language) == "upset"


@pytest.mark.parametrize(
    ("language", "text", "mood"),
    [
        ("en", "The groomer was so gentle with our old cat. Quick one: do you trim claws too?",
         "positive"),
        ("ro", "Tehnicianul a fost foarte blând cu bunica și a avut răbdare. O întrebare: "
         "garanția e de doi ani?", "positive"),
        ("ru", "Медсестра была очень бережна с сыном. Один вопрос: повторный приём нужен?",
         "positive"),
        # the question first, the praise after it: a request with a compliment
        ("en", "Can you tell me if you open on Sundays? The staff are always so gentle.",
         "neutral"),
    ],
)  # fmt: skip
def test_praise_then_one_question(language: str, text: str, mood: str) -> None:
    assert _mood(text, language) == mood


@pytest.mark.parametrize(
    ("language", "text", "mood"),
    [
        ("en", "I wish to register a formal complaint about the engineer's visit on 3 June.",
         "upset"),
        ("ro", "Coletul apare livrat de ieri, dar la mine nu a ajuns nimic.", "upset"),
        ("ru", "Заказ отмечен как доставленный, но курьера я не видел.", "upset"),
        ("en", "third missed collection this month, fix it or i'm off to another firm", "angry"),
        ("ro", "ați montat ușa strâmb, sunteți niște diletanți", "angry"),
    ],
)  # fmt: skip
def test_complaints_and_contempt(language: str, text: str, mood: str) -> None:
    assert _mood(text, language) == mood


@pytest.mark.parametrize(
    ("language", "text", "mood"),
    [
        # disrespect named in a formal letter, with the bank asked to take the money back
        ("en", "Dear Sirs,\n\nMy refund has been promised three times. I find your conduct "
         "disrespectful and have asked my bank to reverse the payment.\n\nYours faithfully,\nK. Lamb",
         "angry"),
        ("ro", "Stimate domn,\n\nMi s-a promis returnarea banilor de trei ori. Comportamentul "
         "dumneavoastră este lipsit de respect, așa că am cerut băncii anularea plății.\n\nCu stimă,\nA. Mihai",
         "angry"),
        ("ru", "Уважаемые господа!\n\nВозврат мне обещали трижды. Считаю это неуважением и "
         "подал в банк заявление на отмену платежа.\n\nС уважением,\nК. Лебедев", "angry"),
        # damage done by someone, and who pays for it
        ("en", "Your courier backed into our fence this morning. Who is paying for it?", "angry"),
        ("ro", "Curierul vostru a lovit gardul azi-dimineață. Cine plătește?", "angry"),
        ("ru", "Ваш курьер въехал в наш забор утром. Кто будет оплачивать?", "angry"),
    ],
)  # fmt: skip
def test_disrespect_and_damage(language: str, text: str, mood: str) -> None:
    assert _mood(text, language) == mood


@pytest.mark.parametrize(
    ("language", "text", "mood"),
    [
        ("en", "The inhaler refill should have come on Monday and I am almost out of it.", "upset"),
        ("ro", "Rețeta trebuia să vină luni și pastilele mi se termină.", "upset"),
        ("ru", "Рецепт должны были прислать в понедельник, а лекарство у меня на исходе.",
         "upset"),
        # dust on the floor, no insult: the praise decides
        ("ro", "Montajul a fost rapid și curat, a rămas doar un pic de praf pe scări. Foarte "
         "mulțumit!", "positive"),
    ],
)  # fmt: skip
def test_supplies_running_out_and_dust(language: str, text: str, mood: str) -> None:
    assert _mood(text, language) == mood


@pytest.mark.parametrize(
    ("language", "text", "mood"),
    [
        # a whole short message in capitals
        ("en", "WHERE IS MY REFUND", "angry"),
        # chat without apostrophes, a frowning face
        ("en", "hey the voucher still isnt showing in my account 😕 party is tomorrow", "upset"),
        # an apologetic follow-up
        ("ro", "Scuze că revin, dar cardul de acces tot nu funcționează și mâine am examen.",
         "upset"),
        ("ru", "Простите, что опять беспокою: пропуск так и не пришёл, а завтра экзамен.",
         "upset"),
        # thanks for a wrong done is irony
        ("en", "Thanks a lot for deleting my playlist without a word. Brilliant.", "angry"),
        ("ro", "Mulțumesc frumos că mi-ați șters contul fără niciun anunț.", "angry"),
        ("ru", "Спасибо, что удалили мой аккаунт без всякого предупреждения.", "angry"),
    ],
)  # fmt: skip
def test_capitals_chat_follow_ups_and_ironic_thanks(language: str, text: str, mood: str) -> None:
    assert _mood(text, language) == mood


@pytest.mark.parametrize(
    ("language", "text", "mood"),
    [
        # a visit let down again and again, effort wasted, a manager wanted today
        ("en", "The fitter has postponed three times now and I took a day off for nothing. "
         "I expect a call back from a manager today.", "angry"),
        ("ru", "Сборщик дважды отменял визит, я впустую ждал дома. Пусть мне перезвонит "
         "руководитель.", "angry"),
        ("ro", "Instalatorul a amânat vizita de trei ori și tot îl aștept.", "upset"),
        # an occasion spoiled
        ("en", "We chose this hotel for our honeymoon and the pool is out of order.", "upset"),
        ("ru", "Сняли номер на годовщину, а камин не работает.", "upset"),
        # a mortgage applied for is no hardship
        ("ru", "Добрый день! Нужна справка об отсутствии задолженности для ипотеки.", "neutral"),
    ],
)  # fmt: skip
def test_let_down_visits_spoilt_occasions_and_paperwork(
    language: str, text: str, mood: str
) -> None:
    assert _mood(text, language) == mood
