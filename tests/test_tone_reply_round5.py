"""The reply-level judgement's fifth round (tone/reply.py, R1): the customer sent away
instead of helped, by mechanism and in every language, with polite near-misses that must
stay quiet. The mechanisms: a refusal of responsibility with nothing of ours in its place
("we don't deal with X", "nu ne ocupăm", "мы этим не занимаемся") and an order to contact a
third party ("Call the hotline.", "contactați Microsoft", "звоните в банк"), counted as
`reply_deflect`; a reply whose only content is a pointer to a section, clause, FAQ or app
menu (`reply_pointer`); resignation with no apology ("It happens.", "Se mai întâmplă.",
"Бывает."; `reply_final`); the trouble denied from our end ("works for me", "la mine
merge", "у меня всё работает"; `reply_dispute`). Wordings of our own, not the labelled
sets' sentences."""

from __future__ import annotations

import pytest

from supportdesk.tone import builtin_packs
from tests.tonecheck import rude_findings as _tone

# The reply model's refit of 2026-12-04 (bench/reply_train.py's docstring: 60 of 1,668 polite
# drafts no longer warned, 12 of 948 rude lost, on fifteen splits neither fit had seen) scores
# these two below its bar (0.66 and 0.59 against 0.70): the pointer-only reply has a next step
# and an alternative in the model's eyes, and «Такое бывает» is counted as empathy. Strict: a
# later fit or word list that catches them again fails here, to be unmarked.
REFIT36 = pytest.mark.xfail(
    strict=True, reason="below the refitted reply model's bar (see REFIT36)"
)

RUDE = [
    # disown / third party
    (
        "en",
        "Hi Dana,\n\nWe don't handle parking fines here. Contact the council about it.\n\nMetroPark",
    ),
    (
        "en",
        "Hello,\n\nPrinter drivers are not something we deal with. Ask your IT department.\n\nOfficeDesk",
    ),
    ("en", "Ping the courier, we do not handle redeliveries.\n\nJo"),
    ("ro", "Bună ziua,\n\nNu ne ocupăm de amenzi. Adresați-vă primăriei.\n\nMetroPark"),
    (
        "ro",
        "Salut,\n\nProblema e la telefonul tău, nu la sistemul nostru. Sună la service.\n\nIoana",
    ),
    ("ro", "Buna ziua,\n\nNoi nu ne ocupam de retururi. Contactati curierul.\n\nShop"),
    ("ru", "Здравствуйте.\n\nЭто вопрос к провайдеру, мы этим не занимаемся.\n\nПоддержка"),
    ("ru", "Звоните в банк, возвратами мы не занимаемся.\n\nОля"),
    (
        "ru",
        "Добрый день.\n\nПроблема на стороне почтового клиента. Обратитесь к администратору.\n\nИван",
    ),
    # pointer only
    (
        "en",
        "Hello,\n\nCancellation terms are set out in our Terms. Please see clause 9 for more information.\n\nGymCo",
    ),
    (
        "en",
        "Hi Tom,\n\nRefunds are requested in the app under Orders. For more information see the Help section.\n\nShopline",
    ),
    (
        "ro",
        "Bună ziua,\n\nRetururile se fac din aplicație, la secțiunea „Comenzi”. Pentru mai multe informații consultați articolul 5 din Termeni.\n\nShopline",
    ),
    (
        "ro",
        "Buna ziua,\n\nPentru detalii despre abonament va rugam sa consultati capitolul 3 din contract.\n\nCu stima,\nFitLife",
    ),
    pytest.param(
        "ru",
        "Добрый день.\n\nВернуть товар можно в приложении в разделе «Заказы». Подробнее в пункте 5 условий.\n\nМагазин",
        marks=REFIT36,
    ),
    (
        "ru",
        "Здравствуйте.\n\nСмотрите пункт 7.2 договора. Ответы на остальные вопросы есть в FAQ.\n\nПоддержка",
    ),
    # resignation
    ("en", "Hi Lee,\n\nParcels get lost sometimes. These things happen. Order again.\n\nShipFast"),
    ("en", "Tom,\n\nServers go down. It happens. Try later.\n\nHost"),
    ("ro", "Bună,\n\nColetele se mai pierd. Se mai întâmplă. Comandă din nou.\n\nShipFast"),
    ("ro", "Mihai,\n\nServerele mai cad. Asta e viața. Încearcă mai târziu.\n\nHost"),
    ("ru", "Лена,\n\nПосылки иногда теряются. Бывает. Закажите заново.\n\nШипФаст"),
    pytest.param(
        "ru", "Том,\n\nСерверы падают. Такое бывает. Попробуйте позже.\n\nХост", marks=REFIT36
    ),
    # works for me
    ("en", "works fine on my end\n\nSam"),
    ("ro", "la mine merge\n\nSam"),
    ("ru", "у меня всё работает\n\nСэм"),
    # nothing of ours to say: not ours to track, outside our zone (blind10's kind)
    (
        "en",
        "Hi Ravi,\n\nYour order has shipped. What the customs office does with it is not something we monitor.\n\nShopline",
    ),
    (
        "ro",
        "Bună ziua,\n\nComanda a plecat. Ce face vama cu ea nu intră în aria noastră de suport, așa că închid tichetul.\n\nShopline",
    ),
    (
        "ru",
        "Здравствуйте.\n\nЗаказ отправлен. Что делает с ним таможня, в зону нашей ответственности не входит, заявку закрываю.\n\nМагазин",
    ),
]

