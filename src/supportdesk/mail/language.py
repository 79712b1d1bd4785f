"""The language a customer writes in (R14: answer in the customer's language).

py3langid (BSD, offline, model inside the wheel) covers ~100 languages, so a German or
Polish customer is recognised too; its first call loads the model (~0.7 s), so ingest
workers pay it once. Its commonest slip on short support mail is calling Russian
Ukrainian or Belarusian: without a letter only those alphabets have, it is Russian.
The model is unpacked once into the user's cache (langcache.py), so later processes
load it in a fraction of the time.
"""

from __future__ import annotations

import re
import threading
from functools import cache

_UK_BE_LETTERS = re.compile(r"[іїєґўІЇЄҐЎ]")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
MIN_LETTERS = 12  # below this any guess is noise


_loading = threading.Lock()  # a background warm-up and a first detect load it once


@cache
def _identifier():  # noqa: ANN202 - py3langid has no type hints
    with _loading:
        return _load()


@cache
def _load():  # noqa: ANN202 - py3langid has no type hints
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from supportdesk.mail import langcache

    path = langcache.cache_path()
    cached = langcache.read(path) if path is not None else None
    if cached is not None:
        return cached  # ~0.05 s instead of ~0.6 s of LZMA (langcache.py)
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if path is not None:
        langcache.write(identifier, path)
    return identifier


def warm_up() -> None:
    """Load the model now (e.g. before forking workers that will all need it)."""
    _identifier()


def warm_up_in_background() -> threading.Thread:
    """Start loading the model in a thread and return it (join it before forking).

    The load is ~0.5 s of CPU, mostly LZMA decompression, which releases the GIL: a
    sync starts it here, so it overlaps the login and the first fetch instead of
    delaying the first parse (bench/sync.py)."""
    thread = threading.Thread(target=warm_up, name="langid-warm-up", daemon=True)
    thread.start()
    return thread


def detect(text: str) -> str:
    """An ISO 639-1 code, or "" when the text is too short or too mixed to tell."""
    sample = text[:400]  # enough to tell languages apart; the cost grows with length
    if len(_LETTERS.findall(sample)) < MIN_LETTERS:
        return ""
    lang, prob = _identifier().classify(sample)
    if lang in ("uk", "be") and not _UK_BE_LETTERS.search(sample):
        return "ru"
    return lang if prob >= 0.5 else ""
