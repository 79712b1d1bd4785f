"""Composing replies (issue 5; reliability.md OUT-01, OUT-02, LOOP-05; guidance R11).

Every built message is serialised and parsed back with `policy.strict`, so what is
asserted is what a receiving mail system reads, not what the EmailMessage object holds.
"""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supportdesk.mail import headers
from supportdesk.mail.compose import (
    REFERENCES_MAX_CHARS,
    ComposeError,
    build,
    clean_header,
    from_header,
    recipients,
    reply_subject,
)
from supportdesk.mail.thread import new_message_id, signed_ticket, subject_tag
from supportdesk.models import Person
from tests.replies import NASTY, make_reply

KEY = b"k" * 32
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def parse(msg: EmailMessage) -> EmailMessage:
    """Serialise and read back as a strict receiver would; raises on any defect."""
    return BytesParser(policy=policy.strict).parsebytes(msg.as_bytes())  # type: ignore[return-value]


# -- clean_header ----------------------------------------------------------------------


@pytest.mark.parametrize("nasty", NASTY)
def test_clean_header_leaves_no_line_break_even_encoded(nasty: str) -> None:
    cleaned = clean_header(f"Plata {nasty} nu a ajuns")
    assert not CONTROL.search(cleaned)
    assert "=?" not in cleaned.replace("= ?", "")  # no encoded word left to decode
    assert clean_header(cleaned) == cleaned


def test_clean_header_decodes_words_and_collapses_space() -> None:
    assert clean_header("  Ion \t\r\n  Popescu ") == "Ion Popescu"
    assert clean_header("=?utf-8?q?=C8=98tefan?= Popescu") == "Ștefan Popescu"
    assert clean_header("=?UTF-8?Q?=0A?=Bcc: evil@x") == "Bcc: evil@x"
    assert clean_header("Ion\udcffP") == "Ion P"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=12)), max_size=6))
def test_clean_header_property(parts: list[str]) -> None:
    cleaned = clean_header("".join(parts))
    assert not CONTROL.search(cleaned)
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert clean_header(cleaned) == cleaned


# -- subjects and From -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Plata nu a ajuns", "Re: Plata nu a ajuns [#7]"),
        ("Re: Plata", "Re: Plata [#7]"),
        ("RE: Re: AW: Aw: Fwd: FW: Ref: Plata", "Re: Plata [#7]"),
        ("Re[2]: Re(3): Re^4: Plata", "Re: Plata [#7]"),
        ("Re: Plata [#7]", "Re: Plata [#7]"),
        ("Re: Re: Plata [#7]", "Re: Plata [#7]"),
        ("[JIRA] Re: Plata", "Re: [JIRA] Re: Plata [#7]"),
        ("Re: Plata [#12]", "Re: Plata [#12] [#7]"),
        ("Отв: Оплата не пришла", "Re: Оплата не пришла [#7]"),
        ("Resolve: issue", "Re: Resolve: issue [#7]"),
        ("", "Re: [#7]"),
        ("Re: x\r\nBcc: evil@x", "Re: x Bcc: evil@x [#7]"),
    ],
)
def test_reply_subject(original: str, expected: str) -> None:
    assert reply_subject(original, 7) == expected
    assert reply_subject(expected, 7) == expected  # idempotent: a retry changes nothing
    assert subject_tag(expected) == 7  # threading finds the ticket (ING-13)


def test_from_header_is_a_real_person_at_the_desk() -> None:
    header = from_header("Ana Popescu", "Acme Support", "support@acme.test")
    assert header == '"Ana Popescu (Acme Support)" <support@acme.test>'
    assert from_header("", "Acme Support", "support@acme.test") == (
        "Acme Support <support@acme.test>"
    )


def decoded_people(raw_value: str) -> list[Person]:
    """Decode an address header the way the desk's own intake does (RFC 2047 §6.2)."""
    return headers.addresses([raw_value], hint=None, label="test", problems=[])


def test_from_header_encodes_non_ascii_names() -> None:
    header = from_header("Ioana Ștefănescu", "Служба поддержки", "support@acme.test")
    assert header.isascii()
    assert header.startswith("Ioana =?utf-8?b?")  # plain words stay readable
    expected = "Ioana Ștefănescu (Служба поддержки)"
    assert decoded_people(header) == [Person(expected, "support@acme.test")]
    msg = EmailMessage()
    msg["From"] = header
    (addr,) = msg["From"].addresses
    # Python's parser adds a blank between adjacent encoded words (RFC 2047 says drop
    # it), so it sees a double space where a long name was split.
    assert " ".join(addr.display_name.split()) == expected
    assert addr.addr_spec == "support@acme.test"


