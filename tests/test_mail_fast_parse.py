"""The parser's fast path builds the message tree the stdlib feed parser builds.

`parse._fast_parse` cuts single parts and multipart bodies at their boundary lines
instead of feeding them line by line through `email.feedparser`; whenever it answers,
the tree must be the feed parser's: the same headers, payload strings, preamble,
epilogue and defects at every level. Checked on every sample in tests/data/mail and on
shapes written for the rules it reproduces (the line ending before a boundary, nested
multiparts, whitespace after a boundary, LF-only mail) and those it must leave to the
feed parser (no closing boundary, a lone CR, empty parts, digests, message/rfc822).
"""

from __future__ import annotations

import os
import random
from email.message import Message
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest

from supportdesk.mail.parse import _POLICY, _fast_parse

SAMPLES = sorted((Path(__file__).parent / "data" / "mail").glob("*.eml"))
# real-world and deliberately broken mail from another project (../shared/corpora)
GEM = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "mail-gem"
GEM_FILES = sorted(
    p for p in GEM.rglob("*") if p.is_file() and p.suffix != ".md" and p.name != "LICENSE"
)


def _shape(message: Message) -> Any:
    payload = message._payload  # what the feed parser stored, undecoded
    return (
        list(message.raw_items()),
        [type(d).__name__ for d in message.defects],
        message.preamble,
        message.epilogue,
        [_shape(p) for p in payload] if isinstance(payload, list) else payload,
    )


def _feed(data: bytes) -> Message:
    return BytesParser(policy=_POLICY).parsebytes(data)


HEAD = b"From: a@example.com\r\nSubject: s\r\nMIME-Version: 1.0\r\n"


def _multipart(body: bytes, ctype: bytes = b'multipart/mixed; boundary="XX"') -> bytes:
    return HEAD + b"Content-Type: " + ctype + b"\r\n\r\n" + body


TEXT = b"Content-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n"
FAST = {
    "simple": _multipart(b"--XX\r\n" + TEXT + b"--XX--\r\n"),
    "preamble and epilogue": _multipart(
        b"This is MIME.\r\n\r\n--XX\r\n" + TEXT + b"\r\n--XX--\r\n\r\ntrailer\r\n"
    ),
    "no line end after close": _multipart(b"--XX\r\n" + TEXT + b"--XX--"),
    "whitespace after boundaries": _multipart(b"--XX \t\r\n" + TEXT + b"--XX-- \r\n"),
    "lf only": (HEAD + b'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n').replace(
        b"\r\n", b"\n"
    )
    + b"--XX\nContent-Type: text/plain\n\nhi\n\n--XX--\n",
    "nested alternative": _multipart(
        b"--XX\r\nContent-Type: multipart/alternative; boundary=YY\r\n\r\n"
        b"--YY\r\n" + TEXT + b"--YY\r\nContent-Type: text/html\r\n\r\n<p>hello</p>\r\n"
        b"--YY--\r\n--XX\r\nContent-Type: application/pdf; name=a.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--XX--\r\n"
    ),
    "nested with epilogue line": _multipart(
        b"--XX\r\nContent-Type: multipart/alternative; boundary=YY\r\n\r\n"
        b"--YY\r\n" + TEXT + b"--YY--\r\n\r\n--XX--\r\n"
    ),
    "empty body part": _multipart(b"--XX\r\nContent-Type: text/plain\r\n\r\n\r\n--XX--\r\n"),
    "boundary-like lines": _multipart(
        b"--XX\r\n" + b"Content-Type: text/plain\r\n\r\n--XXa\r\n --XX\r\n--XX-x\r\n--XX--\r\n"
    ),
    "8-bit part": _multipart(
        b"--XX\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n"
        + "Bună ziua, factura e greșită. Счёт неверный.\r\n".encode()
        + b"--XX--\r\n"
    ),
    "single part": HEAD + b"Content-Type: text/plain\r\n\r\nhello\r\n\r\n",
}
LEFT_TO_THE_FEED_PARSER = {
    "no closing boundary": _multipart(b"--XX\r\n" + TEXT),
    "no opening boundary": _multipart(b"just text\r\n--XX--\r\n"),
    "lone CR": _multipart(b"--XX\r\n" + TEXT.replace(b"hello\r\n", b"a\rb\r\n") + b"--XX--\r\n"),
    "doubled boundary": _multipart(b"--XX\r\n--XX\r\n" + TEXT + b"--XX--\r\n"),
    "part without headers": _multipart(b"--XX\r\n\r\nbare\r\n--XX--\r\n"),
    "digest": _multipart(
        b"--XX\r\n\r\nFrom: b@example.com\r\n\r\nx\r\n--XX--\r\n",
        b'multipart/digest; boundary="XX"',
    ),
    "forwarded message": _multipart(
        b"--XX\r\nContent-Type: message/rfc822\r\n\r\nFrom: b@example.com\r\n\r\nx\r\n--XX--\r\n"
    ),
    "no boundary parameter": _multipart(b"--XX\r\n" + TEXT + b"--XX--\r\n", b"multipart/mixed"),
}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_samples_parse_to_the_feed_parsers_tree(path: Path) -> None:
    data = path.read_bytes()
    fast = _fast_parse(data)
    if fast is not None:
        assert _shape(fast) == _shape(_feed(data))


