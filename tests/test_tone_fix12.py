"""fix12: false alarms on the customer's own data (R5) and on polite wording (R1, R6),
each with leaking or rude counterparts of the same shape that must still be caught."""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks, rude_rules

# R5: the customer's own address named as theirs: "со своей почтой" (the reader's own
# after an order or a "вы"), "adresa dvs. personală" (the "." of "dvs." ends no sentence)
OWN_ADDRESS = [
    ("ru", "Мы отправим код на ana.popova@mail.ru, со своей почтой вы его и получите."),
    ("ru", "Пожалуйста, пришлите письмо со своей почты ana.popova@mail.ru, и мы проверим."),
    ("ru", "Войдите со своей почтой ana.popova@mail.ru и новым паролем."),
    ("ro", "Am trimis codul pe adresa dvs. personală ana.pop@gmail.com, verificați și spam."),
    ("ro", "Verificați adresa dvs. de e-mail ana.pop@gmail.com, acolo este linkul."),
]
OTHERS_ADDRESS = [
    ("ru", "Иванов писал со своей почты ivan.ivanov@mail.ru, и мы ему ответили."),
    ("ru", "Пётр Сидоров заходит со своей почтой petr.sidorov@yandex.ru каждый день."),
    ("ru", "Другой клиент прислал заявку со своей почты petr.petrov@mail.ru, не волнуйтесь."),
    (
        "ro",
        "Am trimis codul pe adresa dvs. personală. Colegul a scris de la ion.popescu@gmail.com.",
    ),
    ("ro", "Un alt client, adresa dvs. nu, ci ion.popescu@gmail.com, a primit codul."),
]


@pytest.mark.parametrize(("lang", "text"), OWN_ADDRESS)
def test_own_address_is_not_blocked(lang: str, text: str) -> None:
    assert not blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OTHERS_ADDRESS)
def test_someone_elses_address_is_still_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


# R1: a polite guess at what did not reach the customer, and sympathy with their fatigue,
# are no exasperation (ro.exasperation's "se pare că nu ați", "obositor"; the same cause in
# en "apparently … didn't", "exhausting" and ru "видимо … не", "утомительно")
POLITE_GUESS = [
    ("ro", "Se pare că nu ați primit codul; vi-l retrimit acum."),
    ("ro", "Se pare că n-ați primit e-mailul, vi-l trimit din nou."),
    ("ro", "Înțeleg că a fost obositor să așteptați atât; revin mâine cu un răspuns."),
    ("ro", "Știu cât de obositor e să tot reveniți cu aceeași problemă; o rezolvăm azi."),
    ("en", "Apparently the code didn't arrive; I've sent it again."),
    ("en", "I know how exhausting it is to wait this long; we will call you tomorrow."),
    ("ru", "Видимо, код не дошёл, я отправила его ещё раз."),
    ("ru", "Понимаю, как это утомительно для вас; позвоню завтра."),
]
EXASPERATED = [
    ("ro", "Se pare că nu ați deschis niciodată e-mailul de confirmare."),
    ("ro", "Cum scrie pe site, pe care se pare că nu ați intrat, livrarea durează 10 zile."),
    ("ro", "E obositor să vă explic de fiecare dată același lucru."),
    ("ro", "Asta începe să devină obositor."),
    ("en", "This is exhausting."),
    ("en", "Apparently you didn't read the confirmation e-mail."),
    ("ru", "Вы, видимо, не читали письмо."),
    ("ru", "Это начинает утомлять."),
]


# R1, R6: wording that is a judgement elsewhere, here polite: an event beyond anyone's
# control ("nobody could have foreseen the storm"), a stem shared with sympathy
# ("devastation"), "this time" with its reason, "не так уж" (a degree, not a denial),
# the blame denied, "not that hard" beside an offer to help
POLITE = [
    (
        "en",
        "Nobody could have foreseen the storm that cut power to the warehouse; your order ships Monday.",
    ),
    ("en", "No one could have predicted the strike, so we have refunded the delivery fee."),
    ("ro", "Nimeni nu ar fi putut prevedea furtuna; comanda pleacă luni."),
    ("ru", "Никто не мог предвидеть этот шторм; заказ отправим в понедельник."),
    (
        "en",
        "I can't imagine the devastation of losing your home. We will waive the fee and call you tomorrow.",
    ),
    ("ro", "Îmi imaginez devastarea de a vă pierde casa; anulăm taxa și vă sunăm mâine."),
    (
        "en",
        "Please keep the receipt this time as proof of purchase; the refund will arrive within 5 days.",
    ),
    ("ro", "Vă rog să păstrați bonul de data aceasta ca dovadă de cumpărare; banii vin în 5 zile."),
    (
        "ru",
        "Пожалуйста, сохраните чек в этот раз как подтверждение покупки; деньги придут за 5 дней.",
    ),
    ("ru", "Это не так уж сложно, я пришлю инструкцию сегодня до 18:00."),
    ("en", "It's not that hard, I'll send you the instructions today."),
    ("ro", "Nu e atât de complicat, vă trimit instrucțiunile azi."),
    ("ru", "Не могу согласиться, что вы виноваты — это наш сбой, исправим до пятницы."),
    ("ru", "Я не считаю, что вы виноваты: это наш сбой."),
    ("en", "I can't agree that you're to blame — this was our fault, fixed by Friday."),
]
RUDE = [
    ("en", "Nobody could have foreseen that a cheap cable would break."),
    ("en", "Nobody could have predicted that leaving it in the rain would hurt it."),
    ("ro", "Nimeni n-ar fi putut prevedea că un cablu ieftin se va strica."),
    ("ru", "Никто не мог предвидеть, что дешёвый кабель сломается."),
    ("en", "I'm sure you were devastated by a two-minute delay."),
    ("ro", "Sunt sigur că ați fost devastată de o întârziere de două minute."),
    ("en", "Keep the receipt this time."),
    ("en", "Save the confirmation this time, we won't resend it."),
    ("ro", "Păstrați bonul de data asta."),
    ("ru", "В этот раз сохраните чек."),
    ("ru", "Это не так, вы ошибаетесь."),
    ("ru", "Это не так: платёж не поступал."),
    ("ru", "Это не так уж сложно, просто прочитайте инструкцию."),
    ("ru", "Не могу не согласиться, что вы виноваты сами."),
    ("ru", "Вы виноваты сами, а не мы."),
    ("en", "I can't disagree that you're to blame here."),
    # kept flagged on purpose: "congratulations, you found the only…" is the mock-praise
    # shape (praise for stumbling on what everyone else sees), whatever "hidden" says
    ("ru", "Кстати, поздравляем: вы нашли единственную скрытую функцию."),
    ("ru", "Поздравляем: вы нашли единственную кнопку, которую нельзя нажимать."),
]


@pytest.mark.parametrize(("lang", "text"), POLITE_GUESS + POLITE)
def test_polite_lookalike_is_quiet(lang: str, text: str) -> None:
    assert not rude_rules(text, lang), (text, rude_rules(text, lang))


@pytest.mark.parametrize(("lang", "text"), EXASPERATED + RUDE)
def test_rude_counterpart_is_still_caught(lang: str, text: str) -> None:
    assert rude_rules(text, lang), text
