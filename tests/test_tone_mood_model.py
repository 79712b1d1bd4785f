"""The learned mood combination (tone/mood_model.py, issue 8): the fit is deterministic
and learns what the data says, its weights survive the JSON round trip the shipped file
takes, and the features carry the hand rule's evidence so the signals still explain it.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import analyze, builtin_packs
from supportdesk.tone.analyze import mood_evidence
from supportdesk.tone.mood_model import (
    VARIANTS,
    MoodModel,
    features,
    fit,
    mood_features,
    shipped_model,
)

ROWS = [
    ({"bias": 1.0, "n:insult": 1.0}, "angry"),
    ({"bias": 1.0, "n:insult": 0.7, "excl": 1.0}, "angry"),
    ({"bias": 1.0, "n:sad": 1.0}, "upset"),
    ({"bias": 1.0, "n:sad": 0.3}, "upset"),
    ({"bias": 1.0}, "neutral"),
    ({"bias": 1.0, "quest": 0.3}, "neutral"),
    ({"bias": 1.0, "n:praise": 1.0}, "positive"),
    ({"bias": 1.0, "n:praise": 0.3, "excl": 0.3}, "positive"),
]


def test_fit_is_deterministic_and_learns_the_rows() -> None:
    first = fit(ROWS, epochs=200)
    again = fit(list(ROWS), epochs=200)
    assert first.weights == again.weights
    assert [first.predict(x) for x, _ in ROWS] == [y for _, y in ROWS]
    assert first.predict({"bias": 1.0, "n:insult": 1.0, "n:praise": 0.3}) == "angry"


def test_weights_survive_the_shipped_json() -> None:
    model = fit(ROWS, epochs=100, variant="signals")
    raw = model.to_json()
    assert raw["variant"] == "signals"
    back = MoodModel(dict(raw["weights"]), str(raw["variant"]))  # type: ignore[arg-type]
    assert [back.predict(x) for x, _ in ROWS] == [model.predict(x) for x, _ in ROWS]


@pytest.mark.parametrize(
    ("language", "text", "feature"),
    [
        ("en", "You are USELESS idiots, I want a refund NOW!!!", "n:insult"),
        ("ro", "Vă mulțumesc din suflet, ați fost minunați!", "n:praise"),
        ("ru", "Третью неделю жду ответа, очень расстроена.", "n:sad"),
    ],
)
def test_features_carry_the_hand_evidence(language: str, text: str, feature: str) -> None:
    packs = builtin_packs()
    doc = packs.document(text, language)
    ev = mood_evidence(doc, text, packs, 1)
    found = mood_features(ev, doc, 1, packs)
    assert found[feature] > 0 and found[f"lang={language}"] == 1.0
    assert found[f"hand={ev.hand_mood()}"] == 1.0
    stems = features("stems", ev, doc, 1, packs)
    assert not any(k.startswith(("n:", "raw:", "hand=")) for k in stems)
    assert any(k.startswith(f"w:{language}:") for k in stems)


def test_analyze_decides_with_the_shipped_model_or_the_hand_rule() -> None:
    """With no tone/packs/mood_model.json the hand rule decides; with one, the model does;
    the signals shown to the agent are the hand rule's evidence either way."""
    text = "Third time I write and nobody answers. This is ridiculous, I'll cancel!!"
    packs = builtin_packs()
    doc = packs.document(text, "en")
    ev = mood_evidence(doc, text, packs, 3)
    model = shipped_model()
    want = model.predict(model.features(ev, doc, 3, packs)) if model else ev.hand_mood()
    result = analyze(text, language="en", waiting=3)
    assert result.mood == want == "angry"
    assert result.signals == ev.signals and any("3rd message" in s for s in result.signals)


def test_unknown_variant_is_refused() -> None:
    packs = builtin_packs()
    doc = packs.document("Hello", "en")
    ev = mood_evidence(doc, "Hello", packs, 1)
    assert set(VARIANTS) >= {"blend", "stems"}
    with pytest.raises(ValueError, match="variant"):
        features("words", ev, doc, 1, packs)
