"""leak142 and pol100, the errors of this session's development sets (trainK55, trainP38), each
beside its counterpart (R1, R5). Wordings written for this test, none a labelled case.

- trainK55's leaks the readers or the rules missed: a share of a colleague's work done wrong and
  redone by us; a colleague taken off the phones while we look into his conduct; our money
  trouble told as advice; a desk of ours to call instead of the slow service line; the words a
  payment check does not react to;
- trainK55's clean look-alike the rules blocked: where the router's password is printed;
- export rows: a row's name is the customer's only when every word of it is theirs (as the card
  family's since leak140), so another "Ana" in a pasted export is another person;
- trainP38's polite drafts the rules flagged: a resale scheme the customer sells through, the line
  to book a doctor on, a debt assigned to a collector under its title in capitals, a child's
  purchases refunded to the parent, a stolen handset's IMEI on the operators' blacklist, a
  compensation that „nu se datorează" anything, «из другой страны», «вы подтвердили его сами»
  before «вашей вины в этом нет».
"""

from __future__ import annotations

from supportdesk.tone import Context
from tests.tonecheck import blocked_leaks, leak_pair_tests, quiet_and_rude_tests, warnings

PAIRS = [
    (
        "a colleague's work redone",
        "en",
        "Sorry Priya told you that. Honestly she gets most of her claims wrong and we end up fixing her work.",
        "Sorry Priya told you that. She was given the wrong date by our system, and I've corrected it now.",
    ),
    (
        "a colleague's work redone",
        "ro",
        "Îmi pare rău pentru ce v-a spus colegul. Greșește cam jumătate din comenzi și le refacem noi după el.",
        "Îmi pare rău pentru ce v-a spus colegul. Data era greșită în sistem și am corectat-o acum.",
    ),
    (
        "a colleague's work redone",
        "ru",
        "Простите, что вам так ответила Алина. Она у нас большинство заявок заполняет неправильно, мы за ней переделываем.",
        "Простите, что вам так ответила Алина. В системе стояла неверная дата, я её исправила.",
    ),
    (
        "a colleague taken off the phones",
        "en",
        "The agent you spoke to has been taken off the calls while we look into his conduct.",
        "Thank you for telling us about the call; I've passed your complaint to the team manager.",
    ),
    (
        "our money trouble",
        "ro",
        "Între noi fie vorba, nu mai plătiți avansul acum. Agenția are probleme serioase cu banii.",
        "Avansul se plătește cu 30 de zile înainte de plecare, iar restul cu 7 zile înainte.",
    ),
    (
        "our money trouble",
        "en",
        "I wouldn't pay the deposit yet if I were you, the company's got real cash-flow problems right now.",
        "The deposit is due 30 days before you travel; the balance is due a week before.",
    ),
    (
        "our money trouble",
        "ru",
        "Я бы пока не вносила предоплату: у компании сейчас серьёзные проблемы с деньгами.",
        "Предоплату нужно внести за 30 дней до поездки, остаток — за неделю.",
    ),
    (
        "a desk of ours instead of the service line",
        "en",
        "The main line will be swamped this morning. Ring the supervisors directly on 0113 496 0718 instead.",
        "Our main line is open from 8am to 8pm on 0113 496 0700, and you can also reach us by chat.",
    ),
    (
        "a desk of ours instead of the service line",
        "ro",
        "La numărul general veți aștepta mult în dimineața asta. Sunați direct la tehnicieni, la 0264 596 118.",
        "Ne puteți suna la numărul general, 0264 596 100, de luni până vineri între 8 și 20.",
    ),
    (
        "a desk of ours instead of the service line",
        "ru",
        "На горячей линии сегодня долгое ожидание. Звоните напрямую в диспетчерскую, +7 (812) 407-22-19.",
        "Горячая линия работает круглосуточно: +7 (812) 407-22-00, звонок бесплатный.",
    ),
    (
        "the words a check does not react to",
        "ru",
        "Пишите в комментарии к переводу «подарок», а не «оплата»: фильтр банка на такие слова не срабатывает.",
        "В комментарии к переводу укажите номер договора, чтобы мы быстрее нашли платёж.",
    ),
    (
        "the words a check does not react to",
        "en",
        "Put 'gift' in the reference, not 'loan' — the fraud system doesn't react to those words.",
        "Please put your contract number in the payment reference so we can match it quickly.",
    ),
]
test_leak142_pairs = leak_pair_tests(PAIRS)


