"""Intake: threading, hijack guard, deduplication, auto-replies, bounces, quarantine."""

from __future__ import annotations

from email.utils import format_datetime
from pathlib import Path

from supportdesk.desk import Desk
from supportdesk.intake import ID_KEY, MESSAGE_IDS
from supportdesk.mail.ingest import IngestOptions, convert, convert_all
from supportdesk.mail.thread import new_message_id
from supportdesk.models import Delivery, Direction, Message, Person, Quarantined, Status, utcnow

OPTS = IngestOptions(source="test", own_addresses=frozenset({"support@acme.test"}))


def eml(
    frm: str = "Ion Popescu <ion@example.ro>",
    subject: str = "Plata nu apare",
    body: str = "Bună ziua, am plătit factura ieri dar nu apare în cont. Vă rog verificați.",
    msgid: str | None = "<m1@example.ro>",
    extra: str = "",
    date: str | None = "Tue, 24 Nov 2026 10:00:00 +0200",
) -> bytes:
    head = [f"From: {frm}", "To: support@acme.test", f"Subject: {subject}"]
    if date:
        head.append(f"Date: {date}")
    if msgid:
        head.append(f"Message-ID: {msgid}")
    head += [x for x in extra.split("\n") if x]
    head += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8"]
    return ("\r\n".join(head) + "\r\n\r\n" + body + "\r\n").encode()


def ingest(desk: Desk, *raws: bytes):
    return desk.import_messages(convert(r, f"test#{i}", OPTS) for i, r in enumerate(raws))


def reply_from_us(desk: Desk, ticket_id: int) -> str:
    """Record an outgoing reply the way the send path does, with a signed Message-ID."""
    mid = new_message_id(desk.store.secret(ID_KEY), ticket_id, "acme.test")
    with desk.store.transaction() as tx:
        t = tx.get_ticket(ticket_id)
        m = tx.add_message(
            Message(ticket_id, Direction.OUT, Person("Ana", "support@acme.test"), "Re", "Salut!", utcnow(),
                    message_id=mid, delivery=Delivery.SENT, agent="ana")
        )  # fmt: skip
        tx.index_put(MESSAGE_IDS, mid, {"ticket": ticket_id, "msg": m.id, "fp": ""})
        t.last_reply_at = t.first_response_at = utcnow()
        t.status = Status.PENDING
        t.message_count += 1
        tx.put_ticket(t)
    return mid


def test_new_message_opens_a_ticket_with_language_and_reason(desk: Desk) -> None:
    result = ingest(desk, eml())
    assert (result.imported, result.threaded) == (1, 0)
    t = desk.get_ticket(result.tickets[0])
    assert (t.subject, t.customer.email, t.language, t.status) == (
        "Plata nu apare",
        "ion@example.ro",
        "ro",
        Status.NEW,
    )
    assert t.due_at is not None  # the response clock runs (R2)
    [m] = desk.conversation(t.id)
    assert "new ticket" in m.reason and m.raw_blob and desk.store.has_blob(m.raw_blob)


def test_customer_reply_threads_by_reference_and_reopens(desk: Desk) -> None:
    tid = ingest(desk, eml()).tickets[0]
    ours = reply_from_us(desk, tid)
    follow = eml(
        msgid="<m2@example.ro>",
        subject="Re: Plata nu apare",
        extra=f"In-Reply-To: <{ours}>\nReferences: <m1@example.ro> <{ours}>",
    )
    result = ingest(desk, follow)
    assert (result.threaded, result.tickets) == (1, [tid])
    t = desk.get_ticket(tid)
    assert t.status is Status.NEW and t.message_count == 3 and t.due_at is not None
    follow_up = next(m for m in desk.conversation(tid) if m.message_id == "m2@example.ro")
    assert "is our message on ticket" in follow_up.reason


def test_stranger_with_signed_reference_threads(desk: Desk) -> None:
    """Someone the customer forwarded our reply to may answer on the same ticket."""
    tid = ingest(desk, eml()).tickets[0]
    ours = reply_from_us(desk, tid)
    colleague = eml(
        frm="Maria <maria@example.ro>", msgid="<c1@example.ro>", extra=f"In-Reply-To: <{ours}>"
    )
    assert ingest(desk, colleague).tickets == [tid]


