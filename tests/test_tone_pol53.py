"""pol53, on blind57's false alarms (a development split since its judged run; tuned, not an
estimate): polite wordings that must stay quiet beside rude ones that must still be flagged
(R1, R4, R5, R6). Wordings written for this test, none a labelled case.

- "a different member of the team will review it" is a colleague, not another customer: a
  hinted window's end no longer hides a lookahead from its pattern (leakfinding.hinted);
- "we'd rather you told people how it went": "you people" only as one phrase (en.insult);
- "Whatever you decide, I've …": the choice left to the customer (`choice_left`);
- «спорить не будем: новый заказ уже отправлен за наш счёт»: not arguing, something given
  (`argue_conceded`, ru);
- a correction owned as unclear ("Sorry that wasn't clearer", «Согласна, это было написано
  мелко»: `correction_acknowledged`, also no `reply_dispute` in ru);
- „O secundă, verific imediat.”: the check under way now is a next step (R4);
- «входящий номер 2024/Пр-318»: an incoming reference number, no sign-in pair.

And on trainP22's (a development split): where a complaint stands ("Your complaint is still
open"), the agent's own slip („Trebuia să verific"), a place not served («в Калининград пока не
доставляем»), a debt read back with its contract number („contractul de credit nr. 77341") and
a balance to be refunded to the heir («вернуть остаток — 7 450 ₽»).
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, quiet_and_rude_tests

QUIET = [
    (
        "en",
        "I'm sorry this isn't the answer you wanted. Buyer Protection doesn't cover a change of "
        "mind, but you can appeal within 14 days and another member of our team will look at it.",
    ),
    (
        "en",
        "Thanks for the honest feedback. Post the review if you like; we'd rather you told people "
        "exactly how it went. I've refunded the delivery fee today.",
    ),
    (
        "en",
        "Whatever you choose, I'll keep the replacement reserved for you until Friday. Thanks for "
        "your patience, Lena.",
    ),
    (
        "en",
        "Actually, the voucher only applies to full-price items, so the sale boots didn't "
        "qualify. We should have made that clearer on the page. I've extended it by a month.",
    ),
    (
        "ru",
        "Курьер отметил доставку, но раз посылка к вам не попала, спорить не будем: замену "
        "отправили за наш счёт, ожидайте в четверг.",
    ),
    (
        "ru",
        "Вообще-то скидка действует только на новые коллекции. Согласен, на сайте это было "
        "указано мелко, — уже передал коллегам. Могу продлить купон на месяц.",
    ),
    ("ro", "Un moment, vă rog, mă uit acum în comandă."),
    # trainP22
    (
        "en",
        "Thanks for waiting, Ruth. Your complaint is still open under reference 40017, and a "
        "manager will email you within two working days.",
    ),
    (
        "ro",
        "Ne pare rău, ieri v-am spus greșit că transportul e gratuit. Trebuia să verific înainte, "
        "greșeala e a mea, așa că am scos taxa de livrare de pe comandă.",
    ),
    ("ru", "Спасибо за вопрос! К сожалению, в Калининград мы пока не доставляем."),
]
RUDE = [
    ("en", "You people never read the terms."),
    ("en", "Whatever you decide is up to you. The policy isn't changing."),
    ("ru", "Спорить не будем: деньги не вернём."),
    ("ru", "Вообще-то скидка действует только на новые коллекции. Читайте внимательнее."),
    ("en", "Actually, the voucher only applies to full-price items. Read the terms next time."),
    ("en", "Your complaint is baseless, so there is nothing to refund."),
    ("ro", "Trebuia să verificați formatul înainte să trimiteți fișierul."),
]


test_polite_wording_stays_quiet, test_rude_counterpart_still_flagged = quiet_and_rude_tests(
    QUIET, RUDE
)


def test_a_colleague_is_no_other_customer_but_another_buyer_by_name_is() -> None:
    colleague = (
        "We can't refund it under Buyer Protection. A different member of the team will review "
        "your appeal."
    )
    assert not blocked_leaks(colleague, "en")
    assert blocked_leaks(
        "We can't refund it under Buyer Protection. A different buyer, Jane Pike from York, "
        "had the same order.",
        "en",
    )


def test_an_incoming_reference_number_is_no_sign_in_pair() -> None:
    letter = "В дальнейшей переписке просим указывать входящий номер 2024/Пр-318."
    assert not blocked_leaks(letter, "ru")
    assert blocked_leaks("Для входа: admin / Пр-318xQz", "ru")  # a sign-in pair still is


def test_the_readers_own_debt_and_refund_are_no_one_elses_money() -> None:
    letter = (
        "Stimate domnule Moldovan,\n\nV-am transmis notificări privind suma restantă de 2.380 de "
        "lei din contractul de credit nr. 77341. Puteți stabili un plan de plată cu noi.\n\n"
        "Cu stimă,\nDepartamentul Colectare"
    )
    assert not blocked_leaks(letter, "ro")
    heir = (
        "Примите наши соболезнования. Абонемент вашего отца действует до 30 ноября: можем "
        "переоформить его на вас или на другого члена семьи, либо вернуть остаток — 7 450 ₽."
    )
    assert not blocked_leaks(heir, "ru")
    # a neighbour's flat in debt, and a relative's balance told as such, still are (R5)
    assert blocked_leaks("Apartamentul nr. 12 are o restanță de 300 de lei la întreținere.", "ro")
    assert blocked_leaks("На счёте вашего брата сейчас 7 450 ₽.", "ru")
