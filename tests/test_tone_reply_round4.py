"""The reply-level judgement's fourth round (tone/reply.py, R1 and R6): rude replies with
no rude word, where the rudeness is in what the whole reply does, by family and in every
language, each with polite counterparts that must stay quiet. The families: the customer
sent to find it alone ("It's all there."), resignation that closes the matter ("that's
how shipping works, nothing we can do"), the customer's account contradicted with our
data ("isn't 'made up' as you claim"), blame by what the customer chose ("You chose to
stay on the plan"), contact deterred ("wait the full period before writing again"), help
refused by whose job it is ("setting up your network is not our job"); and the polite
look-alikes behind false alarms (a fault denied under "good news", an agent's deed, "as
requested", "увы"). Wordings of their
own, not the labelled sets' sentences."""

from __future__ import annotations

import pytest

from supportdesk.tone import builtin_packs
from supportdesk.tone.reply import curt, whole
from tests.tonecheck import rude_findings as _tone

RUDE = [
    # the customer sent to find it alone: a chat reply of two sentences is judged whole
    ("en", "Lena, the invoice is in your account under Billing. It's all there."),
    ("ro", "Mara, factura e în cont, la secțiunea Plăți. Acolo găsești tot."),
    ("ru", "Лена, счёт лежит в личном кабинете. Там всё есть."),
    (
        "en",
        "Hello Mr Ames,\n\nOur opening hours are on the website. Please consult the FAQ "
        "section for anything else.\n\nCityGym",
    ),
    (
        "ro",
        "Bună ziua,\n\nProgramul sălii e pe site. Vă rugăm să consultați secțiunea "
        "Întrebări frecvente pentru restul.\n\nCityGym",
    ),
    # resignation that closes the matter
    (
        "ro",
        "Salut, Paul, coletele mai stau la vamă, așa funcționează transportul "
        "internațional. N-avem ce face.\n— Ilinca",
    ),
    (
        "ru",
        "Павел, посылки задерживаются на таможне, так устроена международная доставка. "
        "Ничего не поделаешь.\n— Ира",
    ),
    # contact deterred
    (
        "ro",
        "Bună ziua,\n\nRambursările durează până la 14 zile. Au trecut doar 5. Vă rugăm să "
        "așteptați termenul complet înainte să ne mai scrieți.\n\nShopline",
    ),
    (
        "ru",
        "Здравствуйте.\n\nВозврат занимает до 14 дней. Прошло только 5. Дождитесь "
        "окончания срока, прежде чем писать снова.\n\nShopline",
    ),
    # the customer's account contradicted with our data and their own words quoted back
    (
        "en",
        "Hello Ms Grey,\n\nOur data shows the meter was read on 4 May, so the bill isn't "
        '"made up" as you claim. There is no mistake on our side.\n\nRegards,\nVoltco',
    ),
    (
        "ro",
        "Bună ziua,\n\nDin datele noastre, contorul a fost citit pe 4 mai, deci factura nu "
        "e „inventată”, cum susțineți. Nu e nicio greșeală din partea noastră.\n\nVoltco",
    ),
    # blame by what the customer chose
    (
        "en",
        "Hello Mr Reid,\n\nWe emailed you twice about the price change. You chose to stay "
        "on the plan after that. The charge is correct, so we won't change it.\n\n"
        "Kind regards,\nTelcoX",
    ),
    (
        "ro",
        "Bună ziua,\n\nV-am scris de două ori despre schimbarea de preț. Ați ales să rămâneți "
        "pe abonament după aceea. Suma este corectă, deci nu o putem modifica.\n\nTelcoX",
    ),
    # a favour done "this time" over the customer's slip
    (
        "en",
        "Hi Omar,\n\nThe second booking was made because the form was sent twice from your "
        "side. I've cancelled it this time. Please wait for the confirmation screen.\n\n"
        "Regards,\nBookly",
    ),
    (
        "ro",
        "Bună ziua,\n\nA doua rezervare a apărut pentru că formularul a fost trimis de două "
        "ori de pe contul dumneavoastră. De data asta am anulat-o. Așteptați ecranul de "
        "confirmare.\n\nBookly",
    ),
    # help refused by whose job it is, after a correct technical answer
    (
        "ru",
        "Привет, Женя.\n\nПринтер исправен. Проблема в твоём роутере, который ты настроил "
        "сам. Настраивать домашнюю сеть не входит в наши обязанности.\n\nПринтКо",
    ),
]

