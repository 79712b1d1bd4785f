"""`supportdesk tone analyze|check` through the real program, and the built-in canned
responses checked by the tone lint in their own language (closes a point of issue 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from supportdesk.config import parse_config
from supportdesk.demo.seed import demo_config_toml, seed
from supportdesk.desk import Desk
from supportdesk.store import open_store
from supportdesk.templates import LANGUAGES, load_library, render, ticket_context
from supportdesk.tone import lint
from tests.test_cli import demo, run

__all__ = ["demo"]  # the seeded demo desk fixture, shared with test_cli

FIELDS = {"next_update": "tomorrow at 12:00", "next_step": "we replace the part",
          "amount": "49.00 EUR", "restored_at": "10:30"}  # fmt: skip


def test_analyze_json_shape() -> None:
    out = json.loads(
        run("tone", "analyze", "--json", stdin="WHERE IS MY MONEY?!! I will call my lawyer.").stdout
    )
    assert out.keys() >= {"language", "register", "mood", "signals", "guidance"}
    assert out["language"] == "en" and out["mood"] == "angry"
    assert out["register"] in ("formal", "informal", "unknown")
    assert out["signals"] and all(isinstance(s, str) for s in out["signals"])


def test_analyze_text_output_never_passes_terminal_escapes() -> None:
    """Signals quote the customer's words (here an ultimatum spanning an OSC 52 clipboard
    write): the text output shows them without the escape (reliability.md TUI-03)."""
    hostile = "Refund me \x1b]52;c;aGk=\x07 now or I go to the lawyer!!!"
    out = run("tone", "analyze", "--lang", "en", stdin=hostile).stdout
    assert "signal:" in out and "now" in out
    assert "\x1b" not in out and "\x07" not in out


def test_check_json_shape_and_exit_status() -> None:
    done = run("tone", "check", "--lang", "en", "--json",
               stdin="As I already said, your password is Hunter22!")  # fmt: skip
    out = json.loads(done.stdout)
    assert 0 <= out["score"] < 100
    for f in out["findings"]:
        assert f.keys() >= {"rule", "severity", "message", "start", "end"}
        assert f["severity"] in ("block", "warn", "info")
    rules = {f["rule"]: f for f in out["findings"]}
    assert rules["confidential.password"]["severity"] == "block"
    assert "en.already-said" in rules
    text = "As I already said, your password is Hunter22!"
    span = rules["confidential.password"]
    assert text[span["start"] : span["end"]] == "Hunter22!"


def test_check_human_output_and_usage_errors() -> None:
    done = run("tone", "check", stdin="Calm down.")
    assert "en.calm-down" in done.stdout and done.stdout.startswith("score ")
    assert run("tone", "check", "--lang", "xx", check=2).returncode == 2
    assert "Traceback" not in run("tone", "analyze", stdin="", check=1).stderr


def test_check_with_ticket_context(demo: Path) -> None:
    config = str(demo / "config.toml")
    tickets = json.loads(
        run("--config", config, "tickets", "list", "--status", "all", "--json").stdout
    )
    this, other = (
        tickets[0],
        next(t for t in tickets[1:] if t["customer"]["email"] != tickets[0]["customer"]["email"]),
    )
    draft = f"Hello,\nI have also written to {other['customer']['email']} and to {this['customer']['email']}.\n"
    out = json.loads(
        run(
            "--config",
            config,
            "tone",
            "check",
            "--ticket",
            str(this["id"]),
            "--lang",
            "en",
            "--json",
            stdin=draft,
        ).stdout
    )
    leaks = [f for f in out["findings"] if f["rule"].startswith("confidential.")]
    assert [f["rule"] for f in leaks] == ["confidential.other-customer"]
    assert draft[leaks[0]["start"] : leaks[0]["end"]] == other["customer"]["email"]
    missing = run("--config", config, "tone", "check", "--ticket", "99999", stdin="Hi", check=1)
    assert "99999" in missing.stderr and "Traceback" not in missing.stderr


# -- the canned responses pass their own tone lint (issue 7) -------------------------------


def _desk(root: Path) -> Desk:
    text = demo_config_toml(str(root / "desk"), str(root / "outbox"), "ana")
    config = parse_config(text, str(root / "config.toml"))
    store = open_store(root / "desk")
    seed(store, config)
    return Desk(store, config, "ana")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    return _desk(tmp_path_factory.mktemp("tpl"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("register", ["formal", "informal"])
def test_builtin_templates_get_no_block_or_warn(seeded: Desk, language: str, register: str) -> None:
    library = load_library(None, Path("/nonexistent"))
    ticket = next(t for t in seeded.list_tickets("all") if t.language == language)
    problems = []
    for name in library.names():
        ctx = ticket_context(
            ticket, seeded.config, "ana", seeded.conversation(ticket.id), register=register
        )
        template = library.choose(name, ctx.language, ctx.register)
        text = render(template, ctx, library, FIELDS).text
        context = seeded.tone_context(ticket.id)
        context = type(context)(
            language=language, register=register, technical="average",
            customer_email=context.customer_email, own_addresses=context.own_addresses,
            other_customers=context.other_customers,
        )  # fmt: skip
        for f in lint(text, context, language=language).findings:
            if f.severity in ("block", "warn"):
                problems.append(f"{template.path}: {f.rule} {text[f.start : f.end]!r}: {f.message}")
    assert problems == []
