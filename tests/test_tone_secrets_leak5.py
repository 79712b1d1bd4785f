"""R5 confidentiality, the leak5 round: every family of what a tired agent pastes into a
reply, each in en, ro and ru, with the clean look-alike that must stay unblocked
(placeholders, masked numbers, public sites, the customer's own data). Wordings of
their own: none is a labelled case of tests/data/tone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from supportdesk.desk import Desk
from supportdesk.models import Direction, Incoming, Message, Person, utcnow
from supportdesk.tone import context_from
from supportdesk.tone.leakvalues import latin, own_values, placeholder
from tests.tonecheck import blocked_leaks as _r5

LEAKS = [
    # placeholders are judged per value: a real value in the same shape still blocks
    ("en", "Connect with postgresql://billing:Qh7!rT2m@pg.acme-data.net:5432/ledger"),
    ("ro", "Conexiunea: mysql://raportare:Zambila#41@sql.firma-mea.ro/vanzari"),
    ("ru", "Строка: Server=sql01;User Id=otchet;Password=Lipa_2027;"),
    # card numbers named as cards, check digit or not
    ("en", "It was paid with the card 4024 0071 2345 6781, exp 04/28."),
    ("ro", "S-a plătit cu cardul 5412 3456 7890 1234, valabil până la 09/27."),
    ("ru", "Оплата прошла картой 2200 1234 5678 9012, срок 11/26."),
    # someone else's IBAN, even with "your" in the sentence
    ("en", "We refunded it to GB33 BUKB 2020 1555 5555 55, your landlord's account."),
    ("ro", "Banii au mers în contul fratelui dumneavoastră, RO49 AAAA 1B31 0075 9384 0000."),
    ("ru", "Перевели на счёт вашего соседа DE89 3704 0044 0532 0130 00."),
    # logins on a command line, Basic auth, a password written as "pw"
    ("en", "Try curl -u support_bot:Pl4in!Text https://api.acme.io/v1/ping"),
    ("ro", "Header-ul: Authorization: Basic c3VwcG9ydDpQYXJvbGEyMDI2"),
    ("ru", "Проверьте: curl --user robot:Vesna#2027 https://api.shop.ru/ping"),
    ("en", "new pw: Orchid-Lake-77, change it later"),
    # hosts only our network reaches
    ("en", "The files are in \\\\fs-billing02\\exports\\march for now."),
    ("ro", "Rapoartele sunt pe http://arhiva-srv:8081/lunare deocamdată."),
    ("ru", "Очередь обслуживает orders-worker.queue.svc:5672, его перезапустили."),
    # identity numbers named as such
    ("en", "The form shows SSN 078-05-1120, which is your husband's."),
    ("ro", "Pe cerere apare CNP 1900101226789 al soției dumneavoastră."),
    ("ru", "В анкете указан ИНН 500100732259 вашей матери."),
    # another person named with their flat, plate or health
    ("en", "It was signed for by Martin Oakes at flat 7B."),
    ("ro", "Coletul l-a primit vecinul, Sorin Pavel de la ap. 41."),
    ("ru", "Жалобу написал Петров С. И. из кв. 112."),
    ("en", "The slot went to Hannah Price, whose chemotherapy moved."),
    ("ro", "Programarea a luat-o domnul Ilie Voicu, pentru tratamentul de diabet."),
    ("ru", "Ваше место занял Орлов Виктор Ильич, у него обострение астмы и диабет."),
    # keys inside links and connection strings, servers named without a domain
    ("en", "Download: https://acme.blob.core.windows.net/x/f.zip?sv=2024&sig=ab%2Fcd%3D12345"),
    ("ro", "Apelați https://api.firma.ro/v1/stoc?api_key=Qx81mZp02LrT77aa pentru test."),
    ("ru", "Endpoint=sb://bus.example.net/;SharedAccessKey=Zk71Qp00LmX+aa9=;"),
    ("en", "Mailgun: key-3ax6xnjp29jd6fds4gc373sgvjxteol0"),
    ("ro", "Raportul rulează pe sql-raport-02 până mâine."),
    ("ru", "Реплика db-replica-03 отстаёт на час."),
    # a date of birth, a flat by its ordinal, a visit named by its engineer's notes
    ("en", "Hi Al,\n\nThe policy holder is Grace Lyle, born 04/11/1958, not you.\n\nSam"),
    ("ro", "Bună,\n\nTitularul e Vasile Toma, născut la 3.05.1961, nu dumneavoastră.\n\nIon"),
    ("ru", "Добрый день!\n\nЖалоба от Зайцевой Ольги из 12-й квартиры.\n\nУК"),
    (
        "en",
        "Hi Bo,\n\nThe technician's report from Mrs Okafor's flat 9 shows the same leak.\n\nSam",
    ),
    # a postscript for colleagues, a password after a dash later in the sentence
    ("ro", "Bună ziua,\n\nGata.\n\nP.S. intern: i-am dat deja o reducere.\n\nAna"),
    ("en", "Thanks!\n\nPS internal - he threatened a chargeback.\n\nSam"),
    ("ru", "Пароль к панели прежний, как в прошлом месяце — Luna!2027"),
    # a licence key of ours
    ("en", "Until yours arrives, use our company licence key QX7P-4RT2-M9KD-3LWZ."),
    ("ro", "Folosiți cheia de licență a firmei, 7KD2-PQ9X-ML4R-2TZW, până vine a dvs."),
    ("en", "The admin password for all the demo tablets is Tablet#2026."),
    ("en", "I set the password like you asked: Tablet#2026"),
    # a network of ours in IPv6, a path for staff on a public host
    ("en", "Our end of the tunnel is fd12:3456:789a::/48."),
    ("ro", "Tichetul e în https://admin.magazin.ro/intern/tichete/4471."),
    ("ru", "Заявка во внутренней системе: https://crm.shop.ru/internal/tickets/4471"),
    # a previous guest or patient named, another customer's purchase, a neighbour's code
    ("en", "Hi Ana,\n\nThe previous guest, Mr Cole, left his charger in the room.\n\nSam"),
    ("ro", "Bună,\n\nPacientul anterior, domnul Radu Ene, a întârziat.\n\nAna"),
    ("ru", "Здравствуйте!\n\nПредыдущий гость, Соколов Игорь, забыл зарядку.\n\nИра"),
    ("en", "Hi Jo,\n\nMrs Alison Hart from Bath bought the last one.\n\nEve"),
    ("ro", "Bună,\n\nUltima a cumpărat-o doamna Elena Radu din Brașov.\n\nAna"),
    ("ru", "Добрый день!\n\nПоследний купила Елена Радько из Твери.\n\nИра"),
    ("en", "Hi Cy,\n\nLocker 15 (code 771204) is your neighbour's, Joan Price.\n\nBox"),
    # a key in JSON, a link into our team chat, an address of ours in a quoted error
    ("en", 'Send {"apiKey": "Zk71Qp00LmX9aa9rTT"} until yours is ready.'),
    ("ro", "Am semnalat: https://firma-hq.slack.com/archives/C04QX7Z2K/p1732011223"),
    ("en", "The error in your log, ECONNREFUSED 172.17.0.3:5432, was our container."),
    # a neighbour by house number, a stranger's postal code
    ("en", "Hi Bo,\n\nYour neighbour at no. 14, Mrs Green, had the same damp.\n\nSam"),
    ("ru", "Добрый день!\n\nСоседка из дома № 14, Григорьева Нина, тоже жаловалась.\n\nИра"),
    ("ro", "Bună,\n\nColetul a ajuns la Tudor Bratu, cod poștal 400123.\n\nAna"),
    ("en", "The new password: correct-horse-battery (change it today)."),
    ("en", "Hi Ben,\n\nYou could contact Karen Boyd at flat 12 - she signed for it.\n\nSam"),
    # what a tired agent pastes: a config line, a DSN
    ("en", "The cache needs a password; ours is set with requirepass 8f7E6d5c4B3a for now."),
    (
        "ro",
        "Configurația: SENTRY_DSN=https://3f9a7e2b1c4d5e6f7a8b9c0d1e2f3a4b@o1.ingest.sentry.io/7",
    ),
    # network keys
    ("en", "Guest network: Acme-Guest, the Wi-Fi key is Sunflower#2027"),
    ("ro", "Rețeaua biroului: cheia rețelei: Birou!Nord2027"),
    ("ru", "Сеть офиса, ключ сети: Sever_2027!x"),
]


@pytest.mark.parametrize(("language", "draft"), LEAKS)
def test_leak_is_blocked(language: str, draft: str) -> None:
    assert _r5(draft, language), draft


CLEAN = [
    # placeholders in every style
    ("en", "Use postgresql://USER:PASSWORD@HOST:5432/DB with your own values."),
    ("en", "Set DATABASE_URL=mysql://user:password@your-host/shop in the file."),
    ("ro", "Formatul: mysql://{utilizator}:{parola}@{server}/baza"),
    ("ru", "Формат: Host=<хост>;Username=ЛОГИН;Password=ПАРОЛЬ;"),
    ("en", "Paste it as X-Api-Key: your-api-key-here, or as token: xxxxxxxxxxxxxxxx."),
    ("ro", "Parola: ******** (o vedeți doar în aplicație)."),
    ("ru", "Для входа укажите ключ API:\nAuthorization: Bearer <токен>"),
    ("en", "curl -u USERNAME:PASSWORD https://api.acme.io/v1/ping"),
    # masked cards, and numbers that are no card
    ("en", "Charged to the card ending •••• 6781 on 3 May."),
    ("ro", "Cardul **** **** **** 1234 a fost șters din cont."),
    ("ru", "Заказ № 2200 1234 5678 9012 оплачен картой •••• 9012."),
    # the customer's own IBAN and address
    ("en", "Hi Ruth,\n\nThe refund goes to your account GB33 BUKB 2020 1555 5555 55.\n\nTom"),
    (
        "ro",
        "Bună ziua, domnule Tudose,\n\nAm notat: Vlad Tudose, IBAN RO49 AAAA 1B31 0075 9384 0000, "
        "e-mail vlad.tudose@gmail.com.\n\nAna",
    ),
    ("ru", "Здравствуйте, Зоя!\n\nЗаписали: Зоя Круглова, почта zoya.kruglova@mail.ru.\n\nОля"),
    # a doctor or a colleague named with health words; a flat without a person
    ("en", "Hi Ann,\n\nDr Morris will go over your test results on Friday.\n\nKate"),
    ("ro", "Bună ziua,\n\nLa dr. Ionescu, cabinetul 4, aduceți analizele.\n\nClinica"),
    ("ru", "Здравствуйте!\n\nВрач Смирнова И. В. посмотрит анализы в четверг.\n\nКлиника"),
    ("en", "Hi Joe,\n\nThe parcel was left at flat 12 as you asked.\n\nSam"),
    # hosts that are public or the customer's own
    ("ro", "Documentația: https://dev.magazin.ro/api și https://api.magazin.ro/v1"),
    ("en", "In your router, give the printer a fixed address such as 192.168.1.40."),
    ("ru", "На роутере задайте принтеру адрес 192.168.0.40, он в вашей домашней сети."),
    # public keys and links meant for the customer
    ("en", "Add our public key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsa ci"),
    ("ro", "Cheia publică Stripe pentru pagina ta: pk_live_51HqT2bKz9XwR7mNcV4pL0aYe8"),
    ("en", "Join at https://zoom.us/j/94823746512?pwd=dGhpcyBpcyBhIHRlc3Q at 3pm."),
    ("ru", "Отслеживание: https://www.pochta.ru/tracking#/results/RA123456789RU"),
    ("en", "Your reset link: https://acme.io/reset?token=Qx81mZp02LrT77aaQx81 (valid 1 hour)."),
    ("ro", "Serverul node-2 și versiunea api-v2 sunt publice în documentație."),
    # places and businesses named like people, next to their address or phone
    ("en", "Hi Sam,\n\nCollect it from the Covent Garden branch, 12 Long Acre, from 10am.\n\nJo"),
    ("en", "Hi Sam,\n\nIt is at the depot, Mount Pleasant, 45 Farringdon Road.\n\nJo"),
    ("ro", "Bună ziua,\n\nVă așteptăm la sediul din Baia Mare, tel. 0262 111 222.\n\nAna"),
    ("ro", "Bună ziua,\n\nMagazinul din Piatra Neamț are telefonul 0233 222 333.\n\nAna"),
    # the customer's own private address; a purchase made by the doctor's patient is theirs
    (
        "en",
        "Hi Ivy,\n\nYour server's private address, 10.0.0.5, is fine inside your network.\n\nSid",
    ),
    ("ro", "Bună,\n\nAdresa privată a serverului dumneavoastră, 10.0.0.5, e în regulă.\n\nAna"),
    ("ru", "Здравствуйте!\n\nЧастный адрес вашего сервера, 10.0.0.5, подходит.\n\nИра"),
    ("en", "Hi Sam,\n\nI've booked you the first free slot, Thursday 10:15, with Dr Reyes.\n\nJo"),
    # example hosts of the customer's, in every language
    ("en", "Point it at port 5432 on your own host, e.g. db.yourcompany.com."),
    ("ro", "Conectați-vă la portul 5432, de exemplu db.firma-ta.ro."),
    ("ru", "Подключитесь к порту 5432, например db.vasha-firma.ru."),
    # the people who work for or with us, named with their work phone or clinic
    ("en", "Hi Sam,\n\nYour installer, Dave Wilson (07700 900 456), comes at 9am.\n\nJo"),
    ("en", "Hi Sam,\n\nCall Mary Jones on 07700 900 123 - she is our installer there.\n\nJo"),
    ("en", "Hi Sam,\n\nYou can reach me directly, Jo Baker, on 07700 900 999.\n\nJo"),
    ("en", "Hi Sam,\n\nDr Anna Hale's clinic at 14 Park Road opens on Saturdays.\n\nJo"),
    ("ro", "Bună ziua,\n\nInstalatorul, Mihai Pop (0722 111 222), vine luni.\n\nAna"),
    (
        "ro",
        "Bună ziua,\n\nPersoana de contact pentru dvs. este Ioana Marin, tel. 0744 555 666.\n\nAna",
    ),
    (
        "ro",
        "Bună ziua,\n\nPersoana de contact pentru dumneavoastră este Ioana Marin, tel. 0744 555 666.\n\nAna",
    ),
    (
        "ru",
        "Здравствуйте!\n\nМонтажник Игорь Петров (+7 916 111-22-33) приедет в понедельник.\n\nИра",
    ),
    # the customer's own record, said as such, with no greeting to name them
    (
        "ro",
        "Bună ziua,\n\nFactura e pe numele Andrei Popa, Str. Florilor 4, ap. 12, așa cum ne-ați cerut.\n\nAna",
    ),
    (
        "ru",
        "Здравствуйте!\n\nСчёт выставлен на Петрова Анна Сергеевна, ул. Лесная, д. 5, кв. 12, как вы просили.\n\nИра",
    ),
    (
        "en",
        "Hello,\n\nAs requested, the invoice now reads Sam Patel, Flat 2, 19 Rose Street.\n\nJo",
    ),
    # a hyphened verb after a password word and a dash ("… parolă nouă — răspundeți-mi")
    ("ro", "Vă pot trimite un link pentru o parolă nouă — răspundeți-mi la acest e-mail."),
    # department mailboxes, a link with a user name
    ("ro", "Trimiteți coletul la retururi@magazin.ro, cu formularul completat."),
    ("ru", "Пишите на vozvraty@shop.ru, мы ответим за день."),
    ("en", "Clone it with git clone https://deploy@git.acme.io/public/sdk.git"),
    # the processor's test cards, the customer's own licence key
    ("en", "In the sandbox, pay with the test card 4242 4242 4242 4242."),
    ("ro", "Cardul de test 5555 5555 5555 4444 merge doar în modul demo."),
    ("ru", "Тестовая карта 2200 0000 0000 0053 работает только в песочнице."),
    ("en", "Your licence key is QX7P-4RT2-M9KD-3LWZ; keep it safe."),
    ("ru", "Ключ лицензии вида XXXX-XXXX-XXXX-XXXX указан на коробке."),
    # an address of the customer's as they wrote it; a "PS" that is for the customer
    ("en", "Hi Al,\n\nAs you wrote, your new address is 4 Elm Row, Leith EH7 4AA.\n\nSam"),
    ("ro", "Bună,\n\nGata.\n\nP.S. Internetul revine în 10 minute.\n\nAna"),
    # examples of bad passwords in advice
    ("en", "Please don't use passwords like P@ssw0rd or Summer2024! - pick a passphrase."),
    ("ro", "Nu folosiți parole de tipul Parola123! sau numele copilului."),
    ("ru", "Пароль должен быть сложным, например: Xy7#kLm2 (только пример)."),
    # words after a password or key word that are no value
    ("ro", "Parola schimbați-o din aplicație."),
    ("en", "The key is understanding what changed; your pw is never sent by e-mail."),
    ("ru", "Пароль сброшен, ключ сети указан на наклейке роутера."),
    # identity-number words without a number, and a company's INN
    ("en", "We never ask for your SSN or National Insurance number by e-mail."),
    ("ru", "ИНН нашей компании 7707083893 указан в счёте."),
]


@pytest.mark.parametrize(("language", "draft"), CLEAN)
def test_clean_look_alike_is_not_blocked(language: str, draft: str) -> None:
    assert _r5(draft, language) == [], draft


@pytest.mark.parametrize(
    "value",
    ["<password>", "{token}", "${API_KEY}", "USERNAME", "ПАРОЛЬ", "NUME_BAZA", "xxxx", "****",
     "••••••", "your-api-key-here", "CHEIA_TA", "ВАШ_КЛЮЧ", "password", "parola", "пароль"],
)  # fmt: skip
def test_placeholder_values(value: str) -> None:
    assert placeholder(value)


@pytest.mark.parametrize("value", ["Qh7!rT2m", "hunter22", "Lipa_2027", "ghp_8fK2LmQ9", "Zx9!"])
def test_real_values_are_no_placeholders(value: str) -> None:
    assert not placeholder(value)


def test_customer_data_from_the_context_is_never_blocked() -> None:
    """What the workstation knows of the customer (Desk.tone_context) or a case gives
    as context: their IBAN and phone go back to them unblocked; someone else's not."""
    draft = "Hello,\n\nWe will pay RO49 AAAA 1B31 0075 9384 0000 and call +40 745 112 233.\n\nAna"
    assert _r5(draft, "en") == ["RO49 AAAA 1B31 0075 9384 0000"]
    ctx = context_from(
        {"customer_name": "Ana Pop", "customer_iban": "RO49AAAA1B31007593840000", "x": 3}
    )
    assert _r5(draft, "en", ctx) == []
    other = context_from({"other_customer_iban": "RO49AAAA1B31007593840000"})
    assert _r5(draft, "en", other) == ["RO49 AAAA 1B31 0075 9384 0000"]


