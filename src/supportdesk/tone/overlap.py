"""One piece of advice per span of words: overlapping pack-rule findings merged (ux16).

The packs grew rules that cover the same wording from two sides ("Это элементарно" is
`ru.condescending`, "элементарно" is `ru.condescending-more`; "как я уже говорил" is both
`ru.already-said` and `ru.condescending-more`). Listed twice, the agent read two pieces
of advice for one phrase and the score took the penalty twice for the same words.

How they merge: findings of the packs' rules whose spans overlap (directly or through a
chain) become one finding. It keeps the advice of the most severe rule; among equally
severe ones, of the one that matched the most words (the more specific phrase); then of
the rule earlier in its pack (the packs list a theme's main rule before the later "-more"
additions). Its span is the union of theirs, so every flagged word stays highlighted,
and the other rules' ids go to `also`, for the CLI and the JSON to show. Other kinds of
finding (leaks, shouting, register, structure) are not merged with the rules': they say
something different about the same words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from supportdesk.tone.lint import Finding


def merge_overlaps(findings: Sequence[Finding], rank: Mapping[str, int]) -> list[Finding]:
    """`findings` (in pack order) with each group of overlapping spans merged into one;
    `rank` orders severities (0 = most severe). The result is in text order."""
    order = {id(f): i for i, f in enumerate(findings)}
    out: list[Finding] = []
    group: list[Finding] = []
    reach = -1
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if group and f.start >= reach:
            out.append(_one(group, rank, order))
            group = []
        group.append(f)
        reach = max(reach, f.end)
    if group:
        out.append(_one(group, rank, order))
    return out


def _one(group: list[Finding], rank: Mapping[str, int], order: dict[int, int]) -> Finding:
    if len(group) == 1:
        return group[0]
    keep = min(group, key=lambda f: (rank[f.severity], f.start - f.end, order[id(f)]))
    others = [f.rule for f in sorted(group, key=lambda f: order[id(f)]) if f.rule != keep.rule]
    also = tuple(dict.fromkeys([*keep.also, *others]))
    start, end = min(f.start for f in group), max(f.end for f in group)
    return replace(keep, start=start, end=end, also=also)
