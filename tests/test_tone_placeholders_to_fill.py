"""An angle-bracket placeholder the customer fills in is no unfilled template (R12): on a
command line of its own ("kill -9 <PID>", trainP19 en/ro), in an API request's header or JSON
field (the clean look-alikes of eleven leak sets), or named in an instruction to replace it.
The template slots an agent forgot ("Dear <NAME>,", "Order: <ORDER NUMBER>") still block."""

from __future__ import annotations

import importlib

import pytest

from supportdesk.tone.lint import lint


def placeholders(text: str, language: str) -> list[str]:
    report = lint(text, language=language)
    return [text[f.start : f.end] for f in report.findings if f.rule == "placeholder"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Stop the stuck worker, then start it again:\n\nps aux | grep worker\nkill -9 <PID>\n"
         "sudo systemctl restart worker\n\nThe queue resumes on its own.", "en"),
        ("Opriți procesul blocat:\n\nkill -9 <PID>\nsudo systemctl restart php-fpm\n", "ro"),
        ("Try this call:\n\ncurl https://api.example.test/v1/orders \\\n"
         "  -H \"Authorization: Bearer <YOUR_API_KEY>\"\n\nIt lists your last orders.", "en"),
        ("Pentru test trimiteți:\nX-Api-Key: <CHEIA_TA_API>\nîn antetul cererii.", "ro"),
        ("The body should look like this:\n  {\"from\": \"<SENDER>\", \"text\": \"<MESSAGE>\"}\n", "en"),
        ("Put the key in the config file: api_key = <YOUR_KEY>. Replace <YOUR_KEY> with the key "
         "from Settings, then restart the sync.", "en"),
        ("Înlocuiți <TOKENUL_TAU> cu tokenul din Setări → Integrări, apoi rulați din nou.", "ro"),
        ("В файле настроек вместо <LOGIN> подставьте логин из личного кабинета.", "ru"),
        ("В файле настроек вместо <ЛОГИН> подставьте логин из личного кабинета.", "ru"),
    ],
)  # fmt: skip
def test_a_placeholder_the_customer_fills_in_is_not_flagged(text: str, language: str) -> None:
    assert placeholders(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "slot"),
    [
        ("Dear <NAME>, your order has shipped.", "en", "<NAME>"),
        ("Your order is on its way.\nOrder: <ORDER NUMBER>\nThanks, Dana", "en", "<ORDER NUMBER>"),
        ("Hi Sam, your ticket is <TICKET ID>; replace the cable and call us back.", "en", "<TICKET ID>"),
        ("Bună ziua, <NUME CLIENT>, coletul a plecat azi.", "ro", "<NUME CLIENT>"),
        # s63: a slot in the language's own capitals blocks as the Latin ones do
        ("Bună ziua, comanda a plecat și ajunge pe <DATĂ>.", "ro", "<DATĂ>"),
        ("Здравствуйте, <ИМЯ>! Ваш заказ уже в пути.", "ru", "<ИМЯ>"),
        ("Ваш номер заказа: <НОМЕР_ЗАКАЗА>. Доставка завтра.", "ru", "<НОМЕР_ЗАКАЗА>"),
    ],
)  # fmt: skip
def test_a_template_slot_left_unfilled_still_blocks(text: str, language: str, slot: str) -> None:
    assert placeholders(text, language) == [slot]


class _Counted:
    """A pattern's stand-in that counts its searches."""

    def __init__(self, pattern: object) -> None:
        self.pattern, self.calls = pattern, 0

    def search(self, *args: object) -> object:
        self.calls += 1
        return self.pattern.search(*args)


def test_a_line_of_many_capitals_is_read_as_code_or_not_once(monkeypatch) -> None:
    """A one-line draft of 2,000 "<NAME>" slots asked whether its line was code once per
    word in capitals, each time over the whole line: 90 kB took 35 s. Once per line now."""
    lint_module = importlib.import_module("supportdesk.tone.lint")
    counted = _Counted(lint_module._CODE_LINE)
    monkeypatch.setattr(lint_module, "_CODE_LINE", counted)
    text = "Please reply to <NAME> today. " * 2000
    assert len(placeholders(text, "en")) == 2000
    assert counted.calls == 1
