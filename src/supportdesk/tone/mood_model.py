"""A learned combination of the mood signals (issue 8): multinomial logistic regression.

Why: the hand-weighted rule in analyze.py (insult +3, threat +2, "angry >= 3 or …")
reached 100% on every split it was tuned on but 56–81% on each fresh probe's first run;
every new weight fitted the last errors. A model fitted to all the labelled incoming
messages weighs the same signals by how often they go with each mood instead. The
features are the hand rule's own evidence (its scores, its filtered hit counts and
where they fall), raw lexicon hits, punctuation, length and the unanswered count, with
a language indicator, so the "signals" lines shown to the agent still explain the
result. The weights are a JSON data file shipped beside the packs
(tone/packs/mood_model.json, written by bench/mood_train.py); without it the hand rule
decides. Prediction is a few dozen dictionary look-ups: well under a millisecond.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from supportdesk.tone.analyze import MoodEvidence
    from supportdesk.tone.packs import Document, Hit, PackSet

MOODS = ("angry", "upset", "neutral", "positive")
MODEL_FILE = "mood_model.json"
# raw lexicon sections whose presence is a feature (the hand rule filters some of them)
RAW_SECTIONS = (
    "insult", "threat", "leaving", "strong_negative", "upset", "waiting", "problem",
    "ultimatum", "request", "hypothetical", "averted", "praise", "thanks",
)  # fmt: skip
# hit lists of the hand rule whose position (first/last sentence, in a question) counts
PLACED = ("sad", "praise", "thanks", "threat", "strong")
_SMILE = (":)", ":-)", ":D", "😊", "😄", "🙂", "👍", "❤", "🙏", "😀", "😁")
_FROWN = (":(", ":-(", "😞", "😢", "😡", "😠", "🙁", "😤")


def _cap(n: float, top: float = 3.0) -> float:
    return min(float(n), top) / top


def mood_features(
    ev: MoodEvidence, doc: Document, waiting: int, packs: PackSet | None = None
) -> dict[str, float]:
    """Sparse features of one message, each scaled to about [0, 1]."""
    text = doc.text
    tokens = doc.index.tokens
    f: dict[str, float] = {"bias": 1.0, f"lang={doc.language}": 1.0}
    hand = ev.hand_mood()
    f[f"hand={hand}"] = 1.0
    f[f"hand={hand}|{doc.language}"] = 1.0
    f["s_angry"] = _cap(ev.angry, 6)
    f["s_upset"] = _cap(ev.upset, 4)
    f["s_positive"] = _cap(ev.positive, 4)
    for name, n in ev.counts.items():
        if n:
            f[f"n:{name}"] = _cap(n)
    if packs is not None:
        for section in RAW_SECTIONS:
            n = len(packs.find(doc, section))
            if n:
                f[f"raw:{section}"] = _cap(n)
    last = tokens[-1].sentence if tokens else 0
    for name in PLACED:
        for where in _places(ev.hits.get(name, []), doc, last):
            f[f"{where}:{name}"] = 1.0
    f["excl"] = _cap(text.count("!"))
    f["quest"] = _cap(text.count("?"))
    if any(s in text for s in _SMILE):
        f["smile"] = 1.0
    if any(s in text for s in _FROWN):
        f["frown"] = 1.0
    n = len(tokens)
    f["len"] = min(math.log1p(n) / math.log(200), 1.0)
    if n <= 12:
        f["short"] = 1.0
    if waiting >= 2:
        f["waiting"] = _cap(waiting - 1)
    return f


# Feature sets compared by bench/mood_train.py (its docstring says what each one leaks)
VARIANTS = ("blend", "signals", "stems", "blend+stems", "signals+stems")
_HAND_ONLY = ("hand=", "s_")
_SHAPE = ("bias", "excl", "quest", "len", "short")  # as at the probe's first run


def features(
    variant: str, ev: MoodEvidence, doc: Document, waiting: int, packs: PackSet
) -> dict[str, float]:
    """The features of `variant`: `blend` is everything mood_features() gives (the hand
    rule's decision and scores included), `signals` drops the hand rule's decision and
    scores, `stems` keeps no lexicon at all (word stems, punctuation, length, language);
    the `+stems` variants add the stems."""
    full = mood_features(ev, doc, waiting, packs)
    parts: dict[str, float] = {}
    base, _, extra = variant.partition("+")
    if base == "blend":
        parts = full
    elif base == "signals":
        parts = {k: v for k, v in full.items() if not k.startswith(_HAND_ONLY)}
    if "stems" in (base, extra):
        parts = parts | {k: v for k, v in full.items() if k in _SHAPE}
        parts[f"lang={doc.language}"] = 1.0
        parts.update({f"w:{doc.language}:{t.stem}": 1.0 for t in doc.index.tokens})
    if variant not in VARIANTS:
        raise ValueError(f"unknown mood feature variant {variant!r}")
    return parts


def _places(hits: list[Hit], doc: Document, last: int) -> set[str]:
    """Where hits fall: the first or last sentence, a sentence that asks."""
    out: set[str] = set()
    if not hits:
        return out
    tokens = doc.index.tokens
    ends: dict[int, int] = {}
    for t in tokens:
        ends[t.sentence] = t.end
    for h in hits:
        n = next((t.sentence for t in tokens if t.end > h.start), last)
        if n == 0:
            out.add("first")
        if n == last:
            out.add("last")
        end = ends.get(n, h.end)
        if "?" in doc.text[end : end + 3]:
            out.add("asked")
    return out


@dataclass(slots=True)
class MoodModel:
    """Per-mood weights over sparse features; the mood with the highest score wins."""

    weights: dict[str, dict[str, float]]
    variant: str = "blend"

    def features(
        self, ev: MoodEvidence, doc: Document, waiting: int, packs: PackSet
    ) -> dict[str, float]:
        return features(self.variant, ev, doc, waiting, packs)

    def scores(self, features: dict[str, float]) -> dict[str, float]:
        return {
            mood: sum(w.get(k, 0.0) * v for k, v in features.items())
            for mood, w in self.weights.items()
        }

    def predict(self, features: dict[str, float]) -> str:
        scores = self.scores(features)
        return max(MOODS, key=lambda m: (scores.get(m, -math.inf), -MOODS.index(m)))

    def to_json(self) -> dict[str, object]:
        return {
            "kind": "multinomial logistic regression",
            "variant": self.variant,
            "weights": {
                m: {k: round(v, 5) for k, v in sorted(w.items()) if abs(v) >= 1e-5}
                for m, w in self.weights.items()
            },
        }


def fit(
    rows: list[tuple[dict[str, float], str]],
    *,
    l2: float = 0.01,
    epochs: int = 300,
    rate: float = 0.5,
    variant: str = "blend",
) -> MoodModel:
    """Full-batch gradient descent on the L2-regularised softmax loss: deterministic
    (no sampling, features in a fixed order), so the same data gives the same weights."""
    names = sorted({k for x, _ in rows for k in x})
    index = {k: i for i, k in enumerate(names)}
    data = [([(index[k], v) for k, v in sorted(x.items())], MOODS.index(y)) for x, y in rows]
    w = [[0.0] * len(names) for _ in MOODS]
    n = len(data)
    for _ in range(epochs):
        grad = [[0.0] * len(names) for _ in MOODS]
        for x, y in data:
            z = [sum(wc[i] * v for i, v in x) for wc in w]
            top = max(z)
            e = [math.exp(s - top) for s in z]
            total = sum(e)
            for c, ec in enumerate(e):
                g = ec / total - (c == y)
                if g:
                    gc = grad[c]
                    for i, v in x:
                        gc[i] += g * v
        for c in range(len(MOODS)):
            wc, gc = w[c], grad[c]
            for i in range(len(names)):
                wc[i] -= rate * (gc[i] / n + l2 * wc[i])
    weights = {m: dict(zip(names, w[c], strict=True)) for c, m in enumerate(MOODS)}
    return MoodModel(weights, variant)


_SHIPPED: list[MoodModel | None] = []


def shipped_model() -> MoodModel | None:
    """The model in tone/packs/mood_model.json, read once; None when not shipped."""
    if not _SHIPPED:
        entry = resources.files("supportdesk.tone").joinpath("packs", MODEL_FILE)
        model = None
        if entry.is_file():
            raw = json.loads(entry.read_text(encoding="utf-8"))
            weights = {m: dict(raw["weights"].get(m, {})) for m in MOODS}
            model = MoodModel(weights, raw.get("variant", "blend"))
        _SHIPPED.append(model)
    return _SHIPPED[0]
