"""The eval's case loader (bench/tone_eval.py): a case of a kind or label it does not count
must stop the run, not drop out of a judge's figures. A writer once wrote its 24 clean
look-alikes as "kind": "clean", and the leak table showed "clean blocked -" (R5's targets
were judged without them)."""

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "tone_eval.py"


@pytest.fixture(scope="module")
def tone_eval():
    spec = importlib.util.spec_from_file_location("tone_eval_under_test", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write(folder: Path, cases: list[dict]) -> None:
    lines = (json.dumps(c, ensure_ascii=False) for c in cases)
    (folder / "x-en.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


LEAK = {"id": "en-1", "lang": "en", "split": "s", "kind": "leak", "label": "leak", "text": "pw"}


def test_every_shipped_case_is_one_the_eval_counts(tone_eval) -> None:
    cases = tone_eval.load("all")
    assert len(cases) > 30_000
    assert {c["kind"] for c in cases} == set(tone_eval.CASE_LABELS)


def test_counted_kinds_load(tone_eval, tmp_path: Path) -> None:
    clean = dict(LEAK, id="en-2", label="clean")
    incoming = {
        "id": "en-3",
        "lang": "en",
        "split": "s",
        "kind": "incoming",
        "mood": "angry",
        "register": "formal",
        "text": "WHERE IS IT",
    }
    write(tmp_path, [LEAK, clean, incoming])
    assert [c["id"] for c in tone_eval.load("s", tmp_path)] == ["en-1", "en-2", "en-3"]


@pytest.mark.parametrize(("kind", "label"), [("clean", "clean"), ("draft", "rud"), ("leak", None)])
def test_a_case_the_eval_does_not_count_stops_it_with_file_and_line(
    tone_eval, tmp_path: Path, kind: str, label: str | None
) -> None:
    odd = {k: v for k, v in LEAK.items() if k != "label"} | {"id": "en-2", "kind": kind}
    write(tmp_path, [LEAK, odd if label is None else odd | {"label": label}])
    with pytest.raises(SystemExit) as stop:
        tone_eval.load("all", tmp_path)
    assert str(stop.value).startswith(f"{tmp_path / 'x-en.jsonl'}:2: kind {kind!r} with label")


def test_a_line_that_is_no_json_stops_it_with_file_and_line(tone_eval, tmp_path: Path) -> None:
    (tmp_path / "x-en.jsonl").write_text(json.dumps(LEAK) + '\n{"id": "en-2",\n', "utf-8")
    with pytest.raises(SystemExit) as stop:
        tone_eval.load("all", tmp_path)
    assert str(stop.value).startswith(f"{tmp_path / 'x-en.jsonl'}:2: not a JSON object")
