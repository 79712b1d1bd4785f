"""A pack names a pattern once (`[shared_patterns]`) and its rules and lists use it as
"@name" (packs.py `_with_shared`): the built-in packs use it for pol25's "a correction,
then an acknowledgement" exception (R6), which stood in three places per language."""

from __future__ import annotations

from pathlib import Path

from supportdesk.tone import lint
from supportdesk.tone.packs import builtin_packs, load_packs


def _team(tmp_path: Path, body: str) -> Path:
    (tmp_path / "tone").mkdir()
    (tmp_path / "tone" / "team.toml").write_text(body, encoding="utf-8")
    return tmp_path


def test_a_team_rule_uses_a_named_pattern(tmp_path: Path) -> None:
    packs = load_packs(
        _team(
            tmp_path,
            'language = "en"\n[shared_patterns]\nmate = "\\\\bmate\\\\b"\n'
            '[[rule]]\nid = "team.no-mate"\nserves = "R3"\nseverity = "warn"\n'
            'message = "Not mate."\npatterns = ["@mate"]\n'
            'positive = ["Cheers mate"]\nnegative = ["Thanks, matey"]\n',
        )
    )
    assert packs.problems == []
    rules = {f.rule for f in lint("Cheers mate", packs=packs, language="en").findings}
    assert "team.no-mate" in rules
    assert "team.no-mate" not in {
        f.rule for f in lint("Thanks, matey", packs=packs, language="en").findings
    }


def test_an_unknown_name_is_a_one_line_problem_naming_it(tmp_path: Path) -> None:
    packs = load_packs(
        _team(
            tmp_path,
            'language = "en"\n[[rule]]\nid = "team.x"\nserves = "R3"\nmessage = "X."\n'
            'except_patterns = ["@nowhere"]\npatterns = ["x"]\npositive = ["x"]\nnegative = ["y"]\n',
        )
    )
    [problem] = [p for p in packs.problems if "team.toml" in p]
    assert "@nowhere" in problem and "shared_patterns" in problem and "\n" not in problem


def test_built_in_packs_resolve_every_name() -> None:
    packs = builtin_packs()
    for lang in ("en", "ro", "ru"):
        for rule in packs.rules(lang):
            assert not any(p.pattern.startswith("@") for p in rule.matcher.except_patterns)
            assert not any(p.pattern.startswith("@") for p in rule.matcher.patterns)
