"""pol127: trainP48's rude drafts that only the readers caught, now caught by the rules too (R1, R6),
and its polite drafts the rules warned on, each beside the other reading. Wordings written for this
test, none a labelled case.

- rude: "that's just how the system works", "someone who won't read a simple email", logic mocked
  („cu logica asta", «с такой логикой»), «это уже клиника», «Не подскажу … поищите на сайте, кто»,
  „ați bifat chiar dumneavoastră", „poate de data asta e mai clar", „sunteți primul client care nu";
- polite: an "add-on" is no "it's on you"; the terms cited as the rule's source ("under the terms you
  accepted"); the customer's papers kept off an unsafe channel („nu mai trimiteți acte"); «Ошибка
  наша, в ваших настройках всё в порядке»; «Если перевод делали вы сами»;
- R4: the customer checking out of a hotel or a shop is nothing under way on our side.
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests, warnings

QUIET = [
    ("en", "That £4.99 is the photo add-on you turned on in May; I can switch it off and refund this month."),
    ("en", "Digital items can't be refunded under the terms you accepted, but your account stays open."),
    ("ro", "Din motive de siguranță, vă rog să nu mai trimiteți acte de identitate pe chat; folosiți formularul din cont."),
    ("ru", "Ошибка наша, в ваших настройках всё в порядке. Компенсацию уже начислили."),
    ("ru", "Если платёж делали вы сами, подтвердите его в приложении, и деньги уйдут сразу."),
]  # fmt: skip
RUDE = [
    ("en", "That's just how the system works, I'm afraid. Anything else?"),
    ("en", "I can't help someone who won't read a simple text message."),
    ("ro", "Cu logica asta nu are rost să vă explic. Livrarea se plătește."),
    ("ru", "С такой логикой объяснять бесполезно. Доставка платная."),
    ("ru", "Это уже клиника какая-то, третий раз одно и то же."),
    ("ru", "Не подскажу. Поищите на сайте, кто этим занимается."),
    ("ro", "Ați bifat chiar dumneavoastră opțiunea, deci nu e vina noastră."),
    ("ro", "Hai să reluăm, poate de data asta e mai clar."),
    ("ro", "Felicitări, sunteți primul client care nu găsește butonul."),
]  # fmt: skip
test_pol127_quiet, test_pol127_rude = quiet_and_rude_tests(QUIET, RUDE)


def test_checking_out_of_a_hotel_is_no_open_case() -> None:
    hotel = (
        "Hi Anna, your room is ready and you are checking out at 10 on Friday. Best regards, Sam"
    )
    assert "next-step.missing" not in warnings(hotel, "en")
    ours = "Hi Anna, we are checking out the logs now. Best regards, Sam"
    assert "next-step.missing" in warnings(ours, "en")