# the same mechanisms beside an apology, thanks or a step of ours: facts, not a brush-off
POLITE = [
    (
        "en",
        "Hi Dana,\n\nParking fines are issued by the council rather than by us, but I'm sorry for the trouble: I've emailed them your ticket number and will forward their answer by Friday.\n\nMetroPark",
    ),
    (
        "en",
        "Hi Tom,\n\nThanks for writing. I've refunded the order; you can follow it in the app under Orders, and I'll check on Monday that it arrived.\n\nShopline",
    ),
    (
        "en",
        "Hi Lee,\n\nI'm so sorry the parcel went missing. It happens rarely, but it did here: I've sent a replacement that arrives Thursday.\n\nShipFast",
    ),
    (
        "en",
        "Hi Ana,\n\nTuesday at 10 works for me. I've booked the engineer and you'll get a text the day before.\n\nThanks,\nLuis",
    ),
    (
        "ro",
        "Bună ziua,\n\nAmenzile le emite primăria, nu noi, dar îmi pare rău de neplăcere: le-am trimis eu numărul dumneavoastră și vă scriu vineri cu răspunsul.\n\nMetroPark",
    ),
    (
        "ro",
        "Bună ziua,\n\nVă mulțumim! Am făcut rambursarea; o puteți urmări din aplicație, la secțiunea „Comenzi”, iar luni verific că a ajuns.\n\nShopline",
    ),
    (
        "ro",
        "Bună ziua,\n\nÎmi pare rău că s-a pierdut coletul. Se întâmplă rar, dar aici s-a întâmplat: v-am trimis deja altul, ajunge joi.\n\nShipFast",
    ),
    (
        "ru",
        "Здравствуйте!\n\nШтрафы выписывает администрация города, а не мы, но мне жаль, что так вышло: я уже переслала им ваш номер и напишу ответ до пятницы.\n\nМетроПарк",
    ),
    (
        "ru",
        "Здравствуйте!\n\nСпасибо, что написали. Деньги я вернула, статус видно в приложении в разделе «Заказы», в понедельник проверю, что всё дошло.\n\nМагазин",
    ),
    (
        "ru",
        "Здравствуйте, Лена!\n\nОчень жаль, что посылка потерялась. Такое бывает редко, но здесь случилось: новую я уже отправила, придёт в четверг.\n\nШипФаст",
    ),
    (
        "ru",
        "Здравствуйте!\n\nУ меня всё работает, поэтому давайте посмотрим ваш роутер: я позвоню вам завтра в 10, если удобно.\n\nСпасибо,\nИван",
    ),
    (
        "en",
        "Hi Ravi,\n\nSorry for the wait. Customs holds aren't something we control, but I've asked the courier for an update and will write to you by Thursday.\n\nShopline",
    ),
    (
        "ro",
        "Bună ziua,\n\nÎmi pare rău pentru întârziere. Vama nu intră în aria noastră, dar am întrebat curierul și vă scriu până joi.\n\nShopline",
    ),
    (
        "ru",
        "Здравствуйте!\n\nИзвините за ожидание. Таможня не входит в зону нашей ответственности, но я уже запросила у курьера статус и напишу вам до четверга.\n\nМагазин",
    ),
    # a shrug after a comma is an aside before a fix of ours (resignation counts standing alone)
    (
        "en",
        "Hello,\n\nThe report went out unsigned, it happens; I have prepared a corrected one.\n\nOlga",
    ),
    (
        "ro",
        "Bună ziua,\n\nRaportul a plecat fără semnătură, se mai întâmplă; am pregătit unul corectat.\n\nOlga",
    ),
    (
        "ru",
        "Здравствуйте.\n\nОтчёт ушёл без подписи, такое бывает; я подготовила исправленный.\n\nОля",
    ),
    # our own call to a third party is a step of ours, and an instruction for later is no
    # brush-off: the order to contact someone counts standing at a sentence's start
    (
        "en",
        "Hi Ann,\n\nI called the courier this morning and they will redeliver on Tuesday between 9 and 12.\n\nBest,\nTom",
    ),
    (
        "en",
        "Hi Ann,\n\nThe new card is on its way. If it is lost, please contact the card hotline at any time, day or night.\n\nTom",
    ),
    (
        "en",
        "Hi Ann,\n\nYour refund went out today. For more details, see the confirmation email I just sent.\n\nTom",
    ),
    ("ro", "Bună ziua,\n\nAm sunat la depozit și coletul pleacă mâine dimineață.\n\nToma"),
    (
        "ro",
        "Bună ziua,\n\nPuteți plăti factura pe site-ul nostru; am verificat și contul e activ.\n\nToma",
    ),
    (
        "ro",
        "Bună ziua,\n\nVă rog să contactați banca dacă vedeți din nou tranzacția; noi am blocat deja cardul și vă trimitem altul mâine.\n\nMulțumim,\nToma",
    ),
    ("ru", "Здравствуйте!\n\nЯ позвонила в пункт выдачи, посылку продержат до пятницы.\n\nТома"),
    (
        "ru",
        "Здравствуйте!\n\nВозврат оформлен сегодня. Подробнее в письме, которое я вам отправила.\n\nТома",
    ),
]


@pytest.mark.parametrize(("language", "text"), RUDE)
def test_sent_away_is_flagged(language: str, text: str) -> None:
    """R1: a reply that sends the customer elsewhere, points them at a section, shrugs
    ("it happens") or says "works for me" and does nothing itself is flagged."""
    assert _tone(text, language), text


@pytest.mark.parametrize(("language", "text"), POLITE)
def test_polite_near_miss_stays_quiet(language: str, text: str) -> None:
    """R1: the same words with an apology, thanks or a step we take are no brush-off."""
    assert not _tone(text, language), [
        (f.rule, text[f.start : f.end]) for f in _tone(text, language)
    ]


def test_every_round5_list_is_defined_in_every_language() -> None:
    """Each list of the round has phrases in en, ro and ru (a list missing in one
    language would silently count 0 there)."""
    packs = builtin_packs()
    for language in ("en", "ro", "ru"):
        for name in ("reply_disown", "reply_section", "reply_resigned", "reply_nofault"):
            assert packs.lexicon(language, name).phrases, (language, name)
