"""Tone guidance (issue 8): packs, incoming analysis and draft lint, in en, ro and ru.

Rule numbers refer to /work/shared/guidance.md. Every positive and negative example of
every rule of every built-in pack runs here, so a pack edit that breaks a rule fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from supportdesk.models import Direction, Message, Person, Ticket, utcnow
from supportdesk.tone import (
    Context,
    analyze,
    analyze_ticket,
    builtin_packs,
    lint,
    lint_context,
    load_packs,
    unanswered,
)
from supportdesk.tone.packs import GUIDANCE_RULES, SEVERITIES

PACKS = builtin_packs()
RULES = sorted(PACKS.all_rules(), key=lambda r: r.id)
POSITIVE = [(r.id, r.language, ex) for r in RULES for ex in r.positive]
NEGATIVE = [(r.id, r.language, ex) for r in RULES for ex in r.negative]


def _rules(text: str, language: str = "", context: Context | None = None) -> set[str]:
    """Every rule that flagged the text: a finding's own, and those merged into it
    (`Finding.also`, one finding per span since ux16)."""
    return {r for f in lint(text, context, language=language).findings for r in (f.rule, *f.also)}


# -- the packs ---------------------------------------------------------------------------


def test_every_language_has_a_pack_with_examples_for_every_rule() -> None:
    assert {r.language for r in RULES} == {"en", "ro", "ru"}
    for r in RULES:
        assert r.positive and r.negative, r.id
        assert r.severity in SEVERITIES and r.serves in GUIDANCE_RULES


@pytest.mark.parametrize(("rule", "language", "example"), POSITIVE)
def test_positive_example_is_found(rule: str, language: str, example: str) -> None:
    assert rule in _rules(example, language)


@pytest.mark.parametrize(("rule", "language", "example"), NEGATIVE)
def test_negative_example_is_not_found(rule: str, language: str, example: str) -> None:
    assert rule not in _rules(example, language)


def test_team_pack_adds_rules_terms_and_domains(tmp_path: Path) -> None:
    (tmp_path / "tone").mkdir()
    (tmp_path / "tone" / "team.toml").write_text(
        'language = "any"\n'
        "[[rule]]\n"
        'id = "team.no-mate"\nserves = "R3"\nseverity = "warn"\nmessage = "Not mate."\n'
        'phrases = ["mate"]\npositive = ["Cheers mate"]\nnegative = ["Thanks"]\n'
        "[confidential]\n"
        'terms = ["Project Falcon"]\ndomains = ["corp.acme.test"]\n',
        encoding="utf-8",
    )
    (tmp_path / "tone" / "broken.toml").write_text("language = [", encoding="utf-8")
    packs = load_packs(tmp_path)
    assert any("broken.toml" in p for p in packs.problems)
    found = {
        f.rule
        for f in lint(
            "Cheers mate, see Project Falcon on wiki.corp.acme.test", packs=packs, language="en"
        ).findings
    }
    assert {"team.no-mate", "confidential.team-term", "confidential.internal-host"} <= found


# -- robustness of the phrase matching (R1, R6) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "rule"),
    [
        ("AS I ALREADY SAID the refund is on its way", "en", "en.already-said"),
        ("as i... already said, the refund is on its way", "en", "en.already-said"),
        ("Calmati-va, va rog, banii vin.", "ro", "ro.calm-down"),
        ("Ati gresit parola de trei ori.", "ro", "ro.blaming"),
        ("Виноваты вы сами.", "ru", "ru.blaming"),
        ("Сами вы и виноваты!", "ru", "ru.blaming"),
        ("Успокойтесь, пожалуйста.", "ru", "ru.calm-down"),
    ],
)
def test_rules_survive_inflection_order_case_and_punctuation(
    text: str, language: str, rule: str
) -> None:
    assert rule in _rules(text, language)


# -- confidentiality (R5): always block --------------------------------------------------


@pytest.mark.parametrize(
    "draft",
    [
        "Your temporary password is Summer2024!",
        "Parola ta nouă este: Lalea#77",
        "Ваш новый пароль: qwerty123",
        "Use the key AKIAIOSFODNN7EXAMPLE to upload.",
        "token: ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
        "Our server is at 192.168.10.4, try again.",
        "See https://jira.acme.internal/browse/OPS-12 for details.",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----",
        "Use this: 9fQ2xLm7Tz4WpR8sVb3NcK6hJd",
    ],
)
def test_leaks_are_blocked(draft: str) -> None:
    report = lint(draft)
    assert any(f.severity == "block" and f.serves == "R5" for f in report.findings), report


def test_other_customers_address_is_blocked_and_the_customers_own_is_not() -> None:
    ctx = Context(
        customer_email="maria@example.test", other_customers=frozenset({"ion@example.test"})
    )
    found = lint("We wrote to maria@example.test and to ion@example.test.", ctx, language="en")
    leaks = [f for f in found.findings if f.serves == "R5"]
    assert [f.rule for f in leaks] == ["confidential.other-customer"]
    assert found.findings[0].severity == "block"


@pytest.mark.parametrize(
    "draft",
    [
        "Please reset your password from the sign-in page; the password is case-sensitive.",
        "Write to support@acme.test or visit https://help.acme.test/reset.",
        "Your order number is 4471-2231 and the tracking code RO123456789.",
    ],
)
def test_ordinary_text_is_no_leak(draft: str) -> None:
    assert not [f for f in lint(draft, language="en").findings if f.serves == "R5"]


# -- structure ---------------------------------------------------------------------------


def test_placeholders_and_todo_block() -> None:
    found = lint("Hello [customer name], TODO add the date. {{ ticket.id }}", language="en")
    assert [f.rule for f in found.blocking].count("placeholder") == 3


def test_see_attached_needs_an_attachment() -> None:
    draft = "Hello Maria,\nplease find attached the invoice.\nKind regards,\nAna"
    assert "attachment.missing" in _rules(draft, "en")
    assert "attachment.missing" not in _rules(draft, "en", Context(attachments=1))


def test_unresolved_reply_needs_a_next_step_or_time() -> None:
    """R4: not solved yet, and nothing about what happens next."""
    assert "next-step.missing" in _rules("Hello, we are looking into it.", "en")
    assert "next-step.missing" not in _rules(
        "Hello, we are looking into it and I will write to you tomorrow by 12:00.", "en"
    )


def test_jargon_for_a_novice() -> None:
    draft = "Clear the browser cache and check the DNS records."
    assert "jargon" in _rules(draft, "en", Context(technical="novice"))
    assert "jargon" not in _rules(draft, "en", Context(technical="expert"))


def test_shouting_and_greeting_closing() -> None:
    found = lint("PLEASE READ THIS CAREFULLY!! Your refund is processed.", language="en")
    rules = {f.rule: f.severity for f in found.findings}
    assert rules["shouting.capitals"] == "warn" and rules["shouting.punctuation"] == "warn"
    long = "Your refund was processed today and it will reach your card within three days. " * 2
    assert {"greeting.missing", "closing.missing"} <= _rules(long, "en")


@pytest.mark.parametrize(
    ("draft", "language", "customer", "expected"),
    [
        ("Salut Ion, îți trimit acum linkul. Numai bine!", "ro", "formal", "register.mismatch"),
        ("Bună ziua, vă trimit linkul. Cu stimă, Ana", "ro", "informal", "register.mismatch"),
        ("Привет! Попробуй ещё раз, пожалуйста.", "ru", "formal", "register.mismatch"),
        ("Здравствуйте! Попробуйте ещё раз, пожалуйста.", "ru", "informal", "register.mismatch"),
        ("Bună ziua, vă trimit linkul; te rog să încerci.", "ro", "unknown", "register.mixed"),
    ],
)
def test_register_mismatch_r3(draft: str, language: str, customer: str, expected: str) -> None:
    ctx = Context(language=language, register=customer)
    assert expected in _rules(draft, language, ctx)


def test_matching_register_is_quiet() -> None:
    ctx = Context(language="ro", register="informal")
    assert not {"register.mismatch", "register.mixed"} & _rules(
        "Salut Ion, îți trimit linkul.", "ro", ctx
    )


def test_score_is_100_for_a_clean_reply() -> None:
    draft = (
        "Hello Maria,\n\nthank you for your patience. Your refund was processed today and "
        "should reach your card within 3 business days.\n\nKind regards,\nAna"
    )
    assert lint(draft, language="en").score == 100


# -- incoming analysis (R3, R7, R8) ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("THIS IS A SCAM!!! Give me my money back or I call my lawyer.", "angry"),
        ("I'm quite disappointed, still no answer after a week.", "upset"),
        ("Hello, how do I export my invoices? Thanks.", "neutral"),
        ("Thank you so much, it works perfectly now!", "positive"),
        ("Sunteți niște hoți! Vreau banii înapoi, altfel merg la ANPC!", "angry"),
        ("Мне очень обидно, до сих пор нет ответа.", "upset"),
        ("Огромное спасибо, всё заработало!", "positive"),
    ],
)
def test_mood(text: str, mood: str) -> None:
    assert analyze(text).mood == mood


def test_signals_and_guidance_use_the_history() -> None:
    now = utcnow()
    msgs = [
        Message(1, Direction.IN, Person("Ion", "ion@x.test"), "s", t, now)
        for t in ("Salut, nu merge plata.", "Salut, tot nu merge!", "Alo? Tot nu merge plata!!")
    ]
    assert unanswered(msgs) == 3
    ticket = Ticket(1, "Plata", Person("Ion", "ion@x.test"), language="ro")
    result = analyze_ticket(ticket, msgs)
    assert result is not None and result.unanswered == 3
    assert result.mood in ("upset", "angry")
    assert any("3rd message" in s for s in result.signals)
    assert "apologise for the wait" in result.guidance[0]
    ctx = lint_context(ticket, result, other_customers=["ana@y.test"])
    assert ctx.register == "informal" and "ana@y.test" in ctx.other_customers


@pytest.mark.parametrize(
    ("text", "register"),
    [
        ("Bună ziua, vă rog să-mi spuneți când ajunge coletul.", "formal"),
        ("Salut, poți să-mi zici când ajunge coletul?", "informal"),
        ("Здравствуйте, подскажите, пожалуйста, когда придёт заказ?", "formal"),
        ("Привет, подскажи, когда придёт заказ?", "informal"),
        ("Dear Sir or Madam, I would be grateful for an update. Kind regards, John", "formal"),
        ("hey guys, thx for the quick fix lol", "informal"),
    ],
)
def test_register(text: str, register: str) -> None:
    assert analyze(text).register == register


def test_technical_level() -> None:
    assert (
        analyze("I'm not good with computers, my grandson set it up. What is a browser?").technical
        == "novice"
    )
    assert (
        analyze("SMTP AUTH fails with 535 after the TLS handshake; DKIM and SPF pass.").technical
        == "expert"
    )


@pytest.mark.parametrize(
    ("draft", "customer", "rule"),
    [
        ("Hello Brandon,\nCalm down.\nAna\n", "ru", "en.calm-down"),
        ("Salut Ion,\nCalm down.\nAna\n", "ru", "en.calm-down"),
    ],
)
def test_a_reply_in_another_language_is_checked_in_its_own(
    draft: str, customer: str, rule: str
) -> None:
    """R14: a short English reply on a Russian ticket has no Cyrillic letter, so it is
    not Russian: the English rules check it and it is told it is in the wrong language."""
    report = lint(draft, Context(language=customer))
    assert report.language != "ru"
    assert {"language", rule} <= {f.rule for f in report.findings}
