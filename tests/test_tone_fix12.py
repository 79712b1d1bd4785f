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


@pytest.mark.parametrize(("lang", "text"), POLITE_GUESS)
def test_polite_guess_or_sympathy_is_quiet(lang: str, text: str) -> None:
    assert not rude_rules(text, lang), (text, rude_rules(text, lang))


@pytest.mark.parametrize(("lang", "text"), EXASPERATED)
def test_exasperation_is_still_caught(lang: str, text: str) -> None:
    assert rude_rules(text, lang), text
