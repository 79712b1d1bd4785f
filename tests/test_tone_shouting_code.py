"""pol19: capitals on a line of code are the code's spelling, not shouting (guidance R1:
"never be rude" — raised voice is; `CREATE INDEX` in a command the agent hands over is
not). lint._on_code_line."""

from __future__ import annotations

import pytest

from supportdesk.tone import lint


def _shouts(text: str, lang: str) -> bool:
    return any(f.rule == "shouting.capitals" for f in lint(text, language=lang).findings)


CODE = [
    (
        "en",
        "Here's the command:\n\nCREATE INDEX idx_customer ON orders(customer_id);\n\nWant me to run it?",
    ),
    ("ro", "Comanda este:\nSELECT COUNT(*) FROM orders WHERE status = 'paid';\nO rulez eu?"),
    ("ro", "Rulați:\nCREATE INDEX idx_client ON comenzi(client_id);\nApoi reîncercați."),
    ("ru", "Выполните:\nDELETE FROM sessions WHERE user_id = 42;\nПотом перезайдите."),
]

SHOUTED = [
    ("en", "Please READ the instructions, it is NOT hard."),
    ("en", "The command is in the email. PLEASE READ IT before writing again."),
    ("ro", "VĂ ROG SĂ CITIȚI instrucțiunile înainte să ne scrieți."),
    ("ru", "ПОЖАЛУЙСТА, ЧИТАЙТЕ ИНСТРУКЦИЮ перед тем, как писать."),
]


@pytest.mark.parametrize(("lang", "text"), CODE)
def test_capitals_on_a_code_line_are_no_shouting(lang: str, text: str) -> None:
    assert not _shouts(text, lang)


@pytest.mark.parametrize(("lang", "text"), SHOUTED)
def test_capitals_in_prose_are_still_shouting(lang: str, text: str) -> None:
    assert _shouts(text, lang)
