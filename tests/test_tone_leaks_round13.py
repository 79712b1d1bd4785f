"""R5 confidentiality, the leak13 round: the concepts blind19/blind20's writers got
past the linter, each as a leak and as its clean look-alike, in en, ro and ru. Wordings
of their own: none is a labelled case of tests/data/tone."""

from __future__ import annotations

import pytest

from tests.test_tone_leaks_round4 import _blocked
from tests.tonecheck import family_holds

# (family, language, leak, clean look-alike)
FAMILIES = [
    # a host in our own namespace: a last label no registry hands out ("…-int", "…-corp")
    (
        "private namespace host",
        "en",
        "Reports are built on rpt-worker-07.us-east.prod.globex-int until Friday.",
        "Reports are built on reports.globex.com and emailed every Friday.",
    ),
    (
        "private namespace host",
        "ro",
        "Rapoartele se generează pe rpt-07.cluj.prod.firma-corp până vineri.",
        "Rapoartele se generează pe rapoarte.firma.ro și se trimit vinerea.",
    ),
    (
        "private namespace host",
        "ru",
        "Отчёты собираются на rpt-07.spb.prod.kontora-lan до пятницы.",
        "Отчёты собираются на reports.kontora.ru и приходят по пятницам.",
    ),
    # a server named by its role before the infrastructure word
    (
        "role-named server",
        "en",
        "The scans are stored on scan-srv-04 until the audit ends.",
        "The scans are stored in your account until the audit ends.",
    ),
    # our private address given to the customer to use, with its port
    (
        "our address to use",
        "en",
        "Please set your mail client to 10.20.30.40 port 993 for now.",
        "Please set your mail client to imap.acme.com port 993 for now.",
    ),
    (
        "our address to use",
        "ro",
        "Setați aplicația client pe 172.20.4.9, portul 8443, până mâine.",
        "Setați aplicația client pe portal.firma.ro, portul 443, până mâine.",
    ),
    (
        "our address to use",
        "ru",
        "Укажите в клиенте адрес 10.8.0.1, порт 51820, пока шлюз не починят.",
        "Укажите в клиенте адрес connect.kontora.ru, порт 51820, пока шлюз не починят.",
    ),
    # another customer's money or document, set against the reader (no e-mail address)
    (
        "another customer's money",
        "en",
        "Sorry for the mix-up: that receipt for €80 was meant for Joanna Pike, not for you.",
        "Sorry for the mix-up: that receipt for €80 is yours, Joanna Pike, as you asked.",
    ),
    (
        "another customer's money",
        "ro",
        "Scuze: comanda 4471 de 220 lei era de fapt pentru Marius Olteanu, nu pentru dumneavoastră.",
        "Scuze: comanda 4471 de 220 lei este pentru Marius Olteanu, așa cum ați cerut.",
    ),
    (
        "another customer's money",
        "ru",
        "Простите: заказ 4471 на 2 200 ₽ на самом деле для Ольги Сорокиной, а не для вас.",
        "Ольга Сорокина, ваш заказ 4471 на 2 200 ₽ уже в пути.",
    ),
    # a colleague's note copied in with its words, against a note only mentioned
    (
        "copied note",
        "en",
        'Billing replied, quoting their memo: "high refund risk, stall until the 30-day window closes".',
        "Billing replied and left an internal note for the refunds team; you will hear from them tomorrow.",
    ),
    (
        "copied note",
        "ro",
        "Colegii au răspuns, vă citez comentariul: „client dificil, amânați rambursarea cât se poate”.",
        "Am lăsat o notă internă pentru colegii de la rambursări; vă contactează mâine.",
    ),
    (
        "copied note",
        "ru",
        "Коллеги ответили, привожу их записку: «клиент проблемный, тянуть с возвратом до конца месяца».",
        "Я оставил внутреннюю заметку для коллег из отдела возвратов, они свяжутся с вами завтра.",
    ),
    # an address of our office's printer, against the customer's own home printer
    (
        "our office device",
        "en",
        "The printer jams again? Try printing a test page to 192.168.50.20 (lab-prn-01) first.",
        "The printer jams again? Give it the address 192.168.1.50 in your router first.",
    ),
    (
        "our office device",
        "ro",
        "Imprimanta nu merge? Trimiteți o pagină de test la 192.168.50.20, e serverul din biroul nostru.",
        "Imprimanta nu merge? Dați-i adresa 192.168.1.50 din routerul dumneavoastră.",
    ),
    (
        "our office device",
        "ru",
        "Принтер не печатает? Отправьте тестовую страницу на 192.168.50.20, это сервер в нашем офисе.",
        "Принтер не печатает? Задайте ему адрес 192.168.1.50 в вашем роутере.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_each_family_blocks_its_leak_and_spares_its_look_alike(
    family: str, language: str, leak: str, clean: str
) -> None:
    family_holds(family, language, leak, clean)


# Clean drafts that must stay unblocked: the customer's own router and a version number
CLEAN = [
    ("en", "Open 192.168.1.1 in your browser and restart the router from there."),
    ("ro", "Deschideți 192.168.0.1 în browser și reporniți routerul de acolo."),
    ("ru", "Откройте 192.168.1.1 в браузере и перезагрузите роутер."),
    ("en", "Please update the client to 10.4.2.17, it fixes the crash."),
]


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_clean_look_alikes_stay_unblocked(language: str, text: str) -> None:
    assert _blocked(text, language) == []
