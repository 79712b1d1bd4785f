"""pol84, trainP32's polite drafts the tone rules warned (a development split; tuned, not an
estimate), each beside a rude wording that is still flagged (R1, R6). Wordings written for this
test, none a labelled case.

- a colleague's rude words quoted to apologise for them ("My colleague told you to 'read the
  manual …'. That was rude", „Colegul meu v-a scris «citiți manualul»", «он написал вам «всё
  есть на сайте»»), and „Am discutat deja cu el" (our talk with that colleague);
- a leading "No," that states a rule of ours („Nu, legitimația nu este valabilă fără viză",
  «Нет, … доступ к урокам не продлевается»), not a contradiction of the customer;
- «особенно если аромат не подошёл»: "especially", not «вы не особенный».
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    (
        "en",
        "I've read your chat from Monday. My colleague told you to 'stop wasting our time and read "
        "the FAQ'. That was rude, and I'm sorry.",
    ),
    (
        "ro",
        "Am citit conversația. Colegul meu v-a scris „citiți manualul și nu ne mai deranjați”. A "
        "fost nepoliticos și vă cer scuze. Am vorbit deja cu el.",
    ),
    (
        "ru",
        "Я прочитала переписку: наш сотрудник ответил вам «читайте инструкцию, там всё написано». "
        "Так отвечать нельзя, простите нас.",
    ),
    (
        "ro",
        "Nu, abonamentul lunar nu este transferabil pe alt nume, dar îl puteți suspenda gratuit "
        "până la 30 de zile.",
    ),
    (
        "ru",
        "Нет, после отмены заказа бонусы не начисляются, но мы можем вернуть их вручную — "
        "напишите, если нужно.",
    ),
    ("ru", "Понимаю, как это обидно, особенно когда подарок ждали к празднику."),
]
RUDE = [
    ("en", "Read the FAQ before wasting our time."),
    ("ro", "Am discutat deja despre asta. Citiți manualul."),
    ("ru", "Читайте инструкцию, там всё написано."),
    ("ro", "Nu, vă înșelați, taxa e corectă."),
    ("ru", "Нет, вы не правы, всё списано верно."),
    ("ru", "Вы не особенный, ждите как все."),
]
test_pol84_quiet, test_pol84_rude = quiet_and_rude_tests(QUIET, RUDE)