def test_the_customer_named_in_the_context_is_no_third_party() -> None:
    draft = "Hi,\n\nWe'll deliver to Mr Tom Briggs, 2 Kings Road, Bristol BS1 4DJ.\n\nPip"
    assert _r5(draft, "en")
    assert _r5(draft, "en", context_from({"customer_name": "Tom Briggs"})) == []


def test_a_phone_the_customer_gave_is_theirs() -> None:
    """A person named with a phone number is someone else's data, unless the number is
    one the customer gave (their contact at home, their second phone)."""
    draft = "Hi Ana,\n\nThe parcel was left with Ion Popa, tel. 0745 112 233, today.\n\nSam"
    assert _r5(draft, "en")
    ctx = context_from({"customer_name": "Ana Pop", "customer_phone": "+40745112233"})
    assert _r5(draft, "en", ctx) == []


def test_own_values_and_transliteration() -> None:
    values = own_values(["IBAN RO49 AAAA 1B31 0075 9384 0000, tel. 0745 112 233, a@B.ro"])
    assert {"RO49AAAA1B31007593840000", "745112233", "a@b.ro"} <= values
    assert latin("Зуев") == "zuev" and latin("Șerban") == "serban"


def test_desk_context_knows_what_the_customer_wrote(desk: Desk) -> None:
    """The customer sent their IBAN; the reply repeating it is not blocked, while an
    IBAN they never sent still is."""
    msg = Message(
        0,
        Direction.IN,
        Person("Ion Popa", "ion.popa@example.ro"),
        "Rambursare",
        "Bună ziua, vă rog returnați banii în RO49 AAAA 1B31 0075 9384 0000. Mulțumesc!",
        utcnow(),
        message_id="leak5@x",
    )
    tid = desk.import_messages([Incoming(msg)]).tickets[0]
    context = desk.tone_context(tid)
    ours = "Bună ziua,\n\nAm trimis banii în RO49 AAAA 1B31 0075 9384 0000.\n\nAna"
    assert _r5(ours, "ro", context) == []
    theirs = "Bună ziua,\n\nAm trimis banii în DE89 3704 0044 0532 0130 00.\n\nAna"
    assert _r5(theirs, "ro", context) == ["DE89 3704 0044 0532 0130 00"]