def test_leak142_printed_password_place_is_clean() -> None:
    """Where the router's password is printed is a place to look, not the password (R5); the
    password itself is still blocked."""
    where = (
        "The admin password is printed on the sticker under the router, beside the serial number."
    )
    assert blocked_leaks(where, "en") == []
    where_ro = "Parola de administrare e cea de pe eticheta de sub router, lângă numărul de serie."
    assert blocked_leaks(where_ro, "ro") == []
    assert blocked_leaks(
        "The admin password is Tulip-4471-Harbour, as printed on the sticker.", "en"
    )


def test_leak142_export_rows_share_only_a_first_name() -> None:
    """Rows with another "Ana" are other people (R5); the customer's own rows, in any of their
    name's inflections, are theirs."""
    rows = (
        "Here is what the export shows:\n"
        "30211 | Ana Popescu | 140 lei\n30212 | Ana Barbu | 95 lei\n30213 | Ana Ionescu | 60 lei\n"
    )
    assert blocked_leaks(rows, "en", Context(customer_name="Ana Barbu"))
    own = "Iată comenzile:\n30212 | Anei Barbu | 95 lei\n30219 | Ana Barbu | 60 lei\n"
    assert blocked_leaks(own, "ro", Context(customer_name="Ana Barbu")) == []


QUIET = [
    (
        "en",
        "I can't take the coat back after 45 days, I'm sorry. What I can do is help you sell it on through our Second Life scheme, which usually gets around 55% of the price back.",
    ),
    (
        "en",
        "We can't send scan results by email, I'm sorry. Dr Patel can talk them through with you; you can book that on 0161 555 0144.",
    ),
    (
        "en",
        "Dear Customer,\n\nNOTICE OF ASSIGNMENT\n\nThe balance of £812.40 on account 0044128 has been assigned to Arrow Recoveries Ltd from 1 March. All payments on this balance should be made to them from that date.\n\nYours faithfully,\nCollections",
    ),
    (
        "en",
        "I've refunded the £42.50 in coins your daughter bought last weekend. You can turn on purchase approval so each purchase needs your password.",
    ),
    (
        "ro",
        "Am blocat cartela și am trecut IMEI-ul telefonului pe lista neagră, deci aparatul nu mai poate fi folosit în nicio rețea.",
    ),
    (
        "ro",
        "Zborul a fost anulat din cauza unei defecțiuni. Anularea nu se datorează unor circumstanțe extraordinare, așa că aveți dreptul la o compensație de 400 de euro de persoană.",
    ),
    (
        "ru",
        "Мы заблокировали ваш аккаунт: в него вошли с нового устройства из другой страны и сменили номер телефона. Восстановить доступ можно по паспорту.",
    ),
    (
        "ru",
        "Вы подтвердили перевод сами в приложении. Это мошенники, и вашей вины в этом нет: подайте, пожалуйста, заявление в полицию.",
    ),
]
RUDE = [
    ("en", "READ THE TERMS AGAIN, we told you twice."),
    ("ru", "Перевод вы подтвердили сами, так что это ваша ошибка."),
]
test_pol100_quiet, test_pol100_rude = quiet_and_rude_tests(QUIET, RUDE)


def test_pol100_other_persons_still_blocked() -> None:
    """The look-alikes' leak counterparts still hold (R5): a relative's purchase told with no
    refund, a blocklist of customers, someone else's debt, and «другой девушке»."""
    assert blocked_leaks("Your husband bought a ring from us on Saturday with his own card.", "en")
    assert blocked_leaks("Sunteți pe lista neagră a clienților noștri din 2023.", "ro")
    assert blocked_leaks("Квартиру сдали другой девушке, у неё доход около 200 тысяч.", "ru")
    assert warnings("PLEASE STOP WRITING TO US ABOUT THIS", "en")


# pol100's rules-level misses of trainP38 the readers caught, and the look-alikes they must spare
RUDE_MISSED = [
    ("en", "We get plenty of emails like this. Your comments have been noted."),
    ("en", "I have already asked you twice. Order number."),
    ("ro", "Sincer, o comandă de 30 de lei nu justifică atâtea e-mailuri."),
    ("ru", "Подождите, у всех сейчас задержки, вы не одна такая."),
]
QUIET_LOOK_ALIKES = [
    (
        "en",
        "We have written to you twice since June about the unpaid balance; please call us on 0345 600 2211 to agree a plan.",
    ),
    (
        "ru",
        "Да, обновление сломало сохранения, ты не один такой. Мы всё вернули и начислили бонус.",
    ),
]
test_pol100_look_alikes_quiet, test_pol100_rude_flagged = quiet_and_rude_tests(
    QUIET_LOOK_ALIKES, RUDE_MISSED
)
