"""The reply-level judgement's second round (tone/reply.py, R1 and R6): questions that ask
nothing (irony with no marker word), passing the customer on ("talk to them"), blame told
by the facts alone ("nobody answered the door"), and the polite look-alikes that must stay
quiet (a diagnostic question, "the fault is not on our side" before the fix, credit given
in a counterfactual, a kindergarten place). Wordings of their own, per language, not the
labelled sets' sentences."""

from __future__ import annotations

import pytest

from supportdesk.tone import builtin_packs
from supportdesk.tone.construct import scored
from supportdesk.tone.register import markers
from supportdesk.tone.reply import features
from tests.tonecheck import rude_findings as _tone


def _features(text: str, language: str) -> dict[str, float]:
    packs = builtin_packs()
    doc = packs.document(text, language)
    reg = markers(doc, packs)
    you = reg.formal + reg.informal
    return features(doc, packs, scored(doc, packs, you), you)[0]


RHETORICAL = [
    (
        "en",
        "Hi Priya,\n\nSo the sofa is 'the wrong shade of grey'? It matches the swatch you "
        "ordered. Did you expect it to glow?\n\nHomeNest",
        2.0,
    ),
    (
        "ro",
        "Bună, Sorin,\n\nDeci aspiratorul e „prea zgomotos”? E un aspirator. Vă așteptați "
        "cumva să cânte?\n\nCasaPlus",
        2.0,
    ),
    (
        "ru",
        "Здравствуйте, Вера.\n\nЗначит, пылесос «слишком шумный»? Это пылесос. Вы ждали, "
        "что он будет петь?\n\nДомПлюс",
        2.0,
    ),
    # a test question about the thing, and a question with a request in it: none
    (
        "en",
        "Hi Max,\n\nA quick test: does it load on mobile data? Could you try that and tell "
        "me?\n\nSupport",
        0.0,
    ),
    (
        "ro",
        "Salut, Max,\n\nUn test rapid: merge pe date mobile? Îmi spui, te rog, ce vezi?\n\nSuport",
        0.0,
    ),
    (
        "ru",
        "Привет, Макс.\n\nБыстрый тест: работает ли через мобильный интернет? Напиши, "
        "пожалуйста, что видишь?\n\nПоддержка",
        0.0,
    ),
]


@pytest.mark.parametrize(("language", "text", "count"), RHETORICAL)
def test_questions_that_ask_nothing_are_counted(language: str, text: str, count: float) -> None:
    assert _features(text, language)["rhetorical"] == count


@pytest.mark.parametrize(("language", "text"), [(lang, t) for lang, t, n in RHETORICAL if n])
def test_irony_by_questions_alone_is_flagged(language: str, text: str) -> None:
    found = _tone(text, language)
    assert found and found[0].category == "sarcastic"


PASSED_ON = [
    ("en", "Dana, got your note. The delay is the airline's, not ours. Talk to them. Bye"),
    ("ro", "Dana, am primit mesajul. Întârzierea e a companiei aeriene. Vorbiți cu ei. Pa"),
    ("ru", "Дана, сообщение получил. Задержка на стороне авиакомпании. К ним и обращайтесь. Пока"),
]


@pytest.mark.parametrize(("language", "text"), PASSED_ON)
def test_passing_the_customer_on_is_flagged(language: str, text: str) -> None:
    assert _features(text, language)["n_reply_deflect"] >= 1
    assert _tone(text, language)


FACTS_BLAME = [
    (
        "en",
        "Hello Ms Roy,\n\nThe sofa was not delivered because nobody answered the door. The "
        "time slot was in the confirmation e-mail. Redelivery costs £30.\n\nHomeNest",
    ),
    (
        "ro",
        "Bună ziua,\n\nCanapeaua nu a fost livrată pentru că nu a răspuns nimeni la ușă. "
        "Intervalul era în e-mailul de confirmare. Relivrarea costă 150 de lei.\n\nCasaPlus",
    ),
    (
        "ru",
        "Здравствуйте.\n\nДиван не доставлен, так как дверь никто не открыл. Время доставки "
        "было указано в письме с подтверждением. Повторная доставка стоит 1500 рублей.\n\nДомПлюс",
    ),
]


@pytest.mark.parametrize(("language", "text"), FACTS_BLAME)
def test_blame_by_the_facts_alone_is_flagged(language: str, text: str) -> None:
    assert _features(text, language)["n_reply_fault"] >= 1
    assert _tone(text, language)


KIND = [
    # where the fault lies, said before the fix
    (
        "en",
        "Hi Lee,\n\nThe error comes from the printer driver, not from us, so here is how to "
        "update it in two steps.\n\nSam",
    ),
    (
        "ro",
        "Bună, Lee,\n\nEroarea vine de la driverul imprimantei, nu de la noi, așa că iată cum "
        "îl actualizați în doi pași.\n\nSam",
    ),
    (
        "ru",
        "Здравствуйте, Ли.\n\nОшибка идёт от драйвера принтера, не от нас, поэтому вот как "
        "его обновить в два шага.\n\nСэм",
    ),
    # credit in a counterfactual, a kindergarten place, "the sum is still wrong"
    (
        "ru",
        "Здравствуйте!\n\nЕсли бы вы не написали, мы бы так и не узнали о сбое. Большое спасибо!\n\nИра",
    ),
    (
        "ru",
        "Здравствуйте, Анна.\n\nК сожалению, мест в детском саду на Садовой сейчас нет. Я "
        "запишу Машу в лист ожидания и сообщу, как только место появится.\n\nОтдел зачисления",
    ),
    (
        "ru",
        "Здравствуйте.\n\nЕсли сумма и после этого неверная, пришлите скриншот, и я сегодня "
        "же проверю.\n\nЭмма",
    ),
    # a firm statement softened, "not a fault" with the reason, an invitation after "if"
    (
        "ru",
        "Привет, Лена!\n\nСпасибо, что написала. Билет уже использован, поэтому, к "
        "сожалению, вернуть деньги я не могу, так работают правила перевозчика. Могу "
        "помочь с жалобой в их поддержку.\n\nКостя",
    ),
    (
        "ru",
        "Здравствуйте, Ирина.\n\nПонимаю, досадно. Это не ошибка, так устроен лимит "
        "бесплатного тарифа: 5 ГБ. Подскажу, как перейти на тариф побольше.\n\nПоддержка",
    ),
    (
        "ru",
        "Привет, Дима!\n\nНачислил бонусы вручную. Если вдруг не увидишь их через час, "
        "пиши, разберёмся!\n\nГоша",
    ),
    # "you see" inside a condition is no talking down
    (
        "en",
        "Hi Omar,\n\nThe clicking after the heating stops is normal. If you see water under "
        "the unit, call us and we'll send someone the same day.\n\nNina",
    ),
]