def test_from_header_rejects_a_broken_desk_address() -> None:
    with pytest.raises(ComposeError, match=r"desk\.address"):
        from_header("Ana", "Acme", "support@acme.test\r\nBcc: evil@x")


# -- build -----------------------------------------------------------------------------


def test_build_headers_as_received() -> None:
    got = parse(build(make_reply()))
    assert got["From"] == '"Ana Popescu (Acme Support)" <support@acme.test>'
    assert got["To"] == "Ion Popescu <ion@example.ro>"
    assert got["Subject"] == "Re: Plata nu a ajuns [#1042]"
    assert got["Date"] == "Sun, 01 Mar 2026 10:30:00 +0000"
    assert got["Message-ID"] == "<sd.1042.0011223344556677.8899aabbccddeeff@acme.test>"
    assert got["In-Reply-To"] == "<CAF=customer-2@mail.example.ro>"
    assert got["References"] == (
        "<CAF=customer-1@mail.example.ro> <CAF=customer-2@mail.example.ro>"
    )
    assert got["MIME-Version"] == "1.0"
    assert got.get_content_type() == "text/plain"
    assert got.get_content_charset() == "utf-8"
    assert "Auto-Submitted" not in got  # an agent wrote this (LOOP-05)
    assert "X-Loop" not in got
    assert got.get_content() == "Salut Ion,\n\nAm verificat plata.\n"


def test_automatic_messages_are_marked() -> None:
    got = parse(build(make_reply(automatic=True)))
    assert got["Auto-Submitted"] == "auto-replied"
    assert got["X-Auto-Response-Suppress"] == "All"
    assert got["X-Loop"] == "support@acme.test"


def test_signed_message_id_round_trips() -> None:
    mid = new_message_id(KEY, 1042, "acme.test")
    got = parse(build(make_reply(message_id=mid)))
    assert got["Message-ID"] == f"<{mid}>"
    assert signed_ticket(KEY, mid) == 1042


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Ștefan Țărnă", "Bună ziua,\n\nAm primit plata dumneavoastră. Mulțumim!\n"),
        ("Иван Петров", "Здравствуйте!\n\nПлатёж получен, спасибо за терпение.\n"),
    ],
)
def test_utf8_names_and_bodies_round_trip(name: str, body: str) -> None:
    reply = make_reply(
        to=Person(name, "client@example.ro"),
        subject=reply_subject("Întrebare / Вопрос", 5),
        body=body,
        from_name="Ioana Ștefănescu",
        desk_name="Поддержка Acme",
    )
    raw = build(reply).as_bytes()
    assert raw.isascii()  # no 8BITMIME or SMTPUTF8 needed on the way
    got = BytesParser(policy=policy.strict).parsebytes(raw)
    assert got["To"].addresses[0].display_name == name
    sender = decoded_people(BytesParser().parsebytes(raw)["From"])
    assert sender == [Person("Ioana Ștefănescu (Поддержка Acme)", "support@acme.test")]
    assert got["Subject"] == "Re: Întrebare / Вопрос [#5]"
    assert got["Content-Transfer-Encoding"] == "quoted-printable"
    assert got.get_content() == body


def test_long_lines_use_quoted_printable() -> None:
    body = "word " * 400 + "\n.\nFrom here\n"
    raw = build(make_reply(body=body)).as_bytes()
    assert max(len(line) for line in raw.split(b"\n")) <= 78
    assert parse(build(make_reply(body=body))).get_content() == body


def test_body_line_ends_are_normalised() -> None:
    got = parse(build(make_reply(body="a\r\nb\rc\x00d")))
    assert got.get_content() == "a\nb\ncd\n"


def test_attachments_make_multipart_mixed() -> None:
    pdf = b"%PDF-1.4\n\x00\xff binary"
    reply = make_reply(
        attachments=[
            ("factură ianuarie.pdf", "application/pdf", pdf),
            ("../../etc/passwd", "text/plain", b"just text\n"),
            ("x.bin", "not a type", b"\x01\x02"),
            ("fwd.eml", "message/rfc822", b"Subject: hi\n\nhello\n"),
        ]
    )
    got = parse(build(reply))
    assert got.get_content_type() == "multipart/mixed"
    body, *parts = list(got.iter_parts())
    assert body.get_content_type() == "text/plain"
    assert [(p.get_filename(), p.get_content_type()) for p in parts] == [
        ("factură ianuarie.pdf", "application/pdf"),
        ("_.._etc_passwd", "text/plain"),
        ("x.bin", "application/octet-stream"),
        ("fwd.eml", "application/octet-stream"),
    ]
    assert parts[0].get_content() == pdf
    assert parts[1].get_payload(decode=True) == b"just text\n"