@pytest.mark.skipif(not GEM.is_dir() and not os.environ.get("CI"), reason="no mail-gem corpus")
def test_mail_gem_corpus_parses_to_the_feed_parsers_tree() -> None:
    """87 of its 104 files take the fast path when this was written; each must give the
    feed parser's tree, and none may raise."""
    assert GEM_FILES, f"mail-gem corpus missing at {GEM}"
    taken = 0
    for path in GEM_FILES:
        data = path.read_bytes()
        fast = _fast_parse(data)
        if fast is not None:
            taken += 1
            assert _shape(fast) == _shape(_feed(data)), path.name
    assert taken >= len(GEM_FILES) // 2


def test_most_samples_take_the_fast_path() -> None:
    taken = [p.name for p in SAMPLES if _fast_parse(p.read_bytes()) is not None]
    assert len(taken) >= len(SAMPLES) // 2


@pytest.mark.parametrize("name", FAST)
def test_shapes_it_takes_match_the_feed_parser(name: str) -> None:
    fast = _fast_parse(FAST[name])
    assert fast is not None
    assert _shape(fast) == _shape(_feed(FAST[name]))


@pytest.mark.parametrize("name", LEFT_TO_THE_FEED_PARSER)
def test_irregular_shapes_are_left_to_the_feed_parser(name: str) -> None:
    assert _fast_parse(LEFT_TO_THE_FEED_PARSER[name]) is None


def _random_mail(rng: random.Random) -> bytes:
    """Multipart mail put together from pieces the rules care about."""
    eol = rng.choice([b"\r\n", b"\n"])

    def part(depth: int) -> bytes:
        if depth < 2 and rng.random() < 0.3:
            return multipart(depth + 1)
        head = rng.choice(
            [
                b"Content-Type: text/plain; charset=utf-8",
                b"Content-Type: text/html",
                b"Content-Type: application/pdf; name=a.pdf"
                + eol
                + b"Content-Transfer-Encoding: base64",
                b"Content-Disposition: attachment; filename=x.txt",
            ]
        )
        lines = [rng.choice([b"", b"text", b"--", b" --B0", "ă ș ы".encode(), b"x" * 80])]
        lines += [rng.choice([b"line", b"", b"  "]) for _ in range(rng.randint(0, 4))]
        return head + eol + eol + eol.join(lines)

    def multipart(depth: int) -> bytes:
        b = f"B{depth}".encode()
        parts = [part(depth) for _ in range(rng.randint(1, 3))]
        space = rng.choice([b"", b" ", b"\t "])
        body = rng.choice([b"", b"preamble" + eol, eol])
        for p in parts:
            body += b"--" + b + space + eol + p + eol * rng.randint(1, 2)
        body += b"--" + b + b"--" + rng.choice([b"", eol, eol + b"epilogue" + eol, eol + eol])
        return b'Content-Type: multipart/mixed; boundary="' + b + b'"' + eol + eol + body

    return b"From: a@example.com" + eol + b"Subject: s" + eol + multipart(0)


def test_random_multipart_mail_parses_to_the_feed_parsers_tree() -> None:
    rng = random.Random(4)
    taken = 0
    for _ in range(400):
        data = _random_mail(rng)
        fast = _fast_parse(data)
        if fast is not None:
            taken += 1
            assert _shape(fast) == _shape(_feed(data)), data
    assert taken >= 200
