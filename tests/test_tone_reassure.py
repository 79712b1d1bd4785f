"""Reassurance is not blame (R1, R6): "you haven't lost / missed anything", "don't worry"
told to the customer are what a kind reply says, and the reply-level word lists
(`[lexicon.reply_fault]`, `[lexicon.reply_refusal]`, tone/reply.py) must not count them as
fault put on the customer or a refusal. The same words as a reproach or a question still
count. Found on blind38 (a development split after its judged run): «…так что вы ничего
не пропустили» and „Nu-ți face griji, nu ai pierdut progresul" were judged cold replies."""

from __future__ import annotations

import importlib

import pytest

from supportdesk.tone.packs import builtin_packs

reply = importlib.import_module("supportdesk.tone.reply")


def _hits(text: str, lang: str, lexicon: str) -> list[str]:
    packs = builtin_packs()
    doc = packs.document(text, lang)
    return [doc.text[h.start : h.end] for h in reply._find(packs, doc, lexicon)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nu ai pierdut progresul la curs, totul e salvat.", "ro"),
        ("Nu ați ratat nimic: termenul e până în iunie.", "ro"),
        ("Nu ați greșit cu nimic, sistemul a blocat plata automat.", "ro"),
        ("Заявить вычет можно в течение трёх лет, так что вы ничего не пропустили.", "ru"),
        ("Не переживайте, вы не потеряли прогресс по курсу.", "ru"),
        ("Вы ничего не сделали неправильно: карту заблокировала система.", "ru"),
    ],
)
def test_reassurance_is_no_fault(text: str, lang: str) -> None:
    assert _hits(text, lang, "reply_fault") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nu ați citit contractul înainte să semnați.", "ro"),
        ("Nu ai pierdut parola din nou?", "ro"),
        ("Вы не прочитали договор.", "ru"),
        ("Вы не потеряли чек?", "ru"),
    ],
)
def test_blame_and_questions_still_count(text: str, lang: str) -> None:
    assert _hits(text, lang, "reply_fault") != []


@pytest.mark.parametrize(
    "text", ["Nu-ți face griji, totul e salvat.", "Nu vă faceți griji, banii sunt în siguranță."]
)
def test_dont_worry_is_no_refusal(text: str) -> None:
    assert _hits(text, "ro", "reply_refusal") == []


@pytest.mark.parametrize("text", ["Nu facem rambursări.", "Nu putem schimba data."])
def test_refusals_still_count(text: str) -> None:
    assert _hits(text, "ro", "reply_refusal") != []
