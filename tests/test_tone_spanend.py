"""A leak's span ends at the secret, not at the punctuation after it (ux17): the
highlight and the JSON's `end` were "Kx9#mQ2!vL," with the sentence's comma."""

from __future__ import annotations

import pytest

from supportdesk.tone import lint
from supportdesk.tone.spanend import secret_end


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("Kx9#mQ2!vL,", "Kx9#mQ2!vL"),
        ("db1.internal.acme.test.", "db1.internal.acme.test"),
        ("http://10.0.15.7:8080/jobs).", "http://10.0.15.7:8080/jobs"),
        ("redis://:s3cr3t@cache-01.int:6379/0`.", "redis://:s3cr3t@cache-01.int:6379/0"),
        ('Hunter22!";', "Hunter22!"),
        ("парол1Зима»:", "парол1Зима"),
        ("Traceback (most recent call last)", "Traceback (most recent call last)"),
        ("ООО «Дакрис»", "ООО «Дакрис»"),
        ("'do not upgrade'", "'do not upgrade'"),
        ("fdab:1234:5678::", "fdab:1234:5678::"),
        ("fdab:1234:5678::.", "fdab:1234:5678::"),
        (",", ","),  # never an empty span
    ],
)
def test_secret_end(words: str, kept: str) -> None:
    text = f"see {words} then"
    assert text[4 : secret_end(text, 4, 4 + len(words))] == kept


@pytest.mark.parametrize(
    ("draft", "secret"),
    [
        ("Hello Ion,\nYour new password is Kx9#mQ2!vL, please change it.\nAna\n", "Kx9#mQ2!vL"),
        ("Salut Ion,\nParola nouă este Kx9#mQ2!vL; schimb-o azi.\nAna\n", "Kx9#mQ2!vL"),
        ("Здравствуйте, Иван!\nВаш новый пароль: Kx9#mQ2!vL. Смените его.\nАна\n", "Kx9#mQ2!vL"),
        ("Hello Ion,\nThe logs are on db1.internal.acme.test.\nAna\n", "db1.internal.acme.test"),
    ],
)
def test_a_leak_finding_ends_at_the_secret(draft: str, secret: str) -> None:
    blocks = [f for f in lint(draft).findings if f.rule.startswith("confidential.")]
    assert blocks, lint(draft).findings
    assert {draft[f.start : f.end] for f in blocks} == {secret}
    assert all(f.to_json()["end"] == draft.index(secret) + len(secret) for f in blocks)
