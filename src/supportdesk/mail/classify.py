"""Which incoming mail was written by a machine: auto-replies, list mail and bounces.

Such mail is kept and shown, but must never reopen a ticket, restart a response clock or
trigger anything automatic, or two auto-responders answer each other forever (LOOP-01,
LOOP-02). The rules follow RFC 3834 and what RT, Zammad and FreeScout learnt in
production, minus FreeScout's bug of treating `Auto-Submitted: no` as automatic. Every
flag carries a reason an agent can read, because agents only trust what they can see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from supportdesk.mail.parse import ParsedAttachment, ParsedMail

_OOO_PHRASES = (
    # en: Outlook/Exchange, Gmail vacation responders, generic
    "out of office",
    "out of the office",
    "automatic reply",
    "auto-reply",
    "autoreply",
    "auto reply",
    "auto response",
    "autoresponse",
    "away from the office",
    "on vacation",
    # ro
    "răspuns automat",
    "raspuns automat",
    "absent din birou",
    "în afara biroului",
    "in afara biroului",
    "sunt în concediu",
    "sunt in concediu",
    # ru
    "автоматический ответ",
    "автоответ",
    "нет на месте",
    "вне офиса",
    "в отпуске",
    "отсутствую в офисе",
)
# The phrase must open the subject (after reply prefixes and [tags]): "Question about
# automatic reply settings" is a customer, "Automatic reply: your ticket" is not.
_SUBJECT_PREFIX = re.compile(
    r"^(?:\s*(?:re|aw|ha|fw|fwd|отв|ответ)\s*:\s*|\s*\[[^\]]{0,80}\]\s*)*", re.IGNORECASE
)
_BOUNCE_SUBJECTS = (
    "undeliverable:",
    "undelivered mail returned to sender",
    "delivery status notification",
    "mail delivery failed",
    "returned mail:",
    "failure notice",
    "delivery failure",
    "undelivered mail",
    "message not delivered",
)
_DAEMON_LOCALPARTS = frozenset({"mailer-daemon", "mailerdaemon", "postmaster"})
_EXCHANGE_SYSTEM = re.compile(r"microsoftexchange[0-9a-f]{32}", re.IGNORECASE)
_STATUS_CODE = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_SMTP_REPLY = re.compile(r"\b[45]\d\d[ -][^\n]{3,200}")
_LABELLED_ID = re.compile(
    r"^[ \t>]*Message-ID:[ \t]*<([^<>\s]{1,995})>", re.IGNORECASE | re.MULTILINE
)
_FOLDED = re.compile(r"\n(?=[ \t])")
_SCAN_CHARS = 256 * 1024
_REPORT_PARTS = frozenset({"message/delivery-status", "message/global-delivery-status"})
_RETURNED_PARTS = frozenset(
    {"message/rfc822", "message/global", "text/rfc822-headers", "message/rfc822-headers"}
)
# RFC 3463 detail codes agents meet most, for DSNs that carry no Diagnostic-Code.
_STATUS_MEANING = {
    "1.1": "mailbox does not exist",
    "1.2": "destination domain does not exist",
    "1.10": "recipient address has null MX",
    "2.1": "mailbox disabled",
    "2.2": "mailbox full",
    "2.3": "message too large for the mailbox",
    "3.4": "message too large",
    "4.1": "no answer from the receiving server",
    "4.4": "unable to route",
    "4.7": "delivery time expired",
    "7.1": "delivery not authorised, message refused",
}


@dataclass(slots=True)
class Classification:
    auto_reply: bool = False
    bulk: bool = False
    bounce: bool = False
    reasons: list[str] = field(default_factory=list)
    bounced_message_ids: list[str] = field(default_factory=list)  # originals a bounce names
    dsn_status: str = ""  # RFC 3463 status, e.g. "5.1.1"
    dsn_reason: str = ""  # Diagnostic-Code text, or what the status means
    dsn_action: str = ""  # failed | delayed | delivered | relayed | expanded

    @property
    def reason(self) -> str:
        """All reasons on one line, for `Message.reason`."""
        return "; ".join(self.reasons)

    @property
    def delivery_failed(self) -> bool:
        """A bounce that says delivery failed for good (not a delay warning)."""
        if not self.bounce:
            return False
        if self.dsn_action:
            return self.dsn_action == "failed"
        return not self.dsn_status.startswith(("2", "4"))


def classify(m: ParsedMail, *, own_addresses: frozenset[str] = frozenset()) -> Classification:
    """Flags with a reason each. Total over any parsed input (fuzzed in the tests).

    `own_addresses` are the desk's own addresses: mail from them, or carrying them in
    X-Loop, is our own mail come back (LOOP-03) and is flagged so it never opens a ticket.
    """
    result = Classification()
    headers = {k: v.strip() for k, v in m.headers.items()}
    own = frozenset(a.strip().lower() for a in own_addresses)
    _auto_reply(m, headers, own, result)
    _bulk(headers, result)
    _bounce(m, headers, result)
    if result.bounce:
        _dsn(m, result)
    return result


def _token(value: str) -> str:
    return value.split(";", 1)[0].strip().lower()


def _auto_reply(
    m: ParsedMail, headers: dict[str, str], own: frozenset[str], result: Classification
) -> None:
    def flag(reason: str) -> None:
        result.auto_reply = True
        result.reasons.append(reason)

    submitted = _token(headers.get("auto-submitted", ""))
    if submitted and submitted != "no":
        flag(f"Auto-Submitted: {submitted[:40]} (RFC 3834)")
    for name in ("x-autoreply", "x-autorespond"):
        if headers.get(name):
            flag(f"{name.title()}: {headers[name][:40]} (auto-responder header)")
    if _token(headers.get("precedence", "")) == "auto_reply":
        flag("Precedence: auto_reply")
    suppress = {t.strip().lower() for t in headers.get("x-auto-response-suppress", "").split(",")}
    if suppress & {"oof", "all"}:
        flag(
            f"X-Auto-Response-Suppress: {headers['x-auto-response-suppress'][:40]} "
            "(Exchange marks its automatic mail so)"
        )
    loop = headers.get("x-loop", "")
    if loop:
        ours = any(a in loop.lower() for a in own)
        why = "our own loop marker: mail loop" if ours else "loop-detection header"
        flag(f"X-Loop: {loop[:60]} ({why})")
    if m.sender.email.lower() in own:
        flag(f"sent from our own address {m.sender.email} (mail loop)")
    if m.report_type == "disposition-notification":
        flag("read receipt (multipart/report; report-type=disposition-notification)")
    subject = _SUBJECT_PREFIX.sub("", m.subject, count=1).lower()
    for phrase in _OOO_PHRASES:
        if subject.startswith(phrase):
            flag(f"subject starts like an out-of-office reply ({phrase!r})")
            break


def _bulk(headers: dict[str, str], result: Classification) -> None:
    precedence = _token(headers.get("precedence", ""))
    if precedence in ("bulk", "junk", "list"):
        result.bulk = True
        result.reasons.append(f"Precedence: {precedence} (bulk or list mail)")
    if headers.get("list-id"):
        result.bulk = True
        result.reasons.append(f"List-Id: {headers['list-id'][:80]} (mailing list)")


def _bounce(m: ParsedMail, headers: dict[str, str], result: Classification) -> None:
    def flag(reason: str) -> None:
        result.bounce = True
        result.reasons.append(reason)

    if m.content_type == "multipart/report" and m.report_type == "delivery-status":
        flag("multipart/report; report-type=delivery-status (RFC 3464 delivery report)")
    local = m.sender.email.lower().rsplit("@", 1)[0]
    if local in _DAEMON_LOCALPARTS or _EXCHANGE_SYSTEM.fullmatch(local):
        flag(f"sent by {m.sender.email} (mail system)")
    if headers.get("x-failed-recipients"):
        flag(f"X-Failed-Recipients: {headers['x-failed-recipients'][:80]}")
    subject = m.subject.lower()
    if not result.bounce and subject.startswith(_BOUNCE_SUBJECTS):
        flag(f"subject looks like a delivery failure ({m.subject[:60]!r})")
    if headers.get("return-path", "").replace(" ", "") == "<>":
        if result.auto_reply or result.bounce:
            result.reasons.append("Return-Path: <> (null sender: must not be answered, RFC 3834)")
        else:
            flag("Return-Path: <> (null sender: delivery notification)")


def _dsn(m: ParsedMail, result: Classification) -> None:
    """Status, reason and the original Message-IDs a bounce reports on."""
    reports = [a for a in m.attachments if a.content_type in _REPORT_PARTS]
    for report in reports:
        _read_report(_text(report), result)
        if result.dsn_status:
            break
    if not result.dsn_status:
        found = _STATUS_CODE.search(m.text[:_SCAN_CHARS])
        if found:
            result.dsn_status = found.group(0)
    if not result.dsn_reason:
        reply = _SMTP_REPLY.search(m.text[:_SCAN_CHARS])
        if reply:
            result.dsn_reason = reply.group(0).strip()
        elif result.dsn_status:
            detail = result.dsn_status.split(".", 1)[1] if "." in result.dsn_status else ""
            result.dsn_reason = _STATUS_MEANING.get(detail, "")
    ids: list[str] = []
    for part in m.attachments:
        if part.content_type in _RETURNED_PARTS:
            ids += _LABELLED_ID.findall(_header_block(part))
    ids += _LABELLED_ID.findall(m.text[:_SCAN_CHARS])
    result.bounced_message_ids = [i for i in dict.fromkeys(ids) if i != m.message_id]
    if result.dsn_status or result.dsn_reason:
        action = f", {result.dsn_action}" if result.dsn_action else ""
        detail = f": {result.dsn_reason[:160]}" if result.dsn_reason else ""
        result.reasons.append(f"delivery status {result.dsn_status or '?'}{action}{detail}")


def _read_report(text: str, result: Classification) -> None:
    """RFC 3464 fields of the first recipient that failed (else the first with a Status)."""
    blocks = [_fields(block) for block in re.split(r"\n[ \t]*\n", text)]
    recipients = [b for b in blocks if "status" in b]
    chosen = next(
        (b for b in recipients if b.get("action", "").lower() == "failed"),
        recipients[0] if recipients else None,
    )
    if chosen is None:
        return
    result.dsn_status = chosen["status"].split()[0][:16] if chosen["status"].split() else ""
    result.dsn_action = chosen.get("action", "").lower().split(" ")[0][:16]
    diagnostic = chosen.get("diagnostic-code", "")
    text = diagnostic.split(";", 1)[1] if ";" in diagnostic else diagnostic
    result.dsn_reason = " ".join(text.split())


def _fields(block: str) -> dict[str, str]:
    out: dict[str, str] = {}
    last = ""
    for line in block.splitlines():
        if line[:1] in (" ", "\t") and last:
            out[last] += " " + line.strip()
        elif ":" in line:
            name, _, value = line.partition(":")
            last = name.strip().lower()
            out.setdefault(last, value.strip())
    return out


def _text(part: ParsedAttachment) -> str:
    return part.data[:_SCAN_CHARS].decode("utf-8", "replace").replace("\r\n", "\n")


def _header_block(part: ParsedAttachment) -> str:
    """Only the returned message's own headers: Message-IDs quoted in its body are not it."""
    text = _text(part)
    if not part.content_type.endswith("-headers"):
        end = text.find("\n\n")
        text = text if end < 0 else text[:end]
    return _FOLDED.sub(" ", text)
