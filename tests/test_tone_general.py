"""The general detectors (rude constructions, leak formats, quoted text, stemmer): one
case per kind with its clean look-alike, so a detector that stops generalising fails."""

from __future__ import annotations

import pytest

from supportdesk.tone import Context, analyze, lint
from supportdesk.tone import words as tone_words
from supportdesk.tone.secrets import iban_valid, luhn
from tests.tonecheck import rude_rule_set as _tone


def _leak_rules(text: str, context: Context | None = None, language: str = "en") -> set[str]:
    report = lint(text, context, language=language)
    return {f.rule for f in report.findings if f.serves == "R5" and f.severity == "block"}


# -- R5 leaks of every kind, each with a clean look-alike -------------------------------


@pytest.mark.parametrize(
    ("draft", "language", "kind"),
    [
        ("Your temporary pwd: Qz7!mark-22, change it.", "en", "password"),
        ("The password for the admin panel: hunter2", "en", "password"),
        ("Ваш ПИН-код: 4821", "ru", "password"),
        ("Datele de acces: admin / S3cure!pass", "ro", "password"),
        ("Parola ta e Qz7!mark-22, schimb-o.", "ro", "password"),
        ("Временный пасс: Qz7!mark-22.", "ru", "password"),
        ("Pull it from https://reports:Wint3rSun@data.example.com/daily", "en", "token"),
        ("Use api_key=9fA2kL0pQ7zX4mN8vB1cR5tY3wE6 in the header.", "en", "token"),
        ("Folosește secret=9fA2kL0pQ7zX4mN8vB1cR5tY3wE6 în antet.", "ro", "token"),
        ("It timed out at postgres://app@db.example.com:5432/orders.", "en", "token"),
        ("Ошибка в mongodb://app@db.example.com:27017/orders.", "ru", "token"),
        ("Header: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.abcDEF123456", "en", "token"),
        ("Key AKIAIOSFODNN7EXAMPLE for the test bucket.", "en", "token"),
        ("Slack: xoxb-123456789012-abcdefghijkl", "en", "token"),
        ("Stripe: sk_live_51HxQpL2eZvKYlo2C9XyZabc0dEf", "en", "token"),
        ("Google: AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q", "en", "token"),
        ("Try 7fQ2xLm9Tz4WpR8sVb3NcK6hJd2e as the code.", "en", "secret"),
        ("-----BEGIN PRIVATE KEY-----\nMIIEv\n-----END PRIVATE KEY-----", "en", "private-key"),
        ("Our server 10.1.4.20 was down.", "en", "private-ip"),
        ("Serverul fd12:3456:789a::1 nu răspundea.", "ro", "private-ip"),
        ("It is live on staging.shop.example.com now.", "en", "internal-host"),
        ("Смотрите http://build01.corp/preview до релиза.", "ru", "internal-host"),
        ("Our admin panel is on http://localhost:8080/admin there.", "en", "internal-host"),
        ("Another customer, jane.doe@gmail.com, sees it too.", "en", "other-address"),
        ("The card on file is 4111 1111 1111 1111.", "en", "card-number"),
        ("У нас карта 5500 0000 0000 0004.", "ru", "card-number"),
        ("Banii au plecat în RO49AAAA1B31007593840000, al doamnei Pop.", "ro", "iban"),
        ("Use ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ12 for the repo.", "en", "token"),
        ("Our gateway 100.72.10.4 dropped it.", "en", "private-ip"),
        ("See http://wiki.lan/ops for the runbook.", "en", "internal-host"),
        (
            "Sorry — another customer, Maria Lopez (order 88120), had that too.",
            "en",
            "other-customer",
        ),
        (
            "One of our clients, Acme Ltd, called about it: +44 20 7946 0958.",
            "en",
            "other-customer",
        ),
        (
            "Un alt client, Ion Popescu, a avut aceeași problemă cu comanda 7781.",
            "ro",
            "other-customer",
        ),
        (
            "У другого клиента, Петра Иванова, была та же ошибка (заказ 5512).",
            "ru",
            "other-customer",
        ),
        ("Один из наших клиентов, ООО «Ромашка», звонил по этому поводу.", "ru", "other-customer"),
        ("Parola contului de administrare este Primavara2024! până mâine.", "ro", "password"),
    ],
)
def test_every_leak_kind_blocks(draft: str, language: str, kind: str) -> None:
    assert f"confidential.{kind}" in _leak_rules(draft, language=language)


