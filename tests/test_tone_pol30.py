"""Polite false alarms fixed in the twenty-second session, seen on blind42 and trainP5
(development splits) and fixed by mechanism, with wordings written for this test (R1, R6):

- en: "that's hard to read / to hear" is sympathy with the news as its subject, not the
  degree "is it that hard to …" the construction model reads as contempt;
- ro: "oricât" stems as "orice": "Orice ați hotărî" (whatever you decide) is no "oricât
  ați insista" (however much you insist), which stays contempt;
- the reply-level model's fault list read a denied fault («не по Вашей вине», "not due to
  your", „nu din vina dvs.") and what was done to the customer without them («операции,
  которые Вы не совершали», "payments you didn't make") as blame; "we got this wrong" is an
  admission, like "we got it wrong";
- a wish for the trip or for health («Хорошей дороги!», "Safe travels!", „Drum bun!") is
  warmth: the reply is not cold;
- a refusal that points to what the customer can do instead („Vă încurajăm să aplicați
  pentru …") gives them their next step (R4);
- trainP5: a question called not stupid («совсем не глупый вопрос»); our service or app
  that worked badly, owned („a funcționat atât de prost", „o experiență proastă"); "no fault
  of yours" («Вашей вины тут нет»); «мы никогда не спрашиваем код» and «пока всё не решим»
  (until) are no curt refusal; «не буду спорить с тем, как это выглядело» concedes; the
  customer's weariness imagined with them («представляю, как тебе надоело», „probabil
  te-ai săturat"); «должны были заметить мы, а не вы» owns it; "for anyone other than the
  account holder"; trouble announced as fixed under "good news"; a proposal put as a
  question („Ți-ar conveni?"); "<PID>" in `kill -9 <PID>` is a command's parameter, and an
  app's warning („avertismentul va dispărea") no colleague's disciplinary matter;
- the customer greeted with a Romanian title, the sentence running on ("Bună ziua, doamna
  Ilie, și vă mulțumim …"), is the customer: their treatment is no one else's health (R5).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, assert_rude, blocked_leaks, warnings


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I know that's hard to hear after such a long wait. The assessor's report is attached to the claim page.", "en"),
        ("Orice veți decide, vă stăm la dispoziție cu toate documentele de care aveți nevoie.", "ro"),
        ("We got that wrong. The refund went to an old card; I've sent it again to the new one today.", "en"),
        ("Официально ранний заезд платный, это есть в правилах. Но раз поезд пришёл раньше не по Вашей вине, мы эту плату отменим. Приятной поездки!", "ru"),
        ("Чтобы Вы не волновались: по списаниям, которые Вы не совершали, мы открыли проверку. Деньги вернутся на счёт в течение пяти рабочих дней.", "ru"),
    ],
)  # fmt: skip
def test_blind42_mechanisms_are_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Is it really that hard to read the manual before you write to us?", "en"),
        ("Oricât ați insista, răspunsul rămâne același.", "ro"),
        ("Это произошло по Вашей вине: Вы не передали показания вовремя.", "ru"),
    ],
)  # fmt: skip
def test_what_those_words_were_mistaken_for_is_still_rude(text: str, language: str) -> None:
    assert_rude(text, language)


def test_the_greeted_customer_with_a_title_is_the_customer() -> None:
    text = (
        "Bună ziua, doamna Stoica, și mulțumim pentru răbdare. Tratamentul recomandat de medicul "
        "dumneavoastră poate fi ridicat de la farmacia noastră de mâine, după ora 10."
    )
    assert_quiet(text, "ro")


def test_a_refusal_with_what_to_do_instead_has_its_next_step() -> None:
    text = (
        "Din păcate, dosarul nu îndeplinește condițiile pentru bursa socială, așa că nu v-o "
        "putem acorda. Vă recomandăm să aplicați pentru bursa de merit, unde media "
        "dumneavoastră se încadrează."
    )
    assert_quiet(text, "ro")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Это вовсе не глупый вопрос, так бывает у многих. Списание вернётся за три дня.", "ru"),
        ("Îmi pare rău că serviciul a funcționat atât de prost săptămâna trecută; am remediat problema azi.", "ro"),
        ("Вашей вины здесь нет: это дефект партии. Заменим устройство в понедельник.", "ru"),
        ("Мы никогда не спрашиваем пароль по телефону. Если звонят от нашего имени, кладите трубку.", "ru"),
        ("Представляю, как вам надоело ждать ответа. Я взял заявку себе и напишу завтра до обеда.", "ru"),
        ("Это должны были заметить мы, а не вы. Лишнее списание уже вернули.", "ru"),
        ("We can't share the booking with anyone other than the lead guest, but they can add you in the app.", "en"),
        ("Good news: the hold on your card has been lifted. If the payment still says declined, try once more.", "en"),
        ("Probabil v-ați săturat să tot resetați modemul. Vă trimitem unul nou joi, v-ar conveni?", "ro"),
        ("If the app hangs, stop it with `kill -9 <PID>` and start it again; nothing is lost.", "en"),
        ("Reinstalați aplicația și avertismentul nu mai apare.", "ro"),
    ],
)  # fmt: skip
def test_trainp5_mechanisms_are_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Какой глупый вопрос, всё написано в договоре.", "ru"),
        ("Ce întrebare proastă, citiți contractul.", "ro"),
        ("Сами виноваты, надо было читать условия.", "ru"),
        ("Dear <NAME>, your order has shipped.", "en"),
    ],
)  # fmt: skip
def test_what_the_trainp5_words_stood_for_is_still_flagged(text: str, language: str) -> None:
    assert warnings(text, language), text


# pol30b: blind43's false alarms after its judged run, by mechanism (wordings written here)
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I can see you feel overlooked after three e-mails with no answer. I'll call you today.", "en"),
        ("You're not to blame here: the label was printed wrong in our warehouse.", "en"),
        ("I've added the refund you should have been given last month; it shows tomorrow.", "en"),
        ("Da, a fost un bug stupid de-al nostru la export. L-am reparat azi.", "ro"),
        ("Problema nu este la routerul dumneavoastră, ci la centrala din cartier; revine diseară.", "ro"),
        ("Înțeleg de ce suma pare exagerată. Vă trimit azi calculul pe luni.", "ro"),
        ("For your security we can't change the address by e-mail; please confirm it in the app.", "en"),
    ],
)  # fmt: skip
def test_blind43_mechanisms_are_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("You ignored every reminder we sent.", "en"),
        ("You should have read the terms before ordering.", "en"),
    ],
)  # fmt: skip
def test_what_the_blind43_words_stood_for_is_still_flagged(text: str, language: str) -> None:
    assert warnings(text, language), text


@pytest.mark.parametrize(
    ("text", "language", "blocked"),
    [
        ("Username: <your e-mail address>\nPassword: <your password>", "en", False),
        ("Логин: <ваш e-mail>\nПароль: <ваш пароль>", "ru", False),
        ("Отображение заказов отставало из-за сбоя на crm-prod-msk-02.int, его перезапустили.", "ru", True),
        ("The treaty text is published on who.int and un.int.", "en", False),
    ],
)  # fmt: skip
def test_slots_with_spaces_and_int_hosts(text: str, language: str, blocked: bool) -> None:
    assert bool(blocked_leaks(text, language)) is blocked, text