def test_references_are_trimmed_keeping_root_and_parent() -> None:
    refs = [f"root-{'r' * 60}@example.ro"] + [f"m{i}-{'x' * 90}@outlook.test" for i in range(40)]
    got = parse(build(make_reply(references=refs, in_reply_to=refs[-1])))
    kept = got["References"].split()
    assert len(got["References"]) < 1000
    assert sum(len(r) + 1 for r in kept) <= REFERENCES_MAX_CHARS + 10
    assert kept[0] == f"<{refs[0]}>"  # the root: threading falls back to it
    assert kept[-1] == f"<{refs[-1]}>"  # the parent
    assert kept == [f"<{refs[0]}>"] + [f"<{r}>" for r in refs[-len(kept) + 1 :]]
    # Long ids are never RFC 2047-encoded: clients match them byte for byte.
    assert "=?" not in str(got["References"]) and "=?" not in str(got["In-Reply-To"])


def test_references_end_with_the_parent_and_drop_unusable_ids() -> None:
    got = parse(
        build(
            make_reply(
                references=["a@x", "bad id with spaces", "<b@x>", "a@x", "c@x\r\nBcc: e@x"],
                in_reply_to="<c@x>",
            )
        )
    )
    assert got["References"] == "<a@x> <b@x> <c@x>"
    assert got["In-Reply-To"] == "<c@x>"


def test_first_reply_without_thread_has_no_threading_headers() -> None:
    got = parse(build(make_reply(in_reply_to="", references=[])))
    assert "In-Reply-To" not in got and "References" not in got


@pytest.mark.parametrize(
    "address",
    ["ion@example.ro, evil@x.test", "ion@example.ro\r\nBcc: evil@x.test", "ion", "", "<a@b>"],
)
def test_unusable_customer_address_is_refused(address: str) -> None:
    with pytest.raises(ComposeError, match="customer address"):
        build(make_reply(to=Person("Ion", address)))


def test_long_quoted_names_keep_their_quotes() -> None:
    """gh-80222: the stdlib's refolding dropped the quotes of a long display name, so
    `"Bcc: evil@x (Acme)"` was read back as a group `Bcc:` holding evil@x."""
    nasty = "Bcc: evil@x.test, " * 5
    got = parse(build(make_reply(to=Person(nasty, "ion@example.ro"), from_name=nasty)))
    assert recipients(got) == ["ion@example.ro"]
    assert [a.addr_spec for a in got["From"].addresses] == ["support@acme.test"]
    assert got["To"].addresses[0].display_name == clean_header(nasty)


def test_internationalised_domains_are_sent_as_idna() -> None:
    got = parse(build(make_reply(to=Person("Ion", "ion@exämple.ro"))))
    assert recipients(got) == ["ion@xn--exmple-cua.ro"]
    with pytest.raises(ComposeError, match="non-ASCII"):
        build(make_reply(to=Person("Ion", "ioană@example.ro")))


def test_unusable_message_id_is_refused() -> None:
    with pytest.raises(ComposeError, match="Message-ID"):
        build(make_reply(message_id="two words@acme.test"))


def test_recipients_come_from_to_and_cc_only() -> None:
    msg = build(make_reply())
    msg["Cc"] = "Maria <maria@example.ro>, ion@example.ro"
    msg["Bcc"] = "hidden@example.ro"
    assert recipients(msg) == ["ion@example.ro", "maria@example.ro"]


# -- header injection, end to end through the serialised message (OUT-02) --------------

names = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=10)), max_size=4).map("".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=names, subject=names, agent=names)
def test_no_header_injection_through_names_and_subjects(
    name: str, subject: str, agent: str
) -> None:
    reply = make_reply(
        to=Person(name, "ion@example.ro"),
        subject=reply_subject(subject, 9),
        from_name=agent,
        references=[subject],
        in_reply_to=name,
        attachments=[(subject, "text/plain", b"x")],
    )
    got = parse(build(reply))
    names_seen = [k.lower() for k in got]
    assert len(names_seen) == len(set(names_seen)), names_seen
    assert "bcc" not in names_seen and "cc" not in names_seen
    assert recipients(got) == ["ion@example.ro"]
    assert got["From"].addresses[0].addr_spec == "support@acme.test"
    assert subject_tag(str(got["Subject"])) == 9
    for key in got:
        assert not CONTROL.search(str(got[key])), key
    _, attachment = got.iter_parts()
    assert not CONTROL.search(attachment.get_filename())
    assert attachment.get_payload(decode=True) == b"x"
