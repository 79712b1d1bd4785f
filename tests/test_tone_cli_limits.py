"""`tone check` and `tone analyze` with a huge stdin (ux15): 20 MB piped by mistake took
12 s and 360 MB to check. Both now read at most MAX_STDIN bytes and say so in one line,
exit 1, having read no more than that (memory stays bounded)."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from supportdesk.cli.tone import MAX_STDIN

CHUNK = b"Hello, your refund is on its way. " * 2000  # 68,000 bytes


def feed(args: list[str], total: int) -> tuple[subprocess.CompletedProcess[bytes], int]:
    """Run supportdesk with `total` bytes offered on stdin: (result, bytes it accepted)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "supportdesk", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    accepted = 0

    def write() -> None:
        nonlocal accepted
        assert proc.stdin is not None
        try:
            while accepted < total:
                proc.stdin.write(CHUNK)
                proc.stdin.flush()
                accepted += len(CHUNK)
        except OSError:  # the program stopped reading (BrokenPipeError)
            pass

    with proc:  # closes the pipes
        writer = threading.Thread(target=write, daemon=True)
        writer.start()
        assert proc.stdout is not None and proc.stderr is not None
        out, err = proc.stdout.read(), proc.stderr.read()  # a line at most: no pipe fills
        proc.wait(timeout=60)
        writer.join(timeout=10)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err), accepted


@pytest.mark.parametrize(
    "args", [["tone", "check", "--json"], ["tone", "analyze", "--json"], ["tone", "check"]]
)
def test_twenty_megabytes_on_stdin_is_one_line_naming_the_limit(args: list[str]) -> None:
    done, accepted = feed(args, 20_000_000)
    assert done.returncode == 1
    assert done.stdout == b""  # no half a JSON document
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and f"{MAX_STDIN:,} bytes" in lines[0], lines
    assert "Traceback" not in lines[0]
    # it stopped reading at the limit: what the pipe took is the limit plus its buffers
    assert accepted < MAX_STDIN + 2_000_000, accepted


def test_a_draft_at_the_limit_is_checked() -> None:
    body = (CHUNK * (MAX_STDIN // len(CHUNK) + 1))[: MAX_STDIN - 20] + b"\nTODO Ana\n"
    assert len(body) <= MAX_STDIN
    done = subprocess.run(
        [sys.executable, "-m", "supportdesk", "tone", "check", "--no-reader", "--lang", "en"],
        input=body,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert b"placeholder" in done.stdout
