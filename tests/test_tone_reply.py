"""The reply-level judgement (tone/reply.py, R1 and R6): a whole reply that refuses,
closes, cites the rules, blames or mocks and offers nothing is rude even when no single
sentence is; a firm reply with a reason, an alternative or a next step is not. Wordings
of their own, per language, not the labelled sets' sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from supportdesk.tone import PackError, builtin_packs, load_packs
from supportdesk.tone.packs import _reply_model
from supportdesk.tone.reply import features
from tests.tonecheck import rude_findings as _tone

COLD = [
    # a decision that stands, the policy, nothing offered
    (
        "en",
        "Hello Mr Hart,\n\nYour warranty claim was reviewed. Battery wear is excluded under "
        "our terms. The decision is final.\n\nWarranty Team",
    ),
    # no news, closed on the customer
    (
        "en",
        "Hi Rosa,\n\nThe application is in the queue. We are unable to provide individual "
        "updates. Further e-mails will not receive a response.\n\nPermits Office",
    ),
    (
        "ro",
        "Bună ziua,\n\nCererea a fost analizată. Conform regulamentului, garanția nu acoperă "
        "uzura bateriei. Decizia este definitivă.\n\nService",
    ),
    (
        "ro",
        "Bună ziua,\n\nDosarul e în lucru. Nu oferim informații suplimentare telefonic. Veți fi "
        "contactat când va fi cazul.\n\nPrimăria",
    ),
    (
        "ru",
        "Здравствуйте.\n\nЗаявка рассмотрена. Согласно правилам, износ аккумулятора гарантией "
        "не покрывается. Решение окончательное.\n\nСервисный центр",
    ),
    (
        "ru",
        "Здравствуйте.\n\nЗаявление в работе. Просьба не писать повторно, с вами свяжутся в "
        "установленный срок.\n\nАдминистрация",
    ),
]


COLD += [
    # a policy wall: the rules, "everyone", a refusal; "we will not be…" is no next step
    (
        "en",
        "Dear Ms Lane,\n\nOur terms do not allow refunds on opened software. This applies to "
        "every customer. We will not be refunding this order.\n\nSales Team",
    ),
    (
        "ro",
        "Stimată doamnă Lungu,\n\nTermenii noștri nu permit rambursarea programelor "
        "deschise. Regula se aplică tuturor clienților, fără excepție.\n\nVânzări",
    ),
    (
        "ru",
        "Уважаемая Ольга Петровна,\n\nУсловия продажи не допускают возврат вскрытого ПО. "
        "Правило действует для всех покупателей без исключений.\n\nОтдел продаж",
    ),
]

COLD += [
    # "logged", handled in turn, "you will be notified": nothing else
    (
        "en",
        "Dear Ms Park,\n\nYour appeal has been registered as A-5521. Appeals are dealt with in "
        "the order received. You will be informed of the decision.\n\nAppeals Office",
    ),
    (
        "ro",
        "Stimată doamnă Pârvu,\n\nContestația a fost înregistrată cu nr. A-5521. Contestațiile "
        "se analizează în ordinea sosirii. Veți fi informată asupra deciziei.\n\nBirou Contestații",
    ),
    (
        "ru",
        "Уважаемая Вера Олеговна,\n\nВаша апелляция зарегистрирована под номером A-5521. "
        "Апелляции рассматриваются в порядке поступления. О решении вы будете уведомлены."
        "\n\nАпелляционный отдел",
    ),
]

BLAME = [
    (
        "en",
        "Hi Omar,\n\nThe parcel was returned because the customs form was not submitted. You "
        "were reminded twice. Redelivery requires a new fee.\n\nShipping",
    ),
    (
        "ro",
        "Bună ziua,\n\nColetul s-a întors pentru că formularul vamal nu a fost trimis. Ați fost "
        "anunțat de două ori. Relivrarea se taxează.\n\nExpediții",
    ),
    (
        "ru",
        "Здравствуйте.\n\nПосылка вернулась, так как таможенная форма не была отправлена вами "
        "вовремя. Уведомления направлялись дважды. Повторная отправка платная.\n\nДоставка",
    ),
]


IRONY = [
    (
        "en",
        "Hi Kay,\n\nWhat a discovery: the printer prints nothing when it has no paper. Our "
        "engineers are stunned. Add paper and it will work.\n\nLen",
    ),
    (
        "ro",
        "Salut Dan,\n\nFelicitări, ai descoperit că imprimanta nu tipărește fără hârtie. Echipa "
        "e șocată. Pune hârtie și merge.\n\nLia",
    ),
    (
        "ru",
        "Привет, Дима!\n\nПоздравляю с открытием: принтер не печатает без бумаги. Инженеры "
        "потрясены. Положите бумагу, и всё заработает.\n\nЛена",
    ),
]


@pytest.mark.parametrize(("language", "draft"), COLD + BLAME + IRONY)
def test_rude_whole_reply_is_flagged(language: str, draft: str) -> None:
    """Cold refusals and closings, the customer's fault, irony: each language."""
    found = _tone(draft, language)
    assert found, draft
    reply = [f for f in found if f.rule == f"{language}.reply"]
    # no sentence of a cold or ironic reply is rude alone: the reply level finds it
    # fix14: a closing that refuses any further message is rude alone (*.door-shut)
    door = any(f.rule == f"{language}.door-shut" for f in found)
    # pol130 (blind83's ro-yi043): „Felicitări, ai descoperit că …" is sarcasm alone now (ro.sarcasm)
    mock = any(f.category == "sarcastic" and f.rule != f"{language}.reply" for f in found)
    assert reply or (language, draft) in BLAME or door or mock, found
    if reply:  # the reply-level finding points at one sentence of the body
        f = reply[0]
        assert f.severity == "warn"
        assert f.serves == ("R6" if f.category == "blaming" else "R1")
        body = draft.split("\n\n")[1]
        assert draft.index(body) <= f.start < f.end <= draft.index(body) + len(body)
        assert f.message


