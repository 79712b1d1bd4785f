"""Polite false alarms of round pol26 (issue 8), seen on blind38 (a development split) and
fixed by family in en, ro and ru, with wordings written for this test. Each family has
polite wordings that must stay quiet and rude counterparts that must still be found:

- R1 (blame by conduct on cited terms): the apology is often the sentence BEFORE "the
  conditions you accepted" and the offer the sentence AFTER it; the packs'
  `except_before` / `except_after` (packs.py) look one sentence either way, each list
  only its own way. "As set out in the terms you accepted, no refunds are given. Sorry,
  nothing more we can do." (the apology after closes the door) and a verdict with a
  partial offer after it ("We can offer 50%") are still found;
- R1/R6 (a kind correction): its "actually" / „de fapt" bringing good news ("so you
  actually have until 14 June", „de fapt mai aveți timp până pe 14") and the customer
  cleared of wrongdoing ("a safety measure, not something you did wrong", „nu ceva ce
  ați greșit", "You haven't done anything wrong.") are no judgement in the sentence
  model (`[lexicon.model_spare]`); "Did you actually read it?" and "You did it all
  wrong." are still found;
- R1: „nu după" before a thing contrasts two rules („apare abia după testul final, nu
  după ultimul modul”), not the customer's timing („trebuia semnalat la livrare, nu
  după.”), in ro's `reply_blame`;
- R1/R8: a plain yes after a greeting ("Hi Sam, of course! You can change it in the
  app.", „Hei, sigur că da! Poți…”, «Привет, конечно! Адрес можно…») is the request
  granted (`reply_granted`, ro.sarcasm's exception), as pol25's "Yes, of course." at the
  very start; „Sigur că da! Și eu sunt regina Angliei.” is still sarcasm;
- R1: "you're not the only one who's mentioned it" / „nu sunteți singurul care a
  semnalat” / «вы не единственный, кто об этом написал» confirm the point (others said
  the same); "…the only one who's waiting", „singurul care așteaptă”, «единственный, кто
  ждёт» and "not the only customer" still put the customer in their place;
- R1 (rude recall, rules alone): an insult by what the customer IS, a predicate noun or
  adjective after the second-person copula ("you're a lost cause", "Maybe the problem was
  you", „Sunteți un caz pierdut”, «ты просто клоун», «Учись читать, двоечник»): the
  `<lang>.insult-predicate` rules; the nouns alone, negated or about a thing stay clean
  ("the problem was on our side", „caz închis”, «безнадёжный долг»).
"""

from __future__ import annotations

import pytest

from supportdesk.tone.packs import PackSet, _add, _finish, builtin_packs
from tests.tonecheck import assert_quiet, assert_rude, rude_rule_set, warnings

# ---- R1: cited terms between an apology before and an offer after (except_before/after) ----

TERMS_EASED = [
    (
        "en",
        "I'm sorry, but we can't refund the deposit. The booking was made on the Flex-Lite "
        "rate, which is non-refundable under the terms you accepted when booking.",
    ),
    (
        "en",
        "The tickets are non-exchangeable under the conditions you agreed to. What I can "
        "do is check whether a later show has seats at the same price.",
    ),
    (
        "ro",
        "Ne pare rău, dar nu putem returna avansul. Conform condițiilor pe care le-ați "
        "acceptat la rezervare, tariful promoțional nu se rambursează.",
    ),
    (
        "ro",
        "Conform contractului pe care l-ați semnat, abonamentul nu se poate întrerupe. Dacă "
        "doriți, vă pot muta pe pachetul lunar fără penalizare.",
    ),
    (
        "ru",
        "Приносим извинения, но вернуть предоплату не получится. По условиям, которые вы "
        "приняли при бронировании, акционный тариф невозвратный.",
    ),
    (
        "ru",
        "По договору, который вы подписали, абонемент не замораживается. Что я могу сделать "
        "— перевести вас на помесячную оплату без штрафа.",
    ),
]

TERMS_HELD_AGAINST = [
    ("en", "As set out in the terms you accepted, no refunds are given. Sorry, that's that."),
    (
        "en",
        "Under the conditions you accepted, refunds are not possible. We can offer a voucher "
        "at 50% of the price.",
    ),
    (
        "ro",
        "Conform condițiilor pe care le-ați acceptat, nu se fac rambursări. Ne pare rău, asta e.",
    ),
    (
        "ro",
        "Conform contractului pe care l-ați semnat, nu se returnează nimic. Vă putem oferi "
        "un voucher de 50%.",
    ),
    ("ru", "По условиям, которые вы приняли, деньги не возвращаются. Извините, такие правила."),
    (
        "ru",
        "По договору, который вы подписали, возврата нет. Можем предложить скидку 50% на "
        "следующий заказ.",
    ),
]


