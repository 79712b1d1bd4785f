"""Canned responses (issue 7): the library, its layers, the sandbox and the CLI.

Rule numbers refer to /work/shared/guidance.md: templates sign with a real name (R11),
come in the customer's language (R14) and register (R3), and never leak internals (R5).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from supportdesk.cli import main
from supportdesk.config import Config, parse_config
from supportdesk.demo.seed import demo_config_toml, seed
from supportdesk.desk import Desk
from supportdesk.models import Person, Status, Ticket
from supportdesk.store import open_store
from supportdesk.templates import (
    LANGUAGES,
    Library,
    MissingFields,
    TemplateError,
    load_library,
    render,
    ticket_context,
)
from supportdesk.templates.check import check_library
from supportdesk.templates.dates import format_date
from supportdesk.templates.library import builtin_root
from supportdesk.templates.macros import USAGE, usage
from supportdesk.templates.model import parse_template
from supportdesk.templates.register import guess_register

STARTER = (
    "acknowledgement", "need-info", "delay", "resolved", "escalated", "password-reset",
    "refund-processed", "payment-delayed", "outage-apology", "feature-request",
    "closing-no-reply", "de-escalation", "outage-known", "outage-resolved",
)  # fmt: skip
FIELDS = {
    "next_update": "NEXT-UPDATE",
    "next_step": "NEXT-STEP",
    "amount": "AMOUNT",
    "restored_at": "RESTORED-AT",
}
AGENT = "Ana Popescu"


# -- fixtures --------------------------------------------------------------------------


def _demo(root: Path) -> tuple[Desk, Path]:
    config_path = root / "config.toml"
    text = demo_config_toml(str(root / "desk"), str(root / "outbox"), "ana")
    root.mkdir(parents=True, exist_ok=True)
    config_path.write_text(text)
    config = parse_config(text, str(config_path))
    store = open_store(root / "desk")
    seed(store, config)
    return Desk(store, config, "ana"), config_path


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Desk, Path]:
    """A seeded demo desk shared by read-only tests."""
    return _demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def fresh_demo(tmp_path: Path) -> tuple[Desk, Path]:
    """A seeded demo desk of one's own, for tests that send replies."""
    return _demo(tmp_path / "demo")


@pytest.fixture(scope="module")
def builtins() -> Library:
    return load_library(None, Path("/nonexistent"))


def _ticket_in(desk: Desk, language: str) -> Ticket:
    return next(t for t in desk.list_tickets("all") if t.language == language)


def _ticket(language: str = "en", name: str = "Maria Ionescu") -> Ticket:
    return Ticket(42, "Login fails", Person(name, "maria@example.test"), language=language)


def _write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _tpl(body: str, name: str = "ack", lang: str = "en", register: str = "any") -> str:
    return f"---\nname: {name}\ntitle: T\nlanguage: {lang}\nregister: {register}\n---\n{body}"


def _render_text(body: str, library: Library | None = None, **values: str) -> str:
    t = parse_template(_tpl(body), "ack.en.md", "team")
    ctx = ticket_context(_ticket(), Config(), "ana")
    return render(t, ctx, library, values).text


