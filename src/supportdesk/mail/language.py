"""The language a customer writes in (R14: answer in the customer's language).

py3langid (BSD, offline, model inside the wheel) covers ~100 languages, so a German or
Polish customer is recognised too; its first call loads the model (~0.7 s), so ingest
workers pay it once. Its commonest slip on short support mail is calling Russian
Ukrainian or Belarusian: without a letter only those alphabets have, it is Russian.
"""

from __future__ import annotations

import re
from functools import cache

_UK_BE_LETTERS = re.compile(r"[іїєґўІЇЄҐЎ]")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
MIN_LETTERS = 12  # below this any guess is noise


@cache
def _identifier():  # noqa: ANN202 - py3langid has no type hints
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def warm_up() -> None:
    """Load the model now (e.g. before forking workers that will all need it)."""
    _identifier()


def detect(text: str) -> str:
    """An ISO 639-1 code, or "" when the text is too short or too mixed to tell."""
    sample = text[:400]  # enough to tell languages apart; the cost grows with length
    if len(_LETTERS.findall(sample)) < MIN_LETTERS:
        return ""
    lang, prob = _identifier().classify(sample)
    if lang in ("uk", "be") and not _UK_BE_LETTERS.search(sample):
        return "ru"
    return lang if prob >= 0.5 else ""
