"""Polite false alarms of the reply-level judgement (R1, tone/reply.py) fixed in the
twentieth session, seen on blind40 (a development split) and fixed by mechanism, with
wordings written for this test:

- a pack pattern runs on folded text (words.fold: no Romanian diacritics, "е" for "ё"),
  so a pattern spelt with them ("(?:doriți|vreți) să", "вс[её]") matched nothing where
  the letter stood alone: the Romanian offer put as a question had never been read as an
  offer, and the question counted as rhetorical (irony). Patterns are now folded when the
  pack is loaded (words.PATTERN_FOLD), team packs' too;
- an offer put in the first person present („Îți mut rezervarea pe 14?", „Vă trimit
  factura și pe e-mail?") is an offer, not a rhetorical question; a second person's
  verb („Îți dai seama ce ai scris?", „Vă așteptați cumva la trandafiri?") still asks the
  customer, and stays irony;
- a chat greeting without "good" ("Morning Jo!", "Evening all,"; ru «Доброго дня!») is a
  greeting, not the noun opening a sentence ("Morning deliveries start at 8.");
- "Lovely to hear from you again" is warmth (the reply is not cold).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from supportdesk.tone import lint
from supportdesk.tone.packs import builtin_packs, load_packs
from tests.tonecheck import assert_quiet, assert_rude


def _hits(text: str, language: str, name: str) -> list[str]:
    packs = builtin_packs()
    doc = packs.document(text, language)
    return [h.text for h in packs.find(doc, name)]


def test_a_team_pattern_spelt_with_diacritics_matches_the_draft(tmp_path: Path) -> None:
    (tmp_path / "tone").mkdir()
    (tmp_path / "tone" / "team.toml").write_text(
        'language = "ro"\n[[rule]]\nid = "team.ro-promise"\nserves = "R4"\nseverity = "warn"\n'
        'message = "Nu promiteți."\npatterns = ["\\\\bvă garantăm\\\\b"]\n'
        'positive = ["Vă garantăm livrarea mâine."]\nnegative = ["Vă anunțăm când pleacă."]\n',
        encoding="utf-8",
    )
    packs = load_packs(tmp_path)
    assert packs.problems == []
    found = {
        f.rule for f in lint("Vă garantăm livrarea mâine.", packs=packs, language="ro").findings
    }
    assert "team.ro-promise" in found


@pytest.mark.parametrize(
    "text",
    ["Îți mut rezervarea pe 14?", "Vă trimit factura și pe e-mail?", "Să vă rezerv unul?",
     "Doriți să vi-l trimit prin curier?"],
)  # fmt: skip
def test_a_romanian_offer_question_is_an_offer(text: str) -> None:
    assert _hits(text, "ro", "reply_offer"), text


@pytest.mark.parametrize(
    "text", ["Îți dai seama ce ai scris?", "Vă așteptați cumva la trandafiri?"]
)
def test_a_question_in_the_second_person_is_no_offer(text: str) -> None:
    assert not _hits(text, "ro", "reply_offer"), text


@pytest.mark.parametrize(
    ("text", "language"),
    [("Morning Jo! Your order left today.", "en"), ("Evening all, quick update.", "en"),
     ("Доброго дня! Заказ уже в пути.", "ru")],
)  # fmt: skip
def test_a_chat_greeting_is_a_greeting(text: str, language: str) -> None:
    assert _hits(text, language, "greeting"), text


def test_the_noun_morning_opening_a_sentence_is_no_greeting() -> None:
    assert not _hits("Morning deliveries start at 8. Yours is on the van.", "en", "greeting")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Morning Sam! Lovely to hear from you again. The green one is back in stock, so "
         "I've put one aside for you until Friday.", "en"),
        ("Se poate! Mutarea zborului e gratuită până cu 24 de ore înainte. Îți mut "
         "biletul pe joi?", "ro"),
    ],
)  # fmt: skip
def test_a_warm_chat_reply_is_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)


@pytest.mark.parametrize(
    "text",
    ["Bună ziua. Ați comandat un cactus. Vă așteptați cumva la trandafiri?",
     "Salut. Am citit tot. Îți dai seama ce ai scris?"],
)  # fmt: skip
def test_irony_in_a_question_is_still_found(text: str) -> None:
    assert_rude(text, "ro")