def cli(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the real command line in-process: (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    out, err = capsys.readouterr()
    return int(exit_.value.code or 0), out, err


# -- the starter library ---------------------------------------------------------------


def test_builtin_templates_ship_as_package_data() -> None:
    """The .md files are found through importlib.resources, as in an installed wheel."""
    files = [p for p in _walk(builtin_root())]
    assert len(files) >= 12 * 5


def _walk(root):
    for entry in root.iterdir():
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.name.endswith(".md"):
            yield entry


def test_starter_library_has_every_language_and_register(builtins: Library) -> None:
    """R14: en, ro, ru for every name; R3: ro and ru distinguish formal and informal."""
    assert builtins.problems == []
    for name in STARTER:
        variants = {(t.language, t.register) for t in builtins.variants(name)}
        assert ("en", "any") in variants
        for lang in ("ro", "ru"):
            assert {(lang, "formal"), (lang, "informal")} <= variants, name
        for t in builtins.variants(name):
            assert t.title and t.shortcut.startswith(";") and t.description


def test_starter_descriptions_quote_the_rules_they_serve(builtins: Library) -> None:
    expected = {
        "acknowledgement": "R4", "delay": "R4", "resolved": "R4", "escalated": "R9",
        "feature-request": "R13", "de-escalation": "R1, R6, R7",
        "outage-known": "R4", "outage-resolved": "R4",
    }  # fmt: skip
    for name, rule in expected.items():
        assert rule in builtins.choose(name, "en").description


@pytest.mark.parametrize("name", STARTER)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_builtin_renders_for_a_demo_ticket_in_each_language(
    demo: tuple[Desk, Path], builtins: Library, name: str, language: str
) -> None:
    desk, _ = demo
    ticket = _ticket_in(desk, language)
    for register in ("formal", "informal"):
        ctx = ticket_context(
            ticket, desk.config, "ana", desk.conversation(ticket.id), register=register
        )
        done = render(builtins.choose(name, ctx.language, ctx.register), ctx, builtins, FIELDS)
        t = done.template
        assert t.language == language
        assert t.register == ("any" if language == "en" else register)
        assert "{" not in done.text and "[" not in done.text and "\ue000" not in done.text
        assert AGENT in done.text  # R11: signed with a real name
        assert ticket.customer.name.split()[0] in done.text.splitlines()[0]
        assert done.cursor is not None and 0 < done.cursor < len(done.text)
        for key in FIELDS.values():
            if f'"{key.lower().replace("-", "_")}"' in t.body:
                assert key in done.text


def test_builtins_pass_check(builtins: Library) -> None:
    assert check_library(builtins) == []


def test_unresolved_problem_templates_give_a_time(builtins: Library) -> None:
    """R4: a reply about an unresolved problem says when the customer hears back."""
    for name in ("acknowledgement", "need-info", "delay", "escalated", "payment-delayed",
                 "de-escalation", "outage-known"):  # fmt: skip
        for t in builtins.variants(name):
            assert "next_update" in t.body or "reply_within" in t.body, t.path


# -- sandbox ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ customer.__class__.__init__ }}",
        "{{ now.__class__ }}",
        "{{ field.__globals__ }}",
        "{{ lipsum.__globals__['os'] }}",
        "{{ cycler.__init__.__globals__.os.environ }}",
        "{{ ''.format.__globals__ }}",
        "{{ self._TemplateReference__context }}",
    ],
)
def test_sandbox_escapes_are_refused(body: str) -> None:
    with pytest.raises(TemplateError, match=r"ack\.en\.md:\d+: refused by the sandbox"):
        _render_text(body)


def test_sandboxed_values_cannot_be_mutated() -> None:
    with pytest.raises(TemplateError, match="sandbox"):
        _render_text("{{ ticket.update({'id': 1}) }}")


@pytest.mark.parametrize(
    "body",
    [
        '{% include "/etc/passwd" %}',
        '{% include "../../../etc/hostname" %}',
        '{% import "/etc/passwd" as p %}',
        '{% extends "/etc/passwd" %}',
        '{% from "signature.en.md" import x %}',
    ],
)
def test_templates_cannot_read_files(body: str) -> None:
    with pytest.raises(TemplateError, match="no such template in the library"):
        _render_text(body, load_library(None))


