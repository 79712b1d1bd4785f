"""Incoming analysis, mood round 11 (R3, R7): the general rules behind blind6's and
probe_mood11's misses, each on wordings of its own rather than the sets' sentences, per
language: the closing stance after a turn to praise, patience before a request, what was
at stake, loss words, a waiting word in capitals, smileys as weak signals, and the
register of web forms, laid-out letters and chat."""

from __future__ import annotations

import pytest

from supportdesk.tone import Context, analyze, builtin_packs, lint
from supportdesk.tone.register import markers


def _mood(text: str, language: str) -> str:
    return analyze(text, language=language).mood


def _register(text: str, language: str) -> str:
    return analyze(text, language=language).register


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Honestly I was livid on Friday when the heating died. But your engineer came "
         "Saturday morning and fixed it in no time. Superb, many thanks."),
        ("ro", "recunosc ca eram furios saptamana trecuta cand a picat netul, dar tehnicianul "
         "vostru a rezolvat tot intr-o ora. Bravo!"),
        ("ru", "Утром была в ярости из-за сбоя оплаты, но ваш оператор всё решил за пять "
         "минут. Отличная работа!"),
    ],
)  # fmt: skip
def test_praise_after_a_turn_is_the_closing_stance(language: str, text: str) -> None:
    analysis = analyze(text, language=language)
    assert analysis.mood == "positive"
    assert any("closing stance" in s for s in analysis.signals)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # praise first, trouble after the turn: the complaint is the closing stance
        ("en", "Your staff were lovely, but the replacement part is broken again and I am fed up."),
        ("ro", "Curierul a fost amabil, dar coletul a venit deteriorat și nimeni nu răspunde."),
        ("ru", "Мастер был вежливый, но кран снова течёт, и никто не отвечает."),
    ],
)
def test_trouble_after_the_turn_still_counts(language: str, text: str) -> None:
    assert _mood(text, language) in ("upset", "angry")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hello,\n\nMy deposit of £300 has not come back for a month now. I understand "
         "you have a lot of requests, but I need it for the move. Could you tell me when to "
         "expect it?\n\nThanks,\nPriya"),
        ("ro", "Bună ziua,\n\nNu am primit încă rambursarea de 600 de lei. Înțeleg că aveți "
         "multe cereri, dar aștept rambursarea de o lună și am nevoie de bani. Când o voi "
         "primi?\n\nMulțumesc,\nIoana"),
        ("ru", "Здравствуйте.\n\nЖду возврат залога уже месяц. Я понимаю, что заявок много, "
         "но деньги нужны для переезда. Когда ждать перевод?\n\nСпасибо,\nМарина"),
    ],
)  # fmt: skip
def test_patience_before_a_request_is_upset_not_angry(language: str, text: str) -> None:
    analysis = analyze(text, language=language)
    assert analysis.mood == "upset"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # patience said, then insults or strong words: still anger
        ("en", "I understand mistakes happen, but this is outrageous. Refund me today or I go "
         "to the ombudsman."),
        ("ru", "Понимаю, что бывают ошибки, но это издевательство. Верните деньги сегодня же, "
         "иначе иду в суд."),
    ],
)  # fmt: skip
def test_patience_does_not_hide_outrage(language: str, text: str) -> None:
    assert _mood(text, language) == "angry"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The parcel never arrived and the tracking just stops. It was a wedding present."),
        ("ro", "Coletul nu a mai ajuns, iar curierul nu răspunde. Era un cadou pentru nunta "
         "surorii mele."),
        ("ru", "Посылка так и не пришла, курьер не отвечает. Это был подарок маме на юбилей."),
        # loss: a pet that died, then a reminder
        ("ro", "Bună ziua, pisica noastră a murit luna trecută și ne-ați trimis din nou "
         "factura pentru vaccin. Vă rog să o anulați."),
        ("en", "Hello, our dog died in March and today I got a reminder for his check-up. "
         "Please take him off your list."),
    ],
)  # fmt: skip
def test_what_was_at_stake_is_upset(language: str, text: str) -> None:
    assert _mood(text, language) == "upset"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Can I add a gift message to my order? It is a birthday present."),
        ("ro", "Puteți ambala comanda ca un cadou? E pentru ziua mamei."),
        ("ru", "Можно упаковать заказ как подарок? Это на день рождения брата."),
    ],
)
def test_a_present_without_trouble_is_no_upset(language: str, text: str) -> None:
    assert _mood(text, language) == "neutral"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the app logged me out AGAIN and wiped my cart. pretty dodgy if you ask me. "
         "cancel my membership"),
        ("ru", "кто принял решение закрыть мой счёт без объяснений? Прошу немедленно ответить."),
        ("ro", "Mi-ați blocat cardul fără nicio explicație. Cine răspunde pentru asta? "
         "Vreau un răspuns azi."),
    ],
)  # fmt: skip
def test_stressed_words_and_accountability_are_anger(language: str, text: str) -> None:
    assert _mood(text, language) == "angry"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Добрый вечер! Подскажите, до скольки работает пункт выдачи? Спасибо)"),
        ("ro", "Salut! Până la ce oră e deschis magazinul azi? Mersi :)"),
        ("en", "Hi there, are you open on bank holidays? Thanks :)"),
        # "wondering" shares its stem with "wonderful"
        ("en", "Just wondering whether the discount code works on sale items?"),
    ],
)
def test_a_smiley_closing_a_question_stays_neutral(language: str, text: str) -> None:
    assert _mood(text, language) == "neutral"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "ați fost rapizi rău!! mersi 😍"),
        ("ru", "всё пришло, вы огонь 😍"),
    ],
)
def test_an_emoji_in_a_message_that_asks_nothing_is_praise(language: str, text: str) -> None:
    assert _mood(text, language) == "positive"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Имя: Олег\nТип заявки: Возврат\nКомментарий: Товар не подошёл по размеру."),
        ("ro", "Nume: Radu\nTip cerere: Retur\nComentariu: Produsul nu mi se potrivește."),
        ("en", "Name: Lee\nRequest type: Return\nComment: The jacket does not fit."),
    ],
)
def test_a_web_form_field_name_is_no_register_cue(language: str, text: str) -> None:
    assert _register(text, language) == "unknown"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hello,\n\nMy invoice for May shows the old address. Could you correct it "
         "and send a new copy?\n\nThank you,\nGrace Liu"),
        ("ro", "Bună,\n\nFactura pe mai are adresa veche. O puteți corecta?\n\nMulțumesc,\n"
         "Ana Toma"),
    ],
)  # fmt: skip
def test_a_laid_out_letter_is_formal(language: str, text: str) -> None:
    assert _register(text, language) == "formal"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "ооочень круто получилось, вы супер 🔥 спасибки"),
        ("ro", "gataaa, a mers, sunteți super 🥳"),
        ("ro", "mersi mult, a ajuns azi coletul 👍"),
    ],
)
def test_chat_cues_make_informal(language: str, text: str) -> None:
    assert _register(text, language) == "informal"


