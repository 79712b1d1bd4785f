"""The language a customer writes in (R14: answer in the customer's language).

py3langid (BSD, offline, model inside the wheel) covers ~100 languages, so a German or
Polish customer is recognised too; its first call loads the model (~0.7 s), so ingest
workers pay it once. Its commonest slip on short support mail is calling Russian
Ukrainian or Belarusian: without a letter only those alphabets have, it is Russian.
The model is unpacked once into the user's cache (langcache.py), so later processes
load it in a fraction of the time.

py3langid walks its byte automaton in pure Python: ~150–300 µs a message, a fifth of a
parser worker's time in a first sync (bench/sync.py). Most support mail here is in one
of the desk's own languages and says so plainly: Russian by its alphabet (ы, э and no
letter of another Cyrillic language), Romanian by ă/ș/ț together with its own short
words, English by its function words in plain ASCII. `_by_script` decides those clear
cases from the sample's letters and words in ~10–25 µs and abstains on anything else
(other languages, mixed or short text), which py3langid decides as before. It never
contradicts py3langid on the labelled texts of tests/test_language.py.
"""

from __future__ import annotations

import re
import threading
from functools import cache

_UK_BE_LETTERS = re.compile(r"[іїєґўІЇЄҐЎ]")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_WORDS = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
MIN_LETTERS = 12  # below this any guess is noise


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# The shortcut's evidence (`_by_script`). Russian: only letters of the Russian alphabet
# beyond ASCII, and either one that Ukrainian and Bulgarian lack (ы, э, ё) or two words
# they do not use; Belarusian, Kazakh, Serbian and the rest show a letter of their own,
# so they are left to the model.
_RUSSIAN = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
_RUSSIAN_ONLY = frozenset("ыэёЫЭЁ")
_RUSSIAN_WORDS = _wordset(
    "я у для уже только если еще ещё его её ему меня мне тебя тебе нет когда где почему "
    "потом сейчас можно нужно надо будет чтобы пока пожалуйста здравствуйте спасибо "
    "привет заказ ваш ваша ваше вам"
)
# Romanian: no letter beyond ASCII but its own; ă, ș, ț (or the cedilla forms of old
# keyboards) seen at least once, and its short words outnumbering English ones, so an
# English message signed by Ștefan Țăranu from Brașov stays English.
_ROMANIAN = frozenset("ăâîșțşţĂÂÎȘȚŞŢ")
_ROMANIAN_MARKS = frozenset("ășțşţĂȘȚŞŢ")
_ROMANIAN_WORDS = _wordset(
    "și să în că vă mă nu este sunt pentru care mai dar sau am ați rog mulțumesc bună "
    "ziua din cu pe la un o de doar acum când dacă după până foarte"
)
# English: words no other language of the Latin alphabet uses as often, and with them
# the commonest short words, which other languages share.
_ENGLISH_WORDS = _wordset(
    "the and you your with this that have please would could thanks thank been what "
    "there they which from our we i it is of my not are"
)
_ENGLISH_COMMON = _ENGLISH_WORDS | _wordset(
    "to a for on in be was will can me us an at if so do has but as or all just any "
    "about up out did don t s m ll ve re"
)
MIN_WORDS = 8  # the word evidence needs a sentence or two
# English words among all: English support mail has 0.3–0.6; Romanian written without
# diacritics at most 0.2, Dutch, German or Indonesian less (tests/test_language.py).
ENGLISH_SHARE = 0.3
CYRILLIC_SHARE = 0.85  # of the letters: a Russian message, not an English one quoting it


_loading = threading.Lock()  # a background warm-up and a first detect load it once


@cache
def _identifier():  # noqa: ANN202 - py3langid has no type hints
    with _loading:
        return _load()


def shipped_model():  # noqa: ANN201 - py3langid has no type hints
    """The model as py3langid ships it, decompressed (~0.6 s of CPU): what the cache is
    written from and must answer like."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _load():  # noqa: ANN202 - py3langid has no type hints
    from supportdesk.mail import langcache

    path = langcache.cache_path()
    cached = langcache.read(path) if path is not None else None
    if cached is not None:
        return cached  # ~0.05 s instead of ~0.6 s of LZMA (langcache.py)
    identifier = shipped_model()
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
    letters = len(_LETTERS.findall(sample))
    if letters < MIN_LETTERS:
        return ""
    return _by_script(sample, letters) or _classify(sample)


def _by_script(sample: str, letters: int) -> str:
    """ "ru", "ro" or "en" when the letters and words leave no doubt, else "" (ask the
    model). `letters`: how many letters `sample` has."""
    beyond = {c for c in set(sample) if c > "\x7f" and c.isalpha()}
    if beyond and beyond <= _RUSSIAN:
        cyrillic = letters - len(_ASCII_LETTERS.findall(sample))
        if cyrillic < CYRILLIC_SHARE * letters:
            return ""
        if beyond & _RUSSIAN_ONLY:
            return "ru"
        words = _WORDS.findall(sample.lower())
        return "ru" if sum(w in _RUSSIAN_WORDS for w in words) >= 2 else ""
    if beyond and not beyond <= _ROMANIAN:
        return ""  # another language's letters: the model knows ~100 languages
    words = _WORDS.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return ""
    english = sum(w in _ENGLISH_WORDS for w in words)
    if beyond & _ROMANIAN_MARKS:
        romanian = sum(w in _ROMANIAN_WORDS for w in words)
        return "ro" if romanian >= 2 and romanian > 2 * english else ""
    if not beyond and english >= 2:
        common = sum(w in _ENGLISH_COMMON for w in words)
        return "en" if common >= ENGLISH_SHARE * len(words) else ""
    return ""


def _classify(sample: str) -> str:
    """py3langid's answer, with its commonest slip on Russian mended (see the top)."""
    lang, prob = _identifier().classify(sample)
    if lang in ("uk", "be") and not _UK_BE_LETTERS.search(sample):
        return "ru"
    return lang if prob >= 0.5 else ""