@pytest.mark.parametrize(
    "body", ["{{ environ }}", "{{ os }}", "{{ config }}", "{{ getenv('HOME') }}"]
)
def test_templates_cannot_read_the_environment(body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPPORTDESK_SECRET", "hunter2")
    with pytest.raises(TemplateError, match="is undefined"):
        _render_text(body)


# -- errors, fields, includes, cursor, dates ------------------------------------------


def test_undefined_variable_names_file_line_and_variable(tmp_path: Path) -> None:
    personal = tmp_path / "personal"
    path = _write(personal, "ack.ro.md", _tpl("Salut!\n\n{{ custmer.name }}\n", lang="ro"))
    lib = load_library(None, personal)
    t = lib.choose("ack", "ro")
    with pytest.raises(TemplateError) as err:
        render(t, ticket_context(_ticket("ro"), Config(), "ana"), lib)
    assert str(err.value) == f"{path}:9: 'custmer' is undefined"


def test_missing_attribute_names_the_variable() -> None:
    with pytest.raises(
        TemplateError, match=r"ack\.en\.md:8: 'customer object' has no attribute 'nmae'"
    ):
        _render_text("\n{{ customer.nmae }}")


def test_syntax_error_names_file_and_line() -> None:
    with pytest.raises(TemplateError, match=r"ack\.en\.md:9: syntax error"):
        _render_text("a\nb\n{% if %}")


def test_required_fields_are_listed_together_and_filled_with_values() -> None:
    body = '{{ field("tracking") }} {{ field("eta", default="soon") }} {{ field("carrier") }}'
    with pytest.raises(MissingFields) as err:
        _render_text(body)
    assert err.value.names == ["tracking", "carrier"]
    assert _render_text(body, tracking="RO1", carrier="DHL") == "RO1 soon DHL\n"
    assert _render_text(body, tracking="RO1", carrier="DHL", eta="today") == "RO1 today DHL\n"


def test_preview_renders_missing_fields_as_placeholders(builtins: Library) -> None:
    t = builtins.choose("delay", "en")
    done = render(t, ticket_context(_ticket(), Config(), "ana"), builtins, require_fields=False)
    assert "[next_update]" in done.text and done.fields == ("next_update",)


def test_default_filter_fills_missing_values() -> None:
    t = parse_template(
        _tpl('Hello {{ customer.first_name | default("there", true) }},', "g"), "g.en.md", "team"
    )
    ctx = ticket_context(_ticket(name=""), Config(), "ana")
    assert render(t, ctx).text == "Hello there,\n"


def test_include_resolves_to_the_library_variant_for_the_ticket(tmp_path: Path) -> None:
    team = tmp_path / "desk"
    _write(
        team / "templates",
        "x.ro.md",
        _tpl('Text.\n\n{% include "signature" %}', "x", "ro", "informal"),
    )
    lib = load_library(team, tmp_path / "none")
    informal = ticket_context(_ticket("ro"), Config(), "ana", register="informal")
    assert (
        render(lib.choose("x", "ro"), informal, lib).text == "Text.\n\nNumai bine,\nana\nSupport\n"
    )
    formal = ticket_context(_ticket("ro"), Config(), "ana", register="formal")
    assert "Cu stimă," in render(lib.choose("x", "ro"), formal, lib).text


def test_cursor_is_reported_and_removed() -> None:
    t = parse_template(_tpl("Hello,\n\n{{ cursor }}\n\nBye", "c"), "c.en.md", "team")
    done = render(t, ticket_context(_ticket(), Config(), "ana"))
    assert done.text == "Hello,\n\n\n\nBye\n" and done.cursor == len("Hello,\n\n")


def test_date_filter_speaks_the_language_in_the_desk_timezone() -> None:
    from zoneinfo import ZoneInfo

    tz = ZoneInfo("Europe/Bucharest")
    late = datetime(2025, 3, 31, 22, 30, tzinfo=UTC)  # already 1 April in Bucharest
    assert format_date(late, "en", tz) == "1 April 2025"
    assert format_date(late, "ro", tz) == "1 aprilie 2025"
    assert format_date(late, "ru", tz) == "1 апреля 2025 г."
    assert format_date(late, "ro", tz, "datetime") == "1 aprilie 2025, ora 01:30"
    assert format_date(late, "ru", tz, "datetime") == "1 апреля 2025 г. в 01:30"
    assert format_date("2025-12-05T10:00:00+00:00", "en", UTC, "time") == "10:00"


def test_date_filter_in_a_template_uses_the_ticket(demo: tuple[Desk, Path]) -> None:
    desk, _ = demo
    ticket = _ticket_in(desk, "ru")
    t = parse_template(_tpl("{{ ticket.created_at | date }}", "d", lang="ru"), "d.ru.md", "team")
    text = render(t, ticket_context(ticket, desk.config, "ana")).text
    assert text.strip().endswith(" г.") and any(
        m in text
        for m in (
            "января",
            "ноября",
            "мая",
            "декабря",
            "марта",
            "апреля",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "февраля",
        )
    )


# -- layers and variants ---------------------------------------------------------------


def test_personal_overrides_team_overrides_builtin(tmp_path: Path) -> None:
    data_dir, personal = tmp_path / "desk", tmp_path / "personal"
    assert load_library(data_dir, personal).choose("acknowledgement", "en").layer == "builtin"
    _write(data_dir / "templates", "acknowledgement.en.md", _tpl("team", "acknowledgement"))
    assert load_library(data_dir, personal).choose("acknowledgement", "en").body == "team"
    _write(personal, "mine/acknowledgement.en.md", _tpl("mine", "acknowledgement"))
    lib = load_library(data_dir, personal)
    assert lib.choose("acknowledgement", "en").body == "mine"
    assert lib.choose("acknowledgement", "ro").layer == "builtin"  # other languages stay
    assert [t.layer for t in lib.effective() if t.name == "acknowledgement"].count("personal") == 1


def test_personal_layer_defaults_to_xdg_config_home(tmp_path: Path) -> None:
    import os

    root = Path(os.environ["XDG_CONFIG_HOME"]) / "supportdesk" / "templates"
    _write(root, "acknowledgement.en.md", _tpl("xdg", "acknowledgement"))
    assert load_library(None).choose("acknowledgement", "en").layer == "personal"


def test_a_layer_replaces_all_registers_of_a_language(tmp_path: Path) -> None:
    data_dir = tmp_path / "desk"
    _write(data_dir / "templates", "delay.ro.md", _tpl("team ro", "delay", "ro", "any"))
    lib = load_library(data_dir, tmp_path / "none")
    assert lib.choose("delay", "ro", "formal").body == "team ro"
    assert lib.choose("delay", "ro", "informal").body == "team ro"


@pytest.mark.parametrize(
    ("language", "register", "expected"),
    [
        ("ro", "formal", ("ro", "formal")),
        ("ro", "informal", ("ro", "informal")),
        ("ru", "informal", ("ru", "informal")),
        ("ro", "unknown", ("ro", "formal")),  # unknown: the polite choice
        ("en", "informal", ("en", "any")),
        ("de", "formal", ("en", "any")),  # no German: English
        ("", "", ("en", "any")),
    ],
)
def test_variant_choice_by_language_and_register(
    builtins: Library, language: str, register: str, expected: tuple[str, str]
) -> None:
    t = builtins.choose("resolved", language, register)
    assert (t.language, t.register) == expected


def test_variant_choice_falls_back_to_the_first(tmp_path: Path) -> None:
    _write(tmp_path, "only.ru.md", _tpl("x", "only", "ru", "informal"))
    lib = load_library(None, tmp_path)
    assert lib.choose("only", "ro", "formal").language == "ru"
    with pytest.raises(TemplateError, match="did you mean only"):
        lib.choose("onl")


def test_shortcuts_name_templates(builtins: Library) -> None:
    assert builtins.by_shortcut(";ack") == "acknowledgement"
    assert builtins.by_shortcut(";nope") is None


@pytest.mark.parametrize(
    ("text", "language", "register"),
    [
        ("Salut, tot nu am primit plata! Poți să verifici?", "ro", "informal"),
        ("Bună ziua, vă rog să îmi trimiteți factura.", "ro", "formal"),
        ("Привет! Можешь подсказать?", "ru", "informal"),
        ("Здравствуйте. Не могли бы вы помочь?", "ru", "formal"),
        ("", "ro", "unknown"),
    ],
)
def test_register_guess(text: str, language: str, register: str) -> None:
    assert guess_register(text, language) == register


def test_demo_ticket_register_picks_the_variant(demo: tuple[Desk, Path], builtins: Library) -> None:
    """R3: Ion writes "Salut" (informal), so he gets "Salut, Ion!" and "tu"."""
    desk, _ = demo
    ticket = next(t for t in desk.list_tickets("all") if t.customer.name == "Ion Popescu")
    ctx = ticket_context(ticket, desk.config, "ana", desk.conversation(ticket.id))
    assert ctx.register == "informal"
    assert render(
        builtins.choose("resolved", ctx.language, ctx.register), ctx, builtins
    ).text.startswith("Salut, Ion!")


def test_broken_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    _write(tmp_path, "bad.en.md", "no front matter")
    _write(tmp_path, "worse.en.md", "---\nregister: shouty\n---\nx")
    _write(tmp_path, "name.txt", "ignored")
    lib = load_library(None, tmp_path)
    assert len(lib.problems) == 2
    assert any("register 'shouty'" in p for p in lib.problems)
    assert lib.choose("acknowledgement", "en").layer == "builtin"


# -- CLI -------------------------------------------------------------------------------


def test_cli_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli("templates", "list", "--json", capsys=capsys)
    items = json.loads(out)
    assert code == 0 and len(items) >= 12 * 5
    for item in items:
        assert item.keys() >= {"name", "title", "language", "register", "layer", "path"}
    assert {(i["language"], i["register"]) for i in items if i["name"] == "delay"} == {
        ("en", "any"), ("ro", "formal"), ("ro", "informal"), ("ru", "formal"), ("ru", "informal")
    }  # fmt: skip


def test_cli_show_prints_the_source(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(
        "templates", "show", "delay", "--lang", "ro", "--register", "informal", capsys=capsys
    )
    assert code == 0 and 'field("next_update")' in out and "ro/informal/delay.ro.md" in err
    code, _, err = cli("templates", "show", "dealy", capsys=capsys)
    assert code == 1 and "did you mean delay" in err


def test_cli_render_json(demo: tuple[Desk, Path], capsys: pytest.CaptureFixture[str]) -> None:
    desk, config = demo
    ticket = _ticket_in(desk, "ru")
    code, out, _ = cli(
        "--config", str(config), "templates", "render", "delay", "--ticket", str(ticket.id),
        "--json", "--set", "next_update=завтра до 12:00", capsys=capsys,
    )  # fmt: skip
    data = json.loads(out)
    assert code == 0 and data.keys() >= {"name", "language", "register", "text"}
    assert data["name"] == "delay" and data["language"] == "ru"
    assert "Следующее обновление я пришлю завтра до 12:00" in data["text"]


def test_cli_render_asks_for_missing_fields(
    demo: tuple[Desk, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    desk, config = demo
    code, _, err = cli("--config", str(config), "templates", "render", "de-escalation",
                       "--ticket", str(_ticket_in(desk, "en").id), capsys=capsys)  # fmt: skip
    assert code == 1
    assert "required fields without a value: next_step, next_update" in err
    assert "--set next_step=VALUE" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as exit_:
        main(["templates", "render", "delay", "--ticket", "1", "--set", "oops"])
    assert exit_.value.code == 2


def test_cli_check_clean_on_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli("templates", "check", capsys=capsys)
    assert (code, out) == (0, "")


def test_cli_check_fails_on_a_broken_team_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "desk"
    team = data_dir / "templates"
    _write(team, "broken.en.md", _tpl("Hi\n{% if customer.name %}\nno end", "broken"))
    _write(team, "typo.en.md", _tpl("Hi {{ custmer.name }}", "typo"))
    _write(team, "typo.ro.md", _tpl("Salut {{ customer.nmae }}", "typo", "ro"))
    _write(team, "typo.ru.md", _tpl('{% include "nothere" %}', "typo", "ru"))
    code, out, _ = cli("--data-dir", str(data_dir), "templates", "check", capsys=capsys)
    lines = out.splitlines()
    assert code == 1
    assert any(line.startswith(f"{team / 'broken.en.md'}:9: syntax error") for line in lines)
    assert f"{team / 'typo.en.md'}: unknown variable 'custmer'" in lines
    assert f"{team / 'typo.ro.md'}:7: 'customer object' has no attribute 'nmae'" in lines
    assert f"{team / 'typo.ru.md'}: include 'nothere': no such template in the library" in lines
    assert "broken: no ro variant (broken.ro.md)" in lines
    assert "broken: no ru variant (broken.ru.md)" in lines
    assert len(lines) == 6


def test_reply_template_draft_applies_no_macro(
    fresh_demo: tuple[Desk, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    desk, config = fresh_demo
    ticket = _ticket_in(desk, "ro")
    code, _, err = cli("--config", str(config), "--agent", "ana", "reply", str(ticket.id), "--template", "escalated",
                       capsys=capsys)  # fmt: skip
    assert code == 0, err
    assert f"#{ticket.id}" in desk.draft(ticket.id)
    assert desk.get_ticket(ticket.id).tags == ticket.tags
    assert usage(desk.store) == {}


def test_reply_template_send_applies_macros_and_counts_use(
    fresh_demo: tuple[Desk, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk, config = fresh_demo
    ticket = next(t for t in desk.list_tickets("all") if t.language == "en" and "refund" not in t.tags
                  and t.status is not Status.CLOSED)  # fmt: skip
    own = tmp_path / "own.txt"
    own.write_text("The duplicate charge was reversed.\n")
    args = ("--config", str(config), "--agent", "ana", "reply", str(ticket.id), "--template", "refund-processed",
            "--set", "amount=$49", "--body-file", str(own), "--send")  # fmt: skip
    code, _, err = cli(*args, capsys=capsys)
    assert code == 0, err
    after = desk.get_ticket(ticket.id)
    assert after.status is Status.SOLVED and "refund" in after.tags
    sent = [m for m in desk.conversation(ticket.id) if m.direction.value == "out"][-1]
    assert "Your refund of $49 was issued today" in sent.text
    assert "your bank. The duplicate charge was reversed.\n" in sent.text  # at the cursor
    assert usage(desk.store) == {"refund-processed": 1}
    code, _, err = cli(*args, capsys=capsys)
    assert code == 0, err
    assert desk.store.index_get(USAGE, "refund-processed") == 2
    assert desk.get_ticket(ticket.id).tags.count("refund") == 1


def test_russian_date_before_a_full_stop_has_one_period() -> None:
    """R14: "30 ноября 2026 г.." reads as a typo; the year's "г." ends the sentence."""
    from supportdesk.templates.render import _ABBREVIATION_THEN_STOP

    assert _ABBREVIATION_THEN_STOP.sub(r"\1", "до 30 ноября 2026 г.. Спасибо") == (
        "до 30 ноября 2026 г. Спасибо"
    )
    assert _ABBREVIATION_THEN_STOP.sub(r"\1", "г... ждём") == "г... ждём"
