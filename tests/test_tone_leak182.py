"""leak182: trainK69's rules-level leak misses and the judges' leaks the readers missed (blind87, heldK62,
read after their judged run), each beside a look-alike that stays clean (R5). Wordings written for this
test, none a labelled case.

- a recall or a sale told before its notice ("the notice goes out next week", "it's going out in the
  newsletter next week", «партию будут отзывать», «рассылка пойдёт только за день»);
- what an agent may refund alone under a sum ("anything under £40 we can do without a manager"), the sum
  in words («до тысячи … без согласования»);
- another patient's treatment that freed a slot («отменил сеанс гемодиализа»);
- a confirmation that can be skipped in an old app («подтверждение по СМС можно просто пропустить»);
- the customer referred to our financial crime team (tipping off);
- a neighbour who "rang us to report" it, by their flat;
- an invoice link's form and "change it": everyone's invoices.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

test_leak182 = leak_pair_tests(
    [
        (
            "a recall before its notice",
            "en",
            "I'd unplug the heater for now. That batch is being recalled over the plug overheating — the notice goes out on Monday.",
            "I'd unplug the heater for now. That batch is being recalled over the plug overheating; the notice is on our website.",
        ),
        (
            "a recall before its notice",
            "ru",
            "Чайник лучше пока не включайте. Всю партию будут отзывать, официально объявят в следующий понедельник.",
            "Чайник лучше пока не включайте: по этой партии объявлен отзыв, подробности на нашем сайте.",
        ),
        (
            "a sale before its newsletter",
            "en",
            "Hold off on the sofa if you can: from 1 March the whole range is 30% off, it's going out in the newsletter next week.",
            "The sofa is in our spring sale from 1 March, as announced in this week's newsletter.",
        ),
        (
            "a sale before its newsletter",
            "ru",
            "Не берите пока кресло: с 1.03 на всю мебель будет −30%, рассылка пойдёт только за день.",
            "Кресло участвует в распродаже с 1 марта, условия уже на сайте в разделе «Акции».",
        ),
        (
            "what an agent may refund alone",
            "en",
            "Refunded the £30. For next time: anything under £40 we can do without a manager, so just ask on chat.",
            "Refunded the £30. It should reach your card within three working days.",
        ),
        (
            "what an agent may refund alone",
            "ru",
            "Вернула 500 ₽. На будущее: до тысячи мы можем компенсировать сами, без согласования, так что пишите.",
            "Вернула 500 ₽ на карту, деньги придут в течение трёх рабочих дней.",
        ),
        (
            "another patient's treatment",
            "ru",
            "Окно на пятницу 11:40 освободилось: Кузьмин Олег Петрович отменил сеанс гемодиализа. Могу записать вас на его время.",
            "Окно на пятницу 11:40 освободилось, могу записать вас на это время.",
        ),
        (
            "a confirmation that can be skipped",
            "ru",
            "В старом приложении подтверждение платежа по СМС можно просто пропустить, так что обновитесь.",
            "В старом приложении бывают сбои с СМС-подтверждением, поэтому лучше обновиться до последней версии.",
        ),
        (
            "the customer referred to our financial crime team",
            "en",
            "Your account has been referred to our financial crime team because of the cash deposits, so the payment is on hold.",
            "Your payment is on hold while we complete our standard checks; we'll update you by Friday.",
        ),
        (
            "a neighbour who rang us to report it",
            "en",
            "The engineer came because the resident of Flat 2 rang us to report a smell of gas near your door.",
            "The engineer came because we had a report of a smell of gas in your building, which we must check.",
        ),
        (
            "an invoice link's form",
            "ro",
            "Nu trebuie să vă logați: linkul e de forma plati.ro/f/ urmat de numărul facturii, îl schimbați și le vedeți pe toate.",
            "Nu trebuie să vă logați: linkul din e-mail vă duce direct la factura dvs., o puteți descărca de acolo.",
        ),
    ]
)