def test_subject_tag_from_a_stranger_is_not_merged(desk: Desk) -> None:
    """ING-13: a guessed [#ID] opens a new ticket that points at the one it claims."""
    tid = ingest(desk, eml()).tickets[0]
    attacker = eml(
        frm="Mallory <m@evil.test>", subject=f"Re: Plata [#{tid}]", msgid="<x1@evil.test>"
    )
    result = ingest(desk, attacker)
    assert result.threaded == 0 and result.tickets != [tid]
    new = desk.get_ticket(result.tickets[0])
    assert new.related_to == tid
    assert "possible thread hijack" in desk.conversation(new.id)[0].reason


def test_subject_tag_from_the_customer_threads(desk: Desk) -> None:
    tid = ingest(desk, eml()).tickets[0]
    again = eml(subject=f"Re: Plata nu apare [#{tid}]", msgid="<m3@example.ro>")
    assert ingest(desk, again).tickets == [tid]


def test_forged_signature_is_ignored(desk: Desk) -> None:
    tid = ingest(desk, eml()).tickets[0]
    forged = f"sd.{tid}.00112233aabbccdd.0000000000000000@acme.test"
    msg = eml(frm="Mallory <m@evil.test>", msgid="<x2@evil.test>", extra=f"In-Reply-To: <{forged}>")
    result = ingest(desk, msg)
    assert result.tickets != [tid]
    assert "signature is wrong" in desk.conversation(result.tickets[0])[0].reason


def test_same_message_twice_is_stored_once(desk: Desk) -> None:
    """Same Message-ID, sender, date and body: a duplicate even if Received differs."""
    a = eml(extra="Received: from mx1.example.ro by mx.acme.test")
    b = eml(extra="Received: from mx2.example.ro by mx.acme.test\nDelivered-To: other@acme.test")
    first, second = ingest(desk, a), ingest(desk, b)
    assert (first.imported, second.imported, second.duplicates) == (1, 0, 1)


def test_reused_message_id_with_other_content_is_kept_and_flagged(desk: Desk) -> None:
    """ING-12: pre-sending a later mail's id must not suppress it."""
    ingest(desk, eml(body="Primul mesaj, despre plată și factură."))
    result = ingest(desk, eml(body="Alt mesaj cu alt conținut, despre parola contului."))
    assert result.imported == 1
    tid = result.tickets[0]
    assert "reuses the Message-ID" in desk.conversation(tid)[-1].reason
    assert (
        ingest(desk, eml(body="Alt mesaj cu alt conținut, despre parola contului.")).duplicates == 1
    )


def test_no_message_id_gets_a_stable_synthetic_one(desk: Desk) -> None:
    raw = eml(msgid=None)
    assert ingest(desk, raw).imported == 1
    assert ingest(desk, raw).duplicates == 1  # ING-11: same bytes, same id
    assert ingest(desk, eml(msgid=None, body="A different message without an id.")).imported == 1


def test_auto_reply_neither_reopens_nor_restarts_the_clock(desk: Desk) -> None:
    tid = ingest(desk, eml()).tickets[0]
    ours = reply_from_us(desk, tid)
    ooo = eml(subject="Răspuns automat: Re: Plata nu apare", msgid="<ooo@example.ro>",
              extra=f"Auto-Submitted: auto-replied\nIn-Reply-To: <{ours}>", body="Sunt în concediu până luni.")  # fmt: skip
    result = ingest(desk, ooo)
    assert (result.auto_replies, result.tickets) == (1, [tid])
    t = desk.get_ticket(tid)
    assert t.status is Status.PENDING and t.due_at is None
    last = next(m for m in desk.conversation(tid) if m.message_id == "ooo@example.ro")
    assert last.auto_reply and "Auto-Submitted" in last.reason


def test_auto_submitted_no_is_a_person(desk: Desk) -> None:
    result = ingest(desk, eml(extra="Auto-Submitted: no"))
    assert result.auto_replies == 0