@pytest.mark.parametrize(("language", "text"), TERMS_EASED)
def test_cited_terms_beside_an_apology_before_or_an_offer_after_are_quiet(
    language: str, text: str
) -> None:
    """R1: an apology the sentence before, or a choice offered the sentence after, makes
    the cited terms a polite refusal, not a verdict on the customer's conduct."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), TERMS_HELD_AGAINST)
def test_cited_terms_with_an_apology_after_or_a_partial_offer_are_still_found(
    language: str, text: str
) -> None:
    """R1: an apology after the terms closes the door; a verdict with a partial offer
    after it stays a verdict."""
    assert_rude(text, language)


def test_except_before_and_after_look_one_sentence_each_their_own_way() -> None:
    """packs.py's `except_before` spares a hit whose PREVIOUS sentence holds one of its
    phrases, `except_after` one whose NEXT sentence does; nothing further, nothing the
    other way round (a team pack's rule, built like the built-in ones)."""
    packs = PackSet()
    _add(
        packs,
        {
            "language": "en",
            "rule": [
                {
                    "id": "team.terms",
                    "serves": "R1",
                    "message": "m",
                    "phrases": ["terms you accepted"],
                    "except_before": ["sorry"],
                    "except_after": ["what I can do"],
                }
            ],
        },
        "test",
        team=False,
    )
    _finish(packs)
    rule = packs.languages["en"].rules["team.terms"]

    def hit(text: str) -> bool:
        return bool(rule.matcher.hits(packs.document(text, "en")))

    assert not hit("Sorry about that. It's in the terms you accepted.")
    assert not hit("Sorry.\n\nIt's in the terms you accepted.")  # a blank line: no sentence
    assert not hit("It's in the terms you accepted. What I can do is call you.")
    assert hit("It's in the terms you accepted. Sorry.")  # an apology after
    assert hit("What I can do is call you. It's in the terms you accepted.")  # an offer before
    assert hit("Sorry. Hello. It's in the terms you accepted.")  # two sentences back
    assert hit("It's in the terms you accepted.")


# ---- R1/R6: a kind correction's good news, the customer cleared (model_spare) ----

CORRECTION_KIND = [
    (
        "en",
        "Hi Priya, just a small correction: the 14-day cooling-off period starts when the "
        "contract is signed, not when the kit arrives, so you actually have until 3 March. "
        "The cancellation form is attached.",
    ),
    (
        "en",
        "Hello, I understand the worry. Your account was paused automatically after a "
        "login from a new country — it's a security check, not something you did wrong. "
        "Once you confirm the login by text message, you'll have full access again.",
    ),
    (
        "en",
        "Hi Tom, you haven't done anything wrong. The update resets that setting; I've switched it back.",
    ),
    (
        "ro",
        "Bună, Irina! O mică precizare: perioada de retur curge de la livrare, nu de la "
        "comandă, deci de fapt mai aveți timp până pe 3 martie. Spor!",
    ),
    (
        "ro",
        "Bună ziua, înțeleg îngrijorarea. Contul a fost suspendat automat după o conectare "
        "din altă țară – e o verificare de siguranță, nu ceva ce ați greșit. După ce "
        "confirmați în aplicație, totul se deblochează imediat.",
    ),
    (
        "ru",
        "Здравствуйте! Небольшое уточнение: срок возврата считается с доставки, а не с "
        "заказа, так что на самом деле у вас есть время до 3 марта. Хорошего дня!",
    ),
    (
        "ru",
        "Здравствуйте, понимаю ваше беспокойство. Аккаунт приостановлен автоматически после "
        "входа из другой страны — это проверка безопасности, а не ваша ошибка. После "
        "подтверждения в приложении всё сразу разблокируется.",
    ),
]

CORRECTION_HARSH = [
    ("en", "Did you actually read it?"),
    ("en", "You did it all wrong."),
    ("ro", "Ați citit măcar instrucțiunile?"),
    ("ro", "Ați făcut totul greșit."),
    ("ru", "Вы вообще читали инструкцию?"),
    ("ru", "Вы всё сделали неправильно."),
]


@pytest.mark.parametrize(("language", "text"), CORRECTION_KIND)
def test_a_kind_correction_with_good_news_or_the_customer_cleared_is_quiet(
    language: str, text: str
) -> None:
    """R1/R6: more time, or no fault of theirs, is no verdict on the customer."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), CORRECTION_HARSH)
def test_actually_and_wrong_aimed_at_the_customer_are_still_found(language: str, text: str) -> None:
    """R1/R6: the edge and the negative judgement still count where they judge."""
    assert_rude(text, language)


# ---- R1: „nu după" contrasting two rules, not the customer's timing (ro reply_blame) ----

CONTRAST = [
    (
        "en",
        "Hi Teo! Don't worry, your progress is saved. The certificate appears only after "
        "you pass the final test, not after the last module – that's why you can't see it "
        "yet. Good luck!",
    ),
    (
        "ro",
        "Salut, Dan! Nu-ți face griji, progresul e salvat. Diploma apare abia după "
        "examenul final, nu după ultima lecție – de aceea n-o vezi încă. Mult succes!",
    ),
    (
        "ru",
        "Привет, Дана! Не волнуйтесь, прогресс сохранён. Сертификат появляется только после "
        "итогового теста, а не после последнего модуля, поэтому его сейчас и нет в профиле. "
        "Удачи на тесте!",
    ),
]


@pytest.mark.parametrize(("language", "text"), CONTRAST)
def test_not_after_contrasting_two_rules_is_quiet(language: str, text: str) -> None:
    """R1: when a thing happens, told against when it does not, blames nobody."""
    assert_quiet(text, language)


def test_nu_dupa_is_still_blame_for_the_customers_timing() -> None:
    """R1: „la livrare, nu după.” (when the customer should have acted) is still
    counted as blame at reply level; „nu după ultimul modul” is not."""
    packs = builtin_packs()

    def blamed(text: str) -> bool:
        return bool(packs.find(packs.document(text, "ro"), "reply_blame"))

    assert blamed("Dauna trebuia semnalată la livrare, nu după.")
    assert blamed("Trebuia să ne anunțați în 24 de ore, nu după trei zile.")
    assert not blamed("Diploma apare abia după examenul final, nu după ultima lecție.")


# ---- R1/R8: a plain yes after a greeting (reply_granted; ro.sarcasm's exception) ----

YES_AFTER_GREETING = [
    ("en", "Hi Sam, of course! You can change the delivery address in the app until it ships."),
    ("ro", "Hei, sigur că da! Poți schimba adresa de livrare din aplicație până la expediere."),
    ("ro", "Salut, Dan, desigur! Poți schimba adresa din aplicație, la Comenzi."),
    ("ru", "Привет, Саша, конечно! Адрес можно поменять в приложении, в разделе Заказы."),
]

YES_MOCKED = [
    ("en", "Hi Sam, sure. It's all there in the app."),
    ("ro", "Sigur că da! Și eu sunt regina Angliei."),
    ("ru", "Ну конечно! А ещё вам луну с неба достать?"),
]


@pytest.mark.parametrize(("language", "text"), YES_AFTER_GREETING)
def test_a_plain_yes_after_a_greeting_is_quiet(language: str, text: str) -> None:
    """R1/R8: the request granted, then where to do it."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), YES_MOCKED)
def test_a_mock_yes_or_a_bare_pointer_is_still_found(language: str, text: str) -> None:
    """R1: the mock agreement that runs on, and a pointer thrown back, still count."""
    assert_rude(text, language)


# ---- R1: "not the only one who's mentioned it": the point confirmed, not a put-down ----

OTHERS_AGREE = [
    (
        "en",
        "Thanks for the note on the new invoice layout. I've passed it to the billing team, "
        "as you're not the only one who's asked for the old PDF format.",
    ),
    (
        "ro",
        "Mulțumesc pentru sugestie. Am transmis-o echipei de produs, pentru că nu sunteți "
        "singurul care a cerut exportul în Excel.",
    ),
    (
        "ru",
        "Спасибо за отзыв. Я передала его команде продукта, потому что вы не единственный, "
        "кто попросил вернуть экспорт в Excel.",
    ),
]

PUT_DOWN = [
    ("en", "You're not the only one who's waiting, you know."),
    ("en", "You're not the only customer we have."),
    ("ro", "Nu sunteți singurul care așteaptă."),
    ("ro", "Nu sunteți singurul client pe care îl avem."),
    ("ru", "Вы не единственный, кто ждёт."),
    ("ru", "Вы у нас не единственный клиент."),
]


@pytest.mark.parametrize(("language", "text"), OTHERS_AGREE)
def test_not_the_only_one_who_asked_is_quiet(language: str, text: str) -> None:
    """R1: others asked for the same: the customer's point confirmed."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), PUT_DOWN)
def test_not_the_only_one_waiting_is_still_found(language: str, text: str) -> None:
    """R1: the customer put in their place is still found."""
    assert_rude(text, language)


# ---- R1: an insult by what the customer is (the insult-predicate rules) ----

NAMED = [
    ("en", "Frankly, you're a complete joke."),
    ("en", "Perhaps the problem is simply you."),
    ("ro", "Sunteți de-a dreptul ridicol."),
    ("ro", "Sincer, problema ești tu."),
    ("ru", "Вы просто дилетант."),
    ("ru", "Проблема как раз в тебе."),
]

NOT_NAMED = [
    ("en", "You're a joy to work with, and the problem was on our side."),
    ("en", "The problem you reported is fixed; the joke in the newsletter was ours."),
    ("ro", "Nu sunteți deloc ridicol că întrebați; cazul e închis în favoarea dumneavoastră."),
    ("ro", "Problema dumneavoastră a fost rezolvată."),
    ("ru", "Вы вовсе не дилетант, вопрос хороший."),
    ("ru", "Проблема в вашем роутере: я обновил прошивку."),
]


@pytest.mark.parametrize(("language", "text"), NAMED)
def test_the_customer_named_by_what_they_are_is_found(language: str, text: str) -> None:
    """R1: "you're a …" with a contempt noun, "the problem is you"."""
    assert "insult-predicate" in " ".join(rude_rule_set(text, language)), text


@pytest.mark.parametrize(("language", "text"), NOT_NAMED)
def test_the_same_nouns_negated_or_about_a_thing_are_clean(language: str, text: str) -> None:
    """R1: negated, about a thing, or the customer's problem solved: no insult."""
    assert not [r for r in warnings(text, language) if "insult" in r], text
