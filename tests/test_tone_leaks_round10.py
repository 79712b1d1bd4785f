"""R5 confidentiality, round 10 (blind9/blind10 misses, generalised by mechanism): an
organisation's role mailbox is not a person's address; a user/password pair after a
sign-in verb or with the login word as the user name; a note marked internal by any noun
or marked "not for the customer". Each in en, ro and ru with wordings of their own (none
is a labelled case of tests/data/tone), and the clean look-alikes that must stay quiet."""

from __future__ import annotations

import pytest

from supportdesk.tone.secrets import role_address
from tests.tonecheck import blocked_leaks as _r5

# (1) role mailboxes of the organisation: given out on purpose (R5 guards people's data)
ROLE_CLEAN = [
    (
        "en",
        "You can also email the scans to records@brightclinic.co.uk and I'll attach them today.",
    ),
    ("en", "Please send the signed form to claims@harbourinsure.com, quoting your policy number."),
    ("en", "Receipts go to no-reply@shopline.io, so replies there are not read; write to us here."),
    ("ro", "Puteți trimite actele și pe e-mail la acte@primaria-nord.ro, le atașez eu la dosar."),
    ("ro", "Facturile le primiți de la facturi@energo-vest.ro; dacă lipsesc, scrieți-ne aici."),
    ("ro", "Rezultatele pot fi trimise la rezultate@medlab.ro, iar medicul le vede mâine."),
    ("ru", "Документы можно прислать на dokumenty@gorclinic.ru, я сама добавлю их в карту."),
    ("ru", "Претензию отправьте на pretenzii@dostavka-plus.ru, ответим в течение 10 дней."),
    ("ru", "Счёт придёт с адреса buh@stroymarket.ru, отвечать на него не нужно."),
]
# a person's address is still a person's, even on the organisation's domain
ROLE_LEAKS = [
    ("en", "The previous owner, christina.hale@gmail.com, still has the spare keys."),
    ("ro", "Vecinul care a reclamat, dorin.marinescu@yahoo.com, a cerut să fie anunțat."),
    ("ru", "Покупатель до вас, oleg.karpov@mail.ru, оформил такой же возврат."),
]


@pytest.mark.parametrize(("lang", "text"), ROLE_CLEAN)
def test_role_mailboxes_are_not_personal_addresses(lang: str, text: str) -> None:
    assert _r5(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), ROLE_LEAKS)
def test_personal_addresses_still_block(lang: str, text: str) -> None:
    assert any("@" in hit for hit in _r5(text, lang))


def test_role_words_are_whole_words() -> None:
    # "hr" inside "christina", "care" inside "carey": people, not desks
    assert not role_address("christina.smith@gmail.com")
    assert not role_address("carey@example.org")
    assert role_address("customer-service@x.ro") and role_address("tekhpodderzhka@x.ru")
    assert role_address("do-not-reply@x.com") and role_address("dosar@telemed.ro")


# (2) a user/password pair said after a sign-in verb, or with the login word as the user
PAIR_LEAKS = [
    ("en", "If the link drops, log into it with admin / Qv7-Harbour! and press Restart."),
    ("en", "Sign in to the depot console with ops.north / Wx9!lantern to reset it."),
    ("en", "Our office switch: root / Sw1tch#Floor2, then reboot port 4."),
    ("ro", "Dacă tunelul cade, conectați-vă la router cu admin / Tun3l-Nord! și reporniți."),
    ("ro", "Intrați în consola depozitului cu root / Dep0zit#77 și apăsați Resetare."),
    ("ro", "Logați-vă în panoul nostru cu suport.vest / Vest!2027 pentru export."),
    ("ru", "Если туннель упадёт, войдите в роутер под admin / Tunn3l-Sever! и перезапустите."),
    ("ru", "Зайдите в консоль склада: root / Sklad#2026 и нажмите «Сброс»."),
    ("ru", "Авторизуйтесь в нашей панели как ops.yug / Yug!2027 и сделайте выгрузку."),
]
PAIR_CLEAN = [
    ("en", "Log into your router at 192.168.1.1 with admin and the password on its sticker."),
    ("en", "Your login is your e-mail address; the password is the one you chose."),
    ("ro", "Intrați pe routerul de acasă, 192.168.0.1, cu admin și parola de pe etichetă."),
    ("ro", "Conectați-vă cu adresa de e-mail a contului și parola aleasă de dumneavoastră."),
    ("ru", "Войдите в домашний роутер 192.168.1.1 под admin, пароль указан на наклейке."),
    ("ru", "Зайдите в личный кабинет со своим логином и паролем, который вы придумали."),
]


@pytest.mark.parametrize(("lang", "text"), PAIR_LEAKS)
def test_credential_pairs_after_sign_in_block(lang: str, text: str) -> None:
    assert _r5(text, lang)


@pytest.mark.parametrize(("lang", "text"), PAIR_CLEAN)
def test_sign_in_instructions_without_a_password_stay_clean(lang: str, text: str) -> None:
    assert _r5(text, lang) == []


