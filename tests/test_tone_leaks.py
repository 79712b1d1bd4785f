"""R5 leaks without an e-mail address or a token format: another person's data, notes
meant for colleagues, shared team logins, national identity numbers; and the clean
look-alikes (version numbers shaped like private addresses, the customer's own data)."""

from __future__ import annotations

import pytest

from supportdesk.tone import lint
from supportdesk.tone.secrets import cnp_valid


def _r5(text: str, language: str) -> set[str]:
    report = lint(text, language=language)
    return {f.rule for f in report.findings if f.serves == "R5" and f.severity == "block"}


@pytest.mark.parametrize(
    ("draft", "language", "kind"),
    [
        (
            "Hi Jo,\n\nThat box belongs to Ms Clara Webb, 9 Mill Street, Bath.\n\nSam",
            "en",
            "other-person",
        ),
        (
            "Hi Jo,\n\nMr Ahmed (mobile 07911 123456) had the same router.\n\nSam",
            "en",
            "other-person",
        ),
        (
            "Bună,\n\nPachetul e al domnului Ilie Radu, strada Morii 3, Iași.\n\nSam",
            "ro",
            "other-person",
        ),
        ("Привет!\n\nЭто заказ Орловой Марины, тел. 8 903 555-12-34.\n\nСэм", "ru", "other-person"),
        (
            "Thanks!\n\n(internal: refund approved by Kate, don't mention the voucher)\n\nSam",
            "en",
            "internal-note",
        ),
        ("Mulțumim!\n\nNu trimite clientului: a amenințat cu ANPC.\n\nSam", "ro", "internal-note"),
        ("Спасибо!\n\n[служебное: не давать скидку]\n\nСэм", "ru", "internal-note"),
        ("Log in with the shared account ops-desk / Blue#Harbor7 for now.", "en", "password"),
        ("Intrați pe contul comun: birou.suport / Toamna#2026.", "ro", "password"),
        ("Общий логин: desk_ru / Osen#2026.", "ru", "password"),
        ("CNP-ul de pe cerere, 2850101123453, nu corespunde.", "ro", "national-id"),
        ("Серия и номер паспорта: 40 09 123456.", "ru", "national-id"),
        ("Your card 4111 1111 1111 1111 was charged twice.", "en", "card-number"),
        ("Done!\n\n>> staff note: refund only once <<\n\nSam", "en", "internal-note"),
        ("Gata!\n\n(notă pentru agenți: fără penalități)\n\nSam", "ro", "internal-note"),
        ("Done.\n\n[NB for tier 2: goodwill credit applied]\n\nSam", "en", "internal-note"),
        (
            "Готово.\n\n[NB для первой линии: компенсацию не предлагать]\n\nСэм",
            "ru",
            "internal-note",
        ),
    ],
)
def test_data_without_an_address_blocks(draft: str, language: str, kind: str) -> None:
    """The kind's detector finds it: as the finding shown, or named in its `also` when
    another family's block covers the same span first (leak25's playbook rule reads
    «компенсацию не предлагать» as an internal instruction too)."""
    report = lint(draft, language=language)
    found = {
        rule
        for f in report.findings
        if f.serves == "R5" and f.severity == "block"
        for rule in (f.rule, *f.also)
    }
    assert f"confidential.{kind}" in found


@pytest.mark.parametrize(
    ("draft", "language"),
    [
        ("Please install client 10.3.1.2 or later.", "en"),
        ("Update the firmware to 10.2.0.44 and restart.", "en"),
        ("Build 10.0.19045 of Windows fixes it.", "en"),
        ("Instalați versiunea 10.3.1.2 a aplicației.", "ro"),
        ("Обновите клиент до версии 10.1.1.5.", "ru"),
        ("У вас сборка 10.8.0.3 — обновитесь до 10.8.1.0.", "ru"),
        ("Hi Mrs Grant,\n\nWe'll deliver to Mrs Grant, 4 Elm Road, tomorrow.\n\nTom", "en"),
        ("Hi Ted,\n\nOur engineer Mr Hall will call you from 0800 123 456.\n\nPam", "en"),
        ("Bună ziua,\n\nColegul nostru, domnul Dan Pop, vă sună de la 0800 800 800.\n\nAna", "ro"),
        ("Comanda 1234567890123 a plecat.", "ro"),
        ("Replace <YOUR_API_KEY> with the key from Settings.", "en"),
    ],
)
def test_look_alikes_stay_clean(draft: str, language: str) -> None:
    assert not _r5(draft, language)


def test_cnp_checksum() -> None:
    assert cnp_valid("2850101123453") and not cnp_valid("2850101123454")
    assert not cnp_valid("1851301123456")  # month 13


def test_of_two_leaks_starting_together_the_longer_is_shown() -> None:
    """R5: the span shown is what the agent must delete: the whole internal note line,
    with the playbook rule it states named in `also`, not the other way round."""
    draft = "Готово.\n\n[NB для первой линии: компенсацию не предлагать]\n\nСэм"
    (shown,) = [f for f in lint(draft, language="ru").findings if f.serves == "R5"]
    assert shown.rule == "confidential.internal-note"
    assert draft[shown.start : shown.end].endswith("не предлагать]")
    assert "confidential.internal-info" in shown.also


def test_findings_merged_keep_every_rule_named_once() -> None:
    """The finding left out gives its own `also` to the kept one, without repeats."""
    from supportdesk.tone.lint import Finding, _dedupe

    short = Finding("confidential.a", "block", "a", 5, 10, "R5", also=("x",))
    long = Finding("confidential.b", "block", "b", 5, 30, "R5", also=("x", "y"))
    later = Finding("confidential.c", "block", "c", 8, 12, "R5")
    (kept,) = _dedupe([short, long, later])
    assert (kept.rule, kept.start, kept.end) == ("confidential.b", 5, 30)
    assert kept.also == ("x", "y", "confidential.a", "confidential.c")