POLITE = [
    # pointing to the place, with the thing done or help offered
    (
        "en",
        "Hi Lena,\n\nYou'll find the invoice in your account under Billing, and I've also "
        "emailed you a copy. Let me know if anything looks off!\n\nBest,\nMia",
    ),
    (
        "ro",
        "Bună, Mara,\n\nFactura o găsești în cont, la secțiunea Plăți; ți-am trimis-o și pe "
        "e-mail. Dacă ai nevoie de altceva, scrie-mi.\n\nMia",
    ),
    (
        "ru",
        "Привет, Лена!\n\nСчёт есть в личном кабинете, в разделе «Платежи», а копию я "
        "отправила тебе на почту. Если что-то не сходится, напиши мне.\n\nМия",
    ),
    (
        "ru",
        "Привет, Гоша,\n\nнастройки уведомлений в разделе Аккаунт. Вот короткая инструкция: "
        "https://help.example.ru/alerts. Если что-то будет непонятно, с радостью помогу."
        "\n\nФёдор",
    ),
    # the facts given with what we did about them
    (
        "en",
        "Hello Ms Grey,\n\nI see why the bill looked wrong: it includes the winter months. "
        "Our data shows the meter was read on 4 May, and I've split the amount into three "
        "payments for you.\n\nKind regards,\nVoltco",
    ),
    (
        "en",
        "Hi Leo,\n\nAs I said on the phone, the upgrade is free for existing customers; I've "
        "applied it to your account today.\n\nNina",
    ),
    # done as asked, in a cold but correct reply
    (
        "en",
        "Hello Mr Dale,\n\nI've cancelled your plan as requested. Because the contract has a "
        "one-month notice period, there will be one last payment on 1 July. You won't be "
        "charged after that.\n\nBest regards,\nGymCo",
    ),
    (
        "ru",
        "Добрый день!\n\nПодписка отменена, как вы просили. По договору действует месячный "
        "срок уведомления, поэтому будет последнее списание 1 июля. После этого списаний "
        "не будет.\n\nС уважением,\nGymCo",
    ),
    # reassurance that a thing is no fault, with a next step
    (
        "ro",
        "Bună, Radu,\n\nClicurile după oprirea centralei nu sunt o defecțiune; e supapa care "
        "se răcește. Dacă durează mai mult de un minut, sunați-ne și vă trimitem un tehnician "
        "în aceeași zi.\n\nNina",
    ),
    # a fault denied is no trouble to mock: "good news" over it is sincere
    (
        "en",
        "Hey Sam!\n\nGood news, nothing's wrong with the router. The orange light just means "
        "an update is running; it takes about ten minutes.\n\nCheers,\nMo",
    ),
    (
        "ru",
        "Привет, Сэм!\n\nХорошая новость: с роутером всё в порядке. Оранжевый огонёк значит, "
        "что идёт обновление, оно займёт минут десять.\n\nМо",
    ),
    # an agent's deed for the customer is an offer made good: "я добавила вам день"
    (
        "ru",
        "Здравствуйте, Ира.\n\nОгромное спасибо за терпение. Поезд задержали из-за ремонта "
        "путей; я начислила вам бонусные баллы за поездку.\n\nЖД-Экспресс",
    ),
    # a burden spared is no blame: "чтобы вам не пришлось", "so you don't have to"
    (
        "ru",
        "Добрый день, Ольга Петровна!\n\nПередаю ваш вопрос в бухгалтерию и прикладываю "
        "ваше письмо целиком, чтобы вам не пришлось ничего повторять. Ответ будет до "
        "пятницы, я прослежу.\n\nС уважением,\nИгорь",
    ),
    (
        "en",
        "Hello Ms Hart,\n\nI'm passing your question to our accounts team with your email "
        "attached, so you don't have to repeat anything. They'll reply by Friday and I'll "
        "keep an eye on it.\n\nKind regards,\nIgor",
    ),
    # regret said as "увы" with the reason and a way to appeal
    (
        "ru",
        "Привет, Костя!\n\nЯ сам проверил логи. Увы, блокировка на 3 дня остаётся: правила "
        "запрещают макросы. Если считаешь, что матч оценили неверно, пришли его номер — "
        "его перепроверит второй модератор.\n\nGG,\nАртём",
    ),
]


@pytest.mark.parametrize(("language", "text"), RUDE)
def test_rude_family_is_flagged(language: str, text: str) -> None:
    """R1/R6: each family of the round is flagged warn, in every language."""
    assert _tone(text, language), text


@pytest.mark.parametrize(("language", "text"), POLITE)
def test_polite_counterpart_stays_quiet(language: str, text: str) -> None:
    """R1/R6: the polite answer to the same situation, and the look-alike wordings (a help
    link with an offer, "as I said on the phone", "as requested", "увы", "not a fault"),
    get no rudeness finding."""
    assert not _tone(text, language), [
        (f.rule, text[f.start : f.end]) for f in _tone(text, language)
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a pointer, a closed matter, a passing-on: the short reply is judged as a whole
        ("en", "Dani, the form is on the website. It's all there.", True),
        ("ru", "Сёма, предложений у нас много. Принято.", True),
        ("ro", "Ana, nu ne ocupăm noi de asta. Sunați la bancă.", True),
        # a short reply that only answers stays the sentence model's
        ("en", "Dani, your parcel comes on Thursday between 12 and 4.", False),
        ("ru", "Сёма, доставка будет в четверг с 12 до 16.", False),
        # one full-stop sentence, split by ";" only: no room for a greeting, not judged
        ("en", "Before you fly, note the new gate code; it is in the app under Trips.", False),
    ],
)
def test_curt_reply_is_judged_whole(language: str, text: str, expected: bool) -> None:
    """R1: a chat reply of two sentences that points elsewhere, closes the matter or
    passes it on is the whole reply (`curt`); a lone sentence is not, nor a short reply
    that only answers (`whole`)."""
    packs = builtin_packs()
    doc = packs.document(text, language)
    assert not whole(doc)
    assert curt(doc, packs) is expected


def test_every_round4_list_is_defined_in_every_language() -> None:
    """Every feature is defined in en, ro and ru: each list of the round has phrases in
    each language pack (a list missing in one language would silently count 0 there)."""
    packs = builtin_packs()
    names = (
        *("reply_pointer", "reply_dispute", "reply_blame", "reply_shut", "reply_offload"),
        *("reply_obvious", "reply_ordeal", "reply_regret", "reply_granted", "reply_ultimatum"),
        *("reply_deter", "reply_reassure", "reply_spared"),
    )
    for language in ("en", "ro", "ru"):
        for name in names:
            assert packs.lexicon(language, name).phrases, (language, name)