@pytest.mark.parametrize(
    ("draft", "language"),
    [
        (
            "Order 4500123987 shipped; tracking 1Z999AA10123456784 at https://www.ups.com/track.",
            "en",
        ),
        ("Comanda 4500123987 a plecat; AWB 1Z999AA10123456784.", "ro"),
        ("Заказ № 4111111111111111 отправлен сегодня.", "ru"),
        ("I sent the link to kim.lee@example.org, the address on your account.", "en"),
        ("Am trimis linkul la ioana.pop@example.ro, adresa contului dumneavoastră.", "ro"),
        ("Ссылка ушла на kate@example.ru — адрес вашего аккаунта.", "ru"),
        ("The PIN you chose at signup is needed for phone support.", "en"),
        ("Reset your password here: https://example.com/reset", "en"),
        ("The PIN must have 4 digits.", "en"),
        ("Transaction ID 5f3c9a1b-2d4e-4f6a-8b0c-1d2e3f4a5b6c, version 2.14.3.", "en"),
        ("Parola o poți schimba din Setări > Securitate.", "ro"),
        ("Пароль можно сменить в Настройки > Безопасность.", "ru"),
        ("Our IBAN for transfers is on the invoice; see https://example.com/pay.", "en"),
        ("The reference RO49AAAA1B31007593840001 is not an account.", "en"),  # bad checksum
        ("Please update to version 10.0.3 and restart.", "en"),
        ("Another customer had this issue last week; a reinstall fixed it for them.", "en"),
        ("Și alți clienți au raportat asta; versiunea 4.12.3 o rezolvă.", "ro"),
        ("Другие клиенты тоже с этим сталкивались, версия 4.12.3 всё исправляет.", "ru"),
        ("Hi Anna Smith, your order 55120 shipped.", "en"),
        ("Pașii: https://ajutor.exemplu.ro/resetare-parola — spune-mi dacă nu e clar.", "ro"),
    ],
)
def test_clean_look_alikes_are_not_blocked(draft: str, language: str) -> None:
    assert not _leak_rules(draft, language=language)


def test_card_and_iban_checks() -> None:
    assert luhn("4111111111111111") and not luhn("4111111111111112")
    assert iban_valid("RO49 AAAA 1B31 0075 9384 0000") and not iban_valid(
        "RO49AAAA1B31007593840001"
    )
    assert iban_valid("GB82WEST12345698765432")


# -- R1/R6: constructions, and their polite counterparts --------------------------------


@pytest.mark.parametrize(
    ("draft", "language"),
    [
        ("Honestly, this is the most ridiculous complaint I've read.", "en"),
        ("The import failed because you simply uploaded the wrong file.", "en"),
        ("You clearly didn't even read the instructions.", "en"),
        ("It's on you to check the format first.", "en"),
        ("Figure it out from there.", "en"),
        ("Listen, I am not going through this again.", "en"),
        ("That simply isn't what happened.", "en"),
        ("Great job, you broke the export again.", "en"),
        ("Sincer, reclamația asta e o aberație.", "ro"),
        ("Ați încărcat un fișier greșit, din nou.", "ro"),
        ("Ascultați, nu o să vă mai explic.", "ro"),
        ("Felicitări, ai reușit să ștergi tot.", "ro"),
        ("Descurcați-vă singur.", "ro"),
        ("Ну молодец, опять всё удалил.", "ru"),
        ("Надо было сразу проверить формат.", "ru"),
        ("Слушайте, я не собираюсь объяснять это ещё раз.", "ru"),
        ("Разбирайтесь сами.", "ru"),
        ("Это элементарно, справится даже ребёнок.", "ru"),
    ],
)
def test_rude_constructions_are_found(draft: str, language: str) -> None:
    assert _tone(draft, language)


@pytest.mark.parametrize(
    ("draft", "language"),
    [
        ("I'm sorry this wasn't clear. You may have missed it — here is the link.", "en"),
        (
            "Unfortunately we cannot extend the warranty, but here is what we can do: a repair.",
            "en",
        ),
        ("If you entered the wrong code, just request a new one.", "en"),
        ("To stop the renewal, open Settings > Subscription.", "en"),
        ("Îmi pare rău că nu a fost clar; poate v-a scăpat linkul, îl găsiți aici.", "ro"),
        ("Din păcate nu putem prelungi garanția, dar iată ce putem face.", "ro"),
        ("Vă explic din nou, pas cu pas.", "ro"),
        ("Извините, что это было неочевидно; возможно, вы не заметили ссылку — вот она.", "ru"),
        ("К сожалению, продлить гарантию мы не можем, но можем предложить ремонт.", "ru"),
        ("Вы молодец, что сохранили чек.", "ru"),
    ],
)
def test_polite_counterparts_are_quiet(draft: str, language: str) -> None:
    assert not _tone(draft, language)


