"""Register of incoming messages (R3), register round (branch reg4): the rules it added,
per language, on wordings of their own (not the evaluation sets' sentences).

The convention: formal and informal second-person forms decide; plural forms addressed to
the company ("voi", "ați", "вы" as "you people") weigh little, so greeting, closing, slang
and chat style decide then, and with no cue at all the register is unknown.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import analyze, builtin_packs
from supportdesk.tone.register import markers


def _register(text: str, language: str) -> str:
    return analyze(text, language=language).register


# -- a value after a web form's field name starts a sentence: its capital is spelling --


@pytest.mark.parametrize(
    "text",
    [
        "Имя: Павел\nГород: Тверь\nВопрос: Вы принимаете оплату наличными?",
        "Номер заказа: 5521\nКомментарий: Вам удобно привезти заказ после шести?",
    ],
)
def test_ru_capital_vy_after_a_form_field_is_no_formal_cue(text: str) -> None:
    assert _register(text, "ru") == "unknown"


def test_ru_capital_vy_inside_a_sentence_stays_formal() -> None:
    assert _register("Скажите, а Вы принимаете оплату наличными?", "ru") == "formal"


# -- the body under a greeting line in lower case is chat style --------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Good evening,\n\nthe app logs me out every hour lol, any fix?"),
        (
            "ro",
            "Bună seara,\n\naplicația mă scoate afară din oră în oră, e nasol. vreo idee?\n\nmss",
        ),
        ("ru", "Добрый вечер!\n\nприложение выкидывает каждый час, фигня какая-то. что делать?"),
    ],
)
def test_lower_case_body_under_a_greeting_tips_slang_to_informal(language: str, text: str) -> None:
    assert _register(text, language) == "informal"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Good evening,\n\nThe app logs me out every hour. Is there a fix?"),
        ("ro", "Bună seara,\n\nAplicația mă deconectează din oră în oră. Ce pot face?"),
        ("ru", "Добрый вечер!\n\nПриложение выходит из аккаунта каждый час. Что делать?"),
    ],
)
def test_capitalised_body_under_a_greeting_stays_formal(language: str, text: str) -> None:
    assert _register(text, language) == "formal"


# -- a slang sign-off on its own last line addresses the reader, as a greeting does ------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Dear team,\n\nCould the invoice go to my work address instead?\n\nta"),
        ("ro", "Stimată echipă,\n\nFactura poate veni pe adresa de la birou?\n\nms"),
        ("ru", "Уважаемая поддержка!\n\nСчёт можно прислать на рабочий адрес?\n\nспс"),
    ],
)
def test_slang_sign_off_outweighs_a_formal_greeting(language: str, text: str) -> None:
    assert _register(text, language) == "informal"


def test_en_ta_inside_a_sentence_is_no_sign_off() -> None:
    # "TA" (a teaching assistant) is no slang
    text = "Good morning,\n\nOur TA cannot open the course page. Could you check it?"
    assert _register(text, "en") == "formal"


# -- a letter's layout under a casual greeting is business-casual, not formal ------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hi Dana,\n\nIs the export fixed in the new build?\n\nThanks,\nOmar"),
        ("ro", "Bună,\n\nExportul merge în versiunea nouă?\n\nMulțumesc,\nOana"),
    ],
)
def test_casual_greeting_layout_is_no_formal_cue(language: str, text: str) -> None:
    assert _register(text, language) == "unknown"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hello Dana,\n\nIs the export fixed in the new build?\n\nThanks,\nOmar"),
        ("ro", "Bună ziua,\n\nExportul merge în versiunea nouă?\n\nMulțumesc,\nOana"),
    ],
)
def test_neutral_greeting_layout_stays_formal(language: str, text: str) -> None:
    assert _register(text, language) == "formal"


# -- the draft path (R3 lint) reads none of these incoming cues ----------------------------


def test_draft_register_ignores_sign_off_and_body_case() -> None:
    """A draft's register is read as before: its sign-off and body case are no cues (a
    slang sign-off in a draft is still flagged by R3 as a word)."""
    packs = builtin_packs()
    doc = packs.document("Dear Ms Vale,\n\nyour refund is on its way.\n\nthx", "en")
    assert markers(doc, packs, incoming=True).register == "informal"
    assert markers(doc, packs).register == "unknown"


# -- plural forms to the company: however many, they weigh as one (the convention) --------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Verificați comanda, anulați dublura și returnați banii până luni."),
        ("ru", "Проверьте заказ, отмените дубль и верните деньги до понедельника."),
    ],
)
def test_many_plural_forms_alone_are_no_register(language: str, text: str) -> None:
    assert _register(text, language) == "unknown"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Stimată echipă,\n\nVerificați comanda, anulați dublura și returnați banii."),
        ("ru", "Уважаемая команда!\n\nПроверьте заказ, отмените дубль и верните деньги."),
    ],
)
def test_plural_forms_under_a_formal_greeting_are_formal(language: str, text: str) -> None:
    assert _register(text, language) == "formal"


# -- with a plural address, one chat cue decides: informal --------------------------------


@pytest.mark.parametrize(
    ("language", "chatty", "plain"),
    [
        ("ro", "voi chiar nu răspundeți la mailuri??", "Voi chiar nu răspundeți la mailuri?"),
        ("ro", "[Chat] aplicația voastră nu pornește deloc", "[Chat] Aplicația nu pornește deloc"),
        ("ru", "вы вообще отвечаете на письма??", "Вы вообще отвечаете на письма?"),
        ("ru", "спасибо, вы лучшие 🙂", "Спасибо, всё заработало."),
    ],
)
def test_plural_address_with_a_chat_cue_is_informal(language: str, chatty: str, plain: str) -> None:
    assert _register(chatty, language) == "informal"
    assert _register(plain, language) == "unknown"


def test_chat_cue_without_any_address_stays_unknown() -> None:
    # lower case alone, nobody addressed: a neutral question typed fast
    assert _register("[Chat] cât costă livrarea în weekend", "ro") == "unknown"
    assert _register("[Чат] сколько стоит доставка в выходные", "ru") == "unknown"


# -- words the packs gained ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "register"),
    [
        ("en", "You lot have billed me twice again.", "informal"),
        ("en", "Absolutely gutted, the lamp arrived in pieces.", "informal"),
        ("en", "Please find the signed form below.\n\nRegards,\nJ. Ode", "formal"),
        ("ro", "Super treabă, băieți, a mers din prima.", "informal"),
        ("ro", "A ajuns totul bine. Vă urez o săptămână frumoasă!", "formal"),
        ("ru", "Огромное вам спасибо за помощь с возвратом!", "formal"),
        ("ru", "Здарова, доставка в субботу есть?", "informal"),
        ("ru", "Приложение работало целый день без сбоев.", "unknown"),
        ("ru", "Всё хорошо, только курьеры могли бы быть пунктуальнее.", "unknown"),
    ],
)
def test_pack_words_of_the_register_round(language: str, text: str, register: str) -> None:
    assert _register(text, language) == register


# -- a letter with no closing formula: a heading, the body, a signature apart -------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Attn: Billing\n\nWe ask for a corrected invoice for March.\n\nHolt & Rowe Ltd"),
        ("ro", "Către Serviciul Facturare\n\nSolicităm o factură corectată pe martie.\n\nHolt SRL"),
        ("ru", "В отдел счетов\n\nПросим выставить исправленный счёт за март.\n\nООО «Холт»"),
    ],
)
def test_signature_apart_under_a_heading_is_a_letter(language: str, text: str) -> None:
    assert _register(text, language) == "formal"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Morning all,\n\nthe invoice for March is wrong again, no idea why\n\nbye"),
        ("ro", "Bună dimineața,\n\nfactura pe martie e iar greșită, habar n-am de ce\n\npa pa"),
        ("ru", "Доброе утро!\n\nсчёт за март опять кривой, фиг знает почему\n\nпока"),
    ],
)
def test_lower_case_last_line_is_no_signature(language: str, text: str) -> None:
    assert _register(text, language) != "formal"


def test_en_you_people_is_colloquial_address() -> None:
    assert _register("What is going on with you people, three missed deliveries.", "en") == (
        "informal"
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hey Sam,\n\nIs the export fixed in the new build?\n\nThanks,\nOmar"),
        ("ro", "Salut Sam,\n\nExportul merge în versiunea nouă?\n\nMulțumesc,\nOmar"),
        ("ru", "Привет, Сэм!\n\nЭкспорт в новой версии работает?\n\nСпасибо,\nОмар"),
    ],
)
def test_informal_greeting_over_a_letter_layout_stays_informal(language: str, text: str) -> None:
    assert _register(text, language) == "informal"


def test_en_lemme_and_gimme_are_slang() -> None:
    assert _register("Lemme know if the refund went through.", "en") == "informal"
    assert _register("Gimme a call when the part arrives.", "en") == "informal"


@pytest.mark.parametrize(
    "text",
    [
        "Уточните, пожалуйста, срок доставки по заказу 4410.",
        "пожалуйста, пришлите чек ещё раз",
        "Отмените пожалуйста вчерашний заказ",
    ],
)
def test_ru_plural_imperative_with_pozhaluysta_is_a_polite_request(text: str) -> None:
    assert _register(text, "ru") == "formal"


def test_ru_plural_imperative_without_a_request_word_is_no_register() -> None:
    assert _register("Отмените вчерашний заказ.", "ru") == "unknown"


@pytest.mark.parametrize(
    ("language", "text", "register"),
    [
        ("en", "ngl the new dashboard is way better", "informal"),
        ("en", "soz for the double message, the form froze", "informal"),
        ("ro", "scz de deranj, nush unde găsesc factura", "informal"),
        ("ro", "Am primit mai mult decât mă așteptam. Mulțumesc mult.", "unknown"),
        ("ru", "Сорян, что опять пишу, инет так и не появился", "informal"),
        ("ru", "Человек на линии так и не ответил.", "unknown"),
    ],
)
def test_chat_words_of_the_register_round(language: str, text: str, register: str) -> None:
    assert _register(text, language) == register


# -- a reply above our quoted message: the quote is our words, not the customer's --------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "nope, same thing lol\n\nOn Tue, Helpdesk wrote:\n> Dear Ms Lee,\n"
            "> We would be grateful if you could retry.\n> Kind regards,\n> Helpdesk",
        ),
        (
            "ro",
            "frate, tot la fel\n\nMarți, Suport a scris:\n> Stimată doamnă Lee,\n"
            "> Vă rugăm să încercați din nou.\n> Cu stimă,\n> Suport",
        ),
        (
            "ru",
            "блин, всё так же\n\nВо вторник Поддержка написала:\n> Уважаемая Ли!\n"
            "> Просим Вас повторить попытку.\n> С уважением,\n> Поддержка",
        ),
    ],
)
def test_quoted_formal_reply_is_not_the_customers_register(language: str, text: str) -> None:
    assert _register(text, language) == "informal"


def test_quoted_lines_only_are_skipped() -> None:
    # the customer's own formal letter above a casual quote stays formal
    text = "Dear Support,\n\nI would be grateful for an update.\n\nYours sincerely,\nA. Lee\n\n> hey, np!"
    assert _register(text, "en") == "formal"


def test_ro_cedilla_diacritics_read_as_comma_below() -> None:
    assert _register("Vă mulţumesc, puteţi închide cererea.", "ro") == "formal"
    assert _register("Ţi-am scris de trei ori, eşti acolo?", "ro") == "informal"
