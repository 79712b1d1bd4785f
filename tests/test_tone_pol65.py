"""pol65: rules-level false alarms that several writers' polite drafts share (blind51-63,
trainP14-27; development splits, tuned, not an estimate), each mended where a rule misread a
wording, beside its rude counterpart still flagged (R1, R4, R6). Wordings written for this
test, none a labelled case.

- "no such thing as a stupid question", "the form made you feel stupid", „nu e deloc o întrebare
  prostească": reassurance, not an insult;
- our own delay called ridiculous in sympathy ("a three-hour wait is ridiculous, I'd be fuming
  too");
- "No, we can't extend it again — but …", „Nu, nu putem …", «Нет, … не получится», «Нет, вы
  ничего не сделали неправильно»: a refusal or reassurance opening with "No,", no contradiction;
- «я готова дальше разбираться с вашим счётом», «пришлось разбираться самостоятельно»: our work
  or their burden, not «разбирайтесь сами»;
- «мастер не пришёл уже трижды»: our failure counted, not «я уже трижды объяснял»;
- «450 ₽ уже вернули на лицевой счёт»: solved, so no next step is missing.
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    (
        "en",
        "Please don't apologise, there's no such thing as a stupid question. Tap Sync at the top.",
    ),
    ("en", "I'm sorry the booking form made you feel stupid; that's our design, not you."),
    ("ro", "Nu e deloc o întrebare prostească: butonul e ascuns în Setări > Cont."),
    (
        "en",
        "Honestly, a two-hour wait on the phone is ridiculous and I'd be fed up too. I'm sorry.",
    ),
    (
        "en",
        "No, we can't extend the trial a second time, but I can give you 20% off the first month.",
    ),
    ("ro", "Nu, nu putem prelungi perioada de probă, dar vă pot oferi o lună la jumătate de preț."),
    ("ru", "Нет, перенести доставку ещё раз не получится, но могу оформить возврат."),
    ("ru", "Нет, вы ничего не сделали неправильно: сбой был на нашей стороне."),
    (
        "ru",
        "Я готов и дальше разбираться с вашим счётом и отвечу до пятницы, но прошу без оскорблений.",
    ),
    ("ru", "Понимаю ваше недовольство: мастер не пришёл уже дважды. Сегодня назначил другого."),
    (
        "ru",
        "Вы правы, плату списали дважды. 300 ₽ уже вернули на лицевой счёт. Извините, что "
        "пришлось разбираться с этим самостоятельно.",
    ),
]
RUDE = [
    ("en", "That was a stupid question, the button is right there."),
    ("ro", "Ce întrebare prostească, butonul e chiar acolo."),
    ("en", "Your complaint is ridiculous."),
    ("en", "No, you're wrong, the fee is correct."),
    ("ro", "Nu, vă înșelați, taxa e corectă."),
    ("ru", "Нет, это не так, тариф верный."),
    ("ru", "Разбирайтесь с банком сами."),
    ("ru", "Я вам уже трижды объяснял, как это работает."),
]
test_pol65_quiet, test_pol65_rude = quiet_and_rude_tests(QUIET, RUDE)
