"""pol86, trainP32's rude drafts that the rules alone missed (the readers caught them), each beside
a polite counterpart (R1, R6). Wordings written for this test, none a labelled case.

- the customer blamed as a kind: "with customers like you it's impossible …", „Cu clienți ca
  dumneavoastră …", «с такими клиентами, как вы, …», against the praise "customers like you help us";
- blame in hindsight in the Romanian imperfect: „Dacă erați acasă …, curierul nu pleca";
- the argument closed with nothing after it: «Так что давайте не будем.»;
- and trainP33's: thanks for the feedback, filed, and nothing else in the draft ("Thank you for
  your feedback, it has been noted."), against the same words before what we did with it.

trainP33's polite drafts the rules warned stay quiet: a police request on the customer's own
report ("the officer dealing with your report"), the customer's own account warned („Contul tău a
primit un avertisment"), a phishing message called fake („Mesajul este fals").
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    ("en", "We built the new plan with customers like you in mind, and it costs less."),
    ("ro", "Clienții ca dumneavoastră ne ajută să găsim erorile mai repede, mulțumim."),
    ("ro", "Nu pot sări peste verificare, nici măcar pentru clienți vechi ca dumneavoastră."),
    ("ru", "Таких покупателей, как вы, мы очень ценим, поэтому вернули деньги сразу."),
    ("ro", "Dacă nu erați acasă, curierul nu avea cum să lase coletul; l-am reprogramat pe joi."),
    ("ru", "Давайте не будем спешить: сначала я проверю, дошёл ли платёж."),
    (
        "en",
        "Thanks for your feedback, it has been passed on, and I've credited £5 to your account.",
    ),
    ("ro", "Mulțumim pentru sugestie. Am notat-o și am trimis-o echipei, care vă scrie până luni."),
    ("ru", "Спасибо за отзыв! Он будет учтён: я передала его курьерской службе, ответ до среды."),
    (
        "en",
        "At the request of Kent Police we gave them the CCTV footage; the officer handling your case will call you.",
    ),
    ("ro", "Bună, Dan! Contul tău a primit un avertisment pentru limbaj în chat, nu o suspendare."),
    ("ro", "Nu v-am trimis noi SMS-ul acela. Linkul este fals, nu îl deschideți."),
]
RUDE = [
    ("en", "With people like you there's no pleasing anyone. The refund is on its way."),
    ("ro", "Sincer, cu clienți ca dumneavoastră nu se poate lucra. Banii vin în 3 zile."),
    ("ru", "С такими покупателями, как вы, работать невозможно. Деньги вернём."),
    ("ro", "Dacă erați la birou la ora stabilită, curierul nu mai pleca cu plicul."),
    ("ru", "В договоре такого условия нет. Так что давайте не будем."),
    ("en", "Thank you for your comments, they have been noted.\n\nRegards,\nSupport"),
    ("ro", "Vă mulțumim pentru opinie. Politica magazinului rămâne neschimbată. O zi bună!"),
    ("ru", "Спасибо за ваше мнение! Оно будет учтено. Всего доброго!"),
]
test_pol86_quiet, test_pol86_rude = quiet_and_rude_tests(QUIET, RUDE)
