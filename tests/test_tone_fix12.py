"""fix12: false alarms on the customer's own data (R5) and on polite wording (R1, R6),
each with leaking or rude counterparts of the same shape that must still be caught."""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks

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
    ("ro", "Am trimis codul pe adresa dvs. personală. Colegul a scris de la ion.popescu@gmail.com."),
    ("ro", "Un alt client, adresa dvs. nu, ci ion.popescu@gmail.com, a primit codul."),
]


@pytest.mark.parametrize(("lang", "text"), OWN_ADDRESS)
def test_own_address_is_not_blocked(lang: str, text: str) -> None:
    assert not blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), OTHERS_ADDRESS)
def test_someone_elses_address_is_still_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text
