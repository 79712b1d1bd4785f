"""Mood of an incoming message (issue 8, guidance R2, R7): the constructions behind it,
per language, so that a pack edit breaking one of them fails here and not only in the
benchmark. Each case states one mechanism of analyze.py; the labelled sets in
tests/data/tone/ are checked as a whole at the end.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from supportdesk.tone import analyze, builtin_packs
from supportdesk.tone.analyze import waiting_signals

DATA = Path(__file__).resolve().parent / "data" / "tone"
# splits whose moods nobody tuned on: measured by bench/tone_eval.py, never asserted here
UNTUNED_MOODS = (
    "holdout_mood",
    "blind5",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Delivery was on time and the driver was lovely. Will order again."),
        ("en", "The new reports save me hours every week."),
        ("ro", "Salut, pot să-mi mut rezervarea sau trebuie s-o fac din nou? Mersi"),
        ("ro", "În urma discuției de săptămâna trecută, vă trimit contractul semnat."),
        ("ru", "На прошлой неделе переехал, где сменить адрес доставки?"),
        ("ru", "Модуль экономит нам несколько часов в неделю."),
    ],
)
def test_incidental_time_words_are_not_waiting(language: str, text: str) -> None:
    packs = builtin_packs()
    assert waiting_signals(packs.document(text, language), packs) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The payment failed again and nobody can tell me why."),
        ("en", "Your engineer didn't turn up. Again."),
        ("en", "The upload crashed and the file is empty. It's due Friday."),
        ("ro", "Iar nu merge plata, a treia zi la rând."),
        ("ru", "Опять не проходит оплата."),
        ("ru", "Приложение вылетело при загрузке. Сдавать в пятницу."),
    ],
)
def test_waiting_words_count_beside_a_problem(language: str, text: str) -> None:
    packs = builtin_packs()
    assert waiting_signals(packs.document(text, language), packs)


GRATITUDE = [
    # thanks closing a question or a request, or a bare sign-off, is politeness
    ("en", "Hi, can you tell me if you ship to Norway? Thanks!", "neutral"),
    ("en", "My order number is 4412. Thanks.", "neutral"),
    ("ro", "Vă rog să anulați comanda 5521, am greșit mărimea. Mulțumesc.", "neutral"),
    ("ru", "Номер заказа 4412. Спасибо.", "neutral"),
    ("ru", "Для возврата требуется чек? Спасибо.", "neutral"),
    # thanks in a message that asks for nothing is the message
    ("en", "Thanks for the refund, it came through this morning.", "positive"),
    ("ro", "Am primit banii înapoi azi. Vă mulțumesc pentru seriozitate!", "positive"),
    ("ru", "Благодарю за помощь, вы очень вежливы.", "positive"),
    # praise alone, when nothing is asked
    ("ro", "Doamna de la casa 3 a fost extrem de drăguță cu bunica mea.", "positive"),
    # an earlier problem in a thank-you; a fear that did not come true
    (
        "en",
        "I had a billing problem last month, but your colleague fixed it. Thank you!",
        "positive",
    ),
    ("en", "it's back!! thank you, I thought I'd lost all my photos", "positive"),
    ("ro", "s-au întors!! mulțumesc, credeam că am pierdut toate pozele", "positive"),
    ("ru", "всё вернулось!! спасибо, я думала, что потеряла все фотки", "positive"),
]

ANGER_AND_DISTRESS = [
    # regulators, solicitors, bank disputes and deadlines: anger even in formal words
    (
        "en",
        "Unless I receive a full refund within seven days, I will refer this to my "
        "solicitor and to Trading Standards.",
        "angry",
    ),
    (
        "en",
        "I have today asked my card provider to reverse the payment. Unacceptable.",
        "angry",
    ),
    ("ro", "Dacă până vineri nu primesc banii, depun plângere la ANPC.", "angry"),
    (
        "ru",
        "Если сегодня не решите вопрос, пишу заявление в банк на оспаривание платежа.",
        "angry",
    ),
    ("ru", "ты издеваешься? пятый раз пишу. шарашкина контора", "angry"),
    # distress without hostility
    ("en", "Bit gutted tbh. The present arrived broken and I don't know what to do.", "upset"),
    ("ro", "nu pot intra în cont și azi trebuie să plătesc chiria. nu știu ce să fac", "upset"),
    ("ru", "Очень расстроена, пришла разбитая ваза. Не знаю, что делать.", "upset"),
    # look-alikes that are neither
    ("en", "Hello, I'm thinking of switching to your broadband. Minimum term?", "neutral"),
    ("en", "What is your compensation policy for delayed flights?", "neutral"),
    ("en", "I'm a patient at your clinic and need to move my appointment.", "neutral"),
    ("ro", "Bună ziua, aș dori să plătesc chiria prin aplicație. Se poate?", "neutral"),
    ("ro", "Bună ziua, vă rog să-mi trimiteți oferta de preț pentru 20 de licențe.", "neutral"),
    ("ru", "Вы вообще доставляете в Калининград?", "neutral"),
    # sarcasm; a condition is no complaint; a signature or a hotel is no threat or insult
    ("en", "Great. Just great. The new card is blocked again.", "angry"),
    ("ro", "Super. Pur și simplu super. Cardul nou iar e blocat.", "angry"),
    ("ru", "Прекрасно. Просто прекрасно. Новая карта опять заблокирована.", "angry"),
    ("en", "If the parcel arrives damaged, can I return it for free?", "neutral"),
    ("ro", "Dacă coletul ajunge deteriorat, îl pot returna gratuit?", "neutral"),
    ("ru", "Если посылка придёт повреждённой, можно её вернуть?", "neutral"),
    ("en", "Could you confirm the rooms are step-free?\n\nMany thanks,\nSue", "neutral"),
    ("ro", "Bună ziua, hotelul are parcare? Mulțumesc.", "neutral"),
    ("ru", "Подскажите, ворота склада открыты в субботу?", "neutral"),
    # a survey tag is no name ("[Survey comment] Great…"); wanting to thank is no request
    ("en", "[Survey comment] Great value, would buy again.", "positive"),
    (
        "ro",
        "Aș vrea să-i mulțumesc lui Daniel pentru ajutorul de ieri, a fost minunat.",
        "positive",
    ),
    ("ru", "Хочу поблагодарить Даниила за помощь, я это очень ценю.", "positive"),
    # a demand with a deadline in formal words
    (
        "en",
        "I regard this as a breach of our agreement and expect it reversed within 5 days.",
        "angry",
    ),
]


@pytest.mark.parametrize(("language", "text", "mood"), GRATITUDE + ANGER_AND_DISTRESS)
def test_mood_constructions(language: str, text: str, mood: str) -> None:
    assert analyze(text, language=language).mood == mood


def test_signals_name_what_led_there() -> None:
    result = analyze(
        "Unless the refund is back within 48 hours I will dispute it with my bank.",
        language="en",
    )
    assert result.mood == "angry"
    assert any(s.startswith("demand with a deadline") for s in result.signals)
    assert any(s.startswith("threat") for s in result.signals)
    thanks = analyze("Thanks for sorting it so fast, you're a legend!", language="en")
    assert thanks.mood == "positive" and any(s.startswith("thanks") for s in thanks.signals)


def _incoming() -> list[dict]:
    cases = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line) if line.strip() else {}
            # holdout_mood is the round's held-out set: measured by the benchmark, never a test;
            # so are the register round's probes (probe_reg*), whose moods nobody tuned on, and
            # the last blind sets (blind5, blind7-blind12: first runs in bench/tone_eval.py)
            split = case.get("split", "dev")
            if (
                case.get("kind") == "incoming"
                and split not in UNTUNED_MOODS
                and not split.startswith("probe_reg")
            ):
                cases.append(case)
    return cases


def test_labelled_moods_hold() -> None:
    """The tuned splits (bench/tone_eval.py) as a regression guard: a pack edit that
    loses more than a few of them has broken a construction, not a word."""
    cases = _incoming()
    found = [(c["id"], c["mood"], analyze(c["text"], language=c["lang"]).mood) for c in cases]
    wrong = [f for f in found if f[1] != f[2]]
    assert len(cases) >= 300
    assert len(wrong) <= len(cases) // 50, wrong
