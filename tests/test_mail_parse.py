"""Parsing real-world and hostile mail: decoded right, repairs explained, never an escape.

The corpus in tests/data/mail/ is hand-built (see its README); the mail-gem corpus beside
the checkout holds the Ruby `mail` library's fixtures of broken real-world messages.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supportdesk.errors import DeskError
from supportdesk.mail.classify import classify
from supportdesk.mail.parse import (
    INTERNAL_ERROR,
    ParsedMail,
    UnparseableMessage,
    parse_message,
    synthetic_message_id,
)
from supportdesk.mail.quote import split_quoted

DATA = Path(__file__).parent / "data" / "mail"
GEM = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "mail-gem"
RECEIVED = datetime(2025, 3, 6, 12, 0, tzinfo=UTC)


def parse(name: str, **kwargs: int) -> ParsedMail:
    return parse_message((DATA / name).read_bytes(), received_at=RECEIVED, **kwargs)


def gem_files() -> list[Path]:
    if not GEM.is_dir():
        return []
    return sorted(p for p in GEM.rglob("*") if p.is_file() and (p.suffix == ".eml" or not p.suffix))


def test_corpus_is_complete_and_documented() -> None:
    files = sorted(p.name for p in DATA.glob("*.eml"))
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    assert len(files) >= 40
    assert [f for f in files if f not in readme] == []


@pytest.mark.parametrize(
    ("name", "subject", "sender", "words"),
    [
        ("en_plain_utf8.eml", "Cannot log in to my account", "John Smith", ["invalid token"]),
        (
            "ro_plain_utf8_qp.eml",
            "Factură lipsă pentru comanda 4512",
            "Ion Popescu",
            ["Bună ziua", "verificați și să mi-o", "Mulțumesc"],
        ),
        (
            "ru_plain_utf8_b64.eml",
            "Не пришёл заказ",
            "Иван Петров",
            ["Здравствуйте!", "до сих пор не пришёл"],
        ),
        (
            "ro_iso8859_2_qp.eml",
            "Plată neprocesată",
            "Maria Ionescu",
            ["deşi banii au fost retraşi", "Aştept răspunsul"],
        ),
        (
            "ro_windows1250_8bit.eml",
            "Nu pot descărca factura",
            "Ion Popescu",
            ["Îmi puteţi trimite", "descărca"],
        ),
        ("ru_windows1251_8bit.eml", "Возврат денег", "Иван Петров", ["повреждённым"]),
        ("ru_koi8r_8bit.eml", "Вопрос по доставке", "Ольга Смирнова", ["доставка в Москву"]),
        (
            "raw_8bit_utf8_headers.eml",
            "Întrebare despre abonament",
            "Mărie Ionescu",
            ["abonamentul anual"],
        ),
        ("raw_8bit_cp1251_headers.eml", "Счёт не получен", "Иван Петров", ["счёт за март"]),
        ("utf7_body.eml", "UTF-7 test", "Maria Ionescu", ["Știu că problema", "Привет"]),
        (
            "misdeclared_utf8_as_latin1.eml",
            "Cont blocat",
            "Maria Ionescu",
            ["blocat după actualizare", "ajutați-mă"],
        ),
        (
            "misdeclared_cp1251_as_utf8.eml",
            "Problema s oplatoi",
            "Иван Петров",
            ["банковской картой", "платёжной системой"],
        ),
        (
            "mislabelled_latin1_as_utf8.eml",
            "Wrong name on the invoice",
            "John Smith",
            ["café", "Jürgen Müller", "Zoé"],
        ),
        ("undeclared_charset_8bit.eml", "Zakaz", "Иван Петров", ["уважаемая служба поддержки"]),
        ("empty_charset.eml", "Oshibka", "Ольга Смирнова", ["ошибка 500"]),
        ("unknown_charset.eml", "Parola nu merge", "Ion Popescu", ["două ori și tot"]),
        ("attachment_rfc2047_filename.eml", "Ошибка 500", "Ольга Смирнова", ["Скриншот"]),
    ],
)
def test_subjects_names_and_bodies_are_decoded(
    name: str, subject: str, sender: str, words: list[str]
) -> None:
    m = parse(name)
    assert m.subject == subject
    assert m.sender.name == sender
    for word in words:
        assert word in m.text
    assert "\ufffd" not in m.text + m.subject + m.sender.name


@pytest.mark.parametrize(
    ("name", "note"),
    [
        ("misdeclared_utf8_as_latin1.eml", "declared iso-8859-1 but the content is UTF-8"),
        (
            "misdeclared_cp1251_as_utf8.eml",
            "bytes invalid for declared charset utf-8, decoded as windows-1251",
        ),
        ("undeclared_charset_8bit.eml", "undeclared charset, decoded as windows-1251"),
        ("empty_charset.eml", "undeclared charset, decoded as windows-1251"),
        ("unknown_charset.eml", "unknown charset 'x-unknown', decoded as utf-8"),
        ("raw_8bit_cp1251_headers.eml", "Subject: 8-bit header bytes, decoded as windows-1251"),
        ("garbage_date.eml", "bad Date header 'next Tuesday, around noon'"),
        ("missing_date.eml", "missing Date header"),
        ("no_message_id.eml", "missing Message-ID"),
        ("nul_bytes.eml", "NUL characters removed"),
    ],
)
def test_repairs_are_explained(name: str, note: str) -> None:
    assert any(note in problem for problem in parse(name).problems)


@pytest.mark.parametrize(
    "name",
    [
        "en_plain_utf8.eml",
        "ro_plain_utf8_qp.eml",
        "ru_plain_utf8_b64.eml",
        "ru_koi8r_8bit.eml",
        "ro_iso8859_2_qp.eml",
        "raw_8bit_utf8_headers.eml",
        "attachment_rfc2231_ru.eml",
        "inline_image.eml",
        "dsn_postfix.eml",
    ],
)
def test_clean_messages_report_no_problems(name: str) -> None:
    assert parse(name).problems == []


def test_broken_encoded_words_decode_what_they_can_and_keep_the_rest() -> None:
    m = parse("broken_encoded_words.eml")
    assert m.subject == "Hi =?utf-8?B?a?= café"
    assert m.sender.name == "José García"
    assert "Subject: broken encoded word kept as written: =?utf-8?B?a?=" in m.problems
    assert any("unknown charset 'x-unknown'" in p for p in m.problems)


def test_header_values_carry_no_control_characters() -> None:
    injected = parse("header_injection_encoded_crlf.eml")
    assert injected.subject == "Hello  Bcc: victim@example.net"
    nul = parse("nul_bytes.eml")
    assert nul.subject == "Order  4512 status"
    assert nul.text == "Line one and the rest of line one.\nLine two."
    for m in (injected, nul):
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in m.subject)


def test_message_ids_are_stripped_of_brackets() -> None:
    m = parse("outlook_reply_en.eml")
    assert m.message_id == "DB7PR0401MB2.1@example.com"
    assert not m.synthetic_id
    assert m.in_reply_to == "sd.1042.3.5f2c9a@acme.test"
    assert m.references == ["CAJ3k1x9@mail.example.com", "sd.1042.3.5f2c9a@acme.test"]
    assert [p.email for p in m.to] == ["support@acme.test"]


def test_missing_message_id_gets_a_stable_synthetic_one() -> None:
    raw = (DATA / "no_message_id.eml").read_bytes()
    first = parse_message(raw, received_at=RECEIVED)
    again = parse_message(raw, received_at=RECEIVED + timedelta(days=1))
    other = parse_message(raw.replace(b"no Message-ID", b"no Message-Id"), received_at=RECEIVED)
    assert first.synthetic_id
    assert first.message_id == again.message_id == synthetic_message_id(raw)
    assert first.message_id.startswith("sd-") and first.message_id.endswith("@synthetic.invalid")
    assert other.message_id != first.message_id


def test_date_is_aware_and_falls_back_to_the_receive_time() -> None:
    assert parse("en_plain_utf8.eml").date == datetime(2025, 3, 3, 8, 15, tzinfo=UTC)
    assert parse("garbage_date.eml").date == RECEIVED
    assert parse("missing_date.eml").date == RECEIVED
    naive = parse_message(
        (DATA / "missing_date.eml").read_bytes(), received_at=datetime(2025, 3, 6, 12, 0)
    )
    assert naive.date == RECEIVED
    future = (DATA / "en_plain_utf8.eml").read_bytes().replace(b"2025 10:15", b"2099 10:15")
    future_mail = parse_message(future, received_at=RECEIVED)
    assert future_mail.date == RECEIVED
    assert any("in the future" in p for p in future_mail.problems)


def test_html_only_body_becomes_text_without_script_or_style() -> None:
    m = parse("html_only.eml")
    assert "Nu reușesc să schimb parola" in m.text
    assert "https://acme.test/reset?u=42&t=x" in m.text
    assert "browser: Firefox" in m.text
    assert "alert" not in m.text and "color" not in m.text and "Mesaj" not in m.text
    assert m.html.startswith("<html>")


def test_alternative_keeps_both_and_shows_the_plain_part() -> None:
    m = parse("multipart_alternative.eml")
    assert m.text == "Hi,\n\nThe export to CSV stops at 1000 rows.\n\nJane"
    assert "<b>CSV</b>" in m.html


def test_attachments_with_plain_and_rfc2231_and_rfc2047_names() -> None:
    (pdf,) = parse("attachment_pdf.eml").attachments
    assert (pdf.filename, pdf.content_type, pdf.inline) == (
        "invoice-4512.pdf",
        "application/pdf",
        False,
    )
    assert pdf.data.startswith(b"%PDF-1.4") and pdf.size == len(pdf.data)
    assert parse("attachment_rfc2231_ro.eml").attachments[0].filename == "Factură și chitanță.pdf"
    assert parse("attachment_rfc2231_ru.eml").attachments[0].filename == "Договор № 12.docx"
    assert parse("attachment_rfc2047_filename.eml").attachments[0].filename == "Скриншот ошибки.png"
    raw_name = parse("attachment_8bit_filename.eml")
    assert raw_name.attachments[0].filename == "Счёт №7.pdf"
    assert "attachment filename: 8-bit header bytes, decoded as windows-1251" in raw_name.problems


def test_inline_image_is_an_inline_attachment_with_its_content_id() -> None:
    m = parse("inline_image.eml")
    (image,) = m.attachments
    assert (image.filename, image.content_type, image.inline, image.content_id) == (
        "screenshot.png",
        "image/png",
        True,
        "screenshot@example.com",
    )
    assert image.data.startswith(b"\x89PNG")
    assert 'src="cid:screenshot@example.com"' in m.html
    assert m.text.startswith("Here is what I see:")


def test_forwarded_message_is_an_eml_attachment_named_after_its_subject() -> None:
    m = parse("forwarded_rfc822.eml")
    (forwarded,) = m.attachments
    assert forwarded.filename == "Confirmare comandă 4512.eml"
    assert forwarded.content_type == "message/rfc822"
    inner = parse_message(forwarded.data, received_at=RECEIVED)
    assert inner.subject == "Confirmare comandă 4512"
    assert inner.message_id == "order-4512@shop.example"
    assert "Comanda 4512 a fost confirmată." in inner.text
    assert m.text == "Vă trimit mai jos mesajul primit de la magazin."


def test_oversized_parts_are_kept_as_bytes_and_flagged() -> None:
    m = parse("attachment_pdf.eml", max_attachment_bytes=50)
    (pdf,) = m.attachments
    assert pdf.oversized and pdf.data.startswith(b"%PDF") and pdf.size == 69
    assert any("'invoice-4512.pdf' is 69 bytes, over the 50-byte limit" in p for p in m.problems)
    assert m.text == "Please find the invoice attached."
    body = parse("en_plain_utf8.eml", max_attachment_bytes=20)
    assert body.text == ""
    assert body.attachments[0].oversized and body.attachments[0].filename == "attachment-1.txt"
    assert any("text/plain body of" in p for p in body.problems)


@pytest.mark.parametrize(
    ("name", "new_ends", "folded_starts"),
    [
        ("outlook_reply_en.eml", "after clearing the cookies.\n\nJohn", "______"),
        ("outlook_reply_ro.eml", "suma este greșită.\n\nIon", "______"),
        ("outlook_original_message_en.eml", "It works now, thank you!", "-----Original Message"),
        ("outlook_original_message_ru.eml", "деньги пришли.", "-----Исходное сообщение"),
        ("gmail_reply_en.eml", "try that tonight.", "On Mon, Mar 3, 2025 at 10:00 AM"),
        ("gmail_reply_ro.eml", "am primit-o.", "În lun., 3 mar. 2025"),
        ("gmail_reply_ru.eml", "быстрый ответ!", "пн, 3 мар. 2025 г. в 10:00"),
        ("thunderbird_reply_ru.eml", "ждать курьера.", "03.03.2025 10:00, Acme Support пишет:"),
        ("apple_mail_reply_ru.eml", "Получил, спасибо.", "> 3 марта 2025 г."),
        ("apple_mail_reply_en.eml", "thanks a lot.", "Sent from my iPhone"),
        ("yahoo_reply_ro.eml", "vă mulțumesc!", "Pe luni, 3 martie 2025"),
        ("signature_dashdash.eml", "Str. Florilor 5, Cluj.", "-- \nMaria Ionescu"),
    ],
)
def test_quoted_text_and_signatures_are_folded(
    name: str, new_ends: str, folded_starts: str
) -> None:
    text = parse(name).text
    new, folded = split_quoted(text)
    assert new.endswith(new_ends)
    assert folded.startswith(folded_starts)
    assert text.startswith(new)  # the new part is a prefix: callers index into the text


@pytest.mark.parametrize(
    "name", ["interleaved_reply_en.eml", "gmail_forward_en.eml", "en_plain_utf8.eml"]
)
def test_nothing_is_folded_when_that_would_hide_the_customers_words(name: str) -> None:
    text = parse(name).text
    assert split_quoted(text) == (text, "")


def test_library_patterns_follow_the_language_hint() -> None:
    text = "Danke!\n\nAm 03.03.2025 um 10:00 schrieb Acme Support <support@acme.test>:\n> Hallo"
    assert split_quoted(text, language_hint="de") == (
        "Danke!",
        "Am 03.03.2025 um 10:00 schrieb Acme Support <support@acme.test>:\n> Hallo",
    )


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b" \r\n\t\r\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"just words, no headers\n",
        b"X-Custom: 1\nX-Other: 2\n\nno mail header at all\n",
        bytes(range(256)) * 4,
    ],
)
def test_input_that_is_not_mail_is_unparseable(raw: bytes) -> None:
    with pytest.raises(UnparseableMessage) as caught:
        parse_message(raw, received_at=RECEIVED)
    assert isinstance(caught.value, DeskError)
    assert str(caught.value).startswith("not a mail message")


def _nested(depth: int) -> bytes:
    head = b"From: a@example.com\r\nSubject: deep\r\n"
    opening = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i)
        for i in range(depth)
    )
    closing = b"".join(b"--b%d--\r\n" % i for i in reversed(range(depth)))
    return head + opening + b"Content-Type: text/plain\r\n\r\nhi\r\n" + closing


def test_hostile_mime_is_bounded() -> None:
    deep = parse_message(_nested(200), received_at=RECEIVED)
    assert any("nesting deeper than 100 levels" in p for p in deep.problems)
    deeper = parse_message(_nested(2000), received_at=RECEIVED)
    assert deeper.attachments[0].filename == "unparsed-body.txt"
    assert any("nested too deeply to parse" in p for p in deeper.problems)
    many = b"From: a@example.com\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n"
    many += b"--z\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 50_000 + b"--z--\r\n"
    wide = parse_message(many, received_at=RECEIVED)
    assert any("more than 10,000 MIME parts" in p for p in wide.problems)
    long_header = b"From: a@example.com\r\nSubject: " + b"A" * 10_000_000 + b"\r\n\r\nbody"
    long_mail = parse_message(long_header, received_at=RECEIVED)
    assert long_mail.subject == "A" * 65_536 and long_mail.text == "body"
    recipients = b"From: a@example.com\r\n" + b"To: u@example.com\r\n" * 200_000 + b"\r\nx"
    assert len(parse_message(recipients, received_at=RECEIVED).to) == 100


@pytest.mark.skipif(not GEM.is_dir() and not os.environ.get("CI"), reason="no mail-gem corpus")
@pytest.mark.parametrize("path", gem_files() or [GEM], ids=lambda p: str(p.relative_to(GEM.parent)))
def test_every_mail_gem_message_parses_or_is_quarantined(path: Path) -> None:
    if not GEM.is_dir():
        pytest.fail(f"the mail-gem corpus is missing: {GEM}")
    try:
        m = parse_message(path.read_bytes(), received_at=RECEIVED)
    except UnparseableMessage as exc:
        assert not str(exc).startswith(INTERNAL_ERROR)
        return
    classify(m)
    split_quoted(m.text)
    assert m.date.tzinfo is not None and m.message_id


def _seeds() -> list[bytes]:
    paths = sorted(DATA.glob("*.eml")) + [p for p in gem_files() if p.stat().st_size < 64_000]
    return [p.read_bytes() for p in paths]


SEEDS = _seeds()


_MAX_MUTANT = 1_000_000


def _mutate(raw: bytes, ops: list[tuple[str, int, bytes]]) -> bytes:
    data = bytearray(raw)
    for op, at, extra in ops:
        where = at % (len(data) + 1)
        if op == "flip" and data:
            data[where % len(data)] = extra[0] if extra else 0
        elif op == "truncate":
            del data[where:]
        elif op == "insert":
            data[where:where] = extra
        elif op == "duplicate-header":
            end = data.find(b"\n\n") if b"\n\n" in data else len(data)
            line_start = data.rfind(b"\n", 0, min(where, end)) + 1
            line_end = data.find(b"\n", line_start)
            line = bytes(data[line_start : line_end + 1 if line_end >= 0 else len(data)])
            data[line_start:line_start] = line[:2000] * (1 + at % 50)
        elif op == "boundary-garbage":
            start = data.find(b"\n--", where)
            if start >= 0:
                data[start + 3 : start + 3] = extra or b"\xff"
        del data[_MAX_MUTANT:]  # growth compounds over operations: keep examples quick
    return bytes(data)


OPS = st.lists(
    st.tuples(
        st.sampled_from(["flip", "truncate", "insert", "duplicate-header", "boundary-garbage"]),
        st.integers(min_value=0, max_value=2**20),
        st.binary(max_size=64),
    ),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(seed=st.sampled_from(range(len(SEEDS))), ops=OPS)
def test_mutated_mail_never_escapes_an_exception(seed: int, ops: list) -> None:
    raw = _mutate(SEEDS[seed], ops)
    try:
        m = parse_message(raw, received_at=RECEIVED, max_attachment_bytes=10_000)
    except UnparseableMessage as exc:
        assert not str(exc).startswith(INTERNAL_ERROR)
        return
    assert m.date.tzinfo is not None and m.message_id
    assert "\n" not in m.subject and "\r" not in m.subject
    _assert_storable(asdict(m))
    _assert_storable(asdict(classify(m, own_addresses=frozenset({"support@acme.test"}))))
    new, _ = split_quoted(m.text)
    assert m.text.startswith(new)


def _assert_storable(value: object) -> None:
    """Every string can be written as UTF-8 (no lone surrogates from 8-bit input)."""
    if isinstance(value, str):
        value.encode("utf-8")
    elif isinstance(value, dict):
        for key, item in value.items():
            _assert_storable(key)
            _assert_storable(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _assert_storable(item)


def test_the_mail_core_imports_no_terminal_library() -> None:
    code = (
        "import sys, supportdesk.mail.parse, supportdesk.mail.classify, supportdesk.mail.quote;"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'));"
        "print(*bad, file=sys.stderr); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