# (3) a note marked internal by another noun, or marked "not for the customer"
NOTE_LEAKS = [
    ("en", "Internal comment from sales: max 30% for this account."),
    ("en", "Note from legal (not to be shared with the customer): we do not admit fault."),
    ("en", "Staff note: the batch is faulty, do not show the customer."),
    ("ro", "Comentariu intern de la vânzări: clientul poate primi maxim 30%."),
    ("ro", "Mențiunea de la juridic (a nu se transmite clientului): nu recunoaștem vina."),
    ("ro", "Observație internă: lotul e defect, deci înlocuim tot."),
    ("ru", "Внутренняя пометка от биллинга (клиенту не пересылать): риск ухода высокий."),
    ("ru", "Комментарий отдела (не передавать клиенту): на возврат согласны до 30%."),
    ("ru", "Внутренний комментарий склада: партия бракованная."),
]
NOTE_CLEAN = [
    ("en", "Please do not forward this link to anyone else; it is personal to you."),
    ("en", "I've added a comment to your order so the courier calls ahead."),
    ("ro", "Vă rog să nu transmiteți linkul altcuiva, este personal."),
    ("ro", "Am adăugat o mențiune la comanda dumneavoastră ca să vă sune curierul."),
    ("ru", "Пожалуйста, не пересылайте эту ссылку никому, она личная."),
    ("ru", "Я добавила пометку в вашу карту: анализы получены."),
]


@pytest.mark.parametrize(("lang", "text"), NOTE_LEAKS)
def test_notes_marked_internal_block(lang: str, text: str) -> None:
    assert _r5(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOTE_CLEAN)
def test_personal_and_customer_notes_stay_clean(lang: str, text: str) -> None:
    assert _r5(text, lang) == []


# (4) other customers told about in general, and a quoted button or page sentences later:
# no one's firm; a quoted firm in the cue's own sentence still is
OTHERS_CLEAN = [
    (
        "en",
        "Other customers have reported the same. Until it's fixed, the \u201eClassic view\u201d button keeps the old look.",
    ),
    (
        "en",
        "Another customer asked this too; it is a good question. See \u00abBilling help\u00bb in the menu.",
    ),
    (
        "en",
        "Other users told us the week view is cramped. For now, open \u00abSettings\u00bb and pick the list.",
    ),
    (
        "ro",
        "Și alți clienți ne-au semnalat asta. Până la remediere, butonul „Listă” păstrează aspectul vechi.",
    ),
    ("ro", "Alți clienți au avut aceeași întrebare. Găsiți răspunsul în secțiunea „Ajutor”."),
    (
        "ro",
        "Un alt client ne-a scris la fel ieri; lucrăm la asta. Folosiți meniul „Export” până atunci.",
    ),
    (
        "ru",
        "О недельном виде нам пишут и другие клиенты. Пока кнопка «Список» возвращает старый вид.",
    ),
    ("ru", "Другие клиенты тоже об этом спрашивали. Ответ есть в разделе «Помощь»."),
    ("ru", "Другой клиент писал о том же вчера; мы уже чиним. Пока пользуйтесь вкладкой «Архив»."),
]
OTHERS_LEAKS = [
    ("en", "Another customer, \u00abNorthwind Foods\u00bb, had the same refund issue last week."),
    ("ro", "Un alt client, „Brutăria Ionescu”, a avut aceeași problemă cu rambursarea."),
    ("ru", "Другой клиент, «Ромашка-Трейд», столкнулся с тем же возвратом."),
]


@pytest.mark.parametrize(("lang", "text"), OTHERS_CLEAN)
def test_other_customers_in_general_with_a_later_quoted_button_stay_clean(
    lang: str, text: str
) -> None:
    assert _r5(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), OTHERS_LEAKS)
def test_another_customers_quoted_firm_in_the_same_sentence_blocks(lang: str, text: str) -> None:
    assert _r5(text, lang)


# (5) a private address of a router or modem named as ours is our network, not the
# customer's home one: "router" near it no longer spares it when "our" owns it
OUR_ROUTER_LEAKS = [
    ("en", "The router in our office is at 10.20.0.1 and forwards to your VPN."),
    ("en", "Our warehouse router, 172.16.4.1, drops the tunnel at night."),
    ("en", "Our office modem sits on 192.168.50.1 behind the firewall."),
    ("ro", "Routerul din biroul nostru are adresa 10.8.0.1 și trimite traficul spre VPN."),
    ("ro", "Modemul depozitului nostru, 172.20.1.1, cade noaptea."),
    ("ro", "Routerul nostru de la sediu este 192.168.77.1."),
    ("ru", "Роутер в нашем офисе — 10.50.0.1, он и пересылает трафик в ваш VPN."),
    ("ru", "Наш складской маршрутизатор 172.18.0.1 отключается ночью."),
    ("ru", "Модем нашего филиала стоит на 192.168.40.1."),
]
HOME_ROUTER_CLEAN = [
    ("en", "Give the printer 192.168.1.50 in your router settings, as our guide shows."),
    ("en", "In our guide, set your router to hand out 192.168.0.100 to the printer."),
    ("en", "Your public address is 84.12.33.10, so the block is on the network side."),
    ("ro", "În ghidul nostru scrie: routerul dumneavoastră, 192.168.0.1, se deschide în browser."),
    ("ro", "Setați în routerul de acasă adresa 192.168.1.60 pentru imprimantă."),
    ("ru", "Как в нашей инструкции: откройте ваш роутер по адресу 192.168.0.1."),
    ("ru", "Задайте принтеру адрес 192.168.1.70 в настройках вашего роутера."),
]


@pytest.mark.parametrize(("lang", "text"), OUR_ROUTER_LEAKS)
def test_our_routers_private_address_blocks(lang: str, text: str) -> None:
    assert _r5(text, lang)


@pytest.mark.parametrize(("lang", "text"), HOME_ROUTER_CLEAN)
def test_home_router_and_public_addresses_stay_clean(lang: str, text: str) -> None:
    assert _r5(text, lang) == []