def test_quoted_customer_text_is_not_the_agents() -> None:
    draft = (
        "Hello Sam,\n\n> you idiots never answer, this is ridiculous!!!\n\nI'm sorry for the wait."
    )
    report = lint(draft, language="en")
    assert not [f for f in report.findings if f.serves in ("R1", "R6")]
    # the same words written by the agent are found
    assert _tone("Hello Sam,\n\nyou idiots never answer, this is ridiculous.", "en")


def test_quoted_password_still_blocks() -> None:
    assert "confidential.password" in _leak_rules("> my password is Qz7!mark-22\n\nThanks!")


def test_stems_are_the_same_with_either_stemmer() -> None:
    """PyStemmer (C) and snowballstemmer run the same Snowball algorithms: the packs
    must match the same way whichever is installed."""
    import snowballstemmer

    for language, name in (("en", "english"), ("ro", "romanian"), ("ru", "russian")):
        pure = snowballstemmer.stemmer(name)
        for word in ("running", "greșit", "gresit", "виноваты", "успокойтесь", "ridicolă"):
            folded = tone_words.fold(word)
            assert tone_words.stem(folded, language) == pure.stemWord(folded)


@pytest.mark.parametrize(
    ("text", "register"),
    [
        # "mers" (it worked) is not "mersi", folded "mai" (more) is not "măi", "ba chiar" is
        # not "bă": stems and folding must not turn plain words into slang (R3)
        ("Bună ziua, a mers, vă mulțumesc. Cu stimă, Ion Pop", "formal"),
        ("Bună ziua, nu mai găsesc factura; ba chiar nici comanda. Cu stimă, Ion", "formal"),
        ("heei, merge din nou? mersi", "informal"),
        ("bă, unde e coletul?", "informal"),
    ],
)
def test_romanian_slang_is_not_read_into_plain_words(text: str, register: str) -> None:
    assert analyze(text, language="ro").register == register


def test_a_name_is_not_praise() -> None:
    text = "Добрый день, подскажите, можно ли выставить счёт на организацию? Спасибо, Т. Радов"
    assert analyze(text, language="ru").mood == "neutral"


@pytest.mark.parametrize(
    ("draft", "language", "waiting"),
    [
        (
            "Hello Ann,\n\nI checked your account: the payment went through on Monday.\n\nAna",
            "en",
            False,
        ),
        ("Hello Ann,\n\nWe are still checking what happened with the payment.\n\nAna", "en", True),
        ("Hello Ann,\n\nI reviewed the logs and fixed the export.\n\nAna", "en", False),
        ("Bună ziua,\n\nAm verificat contul: plata a intrat luni.\n\nAna", "ro", False),
        ("Bună ziua,\n\nVerificăm ce s-a întâmplat cu plata.\n\nAna", "ro", True),
        ("Bună ziua,\n\nAm analizat cererea și am rezolvat-o.\n\nAna", "ro", False),
        # a request to the customer or an offer of help is a next step too
        (
            "Hi Fiona,\n\nThe delay is on the bank's side. Could you check with them?\n\nAna",
            "en",
            False,
        ),
        (
            "Hi,\n\nWe are looking into it; if anything is unclear, I'm happy to call.\n\nAna",
            "en",
            False,
        ),
        ("Bună ziua,\n\nÎncă nu știm cauza. Trimiteți-mi o captură, vă rog.\n\nAna", "ro", False),
        ("Здравствуйте,\n\nМы разбираемся. Пришлите, пожалуйста, скриншот.\n\nАна", "ru", False),
        ("Здравствуйте,\n\nМы пока разбираемся с этой ошибкой.\n\nАна", "ru", True),
    ],
)
def test_r4_next_step_only_while_work_is_still_going_on(
    draft: str, language: str, waiting: bool
) -> None:
    """R4: "checking" / "verificăm" leaves the customer waiting; "checked" / "am verificat"
    reports work done — the stem is the same, the meaning is not."""
    rules = {f.rule for f in lint(draft, Context(language=language)).findings}
    assert ("next-step.missing" in rules) is waiting


def test_another_customers_name_from_the_desk_is_blocked() -> None:
    """R5: the desk knows its customers' names; one of them in this customer's reply is
    a leak even without an address, the customer's own name is not."""
    ctx = Context(
        customer_name="Ben Stone",
        other_names=frozenset({"maria lopez", "ben stone"}),
    )
    leak = lint("Hi Ben Stone,\n\nMaria Lopez had the same issue; it is fixed.", ctx)
    assert "confidential.other-customer" in {f.rule for f in leak.findings}
    clean = lint("Hi Ben Stone,\n\nthe issue is fixed; Maria from our team tested it.", ctx)
    assert "confidential.other-customer" not in {f.rule for f in clean.findings}