def test_one_chat_cue_alone_decides_nothing() -> None:
    assert _register("cât costă livrarea în Cluj?", "ro") == "unknown"
    assert _register("Сколько стоит доставка в Казань? 🙂", "ru") == "unknown"


def test_the_draft_register_ignores_incoming_cues() -> None:
    """R3 lint reads a draft's register without the letter-layout and chat cues: an
    agent's reply is laid out as a letter to every customer."""
    packs = builtin_packs()
    draft = "Hi Sam,\n\nYour refund went out today.\n\nBest wishes,\nJonas"
    doc = packs.document(draft, "en")
    assert markers(doc, packs).register != markers(doc, packs, incoming=True).register
    ctx = Context(language="en", register="informal")
    assert not [
        f for f in lint(draft, ctx, language="en").findings if f.rule.startswith("register")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # damage of the family of "broken"
        ("en", "The mirror came with a cracked corner and a dented frame."),
        ("ro", "Oglinda a venit cu colțul crăpat și rama îndoită."),
        ("ru", "Зеркало пришло с треснутым углом и погнутой рамой."),
        # the people affected and a plea, beside a problem
        ("en", "Our train was cancelled and we are at the station with the kids. I just want to "
         "know if there is a replacement bus."),
        ("ro", "Trenul a fost anulat și suntem în gară cu copiii. Vreau doar să știu dacă "
         "există un autobuz înlocuitor."),
        ("ru", "Поезд отменили, мы на вокзале с детьми. Просто хочу знать, будет ли замена."),
        # a milestone birthday
        ("en", "The cake topper never came and it was for my mum's 60th."),
        ("ru", "Торт так и не привезли, а это было на 60-летие мамы."),
    ],
)  # fmt: skip
def test_situations_that_tell_distress(language: str, text: str) -> None:
    assert _mood(text, language) == "upset"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Expected the worst after the reviews but you nailed it, all sorted in a day!"),
        ("ru", "Ждала худшего, а вы молодцы: всё сделали за день!"),
    ],
)
def test_an_expectation_proved_wrong_is_praise(language: str, text: str) -> None:
    assert _mood(text, language) == "positive"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # irony about the service and apologies refused, with money asked back
        ("en", "Your status page is pure fiction. Spare me the apologies and refund me today."),
        ("ro", "Statusul comenzii e pură ficțiune. Păstrați-vă scuzele și returnați banii azi."),
        ("ru", "Ваши сроки — чистая фантастика. Оставьте свои извинения и верните деньги."),
        ("en", "you billed me twice, that's a scam. want it back today"),
        ("ru", "ты списал с меня дважды, это развод. верни деньги"),
    ],
)
def test_irony_and_refused_apologies_are_anger(language: str, text: str) -> None:
    assert _mood(text, language) == "angry"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I would like to commend the nurse on your helpline; her patience was remarkable."),
        ("ro", "Vreau să laud răbdarea remarcabilă a colegei dumneavoastră de la telefon."),
        ("ru", "Хочу отметить работу вашего оператора Анны, она достойна похвалы."),
    ],
)
def test_commendation_is_praise(language: str, text: str) -> None:
    assert _mood(text, language) == "positive"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The glucose app stopped syncing with my meter and I rely on it every day."),
        ("ro", "Aplicația tensiometrului nu mai sincronizează, iar eu depind de ea zilnic."),
        ("ru", "Приложение тонометра не синхронизируется, а я без него не могу следить за "
         "давлением."),
        ("en", "The printer still won't connect. I've tried everything in the manual."),
    ],
)  # fmt: skip
def test_dependence_and_nothing_helping_are_upset(language: str, text: str) -> None:
    assert _mood(text, language) == "upset"


