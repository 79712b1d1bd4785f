"""R5 confidentiality, the leak6 round (tone/disclosures.py and the additions to
secrets.py and persons.py): each family as a leak and as its clean look-alike, in en,
ro and ru. Wordings of their own: none is a labelled case of tests/data/tone (the
round's probe is probe_leak7)."""

from __future__ import annotations

import pytest

from supportdesk.tone import Context, lint


def _blocked(text: str, language: str, context: Context | None = None) -> list[str]:
    report = lint(text, context, language=language)
    return [
        f"{f.rule}: {text[f.start : f.end]}"
        for f in report.findings
        if f.serves == "R5" and f.severity == "block"
    ]


# (family, language, leak, clean look-alike)
FAMILIES = [
    # a key named by its service, whatever its shape (a UUID, hex) — a UUID alone is an id
    (
        "service key",
        "en",
        "Use the Google Maps API key 6f1d3c2a-8b4e-4f7a-9c0d-1e2f3a4b5c6d until yours is approved.",
        "Your order 6f1d3c2a-8b4e-4f7a-9c0d-1e2f3a4b5c6d ships tomorrow.",
    ),
    (
        "service key",
        "ro",
        "Până primiți cheia proprie, folosiți cheia API DaData a noastră: 4e5f6a7b8c9d0e1f2a3b.",
        "Cheia de licență a dumneavoastră este QX7P-4RT2-M9KD-3LWZ.",
    ),
    (
        "service key",
        "ru",
        "Пока используйте токен нашего Битрикс24 — 9b8a7c6d5e4f3a2b1c0d.",
        "Номер обращения: 5d2c1b0a-9e8f-4d7c-8b6a-5f4e3d2c1b0a.",
    ),
    # a secret in a pasted config line; the slot's name as the value is clean
    (
        "config line",
        "en",
        "Here's our compose file:\n  environment:\n    POSTGRES_PASSWORD: s3cr3tPg!\n",
        "In config.yml set:\n  api_token: <your token>\n",
    ),
    (
        "config line",
        "ro",
        "În .env avem: MAILGUN_API_KEY=key-8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d",
        "Fișierul tău .env:\nSMTP_PASSWORD=parola_ta\nSMTP_HOST=smtp.exemplu.ro",
    ),
    (
        "config line",
        "ru",
        "В settings.py у нас: SECRET_KEY = 'django-insecure-8k#2l!x9v'",
        "В .env укажите: SECRET_KEY=ваш_секретный_ключ\nAPP_DOMAIN=vasha-firma",
    ),
    # a bank account that is no IBAN, someone else's; the customer's own quoted back
    (
        "bank account",
        "en",
        "The money was sent to her account, Barclays, sort code 20-32-06, account 73648291.",
        "Your refund goes to your account ending 4829 within 5 days.",
    ),
    (
        "bank account",
        "ro",
        "Suma a intrat în contul fiului dumneavoastră, 0723 4512 8890 1234, la BCR.",
        "Rambursarea ajunge în contul dumneavoastră care se termină în ****1234.",
    ),
    (
        "bank account",
        "ru",
        "Перевод ушёл получателю Иванову П. С., р/с 40702810938000012345 в Сбербанке.",
        "Возврат придёт на ваш счёт 40817810099910004312 в течение 5 дней.",
    ),
    # an issue in our tracker or CRM; the customer's own request number or portal link
    (
        "tracker",
        "en",
        "Ticket in our Jira: OPS-2231, the engineers say it's a config issue.",
        "We've logged it as ticket #55120 - just reply here to add details.",
    ),
    (
        "tracker",
        "ro",
        "Am deschis tichetul intern BILL-7781 și vă anunțăm.",
        "Numărul solicitării dumneavoastră este 7781.",
    ),
    (
        "tracker",
        "ru",
        "Обсуждение в нашей CRM: https://firma.amocrm.ru/leads/detail/334455",
        "Следить за обращением можно тут: https://help.firma.ru/requests/4410.",
    ),
    # a screenshot or export of our own admin panel; asking for theirs
    (
        "internal view",
        "en",
        "Attaching the export from our CRM with all March orders and emails.",
        "Attaching the export of your own orders for March, as you asked.",
    ),
    (
        "internal view",
        "ro",
        "Atașez un print screen din sistemul nostru intern cu toate comenzile.",
        "Ne trimiteți, vă rog, o captură de ecran cu eroarea?",
    ),
    (
        "internal view",
        "ru",
        "Отправляю выгрузку из нашей CRM по всем заказам за март.",
        "Прикладываю скриншот страницы настроек, где нужная галочка.",
    ),
    # business figures as ours; a discount, the sales team, years in business
    (
        "business figure",
        "en",
        "We have roughly 38k active subscribers, so this bug is rare.",
        "Our sales team will call you tomorrow with a 10% offer.",
    ),
    (
        "business figure",
        "ro",
        "Marja de profit a firmei e de 35%, așa că nu putem oferi reducerea.",
        "Echipa de vânzări vă oferă o reducere de 15%.",
    ),
    (
        "business figure",
        "ru",
        "Мы продаём около 40 тысяч заказов в месяц, поэтому сбои редки.",
        "Отдел продаж свяжется с вами и предложит скидку 10%.",
    ),
    (
        "config line",
        "en",
        'STRIPE_SECRET_KEY="sk_live_51Hq4xYzAb"',
        'STRIPE_SECRET_KEY="sk_live_..." goes in your .env; keep it out of git.',
    ),
    (
        "internal view",
        "ro",
        "V-am atașat o captură din CRM-ul nostru cu istoricul complet.",
        "Atașez captura de ecran cu pașii din aplicație.",
    ),
    (
        "business figure",
        "en",
        "We turned over £3.2m last year, so one refund won't break us.",
        "Sales tax of 20% is included in the price.",
    ),
    # what share of our customers do something; a discount for them; a handful queued
    (
        "customer share",
        "en",
        "About 15% of our customers return this model.",
        "About 15% off for our loyal customers this week!",
    ),
    (
        "customer share",
        "ro",
        "Aproximativ 15% dintre clienții noștri returnează modelul.",
        "Avem 3 clienți la coadă, vă răspundem în câteva minute.",
    ),
    (
        "customer share",
        "ru",
        "Около 15% наших клиентов возвращают этот товар.",
        "Около 15% скидки для постоянных клиентов на этой неделе.",
    ),
    # someone else's phone or address: a surname with an initial, a relation word
    (
        "third party",
        "en",
        "The courier handed it to Patel R., 0161 496 0732, at the building's front desk.",
        "Call our helpline on 0800 123 4567 any time.",
    ),
    (
        "third party",
        "ro",
        "Adresa vecinei dumneavoastră, Str. Lalelelor 12, ap. 5, apare pe factură.",
        "Ne puteți suna la 0800 800 800, gratuit.",
    ),
    (
        "third party",
        "ru",
        "Телефон Петровой Анны Сергеевны: +7 921 111-22-33, свяжитесь с ней.",
        "Проверьте, пожалуйста, ваш адрес: ул. Ленина, д. 5, кв. 12.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_leak_is_blocked_and_its_look_alike_is_not(
    family: str, language: str, leak: str, clean: str
) -> None:
    assert _blocked(leak, language), f"{family} leak not blocked"
    assert _blocked(clean, language) == [], f"{family} look-alike blocked"


def test_the_customers_own_account_from_the_context_is_theirs() -> None:
    """A 20-digit account the customer gave us is theirs to see again (R5 guards
    other people's accounts)."""
    text = "Здравствуйте!\n\nВозврат отправлен на счёт 40817810099910004312.\n\nАнна"
    assert _blocked(text, "ru")
    own = Context(customer_data=frozenset({"099910004312"[-9:]}))
    assert _blocked(text, "ru", own) == []


def test_a_link_parameter_named_token_is_no_service_key() -> None:
    """A reset link's token is the customer's own (secrets.py judges links)."""
    text = "Your reset link: https://acme.io/reset?token=Qx81mZp02LrT77aaQx81 (1 hour)."
    assert _blocked(text, "en") == []
