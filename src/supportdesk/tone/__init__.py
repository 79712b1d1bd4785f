"""Tone guidance (issue 8): read the customer, check the reply — en, ro, ru.

Core layer: no Textual or Rich here (design.md: layers). `analyze` reads an incoming
message (language, register, mood with its signals, technical level, guidance lines);
`lint` checks a draft in the ticket's context (findings with rule, severity, span and
the guidance rule R1..R14 they serve; a score). Rules and word lists are data: the
per-language packs in `tone/packs/` plus a team's packs in `<data_dir>/tone/`.
"""

from __future__ import annotations

from supportdesk.tone.analyze import Analysis, analyze, guess_language, unanswered
from supportdesk.tone.context import analyze_ticket, context_from, customer_words, lint_context
from supportdesk.tone.lint import Context, Finding, Report, lint
from supportdesk.tone.packs import PackError, PackSet, Rule, builtin_packs, load_packs

__all__ = [
    "Analysis",
    "Context",
    "Finding",
    "PackError",
    "PackSet",
    "Report",
    "Rule",
    "analyze",
    "analyze_ticket",
    "builtin_packs",
    "context_from",
    "customer_words",
    "guess_language",
    "lint",
    "lint_context",
    "load_packs",
    "unanswered",
]
