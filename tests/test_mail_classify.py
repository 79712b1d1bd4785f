"""Auto-reply, list and bounce detection on the corpus: every flag with its reason.

These flags decide that a message never reopens a ticket or restarts a clock (LOOP-01,
LOOP-02), so false positives hide customers and false negatives start mail loops: both
directions are asserted.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from supportdesk.mail.classify import Classification, classify
from supportdesk.mail.parse import parse_message

DATA = Path(__file__).parent / "data" / "mail"
OWN = frozenset({"support@acme.test"})


def classified(name: str) -> Classification:
    m = parse_message((DATA / name).read_bytes(), received_at=datetime(2025, 3, 6, tzinfo=UTC))
    return classify(m, own_addresses=OWN)


def flags(c: Classification) -> tuple[bool, bool, bool]:
    return c.auto_reply, c.bulk, c.bounce


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("ooo_en_exchange.eml", "Auto-Submitted: auto-generated (RFC 3834)"),
        ("ooo_en_exchange.eml", "X-Auto-Response-Suppress: All"),
        ("ooo_en_exchange.eml", "subject starts like an out-of-office reply ('automatic reply')"),
        ("ooo_ro.eml", "Auto-Submitted: auto-replied (RFC 3834)"),
        ("ooo_ro.eml", "subject starts like an out-of-office reply ('răspuns automat')"),
        ("ooo_ru.eml", "X-Autoreply: yes (auto-responder header)"),
        ("ooo_ru.eml", "subject starts like an out-of-office reply ('автоматический ответ')"),
        ("ooo_subject_only_ru.eml", "subject starts like an out-of-office reply ('нет на месте')"),
        (
            "ooo_subject_only_ro.eml",
            "subject starts like an out-of-office reply ('absent din birou')",
        ),
        ("ooo_precedence_auto_reply.eml", "Precedence: auto_reply"),
        ("ooo_precedence_auto_reply.eml", "X-Autorespond: vacation (auto-responder header)"),
        ("mdn_read_receipt.eml", "read receipt"),
        ("own_address_loop.eml", "X-Loop: support@acme.test (our own loop marker: mail loop)"),
        ("own_address_loop.eml", "sent from our own address support@acme.test (mail loop)"),
    ],
)
def test_auto_replies_are_flagged_with_their_reason(name: str, reason: str) -> None:
    c = classified(name)
    assert c.auto_reply
    assert not c.bounce
    assert any(r.startswith(reason) for r in c.reasons), c.reasons


def test_auto_submitted_no_is_a_person_writing() -> None:
    c = classified("auto_submitted_no.eml")
    assert flags(c) == (False, False, False)
    assert c.reasons == []


@pytest.mark.parametrize(
    "name",
    [
        "en_plain_utf8.eml",
        "ro_plain_utf8_qp.eml",
        "ru_plain_utf8_b64.eml",
        "outlook_reply_ro.eml",
        "gmail_reply_ru.eml",
        "forwarded_rfc822.eml",
        "attachment_pdf.eml",
        "inline_image.eml",
        "html_only.eml",
        "no_message_id.eml",
    ],
)
def test_customer_mail_carries_no_flag(name: str) -> None:
    c = classified(name)
    assert flags(c) == (False, False, False)
    assert (c.reasons, c.bounced_message_ids, c.dsn_status) == ([], [], "")


@pytest.mark.parametrize(
    ("name", "reasons"),
    [
        (
            "list_mail.eml",
            [
                "Precedence: list (bulk or list mail)",
                "List-Id: Product users <users.lists.example.org> (mailing list)",
            ],
        ),
        ("bulk_newsletter.eml", ["Precedence: bulk (bulk or list mail)"]),
    ],
)
def test_list_and_bulk_mail(name: str, reasons: list[str]) -> None:
    c = classified(name)
    assert flags(c) == (False, True, False)
    assert c.reasons == reasons


def test_an_out_of_office_sent_as_bulk_is_both() -> None:
    assert flags(classified("ooo_ro.eml")) == (True, True, False)


def test_subject_phrases_only_count_at_the_start() -> None:
    raw = (
        (DATA / "en_plain_utf8.eml")
        .read_bytes()
        .replace(b"Subject: Cannot log in to my account", b"Subject: Re: [ext] Out of Office")
    )
    m = parse_message(raw, received_at=datetime(2025, 3, 6, tzinfo=UTC))
    assert classify(m).auto_reply
    raw = raw.replace(b"Re: [ext] Out of Office", b"How do I set an out of office reply?")
    m = parse_message(raw, received_at=datetime(2025, 3, 6, tzinfo=UTC))
    assert not classify(m).auto_reply


@pytest.mark.parametrize(
    ("name", "ids", "status", "action", "reason"),
    [
        (
            "dsn_postfix.eml",
            ["sd.1043.1.77ab01@acme.test"],
            "5.1.1",
            "failed",
            "550 5.1.1 <nobody@example.ro>: Recipient address rejected: User unknown in virtual "
            "mailbox table",
        ),
        (
            "dsn_exchange.eml",
            ["sd.1045.2.abc124@acme.test"],
            "5.1.10",
            "failed",
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        ),
        (
            "dsn_delay_warning.eml",
            ["sd.1047.2.aa11bb@acme.test"],
            "4.4.7",
            "delayed",
            "451 4.4.7 Message delayed, will retry",
        ),
        (
            "dsn_qmail_plain.eml",
            ["sd.1048.1.0c0ffe@acme.test"],
            "5.1.1",
            "",
            "mailbox does not exist",
        ),
        ("exim_bounce.eml", ["sd.1049.1.feed01@acme.test"], "5.1.1", "", "550 5.1.1 User unknown"),
    ],
)
def test_bounces_name_the_original_and_say_why(
    name: str, ids: list[str], status: str, action: str, reason: str
) -> None:
    c = classified(name)
    assert c.bounce
    assert c.bounced_message_ids == ids
    assert (c.dsn_status, c.dsn_action, c.dsn_reason) == (status, action, reason)
    assert c.delivery_failed == (action != "delayed")
    assert any(r.startswith(f"delivery status {status}") for r in c.reasons)


def test_bounce_reasons_name_every_signal() -> None:
    postfix = classified("dsn_postfix.eml").reasons
    assert "multipart/report; report-type=delivery-status (RFC 3464 delivery report)" in postfix
    assert "sent by MAILER-DAEMON@mail.acme.test (mail system)" in postfix
    assert "Return-Path: <> (null sender: must not be answered, RFC 3834)" in postfix
    exchange = classified("dsn_exchange.eml").reasons
    assert any(r.startswith("sent by MicrosoftExchange329e71ec") for r in exchange)
    exim = classified("exim_bounce.eml").reasons
    assert "X-Failed-Recipients: nobody@example.net" in exim
    qmail = classified("dsn_qmail_plain.eml")
    assert (qmail.auto_reply, qmail.reason.split("; ")[0]) == (
        False,
        "sent by MAILER-DAEMON@mx.example.org (mail system)",
    )


def test_a_null_return_path_alone_is_a_bounce() -> None:
    raw = (
        (DATA / "en_plain_utf8.eml")
        .read_bytes()
        .replace(b"Return-Path: <john.smith@example.com>", b"Return-Path: <>")
    )
    c = classify(parse_message(raw, received_at=datetime(2025, 3, 6, tzinfo=UTC)))
    assert flags(c) == (False, False, True)
    assert c.reasons == ["Return-Path: <> (null sender: delivery notification)"]
    assert c.bounced_message_ids == []


def test_the_bounce_does_not_name_itself() -> None:
    c = classified("dsn_postfix.eml")
    assert "20250303080002.5A1B2C3@mail.acme.test" not in c.bounced_message_ids


def test_without_own_addresses_a_loop_header_still_counts() -> None:
    m = parse_message(
        (DATA / "own_address_loop.eml").read_bytes(), received_at=datetime(2025, 3, 6, tzinfo=UTC)
    )
    c = classify(m)
    assert c.auto_reply
    assert c.reasons == ["X-Loop: support@acme.test (loop-detection header)"]