POLITE = [
    # a firm refusal with its reason and an alternative
    (
        "en",
        "Hello Mr Hart,\n\nThank you for sending the photos. I'm sorry, but battery wear isn't "
        "covered by the warranty, as it happens with normal use. What I can offer is a "
        "replacement battery at 40% off; just reply and I'll send the link today.\n\nKind "
        "regards,\nNell, Warranty Team",
    ),
    # no news yet, with a date and no need to write again
    (
        "en",
        "Hi Rosa,\n\nThanks for checking in. Your application is with the planning officer, "
        "and I'll e-mail you as soon as there is a decision, by 12 June at the latest. No need "
        "to chase in the meantime.\n\nBest,\nSam, Permits Office",
    ),
    # good news that is good news
    (
        "en",
        "Hi Kay,\n\nGood news: the printer driver update is out and fixes the blank pages. "
        "Sorry it took a while.\n\nLen",
    ),
    (
        "ro",
        "Bună ziua, domnule Hariton,\n\nVă mulțumim pentru fotografii. Din păcate, uzura "
        "bateriei nu este acoperită de garanție, pentru că apare la folosirea normală. Vă pot "
        "oferi în schimb o baterie nouă cu 40% reducere; răspundeți-mi și vă trimit linkul "
        "azi.\n\nCu stimă,\nNela, Service",
    ),
    (
        "ro",
        "Bună ziua,\n\nVă mulțumim pentru răbdare. Dosarul este la compartimentul tehnic și vă "
        "scriu imediat ce avem o decizie, cel târziu pe 12 iunie.\n\nCu stimă,\nSorin",
    ),
    (
        "ru",
        "Здравствуйте, Олег!\n\nСпасибо за фотографии. К сожалению, износ аккумулятора "
        "гарантией не покрывается, потому что он возникает при обычном использовании. Вместо "
        "этого могу предложить новый аккумулятор со скидкой 40% — ответьте, и я пришлю ссылку "
        "сегодня.\n\nС уважением,\nНелли, сервисный центр",
    ),
    (
        "ru",
        "Здравствуйте!\n\nСпасибо за терпение. Заявление у технического отдела, я напишу, как "
        "только будет решение, не позже 12 июня. Писать повторно не нужно: я слежу сама."
        "\n\nВсего доброго,"
        "\nСоня",
    ),
]


POLITE += [
    # "won't be" with good news, not a refusal
    (
        "en",
        "Hi Ada,\n\nYour plan is cancelled and you won't be charged again. Your files stay "
        "in the account for 90 days if you change your mind.\n\nTake care,\nRon",
    ),
    # a rule that "requires" something is no demand on the customer; a reason after a colon
    (
        "ru",
        "Здравствуйте!\n\nПлатежи больше 50 000 рублей требуют подтверждения по СМС. Код "
        "придёт на ваш номер, после этого платёж уйдёт сразу.\n\nС уважением,\nИгорь",
    ),
    (
        "ro",
        "Bună ziua,\n\nNu putem schimba limita: o stabilește banca dumneavoastră. Banca o "
        "poate ridica în câteva minute.\n\nAna",
    ),
]


@pytest.mark.parametrize(("language", "draft"), POLITE)
def test_firm_reply_with_reason_or_next_step_is_quiet(language: str, draft: str) -> None:
    assert _tone(draft, language) == [], draft


def test_a_sentence_or_two_is_left_to_the_sentence_model() -> None:
    """Brevity alone is no rudeness: a one-line factual answer is not a whole reply."""
    assert _tone("The price shown at checkout includes VAT.", "en") == []


