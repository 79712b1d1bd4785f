"""`supportdesk tone check --json` on awkward stdin, through the real program (ux14):
nothing, only blanks, bytes that are not UTF-8 (NULs included) and a megabyte."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def check(data: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "supportdesk", "tone", "check", "--json", "--no-reader"],
        input=data,
        capture_output=True,
        env=dict(os.environ),
        timeout=120,
    )


@pytest.mark.parametrize("data", [b"", b"  \n\t\n"])
def test_no_draft_is_an_error_not_a_perfect_score(data: bytes) -> None:
    """An empty file piped by mistake must not read as "score 100, nothing to fix"."""
    done = check(data)
    assert done.returncode == 1 and done.stdout == b""
    assert done.stderr.decode().strip().splitlines() == ["supportdesk: stdin: no draft to check"]


def test_bytes_that_are_not_utf8_give_one_json_document() -> None:
    data = b"Hello,\n\xff\xfe your password is hunter22\x00\x00 \xc3(\nAna\n"
    done = check(data)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    text = data.decode("utf-8", errors="replace")
    assert 0 <= out["score"] <= 100
    assert "confidential.password" in [f["rule"] for f in out["findings"]]
    assert all(0 <= f["start"] <= f["end"] <= len(text) for f in out["findings"])


def test_a_megabyte_gives_one_json_document() -> None:
    line = "We have checked the tracking with the carrier and the desk is on its way.\n"
    data = ("Hello Brandon,\n" + line * (1_000_000 // len(line)) + "Ana\n").encode()
    done = check(data)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)  # one document, nothing else on stdout
    assert isinstance(out["findings"], list) and 0 <= out["score"] <= 100
