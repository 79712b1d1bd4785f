"""pol120: blind80's and heldK55's misses and false alarms, read after their judged run (R1, R5,
and the mood the guidance rests on), each beside the wording that stays flagged. Wordings written
for this test, none a labelled case.

- rude: "Come back tomorrow." / „Reveniți mâine." / «Звоните завтра.» as the whole answer, and
  «Некогда сейчас.» (the packs' shrug rules);
- the wording leak head's whole-reply verdict on a reply whose only data are the customer's own,
  read back (readback.only_own_values);
- a notice sent to every customer and where to read it (the packs' `published`);
- a boundary set on abuse, with its condition ("I'm not able to continue this conversation if …"):
  the packs' `reader_spared`, so the whole-reply head does not read it as curt;
- whether someone else used the customer's account, asked and not told („dacă credeți că altcineva
  v-a folosit contul", «если думаете, что аккаунтом пользовался кто-то другой»): the packs'
  `reader_leak_spared`;
- «Читайте договор внимательно перед подписанием»: advice, not «читайте внимательнее» (a word-form now,
  the stems of the two being one) nor the terms thrown back (the packs' model_spare), a flag left from
  the fifty-eighth session;
- mood: praise opening a complaint and "Well done." / „Felicitări." / «Так держать.» closing it is
  sarcasm (the packs' `mock_closing`), and the meaning model's "positive" does not undo the rules'
  sarcastic praise.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import analyze, lint
from supportdesk.tone.reader import shared_reader
from tests.tonecheck import quiet_and_rude_tests, reader_blocks

QUIET = [
    (
        "en",
        "Our branch is closed today for stocktaking, sorry. Please come back tomorrow, we open at 9.",
    ),
    (
        "ro",
        "Ne pare rău, azi filiala e închisă pentru inventar. Vă rugăm să reveniți mâine, deschidem la 9.",
    ),
    (
        "ru",
        "Извините, сегодня отделение закрыто на инвентаризацию. Приходите, пожалуйста, завтра с 9:00.",
    ),
]
LOUD = [
    ("en", "We close at 6. It's 5:58. Come back tomorrow."),
    ("ro", "Programul e până la 18. E 17:58. Reveniți mâine."),
    ("ru", "Некогда сейчас. Звоните завтра."),
    ("ru", "Читайте повнимательнее, там всё написано."),
]
test_polite_wording_is_not_flagged, test_rude_wording_is_flagged = quiet_and_rude_tests(QUIET, LOUD)


def test_a_reply_holding_only_the_customers_own_data() -> None:
    fields = {
        "customer_name": "Elena Munteanu",
        "customer_email": "elena.munteanu@gmail.com",
        "customer_phone": "0722 418 390",
    }
    own = (
        "Bună ziua, doamna Munteanu,\n\nVă confirmăm datele de contact pe care le avem: "
        "elena.munteanu@gmail.com și 0722 418 390. Dacă s-a schimbat ceva, scrieți-ne.\n\nCu stimă, Echipa Clienți"
    )
    assert reader_blocks(own, "ro", fields) == []
    other = (
        "Bună ziua, doamna Munteanu,\n\nDatele vecinei care a primit coletul sunt: "
        "ana.pavel@yahoo.com și 0744 901 233.\n\nCu stimă, Echipa Clienți"
    )
    assert reader_blocks(other, "ro", fields)


def test_a_notice_sent_to_every_customer() -> None:
    notice = (
        "As we emailed all customers in March, the monthly plan goes up by £2 from 1 June. "
        "You can read the full notice at example-broadband.co.uk/prices."
    )
    assert reader_blocks(notice, "en", {}) == []


@pytest.mark.parametrize(
    ("language", "sarcastic", "glad"),
    [
        (
            "en",
            "Brilliant service, thanks. Fourth day without hot water and no word from anyone. Keep it up.",
            "Brilliant service, thanks. The plumber came the same day and fixed it. Keep it up!",
        ),
        (
            "ro",
            "Bravo, ce firmă serioasă. A treia zi fără apă caldă și nimeni nu răspunde. Felicitări.",
            "Bravo, ce firmă serioasă. Instalatorul a venit în aceeași zi și a reparat tot. Felicitări!",
        ),
        (
            "ru",
            "Прекрасный сервис, спасибо. Третий день без горячей воды, и никто не отвечает. Так держать.",
            "Прекрасный сервис, спасибо. Мастер пришёл в тот же день и всё починил. Так держать!",
        ),
    ],
)
def test_praise_around_a_failure_is_sarcasm(language: str, sarcastic: str, glad: str) -> None:
    assert analyze(sarcastic, language=language, reader=shared_reader()).mood == "angry"
    assert analyze(glad, language=language, reader=shared_reader()).mood == "positive"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "I want to get your heating fixed, and an engineer is booked for Friday. However, I can't continue "
            "this conversation if the messages keep including abuse towards my colleagues. The booking stays "
            "in place either way.",
        ),
        (
            "ro",
            "Vreau să vă ajut cu factura, dar nu pot continua discuția dacă mi se adresează jigniri. Dacă vorbim "
            "civilizat, continuăm chiar acum.",
        ),
        (
            "ru",
            "Я хочу помочь со счётом, но не смогу продолжать разговор, если оскорбления продолжатся. Если "
            "говорим спокойно, продолжаем прямо сейчас.",
        ),
    ],
)
def test_a_boundary_with_its_condition_is_not_curt(language: str, text: str) -> None:
    found = lint(text, language=language, reader=shared_reader()).findings
    assert not [f.rule for f in found if f.whole and f.rule.startswith("reader.")], text


@pytest.mark.parametrize(
    ("language", "asked", "told"),
    [
        (
            "ro",
            "Achizițiile nu se rambursează, dar dacă credeți că altcineva v-a folosit contul, scrieți-ne și verificăm.",
            "Contul vecinului dumneavoastră, Ion Pop, a fost folosit de pe IP-ul 10.0.0.7, adresa lui e Str. Florilor 3.",
        ),
        (
            "ru",
            "Покупки не возвращаются, но если думаете, что аккаунтом пользовался кто-то другой, напишите, проверим.",
            "Аккаунтом вашего соседа, Ивана Петрова, пользовались с IP 10.0.0.7, его адрес — ул. Ленина, 5.",
        ),
    ],
)
def test_someone_else_on_the_account_asked_not_told(language: str, asked: str, told: str) -> None:
    assert reader_blocks(asked, language) == []
    assert reader_blocks(told, language)