def test_how_long_in_a_plain_question_is_no_wait() -> None:
    assert _mood("Hi, how long does a refund usually take to reach a card?", "en") == "neutral"
    assert _mood("My refund still has not arrived. How long do I have to wait?", "en") == "upset"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # regret said politely about one's own plans: no upset
        ("en", "Good afternoon, unfortunately I cannot make Friday's call. Could we do Monday?"),
        ("ro", "Bună ziua, din păcate nu pot participa vineri. Putem muta întâlnirea luni?"),
        (
            "ru",
            "Добрый день! К сожалению, не смогу быть в пятницу. Можно перенести на понедельник?",
        ),
    ],
)
def test_a_polite_softener_alone_is_no_upset(language: str, text: str) -> None:
    assert _mood(text, language) == "neutral"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # beside real trouble the softener still counts
        ("en", "Unfortunately the heater arrived broken and we have no heating."),
        ("ro", "Din păcate centrala a venit stricată și nu avem căldură."),
        ("ru", "К сожалению, обогреватель пришёл сломанным, и у нас нет отопления."),
    ],
)
def test_a_softener_beside_trouble_still_counts(language: str, text: str) -> None:
    assert _mood(text, language) == "upset"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Wrong meter reading on the bill again. Does anyone even look at these? Correct "
         "it or we stop paying."),
        ("ro", "Iar citirea contorului e greșită. Verifică cineva facturile? Corectați sau nu "
         "mai plătim."),
        ("ru", "Опять неверные показания в счёте. Там вообще кто-нибудь проверяет? Исправьте, "
         "иначе перестанем платить."),
    ],
)  # fmt: skip
def test_rhetorical_contempt_and_stopped_payment_are_anger(language: str, text: str) -> None:
    assert _mood(text, language) == "angry"


def test_is_anyone_there_is_a_plea_not_contempt() -> None:
    text = "Hello again, I wrote on Monday and nobody answered. Is anyone there?"
    assert _mood(text, "en") == "upset"


def test_an_error_since_today_is_no_demand() -> None:
    analysis = analyze("Aplicația dă eroare de azi la plată. Ce pot face?", language="ro")
    assert not any("demand" in s for s in analysis.signals)


def test_coming_back_is_praise_not_waiting() -> None:
    text = "[Survey] The engineer was late but really friendly and tidy. Would book again."
    assert _mood(text, "en") == "positive"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # cold formal anger: payment refused and a demand put in writing
        ("en", "Dear Sir,\n\nYou confirmed the cancellation fee was dropped, yet it is on my bill. "
         "I refuse to pay it and expect a corrected bill in writing.\n\nRegards,\nJ. Moss"),
        ("ro", "Stimate domn,\n\nMi-ați confirmat că taxa dispare, dar e tot pe factură. Refuz să "
         "plătesc și aștept factura corectată în scris.\n\nCu stimă,\nI. Muscă"),
        ("ru", "Уважаемые господа!\n\nВы подтвердили отмену комиссии, но она снова в счёте. "
         "Оплачивать не буду и жду письменного исправления.\n\nС уважением,\nИ. Мохов"),
    ],
)  # fmt: skip
def test_cold_formal_anger(language: str, text: str) -> None:
    assert _mood(text, language) == "angry"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "did not think you could get the flat fixed this week, but you managed it! thanks"),
        ("ro", "nu credeam că prindem termenul, dar ați reușit! mersi mult"),
        ("ru", "не верила, что успеете к пятнице, а вы справились! спасибо"),
    ],
)
def test_a_success_owned_by_the_agent_is_praise(language: str, text: str) -> None:
    assert _mood(text, language) == "positive"