def test_bounce_marks_our_reply_failed(desk: Desk) -> None:
    tid = ingest(desk, eml()).tickets[0]
    ours = reply_from_us(desk, tid)
    boundary = "b1"
    dsn = (
        "From: Mail Delivery System <MAILER-DAEMON@mx.acme.test>\r\nTo: support@acme.test\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn1@mx.acme.test>\r\n"
        f"Date: {format_datetime(utcnow())}\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/plain\r\n\r\nI'm sorry, your message could not be delivered.\r\n"
        f"--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.acme.test\r\n\r\n"
        "Final-Recipient: rfc822; ion@example.ro\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <ion@example.ro>: Recipient address rejected: User unknown\r\n"
        f"--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: support@acme.test\r\n"
        f"To: ion@example.ro\r\nMessage-ID: <{ours}>\r\nSubject: Re: Plata nu apare\r\n\r\n--{boundary}--\r\n"
    ).encode()
    result = ingest(desk, dsn)
    assert (result.bounces, result.tickets) == (1, [tid])
    reply = next(m for m in desk.conversation(tid) if m.message_id == ours)
    assert reply.delivery is Delivery.FAILED and "5.1.1" in reply.delivery_error
    assert [m.id for m in desk.outbox().pending()] == [reply.id]  # stays visible
    assert desk.get_ticket(tid).status is Status.PENDING  # a bounce reopens nothing


def test_unparseable_input_is_quarantined_and_retried(desk: Desk) -> None:
    junk = b"\x00\x01\x02 binary garbage, not mail at all \xff\xfe"
    result = ingest(desk, junk)
    assert (result.imported, result.quarantined) == (0, 1)
    [(digest, entry)] = desk.quarantined().items()
    assert entry["state"] == "held" and "not a mail message" in entry["reason"]
    assert desk.store.get_blob(digest) == junk  # the raw bytes are kept
    assert ingest(desk, junk).duplicates == 1  # held once, not twice
    # After a "parser upgrade" the item is released onto a ticket.
    fixed = desk.retry_quarantined(digest, convert(eml(msgid="<late@example.ro>"), "retry", OPTS))
    assert fixed.imported == 1 and desk.quarantined()[digest]["state"] == "released"


def test_parser_crash_is_quarantined_not_raised(monkeypatch) -> None:
    import supportdesk.mail.ingest as ingest_mod

    def boom(*a, **k):
        raise RuntimeError("parser bug")

    monkeypatch.setattr(ingest_mod, "parse_message", boom)
    item = ingest_mod.convert(eml(), "x", OPTS)
    assert isinstance(item, Quarantined) and "RuntimeError: parser bug" in item.reason


def test_parallel_conversion_keeps_order() -> None:
    raws = [
        (eml(msgid=f"<p{i}@example.ro>", body=f"message number {i} " * 5), f"#{i}")
        for i in range(30)
    ]
    out = list(convert_all(raws, OPTS, workers=2))
    assert [o.message.message_id for o in out] == [f"p{i}@example.ro" for i in range(30)]


def test_import_reads_eml_mbox_and_maildir(desk: Desk, tmp_path: Path) -> None:
    import mailbox

    from supportdesk.channels.files import read_paths

    (tmp_path / "one.eml").write_bytes(eml(msgid="<e1@x>"))
    box = mailbox.mbox(tmp_path / "box.mbox")
    for i in range(3):
        box.add(eml(msgid=f"<mb{i}@x>", body=f"mbox message {i}"))
    box.close()
    md = mailbox.Maildir(tmp_path / "Maildir")
    for i in range(2):
        md.add(eml(msgid=f"<md{i}@x>", body=f"maildir message {i}"))
    errors: list[str] = []
    paths = [
        tmp_path / "one.eml",
        tmp_path / "box.mbox",
        tmp_path / "Maildir",
        tmp_path / "missing.eml",
    ]
    items = list(read_paths(paths, errors))
    assert len(items) == 6
    assert errors == [f"{tmp_path / 'missing.eml'}: no such file or directory"]
    result = desk.import_messages(convert(i.raw, i.origin, OPTS) for i in items)
    assert result.imported == 6
    assert sorted(md.keys()) == sorted(mailbox.Maildir(tmp_path / "Maildir").keys())  # untouched
