"""What the tone evaluation counts, asked of one draft: the tone test modules share these
so "flagged" means in every test what bench/tone_eval.py means by it (R1, R6)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from supportdesk.tone import Context, lint
from supportdesk.tone.lint import Finding
from supportdesk.tone.packs import builtin_packs

TONE_RULES = ("R1", "R6")


def rude_findings(text: str, language: str, **kw: Any) -> list[Finding]:
    """R1/R6 findings of warn or block: a rude draft counts as found when there is one."""
    report = lint(text, Context(), language=language, **kw)
    return [f for f in report.findings if f.serves in TONE_RULES and f.severity != "info"]


def rude_rules(text: str, language: str) -> list[str]:
    """The rules of `rude_findings`, with those merged into them (`Finding.also`)."""
    return [r for f in rude_findings(text, language) for r in (f.rule, *f.also)]


def rude_rule_set(text: str, language: str) -> set[str]:
    return set(rude_rules(text, language))


def _pack_hits(text: str, language: str, lexicon: str) -> list[str]:
    packs = builtin_packs()
    return [text[h.start : h.end] for h in packs.find(packs.document(text, language), lexicon)]


def reader_spared(text: str, language: str) -> list[str]:
    """What the packs' `reader_spared` finds in `text`: a reply holding one keeps no
    whole-reply reading (lint.read_with); the pol30 and pol72-74 tests ask it alike."""
    return _pack_hits(text, language, "reader_spared")


def reader_leak_spared(text: str, language: str) -> list[str]:
    """What the packs' `reader_leak_spared` finds in `text`: the readers' leak findings in a
    sentence holding one are dropped (lint._spared_readings); the rules still read it."""
    return _pack_hits(text, language, "reader_leak_spared")


def warnings(text: str, language: str) -> list[str]:
    """Every warn or block finding's rule: what counts against a polite draft."""
    found = lint(text, Context(), language=language).findings
    return [r for f in found if f.severity in ("warn", "block") for r in (f.rule, *f.also)]


def blocked_leaks(text: str, language: str, context: Context | None = None) -> list[str]:
    """The text of every R5 finding of severity block: what "the leak is blocked" means
    in the leak test modules (tone_eval counts a leak case blocked when there is one)."""
    report = lint(text, context, language=language)
    return [
        text[f.start : f.end] for f in report.findings if f.serves == "R5" and f.severity == "block"
    ]


def reader_blocks(text: str, language: str, fields: dict[str, str] | None = None) -> list[str]:
    """The R5 block findings of the lint with the readers on, the ticket's `fields` as context:
    what the pol rounds that mend a reader's false alarm ask (pol118, pol120)."""
    from supportdesk.tone import context_from
    from supportdesk.tone.reader import shared_reader

    found = lint(
        text, context_from(fields or {}), language=language, reader=shared_reader()
    ).findings
    return [f.rule for f in found if f.severity == "block" and f.serves == "R5"]


def family_holds(family: str, language: str, leak: str, clean: str) -> None:
    """A leak family's case pair: its leak is blocked and its look-alike is not (R5)."""
    found = {"leak": blocked_leaks(leak, language), "look-alike": blocked_leaks(clean, language)}
    assert found["leak"] and not found["look-alike"], f"{family} ({language}): {found}"


def assert_quiet(text: str, language: str) -> None:
    """A polite draft of a false-alarm round: no warn or block finding at all."""
    assert warnings(text, language) == [], (text, warnings(text, language))


def assert_rude(text: str, language: str) -> None:
    """The rude counterpart of a polite wording: still flagged by an R1/R6 rule."""
    assert rude_rule_set(text, language), text


def quiet_and_rude_tests(
    quiet: Sequence[tuple[str, str]], rude: Sequence[tuple[str, str]]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """A false-alarm round's two tests, parametrised by its wordings: each polite one stays
    quiet, each rude counterpart is still flagged (R1, R6). Every pol round module binds them
    to its own names, so pytest collects them there."""

    @pytest.mark.parametrize(("language", "text"), quiet)
    def test_polite_wording_stays_quiet(language: str, text: str) -> None:
        assert_quiet(text, language)

    @pytest.mark.parametrize(("language", "text"), rude)
    def test_rude_counterpart_still_flagged(language: str, text: str) -> None:
        assert_rude(text, language)

    return test_polite_wording_stays_quiet, test_rude_counterpart_still_flagged


def leak_pair_tests(pairs: Sequence[tuple[str, str, str, str]]) -> Callable[..., None]:
    """A leak round's test, parametrised by its (family, language, leak, look-alike) pairs."""

    @pytest.mark.parametrize(("family", "language", "leak", "clean"), pairs)
    def test_leak_blocked_and_look_alike_clean(
        family: str, language: str, leak: str, clean: str
    ) -> None:
        family_holds(family, language, leak, clean)

    return test_leak_blocked_and_look_alike_clean


def still_blocked_tests(cases: Sequence[tuple[str, str]]) -> Callable[..., None]:
    """A false-alarm round's leak counterparts, parametrised by (language, text): each still
    blocked after the round's mend (R5). The round's module binds the test to its own name."""

    @pytest.mark.parametrize(("language", "text"), cases)
    def test_leak_counterpart_still_blocked(language: str, text: str) -> None:
        assert blocked_leaks(text, language), text

    return test_leak_counterpart_still_blocked
