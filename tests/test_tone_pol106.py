"""pol106: this session's judges' misses (blind76, heldK51), read after their judged run, each
beside its counterpart. Wordings written for this test, none a labelled case.

- polite drafts the rules flagged: a look into the matter that ended with the fee waived (R4);
  a breach in the news that was another company's, and passwords we cannot see (R5); our own
  screen to be made "more obvious" (R1);
- clean look-alikes the rules blocked: a merger said in its sentence to be announced; a form's
  stock sample name after "for example"; a default login printed on the device's sticker (R5);
- rude drafts both readers missed: "What now?", "leave it with us grown-ups" (R1);
- leaks both readers missed: a colleague judged to whoever's call they took, an internal route
  told and then "we're not supposed to say this" (R5).
"""

from __future__ import annotations

from tests.tonecheck import (
    blocked_leaks,
    leak_pair_tests,
    quiet_and_rude_tests,
    still_blocked_tests,
)

QUIET = [
    (
        "en",
        "Hi Jo, I did look into this. The notice period applies, but after six years with us I've waived the fee.",
    ),
    (
        "en",
        "The breach in the news affected a different payment provider; our systems were not involved.",
    ),
    (
        "ru",
        "Утечка, о которой писали, затронула другую компанию. Пароли мы храним зашифрованными и сами их не видим.",
    ),
    (
        "en",
        "You're right, that link is hard to find. We're putting it somewhere more obvious next month.",
    ),
    (
        "ro",
        "Fuziunea cu grupul german a fost anunțată oficial ieri; contul dvs. rămâne neschimbat.",
    ),
    ("ru", "Фамилию, имя и отчество впишите полностью, например: Иванов Иван Иванович."),
    (
        "ru",
        "Откройте 192.168.1.1. Логин и пароль по умолчанию — admin/admin, они указаны на наклейке на корпусе.",
    ),
]
RUDE = [
    ("en", "What now?"),
    ("en", "Honestly, leave the settings to the grown-ups and we'll sort it."),
    ("en", "Obviously the button is at the top."),
]
test_pol106_polite_quiet, test_pol106_rude_flagged = quiet_and_rude_tests(QUIET, RUDE)

STILL_BLOCKED = [
    # our own breach, and how we store passwords
    ("en", "We had a breach last week: the customer database with password hashes was copied."),
    ("ru", "Пароли хранятся в базе, и в системе он у нас виден."),
    # a merger not yet public, to be announced later
    ("ru", "Нашу сеть покупает «Вектор», сделку уже подписали, просто объявят позже."),
    # a real person after "for example", with what is told of them
    (
        "ru",
        "Например, Иванов Иван Иванович из 12-й квартиры тоже жаловался, тел. +7 916 111-22-33.",
    ),
    # a default login left on every installed device, with no sticker or change
    (
        "ru",
        "Логин и пароль у всех камер по умолчанию — admin/Cam2024!, мы их не меняем при установке.",
    ),
]
test_pol106_leaks_still_blocked = still_blocked_tests(STILL_BLOCKED)

PAIRS = [
    (
        "a colleague judged to whoever's call they took",
        "ro",
        "Colegul care a preluat apelul dvs. e cam leneș și nu completează tichetele. Am refăcut eu cererea.",
        "Colegul care a preluat apelul dvs. a notat greșit adresa; am refăcut eu cererea.",
    ),
    (
        "a colleague judged to whoever's call they took",
        "en",
        "The colleague who took your call is a bit scatterbrained, sorry. I've redone the request.",
        "The colleague who took your call noted the wrong address, sorry. I've redone the request.",
    ),
    (
        "an internal route told, then kept back",
        "ru",
        "Напишите в претензии про суд, такие обращения уходят юристам и их оплачивают сразу. Нам это говорить не положено.",
        "Претензию можно подать в личном кабинете, ответ придёт в течение 10 дней.",
    ),
    (
        "an internal route told, then kept back",
        "ro",
        "Nu avem voie să vă spunem asta, dar cererile care pomenesc instanța merg la juriști și se plătesc repede.",
        "Cererea o puteți depune din contul dvs.; răspundem în 10 zile.",
    ),
]
test_pol106_pairs = leak_pair_tests(PAIRS)


def test_pol106_refusal_stays_clean() -> None:
    """«… нам сообщать не положено» in the sentence that keeps the thing back is a refusal (R5)."""
    text = "Подробности внутренней проверки нам сообщать не положено. Результат придёт письмом."
    assert blocked_leaks(text, "ru") == []
