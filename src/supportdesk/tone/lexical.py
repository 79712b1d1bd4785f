"""The wording head (R1, R6): a linear model over a reply's character and word n-grams
that reads the whole reply as rude or not.

Why, beside the meaning model (tone/reader.py): the sentence encoder reads what a reply
is about more than how it is said, so short curt or sarcastic replies ("Read above.",
"Super detailed, we'll get right on it.", «Да-да, поняла. Номер заказа? Побыстрее»)
sit among polite ones in its space. Tone lives in the wording: "yes, yes", "quickly",
the mock thanks, a verdict on the customer.

Two uses, both in Reader.judge:
- a reply above its language's bar reads rude as a whole (the finding reader.wording, when
  the meaning model's whole-reply head has not read it so: reader.whole);
- a reply below its calm bar (under nearly every rude reply's score) reads calm, and the
  rules' R1/R6 warnings on it become info, as with the meaning model's calm mark: a word
  list cannot tell "that sounds ridiculous, I'd be frustrated too" from an insult.

Measured with blind49-52 and trainP14-16 held out of the fit (the last two sessions'
judges and hard polite sets; bench/tone_lexical_train.py, then bench/tone_eval.py
--reader), rules and meaning model as at ab979af, before -> with this head: rude recall
91.7 -> 97.5% (432 -> 459 of 471; blind52 78.6 -> 94.0%), polite drafts flagged warn or
worse 14.0 -> 9.6% (104 -> 71 of 741; blind52 14.3 -> 6.0%).

The same kind of head, taught every leak against its clean look-alikes and every draft
(LEAK_MODEL_FILE, bar at the 0.99 quantile of out-of-fold non-leaks), blocks a reply the
meaning model's leak head and the rules let through (R5, the finding reader.wording-leak):
with heldK25-27, trainK33 and blind52 held out, leaks blocked 588 -> 605 of 624 (heldK27,
the least tuned, 119 -> 131 of 144), clean look-alikes blocked 7 -> 19 of 312, drafts 0
of 168. A look-alike blocked asks for a confirmed override; a leak sent cannot be taken
back. On trainK34, a writer it never saw: 112 -> 130 of 144 leaks, clean look-alikes 1 -> 1
of 72.

Hashed n-grams need no vocabulary and no stemmer per language, and score in pure Python
(~3 ms for a 2,000-character reply), so the head works on every platform, with or
without the encoder's wheel. The weights are data, tone/packs/lexical_model.json, as
8-bit integers with one scale (2^18 of them: 256 KB before base64).
"""

from __future__ import annotations

import base64
import json
import re
import threading
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise

MODEL_FILE = "lexical_model.json"
# the same kind of head taught leaks (R5) against clean look-alikes and drafts
LEAK_MODEL_FILE = "lexical_leak_model.json"
MAX_READ = 10_000  # characters of a reply read, as the meaning model (reader.MAX_READ)

_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+|[^\w\s]")


def features(text: str, bits: int, sizes: Sequence[int]) -> list[int]:
    """The hashed n-grams of `text`, each once: characters of every size in `sizes` over
    the lower-cased text with runs of white space as one space, then words and word
    pairs. crc32, not hash(): the same bucket in every process and every Python."""
    mask = (1 << bits) - 1
    t = " " + _SPACE.sub(" ", text[:MAX_READ].lower()) + " "
    out: set[int] = set()
    for n in sizes:
        out.update(zlib.crc32(t[i : i + n].encode()) & mask for i in range(len(t) - n + 1))
    words = _TOKEN.findall(t)
    out.update(zlib.crc32(("w " + w).encode()) & mask for w in words)
    out.update(zlib.crc32(f"b {a} {b}".encode()) & mask for a, b in pairwise(words))
    return sorted(out)


@dataclass(frozen=True)
class LexicalHead:
    """Logistic regression over the hashed n-grams, features scaled by one over the
    square root of their count (a long letter is not rude for having many words)."""

    bits: int
    sizes: tuple[int, ...]
    weights: array[int]  # 8-bit, times `scale`
    scale: float
    bias: float
    thresholds: dict[str, float]  # per language: a reply scoring above it reads rude
    # per language: a reply scoring below it reads calmer than nearly every rude reply
    # the head was shown (their 1st percentile, out of fold); see Reader.judge
    calm: dict[str, float]

    def score(self, text: str) -> float:
        """How far the whole reply reads rude, as a logit."""
        found = features(text, self.bits, self.sizes)
        if not found:
            return self.bias
        w = self.weights
        return sum(w[i] for i in found) * self.scale / len(found) ** 0.5 + self.bias

    def above(self, text: str, language: str) -> float | None:
        """How far above its language's bar `text` scores, or None when it does not."""
        bar = self.thresholds.get(language)
        if bar is None:
            return None
        score = self.score(text)
        return score - bar if score > bar else None

    def read(self, text: str, language: str) -> tuple[float | None, bool]:
        """(how far above its language's bar the reply reads rude, or None when it does
        not; whether it reads calmer than nearly every rude reply). (None, False) for a
        language the head has no bars for."""
        bar, calm = self.thresholds.get(language), self.calm.get(language)
        if bar is None or calm is None:
            return None, False
        score = self.score(text)
        return (score - bar if score > bar else None), score < calm

    @classmethod
    def from_json(cls, data: dict[str, object], name: str = MODEL_FILE) -> LexicalHead:
        """The head from the packs' file `name`; ValueError naming the file and its first
        bad part."""
        bits = int(data["bits"])  # type: ignore[call-overload]
        weights = array("b", base64.b64decode(str(data["weights"])))
        if len(weights) != 1 << bits:
            raise ValueError(f"{name}: weights must hold 2^{bits} values")
        thresholds, calm = data["thresholds"], data["calm"]
        if not (isinstance(thresholds, dict) and isinstance(calm, dict)):
            raise ValueError(f"{name}: thresholds and calm must be tables")
        sizes = data["sizes"]
        if not isinstance(sizes, list) or not sizes:
            raise ValueError(f"{name}: sizes must be a list of n-gram lengths")
        return cls(
            bits,
            tuple(int(n) for n in sizes),
            weights,
            float(data["scale"]),  # type: ignore[arg-type]
            float(data["bias"]),  # type: ignore[arg-type]
            {str(k): float(v) for k, v in thresholds.items()},
            {str(k): float(v) for k, v in calm.items()},
        )


_SHIPPED: dict[str, LexicalHead | None] = {}
_SHIPPED_LOCK = threading.Lock()


def shipped_lexical(name: str = MODEL_FILE) -> LexicalHead | None:
    """The head in the packs' file `name`, or None if the file is missing or bad (the
    other readers then work without it). Loaded once, under a lock, as the meaning
    model's heads are (reader.shipped_model)."""
    with _SHIPPED_LOCK:
        if name not in _SHIPPED:
            try:
                entry = resources.files("supportdesk.tone").joinpath("packs", name)
                _SHIPPED[name] = LexicalHead.from_json(json.loads(entry.read_text("utf-8")), name)
            except (OSError, ValueError, KeyError, TypeError):
                _SHIPPED[name] = None
        return _SHIPPED[name]