OVERDONE = [
    (
        "en",
        "Hi Tara,\n\nThank you so much for your note about the bus being ten minutes late. We "
        "can only imagine the ordeal. Our driver sends his deepest apologies for not "
        "teleporting through the roadworks.\n\nCityBus",
    ),
    (
        "ro",
        "Bună, Tara,\n\nVă mulțumim din suflet pentru mesajul despre autobuzul întârziat zece "
        "minute. Ne imaginăm prin ce ați trecut. Șoferul își cere scuze că nu s-a teleportat "
        "peste lucrări.\n\nCityBus",
    ),
    (
        "ru",
        "Здравствуйте, Тара.\n\nОгромное спасибо за письмо об опоздании автобуса на десять "
        "минут. Можем только догадываться, через что вам пришлось пройти. Водитель приносит "
        "глубочайшие извинения, что не телепортировался через ремонт дороги.\n\nCityBus",
    ),
]


@pytest.mark.parametrize(("language", "text"), OVERDONE)
def test_irony_wrapped_in_thanks_is_flagged(language: str, text: str) -> None:
    assert _features(text, language)["n_reply_overdone"] >= 2
    found = _tone(text, language)
    assert found and found[0].category == "sarcastic"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Hi Tara,\n\nThank you so much for your patience. The bus was late because of "
            "roadworks; I've added a free day to your pass.\n\nCityBus",
        ),
        (
            "ro",
            "Bună, Tara,\n\nVă mulțumim din suflet pentru răbdare. Autobuzul a întârziat din "
            "cauza lucrărilor; v-am adăugat o zi gratuită pe abonament.\n\nCityBus",
        ),
        (
            "ru",
            "Здравствуйте, Тара.\n\nОгромное спасибо за терпение. Автобус опоздал из-за ремонта "
            "дороги; я добавила вам бесплатный день к проездному.\n\nCityBus",
        ),
    ],
)
def test_sincere_warm_thanks_stay_quiet(language: str, text: str) -> None:
    assert _tone(text, language) == []


NEVER_DONE = [
    (
        "en",
        "Hello Mr Finch,\n\nThe boiler stopped because it was never serviced, which is the "
        "tenant's responsibility under the lease. The call-out fee is £95.\n\nHeatRight",
    ),
    (
        "ro",
        "Bună ziua,\n\nCentrala s-a oprit pentru că nu a fost verificată niciodată, ceea ce "
        "e responsabilitatea chiriașului. Deplasarea costă 300 de lei.\n\nHeatRight",
    ),
    (
        "ru",
        "Здравствуйте.\n\nКотёл остановился, потому что его ни разу не обслуживали, а это "
        "обязанность арендатора. Выезд мастера стоит 3000 рублей.\n\nHeatRight",
    ),
]


@pytest.mark.parametrize(("language", "text"), NEVER_DONE)
def test_blame_by_a_duty_never_done_is_flagged(language: str, text: str) -> None:
    assert _features(text, language)["n_reply_fault"] >= 2
    assert _tone(text, language)


MORE_KIND = [
    # a claim number is no "your claim is"; a reason after "не нужно:" is no contempt
    (
        "en",
        "Dear Ms Cole,\n\nThere's no need to send it again: your claim number is C-4410, "
        "and the assessor will call you by Friday.\n\nRegards,\nPaul",
    ),
    (
        "ru",
        "Здравствуйте, Ольга.\n\nПовторно писать не нужно: номер вашего обращения C-4410, "
        "эксперт позвонит вам до пятницы.\n\nС уважением,\nПавел",
    ),
    # the parcel came back, the form was sent: no step the agent took or offers
    # (and "сочувствую" is empathy; "— записать тебя?" an offer)
    (
        "ru",
        "Привет, Костя!\n\nСочувствую насчёт телефона. Поломку от падения гарантия не "
        "покрывает, но партнёр починит его за 3 000 ₽ — записать тебя?\n\nМо",
    ),
]


def test_stems_of_the_agents_deeds_take_no_parcel() -> None:
    """ "вернул", "отправил" (what the agent did) are whole words: "посылка вернулась",
    "форма не была отправлена" are nobody's offer or next step."""
    feats = _features(
        "Здравствуйте.\n\nПосылка вернулась, так как форма не была отправлена вовремя. "
        "Повторная доставка платная.\n\nДоставка",
        "ru",
    )
    assert feats["has_reply_offer"] == 0.0
    assert feats["has_reply_next"] == 0.0


@pytest.mark.parametrize(("language", "text"), KIND + MORE_KIND)
def test_kind_look_alikes_stay_quiet(language: str, text: str) -> None:
    assert _tone(text, language) == []