def _team(tmp_path: Path, body: str) -> Path:
    (tmp_path / "tone").mkdir()
    (tmp_path / "tone" / "team.toml").write_text('language = "any"\n' + body, encoding="utf-8")
    return tmp_path


def test_a_team_pack_can_switch_the_reply_model_off(tmp_path: Path) -> None:
    packs = load_packs(_team(tmp_path, "[reply_model]\nenabled = false\n"))
    assert packs.problems == []
    language, draft = COLD[0]
    assert not [f for f in _tone(draft, language, packs=packs) if f.rule.endswith(".reply")]


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("[reply_model]\nthreshold = 2\n", "threshold"),
        ("[reply_model]\nweights = { cold = 'high' }\n", "weights"),
        ("[reply_model]\nspeed = 1\n", "speed"),
    ],
)
def test_a_broken_reply_model_names_its_key(tmp_path: Path, body: str, key: str) -> None:
    packs = load_packs(_team(tmp_path, body))
    assert any("reply_model" in p and key in p for p in packs.problems), packs.problems
    with pytest.raises(PackError):
        _reply_model({key: "x"} if key != "threshold" else {key: 2}, "team.toml")


@pytest.mark.parametrize(
    ("language", "draft"),
    [
        # blame in the negative is reassurance
        ("en", "Thanks for the log. This isn't something you did wrong: the update broke it."),
        # sympathy, not "not sure what you expected"
        ("en", "I'm sorry the colours are not what you expected; I've sent a free reprint."),
        # praise repeated at the end of a kind reply is no sarcastic "again"
        ("en", "Your certificate is attached. Congratulations again on finishing the course!"),
        # "миль" (miles) is no "милейший"
        ("ru", "Спасибо за ожидание! Я уже начислил на ваш счёт 2 000 миль."),
        # a pronoun on both sides of "when" is no tautology ("X when X")
        ("en", "Thanks! I'll switch you back to the old plan when you return in May."),
        # "message", "breakfast" are no "mess", "break"
        ("en", "Thanks for your message. Breakfast is included, and check-in is at 3pm."),
        # "не у нас" (not our side) does not reach across a colon
        ("ru", "Спасибо! Присылать документы ещё раз не нужно: у нас всё есть."),
    ],
)
def test_kind_sentences_that_looked_rude_are_quiet(language: str, draft: str) -> None:
    assert _tone(draft, language) == [], draft


@pytest.mark.parametrize(
    ("language", "draft"),
    [
        ("en", "It's on the home page in big letters. Anything else I can read out to you?"),
        ("en", "It was in the e-mail, but I guess reading it was too much effort for you."),
        ("ro", "Scrie cu litere mari pe prima pagină. Mai vrei să-ți citesc ceva?"),
        ("ru", "Это написано на главной крупными буквами. Ещё что-нибудь вам зачитать?"),
        # arguing with the customer's account of it (R6)
        ("en", "I must disagree with your claim that the order was lost; it was merely late."),
        ("ro", "Trebuie să vă contrazic: comanda nu s-a pierdut, doar a întârziat."),
        ("ru", "Не могу согласиться с вами: заказ не потерян, он просто задержался."),
        # an insult on the person, and "what any child could do"
        ("en", "You are clueless, honestly. The toggle is under Settings."),
        ("ro", "Chiar sunteți așa greu de cap? Comutatorul e în Setări."),
        ("ro", "Niciun copil nu ar avea nevoie de ajutor pentru asta."),
        ("ru", "Вы что, тугодум? Переключатель в настройках."),
        ("ru", "Это уровень первого дня работы с приложением, честно говоря."),
    ],
)
def test_talking_down_by_spelling_out_is_flagged(language: str, draft: str) -> None:
    """Contempt families of their own: "in big letters", "read it out to you"."""
    assert _tone(draft, language), draft


@pytest.mark.parametrize(
    ("language", "text", "orders"),
    [
        ("ro", "Bună ziua,\n\nȘtergeți fișierele. Plătiți abonamentul. Puteți reveni.\n\nAna", 2),
        ("ru", "Здравствуйте.\n\nБудьте дома. Удалите файлы. Можете написать.\n\nАна", 2),
        ("en", "Hi,\n\nStop calling. Read the guide. You can reply here.\n\nAna", 2),
    ],
)
def test_bare_orders_are_counted_in_every_language(language: str, text: str, orders: int) -> None:
    """The imperative at the start of a sentence: a word list in English, the verb's
    ending in Romanian and Russian; greetings and "you can" are no order."""
    packs = builtin_packs()
    doc = packs.document(text, language)
    feats, _ = features(doc, packs, [], [])
    assert feats["orders"] == orders