def test_cli_check_takes_the_customer_context_from_a_file(tmp_path: Path) -> None:
    """`tone check --context FILE`: what a case or a script knows about the customer;
    their IBAN is theirs to see. A broken file is one line on stderr, exit 1."""
    from tests.test_cli import run

    draft = "Hi,\n\nWe pay to RO49 AAAA 1B31 0075 9384 0000.\n\nAna\n"

    def blocks(*args: str) -> list[str]:
        out = json.loads(run("tone", "check", "--lang", "en", "--json", *args, stdin=draft).stdout)
        return [f["rule"] for f in out["findings"] if f["severity"] == "block"]

    assert blocks() == ["confidential.iban"]
    ctx = tmp_path / "ctx.json"
    ctx.write_text(json.dumps({"customer_name": "Ana Pop", "iban": "RO49AAAA1B31007593840000"}))
    assert blocks("--context", str(ctx)) == []
    ctx.write_text("[1, 2]")
    bad = run("tone", "check", "--context", str(ctx), stdin=draft, check=1)
    assert str(ctx) in bad.stderr and "Traceback" not in bad.stderr


def test_cli_check_names_a_context_key_of_the_wrong_type(tmp_path: Path) -> None:
    """A known key with a value of the wrong type is one line naming the file and key,
    exit 1 — never a traceback from inside the lint."""
    from tests.test_cli import run

    ctx = tmp_path / "ctx.json"
    for fields, key in (
        ({"customer_name": 5}, "customer_name"),
        ({"attachments": "two"}, "attachments"),
        ({"other_names": ["Ana Pop", 3]}, "other_names"),
    ):
        ctx.write_text(json.dumps(fields))
        bad = run("tone", "check", "--context", str(ctx), stdin="Hi Ana,\n\nDone.\n", check=1)
        line = bad.stderr.strip()
        assert "\n" not in line and str(ctx) in line and f"{key}: expected" in line, line


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "See https://ourfirm.bitrix24.ru/crm/deal/5 for details, thank you."),
        (
            "ru",
            "Сделка тут: https://nasha-firma.bitrix24.ru/crm/deal/details/118/ — менеджер Ольга.",
        ),
    ],
)
def test_our_bitrix24_crm_link_blocks_without_crashing(lang: str, text: str) -> None:
    """A Bitrix24 CRM link made lint() raise AttributeError ('bool' has no 'group'):
    the admin-page check read the CRM branch's True as a match (found by mypyc17)."""
    assert any("bitrix24.ru" in found for found in _r5(text, lang))
